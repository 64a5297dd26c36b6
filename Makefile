# dxaudit — make run: audit the 2024 sample reports; make test: every test.
PREFIX ?= /usr/local
SWIFT ?= swift
RELEASE_BIN := .build/release/dxaudit

.PHONY: all deps build run test test-unit test-integration test-deps install clean format format-check

all: build

deps:
	@scripts/deps.sh

build: deps
	$(SWIFT) build -c release --product dxaudit

# Exit 1 only means the audit found something to act on.
run: build
	$(RELEASE_BIN) lint plans
	$(RELEASE_BIN) check reports/2024 --plan plans || [ $$? -eq 1 ]

test: deps test-deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	$(MAKE) test-integration

# The tools the integration tests drive (scripts/test-deps.sh): msmtp, LibreOffice,
# poppler, Chromium and Liberation fonts from Debian; pytest, jsonschema, junitparser,
# aiosmtpd, pre-commit and python-docx from PyPI.
test-deps:
	@scripts/test-deps.sh

# The built binary (DXAUDIT_BIN, default .build/debug/dxaudit) judged by Python tools:
# pre-commit, jsonschema, junitparser, aiosmtpd with msmtp; the document writers' files
# (written by the built Swift tests) by python-docx, LibreOffice, poppler and Chromium. Everything else that runs
# the binary is in the Swift end-to-end tests. -rs prints the reason of every skipped test.
test-integration:
	env -u LANGUAGE -u LC_ALL -u LC_MESSAGES LANG=C.UTF-8 python3 -m pytest -q -rs Tests/Integration

install: build
	install -d $(DESTDIR)$(PREFIX)/bin
	install -m 0755 $(RELEASE_BIN) $(DESTDIR)$(PREFIX)/bin/dxaudit

clean:
	rm -rf .build .build-fuzz .build-precommit

# swift-format (shipped with the toolchain) with the settings in .swift-format:
# `make format` rewrites the files, `make format-check` fails on any difference.
FORMAT_PATHS := Sources Tests Package.swift

format:
	$(SWIFT) format format --in-place --recursive $(FORMAT_PATHS)

format-check:
	$(SWIFT) format lint --strict --recursive $(FORMAT_PATHS)

# --- Speed and hostile input (README: Bad input, Speed) -------------------------------------------
# make bench [SIZE=2k|20k|200k|all]: `dxaudit check` (quiet, text, json, sarif) against a
# plain C loop over libyaml on generated data in two shapes, a year with few findings and
# one with many, and `dxaudit lint` on plans/ (bench/run.sh).
# make fuzz [FUZZ_SECONDS=60]: each libFuzzer target of Fuzz/ (scripts/fuzz.sh);
# make fuzz-smoke: each for 10 s. Crashing inputs land in Fuzz/crashes/TARGET/.
SIZE ?= 20k
FUZZ_SECONDS ?= 60
FUZZ_TARGETS := FuzzYAML FuzzCitations FuzzReport FuzzPlan

.PHONY: bench fuzz fuzz-smoke

bench: build
	bench/run.sh $(SIZE)

fuzz: deps
	@status=0; for t in $(FUZZ_TARGETS); do scripts/fuzz.sh $$t $(FUZZ_SECONDS) || status=1; done; exit $$status

fuzz-smoke: deps
	@status=0; for t in $(FUZZ_TARGETS); do \
		scripts/fuzz.sh $$t 10 -max_len=65536 -rss_limit_mb=2048 || status=1; done; exit $$status

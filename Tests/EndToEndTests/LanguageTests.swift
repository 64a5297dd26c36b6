import Foundation
import Testing

/// Vietnamese and English: `--lang`, `lang:` in the settings and the environment
/// choose; everything a person reads follows, and nothing a machine reads changes.
@Suite struct LanguageTests {
    static let asOf = "2024-12-15"

    /// name → arguments of each command with expected output in both languages.
    static let commands: [(String, [String])] = [
        ("check-2024", ["check", "reports/2024", "--as-of", asOf]),
        ("lint-plans", ["lint"]),
        ("overdue-2024", ["overdue", "reports/2024", "--as-of", asOf]),
        ("explain-late-report", ["explain", "late-report"]),
    ]

    @Test(arguments: commands.map(\.0)) func bothLanguagesMatchTheirExpectedFiles(_ name: String) throws {
        let arguments = try #require(Self.commands.first { $0.0 == name }).1
        let english = try DXAudit.run(arguments + ["--lang", "en"])
        let vietnamese = try DXAudit.run(arguments + ["--lang", "vi"])
        #expect(english.stdout == (try DXAudit.expected("\(name).txt")))
        #expect(vietnamese.stdout == (try DXAudit.expected("\(name).vi.txt")))
        #expect(english.status == vietnamese.status)
        #expect(english.stderr == "" && vietnamese.stderr == "")
    }

    @Test func englishIsTodaysOutput() throws {
        let plain = try DXAudit.run(["check", "reports/2024", "--as-of", Self.asOf])
        let english = try DXAudit.run(["check", "reports/2024", "--as-of", Self.asOf, "--lang", "en"])
        #expect(plain.stdout == english.stdout)
        #expect(plain.stdout == (try DXAudit.expected("check-2024.txt")))
    }

    /// Phrases of the English output; none may appear in the Vietnamese one once ids,
    /// paths, rule ids and the values a message quotes are taken out.
    static let englishPhrases = [
        "has not sent", "report year", "as of", "last on-time day", "owed", "received", "late", "missing",
        "not yet due", "tasks", "owned", "reported on", "chairs", "leaves it out", "neither", "implements",
        "coordinates", "sent", "day", "days", "due", "before", "error", "errors", "warning", "warnings", "note",
        "notes", "in", "file", "files", "no problems", "overdue", "report", "reports", "point letter", "upper case",
        "doubtful", "moved to", "unreadable", "suppressed", "baseline",
    ]

    /// The words of a Vietnamese line a person reads: without the `path:line:col:`
    /// in front, the `[rule-id]` behind, obligation ids and the plan's own quoted text.
    static func words(_ line: String) -> String {
        var text = line
        if let match = text.firstMatch(of: #/^[^ :]+:[0-9]+:[0-9]+: /#) { text.removeSubrange(match.range) }
        if let match = text.firstMatch(of: #/ \[[a-z-]+\]$/#) { text.removeSubrange(match.range) }
        // `explain` starts with the rule id.
        if let match = text.firstMatch(of: #/^[a-z]+(-[a-z]+)* \(/#) { text.removeSubrange(match.range) }
        text.replace(#/: [^:]*$/#.ignoresCase(false)) { match in
            // A task's text after "báo cáo không nêu:" or a doubtful reason is the plan's.
            line.contains("không nêu") || line.contains("đáng ngờ") ? "" : match.output
        }
        for id in ["unit-annual", "synthesis", "227/KH-UBND"] { text = text.replacing(id, with: "") }
        return text
    }

    @Test(arguments: commands.map(\.0)) func vietnameseHasNoEnglishWords(_ name: String) throws {
        let arguments = try #require(Self.commands.first { $0.0 == name }).1
        let run = try DXAudit.run(arguments, environment: ["LANG": "vi_VN.UTF-8"])
        #expect(run.stdout == (try DXAudit.expected("\(name).vi.txt")))
        for line in run.stdout.split(separator: "\n").map(String.init) where !line.hasPrefix("`") {
            let words = Set(Self.words(line).lowercased().split { !$0.isLetter }.map(String.init))
            for phrase in Self.englishPhrases {
                let phraseWords = phrase.split(separator: " ").map(String.init)
                if phraseWords.count == 1 {
                    #expect(!words.contains(phrase), "'\(phrase)' in: \(line)")
                } else {
                    #expect(!Self.words(line).lowercased().contains(phrase), "'\(phrase)' in: \(line)")
                }
            }
        }
    }

    /// The scan above finds English where there is some: every line of the English
    /// output holds at least one of the phrases.
    @Test func theScanFindsEnglish() throws {
        for line in try DXAudit.expected("check-2024.txt").split(separator: "\n").map(String.init) {
            let words = Set(Self.words(line).lowercased().split { !$0.isLetter }.map(String.init))
            #expect(Self.englishPhrases.contains { words.contains($0) || Self.words(line).contains($0) }, "\(line)")
        }
    }

    @Test(
        arguments: [
            (["LANG": "vi_VN.UTF-8"], "vi"),
            (["LC_ALL": "vi_VN.UTF-8"], "vi"),
            (["LANG": "en_US.UTF-8", "LANGUAGE": "vi"], "vi"),
            (["LANG": "C", "LANGUAGE": "vi"], "en"),
            (["LANG": "vi_VN.UTF-8", "LC_MESSAGES": "C"], "en"),
            ([:], "en"),
        ] as [([String: String], String)])
    func theEnvironmentChooses(_ environment: [String: String], _ lang: String) throws {
        let run = try DXAudit.run(
            ["check", "reports/2024", "--as-of", Self.asOf, "--format", "json"], environment: environment)
        let document = try JSONOutput(run)
        #expect(document["lang"] as? String == lang)
    }

    @Test func theFlagBeatsTheSettingsWhichBeatTheEnvironment() throws {
        let workspace = try SampleWorkspace()
        try workspace.write(".dxaudit.yaml", "lang: vi\n")
        let arguments = ["check", "reports/2024", "--as-of", Self.asOf, "--format", "json"]
        let fromSettings = try JSONOutput(
            try DXAudit.run(arguments, in: workspace.path, environment: ["LANG": "en_US.UTF-8"]))
        #expect(fromSettings["lang"] as? String == "vi")
        let fromFlag = try JSONOutput(
            try DXAudit.run(arguments + ["--lang", "en"], in: workspace.path, environment: ["LANG": "vi_VN.UTF-8"]))
        #expect(fromFlag["lang"] as? String == "en")
        try workspace.write(".dxaudit.yaml", "lang: fr\n")
        let bad = try DXAudit.run(["check", "reports/2024", "--as-of", Self.asOf], in: workspace.path)
        #expect(
            bad.stdout.contains(".dxaudit.yaml:1:7: error: lang must be vi or en, not 'fr' [schema]"), "\(bad.stdout)")
    }

    /// Rule ids, JSON keys, locations, severities and exit status are the same in
    /// both languages; only `message`, `summary` and `lang` follow the language.
    @Test func machinesSeeTheSameDocument() throws {
        let arguments = ["check", "reports/2024", "--as-of", Self.asOf, "--format", "json"]
        let english = try DXAudit.run(arguments + ["--lang", "en"])
        let vietnamese = try DXAudit.run(arguments + ["--lang", "vi"])
        #expect(english.status == vietnamese.status)
        let en = try JSONOutput(english)
        let vi = try JSONOutput(vietnamese)
        #expect(en["lang"] as? String == "en" && vi["lang"] as? String == "vi")
        func strip(_ findings: [[String: Any]]) -> [String] {
            findings.map { f in
                ["rule", "severity", "path", "line", "column", "unit"].map { "\(f[$0] ?? "")" }.joined(separator: "|")
            }
        }
        #expect(strip(en.findings) == strip(vi.findings))
        #expect(en.findings.map { $0["message"] as? String } != vi.findings.map { $0["message"] as? String })
        let sarif = try DXAudit.run([
            "check", "reports/2024", "--as-of", Self.asOf, "--format", "sarif", "--lang", "vi",
        ])
        #expect(sarif.stdout.contains("\"ruleId\": \"late-report\""))
    }

    /// A baseline written in English hides the same findings in Vietnamese.
    @Test func baselinesDoNotDependOnTheLanguage() throws {
        let workspace = try SampleWorkspace()
        let arguments = ["check", "reports/2024", "--as-of", Self.asOf]
        let write = try DXAudit.run(
            arguments + ["--lang", "en", "--write-baseline", "baseline.json"], in: workspace.path)
        #expect(write.status == 0, "\(write.stderr)")
        let hidden = try DXAudit.run(arguments + ["--lang", "vi", "--baseline", "baseline.json"], in: workspace.path)
        #expect(hidden.status == 0)
        #expect(!hidden.stdout.contains("[missing-report]") && !hidden.stdout.contains("[late-report]"))
        #expect(hidden.stdout.contains("có trong baseline"), "\(hidden.stdout)")
    }

    @Test func errorsFollowTheLanguage() throws {
        let english = try DXAudit.run(["check", "reports/1999"])
        #expect(english.status == 2)
        #expect(english.stderr == "dxaudit: 227/KH-UBND covers report years 2021–2030, not 1999\n")
        let vietnamese = try DXAudit.run(["check", "reports/1999", "--lang", "vi"])
        #expect(vietnamese.status == 2)
        #expect(
            vietnamese.stderr
                == "dxaudit: Kế hoạch 227/KH-UBND áp dụng cho các năm báo cáo 2021–2030, không có năm 1999\n")
        let usage = try DXAudit.run(["explain", "late-reprot"], environment: ["LANG": "vi_VN.UTF-8"])
        #expect(usage.status == 2)
        #expect(usage.stderr.contains("không có quy tắc 'late-reprot'; có phải là 'late-report'?"), "\(usage.stderr)")
        #expect(
            usage.stderr.hasPrefix("Lỗi: ") && usage.stderr.contains("Cách dùng: dxaudit explain"), "\(usage.stderr)")
        #expect(usage.stderr.contains("Xem 'dxaudit explain --help' để biết thêm."), "\(usage.stderr)")
        let badLang = try DXAudit.run(["lint", "--lang", "fr"])
        #expect(badLang.status == 2 && badLang.stderr.contains("--lang must be vi or en, not 'fr'"))
    }

    @Test func rulesListsEveryRuleInBothLanguages() throws {
        let english = try DXAudit.run(["rules", "--lang", "en"])
        let vietnamese = try DXAudit.run(["rules", "--lang", "vi"])
        #expect(english.stdout.split(separator: "\n").count == vietnamese.stdout.split(separator: "\n").count)
        #expect(
            vietnamese.stdout.contains(
                "late-report          cảnh báo  báo cáo   báo cáo gửi sau ngày cuối cùng còn đúng hạn"))
    }
}

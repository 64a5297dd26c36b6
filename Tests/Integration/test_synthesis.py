"""`dxaudit synthesis` on the 2024 sample reports, read by the programs offices use.

The numbers of the draft must be check's and targets' own: the docx's tables are
held against `check --format json` (the year's stats) and `targets --format json`
over the years up to 2024. LibreOffice converts the docx to PDF, pdftotext reads it
back and pdftoppm renders page 1; headless Chromium loads the HTML, which carries
the heat map of Part II, with no console message and takes a screenshot. A missing
tool fails the test (scripts/test-deps.sh installs them).
"""

import json
import os
import pathlib
import subprocess
import unicodedata

import pytest

from formats_support import REPO, dxaudit  # noqa: F401  (dxaudit is a fixture)
from test_documents import chromium, console_messages, pdf_text, png_size, run, tool

AS_OF = "2024-12-09"


@pytest.fixture(scope="module")
def drafts(dxaudit, tmp_path_factory):
    folder = tmp_path_factory.mktemp("synthesis")
    paths = {}
    for fmt in ("docx", "html", "md"):
        path = folder / f"bc-2024.{fmt}"
        result = dxaudit("synthesis", "reports/2024", "--as-of", AS_OF, "-o", str(path))
        assert result.returncode == 0, result.stderr
        assert result.stdout == ""
        paths[fmt] = path
    return paths


@pytest.fixture(scope="module")
def document(drafts):
    try:
        import docx
    except ImportError:
        pytest.fail("FAILED, not skipped: python-docx is not installed; run 'make test-deps'", pytrace=False)
    return docx.Document(str(drafts["docx"]))


def table_with(document, first_header):
    for table in document.tables:
        if table.rows and table.rows[0].cells[0].text.strip() == first_header:
            return table
    pytest.fail(f"no table headed '{first_header}'")


def test_header_is_the_coordinators_as_decree_30_lays_it_out(document):
    header = document.tables[0]
    left, right = header.rows[0].cells[0].text, header.rows[0].cells[1].text
    assert "UBND THÀNH PHỐ HẢI PHÒNG" in left
    assert "SỞ THÔNG TIN VÀ TRUYỀN THÔNG" in left
    assert "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM" in right
    cells = " ".join(cell.text for row in header.rows for cell in row.cells)
    assert "/BC-STTTT" in cells
    assert "Hải Phòng, ngày 09 tháng 12 năm 2024" in cells
    texts = [p.text for p in document.paragraphs]
    assert "BÁO CÁO" in texts
    assert any(t.startswith("Kính gửi: Ủy ban nhân dân thành phố Hải Phòng") for t in texts)
    section = document.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)


def test_reporting_numbers_are_checks(dxaudit, document):
    result = dxaudit("check", "reports/2024", "--as-of", AS_OF, "--format", "json")
    stats = json.loads(result.stdout)["stats"]
    annual = next(o for o in stats["obligations"] if o["id"] == "unit-annual")
    table = table_with(document, "Loại đơn vị")
    total = [cell.text for cell in table.rows[-1].cells]
    assert total[0] == "Tổng cộng"
    owed, on_time, late, missing, not_yet_due, unreadable = map(int, total[1:])
    assert owed == annual["owed"]
    assert late == annual["late"]
    assert missing == annual["missing"]
    assert on_time == annual["received"] - annual["late"] - annual.get("unreadable", 0)
    assert not_yet_due == annual["notYetDue"]
    # Appendix I lists every owed report once.
    appendix = table_with(document, "STT")
    assert len(appendix.rows) - 1 == sum(o["owed"] for o in stats["obligations"])


def test_indicator_statuses_are_targets(dxaudit, document, tmp_path):
    root = tmp_path / "reports"
    root.mkdir()
    for year in range(2021, 2025):
        (root / str(year)).symlink_to(REPO / "reports" / str(year))
    result = dxaudit("targets", str(root), "--as-of", AS_OF, "--format", "json", "--lang", "vi")
    targets = json.loads(result.stdout)["targets"]
    words = {"met": "đạt/vượt", "on-track": "đúng tiến độ", "behind": "chậm", "no-data": "không đủ số liệu"}
    expected = [(i["text"], words[i["status"]]) for i in targets["indicators"]]
    table = table_with(document, "Chỉ tiêu")
    drafted = [(row.cells[0].text, row.cells[-1].text.split(" (")[0]) for row in table.rows[1:]]
    assert drafted == expected
    on_course = sum(status in ("đạt/vượt", "đúng tiến độ") for _, status in expected)
    assert on_course == targets["onCourse"]
    assert any(p.text == f"{on_course}/{len(expected)} chỉ tiêu đạt hoặc đúng tiến độ." for p in document.paragraphs)


def test_libreoffice_reads_it_and_page_one_renders(drafts, tmp_path):
    profile = tmp_path / "lo-profile"
    run([tool("soffice"), f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp_path), str(drafts["docx"])], timeout=240)
    pdf = tmp_path / "bc-2024.pdf"
    text = unicodedata.normalize("NFC", pdf_text(pdf))
    for phrase in ("BÁO CÁO", "Kết quả thực hiện", "Tồn tại, hạn chế", "Phụ lục I", "Phụ lục II", "Sở Y tế"):
        assert phrase in text, phrase
    run([tool("pdftoppm"), "-r", "50", "-f", "1", "-l", "1", "-png", str(pdf), str(tmp_path / "page")])
    page = next(tmp_path.glob("page*.png"))
    (width, height), size = png_size(page)
    assert height > width > 300
    assert size > 10_000, "page 1 is not blank"


def test_html_shows_the_heat_map_without_console_messages(drafts, tmp_path):
    html = drafts["html"].read_text(encoding="utf-8")
    assert "Nhiệm vụ Phần II theo trạng thái báo cáo" in html
    assert html.count("<svg") >= 3
    shot = tmp_path / "synthesis.png"
    stderr = chromium(drafts["html"], tmp_path, f"--screenshot={shot}", "--window-size=1240,1754")
    assert console_messages(stderr) == []
    assert shot.stat().st_size > 20_000


def test_refusals(dxaudit, drafts, tmp_path):
    again = dxaudit("synthesis", "reports/2024", "--as-of", AS_OF, "-o", str(drafts["md"]))
    assert again.returncode == 2
    assert "--force" in again.stderr
    assert dxaudit("synthesis", "reports/2024", "--as-of", AS_OF, "--format", "docx").returncode == 2
    empty = tmp_path / "2027"
    empty.mkdir()
    none = dxaudit("synthesis", str(tmp_path), "--year", "2027", "--plan", str(REPO / "plans"))
    assert none.returncode == 2
    assert "no report to synthesize" in none.stderr

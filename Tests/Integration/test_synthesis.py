"""`dxaudit synthesis` on the 2024 sample reports, read by the programs offices use.

The numbers of the draft must be check's and targets' own: the docx's tables are
held against `check --format json` (the year's stats) and `targets --format json`
over the years up to 2024. LibreOffice converts the docx to PDF, pdftotext reads it
back and pdftoppm renders page 1; headless Chromium loads the HTML, which carries
the heat map of Part II, with no console message and takes a screenshot. A missing
tool fails the test (scripts/test-deps.sh installs them).
"""

import json
import struct
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


def png_pixels(path: pathlib.Path):
    """The RGB pixels of an 8-bit, non-interlaced RGB or RGBA PNG (what Chromium writes)."""
    import zlib

    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    offset, chunks, header = 8, [], None
    while offset < len(data):
        length, kind = struct.unpack(">I4s", data[offset:offset + 8])
        body = data[offset + 8:offset + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            chunks.append(body)
        offset += 12 + length
    width, height, depth, colour, _, _, interlace = header
    assert depth == 8 and colour in (2, 6) and interlace == 0, header
    channels = 3 if colour == 2 else 4
    raw = zlib.decompress(b"".join(chunks))
    stride = width * channels
    previous = bytearray(stride)
    pixels = []
    for row in range(height):
        start = row * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            up = previous[i]
            corner = previous[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + left) & 0xFF
            elif kind == 2:
                line[i] = (line[i] + up) & 0xFF
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 0xFF
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                line[i] = (line[i] + (left if pa <= pb and pa <= pc else up if pb <= pc else corner)) & 0xFF
        pixels.extend(tuple(line[i:i + 3]) for i in range(0, stride, channels))
        previous = line
    return pixels


def test_the_heat_map_is_in_the_screenshot(drafts, tmp_path):
    """The heat map figure alone, with the draft's own styles, as Chromium draws it."""
    html = drafts["html"].read_text(encoding="utf-8")
    title = "Nhiệm vụ Phần II theo trạng thái báo cáo"
    at = html.index(title)
    start, end = html.rindex("<figure", 0, at), html.index("</figure>", at) + len("</figure>")
    head = html[:html.index("<body")]
    page = tmp_path / "heat-map.html"
    page.write_text(head + "<body>" + html[start:end] + "</body></html>", encoding="utf-8")
    shot = tmp_path / "heat-map.png"
    stderr = chromium(page, tmp_path, f"--screenshot={shot}", "--window-size=700,1700")
    assert console_messages(stderr) == []
    tinted = sum(1 for r, g, b in png_pixels(shot) if b > r + 30)
    # The same page without the figure: no blue at all.
    bare = tmp_path / "bare.html"
    bare.write_text(head + "<body><p>—</p></body></html>", encoding="utf-8")
    control = tmp_path / "bare.png"
    chromium(bare, tmp_path, f"--screenshot={control}", "--window-size=700,1700")
    assert sum(1 for r, g, b in png_pixels(control) if b > r + 30) == 0
    # The cells of the 54 rows that have reports are blue tints: thousands of pixels.
    assert tinted > 5_000, f"{tinted} blue pixels: the heat map is not drawn"

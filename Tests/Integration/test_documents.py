"""The document writers' files read by the programs offices and browsers use.

docx: python-docx reads the structure (A4, NĐ 30 margins, Times New Roman 14,
heading styles, the header and data tables, page numbers from page 2); LibreOffice
headless converts it to PDF once a session, pdftotext reads the Vietnamese back
(NFC on both sides), pdffonts names the fonts, pdftoppm renders page 1 to PNG.
html: headless Chromium loads it with no console message, takes a screenshot and
prints it to A4 pages. A missing tool FAILS the test (scripts/test-deps.sh installs
them); nothing is skipped.

Where the files come from: SampleDocument.make() (Sources/DXAudit/Documents) in
every format, written by the Swift test DocumentSampleFiles to the folder named by
DXAUDIT_DOCUMENT_SAMPLES; this file runs it with `swift test --skip-build`, so the
tests must have been built (`swift build --build-tests`, as `make test` does).
When `dxaudit synthesis` exists, `samples` below should run the binary instead
(dxaudit("synthesis", "reports/2024", "--format", fmt, "-o", path)) and the
expected texts become the report's own.
"""

import os
import pathlib
import shutil
import struct
import subprocess
import unicodedata

import pytest

from formats_support import REPO

FORMATS = ("docx", "html", "md")


def tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.fail(f"FAILED, not skipped: {name} is not installed; run 'make test-deps'", pytrace=False)
    return path


def run(args, timeout=180, env=None):
    result = subprocess.run(args, capture_output=True, text=True, timeout=timeout, env=env)
    assert result.returncode == 0, f"{' '.join(map(str, args))}: exit {result.returncode}\n{result.stderr[-3000:]}"
    return result


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


@pytest.fixture(scope="session")
def samples(tmp_path_factory):
    """The sample document as sample.docx, sample.html and sample.md."""
    folder = tmp_path_factory.mktemp("documents")
    environment = dict(os.environ, DXAUDIT_DOCUMENT_SAMPLES=str(folder))
    result = subprocess.run(
        [tool("swift"), "test", "--skip-build", "--filter", "DocumentSampleFiles"],
        cwd=REPO, env=environment, capture_output=True, text=True, timeout=300,
    )
    written = {fmt: folder / f"sample.{fmt}" for fmt in FORMATS}
    missing = [str(path) for path in written.values() if not path.is_file()]
    if result.returncode != 0 or missing:
        pytest.fail(
            f"the Swift test DocumentSampleFiles did not write the samples (exit {result.returncode}, "
            f"missing {missing}); run 'swift build --build-tests'\n{result.stdout[-2000:]}{result.stderr[-2000:]}",
            pytrace=False,
        )
    return written


@pytest.fixture(scope="session")
def docx_document(samples):
    try:
        import docx
    except ImportError:
        pytest.fail("FAILED, not skipped: python-docx is not installed; run 'make test-deps'", pytrace=False)
    return docx.Document(str(samples["docx"]))


@pytest.fixture(scope="session")
def converted_pdf(samples, tmp_path_factory):
    """sample.docx converted by LibreOffice, once a session, with a throwaway profile."""
    out = tmp_path_factory.mktemp("libreoffice")
    profile = out / "profile"
    run([tool("soffice"), f"-env:UserInstallation={profile.as_uri()}", "--headless",
         "--convert-to", "pdf", "--outdir", str(out), str(samples["docx"])])
    pdf = out / "sample.pdf"
    assert pdf.is_file(), f"LibreOffice wrote no PDF into {out}"
    return pdf


def pdf_text(pdf, first=None, last=None):
    pages = [] if first is None else ["-f", str(first), "-l", str(last or first)]
    return nfc(run([tool("pdftotext"), "-layout", *pages, str(pdf), "-"]).stdout)


def pdf_info(pdf):
    lines = run([tool("pdfinfo"), str(pdf)]).stdout.splitlines()
    return dict(line.split(":", 1) for line in lines if ":" in line)


def a4_pages(pdf):
    info = pdf_info(pdf)
    width, _, height = info["Page size"].split()[:3]
    assert abs(float(width) - 595) < 2 and abs(float(height) - 842) < 2, info["Page size"]
    return int(info["Pages"])


def png_size(path: pathlib.Path):
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    return struct.unpack(">II", data[16:24]), len(data)


# --- docx read by python-docx -----------------------------------------------------------------


def test_docx_page_is_a4_with_decree_margins_and_numbers_from_page_two(docx_document):
    section = docx_document.sections[0]
    measured = [section.page_width.mm, section.page_height.mm, section.top_margin.mm,
                section.bottom_margin.mm, section.left_margin.mm, section.right_margin.mm]
    for value, expected in zip(measured, [210, 297, 20, 20, 30, 15]):
        assert abs(value - expected) < 0.1, measured
    assert section.different_first_page_header_footer
    assert "PAGE" in section.header._element.xml
    assert "PAGE" not in section.first_page_header._element.xml
    assert all(not p.text.strip() for p in section.first_page_header.paragraphs)


def test_docx_body_is_times_new_roman_14_justified_with_first_line_indent(docx_document):
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    normal = docx_document.styles["Normal"]
    assert normal.font.name == "Times New Roman"
    assert normal.font.size.pt == 14
    body = [p for p in docx_document.paragraphs if p.style.name == "Body Text"]
    assert len(body) >= 2
    style = docx_document.styles["Body Text"]
    assert style.paragraph_format.alignment == WD_ALIGN_PARAGRAPH.JUSTIFY
    assert 9.5 <= style.paragraph_format.first_line_indent.mm <= 12.7
    assert any(run.bold and run.text == "28" for p in body for run in p.runs)


def test_docx_headings_use_word_heading_styles(docx_document):
    headings = [(p.style.name, nfc(p.text)) for p in docx_document.paragraphs if p.style.name.startswith("Heading")]
    assert ("Heading 1", "I. Kết quả thực hiện") in headings
    assert ("Heading 2", "1. Tình hình gửi báo cáo") in headings
    assert ("Heading 3", "a) Nhiệm vụ chậm tiến độ") in headings
    titles = [nfc(p.text) for p in docx_document.paragraphs if p.style.name == "Title"]
    assert titles == ["BÁO CÁO"]
    placeholders = [nfc(p.text) for p in docx_document.paragraphs if p.style.name == "Placeholder"]
    assert placeholders == ["[Nêu các kiến nghị với Ủy ban nhân dân thành phố]"]
    bullets = [nfc(p.text) for p in docx_document.paragraphs if p.style.name == "List Bullet"]
    assert bullets[0] == "Sở Y tế: II.1.a chưa triển khai"


def test_docx_header_is_a_borderless_two_column_table(docx_document):
    header = docx_document.tables[0]
    cells = [[nfc(cell.text) for cell in row.cells] for row in header.rows]
    assert len(cells) == 2 and all(len(row) == 2 for row in cells)
    assert "UBND THÀNH PHỐ HẢI PHÒNG" in cells[0][0] and "SỞ KHOA HỌC VÀ CÔNG NGHỆ" in cells[0][0]
    assert "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM" in cells[0][1] and "Độc lập - Tự do - Hạnh phúc" in cells[0][1]
    assert cells[1] == ["Số: …/BC-SKHCN", "Hải Phòng, ngày 09 tháng 12 năm 2024"]
    body, nation = header.rows[0].cells
    assert [run.bold for run in body.paragraphs[1].runs] == [True]
    assert nation.paragraphs[1].runs[0].underline
    assert header.rows[1].cells[1].paragraphs[0].runs[0].italic
    borders = header._tbl.tblPr.xml
    assert 'w:val="single"' not in borders and "w:tblStyle" not in borders


def test_docx_data_table_holds_the_numbers_right_aligned(docx_document):
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    table = next(t for t in docx_document.tables if nfc(t.rows[0].cells[0].text) == "Loại đơn vị")
    assert table.style.name == "Table Grid"
    rows = [[nfc(cell.text) for cell in row.cells] for row in table.rows]
    assert rows == [
        ["Loại đơn vị", "Phải gửi", "Đúng hạn", "Muộn", "Chưa gửi"],
        ["Sở, ban, ngành", "20", "17", "2", "1"],
        ["UBND quận, huyện | xã", "13", "11", "1", "1"],
        ["Tổng cộng", "33", "28", "3", "2"],
    ]
    assert table.rows[1].cells[1].paragraphs[0].alignment == WD_ALIGN_PARAGRAPH.RIGHT
    assert "w:tblHeader" in table.rows[0]._tr.xml
    closing = next(t for t in docx_document.tables if "Nơi nhận:" in nfc(t.rows[0].cells[0].text))
    assert "KT. GIÁM ĐỐC" in nfc(closing.rows[0].cells[1].text)


# --- docx through LibreOffice, pdftotext, pdffonts, pdftoppm ---------------------------------


def test_libreoffice_reads_the_vietnamese_back(converted_pdf):
    assert a4_pages(converted_pdf) >= 2
    text = pdf_text(converted_pdf)
    for expected in ["CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "BÁO CÁO",
                     "Kết quả thực hiện Kế hoạch chuyển đổi số năm 2024", "Hải Phòng, ngày 09 tháng 12 năm 2024",
                     "gửi muộn & 2 đơn vị chưa gửi (tỉ lệ < 10%)", "UBND quận, huyện | xã", "Phụ lục I"]:
        assert expected in text, f"{expected!r} not in the PDF's text"


def test_page_numbers_start_on_page_two(converted_pdf):
    first = [line.strip() for line in pdf_text(converted_pdf, 1).splitlines() if line.strip()]
    second = [line.strip() for line in pdf_text(converted_pdf, 2).splitlines() if line.strip()]
    assert "1" not in first
    assert second[0] == "2", second[:3]


def test_times_new_roman_is_set_as_a_serif(converted_pdf):
    fonts = run([tool("pdffonts"), str(converted_pdf)]).stdout
    # fonts-liberation2 stands in for Times New Roman, metric for metric.
    assert "TimesNewRoman" in fonts.replace(" ", "") or "LiberationSerif" in fonts, fonts


def test_page_one_renders_to_png(converted_pdf, tmp_path):
    run([tool("pdftoppm"), "-r", "60", "-f", "1", "-l", "1", "-png", str(converted_pdf), str(tmp_path / "page")])
    pages = sorted(tmp_path.glob("page*.png"))
    assert len(pages) == 1, pages
    (width, height), size = png_size(pages[0])
    assert abs(height / width - 297 / 210) < 0.02 and size > 10_000, (width, height, size)


# --- html in headless Chromium --------------------------------------------------------------


def chromium(page: pathlib.Path, out: pathlib.Path, *options):
    """Chromium's stderr; its console messages are the lines with CONSOLE."""
    result = run([tool("chromium"), "--headless", "--no-sandbox", "--disable-gpu", "--enable-logging=stderr",
                  "--v=0", f"--user-data-dir={out / 'chromium-profile'}", *options, page.as_uri()], timeout=120)
    return result.stderr


def console_messages(stderr: str):
    return [line for line in stderr.splitlines() if "CONSOLE" in line]


def test_console_messages_are_seen(tmp_path):
    """The check below can fail: a page that writes to the console is caught."""
    page = tmp_path / "probe.html"
    page.write_text('<!DOCTYPE html><html lang="vi"><script>console.error("lỗi")</script></html>', encoding="utf-8")
    stderr = chromium(page, tmp_path, f"--screenshot={tmp_path / 'probe.png'}", "--window-size=400,300")
    assert console_messages(stderr), stderr[-2000:]


def test_html_loads_without_console_messages_and_screenshots(samples, tmp_path):
    shot = tmp_path / "page.png"
    stderr = chromium(samples["html"], tmp_path, f"--screenshot={shot}", "--window-size=1240,1754")
    assert console_messages(stderr) == []
    (width, height), size = png_size(shot)
    assert (width, height) == (1240, 1754) and size > 20_000, (width, height, size)


def test_html_prints_to_a4_pages_with_the_pictures(samples, tmp_path):
    pdf = tmp_path / "page.pdf"
    chromium(samples["html"], tmp_path, "--no-pdf-header-footer", f"--print-to-pdf={pdf}")
    assert a4_pages(pdf) >= 2
    text = pdf_text(pdf)
    # SVG text is text in the PDF: the heat map's and the strips' labels were drawn.
    for expected in ["BÁO CÁO", "Hoàn thành", "Chưa làm", "Đúng hạn", "Tỉ lệ hồ sơ trực tuyến (%)"]:
        assert expected in text, f"{expected!r} not in the printed page"
    second = [line.strip() for line in pdf_text(pdf, 2).splitlines() if line.strip()]
    assert second[0] == "2", second[:3]


# --- md ----------------------------------------------------------------------------------


def test_markdown_is_utf8_with_pipe_tables_and_placeholders(samples):
    text = samples["md"].read_text(encoding="utf-8")
    assert "# BÁO CÁO" in text.splitlines()
    assert "| Loại đơn vị | Phải gửi | Đúng hạn | Muộn | Chưa gửi |" in text
    assert "> [Nêu các kiến nghị với Ủy ban nhân dân thành phố]" in text
    assert "<svg" not in text

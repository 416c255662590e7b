"""Layout stage on tiny PDFs drawn with reportlab: furniture removal, line-end
hyphenation, headings with numbers and levels, paragraphs and list items."""

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from extractors.layout.blocks import build_blocks, group_lines, is_page_number, join_lines
from extractors.pages.text_layer import extract_pages
from models.pagedata import Word

W, H = A4


def _page(c, n, total, lines):
    c.setFont("Helvetica", 9)
    c.drawString(70, H - 40, "Servicenämnden, Verksamhetsplan med budget 2024")
    c.drawRightString(W - 70, H - 40, f"{n}({total})")
    c.drawString(70, 30, "Region Örebro län")
    y = H - 90
    for font, size, text, indent, gap in lines:
        y -= gap
        c.setFont(font, size)
        c.drawString(70 + indent, y, text)
        y -= size * 1.25
    c.showPage()


def _make(tmp_path):
    p = tmp_path / "tiny.pdf"
    c = canvas.Canvas(str(p), pagesize=A4, invariant=1)
    body = "Helvetica"
    _page(c, 1, 3, [
        ("Helvetica-Bold", 14, "5 Mål, strategier och uppdrag", 0, 0),
        (body, 11, "Regionfullmäktiges verksamhetsplan är det övergripande styrdokumentet för Regionser-", 0, 8),
        (body, 11, "vice och dess ekonomi- och inköpssystem samt IT-", 0, 0),
        (body, 11, "stöd i hela regionen.", 0, 0),
        ("Helvetica-Bold", 12.5, "5.2 Perspektiv: Process", 0, 14),
        (body, 11, "Perspektivet process beskriver strategier för arbetsmetoder.", 0, 6),
    ])
    _page(c, 2, 3, [
        (body, 11, "Strategier för digitalisering", 0, 0),
        (body, 11, "•  Att skapa en hög grad av förankring i verksamheterna och att", 0, 6),
        (body, 11, "bidra i arbetet med den digitala mognaden.", 14, 0),
        (body, 11, "•  Att arbeta med utbildning och en lärande organisation.", 0, 2),
        (body, 11, "Efter listan följer en vanlig mening som avslutar stycket.", 0, 14),
    ])
    _page(c, 3, 3, [
        ("Helvetica-Bold", 11, "Mål: Vi digitaliserar för att möjliggöra ökad leveransförmåga.", 0, 0),
        ("Helvetica-Oblique", 11, "Indikatorer", 0, 10),
        (body, 11, "Den digitala mognaden ska öka.", 0, 6),
    ])
    c.save()
    return p


def test_blocks_from_tiny_pdf(tmp_path):
    pages = extract_pages(_make(tmp_path))
    blocks = build_blocks(pages)
    texts = [b.text for b in blocks]
    # running header, footer and page numbers are gone
    assert not any("Verksamhetsplan med budget 2024" in t for t in texts)
    assert not any("Region Örebro län" == t for t in texts)
    assert not any("(3)" in t for t in texts)
    headings = [(b.number, b.text, b.level) for b in blocks if b.kind == "heading"]
    assert headings == [("5", "Mål, strategier och uppdrag", 1), ("5.2", "Perspektiv: Process", 2)]
    para = blocks[1]
    assert para.kind == "paragraph"
    assert para.text == (
        "Regionfullmäktiges verksamhetsplan är det övergripande styrdokumentet för Regionservice "
        "och dess ekonomi- och inköpssystem samt IT-stöd i hela regionen."
    )
    items = [b for b in blocks if b.kind == "list_item"]
    assert [b.text for b in items] == [
        "Att skapa en hög grad av förankring i verksamheterna och att bidra i arbetet med den digitala mognaden.",
        "Att arbeta med utbildning och en lärande organisation.",
    ]
    assert items[0].marker == "•"
    assert "Efter listan följer en vanlig mening som avslutar stycket." in texts
    goal = next(b for b in blocks if b.text.startswith("Mål:"))
    assert goal.bold and goal.page == 3
    ind = blocks[blocks.index(goal) + 1]
    assert ind.text == "Indikatorer" and ind.italic


def test_join_lines_hyphenation_rules():
    assert join_lines(["för Regionser-", "vice och"]) == "för Regionservice och"
    assert join_lines(["ekonomi-", "och inköpssystem"]) == "ekonomi- och inköpssystem"
    assert join_lines(["nya IT-", "stöd"]) == "nya IT-stöd"
    assert join_lines(["Region-", "Örebro"]) == "Region-Örebro"
    assert join_lines(["2021-", "2025"]) == "2021- 2025"
    assert join_lines(["  många   mellanslag ", "här"]) == "många mellanslag här"


def test_group_lines_orders_words_on_a_baseline():
    words = [Word("värld", 60, 100.5, 90, 110.5), Word("Hej", 20, 100, 50, 110), Word("Nästa", 20, 120, 50, 130)]
    lines = group_lines(words, 1)
    assert [ln.text for ln in lines] == ["Hej värld", "Nästa"]


def test_page_number_forms():
    for t in ["6(17)", "6 (17)", "Sida 6 av 17", "12", "3/9"]:
        assert is_page_number(t), t
    for t in ["2 394,5", "Budget 2024", "6.2 Ekonomiska nyckeltal"]:
        assert not is_page_number(t), t


def test_ocr_size_noise_does_not_split_a_list_item():
    """OCR measures font size from glyph heights: a line without capitals or
    ascenders reads smaller. On an OCR'd page that is no reason for a new block."""
    from models.pagedata import PageText

    def words(y, size, texts, x=75.0):
        out = []
        for t in texts:
            out.append(Word(t, x, y, x + 6 * len(t), y + size, size=size, conf=90.0))
            x += 6 * len(t) + 4
        return out

    ws = (words(100, 11.1, ["•", "Att", "ha", "en", "tydlig", "målstyrning", "och", "följa", "upp", "programmet", "för"])
          + words(114, 10.3, ["att", "försäkra", "att", "verksamheten", "rör", "sig", "mot", "målen."], x=89.0)
          + words(140, 11.1, ["Nästa", "stycke", "börjar", "här", "och", "fortsätter."]))
    page = PageText(number=1, width=595, height=842, words=ws, source="ocr")
    blocks = build_blocks([page])
    assert [b.kind for b in blocks] == ["list_item", "paragraph"]
    assert blocks[0].text.endswith("för att försäkra att verksamheten rör sig mot målen.")


def test_ocr_line_gaps_are_measured_between_baselines():
    """OCR'd boxes hug the glyphs: "ser." (no ascender) starts 2.5 pt lower than
    a line with capitals, and a line ending in "stödproces-" reaches 2.5 pt
    deeper. Measured top-to-bottom that looked like a paragraph gap and cut
    "ser." off its list item (scanned 2023 plan p. 9); baseline to baseline
    the lines are evenly spaced. A real paragraph gap still separates."""
    from models.pagedata import PageText

    def ocr(text, x, top, bottom):
        return Word(text, x, top, x + 5.5 * len(text), bottom, fontname="ocr", size=10.3, conf=92.0)

    # a paragraph above sets the page's line spacing: pitch 13 pt, gaps of 3.1 pt
    ws = []
    for k in range(6):
        top = 80.0 + 13.0 * k
        ws += [ocr("Perspektivet", 71, top, top + 7.4), ocr("process", 140, top + 2.1, top + 9.9),
               ocr("är", 185, top, top + 7.4), ocr("strategier", 200, top, top + 9.9),
               ocr("för", 260, top, top + 9.9), ocr("arbetsmetoder", 290, top, top + 9.9),
               ocr("och", 370, top, top + 7.4), ocr("arbetsprocesser", 400, top, top + 9.9), ocr("i", 490, top, top + 7.4)]
    ws += [ocr("•", 75.3, 168.9, 172.8), ocr("Att", 89.3, 166.6, 174.0), ocr("samverka", 106, 166.3, 174.0),
          ocr("inom", 160, 166.6, 174.0), ocr("stöd-", 190, 166.3, 174.0), ocr("och", 225, 166.6, 174.0),
          ocr("ledningsprocesser,", 250, 166.3, 176.4), ocr("lednings-,", 355, 166.3, 176.4),
          ocr("huvud-", 410, 166.3, 174.0), ocr("stödproces-", 474.1, 166.3, 176.4),
          ocr("ser.", 89.3, 182.4, 187.7),
          ocr("•", 75.3, 199.7, 203.5), ocr("Att", 89.3, 197.3, 204.7), ocr("skapa", 106.3, 196.8, 207.1),
          ocr("förankring.", 145, 196.8, 207.1),
          ocr("Hållbarhet", 71, 228.0, 235.4), ocr("är", 130, 228.0, 235.4), ocr("en", 145, 230.0, 235.4),
          ocr("megatrend.", 165, 228.0, 237.5)]
    page = PageText(number=1, width=595, height=842, words=ws, source="ocr")
    blocks = build_blocks([page])
    assert [b.kind for b in blocks] == ["paragraph", "list_item", "list_item", "paragraph"]
    assert blocks[1].text.endswith("stödprocesser.")
    assert blocks[2].text == "Att skapa förankring."

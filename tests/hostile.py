"""Builders for good and hostile input files used by the ingest/batch/CLI tests.

Every builder writes one file at ``path`` and returns that path.  Good PDFs are
drawn with reportlab; hostile ones are derived from them or written by hand.
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional, Sequence

import pikepdf
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

GOOD_TEXT = [
    "Verksamhetsplan med budget 2024",
    "Mål: Regionservice är en möjliggörande och värdeskapande partner.",
    "Nämnden behöver minska sina kostnader med 76 miljoner kronor.",
]


def good_pdf(path: Path, pages: int = 2, title: str = "Servicenämnden", lines: Sequence[str] = GOOD_TEXT) -> Path:
    """A small born-digital PDF with Swedish text (``lines``) on every page."""
    path.parent.mkdir(parents=True, exist_ok=True)
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setTitle(title)
    for n in range(1, pages + 1):
        c.setFont("Helvetica-Bold", 14)
        c.drawString(72, 770, f"{title} {n}({pages})")
        c.setFont("Helvetica", 11)
        for i, line in enumerate(lines):
            c.drawString(72, 730 - 16 * i, line)
        c.showPage()
    c.save()
    return path


def truncated_pdf(path: Path, source: Path) -> Path:
    """A good PDF cut before its catalog: no catalog, xref, trailer or
    ``%%EOF`` (qpdf cannot rebuild what is not there).  A file cut later, after
    its catalog and pages, is one qpdf repairs: see :func:`half_pdf`."""
    data = source.read_bytes()
    catalog = data.index(b"/Type /Catalog")
    cut = data.rindex(b" 0 obj", 0, catalog)
    cut = data.rindex(b"\n", 0, cut) + 1
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data[:cut])
    return path


def half_pdf(path: Path, source: Path) -> Path:
    """The first half of a good PDF: no xref, no trailer, no ``%%EOF``."""
    data = source.read_bytes()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data[: len(data) // 2])
    return path


def encrypted_pdf(path: Path, source: Path, password: str) -> Path:
    """A good PDF re-saved with a user password (cannot be opened without it)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with pikepdf.open(source) as pdf:
        pdf.save(path, encryption=pikepdf.Encryption(user=password, owner=password + "-owner", R=6))
    return path


def text_as_pdf(path: Path) -> Path:
    """A plain text file with a ``.pdf`` name."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("Detta är ingen PDF, bara text med fel filändelse.\n" * 20, encoding="utf-8")
    return path


def empty_file(path: Path) -> Path:
    """A zero-byte file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"")
    return path


def zero_page_pdf(path: Path) -> Path:
    """A well-formed PDF whose page tree is empty."""
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf = pikepdf.new()
    pdf.save(path, deterministic_id=True)
    return path


def huge_page_pdf(path: Path, side_pt: float = 14400.0) -> Path:
    """A one-page PDF whose MediaBox is ``side_pt`` × ``side_pt`` points
    (14 400 pt = 200 inches, the largest size the PDF spec allows)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    c = canvas.Canvas(str(path), pagesize=(side_pt, side_pt), invariant=1)
    c.setFont("Helvetica", 11)
    c.drawString(72, side_pt - 72, "En mycket stor sida.")
    c.showPage()
    c.save()
    return path


def corrupt_pdf(path: Path, source: Path) -> Path:
    """A PDF whose header and ``%%EOF`` are intact but whose body is garbage."""
    data = source.read_bytes()
    head, tail = data[:16], data[-64:]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(head + bytes((i * 37) % 256 for i in range(len(data) - 80)) + tail)
    return path


def hostile_folder(root: Path, password: str = "hemligt", max_pages: int = 5) -> dict[str, Path]:
    """A folder mixing good PDFs with every kind of hostile input.

    Returns name → path; names of bad files are their expected error class.
    ``too_many_pages`` has ``max_pages + 3`` pages.
    """
    root.mkdir(parents=True, exist_ok=True)
    good_a = good_pdf(root / "good_a.pdf", pages=2)
    good_b = good_pdf(root / "sub" / "good_b.PDF", pages=3, title="Regionservice")
    return {
        "good_a": good_a,
        "good_b": good_b,
        "truncated": truncated_pdf(root / "bad" / "truncated.pdf", good_a),
        "encrypted": encrypted_pdf(root / "bad" / "encrypted.pdf", good_a, password),
        "not_pdf": text_as_pdf(root / "bad" / "not_pdf.pdf"),
        "empty_file": empty_file(root / "bad" / "empty_file.pdf"),
        "zero_pages": zero_page_pdf(root / "bad" / "zero_pages.pdf"),
        "page_too_large": huge_page_pdf(root / "bad" / "page_too_large.pdf"),
        "too_many_pages": good_pdf(root / "bad" / "too_many_pages.pdf", pages=max_pages + 3),
    }


# ---------------------------------------------------------------- pdfminer fails, pdfium reads

DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
# the CMap dictionary pdfminer met in a real damaged file: "/Supplement 0" lost its space and value
CMAP_INFO = b"/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def"
DAMAGED_CMAP_INFO = b"/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /SupplementemI0 >> def"


def _type0_font(first: int, text: str, damaged: bool,
                descriptor: Optional[int] = None) -> tuple[list[bytes], dict[str, int]]:
    """Objects ``first``… of a Type0 font (Identity-H, DejaVu Sans embedded,
    CID = glyph id) with a ToUnicode CMap for the characters of ``text``;
    ``damaged`` breaks the CMap's CIDSystemInfo dictionary; ``descriptor``
    (an object number) shares another copy's descriptor and embedded font.
    Returns the objects and the glyph id of each character."""
    import zlib

    from reportlab.pdfbase.ttfonts import TTFontFile

    from hostile_corpus import stream

    ttf = TTFontFile(str(DEJAVU))
    gids = {ch: ttf.charToGlyph[ord(ch)] for ch in sorted(set(text))}
    widths = b" ".join(b"%d [%d]" % (gid, round(ttf.charWidths.get(ord(ch), ttf.defaultWidth)))
                       for ch, gid in sorted(gids.items(), key=lambda kv: kv[1]))
    pairs = b"\n".join(b"<%04X> <%s>" % (gid, ch.encode("utf-16-be").hex().upper().encode())
                       for ch, gid in sorted(gids.items(), key=lambda kv: kv[1]))
    cmap = (b"/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
            + (DAMAGED_CMAP_INFO if damaged else CMAP_INFO)
            + b"\n/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<0000> <FFFF>\n"
              b"endcodespacerange\n%d beginbfchar\n" % len(gids)
            + pairs + b"\nendbfchar\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n")
    n = first
    objects = [
        b"<< /Type /Font /Subtype /Type0 /BaseFont /DejaVuSans /Encoding /Identity-H "
        b"/DescendantFonts [%d 0 R] /ToUnicode %d 0 R >>" % (n + 1, n + 2),
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /DejaVuSans /CIDSystemInfo << /Registry (Adobe) "
        b"/Ordering (Identity) /Supplement 0 >> /FontDescriptor %d 0 R /W [%s] /CIDToGIDMap /Identity >>"
        % (descriptor or n + 3, widths),
        stream(b"", cmap),
    ]
    if descriptor is None:
        data = DEJAVU.read_bytes()
        objects += [
            b"<< /Type /FontDescriptor /FontName /DejaVuSans /Flags 32 /FontBBox [-1021 -463 1793 1232] "
            b"/ItalicAngle 0 /Ascent 760 /Descent -240 /CapHeight 760 /StemV 87 /FontFile2 %d 0 R >>" % (n + 4),
            stream(b"/Filter /FlateDecode /Length1 %d" % len(data), zlib.compress(data, 9)),
        ]
    return objects, gids


def type0_pdf(path: Path, pages: Sequence[Sequence[tuple[float, float, str]]], damaged_pages: Sequence[int] = (),
              size: float = 12.0) -> Path:
    """A PDF set in one embedded Type0 font: ``pages`` lists (x, top, text)
    per page (top-left origin, points, A4).  Pages in ``damaged_pages``
    (1-based) use a second copy of the font whose ToUnicode CMap has the
    damaged CIDSystemInfo dictionary (:data:`DAMAGED_CMAP_INFO`): pdfminer
    raises "Invalid dictionary construct" on them, pdfium reads them."""
    from hostile_corpus import stream, write_pdf

    text = "".join(t for page in pages for _, _, t in page)
    count = len(pages)
    first_font = 3 + 2 * count  # catalog, page tree, then a page and its content per page
    good, gids = _type0_font(first_font, text, damaged=False)
    bad, _ = _type0_font(first_font + len(good), text, damaged=True, descriptor=first_font + 3)
    width, height = A4
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [%s] /Count %d /MediaBox [0 0 %.2f %.2f] >>"
               % (b" ".join(b"%d 0 R" % (3 + 2 * i) for i in range(count)), count, width, height)]
    for number, page in enumerate(pages, start=1):
        font = first_font + (len(good) if number in damaged_pages else 0)
        ops = b"".join(b"BT /F1 %.2f Tf %.2f %.2f Td <%s> Tj ET\n"
                       % (size, x, height - top - size * 0.78, b"".join(b"%04X" % gids[ch] for ch in t))
                       for x, top, t in page)
        objects += [b"<< /Type /Page /Parent 2 0 R /Contents %d 0 R /Resources << /Font << /F1 %d 0 R >> >> >>"
                    % (len(objects) + 2, font), stream(b"", ops)]
    return write_pdf(path, objects + good + bad)


def null_box_pdf(path: Path, source: Path, box: str = "CropBox") -> Path:
    """``source`` with a page box every page inherits from the page tree holding
    null where a number must be: pdfminer raises "float() argument must be a
    string or a real number, not 'NoneType'" while listing the pages; pdfium
    ignores the broken box (a CropBox: the MediaBox is used; a MediaBox: US Letter)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with pikepdf.open(source) as pdf:
        width, height = (float(v) for v in pdf.pages[0].obj.MediaBox[2:])
        if box == "MediaBox":
            for page in pdf.pages:
                del page.obj["/MediaBox"]
        pdf.Root.Pages[f"/{box}"] = pikepdf.Array([0, 0, width, None])
        pdf.save(path, deterministic_id=True)
    return path

"""Builders for good and hostile input files used by the ingest/batch/CLI tests.

Every builder writes one file at ``path`` and returns that path.  Good PDFs are
drawn with reportlab; hostile ones are derived from them or written by hand.
"""

from __future__ import annotations

from pathlib import Path
from typing import Sequence

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

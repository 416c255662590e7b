"""Tiny PDFs for the orientation tests: a page of Swedish prose and a small
table, born-digital, and image-only copies of it fed to the "scanner" turned
by 90, 180 or 270 degrees (the page's shape follows the image, as a scanner
stores a sheet fed sideways)."""

from __future__ import annotations

import io
from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

W, H = A4
PROSE = (
    "Servicenämnden ansvarar för fastigheter, måltider, städning och transporter i regionen. "
    "Nämnden beslutade under året om en ny plan för digitalisering av verksamheten och om "
    "investeringar i lokaler, fordon och utrustning. Målet är en hållbar och kostnadseffektiv "
    "service till regionens verksamheter och invånare. Uppföljningen sker varje tertial och "
    "resultatet redovisas för nämnden i samband med delårsrapporten och årsredovisningen."
)
HEADING = "Verksamhetsplan med budget"
TABLE = [("Summa intäkter", "2 627,9"), ("Summa kostnader", "-2 472,3"), ("Resultat", "155,6")]
HEADING_BASE = 90.0  # baseline of the heading, points from the top


def prose_lines(width_chars: int = 80) -> list[str]:
    words, lines, cur = (PROSE + " " + PROSE).split(), [], ""
    for w in words:
        if len(cur) + len(w) + 1 > width_chars:
            lines.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}".strip()
    return lines + [cur]


def upright_pdf() -> bytes:
    """The born-digital page: a heading, 12 lines of prose, a 3-row table."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(72, H - HEADING_BASE, HEADING)
    c.setFont("Helvetica", 11)
    y = 130.0
    for line in prose_lines():
        c.drawString(72, H - y, line)
        y += 16
    y += 20
    for label, value in TABLE:
        c.drawString(72, H - y, label)
        c.drawRightString(400, H - y, value)
        y += 18
    c.showPage()
    c.save()
    return buf.getvalue()


def render(pdf_bytes: bytes, dpi: int = 200) -> Image.Image:
    pdf = pdfium.PdfDocument(pdf_bytes)
    try:
        return pdf[0].render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
    finally:
        pdf.close()


def image_pdf(img: Image.Image, dst: Path, dpi: int = 200) -> Path:
    """An image-only PDF whose one page is ``img`` at ``dpi``."""
    png = io.BytesIO()
    img.save(png, format="PNG")
    w, h = img.width * 72 / dpi, img.height * 72 / dpi
    c = canvas.Canvas(str(dst), pagesize=(w, h), invariant=1)
    c.drawImage(ImageReader(io.BytesIO(png.getvalue())), 0, 0, width=w, height=h)
    c.showPage()
    c.save()
    return dst


def turned_scan(dst: Path, turn: int, dpi: int = 200) -> Path:
    """The page scanned lying turned: its image turned counter-clockwise by
    ``turn`` degrees, so turning it clockwise by ``turn`` makes it upright."""
    img = render(upright_pdf(), dpi)
    if turn:
        img = img.rotate(turn, expand=True, fillcolor=255)
    return image_pdf(img, dst, dpi)

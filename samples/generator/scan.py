"""Scanned versions of the born-digital samples: ``python -m samples.generator.scan``.

Each page of ``samples/<stem>.pdf`` is rasterised and made to look like an
office scan: slightly rotated (seeded ±0.3–1.5°), a little blurred, grey paper
with noise, JPEG-compressed, stored image-only as ``samples/scanned/<stem>.pdf``
with the same page size.  The expected JSON of a scan is the born-digital
twin's ``samples/<stem>.expected.json`` (same content, same pages).

As archives hold them (issue 23), a scan can also be **bilevel**
(``ScanLook.bilevel``: thresholded to 1 bit a pixel and stored CCITT Group 4,
``/CCITTFaxDecode``, as document scanners write them) and have pages fed the
wrong way (``ScanLook.turns``: page number → degrees the sheet lay turned
counter-clockwise; the stored image, and so the PDF page, take its shape).
``--bilevel`` and ``--turn PAGE:DEG`` on the command line.
"""

from __future__ import annotations

import argparse
import io
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageFilter
from reportlab import rl_config
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

SAMPLES = Path(__file__).resolve().parent.parent
SCANNED = SAMPLES / "scanned"
MAX_BYTES = 5_000_000


@dataclass(frozen=True)
class ScanLook:
    """How rough the scanner is."""

    dpi: int = 200
    jpeg_quality: int = 40
    min_angle: float = 0.3
    max_angle: float = 1.5
    blur: float = 0.7  # Gaussian radius in pixels at the scan dpi
    noise: float = 5.0  # std of Gaussian noise (grey levels)
    paper: int = 238  # background grey
    bilevel: bool = False  # 1 bit a pixel, CCITT G4 (else grey JPEG)
    threshold: int = 140  # grey level below which a bilevel scan keeps a pixel black
    # 1-based page → degrees (90, 180, 270) the sheet lay turned counter-clockwise
    turns: tuple[tuple[int, int], ...] = ()


def degrade(img: Image.Image, rng: np.random.Generator, look: ScanLook) -> Image.Image:
    """Make a clean grayscale page image look scanned (rotation, blur, paper,
    noise); JPEG compression happens when it is stored."""
    angle = float(rng.uniform(look.min_angle, look.max_angle)) * float(rng.choice([-1.0, 1.0]))
    out = img.convert("L").rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
    out = out.filter(ImageFilter.GaussianBlur(look.blur))
    arr = np.asarray(out).astype(np.float32)
    # ink stays dark, paper becomes grey; toner is not perfectly black
    arr = 25.0 + arr * (look.paper - 25.0) / 255.0
    arr += rng.normal(0.0, look.noise, arr.shape).astype(np.float32)
    # the scanner's background removal flattens the paper (and keeps files small)
    arr[arr > look.paper - 25] = look.paper
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), mode="L")


def jpeg_bytes(img: Image.Image, quality: int) -> bytes:
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=quality, optimize=True)
    return buf.getvalue()


def g4_bytes(img: Image.Image, threshold: int = 140) -> tuple[bytes, int, int, bool]:
    """A grey page image thresholded to 1 bit and CCITT Group 4 encoded (by
    PIL's libtiff, one strip): (data, width, height, BlackIs1 for the PDF's
    /DecodeParms)."""
    bw = img.convert("L").point(lambda v: 255 if v > threshold else 0).convert("1", dither=Image.Dither.NONE)
    buf = io.BytesIO()
    bw.save(buf, format="TIFF", compression="group4", tiffinfo={278: bw.height})  # RowsPerStrip: one strip
    tif = Image.open(io.BytesIO(buf.getvalue()))
    offsets, counts = tif.tag_v2[273], tif.tag_v2[279]
    offset = offsets[0] if isinstance(offsets, tuple) else offsets
    count = counts[0] if isinstance(counts, tuple) else counts
    # PhotometricInterpretation 1 (BlackIsZero): a 1 bit is white, as /BlackIs1 true decodes it
    return buf.getvalue()[offset : offset + count], bw.width, bw.height, tif.tag_v2.get(262) == 1


def write_g4_pdf(pages: list[tuple[tuple[bytes, int, int, bool], float, float]], dst: Path) -> None:
    """An image-only PDF of CCITT G4 images (:func:`g4_bytes`), each filling
    its page of (width pt, height pt), the data stored as it is
    (``/CCITTFaxDecode``)."""
    import pikepdf

    dst.parent.mkdir(parents=True, exist_ok=True)
    pdf = pikepdf.new()
    for (data, px_w, px_h, black_is_1), w, h in pages:
        image = pikepdf.Stream(pdf, data)
        image.Type, image.Subtype = pikepdf.Name.XObject, pikepdf.Name.Image
        image.Width, image.Height, image.BitsPerComponent = px_w, px_h, 1
        image.ColorSpace = pikepdf.Name.DeviceGray
        image.Filter = pikepdf.Name.CCITTFaxDecode
        image.DecodeParms = pikepdf.Dictionary(K=-1, Columns=px_w, Rows=px_h, BlackIs1=black_is_1)
        content = pikepdf.Stream(pdf, f"q {w:.4f} 0 0 {h:.4f} 0 0 cm /Im0 Do Q".encode())
        page = pikepdf.Dictionary(Type=pikepdf.Name.Page, MediaBox=[0, 0, w, h], Contents=content,
                                  Resources=pikepdf.Dictionary(XObject=pikepdf.Dictionary(Im0=image)))
        pdf.pages.append(pikepdf.Page(page))
    pdf.save(dst, deterministic_id=True)


def write_image_pdf(pages: list[tuple[bytes, float, float]], dst: Path) -> None:
    """An image-only PDF: each (JPEG bytes, width pt, height pt) fills a page."""
    dst.parent.mkdir(parents=True, exist_ok=True)
    old_a85 = rl_config.useA85
    rl_config.useA85 = 0  # binary JPEG streams, not ASCII85 (25 % smaller)
    try:
        c = canvas.Canvas(str(dst), pageCompression=1, invariant=1)
        for data, w, h in pages:
            c.setPageSize((w, h))
            c.drawImage(ImageReader(io.BytesIO(data)), 0, 0, width=w, height=h)
            c.showPage()
        c.save()
    finally:
        rl_config.useA85 = old_a85


def seed_for(stem: str) -> int:
    return zlib.crc32(stem.encode("utf-8"))


def scan_pdf(src: Path, dst: Path, look: ScanLook = ScanLook(), seed: Optional[int] = None) -> Path:
    """Write a scanned-looking, image-only copy of ``src`` to ``dst``."""
    rng = np.random.default_rng(seed_for(src.stem) if seed is None else seed)
    turns = dict(look.turns)
    pages = []
    pdf = pdfium.PdfDocument(str(src))
    try:
        for i in range(len(pdf)):
            page = pdf[i]
            w, h = page.get_size()
            bitmap = page.render(scale=look.dpi / 72.0, grayscale=True)
            img = degrade(bitmap.to_pil(), rng, look)
            bitmap.close()
            page.close()
            turn = turns.get(i + 1, 0) % 360
            if turn:
                img = img.rotate(turn, expand=True, fillcolor=look.paper)
                w, h = (h, w) if turn % 180 else (w, h)
            data = g4_bytes(img, look.threshold) if look.bilevel else jpeg_bytes(img, look.jpeg_quality)
            pages.append((data, float(w), float(h)))
    finally:
        pdf.close()
    (write_g4_pdf if look.bilevel else write_image_pdf)(pages, dst)
    return dst


def scan_sample(src: Path, out_dir: Path = SCANNED, look: ScanLook = ScanLook()) -> Path:
    """Scan one sample, lowering JPEG quality (then dpi) until it stays under 5 MB."""
    dst = out_dir / src.name
    tries = [(look.dpi, look.jpeg_quality), (look.dpi, 30), (150, 40), (150, 30)]
    for dpi, quality in tries:
        scan_pdf(src, dst, ScanLook(**{**look.__dict__, "dpi": dpi, "jpeg_quality": quality}))
        if dst.stat().st_size < MAX_BYTES:
            break
    return dst


def is_image_pdf(path: Path) -> bool:
    """True when the first page is mostly a raster image (already a scan)."""
    import pdfplumber

    with pdfplumber.open(str(path)) as pdf:
        page = pdf.pages[0]
        area = float(page.width) * float(page.height)
        covered = sum((float(i["x1"]) - float(i["x0"])) * (float(i["bottom"]) - float(i["top"])) for i in page.images)
        return covered > 0.5 * area


def born_digital_samples(samples: Path = SAMPLES) -> list[Path]:
    """The born-digital sample PDFs that have an expected JSON twin."""
    return sorted(
        p for p in samples.glob("*.pdf") if (samples / f"{p.stem}.expected.json").exists() and not is_image_pdf(p)
    )


def main(argv: Optional[list[str]] = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("pdfs", nargs="*", type=Path, help="born-digital PDFs (default: samples/*.pdf with expected JSON)")
    ap.add_argument("--out", type=Path, default=SCANNED)
    ap.add_argument("--dpi", type=int, default=ScanLook.dpi)
    ap.add_argument("--bilevel", action="store_true", help="1 bit a pixel, CCITT G4 (as archive scanners write)")
    ap.add_argument("--turn", action="append", default=[], metavar="PAGE:DEG",
                    help="page PAGE lay turned DEG (90, 180, 270) counter-clockwise in the scanner; repeatable")
    args = ap.parse_args(argv)
    turns = tuple((int(p), int(d)) for p, d in (t.split(":") for t in args.turn))
    for src in args.pdfs or born_digital_samples():
        dst = scan_sample(src, args.out, ScanLook(dpi=args.dpi, bilevel=args.bilevel, turns=turns))
        print(f"{src.name} → {dst} ({dst.stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()

"""Scanned versions of the born-digital samples: ``python -m samples.generator.scan``.

Each page of ``samples/<stem>.pdf`` is rasterised and made to look like an
office scan: slightly rotated (seeded ±0.3–1.5°), a little blurred, grey paper
with noise, JPEG-compressed, stored image-only as ``samples/scanned/<stem>.pdf``
with the same page size.  The expected JSON of a scan is the born-digital
twin's ``samples/<stem>.expected.json`` (same content, same pages).
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
            pages.append((jpeg_bytes(img, look.jpeg_quality), float(w), float(h)))
    finally:
        pdf.close()
    write_image_pdf(pages, dst)
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
    args = ap.parse_args(argv)
    for src in args.pdfs or born_digital_samples():
        dst = scan_sample(src, args.out, ScanLook(dpi=args.dpi))
        print(f"{src.name} → {dst} ({dst.stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()

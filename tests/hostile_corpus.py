"""A seeded corpus of damaged and hostile PDFs, built at test time.

:func:`build_corpus` writes into a folder: damaged copies of a real sample
plan PDF (random byte flips inside streams, zeroed runs, truncation after a
fake ``%%EOF``, garbage over the cross-reference table, shuffled 4 KiB
chunks) and hand-written hostile files (a Flate bomb, an image bomb, 100 000-deep
nesting, a page tree containing itself, HTML/JavaScript as text, and the two
pdfminer failures pdfium reads past: a broken CMap dictionary, a null page box).  The same
seed gives byte-identical files.  Nothing here is committed but the code: the
bombs are a few megabytes compressed and are written fresh in ``tmp``.
"""

from __future__ import annotations

import random
import re
import zlib
from pathlib import Path
from typing import Sequence

from hostile import good_pdf

SAMPLE = Path(__file__).resolve().parent.parent / "samples" / "vp-2024-servicenamnden.pdf"
DAMAGE_KINDS = ("byteflip", "zeroed", "fake_eof", "xref_garbage", "shuffled")
BOMB_BYTES = 1 << 30  # the Flate bomb's content stream inflates to 1 GiB
IMAGE_SIDE = 100_000  # the image bomb is IMAGE_SIDE × IMAGE_SIDE pixels
NESTING = 100_000
HTML_TEXT = ['<script>alert("plandigit")</script>', '<img src=x onerror="alert(1)">',
             "</td></tr></table><b>Mål: 100 mnkr</b>"]
_STREAM = re.compile(rb"stream\r?\n(.*?)endstream", re.S)


# ---------------------------------------------------------------- damaged copies


def byteflip(data: bytes, rng: random.Random, flips: int = 12) -> bytes:
    """Flip one random bit in ``flips`` random bytes inside stream data."""
    spans = [m.span(1) for m in _STREAM.finditer(data) if m.end(1) - m.start(1) > 16]
    out = bytearray(data)
    for _ in range(flips):
        start, end = rng.choice(spans)
        i = rng.randrange(start, end)
        out[i] ^= 1 << rng.randrange(8)
    return bytes(out)


def zeroed(data: bytes, rng: random.Random) -> bytes:
    """Zero a run of 256–4096 bytes somewhere after the header."""
    n = rng.randrange(256, 4096)
    start = rng.randrange(64, len(data) - n)
    return data[:start] + b"\0" * n + data[start + n:]


def fake_eof(data: bytes, rng: random.Random) -> bytes:
    """Cut the file at 30–90 % and end it with a fake ``%%EOF``."""
    cut = rng.randrange(len(data) * 3 // 10, len(data) * 9 // 10)
    return data[:cut] + b"\n%%EOF\n"


def xref_garbage(data: bytes, rng: random.Random) -> bytes:
    """Overwrite the cross-reference table (``xref`` … ``trailer``) with random bytes."""
    start = data.rindex(b"\nxref\n") + 1
    end = data.index(b"trailer", start)
    return data[:start] + bytes(rng.randrange(256) for _ in range(end - start)) + data[end:]


def shuffled(data: bytes, rng: random.Random, chunk: int = 4096) -> bytes:
    """Keep the first 4 KiB, shuffle the other 4 KiB chunks."""
    chunks = [data[i:i + chunk] for i in range(chunk, len(data), chunk)]
    rng.shuffle(chunks)
    return data[:chunk] + b"".join(chunks)


DAMAGE = {"byteflip": byteflip, "zeroed": zeroed, "fake_eof": fake_eof, "xref_garbage": xref_garbage,
          "shuffled": shuffled}


# ---------------------------------------------------------------- hand-written PDFs


def write_pdf(path: Path, objects: Sequence[bytes], root: int = 1) -> Path:
    """A PDF whose object ``n`` (1-based) is ``objects[n - 1]``, with a correct xref."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, root, xref)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(bytes(out))
    return path


def stream(dictionary: bytes, data: bytes) -> bytes:
    return b"<< " + dictionary + b" /Length %d >>\nstream\n" % len(data) + data + b"\nendstream"


_FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
_TEXT = b"BT /F1 12 Tf 72 770 Td (Verksamhetsplan 2024) Tj ET\n"


def _one_page(path: Path, content: bytes, resources: bytes = b"", extra: bytes = b"", font: bytes = _FONT) -> Path:
    return write_pdf(path, [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> " + resources + b">> " + extra + b">>",
        content,
        font,
    ])


def _deflate_repeated(unit: bytes, total: int, prefix: bytes = b"") -> bytes:
    """zlib data inflating to ``prefix`` then ``total`` bytes of ``unit``
    repeated (``total`` a multiple of 1 MiB).  Cheap to build: after a full flush the compressor starts
    afresh, so every further identical 1 MiB block compresses to the same
    bytes, computed once; the checksum is computed over what they inflate to."""
    block = unit * max(1, (1 << 20) // len(unit))
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)  # raw deflate: header and checksum added here
    out = [b"\x78\xda", comp.compress(prefix + block) + comp.flush(zlib.Z_FULL_FLUSH)]
    again = comp.compress(block) + comp.flush(zlib.Z_FULL_FLUSH)
    checksum = zlib.adler32(prefix + block)
    produced = len(block)
    while produced + len(block) <= total:
        out.append(again)
        checksum = zlib.adler32(block, checksum)
        produced += len(block)
    out.append(comp.flush())
    out.append(checksum.to_bytes(4, "big"))
    return b"".join(out)


def flate_bomb(path: Path) -> Path:
    """One page whose content stream inflates to :data:`BOMB_BYTES` (text, then spaces)."""
    content = stream(b"/Filter /FlateDecode", _deflate_repeated(b" ", BOMB_BYTES, prefix=_TEXT))
    return _one_page(path, content)


def image_bomb(path: Path) -> Path:
    """One page drawing a :data:`IMAGE_SIDE` × :data:`IMAGE_SIDE` 1-bit image
    (1.25 GB of pixels, a few MB compressed)."""
    row_bytes = (IMAGE_SIDE + 7) // 8
    data = _deflate_repeated(b"\0", row_bytes * IMAGE_SIDE)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> /XObject << /Im1 6 0 R >> >> >>",
        stream(b"", _TEXT + b"q 595 0 0 842 0 0 cm /Im1 Do Q\n"),
        _FONT,
        stream(b"/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
               b"/BitsPerComponent 1 /Filter /FlateDecode" % (IMAGE_SIDE, IMAGE_SIDE), data),
    ]
    return write_pdf(path, objects)


def deep_nesting(path: Path) -> Path:
    """A page whose dictionary holds arrays nested :data:`NESTING` deep and whose
    content opens :data:`NESTING` graphics states."""
    nested = b"[" * NESTING + b"]" * NESTING
    content = stream(b"", _TEXT + b"q " * NESTING + b"\n")
    return _one_page(path, content, extra=b"/PieceInfo " + nested + b" ")


def page_tree_loop(path: Path) -> Path:
    """A page tree whose root lists itself among its kids (and a page)."""
    return write_pdf(path, [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        stream(b"", _TEXT),
        _FONT,
    ])


def html_text(path: Path) -> Path:
    """A born-digital page whose title and text are HTML and JavaScript."""
    return good_pdf(path, pages=1, title=HTML_TEXT[0], lines=HTML_TEXT)


def font_without_bbox(path: Path) -> Path:
    """A page set in a font whose descriptor lacks /FontBBox (pdfminer logs a warning)."""
    return _one_page(path, stream(b"", _TEXT), font=b"<< /Type /Font /Subtype /Type1 /BaseFont /Foo "
                     b"/FontDescriptor << /Type /FontDescriptor /FontName /Foo /Flags 32 >> >>")


def damaged_cmap(path: Path) -> Path:
    """Two pages set in a Type0 font whose ToUnicode CMap has a broken
    CIDSystemInfo dictionary: pdfminer raises on both, pdfium reads them."""
    from hostile import type0_pdf

    return type0_pdf(path, [[(72, 72, "Verksamhetsplan 2024"), (72, 100, "Nämnden ska minska kostnaderna.")],
                            [(72, 72, "Mål och åtgärder")]], damaged_pages=(1, 2))


def null_box(path: Path) -> Path:
    """A good PDF whose page tree hands every page a CropBox holding null:
    pdfminer cannot list the pages, pdfium reads them."""
    from hostile import null_box_pdf

    good = good_pdf(path.with_name(f"{path.stem}-source.tmp.pdf"), pages=2)
    try:
        return null_box_pdf(path, good)
    finally:
        good.unlink()


HOSTILE = {"flate_bomb": flate_bomb, "image_bomb": image_bomb, "deep_nesting": deep_nesting,
           "page_tree_loop": page_tree_loop, "html_text": html_text, "damaged_cmap": damaged_cmap,
           "null_box": null_box}


def build_corpus(root: Path, seed: int = 13, copies: int = 2, sample: Path = SAMPLE) -> dict[str, Path]:
    """Write the corpus into ``root``; returns name → path (``<kind>_<n>`` for
    damaged copies, the :data:`HOSTILE` names for the others)."""
    root.mkdir(parents=True, exist_ok=True)
    data = sample.read_bytes()
    rng = random.Random(seed)
    files: dict[str, Path] = {}
    for kind in DAMAGE_KINDS:
        for n in range(copies):
            name = f"{kind}_{n}"
            files[name] = root / f"{name}.pdf"
            files[name].write_bytes(DAMAGE[kind](data, rng))
    for name, build in HOSTILE.items():
        files[name] = build(root / f"{name}.pdf")
    return files

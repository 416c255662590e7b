"""The soak's archive: a seeded folder of ``n`` inputs of every kind an archive holds.

Born-digital PDFs of every producer in the repository (the generator's
samples, LibreOffice, Chromium, the layout variants, the test PDFs), page
slices of the scanned samples (a few, OCR is slow), damaged mutants of them
(the builders of ``tests/hostile.py`` and ``tests/hostile_corpus.py``: byte
flips, zeroed runs, fake ``%%EOF``, garbage over the xref, shuffled chunks,
truncation, half files, garbage bodies; plus a header removed), the
hand-written hostile files (bombs, loops, damaged CMap, null boxes),
duplicates under other names, non-PDFs (text, PNG, empty files) and one
long born-digital document of ``big_pages`` pages (sample pages concatenated
with pikepdf).  The same seed gives the same files.  Used by ``bench/soak.py``.
"""

from __future__ import annotations

import io
import random
import shutil
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pikepdf

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

import hostile  # noqa: E402  (tests/hostile.py: the repository's builders of bad inputs)
import hostile_corpus  # noqa: E402

BIG_NAME = "000-big.pdf"  # sorts first: the longest file starts first


def producer_groups() -> dict[str, list[Path]]:
    """Born-digital PDFs in the repository, by producer (empty groups left out)."""
    groups = {
        "generator": sorted(p for p in (REPO / "samples").glob("*.pdf")),
        "libreoffice": sorted((REPO / "samples" / "libreoffice").glob("*.pdf")),
        "chromium": sorted((REPO / "samples" / "chromium").glob("*.pdf")),
        "layout-variants": sorted((REPO / "samples" / "layouts" / "variants").glob("*.pdf")),
        "tests-data": sorted((REPO / "tests" / "data").rglob("*.pdf")),
    }
    return {k: v for k, v in groups.items() if v}


def page_count(path: Path) -> int:
    with pikepdf.open(path) as pdf:
        return len(pdf.pages)


def slice_pdf(source: Path, dest: Path, start: int, count: int) -> Path:
    """Pages ``start``… (0-based, ``count`` of them) of ``source`` as a new PDF."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    with pikepdf.open(source) as src, pikepdf.new() as out:
        out.pages.extend(src.pages[start:start + count])
        out.save(dest, deterministic_id=True)
    return dest


def long_pdf(dest: Path, pages: int, sources: list[Path]) -> Path:
    """A born-digital document of ``pages`` pages: the ``sources`` one after another, repeated."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    opened = [pikepdf.open(s) for s in sources]
    try:
        with pikepdf.new() as out:
            i = 0
            while len(out.pages) < pages:
                src = opened[i % len(opened)]
                out.pages.extend(src.pages[:pages - len(out.pages)])
                i += 1
            out.save(dest, deterministic_id=True)
    finally:
        for pdf in opened:
            pdf.close()
    return dest


def no_header(path: Path, source: Path) -> Path:
    """``source`` without its first line (the ``%PDF-1.x`` header)."""
    data = source.read_bytes()
    path.write_bytes(data[data.index(b"\n") + 1:])
    return path


def _mutate(kind: str, path: Path, source: Path, rng: random.Random) -> Path:
    if kind in hostile_corpus.DAMAGE:
        path.write_bytes(hostile_corpus.DAMAGE[kind](source.read_bytes(), rng))
        return path
    build = {"truncated": hostile.truncated_pdf, "half": hostile.half_pdf, "garbage_body": hostile.corrupt_pdf,
             "no_header": no_header}[kind]
    return build(path, source)


OCR_PRONE = ("byteflip", "zeroed", "shuffled")
MUTATIONS = (*hostile_corpus.DAMAGE_KINDS, "truncated", "half", "garbage_body", "no_header")


@dataclass
class Archive:
    root: Path
    kinds: dict[str, str] = field(default_factory=dict)  # relative path → kind
    pages: dict[str, int] = field(default_factory=dict)  # relative path → pages (readable PDFs)
    big: str = BIG_NAME

    def add(self, path: Path, kind: str) -> None:
        self.kinds[path.relative_to(self.root).as_posix()] = kind

    def composition(self) -> Counter:
        return Counter(k.split(":")[0] for k in self.kinds.values())


def _png(path: Path, rng: random.Random) -> Path:
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (400, 300), (255, 255, 255))
    ImageDraw.Draw(img).text((20, 20 + rng.randrange(200)), "Verksamhetsplan 2024 (bild)", fill=(0, 0, 0))
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    path.write_bytes(buf.getvalue())
    return path


def build_archive(root: Path, n: int = 500, big_pages: int = 1000, seed: int = 1) -> Archive:
    """Write ``n`` inputs under ``root`` (see the module docstring)."""
    rng = random.Random(seed)
    root.mkdir(parents=True, exist_ok=True)
    arc = Archive(root)
    groups = producer_groups()
    every = [p for paths in groups.values() for p in paths]
    big_sources = [p for g in ("generator", "libreoffice", "chromium") for p in groups.get(g, [])
                   if "badlayer" not in p.name]
    # 1. the long document
    long_pdf(root / BIG_NAME, big_pages, big_sources)
    arc.add(root / BIG_NAME, f"big:{big_pages}p")
    # 2. originals: one of each producer at least, up to a fifth of n
    originals = [rng.choice(paths) for paths in groups.values()]
    rest = [p for p in every if p not in originals]
    rng.shuffle(rest)
    originals += rest[:max(0, min(len(rest), n // 5 - len(originals)))]
    group_of = {p: g for g, paths in groups.items() for p in paths}
    pages = {p: page_count(p) for p in every}
    small = [p for p in every if pages[p] <= 5]
    tiny = [p for p in every if pages[p] <= 2]
    for src in originals:
        dest = root / "born-digital" / group_of[src] / src.relative_to(src.parent.parent).as_posix().replace("/", "__")
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(src, dest)
        arc.add(dest, f"born-digital:{group_of[src]}")
    # 3. scans: 2-page slices of the scanned samples (OCR at seconds a page: a few only)
    scans = sorted((REPO / "samples" / "scanned").glob("*.pdf"))
    for i in range(max(1, n // 80) if scans else 0):
        src = scans[i % len(scans)]
        start = rng.randrange(page_count(src) - 1)
        dest = slice_pdf(src, root / "scanned" / f"{src.stem}-p{start + 1}.pdf", start, 2)
        arc.add(dest, "scan")
    # 4. the hand-written hostile files (all when n allows, else the two pdfium reads past and a bomb)
    hostile_names = list(hostile_corpus.HOSTILE) if n >= 100 else ["damaged_cmap", "null_box", "flate_bomb"]
    for name in hostile_names:
        dest = hostile_corpus.HOSTILE[name](root / "hostile" / f"{name}.pdf")
        arc.add(dest, f"hostile:{name}")
    # 5. the rest: damaged mutants, duplicates, non-PDFs
    left = n - len(arc.kinds)
    n_damaged, n_dupes = left * 45 // 100, left * 35 // 100
    n_other = left - n_damaged - n_dupes
    done = 0
    while done < n_damaged:
        kind = MUTATIONS[done % len(MUTATIONS)]
        # flipped, zeroed or shuffled content is often OCR'd (seconds a page): short sources for those;
        # one mutant in ten of the long samples otherwise
        src = rng.choice(tiny if kind in OCR_PRONE else small if rng.random() < 0.9 else every)
        dest = root / "damaged" / kind / f"{done:04d}-{src.stem}.pdf"
        dest.parent.mkdir(parents=True, exist_ok=True)
        try:
            _mutate(kind, dest, src, rng)
        except ValueError:  # no xref table / no literal catalog in this producer's file: another source
            dest.unlink(missing_ok=True)
            continue
        arc.add(dest, f"damaged:{kind}")
        done += 1
    pool = [root / rel for rel, kind in arc.kinds.items() if kind.split(":")[0] in ("born-digital", "damaged")]
    pool_small = [p for p in pool if p.stat().st_size < 300_000]
    for i in range(n_dupes):
        src = rng.choice(pool_small)
        dest = root / "copies" / f"{i % 7}" / f"kopia-{i:04d}-{rng.randrange(10**6):06d}.pdf"
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(src, dest)
        arc.add(dest, "duplicate")
    for i in range(n_other):
        folder = root / "other"
        kind = ("text", "png", "empty", "text_as_pdf", "png_as_pdf")[i % 5]
        if kind == "text":
            dest = folder / f"anteckning-{i:04d}.txt"
            folder.mkdir(parents=True, exist_ok=True)
            dest.write_text(f"Anteckning {i}: protokoll från nämndens sammanträde.\n" * rng.randrange(1, 50),
                            encoding="utf-8")
        elif kind == "png":
            folder.mkdir(parents=True, exist_ok=True)
            dest = _png(folder / f"bild-{i:04d}.png", rng)
        elif kind == "empty":
            dest = hostile.empty_file(folder / f"tom-{i:04d}{rng.choice(['.pdf', '.txt', ''])}")
        elif kind == "text_as_pdf":
            dest = hostile.text_as_pdf(folder / f"text-{i:04d}.pdf")
        else:
            folder.mkdir(parents=True, exist_ok=True)
            dest = _png(folder / f"bild-{i:04d}.pdf", rng)
        arc.add(dest, f"non-pdf:{kind}")
    return arc

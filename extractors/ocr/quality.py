"""Judging a PDF text layer: keep it, or OCR the page instead (pure functions).

Swedish text betrays a poor OCR layer (Tesseract run without Swedish data, as in
seed 003) by a few cheap signals:

* **missing å/ä/ö** — Swedish prose has about 4–5 % å/ä/ö among its letters
  (measured on seeds 001/002/004: 5.1 %, 5.2 %, 5.0 % overall; the poorest
  800-letter window 1.9 %, the 10th percentile 3.8 %).  A long text with none
  is almost certainly damaged.
* **lost-diacritic words** — words missing from the wordlist whose å/ä/ö-
  restored form *is* in it ("forvaltning" → "förvaltning").
* **non-words** — tokens of an impossible shape ("0kat", "fér", "Iangsiktiga").
* **digit/letter confusions** — "2O23", "l0", "5O,1".
* **pipes standing for rulings** — "|" is rare in born-digital plans.
* **unmapped glyphs** — "(cid:12)" or U+FFFD from a font without a Unicode
  map: the layer cannot be read, the page image can.

The wordlist (``data/sv_words.txt``) is built from seeds 001/002/004 by
:func:`build_wordlist` (never from 003, the damaged one).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Literal, Optional

from extractors.text.wordlist import WORDLIST_PATH, listed_words

# expected share of å/ä/ö among letters of Swedish prose (conservative: the
# seeds give 5 %; we expect 4 % so that short or name-heavy pages do not trip)
EXPECTED_DIACRITIC_SHARE = 0.04
# judge diacritics only when this many are expected (0 of 8 expected happens
# with Poisson probability e^-8 ≈ 0.03 %)
MIN_EXPECTED_DIACRITICS = 8.0
# flagged when fewer than this fraction of the expected å/ä/ö are present
DIACRITIC_FLOOR = 0.2
# share of checked tokens that may be non-words before the layer is poor
MAX_NONWORD_SHARE = 0.25
MIN_TOKENS_FOR_SHARE = 25
# lost-diacritic words: absolute count and share of word tokens
MIN_LOST_DIACRITIC_WORDS = 5
LOST_DIACRITIC_SHARE = 0.05
MIN_CONFUSIONS = 3
MIN_PIPES = 4
# glyphs a broken font encoding leaves without text (pdfminer's "(cid:12)")
MIN_UNMAPPED = 5
# fewer word characters than this = no usable text layer
MIN_TEXT_CHARS = 3
# a page mostly covered by an image with little text (a scan with a stamp or a
# page number as text) is OCR'd
SCAN_IMAGE_COVER = 0.5
SCAN_MAX_CHARS = 100

_DIACRITICS = set("åäöÅÄÖ")
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*", re.UNICODE)
_TOKEN = re.compile(r"\S+")
# digit/letter mix typical of OCR: O or o or l or I between/next to digits
_CONFUSION = re.compile(r"^(?=.*\d)(?=.*[OoIl])[\dOoIl]+(?:[,.][\dOoIl]+)?%?$")
_VOWELS = set("aeiouyåäöéüAEIOUYÅÄÖÉÜ")

Source = Literal["pdf", "ocr"]
OcrMode = Literal["auto", "always", "never"]


@dataclass(frozen=True)
class Lexicon:
    """A set of known lower-case words, and the same words keyed by their
    form with å/ä/ö stripped (to recognise lost diacritics)."""

    words: frozenset[str]
    by_stripped: dict[str, str]

    @classmethod
    def from_words(cls, words: Iterable[str]) -> "Lexicon":
        ws = frozenset(w.lower() for w in words if w)
        stripped = {}
        for w in sorted(ws):
            s = strip_diacritics(w)
            if s != w and s not in ws:
                stripped.setdefault(s, w)
        return cls(words=ws, by_stripped=stripped)

    def __contains__(self, word: str) -> bool:
        return word.lower() in self.words


@dataclass(frozen=True)
class QualitySignals:
    """Counts measured on a page's text layer."""

    chars: int  # non-space characters
    letters: int
    diacritics: int  # å/ä/ö letters
    tokens: int  # whitespace-separated tokens
    words_checked: int  # alphabetic tokens of >= 3 letters
    nonwords: int  # impossible shapes
    lost_diacritics: int  # unknown words whose å/ä/ö-restored form is known
    confusions: int  # digit/letter mixes like "2O23"
    pipes: int
    unmapped: int = 0  # glyphs without Unicode: "(cid:12)" or U+FFFD
    examples: tuple[str, ...] = ()

    @property
    def expected_diacritics(self) -> float:
        return self.letters * EXPECTED_DIACRITIC_SHARE


@dataclass(frozen=True)
class LayerDecision:
    """Which text source a page uses, and why (the reason is user-facing)."""

    source: Source
    reason: str
    replaced_layer: bool = False  # a text layer existed but was judged poor
    signals: Optional[QualitySignals] = None


def strip_diacritics(text: str) -> str:
    """'förvaltning' → 'forvaltning' (å/ä/ö and other accents removed)."""
    norm = unicodedata.normalize("NFKD", text)
    return "".join(c for c in norm if not unicodedata.combining(c))


def build_wordlist(texts: Iterable[str], min_count: int = 1) -> list[str]:
    """Sorted lower-case words of ``texts`` (HTML tags and line-end hyphenation
    removed) occurring at least ``min_count`` times."""
    counts: dict[str, int] = {}
    for text in texts:
        t = re.sub(r"<[^>]+>", " ", text)
        t = re.sub(r"(\w)-[ \t]*\n[ \t]*(\w)", r"\1\2", t)
        for w in _WORD.findall(t):
            if len(w) >= 2 or w.lower() in {"i", "å", "ö"}:
                counts[w.lower()] = counts.get(w.lower(), 0) + 1
    return sorted(w for w, n in counts.items() if n >= min_count)


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    """The shipped Swedish wordlist (built from seeds 001/002/004)."""
    return Lexicon.from_words(listed_words())


def looks_like_nonword(word: str) -> bool:
    """Shape heuristics for OCR garbage in an alphabetic token: digits inside,
    odd capitals inside, no vowel in a long word, or long consonant runs."""
    if any(c.isdigit() for c in word):
        return True
    core = word.strip("-'’")
    if len(core) < 3:
        return False
    # capitals after a lower-case letter ("fOrvaltning"), but not "IT-stöd"/"NIS"
    if re.search(r"[a-zåäö][A-ZÅÄÖ]", core) and not core.isupper():
        parts = re.split(r"[-]", core)
        if not all(p.isupper() or p[:1].isupper() and p[1:].islower() or p.islower() for p in parts):
            return True
    if len(core) >= 4 and not any(c in _VOWELS for c in core) and not core.isupper():
        return True
    if re.search(r"[bcdfghjklmnpqrstvwxz]{6,}", core.lower()):
        return True
    # capital I/l standing for a lower-case l at a word start ("Iangsiktiga")
    # (Swedish words start "In", "Id", "It" …, hardly ever "Ia", "Io", "Iä")
    if core[0] == "I" and len(core) > 3 and core[1:].islower() and core[1] in "aouåäöe":
        return True
    return False


def measure(text: str, lexicon: Optional[Lexicon] = None) -> QualitySignals:
    """Count the quality signals of ``text`` (one page's text layer)."""
    lex = lexicon or default_lexicon()
    letters = [c for c in text if c.isalpha()]
    tokens = _TOKEN.findall(text)
    words_checked = nonwords = lost = confusions = 0
    examples: list[str] = []
    for tok in tokens:
        if _CONFUSION.match(tok.strip("().,:;")):
            confusions += 1
            if len(examples) < 6:
                examples.append(tok)
            continue
        bare = tok.strip("().,:;!?\"”“'’*[]{}")
        if len(bare) < 3 or not any(c.isalpha() for c in bare):
            continue
        if re.fullmatch(r"[^\W_]+(?:[-'’][^\W_]+)*", bare) is None:
            # punctuation mixed into a word ("et?", "l&n", "n&mnden")
            if re.search(r"[a-zåäöA-ZÅÄÖ][&?@#$£{}\\][a-zåäö]", bare):
                nonwords += 1
                words_checked += 1
                if len(examples) < 6:
                    examples.append(bare)
            continue
        words_checked += 1
        low = bare.lower()
        if low in lex.words:
            continue
        if not any(c in _DIACRITICS for c in low) and low in lex.by_stripped:
            lost += 1
            if len(examples) < 6:
                examples.append(bare)
            continue
        if looks_like_nonword(bare):
            nonwords += 1
            if len(examples) < 6:
                examples.append(bare)
    return QualitySignals(
        chars=sum(1 for c in text if not c.isspace()),
        letters=len(letters),
        diacritics=sum(1 for c in letters if c in _DIACRITICS),
        tokens=len(tokens),
        words_checked=words_checked,
        nonwords=nonwords,
        lost_diacritics=lost,
        confusions=confusions,
        pipes=text.count("|"),
        unmapped=len(re.findall(r"\(cid:\d+\)", text)) + text.count("\ufffd"),
        examples=tuple(examples),
    )


def problems(sig: QualitySignals) -> list[str]:
    """Human-readable findings that make a text layer poor (empty = good)."""
    found: list[str] = []
    exp = sig.expected_diacritics
    if exp >= MIN_EXPECTED_DIACRITICS and sig.diacritics < exp * DIACRITIC_FLOOR:
        found.append(
            f"text layer lacks å/ä/ö ({sig.diacritics} in {_n(sig.letters)} letters, expected ~{_n(round(exp))})"
        )
    if sig.lost_diacritics >= MIN_LOST_DIACRITIC_WORDS and sig.lost_diacritics >= LOST_DIACRITIC_SHARE * max(
        sig.words_checked, 1
    ):
        found.append(f"{sig.lost_diacritics} of {sig.words_checked} words have lost their å/ä/ö")
    if sig.words_checked >= MIN_TOKENS_FOR_SHARE and sig.nonwords > MAX_NONWORD_SHARE * sig.words_checked:
        found.append(f"{sig.nonwords} of {sig.words_checked} words are non-words")
    if sig.confusions >= MIN_CONFUSIONS:
        found.append(f"{sig.confusions} digit/letter confusions")
    if sig.unmapped >= MIN_UNMAPPED:
        found.append(f"{sig.unmapped} glyphs without Unicode mapping ((cid:…) or U+FFFD)")
    if sig.pipes >= MIN_PIPES:
        found.append(f"{sig.pipes} '|' characters standing for rulings")
    return found


def judge_text(text: str, lexicon: Optional[Lexicon] = None, image_cover: float = 0.0) -> LayerDecision:
    """Decide for one page's text layer (``--ocr auto``). ``image_cover`` is
    the share of the page area covered by raster images (0..1)."""
    sig = measure(text, lexicon)
    if sig.chars < MIN_TEXT_CHARS:
        return LayerDecision("ocr", "no text layer", replaced_layer=False, signals=sig)
    if image_cover >= SCAN_IMAGE_COVER and sig.chars < SCAN_MAX_CHARS:
        return LayerDecision(
            "ocr",
            f"page is a {image_cover:.0%} image with only {sig.chars} characters of text",
            replaced_layer=True,
            signals=sig,
        )
    found = problems(sig)
    if found:
        ex = f" (e.g. {', '.join(repr(e) for e in sig.examples[:3])})" if sig.examples else ""
        return LayerDecision("ocr", "; ".join(found) + ex, replaced_layer=True, signals=sig)
    return LayerDecision("pdf", "text layer looks sound", signals=sig)


def decide(
    text: str, mode: OcrMode = "auto", lexicon: Optional[Lexicon] = None, image_cover: float = 0.0
) -> LayerDecision:
    """The per-page decision under ``--ocr auto|always|never``."""
    if mode == "never":
        sig = measure(text, lexicon)
        reason = "ocr disabled (--ocr never)" + ("; no text layer" if sig.chars < MIN_TEXT_CHARS else "")
        return LayerDecision("pdf", reason, signals=sig)
    if mode == "always":
        sig = measure(text, lexicon)
        return LayerDecision("ocr", "--ocr always", replaced_layer=sig.chars >= MIN_TEXT_CHARS, signals=sig)
    return judge_text(text, lexicon, image_cover)


def _n(value: int) -> str:
    """Swedish thousands grouping: 1240 → '1 240'."""
    return f"{value:,}".replace(",", " ")


if __name__ == "__main__":  # regenerate the shipped wordlist from the seeds
    import sys

    seeds = [Path(p) for p in sys.argv[1:]]
    words = build_wordlist(p.read_text(encoding="utf-8") for p in seeds)
    WORDLIST_PATH.write_text("\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} words → {WORDLIST_PATH}")

"""Cue matching: what a block of text announces, with spaCy rules.

One rule set (a ``spacy.blank("sv")`` tokenizer and a :class:`spacy.matcher.Matcher`)
covers the printed forms of the cues and their case, spacing and OCR variants:

=====================  ===================================================
kind                   printed forms
=====================  ===================================================
goal                   "Mål: …", "Effektmål 9. …", "Målsättning nr 10: …",
                       "Nämndmål: …"; OCR: "Mal:", "Malsattning nr 7:"
assignment             "Uppdrag: …", "Uppdrag: Nr 51. …",
                       "Uppdrag: Nämnduppdrag: …"
indicator              "Indikator: …", "Styrtal: …" (one item on its line)
activity               "Aktivitet: …"
indicators_heading     "Indikatorer", "Styrtal" (a block of its own)
activities_heading     "Aktiviteter"
assignments_heading    "Uppdrag", "Nämndens uppdrag"
strategies_heading     "Strategier för kvalitet och utveckling"
comment                "Kommentar …" / "Kommentar: …"
=====================  ===================================================

Headings that open a level of the printed hierarchy (:func:`heading_cue`):
"Perspektiv: Process" → ``perspective``, "Strategi: Digitalisering" →
``strategy_area`` (also "Perspektiv Process", OCR's "Perspektlv:").

Matching works on a folded form of each token (lower case, å/ä → a, ö → o,
OCR look-alikes 0 → o inside words), stored as the token's ``norm_``;
long cue words are matched fuzzily (one edit), so "Malsättnlng" still counts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal, Optional

import spacy
from spacy.matcher import Matcher
from spacy.tokens import Doc
from extractors.text.folding import fold_token

CueKind = Literal[
    "goal",
    "assignment",
    "indicator",
    "activity",
    "indicators_heading",
    "activities_heading",
    "assignments_heading",
    "strategies_heading",
    "comment",
]


@dataclass(frozen=True)
class Cue:
    kind: CueKind
    cue: str  # the printed cue, e.g. "Effektmål 9."
    rest: str  # the text after the cue
    number: Optional[str] = None  # "9", "10", "51"


def _num(op: str = "") -> dict:
    d: dict = {"LIKE_NUM": True}
    if op:
        d["OP"] = op
    return d


_PUNCT_OPT = {"ORTH": {"IN": [":", "."]}, "OP": "?"}
_COLON = {"ORTH": {"IN": [":", ";"]}}

_PATTERNS: dict[str, list[list[dict]]] = {
    "goal": [
        [{"NORM": {"IN": ["mal", "mai", "ma1", "namndmal", "verksamhetsmal", "delmal", "malomrade"]}}, _COLON],
        [{"NORM": {"FUZZY1": "effektmal"}}, _num(), _PUNCT_OPT],
        [{"NORM": {"FUZZY1": "malsattning"}}, {"NORM": {"IN": ["nr", "nr.", "nummer"]}, "OP": "?"}, _num(), _PUNCT_OPT],
    ],
    "assignment": [
        [{"NORM": {"FUZZY1": "uppdrag"}}, _COLON],
        [{"NORM": {"FUZZY1": "uppdrag"}}, _COLON, {"NORM": {"IN": ["nr", "nr."]}}, _num(), _PUNCT_OPT],
        [{"NORM": {"FUZZY1": "uppdrag"}}, _COLON, {"NORM": {"FUZZY1": "namnduppdrag"}}, _COLON],
        [{"NORM": {"FUZZY1": "namnduppdrag"}}, _COLON],
    ],
    "comment": [[{"NORM": {"FUZZY1": "kommentar"}}, {"ORTH": ":", "OP": "?"}]],
    # an item announced on its own line: "Indikator: …", "Styrtal: …", "Aktivitet: …"
    "indicator": [[{"NORM": {"IN": ["indikator", "styrtal", "indikatorer"]}}, _COLON]],
    "activity": [[{"NORM": {"FUZZY1": "aktivitet"}}, _COLON]],
}

# cues that are a whole (short) block of their own
_HEADING_PATTERNS: dict[str, list[list[dict]]] = {
    "indicators_heading": [
        [{"NORM": {"FUZZY1": "indikatorer"}}, {"ORTH": ":", "OP": "?"}],
        [{"NORM": {"FUZZY1": "indikator"}}, {"ORTH": ":", "OP": "?"}],
        [{"NORM": "styrtal"}, {"ORTH": ":", "OP": "?"}],
    ],
    "activities_heading": [[{"NORM": {"FUZZY1": "aktiviteter"}}, {"ORTH": ":", "OP": "?"}]],
    "assignments_heading": [
        [{"NORM": {"FUZZY1": "uppdrag"}}, {"ORTH": ":", "OP": "?"}],
        [{"NORM": {"IN": ["namndens", "nämndens"]}}, {"NORM": {"FUZZY1": "uppdrag"}}],
    ],
}


@dataclass(frozen=True)
class HeadingCue:
    kind: Literal["perspective", "strategy_area"]
    cue: str  # as printed: "Perspektiv:", "Strategi:"
    rest: str  # "Process", "Digitalisering"


_HEADING_CUE = re.compile(r"^\s*(?P<cue>(?P<word>[^\W\d_]{7,11})\s*:?)\s+(?P<rest>\S.*)$", re.S)
_HEADING_WORDS = {"perspektiv": "perspective", "strategi": "strategy_area"}


def heading_cue(title: str) -> Optional[HeadingCue]:
    """The level a heading opens: "Perspektiv: Process" → perspective "Process";
    "Strategi: Digitalisering" → strategy_area "Digitalisering"; else None.
    The cue word is matched on its folded form with one OCR slip allowed; a
    heading that is a sentence (ends with ".") is none."""
    m = _HEADING_CUE.match(" ".join(title.split()))
    if m is None or m.group("rest").endswith("."):
        return None
    word = fold_token(m.group("word"))
    for known, kind in _HEADING_WORDS.items():
        if word == known or (len(word) == len(known) and sum(a != b for a, b in zip(word, known)) <= 1):
            if not m.group("cue").endswith(":") and word != known:
                return None
            return HeadingCue(kind=kind, cue=m.group("cue"), rest=m.group("rest").strip())  # type: ignore[arg-type]
    return None


class CueMatcher:
    """Finds the cue a text starts with. Build once, use for many texts."""

    def __init__(self) -> None:
        self.nlp = spacy.blank("sv")
        self.matcher = Matcher(self.nlp.vocab)
        for kind, patterns in _PATTERNS.items():
            self.matcher.add(kind, patterns)
        self.heading_matcher = Matcher(self.nlp.vocab)
        for kind, patterns in _HEADING_PATTERNS.items():
            self.heading_matcher.add(kind, patterns)

    def _doc(self, text: str) -> Doc:
        doc = self.nlp.make_doc(text)
        for tok in doc:
            tok.norm_ = fold_token(tok.text)
        return doc

    def match(self, text: str) -> Optional[Cue]:
        """The cue at the very start of ``text`` (longest match), or None."""
        text = " ".join(text.split())
        if not text:
            return None
        doc = self._doc(text)
        heading = self._heading(doc)
        if heading:
            return heading
        best = None
        for match_id, start, end in self.matcher(doc):
            if start != 0:
                continue
            if best is None or end > best[2]:
                best = (match_id, start, end)
        if best is None:
            return None
        kind = self.nlp.vocab.strings[best[0]]
        span = doc[best[1] : best[2]]
        rest = text[span.end_char :].lstrip(" :;.-–").strip()
        numbers = [t.text for t in span if t.like_num]
        return Cue(kind=kind, cue=span.text, rest=rest, number=numbers[-1] if numbers else None)

    def opens_item(self, line_text: str) -> bool:
        """Whether a printed line begins an item ("Mål: …", "Uppdrag: Nr 5. …"),
        so that it cannot be the continuation of the paragraph above it."""
        cue = self.match(line_text)
        return cue is not None and cue.kind in ("goal", "assignment", "indicator", "activity") and bool(cue.rest)

    def _heading(self, doc: Doc) -> Optional[Cue]:
        words = [t for t in doc if not t.is_punct]
        if not words:
            return None
        # "Strategier för kvalitet och utveckling": a short title, not a sentence
        if fold_token(words[0].text) in ("strategier", "strategi") and len(words) > 1 and fold_token(words[1].text) == "for":
            if len(words) <= 12 and not doc.text.rstrip().endswith("."):
                return Cue(kind="strategies_heading", cue=doc.text, rest=doc.text)
        for match_id, start, end in self.heading_matcher(doc):
            if start == 0 and all(t.is_punct for t in doc[end:]):
                return Cue(kind=self.nlp.vocab.strings[match_id], cue=doc.text, rest="")
        return None

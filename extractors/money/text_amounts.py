"""Money amounts in running text ("76 miljoner kronor", "ca 1 500 Mnkr",
"375 tkr"), found with the spaCy tokenizer and a token ``Matcher``.

Only a number followed by a money unit is an amount: percentages, counts
("138 642 st"), years and year ranges, dates, law references ("lag (2018:1174)",
"6 kap. 6 §"), account and phone numbers and page references carry no money
unit and are never reported; nor is a year after "Budget"/"Utfall"/"år" in a
flattened header line ("Utfall 2021 mnkr").  A bare "76 miljoner" counts only
when the same or the previous sentence is about money.  Rates ("kr/kvm", "kr per
timme") are not amounts; "5 mnkr per år" is.  Thousands groups may wrap onto
the next line; a wider gap (a table column) never joins them.  In running text
parentheses are asides, not negatives.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Optional

import spacy
from spacy.symbols import ORTH
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span
from spacy.util import compile_suffix_regex, filter_spans

from models.contract import Amount

from extractors.money.amounts import normalise_chars, parse_number, unit_factor
from extractors.text.folding import fold


@dataclass(frozen=True)
class TextAmount:
    """One amount found in running text; ``start``/``end`` are character offsets
    of ``raw`` in the text given to :func:`find_amounts`."""

    raw: str
    value_mnkr: Decimal
    start: int
    end: int
    sentence: str
    qualifier: Optional[str] = None  # "ca", "drygt", "knappt", ... when printed

    def to_contract(self, page: int) -> Amount:
        """The contract's ``amounts[]`` entry (value as float, sentence as context)."""
        return Amount(raw=_collapse(self.raw), value_mnkr=float(self.value_mnkr), page=page,
                      context=self.sentence)


_UNIT_WORDS = {
    "mnkr": ("mnkr", "mkr", "msek", "mnrk", "mn.kr", "mnkr.", "mkr.", "rnnkr", "rnkr"),  # "rn": OCR for "m"
    "tkr": ("tkr", "tsek", "ksek", "tkr."),
    "kr": ("kr", "kronor", "kr."),
    "mdkr": ("mdkr", "mdr", "mdkr."),
}
_MILLION = ("miljon", "miljoner", "milj.", "milj", "mn")
_BILLION = ("miljard", "miljarder", "mdr", "md")
_KRONOR = ("kronor", "kr", "kr.")
_QUALIFIERS = frozenset({
    "ca", "ca.", "cirka", "drygt", "knappt", "nästan", "omkring", "ungefär", "runt",
    "över", "under", "minst", "högst", "maximalt", "max", "uppemot", "närmare", "c:a",
})
# Words (folded prefixes) that make a sentence about money, for bare "N miljoner".
_MONEY_WORD_PREFIXES = (
    "kronor", "budget", "kostnad", "intakt", "besparing", "overskott", "underskott",
    "resultat", "investering", "atgardskrav", "besparingskrav", "aterbetalning", "ersattning",
    "omsattning", "anslag", "ram", "underhall", "utgift", "finansiering",
)
# After a bare "miljoner" only these may follow (else "2 miljoner invånare" ...).
_AFTER_BARE = frozenset({"och", "samt", "eller", "i", "till", "för", "mot", "jämfört", "från", "under"})

# "Utfall 2021 mnkr" (a flattened table header): a year after these words is no amount
_YEAR_WORDS = frozenset({
    "budget", "prognos", "utfall", "år", "året", "årets", "bokslut", "plan", "period", "vp", "vb",
    "budgetår", "helår", "delår", "verksamhetsår", "räkenskapsår", "januari", "februari", "mars", "april",
    "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december",
})

_PER_PERIOD = frozenset({"år", "året", "år.", "månad", "månaden", "helår", "kvartal"})

_NUM_ANY = {"TEXT": {"REGEX": r"^[-+]?\d+(,\d+)?$"}}
_NUM_HEAD = {"TEXT": {"REGEX": r"^[-+]?\d{1,3}$"}}
_NUM_GROUP = {"TEXT": {"REGEX": r"^\d{3}(,\d+)?$"}}
_SPACE = {"IS_SPACE": True, "OP": "?"}


def _unit_patterns() -> dict[str, list[list[dict]]]:
    """Token patterns for the unit part, by match key."""
    def words(ws):
        return {"LOWER": {"IN": list(ws)}}

    return {
        "mnkr": [[words(_UNIT_WORDS["mnkr"])], [words(_MILLION), _SPACE, words(_KRONOR)]],
        "tkr": [[words(_UNIT_WORDS["tkr"])], [{"LOWER": "tusen"}, words(_KRONOR)]],
        "kr": [[words(_UNIT_WORDS["kr"])], [{"TEXT": "SEK"}]],  # "sek" is sekunder
        "mdkr": [[words(_UNIT_WORDS["mdkr"])], [words(_BILLION), _SPACE, words(_KRONOR)]],
        "bare_mnkr": [[{"LOWER": {"IN": ["miljon", "miljoner"]}}]],
        "bare_mdkr": [[{"LOWER": {"IN": ["miljard", "miljarder"]}}]],
    }


def _build_nlp():
    nlp = spacy.blank("sv")
    # split units glued to the number: "75,8mnkr" -> "75,8" "mnkr"
    glued = r"(?<=[0-9])(?:mnkr|mkr|msek|tkr|mdkr|kr)"
    nlp.tokenizer.suffix_search = compile_suffix_regex([glued, *nlp.Defaults.suffixes]).search
    # abbreviations before amounts must not end a sentence ("ca. 76 miljoner kronor")
    for abbreviation in ("ca.", "Ca.", "inkl.", "exkl.", "resp.", "milj.", "tot.", "Tot."):
        nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
    nlp.add_pipe("sentencizer")
    return nlp


class AmountFinder:
    """Holds the spaCy pipeline and Matcher; :meth:`find` is pure given them."""

    def __init__(self) -> None:
        self.nlp = _build_nlp()
        self.matcher = Matcher(self.nlp.vocab)
        for key, unit_pats in _unit_patterns().items():
            patterns = []
            for unit_pat in unit_pats:
                for groups in range(1, 5):  # "1 500", "1 234 567", ... possibly wrapped
                    patterns.append([_NUM_HEAD, *[_SPACE, _NUM_GROUP] * groups, _SPACE, *unit_pat])
                patterns.append([_NUM_ANY, _SPACE, *unit_pat])
            self.matcher.add(key, patterns, greedy="LONGEST")

    def find(self, text: str) -> list[TextAmount]:
        """All money amounts in ``text``, in text order."""
        doc = self.nlp(normalise_chars(text))
        spans = [Span(doc, s, e, label=key) for key, s, e in self.matcher(doc)]
        spans = sorted(filter_spans(spans), key=lambda sp: sp.start)
        found: list[tuple[Span, TextAmount]] = []
        for span in spans:
            amount = self._amount(text, doc, span)
            if amount is not None:
                found.append((span, amount))
        money_sents = {sp.sent.start for sp, _ in found if not sp.label_.startswith("bare_")}
        return [
            amount for span, amount in found
            if not span.label_.startswith("bare_") or self._bare_is_money(doc, span, money_sents)
        ]

    @staticmethod
    def _amount(text: str, doc: Doc, span: Span) -> Optional[TextAmount]:
        numbers = [t for t in span if re.fullmatch(r"[-+]?\d+(,\d+)?", t.text)]
        if not numbers:
            return None
        # thousands groups are one space apart, or wrapped onto the next line;
        # a wider gap is a column gap: keep only the groups after it
        first = len(numbers) - 1
        while first > 0 and _joins(doc.text[numbers[first - 1].idx + len(numbers[first - 1].text): numbers[first].idx]):
            first -= 1
        numbers = numbers[first:]
        nxt = doc[span.end] if span.end < len(doc) else None
        after = doc[span.end + 1] if span.end + 1 < len(doc) else None
        per_year = after is not None and after.lower_ in _PER_PERIOD
        if nxt is not None and (nxt.text.startswith("/") or (nxt.lower_ == "per" and not per_year)):
            return None  # a rate, "kr/kvm", "kr per timme" ("5 mnkr per år" is an amount)
        value = parse_number(" ".join(t.text for t in numbers))
        if value is None:
            return None
        before = doc[numbers[0].i - 1] if numbers[0].i > 0 else None
        if (len(numbers) == 1 and re.fullmatch(r"(19|20)\d\d", numbers[0].text)
                and before is not None and before.lower_ in _YEAR_WORDS):
            return None  # "Budget 2024 mnkr": a year in a header line
        unit = span.label_.removeprefix("bare_")
        prev = doc[numbers[0].i - 1] if numbers[0].i > 0 else None
        if prev is not None and prev.lower_ == "minus":
            value = -value
        qualifier = prev.text if prev is not None and prev.lower_ in _QUALIFIERS else None
        start, end = numbers[0].idx, span.end_char
        return TextAmount(
            raw=text[start:end],
            value_mnkr=value * unit_factor(unit),
            start=start,
            end=end,
            sentence=_collapse(text[span.sent.start_char: span.sent.end_char]),
            qualifier=qualifier,
        )

    @staticmethod
    def _bare_is_money(doc: Doc, span: Span, money_sents: set[int]) -> bool:
        nxt = doc[span.end] if span.end < len(doc) else None
        if nxt is not None and nxt.is_alpha and nxt.lower_ not in _AFTER_BARE:
            return False
        sent = span.sent
        previous = doc[sent.start - 1].sent if sent.start > 0 else None
        for s in (sent, previous):
            if s is None:
                continue
            if s.start in money_sents:
                return True
            if any(fold(t.text).startswith(_MONEY_WORD_PREFIXES) for t in s if t.is_alpha):
                return True
        return False


def _joins(gap: str) -> bool:
    """Whether two digit groups with ``gap`` between them form one number."""
    return gap == " " or (gap.count("\n") == 1 and not gap.strip())


def _collapse(text: str) -> str:
    """Line breaks and runs of ordinary blanks as one space (no-break spaces kept)."""
    return re.sub(r"[ \t\r\n\f\v]+", " ", text).strip()


@lru_cache(maxsize=1)
def default_finder() -> AmountFinder:
    """A shared finder (the pipeline and matcher are never mutated after build)."""
    return AmountFinder()


def find_amounts(text: str) -> list[TextAmount]:
    """Money amounts in running ``text`` with the sentence around each."""
    return default_finder().find(text)

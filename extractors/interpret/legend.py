"""Symbol legends ("Symbolförklaringar") and the status symbols they explain.

Reports print status as symbols and explain them in a legend of their own:

    Symbolförklaringar
    Indikatorer, status för perioden vid helår
    ● = helt
    ◆ = delvis
    ✓ = Avslutad   ⚠ = Ej genomförd

:func:`parse_entries` reads such lines into ``(symbol, meaning)`` pairs and a
:class:`Legend` holds the groups of one document.  A symbol means what the
document's legend says; the built-in meanings (``●◆■○``, ``✓⚠``, arrows) are
used only where the document prints no legend for that kind of symbol.  A
legend line whose symbol was not printed (a base-14 font without the glyph:
"= helt") is kept with an empty symbol and never matches anything.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Optional

_TITLE = re.compile(r"^(symbolf[öo]rklaring(ar)?|teckenf[öo]rklaring(ar)?|f[öo]rklaring(ar)? till symboler)\s*:?$", re.I)
# "<symbol> = <meaning>" repeated on one line; the symbol may be missing ("= helt")
_ENTRY = re.compile(r"(?:^|\s)(?P<sym>[^\w\s=]{0,2})\s*=\s*(?P<meaning>.+?)(?=\s+[^\w\s=]{1,2}\s*=|\s+=\s|$)")
_STATUS_WORDS = {"helt": "helt", "delvis": "delvis", "inte alls": "inte alls"}
# where a document prints no legend for a kind of symbol
BUILTIN_STATUS = {"●": "helt", "◆": "delvis", "■": "inte alls", "○": None}
BUILTIN_TREND = {"↗": "förbättrats", "↑": "förbättrats", "→": "oförändrat", "↘": "försämrats", "↓": "försämrats"}
BUILTIN_ACTION = {"✓": "Avslutad", "✔": "Avslutad", "⚠": "Ej genomförd"}
# glyph variants that stand for the same symbol (the heavy check mark beside the light one)
VARIANTS = {"✔": "✓", "✅": "✓", "☑": "✓", "\u26a0\ufe0f": "⚠"}


def is_symbol(ch: str) -> bool:
    """A status/trend glyph: a non-ASCII symbol character (● ◆ ■ ○ ✓ ⚠ → ↗), not ``<``/``>``."""
    return ord(ch) > 0x7F and unicodedata.category(ch) in ("So", "Sm") or ch == "\ufe0f"


def is_arrow(symbol: str) -> bool:
    return any("ARROW" in unicodedata.name(ch, "") for ch in symbol)


def is_title(text: str) -> bool:
    """The legend's own heading, "Symbolförklaringar"."""
    return bool(_TITLE.match(" ".join(text.split())))


def parse_entries(text: str) -> Optional[list[tuple[str, str]]]:
    """``"✓ = Avslutad ⚠ = Ej genomförd"`` → ``[("✓", "Avslutad"), ("⚠", "Ej genomförd")]``;
    a lost symbol gives ``""`` (``"= helt"`` → ``[("", "helt")]``).  None unless the whole
    text is legend entries."""
    t = " ".join(text.split())
    if "=" not in t:
        return None
    entries = []
    end = 0
    for m in _ENTRY.finditer(t):
        if t[end:m.start()].strip():
            return None
        symbol = m.group("sym").strip()
        if symbol and not all(is_symbol(c) for c in symbol):
            return None
        entries.append((symbol, m.group("meaning").strip()))
        end = m.end()
    if not entries or t[end:].strip():
        return None
    return entries


def split_symbols(text: str) -> tuple[list[str], str]:
    """A cell's symbols and the rest: ``"● Helt"`` → ``(["●"], "Helt")``, ``"◆ ↘"`` →
    ``(["◆", "↘"], "")``, ``">77"`` → ``([], ">77")``."""
    symbols: list[str] = []
    rest: list[str] = []
    for token in text.split():
        glyphs = "".join(c for c in token if is_symbol(c))
        if glyphs and len(glyphs) == len(token):
            symbols.extend(c for c in token if c != "\ufe0f")
        elif glyphs and is_symbol(token[0]):  # "●Helt"
            k = next(i for i, c in enumerate(token) if not is_symbol(c))
            symbols.extend(c for c in token[:k] if c != "\ufe0f")
            rest.append(token[k:])
        else:
            rest.append(token)
    return symbols, " ".join(rest)


def trend_word(meaning: str) -> str:
    """The change a trend meaning names: "resultatet har förbättrats" → "förbättrats"."""
    words = meaning.strip(" .").split()
    return words[-1].lower() if words else meaning


@dataclass
class LegendGroup:
    intro: str = ""
    entries: dict[str, str] = field(default_factory=dict)

    def add(self, symbol: str, meaning: str) -> None:
        if symbol and symbol not in self.entries:
            self.entries[symbol] = meaning


@dataclass
class Legend:
    """The legends printed so far in a document, group by group."""

    groups: list[LegendGroup] = field(default_factory=list)

    def start_group(self, intro: str = "") -> LegendGroup:
        self.groups.append(LegendGroup(intro=intro))
        return self.groups[-1]

    def add(self, entries: list[tuple[str, str]]) -> None:
        group = self.groups[-1] if self.groups else self.start_group()
        for symbol, meaning in entries:
            group.add(symbol, meaning)

    def _lookup(self, symbol: str, groups: list[LegendGroup]) -> tuple[bool, Optional[str]]:
        for g in reversed(groups):
            for s in (symbol, VARIANTS.get(symbol, symbol)):
                if s in g.entries:
                    return True, g.entries[s]
        return False, None

    def _status_groups(self) -> list[LegendGroup]:
        return [g for g in self.groups if any(status_of_word(m) for m in g.entries.values())]

    def status(self, symbol: str) -> Optional[str]:
        """An indicator status ("helt", "delvis", "inte alls") from its symbol."""
        groups = self._status_groups()
        if not groups:
            return BUILTIN_STATUS.get(VARIANTS.get(symbol, symbol))
        _, meaning = self._lookup(symbol, groups)
        return status_of_word(meaning) if meaning else None

    def trend(self, symbol: str) -> Optional[str]:
        """The change a trend arrow shows ("förbättrats", "oförändrat", "försämrats")."""
        groups = [g for g in self.groups if any(is_arrow(s) for s in g.entries)]
        if not groups:
            return BUILTIN_TREND.get(symbol)
        _, meaning = self._lookup(symbol, groups)
        return trend_word(meaning) if meaning else None

    def action_status(self, symbol: str) -> Optional[str]:
        """The status of an internal-control action ("Avslutad", "Ej genomförd") as the legend words it."""
        found, meaning = self._lookup(symbol, [g for g in self.groups if not self._is_indicator_group(g)])
        if found:
            return meaning
        return BUILTIN_ACTION.get(symbol)

    def _is_indicator_group(self, g: LegendGroup) -> bool:
        return any(status_of_word(m) for m in g.entries.values()) or any(is_arrow(s) for s in g.entries)


def status_of_word(text: Optional[str]) -> Optional[str]:
    """A legend meaning or cell word that is an indicator status: "helt", "Delvis", "inte alls"."""
    if not text:
        return None
    return _STATUS_WORDS.get(" ".join(text.lower().split()).strip(" ."))

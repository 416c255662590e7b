"""The document specification the sample generator renders.

A sample is written by hand (transcribed from ``shared/seeds``) as a
:class:`DocSpec`: a list of blocks in reading order.  The renderer
(:mod:`samples.generator.render`) turns it into a PDF that looks like a Word
export, and :mod:`samples.generator.expected` derives the expected JSON from
the *same spec* — never from the pipeline's output.

Semantic blocks (:class:`Goal`, :class:`Indicators`, :class:`Assignment`, …)
say both how the text is printed and what the pipeline must find in it.
Plain blocks (:class:`Para`, :class:`Bullets`, :class:`Table` with kind
``other``) are context the pipeline must *not* turn into items.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, Optional, Union

from samples.generator import datafile


@dataclass
class Heading:
    """A numbered (or unnumbered) heading. ``number`` like "5.2"; level 1..4.
    Unnumbered subheadings (e.g. "Strategi: Digitalisering") get number=None."""

    title: str
    number: Optional[str] = None
    level: int = 1


@dataclass
class Para:
    """Running text; justified and hyphenated by the renderer."""

    text: str
    style: Literal["normal", "bold", "italic"] = "normal"


@dataclass
class Bullets:
    """A plain bullet list that is *not* strategies/activities (context only)."""

    items: list[str]
    marker: str = "•"


@dataclass
class Goal:
    """A goal. Printed as ``f"{cue} {text}"`` in bold.
    cue examples: "Mål:", "Effektmål 9.", "Målsättning nr 10:"."""

    text: str
    cue: str = "Mål:"


@dataclass
class Indicators:
    """Plan-style indicators: a subheading (default "Indikatorer", italic) and
    one paragraph per indicator. Parent = the nearest preceding Goal."""

    items: list[str]
    heading: str = "Indikatorer"


@dataclass
class IndicatorRow:
    text: str
    outcome: Optional[str] = None  # printed "Utfall", e.g. "79", "5,1%", "Delvis"
    target: Optional[str] = None  # printed "Målvärde", e.g. ">77"
    status: Optional[Literal["helt", "delvis", "inte alls"]] = None
    comment: Optional[str] = None  # printed under the row as "Kommentar ..."
    # seed 001's symbols: a status/colour symbol printed before the Utfall word or value
    # ("●" helt / uppnått, "◆" delvis, "■" inte alls, "○" värde saknas) and a colour symbol
    # plus a trend arrow in Målvärde ("● →", "◆ ↗") where no target value is printed
    outcome_symbol: Optional[str] = None
    target_symbol: Optional[str] = None
    trend: Optional[str] = None  # printed arrow "↗" / "→" / "↘"; its meaning comes from the legend
    # False: only the symbol is printed in Utfall, not the status word ("◆" instead of "◆ Delvis")
    status_word: bool = True


@dataclass
class IndicatorTable:
    """Report-style indicators: a table ``Indikatorer | Utfall | Målvärde``.
    Parent = nearest preceding Goal.  ``comment_in_cell``: the comment is printed
    inside the Indikatorer cell under the indicator text ("Kommentar" + paragraphs),
    as seed 001 does, instead of under the row."""

    rows: list[IndicatorRow]
    columns: tuple[str, str, str] = ("Indikatorer", "Utfall", "Målvärde")
    comment_in_cell: bool = False


@dataclass
class SymbolLegend:
    """A "Symbolförklaringar" block as the report prints it: a bold title, then groups,
    each an intro line and one line per symbol "<symbol> = <meaning>"."""

    groups: list[tuple[str, list[tuple[str, str]]]]
    title: str = "Symbolförklaringar"


@dataclass
class ControlAction:
    """One åtgärd of a risk in the report's internal-control plan."""

    text: str  # the action text only
    status: Optional[str] = None  # the printed symbol, e.g. "✓" or "⚠" (meaning via the plan's legend)
    # printed in the Åtgärd cell under the text: "Kommentar" then these paragraphs, e.g.
    # ["Har åtgärden bidragit till önskad effekt? Ja. …", "Ska risken ingå i nästkommande års riskanalys? Nej"]
    comment: Optional[list[str]] = None


@dataclass
class ControlRisk:
    risk: str  # printed as a bold paragraph above its Status | Åtgärd table
    actions: list[ControlAction]


@dataclass
class ControlArea:
    area: str  # printed as a (bold) heading line, e.g. "HR", "Ekonomi"
    risks: list[ControlRisk]


@dataclass
class ControlPlan:
    """The report's internal-control plan as seed 001 (section 8.1) prints it: the legend
    ("Symbolförklaringar" / "✓ = Avslutad ⚠ = Ej genomförd"), then per area its name as a
    heading line, per risk a bold paragraph and a small ruled table ``Status | Åtgärd`` with
    one row per action; a table that breaks across pages repeats its header row."""

    areas: list[ControlArea]
    legend: list[tuple[str, str]] = field(default_factory=lambda: [("✓", "Avslutad"), ("⚠", "Ej genomförd")])
    columns: tuple[str, str] = ("Status", "Åtgärd")


@dataclass
class Assignment:
    """An assignment printed as ``f"{cue} {text}"`` (bold), e.g. cue "Uppdrag:".
    ``comment`` (reports) is printed after it as a "Kommentar" paragraph."""

    text: str
    cue: str = "Uppdrag:"
    comment: Optional[str] = None


@dataclass
class AssignmentList:
    """Assignments as a numbered list under a heading "Uppdrag" (seed 004):
    ``numbers[i]`` e.g. "3." is printed before ``items[i]``."""

    items: list[str]
    numbers: Optional[list[str]] = None
    heading: str = "Uppdrag"


@dataclass
class Activities:
    """Activities: subheading "Aktiviteter" and one bullet/line per activity."""

    items: list[str]
    heading: str = "Aktiviteter"


@dataclass
class Strategies:
    """A "Strategier för …" title followed by one bullet per strategy."""

    title: str
    items: list[str]


@dataclass
class RiskRow:
    area: str  # Verksamhet column; may be "" when continuing the previous area
    risk: str
    actions: list[str]
    statuses: Optional[list[str]] = None  # report: Status per action
    comments: Optional[list[Optional[str]]] = None  # report: comment per action (None: no comment)


@dataclass
class RiskTable:
    """The internal-control plan table. The renderer draws it ruled, lets it
    break across pages and repeats the header row on the next page."""

    rows: list[RiskRow]
    columns: list[str] = field(default_factory=lambda: ["Verksamhet", "Risk", "Åtgärd"])


@dataclass
class TableRow:
    label: str
    cells: list[str]  # printed text per value column; "" = empty cell
    bold: bool = False  # totals
    # a group header row inside the table (e.g. "Verksamhetens intäkter") with no values
    group: bool = False


@dataclass
class Table:
    """A data table.

    header_rows: the printed header rows, each with one string per printed
      column *including* the label column (the top-left cell often holds the
      unit, e.g. "Belopp i mnkr" or "(Tkr)").  Two-row headers are allowed,
      use "" for a spanned cell.
    columns: the logical column names for the expected JSON, one per value
      column (excluding the label column), e.g. ["Budget 2024 Omsättning", ...].
    unit: the unit that applies to the money cells: "mnkr", "tkr", "kr" or None
      for a table with no money.
    money_columns: indexes (into ``columns``) that hold money; default all when
      unit is set. Non-money columns (e.g. "Antal årsarbetare") keep raw only.
    caption: a line printed above the table (title), e.g. "Summering av samtliga
      åtgärder"; the expected table title is ``title`` or else the caption or
      the preceding heading text (set ``title`` explicitly to be sure).
    ruled: draw grid lines; False = aligned by whitespace only.
    """

    header_rows: list[list[str]]
    rows: list[TableRow]
    columns: list[str]
    kind: Literal["budget", "investment", "key_figures", "staff", "action_plan", "other"] = "other"
    unit: Optional[str] = None
    money_columns: Optional[list[int]] = None
    title: Optional[str] = None
    caption: Optional[str] = None
    ruled: bool = True
    col_widths: Optional[list[float]] = None  # relative widths, optional


@dataclass
class PageBreak:
    pass


Block = Union[
    Heading,
    Para,
    Bullets,
    Goal,
    Indicators,
    IndicatorTable,
    SymbolLegend,
    ControlPlan,
    Assignment,
    AssignmentList,
    Activities,
    Strategies,
    RiskTable,
    Table,
    PageBreak,
]


@dataclass
class DocSpec:
    stem: str  # output file stem, e.g. "vp-2024-servicenamnden"
    doc_type: Literal["verksamhetsplan", "verksamhetsberattelse", "delarsrapport", "other"]
    year: int
    organisation: str
    title: str  # e.g. "Verksamhetsplan med budget 2024"
    running_header: str  # e.g. "Servicenämnden, Verksamhetsplan med budget 2024"
    blocks: list[Block]
    # renderer look: "serif" (Times-like) or "sans" (Arial/Calibri-like)
    font: Literal["serif", "sans"] = "sans"
    title_page_lines: list[str] = field(default_factory=list)  # extra title-page text


# --- the data files -----------------------------------------------------------

SPECS_DIR = Path(__file__).resolve().parent / "specs"


def load_spec(name: str) -> DocSpec:
    """The :class:`DocSpec` in ``specs/<name>.yaml`` (format: :mod:`samples.generator.datafile`)."""
    return datafile.load(DocSpec, SPECS_DIR / f"{name}.yaml")


def dump_spec(spec: DocSpec, header: str = "") -> str:
    """The YAML text of ``spec`` (the document's fields first, its blocks last)."""
    return datafile.dumps(DocSpec, spec, header, last=("blocks",))

"""Page looks for the sample renderer: everything about how a spec is typeset.

A :class:`Look` holds the fonts, sizes, spacing, alignment, page furniture,
bullets and table styles that :mod:`samples.generator.render` uses.  The same
:class:`~samples.generator.spec.DocSpec` rendered in different looks gives
PDFs that read the same but look like they came from different software, so
the pipeline can be measured on more than one typesetting.

``DEFAULT_LOOK`` is the original look (byte-identical PDFs to the committed
samples); ``LOOKS`` holds it and the alternatives by name.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal, Optional

from reportlab.lib import colors
from reportlab.lib.units import cm

DEJAVU_DIR = Path("/usr/share/fonts/truetype/dejavu")


@dataclass(frozen=True)
class Fonts:
    """The four faces of a font family. ``files`` maps face names to TrueType
    files to embed (subset); empty for the PDF base-14 fonts."""

    regular: str
    bold: str
    italic: str
    bold_italic: str
    files: tuple[tuple[str, Path], ...] = ()

    @property
    def embedded(self) -> bool:
        return bool(self.files)

    def missing_files(self) -> list[Path]:
        """Font files this family needs that are not installed."""
        return [p for _, p in self.files if not p.exists()]


HELVETICA = Fonts("Helvetica", "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique")
TIMES = Fonts("Times-Roman", "Times-Bold", "Times-Italic", "Times-BoldItalic")
DEJAVU_SANS = Fonts(
    "DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique", "DejaVuSans-BoldOblique",
    files=tuple((name, DEJAVU_DIR / f"{name}.ttf")
                for name in ("DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique", "DejaVuSans-BoldOblique")),
)
DEJAVU_SERIF = Fonts(
    "DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif-Italic", "DejaVuSerif-BoldItalic",
    files=tuple((name, DEJAVU_DIR / f"{name}.ttf")
                for name in ("DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif-Italic", "DejaVuSerif-BoldItalic")),
)
# the spec's own ``font`` ("sans"/"serif") when a look does not choose a family
SPEC_FONTS = {"sans": HELVETICA, "serif": TIMES}

GRID = colors.Color(0.35, 0.35, 0.35)
HEADER_FILL = colors.Color(0.86, 0.89, 0.93)
GREY_FILL = colors.Color(0.85, 0.85, 0.85)

Furniture = Literal["header_rule", "footer_only"]
TableRules = Literal["alternate", "grid", "horizontal", "none"]


@dataclass(frozen=True)
class Look:
    """How a spec is typeset. Sizes in pt, lengths in PDF points."""

    name: str
    # fonts: None → the spec's ``font`` (Helvetica for "sans", Times for "serif")
    fonts: Optional[Fonts] = None
    body_size: float = 11
    leading: float = 1.25  # line height as a factor of the font size
    space_after: float = 6  # after each body paragraph
    margin_x: float = 2.5 * cm
    margin_top: float = 2.5 * cm
    margin_bottom: float = 2.5 * cm
    heading_sizes: tuple[float, float, float, float] = (16, 13, 12, 11)  # levels 1–4
    heading_dot: bool = False  # "5.2. Perspektiv" instead of "5.2 Perspektiv"
    justified: bool = True  # justified and hyphenated; False: ragged right, no hyphenation
    # page furniture on the pages after the title page (or on all pages)
    furniture: Furniture = "header_rule"  # header left + number right + rule; or everything in the footer
    page_number: str = "{n}({m})"  # e.g. "Sida {n} av {m}", "{n}"
    page_number_align: Literal["left", "centre", "right"] = "right"
    header_rule: bool = True  # a thin rule under the running header ("header_rule" furniture)
    header_size: float = 9
    footer_size: float = 8
    footer_file_name: bool = False  # footer shows the date and the file name
    # bullets: None → the spec's marker (Bullets) and "•" (activities, strategies)
    bullet: Optional[str] = None
    activity_bullet: Optional[str] = None
    # tables
    table_rules: TableRules = "alternate"  # ruled data tables; "alternate" = today's mix
    table_header_fill: Optional[colors.Color] = None  # data tables' header rows
    box_header_fill: Optional[colors.Color] = HEADER_FILL  # indicator and risk tables
    table_size: float = 9.5  # largest data-table font size (smaller when numbers do not fit)
    wide_table_size: Optional[float] = None  # largest size for tables with ≥ 5 value columns
    # subheadings: "Indikatorer", "Aktiviteter", …
    subheading_style: Literal["italic", "bold"] = "italic"
    title_page: bool = True
    # "winansi": base-14 character set, non-cp1252 characters omitted (see
    # render.printable); "unicode": embedded fonts print every character ("−", "■", "→")
    charset: Literal["winansi", "unicode"] = "winansi"

    def fonts_for(self, spec_font: str) -> Fonts:
        return self.fonts or SPEC_FONTS[spec_font]

    def heading_text(self, number: Optional[str], title: str) -> str:
        """The heading line as printed: "5.2 Titel", or "5.2. Titel" with ``heading_dot``."""
        if not number:
            return title
        return f"{self.heading_number(number)} {title}"

    def heading_number(self, number: str) -> str:
        """The section number as printed."""
        if self.heading_dot and not number.endswith("."):
            return number + "."
        return number


DEFAULT_LOOK = Look(name="default")

LOOKS: dict[str, Look] = {
    "default": DEFAULT_LOOK,
    # a Word/Calibri-style export: embedded TrueType sans, ragged right, page
    # number "Sida N av M" centred at the foot, no header rule, light tables
    "calibri-like": Look(
        name="calibri-like",
        fonts=DEJAVU_SANS,
        body_size=10,
        leading=1.15,
        space_after=10,
        margin_x=2.2 * cm,
        margin_top=2.0 * cm,
        margin_bottom=2.2 * cm,
        heading_sizes=(14, 12, 11, 10.5),
        heading_dot=True,
        justified=False,
        furniture="footer_only",
        page_number="Sida {n} av {m}",
        page_number_align="centre",
        header_size=7.5,
        footer_size=7.5,
        bullet="–",
        activity_bullet="–",
        table_rules="horizontal",
        table_header_fill=None,
        box_header_fill=None,
        table_size=9,
        subheading_style="bold",
        title_page=True,
        charset="unicode",
    ),
    # a dense serif layout: Times 12 pt justified and hyphenated, narrow
    # margins, a bare page number bottom right, full grids with grey headers
    "times-dense": Look(
        name="times-dense",
        fonts=TIMES,
        body_size=12,
        leading=1.15,
        space_after=3,
        margin_x=2.0 * cm,
        margin_top=2.0 * cm,
        margin_bottom=2.0 * cm,
        heading_sizes=(14, 13, 13, 12),  # lower levels barely larger than the body
        heading_dot=False,
        justified=True,
        furniture="footer_only",
        page_number="{n}",
        page_number_align="right",
        header_size=9,
        footer_size=9,
        footer_file_name=True,
        bullet="•",
        activity_bullet="o",
        table_rules="grid",
        table_header_fill=GREY_FILL,
        box_header_fill=GREY_FILL,
        table_size=10,
        wide_table_size=8,
        subheading_style="bold",
        title_page=False,
    ),
    # a designed municipal template (InDesign/Cambria-like): embedded serif,
    # ragged right, airy spacing, "Sida N" top right without a rule, data
    # tables without any lines (a shaded header only), hyphen-minus bullets
    "serif-open": Look(
        name="serif-open",
        fonts=DEJAVU_SERIF,
        body_size=10.5,
        leading=1.3,
        space_after=8,
        margin_x=2.8 * cm,
        margin_top=3.0 * cm,
        margin_bottom=2.5 * cm,
        heading_sizes=(18, 14, 12, 11),
        heading_dot=False,
        justified=False,
        furniture="header_rule",
        page_number="Sida {n}",
        page_number_align="right",
        header_rule=False,
        header_size=8.5,
        footer_size=8,
        bullet="-",
        activity_bullet="•",
        table_rules="none",
        table_header_fill=HEADER_FILL,
        box_header_fill=None,
        table_size=9,
        subheading_style="italic",
        title_page=True,
        charset="unicode",
    ),
}

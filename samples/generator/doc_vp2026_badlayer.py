"""The bad-text-layer sample: ``python -m samples.generator.doc_vp2026_badlayer``.

Four pages of the 2026 plan (seed 003: målsättningar with styrtal tables and
numbered "Uppdrag: Nr 51." items, and the budget tables).  Each printed line is
transcribed twice: the *clean* text (å/ä/ö and the numbers restored by hand)
is drawn, rasterised and degraded like a scan into the page image; the
*damaged* line exactly as seed 003 has it (Tesseract without Swedish data) is
laid over it as an invisible text layer (render mode 3).  The pipeline must
judge that layer poor and OCR the page image instead.

Writes ``samples/vp-2026-badlayer.pdf``.  Its expected JSON,
``samples/vp-2026-badlayer.expected.json``, is hand-written from the same
clean lines (checked against the seed) and not generated here.

This module has no ``spec()``: it is not a :class:`DocSpec` sample.
"""

from __future__ import annotations

import io
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional, Union

import numpy as np
import pypdfium2 as pdfium
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

from samples.generator.scan import ScanLook, degrade, jpeg_bytes

SAMPLES = Path(__file__).resolve().parent.parent
STEM = "vp-2026-badlayer"
HEADER = ("Servicenämnden, Verksamhetsplan med budget 2026", "Servicenamnden, Verksamhetsplan med budget 2026")
LEFT = 70.0
RIGHT = A4[0] - 70.0
TOP = 80.0  # first baseline below the page top
LEADING = 13.5
BODY = 10.0


@dataclass
class Text:
    """One printed line: clean text, and the damaged text of seed 003."""

    clean: str
    damaged: str
    bold: bool = False
    size: float = BODY
    gap_before: float = 0.0


@dataclass
class Row:
    cells: list[str]  # clean text per column ("" = empty)
    damaged: str  # the seed-003 line for this printed row
    bold: bool = False


@dataclass
class Grid:
    """A table: column left edges (relative to LEFT), right-aligned value
    columns, rows of printed lines (a wrapped label is several rows)."""

    columns: list[float]  # x of each column's left edge (points from LEFT)
    widths: list[float]
    header: list[Row]
    rows: list[Row]
    ruled: bool = True
    gap_before: float = 6.0
    row_rules: list[int] = field(default_factory=list)  # rule above these body rows


Block = Union[Text, Grid]


def _pages() -> list[list[Block]]:
    """The four pages, line by line (clean, damaged as in seed 003)."""
    T = Text
    p1: list[Block] = [
        T("5.1 Övergripande målområden/målsättningar", "5.1 Overgripande malomraden/malsattningar", bold=True, size=14),
        T("Målsättning nr 7: Digitala lösningar för en enklare vardag för invånare och medarbetare",
          "Malsattning nr 7: Digitala l6sningar for en enklare vardag for invanare och medarbetare",
          bold=True, gap_before=8),
        T("Välfärden har prövats hårt de senaste åren med en pandemi följt av ett krig i närområdet och",
          "Vélfarden har provats hart de senaste aren med en pandemi foljt av ett krig i naromradet och", gap_before=6),
        T("stora ekonomiska utmaningar. En effekt av kriserna är att digitala lösningar används i betydligt",
          "stora ekonomiska utmaningar. En effekt av kriserna ar att digitala I6sningar anvands i betydligt"),
        T("högre grad än tidigare och att den digitala mognaden hos såväl medarbetare som länets invånare",
          "hogre grad an tidigare och att den digitala mognaden hos savél medarbetare som lanets invanare"),
        T("har ökat. Det finns ett stort behov av att utveckla verksamheten med moderna verksamhetssy-",
          "har 0kat. Det finns ett stort behov av att utveckla verksamheten med moderna verksamhetssy-"),
        T("stem och nya lösningar. Det ställer samtidigt högre krav på tekniska skydd, men också på ett",
          "stem och nya lésningar. Det staller samtidigt hogre krav pa tekniska skydd, men ocksa pa ett"),
        T("systematiskt informationssäkerhetsarbete, en säker informationshantering och ett säkert inform-",
          "systematiskt informations-sékerhetsarbete, en saker informationshantering och ett sakert inform-"),
        T("ationsutbyte, som är en förutsättning för att bibehålla och stärka tilliten till digitala välfärds-",
          "ationsutbyte, som ar en forutsattning for att bibehalla och stérka tilliten till digitala valfards-"),
        T("tjänster. Det är en utmaning att hitta rätt balans mellan effektiva säkerhetsåtgärder och väl fun-",
          "tjanster. Det dr en utmaning att hitta ratt balans mellan effektiva sakerhetsatgarder och val fun-"),
        T("gerande lösningar.", "gerande l6sningar."),
        T("Regionservice ser digitalisering som ett viktigt verktyg för att utveckla sina verksamheter och",
          "Regionservice ser digitalisering som ett viktigt verktyg for att utveckla sina verksamheter och",
          gap_before=6),
        T("arbeta mer effektivt.", "arbeta mer effektivt."),
        T("Uppdrag: Nr 51. Att fortsätta främja den digitala kulturen och utveckla digitala arbetssätt",
          "Uppdrag: Nr 51. Att fortsatta framja den digitala kulturen och utveckla digitala arbetssatt",
          bold=True, gap_before=8),
        T("inom Region Örebro län.", "inom Region Orebro lan.", bold=True),
        T("Uppdrag: Nr 52. Att erbjuda användarvänliga digitala lösningar till länets invånare, orga-",
          "Uppdrag: Nr 52. Att erbjuda anvandarvanliga digitala losningar till lanets invanare, orga-",
          bold=True, gap_before=8),
        T("nisationer och företag och möta kravet om ”Digitalt först”.",
          "nisationer och foretag och mota kravet om ”Digitalt forst”.", bold=True),
        T("Uppdrag: Nämnduppdrag: Shared Service Center får i uppdrag att implementera arbets-",
          "Uppdrag: Namnduppdrag: Shared Service Center far i uppdrag att implementera arbets-",
          bold=True, gap_before=8),
        T("sätt kopplade till behörighetssystem.", "satt kopplade till behdrighetssystem.", bold=True),
        T("Uppdrag: Nämnduppdrag: Shared Service Center får i uppdrag att införa Serviceporta-",
          "Uppdrag: Namnduppdrag: Shared Service Center far i uppdrag att Inféra Serviceporta-",
          bold=True, gap_before=8),
        T("len som fungerar som vägen in till boka och beställ, få service och support från Regionser-",
          "len som fungerar som vagen in till boka och bestall, fa service och support fran Regionser-", bold=True),
        T("vice.", "vice.", bold=True),
    ]
    styrtal_cols = [0.0, 232.0, 318.0, 390.0]
    styrtal_w = [228.0, 82.0, 68.0, 65.0]
    styrtal_header = [
        Row(["Styrtal", "Utfall, sen-", "Årets mål-", "Långsiktigt"],
            "Styrtal Utfall, sen- | Arets mél- Langsiktigt", bold=True),
        Row(["", "ast kända", "värde", "målvärde"], "ast kanda varde malvarde", bold=True),
        Row(["", "värde", "", ""], "varde", bold=True),
    ]
    p2: list[Block] = [
        T("Målsättning nr 9: En långsiktig och stark kompetensförsörjning.",
          "Malsattning nr 9: En langsiktig och stark kompetensforsorjning.", bold=True),
        T("Region Örebro län ska vara en attraktiv arbetsgivare som erbjuder goda arbetsplatser som behål-",
          "Region Orebro l4n ska vara en attraktiv arbetsgivare som erbjuder goda arbetsplatser som behal-",
          gap_before=6),
        T("ler, attraherar och utvecklar medarbetare. Det är en grundläggande förutsättning för kompetens-",
          "ler, attraherar och utvecklar medarbetare. Det &r en grundldggande forutséttning for kompetens-"),
        T("försörjningen. Utmaningar i kompetensförsörjningen utifrån demografi och tillgänglig arbets-",
          "forsorjningen. Utmaningar i kompetensforsorjningen utifran demografi och tillganglig arbets-"),
        T("kraft för flera arbetsgivare i länet är märkbar. En god arbetsmiljö, goda villkor och delaktighet",
          "kraft for flera arbetsgivare i lanet & markbar. En god arbetsmiljo, goda villkor och delaktighet"),
        T("är en viktig framgångsfaktor för kompetensförsörjningen som leder till att chefer och medarbe-",
          "ar en viktig framgangsfaktor for kompetensforsorjningen som leder till att chefer och medarbe-"),
        T("tare utvecklar verksamheten och utvecklas i sina yrkesroller.",
          "tare utvecklar verksamheten och utvecklas i sina yrkesroller."),
        Grid(styrtal_cols, styrtal_w, styrtal_header, [
            Row(["1. Hållbart medarbetarengagemang (HME):", "79", "77–80", "80"],
                "1. Hallbart medarbetarengagemang (HME): | 79 77- 80 80"),
            Row(["Ska ligga på en hög nivå inom intervallet 77–", "", "", ""],
                "Ska ligga pa en hog niva inom intervallet 77—"),
            Row(["80 för totalt HME. Strävan är att delindexen", "", "", ""],
                "80 for totalt HME. Strdvan &r att delindexen"),
            Row(["motivation, styrning och ledarskap ska ligga", "", "", ""],
                "motivation, styrning och ledarskap ska ligga"),
            Row(["på en jämnhög nivå. (Utfall: 2024)", "", "", ""], "pa en jamnhdg niva. (Utfall: 2024)"),
            Row(["2. Systematiskt arbetsmiljöarbete (SAM), bi-", "96 %", "90–100 %", "90–100 %"],
                "2. Systematiskt arbetsmiljoarbete (SAM), bi- | 96 % 90- 100 % 90- 100 %"),
            Row(["drar till bra arbetsmiljö och till rimliga förut-", "", "", ""],
                "drar till bra arbetsmiljo och till rimliga forut-"),
            Row(["sättningar. Andel chefer som svarat på årlig", "", "", ""],
                "sattningar. Andel chefer som svarat pa arlig"),
            Row(["uppföljning av SAM. (Utfall: 2025)", "", "", ""], "uppfoljning av SAM. (Utfall: 2025)"),
            Row(["3. Sjukfrånvaron ska minska. (Utfall: 2024)", "5,7 %", "5,5 %", "4,9 %"],
                "3. Sjukfranvaron ska minska. (Utfall: 2024) 57% 55 % 4,9 %"),
        ], row_rules=[5, 9]),
        T("Uppdrag: Nr 41. Att beakta den långsiktiga påverkan av kompetensförsörjningen och ar-",
          "Uppdrag: Nr 41. Att beakta den langsiktiga paverkan av kompetensforsorjningen och ar-",
          bold=True, gap_before=12),
        T("betsmiljöperspektivet i de fall det är aktuellt inom nämndens ansvarsområde och inför",
          "betsmiljoperspektivet i de fall det &r aktuellt inom ndmndens ansvarsomrade och infor", bold=True),
        T("nämndens beslut.", "namndens beslut.", bold=True),
        T("Aktiviteter", "Aktiviteter", bold=True, gap_before=10),
        T("Fortsätta med aktiviteter kopplat till värdegrundsarbetet.",
          "Fortsatta med aktiviteter kopplat till vardegrundsarbetet.", gap_before=4),
    ]
    p3: list[Block] = [
        T("Målsättning nr 10: En långsiktig stark och hållbar ekonomi med finansiell god hushåll-",
          "Malsattning nr 10: En langsiktig stark och hallbar ekonomi med finansiell god hushall-", bold=True),
        T("ning.", "ning.", bold=True),
        T("Den ekonomiska situationen har varit utmanande under flera år, men helårsprognosen för 2025",
          "Den ekonomiska situationen har varit utmanande under flera ar, men heldrsprognosen for 2025",
          gap_before=6),
        T("pekar på att nämnden kommer att ha en ekonomi i balans vid årets slut. Ett stort arbete har",
          "pekar pa att namnden kommer att ha en ekonomi i balans vid arets slut. Ett stort arbete har"),
        T("gjorts och kommer att fortsätta för att säkerställa att nämnden kommer fortsätta ha en ekonomi i",
          "gjorts och kommer att fortsétta for att sakerstélla att ndmnden kommer fortsatta ha en ekonomi i"),
        T("balans.", "balans."),
        Grid(styrtal_cols, styrtal_w, [
            Row(["Styrtal", "Utfall, sen-", "Årets mål-", "Långsiktigt"],
                "Styrtal Utfall, sen- | Aretsmél- | L&ngsiktigt", bold=True),
            Row(["", "ast kända", "värde", "målvärde"], "ast kanda varde malvarde", bold=True),
            Row(["", "värde", "", ""], "varde", bold=True),
        ], [
            Row(["3. Regionstyrelsens och nämndernas resultat", "15,3 mnkr", "0 mnkr", ">0 mnkr"],
                "3. Regionstyrelsens och ndmndernas resultat | 15,3 mnkr 0 mnkr >0 mnkr"),
            Row(["ska vara positiv. (Utfall senast kända värde:", "", "", ""],
                "ska vara positiv. (Utfall senast kénda varde:"),
            Row(["Prognos budgetavvikelse 2025 per delår)", "", "", ""],
                "Prognos budgetavvikelse 2025 per delar)"),
        ]),
        T("Uppdrag: Nr 38. Att fortsätta arbetet för en ekonomi i balans.",
          "Uppdrag: Nr 38. Att fortsatta arbetet for en ekonomi i balans.", bold=True, gap_before=12),
        T("Budgetförutsättningarna 2026 är desamma som för 2025. Det innebär att återhållsamhet krävs",
          "Budgetforutsattningarna 2026 ar desamma som for 2025. Det innebér att aterhallsamhet kravs",
          gap_before=8),
        T("även under 2026 för att bibehålla en ekonomi i balans.",
          "aven under 2026 for att bibehalla en ekonomi i balans."),
    ]
    res_cols = [0.0, 220.0, 300.0, 380.0]
    res_w = [216.0, 76.0, 76.0, 76.0]
    drift_cols = [0.0, 190.0, 250.0, 310.0, 370.0]
    drift_w = [186.0, 56.0, 56.0, 56.0, 56.0]
    p4: list[Block] = [
        T("6.3 Resultatbudget servicenämnd", "6.3 Resultatbudget servicenamnd", bold=True, size=12),
        Grid(res_cols, res_w, [
            Row(["Belopp i mnkr", "Budget 2026", "Prognos 2025", "Budget 2025"],
                "Belopp i mnkr Budget 2026 | Prognos 2025 | Budget 2025", bold=True),
        ], [
            Row(["Verksamhetens intäkter", "", "", ""], "Verksamhetens intékter", bold=True),
            Row(["Övriga intäkter", "2 627,9", "2 578,3", "2 554,8"], "Ovriga intakter 2627,9 2578,3 2 554,8"),
            Row(["Summa intäkter", "2 627,9", "2 578,3", "2 554,8"], "Summa intakter 26279 2578,3 25548", bold=True),
            Row(["Verksamhetens kostnader", "", "", ""], "Verksamhetens kostnader", bold=True),
            Row(["Personalkostnader", "-665,0", "-634,2", "-648,6"], "Personalkostnader -665,0 -634,2 -648,6"),
            Row(["Övriga kostnader", "-1 360,2", "-1 293,1", "-1 274,0"],
                "Ovriga kostnader -1 360,2 -1293,1 -1274,0"),
            Row(["Avskrivningar, inventarier", "-73,9", "-71,2", "-73,6"],
                "Avskrivningar, inventarier -73,9 -71,2 -73,6"),
            Row(["Avskrivningar, fastigheter", "-286,3", "-287,2", "-286,3"],
                "Avskrivningar, fastigheter -286,3 -287,2 -286,3"),
            Row(["Summa kostnader", "-2 385,4", "-2 285,7", "-2 282,5"],
                "Summa kostnader -2 385,4 -2 285,7 -2282,5", bold=True),
            Row(["Verksamhetens nettokostnader", "242,5", "292,6", "272,3"],
                "Verksamhetens nettokostnader 242 5 292.6 272,3", bold=True),
            Row(["Finansnetto", "-155,6", "-155,5", "-155,5"], "Finansnetto -155,6 -155,5 -155,5"),
            Row(["Fastighetsfinansiering", "-84,7", "-119,4", "-114,4"],
                "Fastighetsfinansiering -84,7 -119,4 -114,4"),
            Row(["Resultat *)", "2,2", "17,7", "2,4"], "Resultat *) 2,2 17,7 2,4", bold=True),
        ]),
        T("*) Resultat budget 2026 ska överensstämma med nämndens budgetram från regionfullmäktige.",
          "*) Resultat budget 2026 ska 6verensstamma med namndens budgetram fran regionfullmaktige.",
          size=8.5, gap_before=4),
        T("6.4 Driftbudget servicenämnd", "6.4 Driftbudget servicenamnd", bold=True, size=12, gap_before=16),
        Grid(drift_cols, drift_w, [
            Row(["Belopp i mnkr", "Budget 2026", "", "Prognos 2025", ""], "Belopp i mnkr Budget 2026 Prognos 2025",
                bold=True),
            Row(["", "Omsätt-", "Varav", "Omsätt-", "Varav"], "omsate | Va1 | omsa| vare", bold=True),
            Row(["", "ning", "ram", "ning", "ram"], "ning ram ning ram", bold=True),
        ], [
            Row(["Område fastigheter", "1 339,0", "20,4", "1 328,1", "20,4"],
                "Omrade fastigheter 1339,0 204 | 13281 20,4"),
            Row(["Område försörjning", "379,2", "6,5", "367,8", "6,5"], "Omrade forsorjning 379,2 6,5 367,8 6,5"),
            Row(["Område inköp och upphandling", "16,9", "0,1", "16,4", "0,1"],
                "Omrade inkop och upphandling 16,9 0,1 16,4 0,1"),
            Row(["Område IT", "544,3", "24,1", "527,9", "24,1"], "Omrade IT 544.3 24,1 527,9 24,1"),
            Row(["Område medicinsk teknik", "95,9", "", "93,0", ""], "Omrade medicinsk teknik 95,9 93,0"),
            Row(["Shared Service Center", "194,7", "1,9", "188,9", "2,1"],
                "Shared Service Center 194,7 1,9 188,9 2,1"),
            Row(["Förvaltningsgemensamt", "57,9", "-50,8", "56,2", "-50,8"],
                "Forvaltningsgemensamt 57,9 -50,8 56,2 -50,8"),
            Row(["Summa", "2 627,9", "2,2", "2 578,3", "2,4"], "Summa 26279 2,2 2578,3 2,4", bold=True),
        ]),
    ]
    return [p1, p2, p3, p4]


def _font(bold: bool) -> str:
    return "Helvetica-Bold" if bold else "Helvetica"


@dataclass
class _Placed:
    """A line drawn on a page: where, and its damaged twin."""

    x0: float
    x1: float
    baseline: float  # from the page top
    size: float
    damaged: str


class _Page:
    """Draws clean lines onto a canvas page and records where they went."""

    def __init__(self, c: canvas.Canvas):
        self.c = c
        self.y = TOP
        self.placed: list[_Placed] = []

    def text(self, t: Text) -> None:
        self.y += t.gap_before
        self._draw(t.clean, t.damaged, LEFT, self.y, t.size, t.bold)
        self.y += t.size * 1.35

    def _draw(self, clean: str, damaged: str, x: float, baseline: float, size: float, bold: bool,
              right: Optional[float] = None) -> tuple[float, float]:
        font = _font(bold)
        w = stringWidth(clean, font, size)
        x0 = right - w if right is not None else x
        self.c.setFont(font, size)
        self.c.drawString(x0, A4[1] - baseline, clean)
        self.placed.append(_Placed(x0, x0 + w, baseline, size, damaged))
        return x0, x0 + w

    def grid(self, g: Grid) -> None:
        self.y += g.gap_before
        top = self.y
        row_h = LEADING
        lines = g.header + g.rows
        rule_ys = [top, top + len(g.header) * row_h + 2]
        for r in g.row_rules:
            rule_ys.append(top + (len(g.header) + r) * row_h + 2)
        for k, row in enumerate(lines):
            baseline = top + (k + 1) * row_h - 2.5 + (2 if k >= len(g.header) else 0)
            xs: list[float] = []
            header = k < len(g.header)
            for c, text in enumerate(row.cells):
                if not text:
                    continue
                left = LEFT + g.columns[c] + 3
                right = LEFT + g.columns[c] + g.widths[c] - 2 if c > 0 else None
                end = c
                while header and c > 0 and end + 1 < len(row.cells) and not row.cells[end + 1]:
                    end += 1
                if end > c and k + 1 < len(g.header):  # a spanned header cell: centred
                    span_w = g.columns[end] + g.widths[end] - g.columns[c]
                    right = LEFT + g.columns[c] + (span_w + stringWidth(text, _font(row.bold), 9.0)) / 2
                x0, x1 = self._draw(text, "", left, baseline, 9.0, row.bold, right)
                xs += [x0, x1]
            # one damaged line over the whole printed row, as seed 003 has it
            self.placed[-len([t for t in row.cells if t]):] = []
            self.placed.append(_Placed(min(xs), max(xs), baseline, 9.0, row.damaged))
        bottom = top + len(lines) * row_h + 4
        rule_ys.append(bottom)
        if g.ruled:
            c = self.c
            c.setLineWidth(0.6)
            x_left, x_right = LEFT + g.columns[0], LEFT + g.columns[-1] + g.widths[-1] + 2
            for y in rule_ys:
                c.line(x_left, A4[1] - y, x_right, A4[1] - y)
            for x in [LEFT + cx for cx in g.columns[1:]] + [x_left, x_right]:
                c.line(x, A4[1] - top, x, A4[1] - bottom)
        self.y = bottom + 4

    def furniture(self, number: int, total: int) -> None:
        c = self.c
        c.setFont("Helvetica", 8)
        w = stringWidth(HEADER[0], "Helvetica", 8)
        c.drawString(RIGHT - w, A4[1] - 40, HEADER[0])
        self.placed.append(_Placed(RIGHT - w, RIGHT, 40, 8, HEADER[1]))
        label = f"{number}({total})"
        w = stringWidth(label, "Helvetica", 8)
        c.drawString(RIGHT - w, 40, label)
        self.placed.append(_Placed(RIGHT - w, RIGHT, A4[1] - 40, 8, label))


def render_clean(pages: list[list[Block]]) -> tuple[bytes, list[list[_Placed]]]:
    """The clean pages as a vector PDF, and the placed lines of each page."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    placed = []
    for n, blocks in enumerate(pages, start=1):
        page = _Page(c)
        for b in blocks:
            page.text(b) if isinstance(b, Text) else page.grid(b)
        page.furniture(n, len(pages))
        placed.append(page.placed)
        c.showPage()
    c.save()
    return buf.getvalue(), placed


def build(out: Path = SAMPLES / f"{STEM}.pdf", look: ScanLook = ScanLook(dpi=200, max_angle=0.8)) -> Path:
    """Write the bad-layer sample: scanned page images + invisible seed-003 text."""
    pages = _pages()
    clean_pdf, placed = render_clean(pages)
    rng = np.random.default_rng(zlib.crc32(STEM.encode()))
    pdf = pdfium.PdfDocument(clean_pdf)
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1, pageCompression=1)
    for i in range(len(pdf)):
        page = pdf[i]
        bitmap = page.render(scale=look.dpi / 72.0, grayscale=True)
        img = degrade(bitmap.to_pil(), rng, look)
        bitmap.close()
        page.close()
        c.drawImage(ImageReader(io.BytesIO(jpeg_bytes(img, look.jpeg_quality))), 0, 0, width=A4[0], height=A4[1])
        for p in placed[i]:
            if not p.damaged:
                continue
            t = c.beginText()
            t.setTextRenderMode(3)  # invisible, like an OCR layer under a scan
            t.setFont("Helvetica", p.size)
            natural = stringWidth(p.damaged, "Helvetica", p.size)
            t.setHorizScale(100.0 * (p.x1 - p.x0) / natural if natural else 100.0)
            t.setTextOrigin(p.x0, A4[1] - p.baseline)
            t.textOut(p.damaged)
            c.drawText(t)
        c.showPage()
    pdf.close()
    c.save()
    return out


if __name__ == "__main__":
    path = build()
    print(f"{path} ({path.stat().st_size / 1e6:.2f} MB)")

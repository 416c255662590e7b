"""A small spec with every block type of :mod:`samples.generator.spec` once
or more, for checking that each renderer prints all of them (texts taken
from seed 001, the 2021 annual report, and seed 002, the 2024 plan).

Report blocks as seed 001 prints them: the symbol legend, indicator rows with
a status symbol before the Utfall word ("● Helt", "◆ Delvis", "○") and a
colour symbol plus trend arrow in Målvärde ("● →"), comments inside the
indicator cell, and the internal-control plan as area line / bold risk /
``Status | Åtgärd`` table with ✓ and ⚠.
"""

from __future__ import annotations

from samples.generator.spec import (
    Activities,
    Assignment,
    AssignmentList,
    Bullets,
    ControlAction,
    ControlArea,
    ControlPlan,
    ControlRisk,
    DocSpec,
    Goal,
    Heading,
    IndicatorRow,
    Indicators,
    IndicatorTable,
    PageBreak,
    Para,
    RiskRow,
    RiskTable,
    Strategies,
    SymbolLegend,
    Table,
    TableRow,
)

_TITLE = "Verksamhetsberättelse 2021"


def spec() -> DocSpec:
    blocks = [
        Heading("Nämndens mål, strategier och uppdrag", "4", 1),
        SymbolLegend([
            ("Färgindikatorer, resultat måluppfyllelse helår och resultat genomförande av uppdrag helår.",
             [("●", "uppnått eller överträffat målnivån"), ("◆", "mindre, acceptabel avvikelse från målnivån"),
              ("■", "större negativ avvikelse från målnivån"), ("○", "värde saknas")]),
            ("Trendpilar", [("↗", "förbättring jämfört med föregående år"), ("→", "oförändrat")]),
        ]),
        Para("Nämnden har under året arbetat med de mål som regionfullmäktige beslutat i budgeten."),
        Para("Måluppfyllelsen redovisas per perspektiv.", style="italic"),
        Para("Samtliga mål följs upp i delårsrapport och verksamhetsberättelse.", style="bold"),
        Heading("Perspektiv: Process", "4.1", 2),
        Heading("Strategi: Kvalitet och utveckling", None, 3),
        Goal("Regionservice verksamheter har en hög kvalitet och en kontinuerlig utveckling.", cue="Mål:"),
        IndicatorTable([
            IndicatorRow("Det finns samverkansforum med kund där gemensamma prioriteringar görs.",
                         status="helt", outcome_symbol="●", target_symbol="●", trend="→",
                         comment="Regionservice har flera etablerade samverkansforum med kund."),
            IndicatorRow("Kompetens i förändringsledning ska öka.", status="delvis", outcome_symbol="◆",
                         target_symbol="◆", trend="↗",
                         comment="Rådande pandemi har inneburit nya förutsättningar för förändringsledning."),
            IndicatorRow("Andelen digitala möten ska öka.", outcome_symbol="○", target_symbol="○"),
        ], comment_in_cell=True),
        Goal("Kunderna är nöjda med Regionservice tjänster.", cue="Effektmål 9."),
        IndicatorTable([
            IndicatorRow("Nöjd kund index, NKI.", outcome="79", target=">77", status="helt",
                         comment="Resultatet är i nivå med föregående år."),
            IndicatorRow("Sjukfrånvaro total %.", outcome="6,22%", target="5,1%", status="delvis"),
        ]),
        Assignment("Regionservice ska utreda en gemensam kundtjänst för regionens förvaltningar.",
                   comment="Utredningen är klar och redovisades för nämnden i oktober."),
        AssignmentList(["Område IT får i uppdrag att ta fram en plan för informationssäkerhet.",
                        "Område fastigheter får i uppdrag att se över lokalförsörjningen."],
                       numbers=["3.", "4."]),
        Heading("Perspektiv: Medarbetare", "4.2", 2),
        Goal("Regionservice är en attraktiv arbetsgivare.", cue="Målsättning nr 10:"),
        Indicators(["Andelen medarbetare som rekommenderar sin arbetsplats ska öka.",
                    "Personalomsättningen externt ska minska i jämförelse med föregående år."]),
        Activities(["Genomföra chefsdag med tema arbetsmiljö.", "Ta fram en plan för kompetensförsörjning."]),
        Strategies("Strategier för att nå målen:", ["Digitalisering av arbetssätt och processer.",
                                                    "Samverkan med kund i gemensamma forum."]),
        Bullets(["Område fastigheter", "Område försörjning", "Område IT"]),
        Bullets(["ett stycke med tankstreck", "ett till"], marker="–"),
        PageBreak(),
        Heading("Ekonomi", "6", 1),
        Table(
            header_rows=[["Belopp i mnkr", "Budget 2021", "", "Prognos 2020", ""],
                         ["", "Omsättning", "Varav budgetram", "Omsättning", "Varav budgetram"]],
            rows=[TableRow("Område fastigheter", ["1 135", "0", "1 136,5", "0"]),
                  TableRow("Område IT", ["475", "−23,2", "487,0", "51,7"]),
                  TableRow("Summa", ["1 610", "−23,2", "1 623,5", "51,7"], bold=True)],
            columns=["Budget 2021 Omsättning", "Budget 2021 Varav budgetram",
                     "Prognos 2020 Omsättning", "Prognos 2020 Varav budgetram"],
            kind="budget", unit="mnkr", title="6.1 Driftbudget servicenämnd", ruled=True),
        Table(
            header_rows=[["Belopp i mnkr", "Budget 2021", "Bokslut 2020"]],
            rows=[TableRow("Verksamhetens intäkter", [], group=True),
                  TableRow("Avgifter och ersättningar", ["2 210,4", "2 150,3"]),
                  TableRow("Summa intäkter", ["2 210,4", "2 150,3"], bold=True),
                  TableRow("Verksamhetens kostnader", [], group=True),
                  TableRow("Personalkostnader", ["−1 051,2", "−1 020,0"]),
                  TableRow("Summa kostnader", ["−1 051,2", "−1 020,0"], bold=True)],
            columns=["Budget 2021", "Bokslut 2020"], kind="budget", unit="mnkr",
            caption="Resultatrapport", title="Resultatrapport", ruled=False),
        RiskTable([
            RiskRow("HR", "Risken att systematiskt arbetsmiljöarbete (SAM) inte efterlevs.",
                    ["Varje chef ska säkerställa efterlevnaden av SAM.", "Uppföljning i ledningsgrupper."],
                    statuses=["Avslutad", "Avslutad"],
                    comments=["Har åtgärden bidragit till önskad effekt? Ja.", None]),
            RiskRow("", "Risken att kompetensförsörjningen inte säkras.", ["Ta fram en kompetensplan."],
                    statuses=["Ej genomförd"]),
        ], columns=["Verksamhet", "Risk", "Åtgärd", "Status"]),
        Heading("Intern kontroll", "8", 1),
        Heading("Internkontrollplan", "8.1", 2),
        ControlPlan([
            ControlArea("HR", [ControlRisk("Risken att systematiskt arbetsmiljöarbete (SAM) inte efterlevs.", [
                ControlAction("Regionövergripande åtgärd: Varje chef ska säkerställa efterlevnaden av SAM.", "✓",
                              ["Har åtgärden bidragit till önskad effekt? Ja. Den ger SAM extra fokus.",
                               "Ska risken ingå i nästkommande års riskanalys? Ja"]),
            ])]),
            ControlArea("Ekonomi", [ControlRisk("Risken att leverantörskontakter inte följer riktlinjen.", [
                ControlAction("Implementera ny riktlinje när denna är framtagen och beslutad.", "⚠",
                              ["Har åtgärden bidragit till önskad effekt? Ej genomförd.",
                               "Ska risken ingå i nästkommande års riskanalys? Nej"]),
                ControlAction("Se över och vid behov revidera Riktlinje leverantörskontakter.", "✓"),
            ])]),
        ]),
    ]
    return DocSpec(stem="blocks-servicenamnden", doc_type="verksamhetsberattelse", year=2021,
                   organisation="Servicenämnden", title=_TITLE, running_header=f"Servicenämnden, {_TITLE}",
                   blocks=blocks, font="sans", title_page_lines=["Dnr: 21SN123"])

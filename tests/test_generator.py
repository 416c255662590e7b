"""The sample generator: renderer (PDF look) and expected-JSON writer."""

from __future__ import annotations

import json
import re

import pdfplumber
import pytest

from models.contract import OutputDocument
from samples.generator.charset import markup, printable
from samples.generator.expected import expected, money_value
from samples.generator.hyphenate import break_points, splits
from samples.generator.render import render
from samples.generator.spec import (
    DocSpec,
    Goal,
    Heading,
    IndicatorRow,
    Indicators,
    IndicatorTable,
    Para,
    RiskRow,
    RiskTable,
    Table,
    TableRow,
)
from samples.make_samples import write_sample

HEADER = "Servicenämnden, Verksamhetsplan med budget 2024"
LONG = (
    "Denna verksamhetsplan utgör styrdokument för servicenämnden och förvaltningen Regionservice. "
    "Nämnden ska se till att verksamheten, inom tilldelade ekonomiska ramar, bedrivs i enlighet med "
    "de mål och riktlinjer som regionfullmäktige har beslutat, och ett nytt ekonomi- och inköpssystem "
    "införs under året i samarbete med förvaltningarna. "
) * 4
N_RISKS = 9


def _spec() -> DocSpec:
    risks = [
        RiskRow(
            area="HR" if k < 5 else ("Informationssäkerhet" if k == 5 else ""),
            risk=f"Risk nummer {k} att systematiskt arbetsmiljöarbete inte efterlevs i verksamheterna.",
            actions=[
                f"Regionövergripande åtgärd {k}.{a}: Varje chef ska säkerställa efterlevnaden utifrån de "
                f"regionövergripande dokument som finns, och uppföljning ska ske i ledningsgrupper."
                for a in range(3)
            ],
        )
        for k in range(N_RISKS)
    ]
    return DocSpec(
        stem="test-vp",
        doc_type="verksamhetsplan",
        year=2024,
        organisation="Servicenämnden",
        title="Verksamhetsplan med budget 2024",
        running_header=HEADER,
        font="sans",
        title_page_lines=["Region Örebro län"],
        blocks=[
            Heading("Inledning", "1", 1),
            Para(LONG),
            Heading("Perspektiv: Process", "5.2", 2),
            Goal("Regionservice är en möjliggörande och värdeskapande partner."),
            Indicators(["Den digitala mognaden ska öka.", "HME delindex Motivation ska öka."]),
            IndicatorTable([IndicatorRow("Sjukfrånvaro total % har minskat.", "6,22%", "5,5%", comment="Det rör sig i rätt riktning.")]),
            Heading("Resultatbudget servicenämnd", "6.3", 2),
            Table(
                header_rows=[
                    ["Belopp i mnkr", "Budget 2024", "", "Budget 2023", ""],
                    ["", "Omsättning", "Varav budgetram", "Omsättning", "Varav budgetram"],
                ],
                rows=[
                    TableRow("Verksamhetens intäkter", [], group=True),
                    TableRow("Övriga intäkter", ["2 380", "75,8", "2 381,4", "70,1"]),
                    TableRow("Personalkostnader", ["\u22121 051,2", "", "-1 012,0", ""]),
                    TableRow("Verksamhetens nettokostnader", ["1 328,8", "75,8", "1 369,4", "70,1"], bold=True),
                    TableRow("Antal årsarbetare", ["1 250", "", "1 240", ""]),
                ],
                columns=["Budget 2024 Omsättning", "Budget 2024 Varav budgetram",
                         "Budget 2023 Omsättning", "Budget 2023 Varav budgetram"],
                kind="budget", unit="mnkr", money_columns=[0, 1, 2, 3], title="Resultatbudget",
            ),
            Table(header_rows=[["(Tkr)", "2024", "Andel"]],
                  rows=[TableRow("Minskade kostnader IT", ["-2 500", "12%"])],
                  columns=["2024", "Andel"], kind="action_plan", unit="tkr", money_columns=[0], ruled=False,
                  caption="Summering av samtliga åtgärder"),
            Heading("Internkontrollplan", "9.1", 2),
            RiskTable(risks),
        ],
    )


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("gen")
    spec = _spec()
    pdf, js = write_sample(spec, out)
    doc = json.loads(js.read_text(encoding="utf-8"))
    with pdfplumber.open(str(pdf)) as p:
        texts = [page.extract_text() or "" for page in p.pages]
        words = [page.extract_words(extra_attrs=["fontname", "size"]) for page in p.pages]
    return {"spec": spec, "pdf": pdf, "doc": doc, "texts": texts, "words": words, "dir": out}


def test_running_header_and_page_numbers_on_every_page_but_the_title(built):
    texts = built["texts"]
    total = len(texts)
    assert total >= 4
    assert HEADER not in texts[0]
    for n, text in enumerate(texts[1:], start=2):
        first = text.splitlines()[0]
        assert first.startswith(HEADER)
        assert first.endswith(f"{n}({total})")
    assert built["doc"]["source"]["pages"] == total


def test_hyphenation_at_line_ends_and_compounds_kept(built):
    lines = [ln for t in built["texts"] for ln in t.splitlines()]
    hyphenated = [ln for ln in lines if re.search(r"[a-zåäö]-$", ln)]
    assert hyphenated, "no line ends with a hyphenation hyphen"
    # the compound "ekonomi- och" is never split at its own hyphen
    assert not any(ln.endswith("ekonomi-") for ln in lines)
    assert sum("ekonomi- och" in ln for ln in lines) == 4
    # undoing the hyphenation gives back the running text
    body = " ".join(built["texts"][1].splitlines()[1:])
    joined = re.sub(r"([a-zåäö])- ([a-zåäö])", r"\1\2", body)
    assert "förvaltningen Regionservice" in joined


def test_fonts_bold_heading_and_goal(built):
    words = [w for ws in built["words"] for w in ws]
    goal_words = [w for w in words if w["text"] == "Mål:"]
    assert goal_words and goal_words[0]["fontname"] == "Helvetica-Bold"
    h1 = [w for w in words if w["text"] == "Inledning"][0]
    assert h1["fontname"] == "Helvetica-Bold" and round(h1["size"]) == 16
    body = [w for w in words if w["text"] == "verksamhetsplan"][0]
    assert body["fontname"] == "Helvetica" and round(body["size"]) == 11


def test_risk_table_breaks_with_header_repeated(built):
    pages_with_header = [
        n for n, t in enumerate(built["texts"], start=1) if re.search(r"^Verksamhet Risk Åtgärd$", t, re.M)
    ]
    assert len(pages_with_header) >= 2
    risks = [i for i in built["doc"]["items"] if i["kind"] == "risk"]
    assert {r["page"] for r in risks} <= set(pages_with_header)
    assert len({r["page"] for r in risks}) >= 2
    # every risk starts on the page where its text is printed
    for r, k in zip(risks, range(N_RISKS)):
        assert f"Risk nummer {k} att" in built["texts"][r["page"] - 1]


def test_money_table_two_row_header_and_wrapped_cells(built):
    text = [t for t in built["texts"] if "Belopp i mnkr" in t][0]
    assert "Budget 2024 Budget 2023" in text  # spanned upper header cells on one line
    assert "-1 051,2" in text  # U+2212 printed as "-"
    lines = text.splitlines()
    assert any(ln.startswith("Verksamhetens netto") and not ln.startswith("Verksamhetens nettokostnader") for ln in lines)


def test_expected_items(built):
    items = built["doc"]["items"]
    kinds = [i["kind"] for i in items]
    assert kinds == ["goal", "indicator", "indicator", "indicator"] + ["risk"] * N_RISKS
    goal = items[0]
    assert goal["text"] == "Regionservice är en möjliggörande och värdeskapande partner."
    assert goal["cue"] == "Mål:" and goal["section"] == "s5.2"
    assert [i["parent"] for i in items[1:4]] == [goal["id"]] * 3
    assert items[1]["text"] == "Den digitala mognaden ska öka."
    assert (items[3]["outcome"], items[3]["target"], items[3]["comment"]) == ("6,22%", "5,5%", "Det rör sig i rätt riktning.")
    risks = items[4:]
    assert [r["area"] for r in risks] == ["HR"] * 5 + ["Informationssäkerhet"] * 4
    assert all(len(r["actions"]) == 3 for r in risks)
    assert risks[7]["actions"][2]["text"].startswith("Regionövergripande åtgärd 7.2: Varje chef")
    assert all(r["section"] == "s9.1" for r in risks)
    assert [i["id"] for i in items] == [f"i{n}" for n in range(1, len(items) + 1)]


def test_expected_sections_and_tables(built):
    doc = built["doc"]
    assert [(s["id"], s["level"]) for s in doc["sections"]] == [("s1", 1), ("s5.2", 2), ("s6.3", 2), ("s9.1", 2)]
    t1, t2 = doc["tables"]
    assert (t1["id"], t1["kind"], t1["unit"], t1["title"]) == ("t1", "budget", "mnkr", "Resultatbudget")
    rows = {r["label"]: r for r in t1["rows"]}
    assert rows["Verksamhetens intäkter"]["cells"] == []
    cells = {c["column"]: c for c in rows["Personalkostnader"]["cells"]}
    assert set(cells) == {"Budget 2024 Omsättning", "Budget 2023 Omsättning"}  # empty cells have no entry
    assert cells["Budget 2024 Omsättning"] == {"column": "Budget 2024 Omsättning", "raw": "-1 051,2", "value_mnkr": -1051.2}
    assert [c["value_mnkr"] for c in rows["Övriga intäkter"]["cells"]] == [2380.0, 75.8, 2381.4, 70.1]
    assert rows["Verksamhetens nettokostnader"]["bold"] is True
    assert t2["title"] == "Summering av samtliga åtgärder"
    assert t2["rows"][0]["cells"] == [
        {"column": "2024", "raw": "-2 500", "value_mnkr": -2.5},
        {"column": "Andel", "raw": "12%", "value_mnkr": None},
    ]


def test_expected_validates_against_the_contract(built):
    doc = OutputDocument.model_validate(built["doc"])
    assert doc.source.file == "test-vp.pdf" and len(doc.source.sha256) == 64
    assert doc.document.type == "verksamhetsplan" and doc.document.year == 2024


def test_deterministic_and_small(built, tmp_path):
    again = tmp_path / "again.pdf"
    pages = render(built["spec"], again)
    assert again.read_bytes() == built["pdf"].read_bytes()
    assert pages.total_pages == built["doc"]["source"]["pages"]
    assert built["pdf"].stat().st_size < 500_000
    assert expected(built["spec"], pages)["items"] == built["doc"]["items"]


def test_money_value_parser():
    assert money_value("2 059,1", "mnkr") == 2059.1
    assert money_value("\u22121\u00a0051,2", "mnkr") == -1051.2
    assert money_value("\u2013 500", "tkr") == -0.5
    assert money_value("90 000", "kr") == 0.09
    assert money_value("5,1%", "mnkr") is None
    assert money_value("ingår i ovan", "mnkr") is None
    assert money_value("12", None) is None


def test_printable_unicode_charset_keeps_what_embedded_fonts_print():
    assert printable("\u22125,2 \u25a0 mnkr\u00ad", "unicode") == "\u22125,2 \u25a0 mnkr"
    assert printable("13\u202fsek \u2192", "unicode") == "13 sek \u2192"
    assert markup("• Helt", "unicode") == "• Helt"  # no Symbol font with embedded fonts


def test_printable_and_markup():
    assert printable("\u22125,2 ■ mnkr") == "-5,2 mnkr"
    assert printable("● Helt →") == "Helt"
    assert printable("Samarbete – ”vi” • alla") == "Samarbete – ”vi” • alla"
    assert "ekonomi-\u00a0och" in markup("ett ekonomi- och inköpssystem")
    assert markup("A & B <c>") == "A &amp; B &lt;c&gt;"


def test_swedish_break_points():
    assert ("Regionser", "vice") in splits("Regionservice")
    assert all(not tail[0] in "aeiouyåäö" for _, tail in splits("Regionservice"))
    assert break_points("IT-säkerhet") == []
    assert break_points("HME") == [] and break_points("2023") == []
    assert splits("Omsättning")[0] == ("Omsätt", "ning")


def test_serif_document_lists_and_report_risks(tmp_path):
    from samples.generator.spec import Activities, Assignment, AssignmentList, Bullets, Strategies

    spec = DocSpec(
        stem="test-vb", doc_type="verksamhetsberattelse", year=2021, organisation="Servicenämnden",
        title="Verksamhetsberättelse helår 2021", running_header="Servicenämnden, Verksamhetsberättelse 2021",
        font="serif",
        blocks=[
            Heading("Perspektiv: Process", "4.3", 2),
            Heading("Strategi: Digitalisering", None, 3),
            Strategies("Strategier för digitalisering", ["Att digitalisera processer.", "Att leda för hållbarhet."]),
            Goal("Vi digitaliserar för ökad leveransförmåga.", cue="Effektmål 9."),
            Assignment("Område IT får i uppdrag att etablera livscykelhantering.", comment="Arbetet har påbörjats."),
            AssignmentList(["Område IT får i uppdrag att tydliggöra sin roll."], numbers=["3."]),
            Activities(["Införa Office 365."]),
            Bullets(["Samarbete – Vi lyfter varandra ■"]),
            Heading("Internkontrollplan", "8.1", 2),
            RiskTable(
                [RiskRow("Ekonomi", "Risken att projektet försenas.", ["Åtgärd A.", "Åtgärd B."],
                         statuses=["Avslutad", "Ej genomförd"], comments=["Har åtgärden bidragit? Ja.", ""]),
                 RiskRow("", "", ["Åtgärd C."], statuses=["Avslutad"])],
                columns=["Verksamhet", "Risk", "Åtgärd", "Status"]),
        ],
    )
    pdf, js = write_sample(spec, tmp_path)
    doc = json.loads(js.read_text(encoding="utf-8"))
    with pdfplumber.open(str(pdf)) as p:
        words = [w for page in p.pages for w in page.extract_words(extra_attrs=["fontname"])]
        text = "\n".join(page.extract_text() for page in p.pages)
    fonts: dict[str, list[str]] = {}
    for w in words:
        fonts.setdefault(w["text"], []).append(w["fontname"])
    fonts = {k: v[0] for k, v in fonts.items() if k != "Kommentar"} | {"Kommentar": fonts["Kommentar"]}
    assert fonts["Effektmål"] == "Times-Bold"
    assert fonts["Kommentar"] == ["Times-Bold", "Times-Italic"]  # assignment comment, risk comment
    assert fonts["Strategier"] == "Times-Italic" and fonts["Införa"] == "Times-Roman"
    assert "• Införa Office 365." in text and "3. Område IT får i uppdrag" in text
    assert "■" not in text and "Samarbete – Vi lyfter varandra" in text
    assert "Verksamhet Risk Åtgärd Status" in text
    items = doc["items"]
    assert [(i["kind"], i.get("cue") or i.get("number")) for i in items] == [
        ("strategy", None), ("strategy", None), ("goal", "Effektmål 9."), ("assignment", "Uppdrag:"),
        ("assignment", "3."), ("activity", None), ("risk", None)]
    assert items[0]["section"] == "u1" and items[0]["text"] == "Att digitalisera processer."
    assert items[3]["comment"] == "Arbetet har påbörjats."
    risk = items[-1]
    assert (risk["area"], risk["text"], risk["section"]) == ("Ekonomi", "Risken att projektet försenas.", "s8.1")
    assert [(a["text"], a["status"]) for a in risk["actions"]] == [
        ("Åtgärd A.", "Avslutad"), ("Åtgärd B.", "Ej genomförd"), ("Åtgärd C.", "Avslutad")]
    assert doc["document"]["type"] == "verksamhetsberattelse"
    OutputDocument.model_validate(doc)


# -- looks -------------------------------------------------------------------
def _render_look(spec: DocSpec, out, look_name: str):
    from samples.generator.looks import LOOKS

    fonts = LOOKS[look_name].fonts
    if fonts is not None and fonts.missing_files():
        pytest.skip(f"look {look_name!r} needs {fonts.missing_files()[0]} (Debian package fonts-dejavu-core)")
    pdf, js = write_sample(spec, out, LOOKS[look_name])
    with pdfplumber.open(str(pdf)) as p:
        texts = [page.extract_text() or "" for page in p.pages]
        words = [w for page in p.pages for w in page.extract_words(extra_attrs=["fontname", "size"])]
    return json.loads(js.read_text(encoding="utf-8")), texts, words, pdf


@pytest.mark.parametrize("module", ["doc_vp2024", "doc_vp2023", "doc_vb2021"])
def test_default_look_reproduces_the_committed_samples(module, tmp_path):
    """The Look refactoring must not move a byte of the committed samples."""
    import importlib
    from pathlib import Path

    spec = importlib.import_module(f"samples.generator.{module}").spec()
    samples = Path(__file__).resolve().parent.parent / "samples"
    pdf, js = write_sample(spec, tmp_path)
    assert pdf.read_bytes() == (samples / pdf.name).read_bytes()
    assert js.read_text(encoding="utf-8") == (samples / js.name).read_text(encoding="utf-8")


def test_calibri_like_look(tmp_path):
    doc, texts, words, _ = _render_look(_spec(), tmp_path, "calibri-like")
    total = len(texts)
    fonts = {w["fontname"].split("+", 1)[-1] for w in words}
    assert {"DejaVuSans", "DejaVuSans-Bold"} <= fonts
    assert all(re.fullmatch(r"[A-Z]{6}\+DejaVuSans.*", w["fontname"]) for w in words)  # embedded subsets
    assert "Sida" not in texts[0]  # title page
    for n, text in enumerate(texts[1:], start=2):
        lines = text.splitlines()
        assert f"Sida {n} av {total}" in lines[-2]  # page number centred above the header-text line
        assert lines[-1].startswith(HEADER)
    body = [ln for t in texts[1:] for ln in t.splitlines()]
    assert not [ln for ln in body if re.search(r"[a-zåäö]-$", ln) and not ln.endswith("ekonomi-")]
    assert "1. Inledning" in body and "5.2. Perspektiv: Process" in body
    assert [s["id"] for s in doc["sections"]] == ["s1.", "s5.2.", "s6.3.", "s9.1."]
    assert doc["sections"][1]["number"] == "5.2."
    body_sizes = {round(w["size"], 1) for w in words if w["text"] == "Denna"}
    assert body_sizes == {10.0}


def test_times_dense_look(tmp_path):
    from samples.generator.spec import Activities, Strategies

    spec = _spec()
    spec.blocks.insert(4, Activities(["Införa Office 365.", "Utbilda chefer."]))
    spec.blocks.insert(4, Strategies("Strategier för digitalisering", ["Att digitalisera processer."]))
    doc, texts, words, pdf = _render_look(spec, tmp_path, "times-dense")
    total = len(texts)
    # no title page: the title on page 1, a bare page number at the foot of every page
    assert texts[0].splitlines()[:2] == ["Servicenämnden", "Verksamhetsplan med budget 2024"]
    for n, text in enumerate(texts, start=1):
        lines = text.splitlines()
        assert lines[-2] == f"{HEADER} {n}"
        assert lines[-1] == "2023-11-28 test-vp.docx"
    assert doc["source"]["pages"] == total and doc["sections"][0]["page"] == 1
    assert {w["fontname"] for w in words} >= {"Times-Roman", "Times-Bold", "Courier", "Symbol"}
    courier = [w["text"] for w in words if w["fontname"] == "Courier"]
    assert courier == ["o", "o"]  # activity bullets, as Word's Courier New "o"
    assert "1 Inledning" in texts[0] and doc["sections"][0]["id"] == "s1"
    assert any(re.search(r"[a-zåäö]-$", ln) for t in texts for ln in t.splitlines())  # hyphenated
    with pdfplumber.open(str(pdf)) as p:
        fills = [r for page in p.pages for r in page.rects if r.get("fill")]
    assert fills, "grey header fill in the ruled tables"
    assert {round(w["size"], 1) for w in words if w["text"] == "Denna"} == {12.0}


def test_make_samples_look_option(tmp_path, capsys):
    from samples.make_samples import main

    assert main(["--look", "times-dense", "--out", str(tmp_path), "doc_vp2023"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("doc_vp2023: vp-2023-servicenamnden.pdf ")
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "vp-2023-servicenamnden.expected.json", "vp-2023-servicenamnden.pdf"]
    with pytest.raises(SystemExit):  # samples/ holds the default look only
        main(["--look", "times-dense", "doc_vp2023"])

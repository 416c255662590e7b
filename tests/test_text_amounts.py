"""Running-text amounts: every narrative amount of seeds 002 (VP 2024) and 004
(VP 2023) is found with its sentence; the traps of the same documents are not."""

from __future__ import annotations

from decimal import Decimal

import pytest

from extractors.money.text_amounts import AmountFinder, TextAmount, find_amounts

# (paragraph as printed in the seed, [(raw, mnkr), ...] in text order)
SEED_002 = [
    ("De ekonomiska utmaningarna inför 2024 är stora. Nämnden behöver minska sina kostnader med "
     "storleksordningen 76 miljoner kronor. Ett intensivt arbete för att ta fram en handlingsplan startades.",
     [("76 miljoner kronor", "76")]),
    ("Det ekonomiska läget för Region Örebro län liksom för övriga regioner i Sverige är extremt ansträngd. "
     "Helårsprognosen för 2023 för hela regionen är ett underskott på 1 miljard kronor.",
     [("1 miljard kronor", "1000")]),
    ("I juni tog fullmäktige beslut om en rad åtgärder för att komma i balans med regionens ekonomi under 2024. "
     "Beslutet innebär skatte- och avgiftshöjningar men också ett stort besparingskrav på 628 miljoner kronor. "
     "Servicenämndens del av detta blev 76 miljoner.",
     [("628 miljoner kronor", "628"), ("76 miljoner", "76")]),
    ("Totala fastighetsinvesteringar för 2024 uppgår till 203,8 miljoner kronor.", [("203,8 miljoner kronor", "203.8")]),
    ("Totala IT investeringar för 2024 uppgår till 141,5 miljoner kronor.", [("141,5 miljoner kronor", "141.5")]),
    ("Övriga investeringar för 2024 uppgår till 27,2 miljoner kronor.", [("27,2 miljoner kronor", "27.2")]),
    ("- **Ökade intäkter** - Regionens taxor och avgifter höjs generellt med 10 procent. Beräknad effekt "
     "uppgår till ca 76 miljoner kronor.", [("76 miljoner kronor", "76")]),
    ("- **Höjd skatt** - Skattehöjningen 2024 motsvarar 569 miljoner kronor. Skattehöjningen är en "
     "förutsättning för att värna nuvarande utbud av hälso- och sjukvård samt kollektivtrafik i länet.",
     [("569 miljoner kronor", "569")]),
    ("- **Kostnadsreduceringar** - Trots ökade avgiftsnivåer, taxor och skattesats behöver regionens samlade "
     "kostnader minska med 629 miljoner kronor.", [("629 miljoner kronor", "629")]),
    ("I skrivande stund har Servicenämnden tilldelats en intäktsbudget på 22,3 miljoner kronor.",
     [("22,3 miljoner kronor", "22.3")]),
    ("Beslutet av budgetramen innebär ett åtgärdskrav på 75,8 miljoner kronor för Servicenämnden.",
     [("75,8 miljoner kronor", "75.8")]),
    ("Målet med handlingsplanen är att åtgärderna minst ska omfatta 75,8 mkr för att nämnden ska ha en "
     "långsiktig hållbar ekonomi i balans mot tilldelad budget från och med budget 2024.", [("75,8 mkr", "75.8")]),
    ("I åtgärdsarbetet har det totala värdet av åtgärderna överstigit åtgärdskravet på 75,8 mnkr. Detta har "
     "möjliggjort en politisk prioritering av åtgärdsförslagen.", [("75,8 mnkr", "75.8")]),
    ("Handlingsplanen omfattar ett besparingsförslag om knappt 85 mkr för 2024. I tabellen går det att utläsa "
     "att besparingarna år 2025-2026 blir ännu större.", [("85 mkr", "85")]),
    ("Övriga kostnadsreduceringar avser främst uppsägning av externa lokaler (15,2 mkr), lägre driftkostnader "
     "genom försäljning av fastigheter (10 mkr), energieffektiviseringar (5 mkr), fastighetsunderhåll som "
     "skjuts på framtiden (10 mkr) samt pausa delar av verksamhetsservice (5 mkr).",
     [("15,2 mkr", "15.2"), ("10 mkr", "10"), ("5 mkr", "5"), ("10 mkr", "10"), ("5 mkr", "5")]),
    ("Större belopp avser till exempel att nyttja nationella avtal i högre utsträckning för standardiserade "
     "varor och tjänster (375 tkr) samt fasa ut behov av externa upphandlinskonsulter (250 tkr).",
     [("375 tkr", "0.375"), ("250 tkr", "0.25")]),
    ("Exempel på besparingsförslag för övriga kostnadsreduceringar är att ersätta Coromaticavtalet med egen "
     "personal hos Område fastigheter och Område IT eller upprätta nytt avtal med ny upphandlad part (1 mkr). "
     "Ytterligare en åtgärd är att använda billigare Microsoft 365 Enterprise-abonnemang (F3 i stället för E3) "
     "för fler användare (4 mkr från 2025). Den största besparingen avser att använda lagring och mail i "
     "molntjänster istället för lokal lagring (19,1 mkr).",
     [("1 mkr", "1"), ("4 mkr", "4"), ("19,1 mkr", "19.1")]),
    ("Övriga kostnadsreduceringar avser bland annat minska deltagande på resor kopplade till upphandlingar, "
     "till exempel konferenser för kunskapsinhämtning och referensbesök för anbudsutvärdering (0,5 mkr). Vi ser "
     "också över befintliga serviceavtal för medicinteknisk utrustning (2,1 mkr).",
     [("0,5 mkr", "0.5"), ("2,1 mkr", "2.1")]),
    ("Övriga kostnadsreduceringar får främst genomslag från 2025 och framåt och avser beslut om att gå över "
     "till en basmodell för telefoni (1,5 mkr).", [("1,5 mkr", "1.5")]),
]

# seed 004 is pdftotext output: hard line breaks inside paragraphs
SEED_004 = [
    ("Totala fastighetsinvesteringar för 2023 uppgår till 347,5 miljoner kronor. ", [("347,5 miljoner kronor", "347.5")]),
    ("Med information om projekt där den totala investeringsutgiften beräknas till \nmer än 10 miljoner kronor "
     "(beloppen avser investeringsutgift 2023) Belopp, mnkr ", [("10 miljoner kronor", "10")]),
    ("Totala IT investeringar för 2023 uppgår till 96,9 miljoner kronor. ", [("96,9 miljoner kronor", "96.9")]),
    ("Övriga investeringar för 2023 uppgår till 15,0 miljoner kronor. ", [("15,0 miljoner kronor", "15.0")]),
]


@pytest.mark.parametrize("paragraph,expected", SEED_002 + SEED_004)
def test_seed_narrative_amounts_are_found_with_their_sentence(paragraph, expected):
    found = find_amounts(paragraph)
    assert [(a.raw, a.value_mnkr) for a in found] == [(raw, Decimal(v)) for raw, v in expected]
    for a in found:
        assert paragraph[a.start:a.end] == a.raw
        assert a.raw in a.sentence and a.sentence in " ".join(paragraph.split())
        assert len(a.sentence) < len(paragraph) or paragraph.count(".") <= 1


def test_abbreviation_does_not_end_the_sentence():
    [a] = find_amounts("Effekten blir ca. 76 miljoner kronor i år. Nästa mening.")
    assert (a.qualifier, a.sentence) == ("ca.", "Effekten blir ca. 76 miljoner kronor i år.")
    [b] = find_amounts("Kostnaden är inkl. moms 12 mnkr.")
    assert b.sentence == "Kostnaden är inkl. moms 12 mnkr."


def test_sentence_context_and_qualifier():
    [a] = find_amounts(SEED_002[6][0])
    assert a.sentence == "Beräknad effekt uppgår till ca 76 miljoner kronor."
    assert a.qualifier == "ca"
    [b] = find_amounts(SEED_002[13][0])
    assert (b.qualifier, b.sentence) == ("knappt", "Handlingsplanen omfattar ett besparingsförslag om knappt 85 mkr för 2024.")


@pytest.mark.parametrize(
    "text,raw,mnkr",
    [
        ("Totalt försämras resultatet med -18,5 miljoner kronor jämfört med 2020.", "-18,5 miljoner kronor", "-18.5"),
        ("Kostnadsökningen uppskattas till drygt 20 miljoner kronor totalt.", "20 miljoner kronor", "20"),
        ("Byggnationen beräknas till ca 1 500 Mnkr.", "1 500 Mnkr", "1500"),
        ("Totalt utfall på för sent betalda fakturor är 90 000 kronor.", "90 000 kronor", "0.09"),
        ("Underskott −1\u00a0051,2 mnkr i år.", "−1\u00a0051,2 mnkr", "-1051.2"),
        ("Ramen är 2\u202f059,1 mkr.", "2\u202f059,1 mkr", "2059.1"),
        ("Det ger 2 miljarder kronor.", "2 miljarder kronor", "2000"),
        ("Det ger 1,5 mdkr.", "1,5 mdkr", "1500"),
        ("Resultatet är plus 108,5 miljoner kronor.", "108,5 miljoner kronor", "108.5"),
        ("Avvikelsen är minus 3 mnkr.", "3 mnkr", "-3"),
        ("Besparingen blev 75,8mnkr.", "75,8mnkr", "75.8"),
        ("Priset blev 120 tusen kronor.", "120 tusen kronor", "0.12"),
        ("Ca 341 Mnrk avser ombyggnad.", "341 Mnrk", "341"),
        ("Totalbudgeten om 1 463,6 miljoner kronor.", "1 463,6 miljoner kronor", "1463.6"),
        ("Budgeten uppgår till 1 \n500 mnkr enligt plan.", "1 \n500 mnkr", "1500"),  # wrapped line
        ("Kolumnerna 1   500 mnkr.", "500 mnkr", "500"),  # a column gap does not join groups
        ("Besparingen blir 5 mnkr per år från 2025.", "5 mnkr", "5"),
        ("Intäkterna uppgår till 2025 mnkr.", "2025 mnkr", "2025"),
        ("Resultatet blev 15,3 rnkr enligt OCR.", "15,3 rnkr", "15.3"),
    ],
)
def test_printed_forms(text, raw, mnkr):
    [a] = find_amounts(text)
    assert (a.raw, a.value_mnkr) == (raw, Decimal(mnkr))


@pytest.mark.parametrize(
    "text",
    [
        "NIS-direktivet och lag (2018:1174) om informationssäkerhet för samhällsviktiga och digitala tjänster.",
        "Aktivitetsplaner finns för att nå målsättningarna i reviderat Program för hållbar utveckling 2021-2025.",
        "Den interna kontrollen ska vara tillräcklig enligt Kommunallagen (KL) 6 kap. 6 §.",
        "En mycket hög svarsfrekvens (86,8 procent) visar också att det finns en stor vilja.",
        "Under året har 138 642 st ärenden hanterats.",
        "En ekonomi i balans kan därför förskjutas något över planperioden 2024-2026.",
        "Beslutet fattades 2023-11-15 och protokollet har nummer 200915.",
        "Kontering på konto 4011+ 4081 enligt rutin.",
        "Ring växeln på 019-602 10 00 för frågor.",
        "Servicenämnden, Verksamhetsplan med budget 6(17)",
        "Resultatmål 2 % av omsättningen, 5,1% i utfall och 86,8 procent svar.",
        "Svarstiden var 45 sekunder och handläggningen 12 timmar; HME 79 och AVI 100.",
        "Väntetiden var i snitt 38 sek i telefonväxeln.",
        "Belopp Utfall 2021 mnkr Budget 2021 mnkr",
        "Kostnaden är 1 200 kr/kvm bruksarea och 450 kr per timme.",
        "Region Örebro län har drygt 300 000 invånare och 2 miljoner besök om året.",
        "Regionens taxor och avgifter höjs generellt med 10 procent.",
    ],
)
def test_traps_are_not_amounts(text):
    assert find_amounts(text) == []


def test_bare_millions_need_money_context():
    assert find_amounts("Antalet besök var 2 miljoner.") == []
    [a] = find_amounts("Budgeten minskar. Besparingen blir 3 miljoner.")
    assert a.value_mnkr == Decimal(3)


def test_finder_instances_agree_and_result_is_frozen():
    text = SEED_002[14][0]
    found = AmountFinder().find(text)
    assert found == find_amounts(text)
    with pytest.raises(AttributeError):
        found[0].raw = "x"  # type: ignore[misc]
    assert isinstance(found[0], TextAmount)


def test_to_contract_amount():
    [a] = find_amounts("Resultatet före återbetalningar är 108,5\nmiljoner kronor.")
    amount = a.to_contract(page=12)
    assert (amount.raw, amount.value_mnkr, amount.page) == ("108,5 miljoner kronor", 108.5, 12)
    assert amount.context == "Resultatet före återbetalningar är 108,5 miljoner kronor."

"""Sample spec: Servicenämnden, Verksamhetsplan med budget 2024 (seed 002).

Hand-transcribed from ``shared/seeds/002_2f98256bc7b45886.txt`` with the
conversion damage undone (markdown/HTML remnants, ``<b>`` tags, words split by
page breaks, tables flattened into tabs, header cells split as "Omsättn ing").

What was left out or normalised (nothing else is shortened):

- The table of contents and the organisation chart image (chapter 7) are
  omitted; the two "Bilagor" lines after the contents list are omitted too.
- Heading levels follow the document's numbering; unnumbered subheadings
  get ``number=None``.  The appended Handlingsplan has its own numbering
  ("1. Inledning", "1.1. Syfte", …), kept as printed, with the dot.
- The second *Indikatorer* heading under the second goal of "Strategi:
  Kvalitet och utveckling" is in the source and is kept (same parent goal).
- The internal-control plan's repeated header row (page break) is left to
  the renderer; risks are transcribed once each.
- "Summa fastighetsinvesteringar 2024" has its value on the next line in the
  seed (wrapped label); it is one row here.
- The RUS "Effektmål" table and the ■ matrix (one table split over a page in
  the source) are one context table (kind "other").

Source facts kept as printed (not errors of transcription):

- Fastigheter's action-plan table prints Intäkter 2025/2026 as "1500" (no
  thousands space; 2024 is "1 500").
- The summary "Summering av samtliga åtgärder" does NOT equal the sum of the
  seven area tables for 2024 (areas: 87 349 tkr, 27 579 personal, 55 856
  övriga; summary: 84 754, 27 039, 53 801; the source gives no reason, 1.4
  mentions a political prioritisation); 2025 and 2026 do add up.  Within every table, the
  Totalsumma/Summa rows add up exactly.
- Typos of the source are kept: "Hälsöfrämjade", "avvikelshantering",
  "Serverar, hårdvara", "upphandlinskonsulter", "arbetsätt", "Kvalitén",
  "I Regionservice stab funktionerna av stabschefer.", header "Antal å 2024".
"""

from __future__ import annotations

from samples.generator.spec import (
    Assignment,
    Block,
    Bullets,
    DocSpec,
    Goal,
    Heading,
    Indicators,
    PageBreak,
    Para,
    RiskRow,
    RiskTable,
    Strategies,
    Table,
    TableRow,
)

_TITLE = "Verksamhetsplan med budget 2024"


def spec() -> DocSpec:
    """The whole document as a :class:`DocSpec`, in reading order."""
    blocks: list[Block] = [
        *_chapters_1_to_4(),
        *_chapter_5(),
        *_chapter_6(),
        *_chapters_7_to_9(),
        *_internkontrollplan(),
        *_bilaga_investeringar(),
        *_handlingsplan(),
    ]
    return DocSpec(
        stem="vp-2024-servicenamnden",
        doc_type="verksamhetsplan",
        year=2024,
        organisation="Servicenämnden",
        title=_TITLE,
        running_header=f"Servicenämnden, {_TITLE}",
        blocks=blocks,
        font="sans",
    )


# --------------------------------------------------------------------------
# 1–4


def _chapters_1_to_4() -> list[Block]:
    return [
        Heading("Inledning", "1", 1),
        Para(
            "Denna verksamhetsplan utgör styrdokument för servicenämnden och förvaltningen "
            "Regionservice. Servicenämnden ska bereda och besluta i frågor som berör förvaltning "
            "och drift av Region Örebro läns serviceverksamheter."
        ),
        Para(
            "Nämnden ska se till att verksamheten, inom tilldelade ekonomiska ramar, bedrivs i "
            "enlighet med de mål och riktlinjer som regionfullmäktige har beslutat samt de lagar "
            "och föreskrifter som gäller för verksamheten."
        ),
        Para(
            "Nämnden ska också se till att den interna kontrollen är tillräcklig samt att "
            "verksamheten bedrivs på ett i övrigt tillfredsställande sätt. Nämnden står under "
            "regionstyrelsens uppsikt och ansvarar för sin verksamhet inför regionfullmäktige. "
            "Nämnden har inte arbetsgivaransvaret utan det ligger på regionstyrelsen. Nämnden är "
            "dock angelägen att bidra till arbetet inom målområdet attraktiv arbetsgivare och "
            "kompetensförsörjning."
        ),
        Heading("Vision och värdegrund", "2", 1),
        Para("Region Örebro läns vision:"),
        Para("Tillsammans skapar vi ett bättre liv", style="italic"),
        Para("Region Örebro läns värdegrund:"),
        Bullets(
            [
                "Samarbete – Vi lyfter varandra och samverkar över gränser. Det är vår förmåga "
                "till samarbete som ger kraft att tillsammans skapa ett bättre liv.",
                "Utveckling – Vi är lärande, utforskar möjligheter och förbättrar ständigt på "
                "hållbart sätt med invånaren i fokus.",
                "Professionalism – Vi håller hög kvalitet, visar tillit och skapar utrymme för det "
                "professionella omdömet. All kontakt med oss ska bidra till ett bättre liv för "
                "invånare, kollegor, besökare och andra aktörer.",
            ]
        ),
        Heading("Syfte och roll", "3", 1),
        Heading("Regionservice syfte", None, 2),
        Para(
            "Regionservice ska tillsammans med Region Örebro läns verksamheter tillgodose "
            "invånarnas och samhällets behov på bästa sätt. Regionservice är en möjliggörande och "
            "värdeskapande servicepartner."
        ),
        Heading("Rollen som serviceorganisation", None, 2),
        Para(
            "Regionservice är Region Örebro läns serviceorganisation. Här finns många av service- "
            "och stödprocesserna samlade så som fastigheter, IT, medicinsk teknik, kost, transport, "
            "parkering, städ, vårdnära service, ekonomiadministration, löneadministration, "
            "upphandling, registratur, arkiv, telefonväxeln och servicecenter."
        ),
        Para(
            "Regionservice har en strategisk roll inom sina verksamheter, som tar helhetsansvar och "
            "genomsyras av en hög serviceanda."
        ),
        Heading("Omvärld, nuvarande situation och framtida utmaningar", "4", 1),
        Para(
            "Det ord som förmodligen bäst symboliserar omvärlden just nu är ”osäkerhet”. I osäkra "
            "tider är benägenheten att bli mer kortsiktig, reaktiv och fokuserad på att hantera "
            "risker, snarare än möjligheter stor."
        ),
        Para(
            "Sedan 2020-talets inledning har kriserna travats på varandra: pandemin, kriget i "
            "Ukraina, klimatförändringar, inflation, stigande räntor och en begynnande lågkonjunktur."
        ),
        Para(
            "Det ekonomiska läget för hela regionsverige är mycket ansträngt och Region Örebro län "
            "är inget undantag. Prognosen för 2023 visar på stora underskott, och utsikterna de "
            "kommande åren visar inte på någon ljusning. Det innebär att den verksamhet vi bedriver "
            "behöver kosta mindre de kommande åren."
        ),
        Para(
            "Denna verksamhetsplan tar avstamp ur Region Örebro läns verksamhetsplan, och utifrån "
            "det omvärldsseminarium som nämndens politiker genomförde i maj 2023. Här identifierades "
            "flera viktiga fokusområden:"
        ),
        Bullets(
            [
                "Det ekonomiska läget",
                "Förmåga att bygga motståndskraft och anpassningsförmåga",
                "Förändrat arbetsliv, nya jobb och färdigheter till följd av ny teknik och "
                "förändrat arbetssätt gör att vi behöver ta till vara på de möjligheter som "
                "digitalisering skapar",
            ]
        ),
        Para(
            "Utmaningarna är stora och för att klara dessa behöver vi hjälpas åt - tillsammans kan "
            "vi klara vårt viktiga uppdrag: att tillgodose invånarnas och samhällets behov på bästa "
            "sätt."
        ),
        Heading("Nuvarande situation", None, 2),
        Para(
            "Regionservice har en ekonomi i balans. Måluppfyllelsen var vid senaste mätningen i "
            "delårsrapporten 2023 överlag god. Det innebär att vi har ett bra utgångsläge när vi "
            "kliver in i ett tufft 2024. Regionservice medarbetares välmående, trivsel och "
            "motivation är viktigt för att lyckas med serviceuppdraget och med det strategiska "
            "uppdraget att möta omvärldens förändrade krav och behov."
        ),
        Para(
            "Under våren 2023 behövde investeringarna prioriteras till följd av det ansträngda "
            "ekonomiska läget. Det innebär att en del investeringar behöver skjutas på framtiden. "
            "Några av de större bygg- och teknikprojekt som kommer fortsätta under 2024 är "
            "ombyggnation av Länsmuseet och nya lokaler för framtidens Endoskopi på Karlskoga "
            "lasarett."
        ),
        Para(
            "Redan hösten 2022 fattades beslut att Region Örebro län ska införa Cosmic som nytt "
            "vårdinformationsstöd i hälso- och sjukvården under början av 2024. Arbetet för att "
            "kunna göra ett samlat införande den 4 april 2024 pågår för fullt och kommer fortsätta "
            "att kräva tillgång till många och mycket resurser."
        ),
        Para(
            "Digitaliseringen har revolutionerat hur vi får tillgång till tjänster. Allt från "
            "läkarbesök till att handla mat kan nu ske online. Detta har inte bara gett oss "
            "bekvämlighet utan även ökat tillgängligheten av viktiga tjänster för människor som "
            "tidigare hade svårt att komma åt dem. Den digitala transformationen har öppnat dörren "
            "till en värld av möjligheter och innovation."
        ),
        Para(
            "Samtidigt som digitaliseringen har erbjudit oss en mängd fördelar, har den också "
            "utmanat oss att hantera nya problem som rör integritet, cybersäkerhet och "
            "desinformation i en osäker tid. Därför är det viktigt att arbetet med att säkerställa "
            "kompetens och resurser inom säkerhetsområdet fortsätter. Samordnare inom både brand "
            "och säkerhet, krisberedskap och civilt försvar har tillskapats för att öka kunskap och "
            "beredskap i dessa frågor."
        ),
        Heading("Framtida utmaningar", None, 2),
        Para(
            "Det osäkra världsläget påverkar vår verksamhet och stort fokus har och kommer fortsätta "
            "vara att vi även under oförutsedda händelser kan fortsätta leverera. Det ställer krav "
            "på att det kontinuitetsarbete som påbörjats, fortsätter."
        ),
        Para(
            "De ekonomiska utmaningarna inför 2024 är stora. Nämnden behöver minska sina kostnader "
            "med storleksordningen 76 miljoner kronor. Ett intensivt arbete för att ta fram en "
            "handlingsplan för att kunna göra de förändringar som behövs för att fortsätta ha en "
            "ekonomi i balans startades upp på försommaren. Arbetet har intensifierats under "
            "hösten. De ekonomiska förutsättningarna har präglat arbetet med verksamhetsplanen för "
            "2024 i stor omfattning."
        ),
        Para(
            "Fokus under 2024 kommer vara att agera utifrån den handlingsplan som tagits fram för "
            "att fortsätta ha en ekonomi i balans. Utmaningen är att samtidigt fortsätta ha ett "
            "hållbart medarbetarengagemang och leverera en god service till våra partners."
        ),
    ]


# --------------------------------------------------------------------------
# 5 Mål, strategier och uppdrag


def _chapter_5() -> list[Block]:
    return [
        PageBreak(),
        Heading("Mål, strategier och uppdrag", "5", 1),
        Para(
            "Regionfullmäktiges verksamhetsplan med budget är Region Örebro läns övergripande "
            "styrdokument. Det syftar till att utveckla Region Örebro läns verksamheter för att "
            "tillgodose invånarnas och samhällets behov på bästa sätt. I verksamhetsplanen anges "
            "mål, inriktningar och ambitioner. Verksamhetsplanen innehåller tre perspektiv som är "
            "särskilt viktiga för att styra mot visionen ”Tillsammans skapar vi ett bättre liv”. "
            "Värdegrunden ”samarbete, utveckling och professionalism” är ett stöd i riktningen mot "
            "visionen."
        ),
        Para("Perspektiven är"),
        Bullets(["invånare och samhälle", "process", "resurser."]),
        Para(
            "Inom perspektiven har regionfullmäktige fastställt effektmål med indikatorer. De "
            "beskriver hur Region Örebro läns nämnder och verksamheter förväntas bidra för att "
            "invånarnas och samhällets behov ska tillgodoses på bästa sätt. Regionfullmäktige har "
            "också pekat ut viktiga strategier för arbetssätt, metoder och processer. Nämnderna ska "
            "konkretisera ansvaret och kan fastställa specifika mål och uppdrag som gäller för "
            "nämndernas ansvarsområden."
        ),
        Para(
            "Effektmål med indikatorer och utpekade strategier samt servicenämndens egna mål, "
            "indikatorer och uppdrag ska vara utgångspunkt för verksamhetsplaner och löpa som en "
            "röd tråd hela vägen fram till den enskilda medarbetaren. Regionservice områden och "
            "stab har egna verksamhetsplaner som innehåller mer information om de aktiviteter som "
            "görs för att nå dessa mål och uppdrag."
        ),
        Heading("Perspektiv: Invånare och samhälle", "5.1", 2),
        Para(
            "Perspektivet invånare och samhälle beskriver inriktningar, ambitioner och de "
            "viktigaste målsättningarna för nämndens verksamheter för att invånarnas och "
            "samhällets behov ska tillgodoses på bästa sätt."
        ),
        Para(
            "Genom att nå mål och uppdrag inom de stödjande perspektiven process och resurs bidrar "
            "servicenämnden och Regionservice verksamheter till att Region Örebro län når "
            "effektmålen inom det övergripande perspektivet invånare och samhälle."
        ),
        Heading("Perspektiv: Process", "5.2", 2),
        Para(
            "Perspektivet process är strategier för arbetsmetoder och arbetsprocesser för att målen "
            "i perspektivet invånare och samhälle ska kunna uppfyllas. Strategierna är långsiktigt "
            "övergripande tillvägagångssätt för hur effektmålen ska uppnås och anger inriktningen "
            "för hur verksamheten ska utföras."
        ),
        *_strategi_kvalitet(),
        *_strategi_beredskap(),
        *_strategi_digitalisering(),
        *_strategi_hallbar_utveckling(),
        *_strategi_regional_utveckling(),
        *_strategi_storregionalt(),
        *_perspektiv_resurs(),
    ]


def _strategi_kvalitet() -> list[Block]:
    return [
        Heading("Strategi: Kvalitet och utveckling", None, 3),
        Strategies(
            "Strategier för kvalitet och utveckling",
            [
                "Att skapa värde tillsammans med de Region Örebro län finns till för.",
                "Att leda för hållbarhet.",
                "Att involvera och motivera medarbetare.",
                "Att utveckla värdeskapande processer.",
                "Att förbättra verksamheten och skapa innovationer.",
            ],
        ),
        Para(
            "För att möta framtidens utmaningar är det avgörande att arbeta med evidensbaserade "
            "strategier i kvalitets- och utvecklingsarbetet. Ovanstående fem strategier ska vara "
            "ledande i Regionservice utvecklingsarbeten. Strategierna driver, enligt forskning och "
            "praktik, förbättrade resultat och framgång för en organisation, oberoende av bransch "
            "och storlek. Strategierna skapar även förutsättningar för en stark kvalitetskultur."
        ),
        Heading("Kvalitets- och utvecklingsarbete i Regionservice", None, 4),
        Para(
            "Regionservice ska vara en möjliggörande och värdeskapande partner för Region Örebro "
            "läns verksamheter genom att kontinuerligt och systematiskt arbeta tillsammans med "
            "ständiga förbättringar avseende såväl kultur som struktur. Helhetsperspektiv på "
            "kvalitets- och utvecklingsfrågor omfattar engagerande och motiverade medarbetare, "
            "samhällsnytta samt hållbarhet i dess sociala, ekologiska och ekonomiska dimensioner."
        ),
        Para(
            "För att lyckas behöver vi internt samarbeta över gränser, lyfta varandra och tillvarata "
            "allas erfarenheter och förbättringsidéer. Vi lär kontinuerligt genom att bevaka vår "
            "omvärld och är aktiva i verksamhetsnära avvikelshantering mot uppsatta målnivåer."
        ),
        Para(
            "Vi fortsätter utveckla vår samverkan med intressenter genom samverkans- och "
            "utvecklingsforum inom processer och på samtliga nivåer i förvaltningen. En stor "
            "utmaning är att hantera förändrade behov och krav och ha verksamheten i ekonomisk "
            "balans. För att klara utmaningen och samtidigt bibehålla trivsel och en god "
            "arbetsmiljö ska förbättringsarbetets fokus vara att nå högre effektivitet i processer "
            "och minimera arbetsuppgifter som inte skapar värde. Ett systematiskt och uthålligt "
            "kvalitetsarbete leder till bättre ekonomi, nöjdare kunder, nöjdare medarbetare, "
            "hållbar utveckling samt ökad effektivitet."
        ),
        Para(
            "Allt utvecklingsarbete ska genomsyras av vår vision - tillsammans skapar vi ett "
            "bättre liv!"
        ),
        Goal("Regionservice är en möjliggörande och värdeskapande partner."),
        Indicators(
            [
                "Det finns samverkans- och utvecklingsforum med kund för strategiska diskussioner "
                "och gemensamma prioriteringar.",
                "Verksamheten involverar kunder i förbättringsarbeten. Kundernas krav och behov och "
                "vår strategiska roll ska vara utgångspunkt i verksamhetens utveckling.",
            ]
        ),
        Goal(
            "Våra medarbetare är involverade, motiverade och driver med eget initiativ ständiga "
            "förbättringar. I vår verksamhet är tillit och delaktighet ledord!"
        ),
        Indicators(
            [
                "Kompetens i förändringsledning ska öka i vår verksamhet.",
                "Utveckling sker systematiskt och metodiskt genom ständiga förbättringar. "
                "Verksamheten arbetar aktivt med avvikelshantering och värdeflödesanalyser.",
                "HME delindex Motivation ska öka.",
            ]
        ),
        # The source repeats the "Indikatorer" heading before the fourth indicator.
        Indicators(["HME delindex Ledning ska bibehållas eller öka."]),
        Assignment(
            "Regionservice verksamheter får i uppdrag att i samsyn med våra partners se över "
            "serviceutbud för att möta Region Örebro läns olika verksamheters behov samt utifrån "
            "det ekonomiska läget."
        ),
        Assignment(
            "Regionservice (Måltidsservice) får i uppdrag att slutföra genomlysningen av regionens "
            "måltidsverksamhet, och ta fram förslag till förändringar med målsättning att "
            "säkerställa att näringsriktig och god mat kan serveras på ett ekonomiskt, effektivt, "
            "arbetsmiljömässigt och miljömässigt hållbart sätt. Utgångspunkt ska tas i "
            "Livsmedelsverkets riktlinjer."
        ),
    ]


def _strategi_beredskap() -> list[Block]:
    return [
        Heading("Strategi: Beredskap och säkerhet", None, 3),
        Strategies(
            "Strategier för beredskap och säkerhet",
            [
                "Att verka för att beredskaps- och säkerhetsfrågor beaktas i de sammanhang där det "
                "behövs.",
                "Att överenskommelserna med staten avseende dels regionernas arbete med "
                "krisberedskap och civilt försvar, dels hälso- och sjukvårdens arbete med civilt "
                "försvar ligger som grund för regionens arbete med dessa frågor. I syfte att nå ett "
                "gott resultat för hela Region Örebro län utvecklas förvaltningsövergripande "
                "samarbetsformer som också syftar till att kunna arbeta fram underlag för beslut i "
                "olika forum.",
            ],
        ),
        Para(
            "Osäkerheten i omvärlden gör att beredskapsfrågor och kontinuitetsarbetet hamnar högt "
            "upp på dagordningen. Regionservice behöver fortsätta med kontinuitetsplaneringen och "
            "handlingsplaner för att säkerställa leveransförmåga och minimera konsekvenser vid "
            "störningar eller avbrott. Regionservice tillhandahåller flera viktiga komponenter till "
            "övriga delar av Region Örebro län och är därför en viktig del av regionberedskaps- och "
            "säkerhetsarbetet."
        ),
        Assignment(
            "Regionservice får i uppdrag att skapa en struktur och öka kompetensen inom "
            "förvaltningen för att kunna hantera extraordinära händelser i fredstid och vid höjd "
            "beredskap."
        ),
    ]


def _strategi_digitalisering() -> list[Block]:
    return [
        Heading("Strategi: Digitalisering", None, 3),
        Strategies(
            "Strategier för digitalisering",
            [
                "Att skapa en hög grad av förankring och att verksamheterna ansvarar för och bidrar "
                "i arbetet med att öka den digitala mognaden i organisationen.",
                "Att arbeta med utbildning och en lärande organisation för att förändra och "
                "utveckla arbetssätt.",
            ],
        ),
        Para(
            "Region Örebro läns verksamheter ska fortsätta att utveckla och öka användningen av "
            "digitala lösningar."
        ),
        Para(
            "Pandemin har inneburit en snabb ökning av den digitala mognaden hos såväl "
            "organisationer som invånare. Digitala möten har för många på kort tid blivit det "
            "normala. Den snabbt ökande digitala mognaden och efterfrågan på e-tjänster ökar också "
            "invånarnas förväntan på ytterligare digitalisering av offentlig sektor och "
            "investeringar i underliggande digital infrastruktur."
        ),
        Para(
            "Det innebär att Region Örebro läns digitala verksamhetsutveckling behöver anpassas "
            "till att gå i rätt takt med den ökade efterfrågan. Det handlar i många fall om att "
            "förändra och utveckla nya arbetssätt, metoder och processer så att vi blir mer "
            "flexibla och snabbfotade."
        ),
        Para(
            "För att lyckas med detta behöver verksamheterna inom Regionservice ha fokus på att "
            "försöka skapa stor effekt med små medel och skapa goda möjligheter för Regionservice "
            "alla medarbetare att utveckla och använda sin digitala kompetens."
        ),
        Para("Regionservice digitalisering ska möjliggöra:"),
        Bullets(
            [
                "Bästa och mest effektiva service och lösningar till regionens alla verksamheter",
                "En fortsatt digitalisering inom regionens alla verksamheter",
                "Definition och kartläggning av det digitala ekosystemet inom Region Örebro län",
                "Ökad leveransförmåga genom effektivare metoder och processer, det vill säga:",
            ]
        ),
        Bullets(
            [
                "Vi ska kunna göra mer utan att växa antal medarbetare i samma utsträckning som vår "
                "leveransförmåga växer",
                "Ökad självbetjäning med fokus på digitala lösningar",
                "Automatisera flöden och arbetsmetoder",
            ],
            marker="o",
        ),
        Goal(
            "Vi digitaliserar för att möjliggöra ökad leveransförmåga genom effektivare metoder och "
            "processer."
        ),
        Indicators(["Den digitala mognaden ska öka."]),
        Assignment(
            "Område IT får i uppdrag att tydliggöra sin roll och processen för fortsatt "
            "verksamhetsutveckling genom digitalisering av Region Örebro läns alla delar."
        ),
        Assignment(
            "Område IT får i uppdrag att etablera en väl fungerande livscykelhantering av Region "
            "Örebro läns IT-stöd, för såväl tekniska plattformar, applikationer samt ägandeskap."
        ),
        Assignment(
            "Shared Service Center får i uppdrag att implementera ett ärendehanteringssystem för "
            "att möjliggöra fortsatt digitalisering och automation samt stödja nytt arbetssätt till "
            "ITIL (ett ramverk för att leverera effektiva tjänster inom IT-support)."
        ),
    ]


def _bulleted_cell(items: list[str]) -> str:
    """A table cell that holds a bullet list as one run of "• item" texts
    (the renderer wraps cell text; it does not keep line breaks)."""
    return " ".join(f"• {item}" for item in items)


def _strategi_hallbar_utveckling() -> list[Block]:
    programme = Table(
        header_rows=[["Övergripande mål", "Inriktningsmål"]],
        rows=[
            TableRow(
                "God hälsa och livsmiljö",
                [
                    _bulleted_cell(
                        [
                            "Goda levnadsvanor.",
                            "Mat och måltider som främjar hälsa och har liten klimatpåverkan.",
                            "Hälsöfrämjade inom- och utomhusmiljöer.",
                            "Minimal negativ effekt från kemikalier och läkemedel.",
                            "Resurseffektiva resor och transporter som drivs med förnybara "
                            "drivmedel.",
                        ]
                    )
                ],
            ),
            TableRow(
                "Jämlik och jämställt",
                [
                    _bulleted_cell(
                        [
                            "Insatser som minskar ojämlikhet i hälsa.",
                            "Bemötande som stödjer och inkluderar.",
                            "Tillgänglig, normmedveten och inkluderande kommunikation.",
                            "Nolltolerans mot våld.",
                            "Delaktighet och inflytande för barn och unga.",
                            "Attraktiv arbetsgivare med hälsofrämjande, jämlika och jämställda "
                            "arbetsplatser som bidrar till en långsiktig kompetensförsörjning.",
                        ]
                    )
                ],
            ),
            TableRow(
                "Ansvarsfull resursanvändning",
                [
                    _bulleted_cell(
                        [
                            "Sociala och ekologiska krav vid upphandling.",
                            "Förnybar energi och energieffektivisering.",
                            "Minimerad materialförbrukning, minskade avfallsmängder och robusta "
                            "materialflöden.",
                            "Socialt och miljömässigt hållbara finanser.",
                            "Tillgänglig och inkluderande digitalisering med låg klimat- och "
                            "miljöpåverkan.",
                        ]
                    )
                ],
            ),
        ],
        columns=["Inriktningsmål"],
        kind="other",
        unit=None,
        title="Program för hållbar utveckling: övergripande mål och inriktningsmål",
        ruled=True,
        col_widths=[1.0, 2.5],
    )
    return [
        Heading("Strategi: Hållbar utveckling", None, 3),
        Strategies(
            "Strategier för hållbar utveckling",
            [
                "Att samverka och kommunicera tvärfunktionellt inom ordinarie lednings-, huvud-, "
                "och stödprocesser.",
                "Att skapa en hög grad av förankring och ägandeskap i linjeorganisationen gällande "
                "hållbarhetsfrågorna.",
                "Att ha en tydlig målstyrning och kontinuerligt följa upp Program för hållbar "
                "utveckling för att försäkra att verksamheterna rör sig mot beslutade mål.",
                "Att arbeta med utbildning och en lärande organisation för att kontinuerligt "
                "utveckla och integrera förståelse av vad hållbar utveckling betyder för "
                "verksamheterna.",
            ],
        ),
        Para(
            "Utvecklingen har gått från att hållbarhet ses som en kostnad till att det nu ses som "
            "en möjlighet som även omfattar lönsamhet och en långsiktig överlevnad. Samtidigt är "
            "läget för klimatet akut och klimatutmaningen kräver omställning och att verksamheterna "
            "klimatanpassas."
        ),
        Para(
            "Region Örebro län är en ansvarsfull aktör med höga ambitioner inom hållbarhetsområdet. "
            "Vi vill skapa välfärd och livskvalitet, utan att äventyra kommande generationers "
            "möjligheter att tillgodose sina behov."
        ),
        Para(
            "Program för hållbar utveckling 2021-2025 med beslutade indikatorer visar hur Region "
            "Örebro län arbetar i linje med Agenda 2030 - FN:s 17 globala hållbarhetsmål och andra "
            "nationella mål inom hälsa, miljö och ekonomi. Programmet integrerar det sociala, "
            "ekologiska och ekonomiska perspektivet och innehåller tre övergripande mål med "
            "inriktningsmål."
        ),
        programme,
        Para(
            "I Regionservice finns hållbarhetsarbetet högt på dagordningen och är en naturlig del i "
            "den dagliga verksamheten. Aktiviteter för att nå uppsatta mål i hållbarhetsprogrammet "
            "tas fram i ordinarie verksamhetsplanering och följs kontinuerligt upp under året. "
            "Samverkan med andra förvaltningar och organisationer är avgörande för att lyckas - "
            "tillsammans skapar vi ett bättre liv!"
        ),
        Goal(
            "Vi uppmuntrar och säkerställer hållbarhet i vår dagliga verksamhet - i processer, "
            "arbetssätt och beslut."
        ),
        Assignment(
            "Område fastigheter får i uppdrag att genomföra åtgärder för cykelparkeringar i syfte "
            "att underlätta att cykel väljs vid resa till och från vårdinrättningar/arbetsplatsen."
        ),
        Assignment(
            "Område fastigheter får i uppdrag att öka antalet laddpunkter för verksamhetsbilar i "
            "Region Örebro län för att öka takten i omställningen till fossilfria fordon och "
            "transporter."
        ),
    ]


_RUS_AREAS = [
    "Näringsliv och entreprenörskap",
    "Innovationskraft och specialisering",
    "Kunskapslyft och utbildning",
    "Kompetensförsörjning och matchning",
    "Social sammanhållning och demokrati",
    "Hälsofrämjande arbete och hälso- och sjukvård",
    "Klimat, miljö och energi",
    "Bostadsförsörjning och attraktiva miljöer",
    "Transporter och infrastruktur",
    "Upplevelser och evenemang",
]


def _strategi_regional_utveckling() -> list[Block]:
    rus = Table(
        header_rows=[
            ["", "Stark konkurrenskraft", "Hög och jämlik livskvalitet", "God resurseffektivitet"]
        ],
        rows=[
            TableRow(
                "Effektmål",
                [
                    _bulleted_cell(
                        [
                            "Förbättrad kompetensförsörjning",
                            "Ökad kunskapsintensitet",
                            "Ökad innovationskraft",
                            "Ökad entreprenöriell aktivitet",
                            "Ökad nationell attraktionskraft",
                            "Ökad global konkurrenskraft",
                            "Ökad tillväxt i näringslivet",
                            "Ökad produktion inom areella näringar",
                        ]
                    ),
                    _bulleted_cell(
                        [
                            "Goda uppväxtvillkor",
                            "Goda försörjningsmöjligheter",
                            "Ökad grad av delaktighet och inflytande",
                            "Attraktiv boende- och närmiljö",
                            "God och jämlik hälso- och sjukvård",
                            "God och jämlik folkhälsa",
                        ]
                    ),
                    _bulleted_cell(
                        [
                            "Minskad klimatpåverkan",
                            "Giftfri miljö",
                            "Ökad biologisk mångfald",
                            "God vattenförsörjning",
                            "Mer bioekonomi och cirkulära flöden",
                            "Ökad andel förnybar energi",
                        ]
                    ),
                ],
                bold=False,
            ),
            TableRow("PRIORITERADE OMRÅDEN", ["", "", ""], group=True),
            *[TableRow(area, ["■", "■", "■"]) for area in _RUS_AREAS],
        ],
        columns=["Stark konkurrenskraft", "Hög och jämlik livskvalitet", "God resurseffektivitet"],
        kind="other",
        unit=None,
        caption="Övergripande mål",
        title="Övergripande mål",
        ruled=True,
        col_widths=[1.4, 1.2, 1.2, 1.2],
    )
    return [
        Heading("Strategi: Hållbar regional utveckling", None, 3),
        Strategies(
            "Strategier för regional utvecklingsstrategi",
            [
                "Att driva genomförandet av Regional utvecklingsstrategi.",
                "Att driva insatser som skapar likvärdiga förutsättningar i hela länet.",
                "Att bygga resiliens och utvecklingskapacitet i Örebro län.",
            ],
        ),
        Para(
            "En attraktiv och pulserande region för alla är namnet på den regionala "
            "utvecklingsstrategin, RUS. RUS:en är en gemensam vägvisare för hur Region Örebro län "
            "tillsammans med länets kommuner, näringsliv, myndigheter, universitet och "
            "civilsamhälle vill utveckla Örebro län."
        ),
        rus,
        Para(
            "Regionservice verksamheter bidrar på olika sätt till att nå de strategiska "
            "inriktningarna och målsättningarna i RUS:en. Genom digitalisering och medicinteknisk "
            "utveckling bidrar vi till en framtidsinriktad hälso- och sjukvård och till ökad "
            "innovationskraft. Fastighetsutveckling, upphandling och livsmedelsförsörjning är "
            "exempel på andra områden där Regionservice har möjlighet att påverka."
        ),
        Para(
            "Verksamheternas aktiva arbete för att nå målsättningarna i Program för hållbar "
            "utveckling bidrar också till en hållbar regional utveckling. Minskad klimatpåverkan, "
            "hållbara resor och transporter, energieffektivisering, ökad biologisk mångfald och "
            "cirkulära flöden kopplar direkt till det övergripande målet god resurseffektivitet."
        ),
    ]


def _strategi_storregionalt() -> list[Block]:
    return [
        Heading("Strategi: Storregionalt och internationellt samarbete", None, 3),
        Strategies(
            "Strategier för storregionalt och internationellt samarbete",
            [
                "Att samverka storregionalt för att stärka länets utveckling.",
                "Att samverka internationellt enligt Region Örebro läns internationella strategi "
                "för att stärka länets utveckling.",
            ],
        ),
        Para(
            "Förvaltningen samarbetar med andra regioner och kommuner kring lednings- och "
            "sakfrågor inom Regionservice områden och funktioner. Samverkan sker också med andra "
            "organisationer, till exempel Sveriges kommuner och regioner (SKR). Det sker också ett "
            "kunskapsutbyte genom deltagande i nationella och internationella konferenser. Det "
            "finns dessutom samarbeten med universitet och högskolor kring utvecklings- och "
            "utbildningsfrågor."
        ),
        Para(
            "Utbyte med andra regioner, kommuner, organisationer och lärosäten tillför kunskap. Det "
            "bidrar till att skapa goda utvecklingsmöjligheter, inte bara för Regionservice "
            "verksamhet utan också för att invånarnas och samhällets behov ska tillgodoses på "
            "bästa sätt."
        ),
    ]


def _perspektiv_resurs() -> list[Block]:
    return [
        Heading("Perspektiv: Resurs", "5.3", 2),
        Para(
            "Perspektivet resurs beskriver hur Region Örebro län ska vara en attraktiv arbetsgivare "
            "med en hållbar kompetensförsörjning samt ha en långsiktig stark och hållbar ekonomi "
            "för att uppnå verksamhetsmässig och finansiell god hushållning."
        ),
        Heading("Attraktiv arbetsgivare och kompetensförsörjning", None, 3),
        Para(
            "Vi är alla varandras arbetsmiljö och hur vi förhåller oss till varandra kan många "
            "gånger avgöra hur våra resultat blir och hur vi uppfattas som arbetsgivare. En "
            "grundförutsättning är att vi har trygga arbetsplatser med en positiv och inspirerande "
            "arbetsmiljö i ett gott samarbetsklimat. En grund som också bidrar till vår "
            "nolltolerans mot diskriminering och kränkande behandling."
        ),
        Para(
            "Regionservice arbetar för ett närvarande, tillitsfullt och engagerat ledarskap som ger "
            "ansvar, stöd och möjligheter för ett aktivt och delaktigt medarbetarskap. Att arbeta "
            "med förändring och utveckling ses som en naturlig del i vardagens arbete för alla "
            "medarbetare."
        ),
        Para(
            "Det ansträngda ekonomiska läget innebär att förvaltningens uppdrag inom samtliga "
            "verksamheter ses över vilket innebär att prioriteringar måste göras. Personalplanering "
            "och behov av kompetens planeras utifrån det strikta anställningsstopp som råder. Under "
            "dessa omständigheter är det samtidigt viktigt att inte heller tappa bort vikten av en "
            "hållbar hälsofrämjande arbetsplats, att jobba med friskfaktorer och minskad "
            "sjukfrånvaro. Ett arbete som också bidrar till att stärka oss som arbetsgivare och "
            "viktiga faktorer i såväl den kortsiktiga som långsiktiga kompetensförsörjningen."
        ),
        Para(
            "Förvaltningen har många olika yrken i ett mycket meningsfullt sammanhang. Intressanta "
            "arbeten inom olika yrken i kombination med meningsfullheten i vårt uppdrag kan lyftas "
            "fram ännu mer för att långsiktigt attrahera medarbetare. Som arbetsgivare ser vi också "
            "positivt på intern utveckling inom hela organisationen Region Örebro län med alla dess "
            "möjligheter."
        ),
        Goal(
            "Region Örebro län är en attraktiv arbetsgivare med hälsofrämjande, jämställda och "
            "jämlika arbetsplatser som bidrar till en hållbar kompetensförsörjning.",
            cue="Effektmål 9.",
        ),
        Indicators(
            [
                "Hållbart medarbetarengagemang, HME, ska ligga på en hög nivå inom intervallet "
                "77-80 för totalt HME. Strävan är att delindexen motivation, styrning och "
                "ledarskap ska ligga på en jämnhög nivå.",
                "Jämställdhetsindex, Jämix, ska öka i jämförelse med föregående år.",
                "Frisktalet ska förbättras i jämförelse med föregående år.",
                "Personalomsättningen externt ska redovisas. Den ska minska i jämförelse med "
                "föregående år.",
                "Region Örebro läns värdegrund ska efterlevas av regionens alla verksamheter, "
                "chefer och medarbetare.",
            ]
        ),
        Goal(
            "Region Örebro län har en långsiktig stark och hållbar ekonomi samt uppnår en "
            "verksamhetsmässig och finansiell god hushållning.",
            cue="Effektmål 10.",
        ),
        Indicators(
            [
                "Styrelsen och nämnderna redovisar ett resultat i balans.",
                "Verksamhetens måluppfyllelse är god.",
            ]
        ),
    ]


# --------------------------------------------------------------------------
# 6 Budget

_YEARS_3 = ["Budget 2024", "Prognos 2023", "Budget 2023"]


def _chapter_6() -> list[Block]:
    nyckeltal = Table(
        header_rows=[["Procent", *_YEARS_3]],
        rows=[TableRow("Lönekostnadsökningstakt", ["-3,0", "7,8", "3,0%"])],
        columns=list(_YEARS_3),
        kind="key_figures",
        unit=None,
        title="6.2 Ekonomiska nyckeltal",
        ruled=False,
    )
    resultatbudget = Table(
        header_rows=[["Belopp i mnkr", *_YEARS_3]],
        rows=[
            TableRow("Verksamhetens intäkter", ["", "", ""], group=True),
            TableRow("Övriga intäkter", ["2 380", "2 394,5", "2 381,4"]),
            TableRow("Summa intäkter", ["2 380", "2 394,5", "2 381,4"], bold=True),
            TableRow("Verksamhetens kostnader", ["", "", ""], group=True),
            TableRow("Personalkostnader", ["-665", "-688,2", "-692,8"]),
            TableRow("Övriga kostnader", ["-1 230", "-1 284,2", "-1 283,7"]),
            TableRow("Avskrivningar, inventarier", ["-62", "-63,2", "-62,3"]),
            TableRow("Avskrivningar, fastigheter", ["-242", "-240,5", "-239,6"]),
            TableRow("Summa kostnader", ["-2 199", "-2 276,1", "-2 278,4"], bold=True),
            TableRow("Verksamhetens nettokostnader", ["181", "118,4", "103,0"], bold=True),
            TableRow("Finansnetto", ["-150", "-68,5", "-66,4"]),
            TableRow("Fastighetsfinansiering", ["-7,8", "-88,3", "-88,3"]),
            TableRow("Resultat *)", ["23,2", "-38,4", "-51,7"], bold=True),
        ],
        columns=list(_YEARS_3),
        kind="budget",
        unit="mnkr",
        title="6.3 Resultatbudget servicenämnd",
        ruled=True,
        # a narrow label column: "Verksamhetens nettokostnader" wraps
        col_widths=[1.15, 1.0, 1.0, 1.0],
    )
    driftbudget = Table(
        header_rows=[
            ["Belopp i mnkr", "Budget 2024", "", "Prognos 2023", ""],
            ["", "Omsättning", "Varav budgetram", "Omsättning", "Varav budgetram"],
        ],
        rows=[
            TableRow("Område fastigheter", ["1 135", "0", "1 136,5", ""]),
            TableRow("Område försörjning", ["370", "0", "386,6", "0"]),
            TableRow("Område inköp och upphandling", ["100", "0", "15,5", "0"]),
            TableRow("Område IT", ["475", "0", "487,0", "0"]),
            TableRow("Område medicinsk teknik", ["90", "0", "88,2", "0"]),
            TableRow("Område shared service center", ["100", "0", "150,0", "0"]),
            TableRow("Förvaltningsgemensamt", ["110", "-23,2", "130,7", "51,7"]),
            TableRow("Summa", ["2 380", "-23,2", "2 394,5", "51,7"], bold=True),
        ],
        columns=[
            "Budget 2024 Omsättning",
            "Budget 2024 Varav budgetram",
            "Prognos 2023 Omsättning",
            "Prognos 2023 Varav budgetram",
        ],
        kind="budget",
        unit="mnkr",
        title="6.4 Driftbudget servicenämnd",
        ruled=True,
        # narrow value columns: "Omsättning" / "Varav budgetram" wrap as in the source
        col_widths=[2.2, 0.8, 0.8, 0.8, 0.8],
    )
    investeringsbudget = Table(
        header_rows=[["Belopp i mnkr", *_YEARS_3]],
        rows=[
            TableRow("Immateriella anläggningstillgångar", ["", "", ""]),
            TableRow("Byggnadsinvesteringar", ["203,8", "361,0", "347,5"]),
            TableRow("Medicinteknisk utrustning", ["0", "0", "0"]),
            TableRow("It-utrustning", ["141,5", "74,0", "96,9"]),
            TableRow("Övrig utrustning", ["27,2", "32,0", "15,0"]),
            TableRow("Summa", ["372,5", "467,0", "459,4"], bold=True),
        ],
        columns=list(_YEARS_3),
        kind="investment",
        unit="mnkr",
        title="6.5 Investeringsbudget",
        ruled=False,
    )
    return [
        PageBreak(),
        Heading("Budget", "6", 1),
        Heading("Budget 2024", "6.1", 2),
        Para(
            "Det ekonomiska läget för Region Örebro län liksom för övriga regioner i Sverige är "
            "extremt ansträngd. Helårsprognosen för 2023 för hela regionen är ett underskott på "
            "1 miljard kronor."
        ),
        Para(
            "Bakgrunden till det ansträngda läget är de kriser som drabbat världen de senaste åren, "
            "pandemin och kriget i Ukraina är två exempel. Till följd av det har priserna på varor "
            "och tjänster skjutit i höjden och inflationen har därmed stigit kraftigt. För att få "
            "ned inflationen har riksbanken i flera omgångar tvingats höja räntan. Det här får "
            "stor effekt på Region Örebro län som har en relativt stor pensionsskuld."
        ),
        Para(
            "De ökade kostnaderna i kombination med minskade stadsbidrag belastar regionens "
            "likviditet och har lett till att regionen blivit tvungna att kraftigt prioritera vilka "
            "investeringar vi ska lägga pengar på under nästa år."
        ),
        Para(
            "I juni tog fullmäktige beslut om en rad åtgärder för att komma i balans med regionens "
            "ekonomi under 2024. Beslutet innebär skatte- och avgiftshöjningar men också ett stort "
            "besparingskrav på 628 miljoner kronor. Servicenämndens del av detta blev 76 miljoner."
        ),
        Heading("Ekonomiska åtgärder", None, 3),
        Para(
            "Ett intensivt arbete med att hitta ekonomiska reduceringar startade under sommaren "
            "2023. Förvaltningens ledningsgrupp har tillsammans med nämndens politiker diskuterat "
            "åtgärder för att nå ekonomisk balans. Då Regionservice är en serviceorganisation med "
            "verksamhet som i regel sker på en annan förvaltnings uppdrag pågår även dialog med "
            "våra partners. Åtgärder har delats in i tre olika kategorier: vad Regionservice själva "
            "kan besluta om, vad som behöver samverkas och beslutas av partner i annan nämnd och "
            "förvaltning, samt åtgärder som behöver beslutas för regionen som helhet."
        ),
        Para(
            "En handlingsplan för att nå en ekonomi i balans har upprättats och finns att läsa i "
            "bilaga till verksamhetsplanen."
        ),
        Heading("Ekonomiska nyckeltal", "6.2", 2),
        nyckeltal,
        Heading("Resultatbudget servicenämnd", "6.3", 2),
        resultatbudget,
        Para(
            "*) Resultat budget 2024 ska överensstämma med nämndens budgetram från "
            "regionfullmäktige"
        ),
        Para("Budgeten för 2024 är preliminärt beräknad.", style="italic"),
        Heading("Driftbudget servicenämnd", "6.4", 2),
        driftbudget,
        Para("Budget 2024 är preliminärt beräknad."),
        Heading("Investeringsbudget", "6.5", 2),
        investeringsbudget,
        Para("Se en mer detaljerad sammanställning i bilaga."),
    ]


# --------------------------------------------------------------------------
# 7–9


def _chapters_7_to_9() -> list[Block]:
    return [
        Heading("Organisation", "7", 1),
        Para(
            "Regionservice leds av en förvaltningschef. Förvaltningschefen ingår i Region Örebro "
            "läns ledningsgrupp. Regionservice ledningsgrupp består av förvaltningschef, "
            "områdeschefer och stabschefer."
        ),
        Para("Regionservice verksamheter är organiserade i sex områden:"),
        Bullets(
            [
                "Område fastigheter",
                "Område försörjning",
                "Område inköp och upphandling",
                "Område IT",
                "Område medicinsk teknik",
                "Shared Service Center",
            ]
        ),
        Para(
            "Varje område leds av en områdeschef. I områdena finns flera chefsnivåer såsom "
            "avdelnings- och/eller gruppchef."
        ),
        Para(
            "Regionservice stab är en stödfunktion som samordnar och utvecklar Regionservice "
            "verksamhet inom områdena ekonomi, HR, kommunikation, planering och uppföljning, "
            "hållbarhet samt kvalitet och utveckling. Inom staben finns också en funktion som "
            "stöder förvaltningschefen inför politisk beredning och beslut. Även förvaltningens "
            "säkerhet- och beredskapsfrågor samt civilt försvar samordnas här. Arbetet präglas av "
            "både strategiska uppgifter och frågor, likväl som operativt arbete. I Regionservice "
            "stab funktionerna av stabschefer. Stabscheferna ingår i regiongemensamma forum inom "
            "respektive ansvarsområde."
        ),
        Para(
            "Från och med 1 januari 2024 försvinner Regionservice kansli för att istället "
            "organiseras i staben. Regionarkiv och registratur som i nuläget också ingår i "
            "Regionservice kansli, organiseras inom Shared service center. Så här ser "
            "organisationen ut den 1 januari 2024."
        ),
        Heading("Uppföljning", "8", 1),
        Para("Uppföljning och utvärdering har tre huvudsyften:"),
        Bullets(
            [
                "Att ge en mångdimensionell bild av verksamhetens resultat i förhållande till "
                "fastställda mål.",
                "Att värdera hur styrande riktlinjer och rutiner efterlevs i verksamheten.",
                "Att utgöra kunskaps- och beslutsunderlag inför förbättringsarbete och fortsatt "
                "planering.",
            ]
        ),
        Para(
            "Uppföljning sker på alla nivåer i verksamheten; från enkla dagliga avstämningsmöten "
            "till ledningens återkommande genomgång på verksamhetsnivå. Muntliga "
            "verksamhetsöverläggningar sker med regiondirektör och med servicenämnden. Uppföljning "
            "av mål med indikatorer, strategier, uppdrag, aktiviteter, ekonomiskt bokslut samt "
            "risker med åtgärder i internkontrollplanen görs i delårsrapport och "
            "verksamhetsberättelse. Delårsrapport och verksamhetsberättelse beslutas i "
            "servicenämnd och redovisas till regionstyrelsen. Ekonomiska periodrapporter lämnas "
            "under året."
        ),
        Para(
            "Muntliga genomgångar och samverkan sker med de fackliga organisationerna genom "
            "samverkansgrupper."
        ),
        Heading("Intern styrning och kontroll", "9", 1),
        Para(
            "Intern styrning och kontroll (ISK) är en process som regionstyrelsen, nämnderna och "
            "verksamhetsledningarna har för att tillsammans upprätthålla en effektiv ledning och "
            "styrning av verksamheten. Processen ska säkerställa en ändamålsenlig och lagenlig "
            "verksamhet, det vill säga att verksamheten bedrivs i enlighet med de krav som ställs "
            "på verksamheten:"
        ),
        Heading("Intern styrning", None, 2),
        Para(
            "a) Att verksamheten fullgör sina föreskrivna uppgifter samt uppnår beslutade mål och "
            "uppdrag."
        ),
        Para("b) Att verksamheten bedrivs inom tilldelade ekonomiska ramar."),
        Heading("Intern kontroll", None, 2),
        Para(
            "c) Att verksamheten följer de styrande dokument som Region Örebro län har beslutat "
            "samt lagar, förordningar, föreskrifter och avtal som gäller för verksamheten."
        ),
        Para(
            "d) Att redovisningen och uppföljningen av verksamheten och ekonomin är rättvisande och "
            "ändamålsenlig."
        ),
        Para(
            "e) Att informationssäkerheten är tillgodosedd utifrån kraven på konfidentialitet, "
            "riktighet, tillgänglighet och spårbarhet."
        ),
        Para(
            "Förenklat kan man säga att den interna styrningen syftar till att \"få bra saker att "
            "hända\" för att verksamheten ska fullgöra/uppå krav a-b och den interna kontrollen "
            "syftar till att \"undvika negativa händelser\" som kan leda till att verksamheten inte "
            "bedrivs i enlighet med krav c-e. Aktiviteter kopplade till den interna styrningen "
            "dokumenteras i nämndens verksamhetsplan och åtgärder kopplade till den interna "
            "kontrollen dokumenteras i internkontrollplanen som är del av verksamhetsplanen."
        ),
        Para(
            "Den interna kontrollen ska vara tillräcklig enligt Kommunallagen (KL) 6 kap. 6 §. Med "
            "tillräcklig menas att processen för den interna styrning och kontroll ska vara "
            "ändamålsenligt utformad efter verksamhetens förutsättningar, art och omfattning. "
            "Nämnderna ansvarar för att verksamheten inom sina ansvarsområden bedrivs i enlighet "
            "med kraven samt att verksamheten inom sina ansvarsområden upprätthåller en "
            "tillräcklig intern styrning och kontroll. Vid uppföljningen av helår ska förvaltningar "
            "och nämnder göra en bedömning (ISK-bedömning) om den interna styrningen och kontrollen "
            "har varit tillräcklig. Regionstyrelsen gör sedan utifrån sin uppsiktsplikt en samlad "
            "bedömning i årsredovisningen."
        ),
    ]


def _internkontrollplan() -> list[Block]:
    risks = RiskTable(
        rows=[
            RiskRow(
                "HR",
                "Regionövergripande: Risk för ohälsa och olycksfall om systematiskt "
                "arbetsmiljöarbete (SAM) inte är välfungerande i vardagen.",
                [
                    "Regionövergripande åtgärd: Varje chef ska hantera sina fördelade "
                    "arbetsmiljöuppgifter och arbeta systematiskt med att undersöka, riskbedöma, "
                    "åtgärda och följa upp sina medarbetares arbetsmiljö. Till stöd finns "
                    "intranätssidan: \"Arbeta systematiskt med arbetsmiljön\" och ett årligt hjul "
                    "för SAM.",
                    "Regionövergripande åtgärd: Varje chef ska årligen följa upp sitt "
                    "arbetsmiljöarbete genom den rutin som finns för det.",
                    "Regionövergripande åtgärd: Fördelade chef ska årligen stämma av hur arbetet "
                    "med arbetsmiljöuppgifterna fungerar och att det finns förutsättningar för "
                    "arbetsmiljöarbetet.",
                ],
            ),
            RiskRow(
                "Informationssäkerhet",
                "Risken att verksamheten inte efterlever tillämplig dataskyddslagstiftning (GDPR "
                "och Patientdatalagen). Samt NIS-direktivet och lag (2018:1174) om "
                "informationssäkerhet för samhällsviktiga och digitala tjänster.",
                [
                    "Säkerställ ett systematiskt och riskbaserat informationssäkerhetsarbete med "
                    "användande av de resurser som i prioritering i förhållande till andra "
                    "angelägna verksamheter, kan anslås. All berörd personal ska ha god kunskap om "
                    "och medverka till att följa regelverk för informationssäkerhet, att "
                    "informationsklassa och riskbedöma vid inköp, upphandling och förändring som "
                    "kan påverka informationssäkerheten.",
                    "Säkerställ att informationsklassning av IT-stöd som innehåller personuppgifter "
                    "har genomförts i enlighet med riktlinje för informationsklassning.",
                    "Informationsägare/objektägare ska säkerställa att identifierade "
                    "informationssäkerhetsbrister åtgärdas.",
                ],
            ),
            RiskRow(
                "Kontinuitetshantering",
                "Risken att Regionservice inte kan bedriva verksamhet vid en större "
                "samhällsstörning och därmed inte leverera material och tjänster till kunder som "
                "har samhällskritisk verksamhet (revisionsrapport).",
                [
                    "Ta fram kontinuitetsplan för verksamheten, enligt MSB:s modell.",
                    "Påbörja arbetet med att förstärka och renovera elförsörjningen på länets tre "
                    "sjukhus, enligt teknisk försörjningsplan. Syftet är att säkerställa robusthet "
                    "och redundans av strömförsörjning.",
                ],
            ),
            RiskRow(
                "",
                "Risken att leveranser av tjänster, material och utrustning försenas eller "
                "uteblir på grund av situationen i omvärlden.",
                [
                    "Identifiera processer i samhällsviktig verksamhet där personal-, material- "
                    "eller utrustningsbrist får konsekvenser. Bevaka och vidta förebyggande "
                    "åtgärder för att minimera brister som kan uppkomma.",
                ],
            ),
            RiskRow(
                "Fastighetsunderhåll",
                "Risk att ett ändamålsenligt underhåll av regionens fastigheter inte är helt "
                "säkerställt samt att underhållet inte sker med tillräcklig intern kontroll "
                "(revisionsrapport).",
                [
                    "Planera förutsättningar och omfattning för att ta fram långsiktiga "
                    "underhållsplaner med tillhörande rutiner, styrdokument och systemstöd.",
                    "Redovisa inrapporterade nyckeltal med tillhörande analys.",
                ],
            ),
        ]
    )
    return [
        Heading("Internkontrollplan", "9.1", 2),
        Para(
            "Internkontrollplanen består dels av regionövergripande risker med åtgärder som berör "
            "samtliga nämnder samt nämndspecifika risker med åtgärder."
        ),
        Para(
            "Uppföljningen av IK-planen dokumenteras i delårsrapport samt i "
            "verksamhetsberättelsen. Resultatet av uppföljningen bereds i verksamhetsdialoger "
            "mellan förvaltningschef och regiondirektören."
        ),
        Heading("Förklaringar till IK-planen nedan:", None, 3),
        Para("Verksamhet: Process/område."),
        Para(
            "Risk: Händelse som, om den inträffar kan leda till att verksamheten inte bedrivs i "
            "enlighet med krav c, d och e."
        ),
        Para("Åtgärd: Hur verksamheten vill hantera de risker som inte accepteras."),
        risks,
    ]


# --------------------------------------------------------------------------
# Bilaga: Investeringar


def _bilaga_investeringar() -> list[Block]:
    fastighet = Table(
        header_rows=[["", "Belopp, mnkr"]],
        rows=[
            TableRow("Servicenämnden övriga områden", [""], group=True),
            TableRow("RSERV ÖVR Verksamhetsförändringar", ["1,8"]),
            TableRow("Servicenämnden, fastigheter", [""], group=True),
            TableRow("RS ftg Energieffektiviseringar, pott", ["5,0"]),
            TableRow("RS ftg Reinvesteringar, pott", ["70,0"]),
            TableRow("RS ftg Brandskyddsåtgärder länet", ["16,0"]),
            TableRow("RS ftg Säkerhetsanpassning teknikutrymmen", ["2,5"]),
            TableRow("RS ftg Lagkrav, åtgärder på system för medicinska gaser, länet", ["10,0"]),
            TableRow("RS ftg Lagkrav laddstolpar parkering", ["1,0"]),
            TableRow("RS ftg Radonåtgärder, länet", ["5,0"]),
            TableRow("RS ftg USÖ Nätstationer", ["23,5"]),
            TableRow("RS ftg USÖ M-huset, Utbyte rumsstyrning värme och ventilation", ["2,0"]),
            TableRow("RS ftg USÖ M-huset, renovering bassäng", ["20,0"]),
            TableRow("RS ftg Karlskoga lasarett Nätstation", ["6,0"]),
            TableRow("RS ftg Lindesbergs lasarett Nätstation", ["6,0"]),
            TableRow("RS ftg Karlskoga lasarett Åtgärder fasader och fönster", ["10,0"]),
            TableRow("RS ftg Omdisponering verksamhetslokaler Museet", ["10,0"]),
            TableRow("Servicenämnden totalt:", ["188,8"], bold=True),
            TableRow("Övrigt:", [""], group=True),
            TableRow("Rs ftg Förstudie, planering och projektering, pott", ["15,0"]),
            TableRow("Summa fastighetsinvesteringar 2024", ["203,8"], bold=True),
        ],
        columns=["Belopp"],
        kind="investment",
        unit="mnkr",
        title="Fastighetsinvesteringar 2024",
        ruled=True,
        col_widths=[4.0, 1.0],
    )
    it = Table(
        header_rows=[["Objekt, objektbeskrivning", "Belopp, mnkr"]],
        rows=[
            TableRow("Vårdsystem:", [""], group=True),
            TableRow("Serverar, hårdvara", ["4,8"]),
            TableRow("Lagring, utbyggnad och ny lösning", ["13,1"]),
            TableRow("Certifikat, licenser", ["8,6"]),
            TableRow("Drifttjänster:", [""], group=True),
            TableRow("Datacenter-switchar, linjemoduler, licenser, optik, management", ["13,5"]),
            TableRow("Bastjänst-system:", [""], group=True),
            TableRow("Stamnät, accessnät", ["23,3"]),
            TableRow("WiFi nät", ["15,3"]),
            TableRow("Teknik, säkerhet, övervakning", ["10,0"]),
            TableRow("Övriga system:", [""], group=True),
            TableRow("Datorer, skärmar, dockningsstationer, tangentbord, möss", ["39,9"]),
            TableRow(
                "Interaktiva skärmar, vanliga skärmar och videosystem för konferensrum", ["13,0"]
            ),
            TableRow("Summa IT investeringar 2024", ["141,5"], bold=True),
        ],
        columns=["Belopp"],
        kind="investment",
        unit="mnkr",
        title="IT investeringar 2024",
        ruled=False,
        col_widths=[4.0, 1.0],
    )
    ovriga = Table(
        header_rows=[["Verksamhet", "Objektbeskrivning", "Belopp, mnkr"]],
        rows=[
            TableRow("Övrig utrustning:", ["", ""], group=True),
            TableRow(
                "Försörjning",
                [
                    "Digitalt städsystem, tvättmaskiner, truckar, avfallskomprimator övrigt",
                    "4,2",
                ],
            ),
            TableRow("Regionhuset", ["Inredning och skyltar", "15,0"]),
            TableRow("Byggansluten utrustning:", ["", ""], group=True),
            TableRow("Kundtjänst", ["", "0,3"]),
            TableRow(
                "Regionhuset",
                [
                    "Utrustning kontor, Receptionsdisk, godsmott. Kortläsar- och "
                    "Porttelefonssystem, Inbrottslarm, Mobilt inomhusnät mm",
                    "7,7",
                ],
            ),
            TableRow("Summa övriga investeringar 2024", ["", "27,2"], bold=True),
        ],
        columns=["Objektbeskrivning", "Belopp"],
        kind="investment",
        unit="mnkr",
        money_columns=[1],
        title="Övriga investeringar 2024",
        ruled=True,
        col_widths=[1.3, 3.0, 1.0],
    )
    return [
        PageBreak(),
        Heading("Bilaga: Investeringar, äskande 2024 Servicenämnden", None, 1),
        Heading("Fastighetsinvesteringar 2024", None, 2),
        Para("Totala fastighetsinvesteringar för 2024 uppgår till 203,8 miljoner kronor."),
        fastighet,
        Heading("IT investeringar 2024", None, 2),
        Para("Totala IT investeringar för 2024 uppgår till 141,5 miljoner kronor."),
        it,
        Heading("Övriga investeringar 2024", None, 2),
        Para("Övriga investeringar för 2024 uppgår till 27,2 miljoner kronor."),
        ovriga,
    ]


# --------------------------------------------------------------------------
# Handlingsplan — Åtgärder för en ekonomi i balans (amounts in Tkr)


def _action_plan(
    rows: list[tuple[str, list[str]]],
    total: list[str],
    *,
    staff_header: str = "Antal åa 2024",
    unit_cell: str = "(Tkr)",
    title: str = "Grupperade åtgärder",
    ruled: bool = True,
) -> Table:
    """A handlingsplan table: (Tkr) | 2024 | 2025 | 2026 | staff count (not money)."""
    return Table(
        header_rows=[[unit_cell, "2024", "2025", "2026", staff_header]],
        rows=[
            *[TableRow(label, cells) for label, cells in rows],
            TableRow("Totalsumma", total, bold=True),
        ],
        columns=["2024", "2025", "2026", staff_header],
        kind="action_plan",
        unit="tkr",
        money_columns=[0, 1, 2],
        title=title,
        ruled=ruled,
        col_widths=[2.6, 1.0, 1.0, 1.0, 1.1],
    )


def _handlingsplan() -> list[Block]:
    return [
        PageBreak(),
        Heading("Handlingsplan", None, 1),
        Para("Åtgärder för en ekonomi i balans", style="bold"),
        Para("Servicenämnden, Region Örebro län", style="bold"),
        Heading("Inledning", "1.", 1),
        Heading("Bakgrund", None, 2),
        Para(
            "Det ekonomiska läget är svårare än på många årtionden med en hög inflation och "
            "därmed stora kostnadsökningar. Hela samhället påverkas när världsekonomin går neråt, "
            "så även Region Örebro län. De senaste åren har präglats av kriser: pandemin, "
            "Rysslands anfallskrig mot Ukraina och den efterföljande inflationen. Region Örebro län "
            "behöver anpassa verksamhetens kostnader utifrån de rådande förutsättningarna och ta "
            "ansvar för ekonomin och välfärden."
        ),
        Para(
            "De ekonomiska förutsättningarna innebär att budgeten för 2024 omfattar flera "
            "åtgärder. Sammantaget innebär åtgärderna att ansvar tas för att invånarna erhåller "
            "nödvändig samhällsservice, på både kort och lång sikt, att stora negativa "
            "konsekvenser för regionens verksamheter behöver undvikas, samtidigt som dagens "
            "generation inte efterlämnar en ekonomisk skuld till kommande generationer."
        ),
        Bullets(
            [
                "Ökade intäkter - Regionens taxor och avgifter höjs generellt med 10 procent. "
                "Beräknad effekt uppgår till ca 76 miljoner kronor.",
                "Höjd skatt - Skattehöjningen 2024 motsvarar 569 miljoner kronor. "
                "Skattehöjningen är en förutsättning för att värna nuvarande utbud av hälso- och "
                "sjukvård samt kollektivtrafik i länet.",
                "Kostnadsreduceringar - Trots ökade avgiftsnivåer, taxor och skattesats behöver "
                "regionens samlade kostnader minska med 629 miljoner kronor. Budgeten innebär att "
                "samtliga nämnder får i uppdrag att reducera sina kostnader.",
            ]
        ),
        Heading("Förutsättningar för Servicenämnden", None, 2),
        Para(
            "Servicenämnden har mycket liten egen verksamhet. Merparten av verksamheten görs på "
            "uppdrag av annan förvaltning. Det kan innebära att de besparingar som beskrivs i denna "
            "handlingsplan slutligen landar i någon av våra partners budget. I skrivande stund har "
            "Servicenämnden tilldelats en intäktsbudget på 22,3 miljoner kronor."
        ),
        Heading("Åtgärdskrav för Servicenämnden", None, 2),
        Para(
            "Beslutet av budgetramen innebär ett åtgärdskrav på 75,8 miljoner kronor för "
            "Servicenämnden."
        ),
        Heading("Syfte", "1.1.", 2),
        Para(
            "Syftet med denna handlingsplan är att sammanfatta framtagna åtgärder med beräknad "
            "ekonomisk effekt samt ge en samlad konsekvensanalys för respektive område inom "
            "Servicenämnden. Handlingsplanen ska även ge en översikt över hur den ekonomiska "
            "effekten sprider sig över planperioden 2024 till 2026."
        ),
        Heading("Mål", "1.2.", 2),
        Para(
            "Målet med handlingsplanen är att åtgärderna minst ska omfatta 75,8 mkr för att "
            "nämnden ska ha en långsiktig hållbar ekonomi i balans mot tilldelad budget från och "
            "med budget 2024."
        ),
        Para(
            "Utifrån beslutad budget ska målet vara en budget i balans 2024, dock kan ingångna "
            "avtal och samarbeten påverka den ekonomiska effekten för åtgärderna. En ekonomi i "
            "balans kan därför förskjutas något över planperioden 2024-2026."
        ),
        Para("Åtgärdsförslagen ska vara långsiktigt hållbara."),
        Heading("Tidplan", "1.3.", 2),
        Para(
            "Handlingsplanen tas i samband med att verksamhetsplan 2024 beslutas av "
            "Servicenämnden i november 2023."
        ),
        Heading("Beskrivning av arbetsprocessen", "1.4.", 2),
        Para(
            "Åtgärdskravet för verksamheterna är stort, ca 7 procent av de externa kostnaderna. "
            "Dessutom är målet att verksamheten visar en ekonomi i balans redan 2024. Med detta "
            "som utgångspunkt har det varit viktigt att arbeta med ett tydligt underifrån "
            "perspektiv i framtagandet av åtgärder där verksamheten säkerställer att framtagna "
            "åtgärder är genomförbara. Verksamhetens uppdrag har samtidigt varit att föreslå "
            "åtgärder som så långt det är möjligt värnar om verksamhetens kärnuppdrag med minsta "
            "möjliga konsekvenser. För att nå det stora besparingskravet behöver förvaltningens "
            "antal anställda minska och därmed kan det också få påverkan på ambitionsnivån i "
            "utvalda områden."
        ),
        Para(
            "Förslag till åtgärder har presenterats och diskuterats i ledningsgruppen för att se "
            "om respektive förslag är lämpliga eller möjliga att lyfta upp som förslag. "
            "Avstämningar har skett med nämndens ordförande och vice ordförande i syfte att "
            "säkerställa att inriktningen av förslagen är av sådan karaktär att nämnden kan fatta "
            "beslut om handlingsplanen. Avstämning sker löpande med partner."
        ),
        Para(
            "I åtgärdsarbetet har det totala värdet av åtgärderna överstigit åtgärdskravet på "
            "75,8 mnkr. Detta har möjliggjort en politisk prioritering av åtgärdsförslagen och har "
            "medfört en mindre justering mot förvaltningens förslag."
        ),
        Heading("Handlingsplanens effekter", "2.", 1),
        Heading("Grupperade åtgärder", None, 2),
        Para("Samtliga åtgärder i detta avsnitt presenteras under följande grupperade rubriker:"),
        Bullets(
            [
                "Övriga kostnadsreduceringar Budget för vissa kostnadsslag prioriteras bort eller "
                "minskas. Innebär i vissa delar sänkt ambitionsnivå.",
                "Intäkter Avgifter och priser höjs, nya uppdrag",
                "Personalkostnadsreduceringar Ej tillsätta befintliga eller framtida vakanser. "
                "Minskade personalomkostnader genom förändrade arbetsätt.",
            ]
        ),
        Heading("Summering av samtliga åtgärder", None, 2),
        _action_plan(
            [
                ("Intäkter", ["3 914", "3 914", "3 914", ""]),
                ("Personalkostnadsreduceringar", ["27 039", "28 489", "28 489", "49"]),
                ("Övriga kostnadsreduceringar", ["53 801", "64 914", "77 984", ""]),
            ],
            ["84 754", "97 317", "110 387", "49"],
            staff_header="Antal årsarbetare 2024",
            title="Summering av samtliga åtgärder",
            ruled=False,
        ),
        Para(
            "Handlingsplanen omfattar ett besparingsförslag om knappt 85 mkr för 2024. I tabellen "
            "går det att utläsa att besparingarna år 2025-2026 blir ännu större, detta är kopplat "
            "att avtal som nu sägs upp ger effekt först längre fram när avtalet löpt ut. Generellt "
            "handlar besparingarna om att vakanshålla tjänster och vara restriktiva med inköp. "
            "Besparingarna tillsammans med färre antal anställda kommer att innebära att "
            "ambitionsnivån inom de flesta områdena kommer att minska, exempelvis utbud av konst, "
            "städfrekvens, underhåll av fastigheter."
        ),
        Para("Besparingsförslagen innehåller bland annat:"),
        Bullets(
            [
                "Förändrad leverans av måltider till Lindesbergs lasarett",
                "Övergång från lokala IT-lösningar till molnlösningar",
                "Förändring av fikaförmånen",
                "Reducerat konferensutbud",
                "Återinföra parkeringsavgift vid Karlskoga lasarett",
                "Vakanshållning av tjänster",
                "Uppsägning av externa lokaler",
                "Minskat användande av externa konsulter",
            ]
        ),
        Heading(
            "Handlingsplanens ekonomiska effekter och bedömda konsekvenser per område", "2.1.", 2
        ),
        Para(
            "Samtliga åtgärder som lyfts fram är åtgärder som respektive områdeschef lyft fram som "
            "genomförbara åtgärder. Varje område har genomfört en konsekvensanalys och i "
            "nedanstående avsnitt presenteras en övergripande analys för varje områdes förslag "
            "till åtgärder."
        ),
        *_omrade_stab(),
        *_omrade_fastigheter(),
        *_omrade_forsorjning(),
        *_omrade_inkop(),
        *_omrade_it(),
        *_omrade_medicinsk_teknik(),
        *_omrade_ssc(),
        Heading("Uppföljning", "3.", 1),
        Para(
            "Efter beslut om verkställighet ska effekten av varje insats följas upp i ordinarie "
            "uppföljningsprocess. Det innebär löpande uppföljning i månads- och delårsrapporter "
            "samt i årsredovisning. I de fall som uppföljning, på grund av insatsens karaktär, är "
            "svår att genomföra ska det särskilt specificeras. I dagsläget bedöms det dock som det "
            "bara är ett fåtal insatser som behöver hanteras på det sättet, det vill säga att det "
            "för de flesta insatser finns möjlighet och mått för att kunna följa upp insatsens "
            "effekt. Om verksamheten bedömer att en eller flera åtgärder ger mindre effekt bör "
            "fler åtgärder vidtas löpande."
        ),
    ]


def _omrade_stab() -> list[Block]:
    return [
        Heading("Område stab och kansli", None, 3),
        Heading("Grupperade åtgärder", None, 4),
        _action_plan(
            [
                ("Intäkter", ["964", "964", "964", ""]),
                ("Personalkostnadsreduceringar", ["2 800", "2 800", "2 800", "3"]),
                ("Övriga kostnadsreduceringar", ["219", "219", "219", ""]),
            ],
            ["3 983", "3 983", "3 983", "3"],
            ruled=True,
        ),
        Heading("Beskrivning av framtagna åtgärder", None, 4),
        Para(
            "Ökade intäkter beror främst på nya inkomna uppdrag. Personalkostnadsreduceringar "
            "avser att inte återsätta vakanser som uppstått. Det avser en arkivarietjänst samt två "
            "projektledartjänster. Övriga kostnadsreduceringar avser minskade kostnader för bland "
            "annat kurs och konferenser samt resor kopplade till dessa."
        ),
        Heading("Konsekvensanalys", None, 4),
        Para(
            "Personalreducering avseende arkivarietjänst innebär ökad sårbarhet för "
            "arkivariegruppen. Tjänsten var planerad att ansvara för utvecklande av "
            "informationshanteringsplanerna (styrdokument för bevarande/gallring av regionens "
            "information) och även stöd i arbetet mot de regionala bolagen."
        ),
        Para(
            "Reducering av två tjänster som projektledare innebär att det blir utmaningar med att "
            "genomföra en etablering av ett projektkontor utifrån det beslutade "
            "uppdragsdirektivet. Tre projektledare finns kvar som idag arbetar med olika projekt, "
            "där alla projekt pågår i minst sex månader eller längre. Det kommer innebära små "
            "möjligheter att fokusera på t ex riktlinjer och rutiner för projektarbete, uppdatera "
            "projektmodell och mallar, genomföra Projektutbildningar etc."
        ),
    ]


def _omrade_fastigheter() -> list[Block]:
    return [
        Heading("Område Fastigheter", None, 3),
        Heading("Grupperade åtgärder", None, 4),
        _action_plan(
            [
                ("Intäkter", ["1 500", "1500", "1500", ""]),
                ("Personalreduceringar", ["4 380", "3 840", "3 840", "5"]),
                ("Övriga kostnadsreduceringar", ["23 429", "26 987", "40 057", ""]),
            ],
            ["29 309", "32 327", "45 397", "5"],
            ruled=False,
        ),
        Heading("Beskrivning av framtagna åtgärder", None, 4),
        Para("Ökade intäkter avser förslag att återinföra parkeringsavgift vid Karlskoga lasarett."),
        Para(
            "Personalkostnadsreduceringar avser vakanshållning av flertalet tjänster samt "
            "säsongarbetare."
        ),
        Para(
            "Övriga kostnadsreduceringar avser främst uppsägning av externa lokaler (15,2 mkr), "
            "lägre driftkostnader genom försäljning av fastigheter (10 mkr), "
            "energieffektiviseringar (5 mkr), fastighetsunderhåll som skjuts på framtiden "
            "(10 mkr) samt pausa delar av verksamhetsservice (5 mkr)."
        ),
        Heading("Konsekvensanalys", None, 4),
        Para(
            "Område fastigheters underhållsnivå har fått revisionsanmärkningar. Att inte underhålla "
            "fastigheter innebär dyrare åtgärder vid haveri. Risk att fastigheters värde "
            "försämrats. Genom att förtäta administrativa arbetsplatser i externa lokaler kan en "
            "besparing ske, konsekvensen av detta bedöms lindrig. Ambitionssänkningar i "
            "utemiljöer, inredning (konst) påverkar främst intrycket på Region Örebro läns lokaler "
            "och utemiljöer, bedöms ha en lindrig konsekvens."
        ),
        Para(
            "En stor del av besparingarna är kopplade till investeringar där Område fastigheter "
            "exempelvis minskar köp av externa konsulter. Effekten är kopplad till likviditet (ej "
            "driftresultat) och innebär på sikt lägre lokalhyreskostnader för Region Örebro län, "
            "Fastighetsdrift har ett ansvar för att hålla helikopterflygplatsen öppen dygnet runt. "
            "Här ser Område Fastigheter över möjligheten att växla till skiftarbete istället för "
            "jour, vilket skulle innebära lägre behov av bemanningsutökning med anledning av nya "
            "arbetstidsregler."
        ),
        Para("Återinföra parkeringsavgift Karlskoga lasarett bedöms ha en kännbar konsekvens."),
    ]


def _omrade_forsorjning() -> list[Block]:
    return [
        Heading("Område Försörjning", None, 3),
        Heading("Grupperade åtgärder", None, 4),
        _action_plan(
            [
                ("Intäkter", ["1 200", "1 200", "1 200", ""]),
                ("Personalreducering/vakans", ["13 649", "15 249", "15 249", "30,5"]),
                ("Övriga kostnadsreduceringar", ["4 195", "4 195", "4 195", ""]),
            ],
            ["19 044", "20 644", "20 644", "30,5"],
            staff_header="Antal å 2024",
            ruled=True,
        ),
        Heading("Beskrivning av framtagna åtgärder", None, 4),
        Para(
            "Intäkterna ökas till följd av höjning av lunchpriset i våra lunchrestauranger. Det "
            "finns också flera förslag om förändring av fikaförmånen som kan påverka både intäkter "
            "och kostnader."
        ),
        Para(
            "Personalkostnadsreduceringar motsvarar vid helårseffekt från 2025 ca 30 årsarbetare "
            "där både förändrade arbetssätt, minskad servicegrad och vakanshållning bidrar till "
            "besparingen. Bland annat föreslås att leverans av måltider till Lindesbergs lasarett "
            "förändras vilket innebär att maten portionsförpackas och körs ut från "
            "Universitetssjukhuset Örebro två gånger i veckan istället för att det tillagas på "
            "plats i Lindesberg."
        ),
        Para(
            "En annan besparingsåtgärd är att kraftigt minska på konferensutbudet till personal, "
            "detta innebär en enklare hantering och effektivisering inom måltidsservice. "
            "Städfrekvensen minskas på allmänna utrymmen och administrativa lokaler. Övriga "
            "kostnadsreduceringar innebär mindre resor och transporter genom förändrat arbetssätt."
        ),
        Heading("Konsekvensanalys", None, 4),
        Para(
            "Höjning av lunchpriser med 10% samt eventuell höjning av avdraget för fikaförmåner "
            "ger ingen större konsekvens i sig, men medarbetare kan uppfatta Region Örebro län som "
            "en mindre attraktiv arbetsgivare. Risk finns att Region Örebro län inte får ut full "
            "effekt av prishöjningarna på grund av att antalet lunchgäster minskar och medarbetare "
            "avstår från fikaförmånen."
        ),
        Para(
            "Minskad servicenivå - Flertalet av åtgärdsförslagen innebär att både medarbetare inom "
            "Region Örebro län samt kunder kommer att uppleva en lägre servicenivå. Risk finns att "
            "våra kunder väljer att ta in egna resurser för att bibehålla servicenivån och köp "
            "utanför avtal ökar."
        ),
        Para(
            "De åtgärder som föreslås är möjliga att på kort varsel växla upp om det skapar "
            "oönskade konsekvenser som indirekt kan påverka patientsäkerheten."
        ),
        Para("I direkt form påverkas patienterna inte av de föreslagna åtgärderna."),
        Para(
            "De personalkostnadsreduceringar som föreslås har direkt koppling till de förslag som "
            "innebär en minskad servicenivå och förändrade arbetssätt. I och med att medarbetarna "
            "blir färre kommer en hel del omplanering behöva ske och kan komma att påverka "
            "arbetsmiljön hos medarbetarna. Det finns en risk för kompetenstapp i samband med "
            "personalreduceringarna."
        ),
        Para(
            "Över tid finns det en risk att det inom området skapas en mindre övertalighet. Detta "
            "då osäkerhet kring om reduktionerna kan hanteras med naturliga avgångar såsom "
            "pensionsavgångar eller medarbetare som av olika skäl själva väljer att avsluta sin "
            "anställning. I viss mån kan föreslagna åtgärder leda till att Region Örebro län "
            "uppfattas som en mindre attraktiv arbetsgivare samt att bilden av Regionservice som "
            "serviceleverantör kan försämrats."
        ),
    ]


def _omrade_inkop() -> list[Block]:
    return [
        Heading("Område inköp och upphandling", None, 3),
        Heading("Grupperade åtgärder", None, 4),
        _action_plan(
            [
                ("Intäkter", ["", "", "", ""]),
                ("Personalkostnadsreduceringar", ["", "", "", ""]),
                ("Övriga kostnadsreduceringar", ["813", "813", "813", ""]),
            ],
            ["813", "813", "813", "0"],
            ruled=False,
        ),
        Heading("Beskrivning av framtagna åtgärder", None, 4),
        Para(
            "Besparingsförslagen omfattar en större mängd åtgärder med små ekonomiska effekter av "
            "osthyvelskaraktär. Större belopp avser till exempel att nyttja nationella avtal i "
            "högre utsträckning för standardiserade varor och tjänster (375 tkr) samt fasa ut "
            "behov av externa upphandlinskonsulter (250 tkr). Personalreducering har ej föreslagits "
            "utifrån att förvaltningen gjort bedömningen att organisationen redan är lågt "
            "dimensionerad samt att uppdraget och dess komplexitet förväntas öka i samband med "
            "Region Örebro läns besparingsåtgärder."
        ),
        Heading("Konsekvensanalys", None, 4),
        Para(
            "Försumbar påverkan på verksamheten då vi minskat budgeten genom att dra minska lite på "
            "flera budgetposter."
        ),
    ]


def _omrade_it() -> list[Block]:
    return [
        Heading("Område IT", None, 3),
        Heading("Grupperade åtgärder", None, 4),
        _action_plan(
            [
                ("Intäkter", ["", "", "", ""]),
                ("Personalkostnadsreduceringar", ["2 880", "2 880", "2 880", "3"]),
                ("Övriga kostnadsreduceringar", ["23 840", "27 840", "27 840", ""]),
            ],
            ["26 720", "30 720", "30 720", "3"],
            staff_header="Antal åa",
            ruled=True,
        ),
        Heading("Beskrivning av framtagna åtgärder", None, 4),
        Para(
            "Exempel på besparingsförslag för övriga kostnadsreduceringar är att ersätta "
            "Coromaticavtalet med egen personal hos Område fastigheter och Område IT eller "
            "upprätta nytt avtal med ny upphandlad part (1 mkr). Ytterligare en åtgärd är att "
            "använda billigare Microsoft 365 Enterprise-abonnemang (F3 i stället för E3) för fler "
            "användare (4 mkr från 2025). Den största besparingen avser att använda lagring och "
            "mail i molntjänster istället för lokal lagring (19,1 mkr)."
        ),
        Heading("Personalkostnadsreduceringar", None, 4),
        Para("Området vakanshåller tre tjänster till följd av anställningsstoppet."),
        Heading("Konsekvensanalys", None, 4),
        Para(
            "Konsekvensen av att använda en F3 licens istället för E3 är att användaren får en mer "
            "begränsad möjlighet i Office men IT:s bedömning är att det i de allra flesta fall är "
            "tillräckligt. Vakanshållningen påverkar leveransförmågan negativt, övriga "
            "kostnadsreduceringar avser förändrade lösningar som är mer kostnadseffektiva utan att "
            "minska på kvaliteten."
        ),
    ]


def _omrade_medicinsk_teknik() -> list[Block]:
    return [
        Heading("Område Medicinsk Teknik", None, 3),
        Heading("Grupperade åtgärder", None, 4),
        _action_plan(
            [
                ("Intäkter", ["", "", "", ""]),
                ("Personalkostnadsreduceringar", ["2 120", "2 120", "2 120", "3"]),
                ("Övriga kostnadsreduceringar", ["2 940", "2 940", "2 940", ""]),
            ],
            ["5 060", "5 060", "5 060", "3"],
            ruled=False,
        ),
        Heading("Beskrivning av framtagna åtgärder", None, 4),
        Para(
            "Personalkostnadsreduceringar avser att vakanshålla en tjänst som projektsamordnare, "
            "inte ta in vikarier för tjänstledig och föräldraledig personal, ej rekrytera "
            "forskningsledare mm."
        ),
        Para(
            "Övriga kostnadsreduceringar avser bland annat minska deltagande på resor kopplade till "
            "upphandlingar, till exempel konferenser för kunskapsinhämtning och referensbesök för "
            "anbudsutvärdering (0,5 mkr). Vi ser också över befintliga serviceavtal för "
            "medicinteknisk utrustning med syfte att säga upp avtal eller minska avtalens omfattning "
            "till exempel antal ingående utrustningar, servicenivån eller exkludera reservdelar "
            "(2,1 mkr)."
        ),
        Heading("Konsekvensanalys", None, 4),
        Para(
            "Vakanshållningen kommer att leda till att den befintliga personalen får en ökad "
            "arbetsmängd. I det längre perspektivet behöver därför arbetsuppgifter och arbetssätt "
            "ses över så att effektiviseringar kan göras. Genom att inte anställa en "
            "forskningsledare inom medicinteknik kommer vården inte att kunna erbjudas avsett stöd "
            "inom till exempel medicintekniska kliniska prövningar. Konsekvensen av detta bedöms "
            "bli kännbar. Ett minskat deltagande på resor kopplade till upphandlingar och "
            "omvärldsbevakning riskerar att försämra sakkunskapen som behövs i "
            "investeringsprocessen rörande medicinteknisk utrustning. Konsekvensen av detta bedöms "
            "bli kännbar."
        ),
        Para(
            "En reduktion av externa serviceavtal kommer att medföra en ökad arbetsmängd för "
            "befintlig personal. Det kan också leda till längre stilleståndstider på trasig "
            "medicinteknisk utrustning vilket kan påverka patientflöden. Om åtgärden ska få en "
            "långvarig och hållbar effekt behöver de personella resurserna hållas stabila och vara "
            "tillräckliga. Konsekvensen bedöms som lindrig."
        ),
    ]


def _omrade_ssc() -> list[Block]:
    return [
        Heading("Område Shared Service Center", None, 3),
        Heading("Grupperade åtgärder", None, 4),
        _action_plan(
            [
                ("Intäkter", ["250", "250", "250", ""]),
                ("Personalkostnadsreduceringar", ["1 750", "1 600", "1 600", "3"]),
                ("Övriga kostnadsreduceringar", ["420", "1 920", "1 920", ""]),
            ],
            ["2 420", "3 770", "3 770", "3"],
            ruled=True,
        ),
        Heading("Beskrivning av framtagna åtgärder", None, 4),
        Para(
            "Ökade intäkter avser höjda priser mot externa kunder. Personalkostnadsreduceringar "
            "avser tre vakanta tjänster inom ekonomi som inte tillsätts. Övriga "
            "kostnadsreduceringar får främst genomslag från 2025 och framåt och avser beslut om att "
            "gå över till en basmodell för telefoni (1,5 mkr)."
        ),
        Heading("Konsekvensanalys", None, 4),
        Para("Intäkter - ingen eller liten konsekvens, konsekvensen är försumbar."),
        Para(
            "Personalkostnadsreduceringar- Besparingarna avser främst indragna tjänster vid Shared "
            "Service Center. Konsekvensen av ett färre antal medarbetare är att utvecklingsinsatser "
            "får stå tillbaka. Utvecklingstakten gällande exempelvis digitalisering av processer "
            "kommer att påverkas negativt. Shared Service Center kan även komma att behöva säga nej "
            "till förfrågningar från partners inom Region Örebro län gällande nya arbetsuppgifter "
            "som kan centraliseras. Kvalitén på leveransen kan påverkas negativt, med konsekvens att "
            "våra partners får en ökad väntetid och handläggningstid av ärenden. Arbetsmiljön "
            "påverkas, där ökade volymer torde resultera i en högre påfrestning för medarbetare. "
            "Konsekvensen kan bli kännbar."
        ),
        Para("Övriga kostnadsreduceringar – konsekvensen är lindrig."),
    ]

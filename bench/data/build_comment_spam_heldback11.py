"""Build comment_spam_heldback11.jsonl: the eleventh held-back set (300 ham, 300 spam).

Written blind: without opening comments/ or bench/comment_spam.py, without reading any earlier
set's .jsonl or any earlier builder's templates (only the first lines of one builder, for the
import style), without reading git history, and without running any filter over this set (see
bench/data/README.md). Comments are posted under English Wikinews articles dated 2019-07 to
2020-06 (CC BY 2.5) and Global Voices posts dated 2022-01 (CC BY 3.0). From an article a comment
takes only what a fixed rule derives from its length and its date (`measures` below): `$words`
(the body's word count rounded up to the next 50, "under 300"), `$mins` (reading time at 230
words a minute), `$paras` (number of paragraphs) and `$week` (the ISO week number of its date);
never the title, teaser, author or a phrase of the body. Length rules apply to Wikinews only
(Global Voices bodies are one-line teasers). Run from anywhere:
`python3 bench/data/build_comment_spam_heldback11.py`.
"""

import datetime
import math
import random
import re
import string

from comment_sets import GLOBAL_VOICES, WIKINEWS, articles, spin, write_set

rng = random.Random(20261128_11)

# --------------------------------------------------------------------------------------------
# Articles and what a comment may take from them
# --------------------------------------------------------------------------------------------

WN = [a for a in articles(WIKINEWS) if "2019-07" <= a["date"][:7] <= "2020-06"]
GV = [a for a in articles(GLOBAL_VOICES) if str(a["date"]).startswith("2022-01")]
POOL = WN + GV
IS_WN = {a["id"] for a in WN}
NUMWORD = {3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine"}


def measures(a):
    d = datetime.date.fromisoformat(a["date"][:10])
    m = {"week": str(d.isocalendar()[1]), "date": d}
    if a["id"] in IS_WN:
        words = len(a["body"].split())
        paras = len([p for p in a["body"].split("\n") if p.strip()])
        m.update(
            words=str(int(math.ceil(words / 50.0)) * 50),
            nwords=words,
            mins=str(max(1, round(words / 230))),
            paras=str(paras),
            parasw=NUMWORD.get(paras, str(paras)),
            nparas=paras,
        )
    return m


def fits(need, a):
    """Which articles a template may go under (length rules only make sense for Wikinews)."""
    if need is None:
        return True
    if a["id"] not in IS_WN:
        return False
    m = measures(a)
    if need == "short":
        return m["nwords"] < 450 and m["nparas"] <= 9
    if need == "long":
        return m["nwords"] >= 650
    return True


# --------------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------------


def rid(n, alphabet=string.ascii_letters + string.digits):
    return "".join(rng.choice(alphabet) for _ in range(n))


def digits(n):
    return "".join(rng.choice(string.digits) for _ in range(n))


def hexs(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def when(ctx, spread=3):
    return ctx["date"] + datetime.timedelta(days=rng.randint(0, spread))


SLUG_WORDS = [
    "talks",
    "resume",
    "after",
    "officials",
    "confirm",
    "new",
    "measures",
    "as",
    "protests",
    "spread",
    "in",
    "capital",
    "ministers",
    "meet",
    "over",
    "aid",
    "delays",
    "while",
    "death",
    "toll",
    "rises",
    "amid",
    "floods",
    "court",
    "rules",
    "on",
    "election",
    "dispute",
    "opposition",
    "calls",
    "strike",
    "government",
    "denies",
    "report",
    "fuel",
    "prices",
    "curfew",
    "lifted",
    "border",
    "reopens",
    "thousands",
    "displaced",
    "vote",
    "count",
    "inquiry",
    "launched",
]
REGIONS = ["africa", "americas", "asia-pacific", "europe", "middle-east", "asia", "uk", "us-canada"]


def slug(k=None):
    k = k or rng.randint(4, 8)
    return "-".join(rng.choice(SLUG_WORDS) for _ in range(k))


# Links readers cite -------------------------------------------------------------------------


def l_reuters(c):
    d = when(c)
    return f"https://www.reuters.com/world/{rng.choice(REGIONS)}/{slug()}-{d:%Y-%m-%d}/"


def l_bbc(c):
    tail = rng.choice(["", "", "?at_medium=RSS&at_campaign=rss", "?xtor=AL-72-%5Bpartner%5D-%5Bbbc.news.twitter%5D"])
    return f"https://www.bbc.co.uk/news/world-{rng.choice(REGIONS)}-{digits(8)}{tail}"


def l_aljazeera(c):
    d = when(c)
    return f"https://www.aljazeera.com/news/{d.year}/{d.month}/{d.day}/{slug()}"


def l_guardian(c):
    d = when(c)
    tail = rng.choice(["?CMP=Share_iOSApp_Other", "?CMP=share_btn_url", "?CMP=Share_AndroidApp_Other", ""])
    return f"https://www.theguardian.com/world/{d:%Y}/{d:%b}/{d:%d}/{slug()}{tail}".replace(f"{d:%b}", f"{d:%b}".lower(), 1)


def l_ap(c):
    return f"https://apnews.com/article/{slug(5)}-{hexs(32)}"


def l_nyt(c):
    d = when(c)
    return (
        f"https://www.nytimes.com/{d:%Y/%m/%d}/world/{rng.choice(['africa', 'asia', 'europe', 'americas', 'middleeast'])}/"
        f"{slug(5)}.html?smid=nytcore-ios-share&referringSource=articleShare"
    )


def l_dw(c):
    return f"https://www.dw.com/en/{slug(5)}/a-{digits(8)}"


def l_f24(c):
    d = when(c)
    return f"https://www.france24.com/en/{rng.choice(['africa', 'asia-pacific', 'europe', 'americas', 'middle-east'])}/{d:%Y%m%d}-{slug(5)}"


def l_news(c):
    return rng.choice([l_reuters, l_bbc, l_aljazeera, l_guardian, l_ap, l_nyt, l_dw, l_f24])(c)


WIKI_TOPICS = [
    "Internally_displaced_person",
    "Non-governmental_organization",
    "Proportional_representation",
    "State_of_emergency",
    "Pig_butchering_scam",
    "Freedom_of_the_press",
    "Sanctions_(law)",
    "Advance-fee_scam",
    "Internet_censorship_and_surveillance_by_country",
    "Humanitarian_corridor",
    "Motion_of_no_confidence",
    "Cyclone",
    "Hyperinflation",
    "Refugee_law",
    "Two-round_system",
]


def l_wiki(c):
    t = rng.choice(WIKI_TOPICS)
    return rng.choice(
        [f"https://en.wikipedia.org/wiki/{t}", f"https://en.m.wikipedia.org/wiki/{t}", f"https://en.wikipedia.org/wiki/{t}#History"]
    )


def l_youtube(c):
    v = rid(11, string.ascii_letters + string.digits + "-_")
    return rng.choice(
        [
            f"https://www.youtube.com/watch?v={v}",
            f"https://www.youtube.com/watch?v={v}&t={rng.randint(20, 900)}s",
            f"https://youtu.be/{v}?si={rid(16)}",
            f"https://m.youtube.com/watch?v={v}&feature=share",
        ]
    )


SOC_HANDLES = ["kasiaw_reports", "mayor_office", "fieldreporterK", "hanneke_j", "obi_photos", "dmitri_news", "lena_osint", "radio_kalahari"]


def l_social(c):
    h = rng.choice(SOC_HANDLES)
    return rng.choice(
        [
            f"https://x.com/{h}/status/1{digits(18)}",
            f"https://twitter.com/{h}/status/1{digits(18)}?s=20",
            f"https://www.facebook.com/{h}/posts/pfbid0{rid(40)}",
            f"https://t.me/{h}/{rng.randint(200, 9000)}",
            f"https://www.instagram.com/p/{rid(11)}/?igsh={rid(16)}",
            f"https://mastodon.social/@{h}/1{digits(17)}",
        ]
    )


def l_gov(c):
    d = when(c)
    return rng.choice(
        [
            f"https://www.gov.uk/government/news/{slug(5)}",
            f"https://www.state.gov/{slug(5)}/",
            f"https://ec.europa.eu/commission/presscorner/detail/en/ip_{d:%y}_{rng.randint(1000, 2400)}",
            f"https://www.canada.ca/en/global-affairs/news/{d:%Y/%m}/{slug(5)}.html",
            f"https://www.dfat.gov.au/news/media-release/{slug(5)}",
            f"https://www.auswaertiges-amt.de/en/newsroom/news/{slug(4)}/{digits(7)}",
        ]
    )


def l_un(c):
    d = when(c)
    return rng.choice(
        [
            f"https://news.un.org/en/story/{d:%Y/%m}/{digits(7)}",
            f"https://reliefweb.int/report/{rng.choice(['world', 'sudan', 'haiti', 'yemen', 'mozambique', 'philippines'])}/{slug(5)}",
            f"https://www.who.int/news/item/{d:%d-%m-%Y}-{slug(5)}",
            f"https://www.unicef.org/press-releases/{slug(5)}",
            f"https://data.unhcr.org/en/documents/details/{digits(5)}",
        ]
    )


def l_doi(c):
    return rng.choice(
        [
            f"https://doi.org/10.{rng.randint(1000, 1200)}/{rid(4).lower()}.{rng.randint(2010, 2019)}.{digits(5)}",
            f"https://www.nature.com/articles/s41{digits(3)}-0{rng.randint(18, 19)}-{digits(4)}-{digits(1)}",
            f"https://arxiv.org/abs/{rng.choice(['1811', '1903', '1908', '1912'])}.{digits(5)}",
            f"https://pubmed.ncbi.nlm.nih.gov/{digits(8)}/",
            f"https://papers.ssrn.com/sol3/papers.cfm?abstract_id={digits(7)}",
        ]
    )


def l_archive(c):
    d = when(c, 1)
    return rng.choice([f"https://web.archive.org/web/{d:%Y%m%d}{digits(6)}/{l_news(c)}", f"https://archive.ph/{rid(5)}"])


def l_local(c):
    return rng.choice(
        [
            f"https://www.dawn.com/news/{digits(7)}",
            f"https://nation.africa/kenya/news/{slug(5)}-{digits(7)}?utm_source=whatsapp&utm_medium=social",
            f"https://www.thehindu.com/news/international/{slug(5)}/article{digits(8)}.ece",
            f"https://www.rappler.com/world/{slug(5)}/",
            f"https://www.premiumtimesng.com/news/headlines/{digits(6)}-{slug(5)}.html",
            f"https://www.rnz.co.nz/news/world/{digits(6)}/{slug(4)}",
            f"https://www.cbc.ca/news/world/{slug(5)}-1.{digits(7)}",
            f"https://www.thestar.com.my/news/world/{when(c):%Y/%m/%d}/{slug(5)}",
        ]
    )


def l_map(c):
    lat, lng = round(rng.uniform(-35, 55), 4), round(rng.uniform(-80, 120), 4)
    return rng.choice(
        [
            f"https://www.google.com/maps/place/{lat},{lng}/@{lat},{lng},{rng.randint(9, 14)}z",
            f"https://maps.app.goo.gl/{rid(17)}",
            f"https://www.openstreetmap.org/#map={rng.randint(8, 13)}/{lat}/{lng}",
        ]
    )


def l_blog(c):
    h = rng.choice(["notesfromthedelta", "slowjournalism", "thewidemargin", "borderlandsdiary", "kettleandmap"])
    d = when(c, 200)
    return rng.choice(
        [
            f"https://{h}.substack.com/p/{slug(4)}",
            f"https://{h}.wordpress.com/{d:%Y/%m/%d}/{slug(4)}/",
            f"https://medium.com/@{h}/{slug(4)}-{hexs(12)}",
            f"https://{h}.blogspot.com/{d:%Y/%m}/{slug(3)}.html",
        ]
    )


def l_fraud(c):
    return rng.choice(
        [
            "https://www.actionfraud.police.uk/reporting-fraud-and-cyber-crime",
            "https://reportfraud.ftc.gov/",
            "https://www.scamwatch.gov.au/report-a-scam",
            "https://www.ic3.gov/",
            "https://www.antifraudcentre-centreantifraude.ca/report-signalez-eng.htm",
        ]
    )


def l_donate(c):
    return rng.choice(
        [
            "https://www.icrc.org/en/donate",
            "https://www.ifrc.org/appeals",
            "https://www.msf.org/donate",
            "https://www.unrefugees.org/donate/",
            "https://www.savethechildren.net/donate",
        ]
    )


def l_es(c):
    d = when(c)
    return f"https://elpais.com/internacional/{d:%Y-%m-%d}/{slug(5)}.html"


def l_de(c):
    return f"https://www.tagesschau.de/ausland/{slug(4)}-{rng.randint(100, 999)}.html"


def l_pl(c):
    return f"https://wiadomosci.onet.pl/swiat/{slug(4)}/{rid(7).lower()}"


def l_id(c):
    d = when(c)
    return f"https://internasional.kompas.com/read/{d:%Y/%m/%d}/{digits(9)}/{slug(5)}"


def l_ko(c):
    return f"https://n.news.naver.com/article/{rng.randint(1, 660):03d}/{digits(10)}"


LINKS = {
    "reuters": l_reuters,
    "bbc": l_bbc,
    "aljazeera": l_aljazeera,
    "guardian": l_guardian,
    "ap": l_ap,
    "nyt": l_nyt,
    "dw": l_dw,
    "f24": l_f24,
    "news": l_news,
    "wiki": l_wiki,
    "youtube": l_youtube,
    "social": l_social,
    "gov": l_gov,
    "un": l_un,
    "doi": l_doi,
    "archive": l_archive,
    "local": l_local,
    "map": l_map,
    "blog": l_blog,
    "fraud": l_fraud,
    "donate": l_donate,
    "es": l_es,
    "de": l_de,
    "pl": l_pl,
    "id": l_id,
    "ko": l_ko,
}

# --------------------------------------------------------------------------------------------
# Ham voices
# --------------------------------------------------------------------------------------------

FULL = [
    "Margaret Oduya",
    "Tom Hellström",
    "Priya Raman",
    "Kwame Asante-Boateng",
    "Lucía Fernández",
    "Daniel O'Rourke",
    "Aiko Tanabe",
    "Rashid Khalil",
    "Ingrid Solberg",
    "Chidi Nwosu",
    "Beatriz Moura",
    "Samuel Tembo",
    "Fiona McAllister",
    "Arjun Mehta",
    "Nadia Haddad",
    "Pete Kowalczyk",
    "Grace Wanjiru",
    "Marcus Lindqvist",
    "Hannah Greenbaum",
    "Tariq Malik",
    "Eleanor Voss",
    "Jorge Castañeda",
    "Mele Fifita",
    "Ruth Abernethy",
    "Kenji Morales",
    "Ayesha Siddiqui",
    "Colm Brennan",
    "Thandiwe Mokoena",
    "Ivan Petrenko",
    "Sofia Kallio",
    "Abdoulaye Diallo",
    "Rebecca Lam",
    "Gareth Pryce",
    "Noor Jaber",
]
FIRST = [
    "Dave",
    "Mariam",
    "Joe",
    "Anneke",
    "Raj",
    "Sandra",
    "Kofi",
    "Bec",
    "Luis",
    "Yuki",
    "Ahmed",
    "Gwen",
    "Tunde",
    "Marta",
    "Ollie",
    "Nikhil",
    "Carmen",
    "Sven",
    "Lindiwe",
    "Pat",
    "Hamza",
    "Rosie",
]
NICK = [
    "old sailor",
    "grumpy_gran",
    "NightShiftNurse",
    "expat in Lisbon",
    "the other Dave",
    "Tomo",
    "BigMike",
    "auntie bee",
    "kiwi_abroad",
    "LurkerSince2009",
    "skeptical reader",
    "Doc H",
    "Mama Tee",
    "cornishpasty",
    "bookworm83",
    "Citizen K",
    "ex-stringer",
    "J.",
]
HANDLE = [
    "@rfalconer",
    "jvdberg",
    "m_osei",
    "quietcartographer",
    "t0m_w",
    "lena.writes",
    "dataDiego",
    "fieldnotes_amal",
    "northbank_rob",
    "ptrhk",
    "xX_geo_Xx",
    "owl_at_noon",
]
PLACED = [
    "Rosa in Valparaíso",
    "Kemal, Izmir",
    "Ben (Halifax, NS)",
    "Anjali – Pune",
    "Mick from Ballarat",
    "Olga, Tartu",
    "Nomvula, Gqeberha",
    "Ama from Kumasi",
    "Greg in Ohio",
    "a reader in Manila",
]
BUSINESS = [
    ("Harbour Lane Books", "harbourlanebooks.co.uk"),
    ("Café Alameda", "cafealameda.pt"),
    ("Kaya Print & Copy", "kayaprint.co.ke"),
    ("Riverside Community Centre", "riversidecc.org.uk"),
    ("Patel's Chemist", "patelschemist.co.uk"),
    ("Bluegum Guesthouse", "bluegumguesthouse.com.au"),
    ("Tamarind Tailors", "tamarindtailors.in"),
]
PROVIDERS = ["gmail.com"] * 8 + [
    "outlook.com",
    "yahoo.com",
    "hotmail.co.uk",
    "icloud.com",
    "proton.me",
    "gmx.de",
    "web.de",
    "yandex.ru",
    "libero.it",
    "orange.fr",
    "btinternet.com",
    "aol.com",
    "fastmail.com",
    "naver.com",
    "rediffmail.com",
    "bigpond.com",
    "shaw.ca",
    "xtra.co.nz",
    "wp.pl",
    "uol.com.br",
    "live.com",
    "me.com",
    "tutanota.com",
    "laposte.net",
    "yahoo.co.in",
    "telenet.be",
]
LANG_NAMES = {
    "pl": ["Katarzyna Wiśniewska", "Tomek", "Piotr Z.", "gosia_k"],
    "ro": ["Andrei Popescu", "Ioana", "mihai.d", "Elena from Cluj"],
    "el": ["Γιώργος Παπαδόπουλος", "Eleni K.", "Nikos", "maria_thess"],
    "he": ["Noa Levi", "יוסי", "Avi B.", "dana_tlv"],
    "vi": ["Nguyễn Thị Lan", "Minh Tuấn", "Hoa", "phong.tran"],
    "id": ["Dewi Lestari", "Budi S.", "Rina", "agus_jkt"],
    "th": ["Somchai", "Nok", "Pimchanok S.", "ต้น"],
    "ko": ["김민준", "Jiwoo Park", "seoulite", "이수진"],
    "sw": ["Wanjiku", "Baraka Otieno", "mama Neema", "Juma K."],
    "yo": ["Adebayo Ogunleye", "Funmi", "Tolu A.", "Iya Bose"],
    "am": ["Selam", "Dawit Bekele", "Hana T.", "አበበ"],
    "bn": ["Rahim Uddin", "Tania", "সুমন", "Farhana Akter"],
    "hi": ["Rohit Sharma", "Sunita", "अमित", "Neha V."],
    "ms": ["Aiman", "Siti Nurhaliza M.", "Faizal", "kak Yah"],
    "es": ["Camila Rojas", "Javier", "Mariela desde Quito", "pepe_bcn"],
    "fr": ["Claire Dubois", "Mamadou", "Jean-Luc R.", "sophie.lyon"],
    "de": ["Jürgen Weber", "Anja", "Moritz K.", "hamburgerdeern"],
    "pt": ["Thiago Alves", "Fernanda", "Zé da Bahia", "carol.rj"],
    "ru": ["Алексей", "Svetlana P.", "Дима", "olga_spb"],
    "ar": ["أحمد", "Layla M.", "Youssef", "سارة"],
    "it": ["Giulia Romano", "Marco", "Franco da Bari", "vale_mi"],
    "xh": ["Sipho Mqhayi", "Nosipho", "Lwazi", "Thembeka"],
    "qu": ["Rosa Mamani", "Wilber Quispe", "Yupanqui", "Ñusta"],
    "tr": ["Ayşe Yılmaz", "Emre", "mehmet_k", "Zeynep"],
    "tl": ["Maricel Santos", "Jun", "Ate Joy", "paolo.d"],
    "uk": ["Оксана", "Taras K.", "Андрій", "iryna_lviv"],
}
TRANSLIT = str.maketrans("ąćęłńóśźżäöüåøéèêëáàâãíìîïúùûçñšžčřýğışæ", "acelnoszzaouaoeeeeaaaaiiiiuuucnszcryaisa")


def mailbox_for(name):
    base = name.lower().translate(TRANSLIT)
    base = re.sub(r"[^a-z0-9. _-]", "", base).strip(" ._-")
    parts = [p for p in re.split(r"[ ._-]+", base) if p]
    if not parts:
        parts = [rng.choice(["reader", "user", "guest", "anon", "news"])]
    style = rng.randint(0, 5)
    if style == 0 and len(parts) > 1:
        local = ".".join(parts)
    elif style == 1 and len(parts) > 1:
        local = parts[0][0] + parts[-1]
    elif style == 2:
        local = "".join(parts) + str(rng.randint(1, 99))
    elif style == 3:
        local = "_".join(parts) + str(rng.choice([1962, 1971, 1984, 1990, 77, 88, 2001]))
    else:
        local = parts[0] + (("." + parts[-1]) if len(parts) > 1 else str(rng.randint(10, 999)))
    return f"{local}@{rng.choice(PROVIDERS)}"


def site_for(name):
    h = re.sub(r"[^a-z0-9]", "", name.lower().translate(TRANSLIT)) or "reader" + digits(3)
    return rng.choice(
        [
            f"https://{h}.substack.com",
            f"https://{h}.wordpress.com",
            f"https://{h}.blogspot.com/",
            f"https://github.com/{h}",
            f"https://www.linkedin.com/in/{h}-{hexs(6)}/",
            f"https://mastodon.social/@{h}",
            f"https://mas.to/@{h}",
            f"https://bsky.app/profile/{h}.bsky.social",
            f"https://{h}.com",
            f"https://www.{h}.net/",
            f"http://{h}.co.uk",
            f"https://medium.com/@{h}",
            f"https://www.flickr.com/photos/{h}/",
            f"https://{h}.micro.blog",
            f"https://write.as/{h}",
        ]
    )


def ham_voice(lang, kind=None):
    if kind == "business":
        name, dom = rng.choice(BUSINESS)
        return name, f"{rng.choice(['info', 'hello', 'office', 'bookings'])}@{dom}", f"https://www.{dom}/"
    if lang != "en":
        name = rng.choice(LANG_NAMES[lang])
    else:
        pool = rng.choices([FULL, FIRST, NICK, HANDLE, PLACED], weights=[34, 22, 18, 12, 8])[0]
        name = rng.choice(pool)
    return name, mailbox_for(name), ""


REPLY_TO = [
    "Marek",
    "jt_wells",
    "Auntie Bisi",
    "Olu",
    "Greg in Ohio",
    "Hannah",
    "NightShiftNurse",
    "Pavel",
    "cornishpasty",
    "Sunny",
    "Raj",
    "Citizen K",
    "the other Dave",
    "Ingrid",
]

# --------------------------------------------------------------------------------------------
# Ham templates: (id, lang, body, need, voice kind)
# --------------------------------------------------------------------------------------------

LONG_1 = """{I keep seeing|People keep posting} "why should we care, it's far away". {Three reasons|A few reasons}.

First, {money|trade}: whatever happens there shows up in {fuel|food|shipping} prices {here|at home} within {weeks|a couple of months}. Second, people: {when a place becomes unliveable, people move|displacement doesn't stop at a border}, and then the same commenters complain about {migrants|refugees}. Third, {precedent|the rules}: if {this goes unanswered|nobody reacts}, the next government {watching|taking notes} learns that it works.

{You don't have to care out of kindness.|Care out of self-interest if nothing else.} {But care.|Just pay attention.}"""

LONG_2 = """{Compassion fatigue is real and I've got it.|I'll be honest, I almost scrolled past this.}

{Every week|Every few days} there's another {disaster|crisis}, another figure, another appeal, and {after a while|eventually} the numbers stop meaning anything. {I think|Maybe} that's why pieces like this matter — {short, factual, no|no} {music swelling under the footage|hand-wringing}, just what happened and who it happened to.

{Anyway.|So.} I donated {to the Red Cross|to a local group a friend vouched for} and {I'm writing to my MP|I'll keep reading}. {That's all I've got.|Small things.}"""

LONG_3 = """{With respect|Respectfully}, {the comments here are missing the point|most replies miss what matters}.

{Elections|Votes} aren't the test of a democracy. {What matters|The test} is what happens {between them|the day after}: can {journalists|reporters} publish {this|a story like this} without {being arrested|losing their licence}? Can a judge rule against the {president|government} and keep her job? Can {people|citizens} protest without {being shot|tear gas}?

{By that measure|On those questions} {a lot of countries we call democracies|plenty of "allies"} {fail|would fail}, {including some close to home|and ours isn't perfect either}. {That's not whataboutism, it's the standard.|Apply the standard evenly.}"""

LONG_4 = """Some context {from someone who has worked in disaster response|from 12 years in humanitarian logistics}:

1. The first {72 hours|three days} are {chaos|always chaos}. Numbers {reported|published} then are almost always {wrong, usually too low|revised upwards}.
2. {Cash|Money} is {better|more useful} than {donated goods|clothes and tins}. {Containers of old clothes clog ports|Sorting donated stuff takes people away from real work}.
3. The story {leaves the news|drops out of the headlines} {in a week|after ten days}; the {rebuilding|recovery} takes {years|a decade}.

{If you want to help, set up a small monthly donation instead of a one-off.|Give monthly, give to people who were there before the cameras.}"""

LONG_5 = """{I'm going to push back|I disagree} on {the top comment|the "they brought it on themselves" replies}.

{Yes|Sure}, the government {made mistakes|got things badly wrong}. But {the people|ordinary people} who {paid the price|are suffering now} didn't {choose|vote for} {any of it|those decisions}, {and a lot of them protested at the time|and many of them tried to stop it}.

{Blaming a whole population for its rulers is lazy.|You wouldn't want to be judged by your own government's worst decisions.} {Think about that before hitting reply.|That's all.}"""

HAM = [
    # thanks, agreement, short replies
    (
        "thanks",
        "en",
        "{Thanks for this|Thank you for covering this|Good to see this covered}{.|!| at all.} {Nobody else seems to be|The big outlets skipped it|Hardly anyone picked it up}{.|, as usual.|, sadly.}",
        None,
        None,
    ),
    (
        "thanks-short",
        "en",
        "{Appreciate|Love} that this is a $mins-minute read and not a {forty-slide liveblog|twenty-minute video}. {Facts first, opinions later.|Straight to the point.|More of this please.}",
        "short",
        None,
    ),
    ("oneword", "en", "{Grim.|Unreal.|Wow.|Sad.|Finally.|Predictable.|Shocking.|Heartbreaking.|Typical.|Scary.|Madness.|Oof.}", None, None),
    ("emoji", "en", "{🙏|😔|👏👏|💔|🤦‍♂️|😡|🕯️|👀|😢😢|🙏🏽}", None, None),
    (
        "agree",
        "en",
        "{Exactly|This}. {People keep forgetting|Too many people forget|We keep forgetting} that {none of this happens in a vacuum|the people affected are the last to be asked|the bill always lands on ordinary families}.",
        None,
        None,
    ),
    ("first", "en", "{first|First!|first 🙂|FIRST} {lol|}", None, None),
    (
        "condolences",
        "en",
        "{My condolences|Deepest condolences|Thinking of} {to the families|to everyone who lost someone|the families tonight}. {May they rest in peace.|No words.|Stay strong.}",
        None,
        None,
    ),
    (
        "well-written",
        "en",
        "{Clear, calm and factual|Calm and factual, no drama}. {Rare these days.|Bookmarked the site.|Subscribed.} {Thanks to whoever wrote it.|Keep it up.}",
        None,
        None,
    ),
    # dissent, anger, sarcasm
    (
        "dissent-framing",
        "en",
        "I {don't|do not} think this is {balanced|fair}. {You quote officials and nobody on the other side.|Only one side gets a voice here.|Where is the response from the opposition?} {Do better.|Disappointing.|Expected more from you.}",
        None,
        None,
    ),
    (
        "caps",
        "en",
        "{THIS IS|This is} {A DISGRACE|DISGRACEFUL|UNACCEPTABLE}. {HOW MANY MORE TIMES|How many more times}?? {Someone has to answer for this.|RESIGN. ALL OF THEM.|And nobody will be held accountable, watch.}",
        None,
        None,
    ),
    (
        "sarcasm",
        "en",
        "Oh good, {another inquiry|a strongly worded statement|thoughts and prayers|a new committee}. {That'll fix it.|I'm sure that will sort everything out.|Problem solved, everyone go home.}",
        None,
        None,
    ),
    (
        "sarcasm-2",
        "en",
        "{Shocked|Stunned}, I tell you. {Absolutely stunned.|Who could possibly have seen this coming.} {/s|(/s obviously)|🙄}",
        None,
        None,
    ),
    (
        "whatabout",
        "en",
        "{Funny how|Strange how} {nobody here|no one in this thread} was this upset when {it happened in our own country|the same thing happened last year|our own government did it}.",
        None,
        None,
    ),
    (
        "defend-gov",
        "en",
        "{The government|The authorities} {acted quickly|did what they could with what they had}. {Easy to criticise from a keyboard.|Armchair experts everywhere in here.|Let them do their job.}",
        None,
        None,
    ),
    (
        "conspiracy",
        "en",
        "{Wake up people.|Do your own research.} {This was planned years ago.|Follow the money.|Ask who profits.} {The media won't tell you.|They never tell you the real story.}",
        None,
        None,
    ),
    (
        "nuance",
        "en",
        "{Both things can be true|It's possible to hold two thoughts at once}: {the government handled it badly AND the opposition is exploiting it|the protesters have real grievances AND some of the violence was organised|aid is needed AND it's being stolen}.",
        None,
        None,
    ),
    (
        "angry-voter",
        "en",
        "Who {voted|asked} for {this|any of this}? {Nobody I know.|Not me.} {And we'll pay for it for twenty years.|Next election can't come soon enough.}",
        None,
        None,
    ),
    # jokes
    (
        "joke-uncle",
        "en",
        "{My uncle|My neighbour|Half my group chat} {predicted this in 2016|already has a theory about this} and {honestly|frankly} {he's insufferable now|I'm not ready to hear it again}. 😂",
        None,
        None,
    ),
    (
        "joke-readers",
        "en",
        "The real {news|story} is that {someone|somebody} {still reads the comments|read to the end of the article}. Hi {everyone|mum|to the three of us}. 👋",
        None,
        None,
    ),
    (
        "joke-readtime",
        "en",
        '"$mins min read" and the comment section {is already three times longer|will take me an hour|is a novel}. 😅',
        "wn",
        None,
    ),
    # quoting the article back
    (
        "quote-back",
        "en",
        '"{according to local media|officials said|sources close to the government|it is not yet clear}" — {which ones?|doing a lot of heavy lifting in that sentence.|so nobody actually knows yet.|name them.}',
        None,
        None,
    ),
    (
        "quote-back-md",
        "en",
        "> {No injuries were reported|The cause is under investigation|Police have not released names|Talks are expected to continue}\n\n{Give it a week.|That line always ages badly.|Well, that's something at least.|We'll see.}",
        None,
        None,
    ),
    (
        "quote-back-3",
        "en",
        'You wrote "{thousands|hundreds}". {Which is it, two thousand or nine thousand? Big difference.|Can you be more precise? It matters.}',
        None,
        None,
    ),
    # questions
    (
        "q-source",
        "en",
        "Where do the {figures|numbers} come from? {A link to the original report would help.|Is this from the ministry or from an NGO?|I'd like to read the primary source.}",
        None,
        None,
    ),
    (
        "q-update",
        "en",
        "Any update on this? {It's been|It has been} {a few days|a week|ages} and {I can't find anything|nothing new on the wires|the trail has gone cold}.",
        None,
        None,
    ),
    (
        "q-translate",
        "en",
        "Is there a {French|Spanish|Arabic|Portuguese} version of this? {My parents would want to read it.|I'd like to share it with my neighbours.}",
        None,
        None,
    ),
    (
        "q-help",
        "en",
        "How can people {abroad|outside the country} help {without money going to the wrong people|directly}? {Genuine question.|Any trusted local groups?}",
        None,
        None,
    ),
    (
        "q-abbrev",
        "en",
        "What does {'IDP'|'NGO'|'OCHA'|'ECOWAS'|'UNHCR'} stand for? {Sorry if obvious.|Not from here.|Asking for my kid.}",
        None,
        None,
    ),
    ("q-who", "en", "wait so whos actually in charge now?? {im confused|genuinely asking|someone explain pls}", None, None),
    (
        "q-rss",
        "en",
        "{Is there an RSS feed|Do you have an RSS feed|Is there a newsletter} for {this section|world news only}? {I'd rather not use social media.|Can't find it on the site.}",
        None,
        None,
    ),
    (
        "q-vpn",
        "en",
        "{Are people there able to|Can people there} {get online with a VPN|still use Signal}? {Asking for family.|My cousin says only Telegram works.}",
        None,
        None,
    ),
    # corrections
    (
        "fix-pop",
        "en",
        "Small correction: the population is {closer to|nearer} {2.1|4.6|8.3|13} million, not {1.2|6.4|3.8|31}. {Easy slip.|Typo I assume.|Check the census.}",
        None,
        None,
    ),
    (
        "fix-year",
        "en",
        "The earlier {agreement|law|ceasefire|referendum} was in {1994|2003|2011|2016}, not {1996|2005|2013|2014}. {Minor, but people will quote it.|Please fix.|Otherwise good piece.}",
        None,
        None,
    ),
    (
        "fix-typo",
        "en",
        "{Typo|Small typo} in the {third|second|last} paragraph: '{goverment|recieved|seperate|occured}'. {Otherwise great.|Sorry, can't unsee it.}",
        None,
        None,
    ),
    (
        "fix-paras",
        "en",
        "Only $paras paragraphs? {This deserved a proper long read.|Feels like half the story is missing.|I wanted much more context.}",
        "short",
        None,
    ),
    (
        "fix-currency",
        "en",
        "{Worth adding|You should say} {what that is in dollars|the exchange rate} — {most readers won't know|the local currency lost a third of its value} {since last year|this year}.",
        None,
        None,
    ),
    (
        "fix-vote",
        "en",
        "@$reply no, the vote was {212 to 198|61 to 39|3 to 2|44 to 41}, {look it up|it's on the parliament website|I watched it live}.",
        None,
        None,
    ),
    # length and week references
    (
        "len-words",
        "en",
        "{Short and clear|Clear and short} — under $words words and I {understood more than from an hour of TV|got the whole picture}. {Thank you.|Appreciated.}",
        "short",
        None,
    ),
    ("len-long", "en", "{Long but|Long, but} worth {every paragraph|it}. {Read it twice.|Saved it for the weekend.}", "long", None),
    (
        "week",
        "en",
        "Week $week of the year and {this is already the third story like this I've read|I've lost count of these|it's the same thing again}.",
        None,
        None,
    ),
    (
        "week-2",
        "en",
        "{Every|Each} week it's something. {This is|That makes this} week $week. {I'm tired.|Exhausting.|Who's counting? Me apparently.}",
        None,
        None,
    ),
    # first-hand
    (
        "local-roads",
        "en",
        "I live {about 20 km|an hour|two streets} from there. {The roads were closed all morning|Shops shut early|You could hear helicopters most of the night} and {nobody told us anything|local radio was the only source|we found out from WhatsApp}.",
        None,
        None,
    ),
    (
        "local-prices",
        "en",
        "Here the price of {bread|cooking gas|a bus ticket|rice} has {doubled|gone up 40%|tripled} since {last spring|the new year|the elections}. {Articles like this never mention that.|That's the real story.}",
        None,
        None,
    ),
    (
        "local-family",
        "en",
        "{Called|Finally reached} my {mother|grandmother|brother} {last night|this morning}. {They're okay but scared.|Phone lines were down for two days.|She says the article is accurate.}",
        None,
        None,
    ),
    (
        "local-march",
        "en",
        "I was {at the march|there} {yesterday|on Saturday}. {Crowd was much bigger than reported|It was peaceful until the police arrived|Mostly families and students}.",
        None,
        None,
    ),
    (
        "local-business",
        "en",
        "We run a small {guesthouse|café|bookshop} and {bookings have dropped by half|the tourists just stopped coming|footfall is down a third}. {We'll hang on.|Thank you for reporting it.|Hard times.}",
        None,
        "business",
    ),
    (
        "local-power",
        "en",
        "{Power's been out|No electricity} {for 14 hours|since yesterday|three nights running} {here|in our area}. {Typing this on my last 9% battery.|Generator fuel is gone.} {Please keep reporting.|Stay safe all.}",
        None,
        None,
    ),
    # professions
    (
        "job-nurse",
        "en",
        "{As a nurse|I'm an ICU nurse|Nurse here}, {the numbers don't surprise me|this matches what we see every shift|please believe staff when they say they're at breaking point}.",
        None,
        None,
    ),
    (
        "job-teacher",
        "en",
        "Teacher here. {I'll be using this in class tomorrow|My students asked about this today|Sharing with my Year 11s}{ — clear and not sensationalist.|, thanks for keeping it readable.}",
        None,
        None,
    ),
    (
        "job-freight",
        "en",
        "I work in freight logistics. {Every time something like this happens|When borders close like this} {container rates jump within days|we get calls from panicked clients} and {prices in the shops follow a month later|nobody connects the dots}.",
        None,
        None,
    ),
    (
        "job-lawyer",
        "en",
        "Lawyer (not yours, not legal advice): {the ruling is narrower than the headline suggests|this will almost certainly be appealed|the key detail is jurisdiction}.",
        None,
        None,
    ),
    (
        "job-farmer",
        "en",
        "Farmer here. {Fertiliser|Diesel|Feed} {has doubled|is up 60%} and {the subsidy forms are still on paper|nobody in the capital cares}.",
        None,
        None,
    ),
    (
        "job-dev",
        "en",
        "Network engineer. {An outage|A shutdown} {like that|across the whole country} is {exactly|consistent with} {what an ordered block looks like|a deliberate routing withdrawal}, not a 'technical fault'.",
        None,
        None,
    ),
    (
        "job-stringer",
        "en",
        "Ex-stringer in the region. {Getting anyone on record there is hard|Sources there risk a lot to talk}, so {credit where it's due|respect to whoever reported this}.",
        None,
        None,
    ),
    (
        "job-volunteer",
        "en",
        "Volunteering at {a food bank|a refugee reception centre|a shelter} {on weekends|twice a week}. {Demand has doubled this year.|We need volunteers more than money right now.}",
        None,
        None,
    ),
    (
        "job-student",
        "en",
        "Writing my {thesis|dissertation|term paper} on {this region|exactly this} — {does anyone know a good book on the background?|any sources beyond Wikipedia?}",
        None,
        None,
    ),
    (
        "job-retired",
        "en",
        "{Retired|I'm 78 and retired}. I {remember|can remember} {when this happened the first time|the last time} and {nobody learned anything|the same promises were made}.",
        None,
        None,
    ),
    (
        "job-pharmacist",
        "en",
        "{Pharmacist|Community pharmacist} here: {we've had shortages of basic antibiotics for weeks|wholesalers are rationing us}. {Please don't buy medicine from Facebook or Telegram sellers|Online 'pharmacies' without a prescription are selling fakes}.",
        None,
        None,
    ),
    # scams, crypto, betting, loans, medicines, messaging, donations, helplines in a news context
    (
        "scam-recovery",
        "en",
        "To anyone reading the replies: {the 'recovery expert' comments|people offering to 'recover' lost crypto} {are scams|are all scams}. {They'll take a fee and vanish.|Nobody can reverse a blockchain transaction.|Report them, don't reply.}",
        None,
        None,
    ),
    (
        "scam-sms",
        "en",
        "Got a text today {claiming to be from|pretending to be} {the post office|my bank|the tax office} asking for {a 'redelivery fee'|my card details|'urgent verification'}. {Forwarded to 7726.|Reported it.|Deleted.} {Stay safe everyone.|Warn older relatives.}",
        None,
        None,
    ),
    (
        "scam-wrongnumber",
        "en",
        "{My aunt|A colleague|My dad} lost {£8,000|$12,000|most of his savings} to a {'wrong number' text|woman he met on a dating app} who {introduced him to a crypto app|showed him fake 'profits'}. {If this helps one person, good.|It starts with 'hi, is this David?'}",
        None,
        None,
    ),
    (
        "scam-report",
        "en",
        "If you've been targeted {by one of these|by a scam like this}, report it: <<fraud>> {— even if you didn't lose money.|They do read them.}",
        None,
        None,
    ),
    (
        "betting",
        "en",
        "{Every|Each} {football stream|match on TV} now comes with {six|a dozen} betting ads {before kick-off|at half time}. {No wonder young men are in debt.|It's the new tobacco.|Ban them like tobacco.}",
        None,
        None,
    ),
    (
        "casino-ad",
        "en",
        "The {ad|banner} {next to this article|under this story} is for {a casino|a betting app}. {Classy.|Read the room.|Bit grim.}",
        None,
        None,
    ),
    (
        "loan-app",
        "en",
        "My cousin took a {loan app|'quick loan' app} loan of {200|500} and they {messaged everyone in her contacts|called her employer} when she was {two days|a week} late. {These apps should be banned.|Regulators are asleep.}",
        None,
        None,
    ),
    (
        "medicine",
        "en",
        "{Insulin|Salbutamol inhalers|Epilepsy medication} {has been out of stock|has been impossible to find} at {every pharmacy|our local pharmacy} for {three weeks|a month}. {People are buying from Facebook sellers, which is dangerous.|Where's the story on that?}",
        None,
        None,
    ),
    (
        "whatsapp",
        "en",
        "{Half|Most} of {my family|the neighbourhood} get their news from {WhatsApp forwards|Telegram channels} and {they already believed the opposite|I've spent all day correcting voice notes}. {Sending them this.|Exhausting.}",
        None,
        None,
    ),
    (
        "donate",
        "en",
        "For anyone wanting to help: {give to established organisations|check the charity register first}, {not random fundraising links in comment sections|not the 'donate here' accounts that appear under every story}. <<donate>>",
        None,
        None,
    ),
    (
        "helpline",
        "en",
        "If this hits close to home for anyone: {Samaritans 116 123 (UK & ROI)|Lifeline 13 11 14 (Australia)|988 in the US}. {Take care of yourselves.|You're not alone.}",
        None,
        None,
    ),
    (
        "relief-token",
        "en",
        "Funny how {every crisis|every disaster} now {gets its own 'relief token'|has some crypto bro launching a coin}. {Donate to people, not to a contract address.|Ugh.}",
        None,
        None,
    ),
    (
        "spam-complaint",
        "en",
        "{Mods, there's|Moderators, you've got} {a crypto bot|'hacker for hire' spam|loan spam} in the replies {again|below}. {Please clean up.|Every thread now.}",
        None,
        None,
    ),
    (
        "mod-deleted",
        "en",
        "Why was my comment {deleted|removed}? {It had no swearing in it.|I only linked a source.|I'd like an explanation.}",
        None,
        None,
    ),
    (
        "fediverse",
        "en",
        "Posted this on {Mastodon|Bluesky} and {the replies are|the discussion is} {better than here|surprisingly good}. 😄",
        None,
        None,
    ),
    (
        "stats",
        "en",
        "Correlation isn't causation. {The article doesn't claim it is, but the comments sure do.|Read the methodology before sharing.}",
        None,
        None,
    ),
    ("lower-typo", "en", "cant beleive this is still happening in {2019|2020|this day and age}.. {sad|so sad|shamefull}", None, None),
    (
        "climate",
        "en",
        "And {next year|in five years} we'll read the same article {with bigger numbers|again}. {Nothing changes until voters make it change.|Bookmarking for then.}",
        None,
        None,
    ),
    # @-replies and arguments across replies
    (
        "reply-read",
        "en",
        "@$reply {that's not what it says at all|you clearly didn't read past the headline|read it again, slowly}. {The piece is careful about that.|It says the opposite.}",
        None,
        None,
    ),
    ("reply-agree", "en", "@$reply {agreed|100%|same here|well put}{.|, thank you.|!}", None, None),
    (
        "reply-flip",
        "en",
        "@$reply and yet you {were saying the exact opposite|defended the same people} under {last week's|yesterday's} story. {Which is it?|Consistency, please.}",
        None,
        None,
    ),
    (
        "reply-calm",
        "en",
        "@$reply {no need to be rude|calm down}, {we're all reading the same article|people can disagree}. {Deep breaths.|It's a comment section.}",
        None,
        None,
    ),
    (
        "reply-abbrev",
        "en",
        "@$reply {internally displaced persons — people forced from their homes who haven't crossed a border|it's the UN's humanitarian coordination office}. {Hope that helps.|}",
        None,
        None,
    ),
    (
        "reply-book",
        "en",
        "@$reply {try the Crisis Group reports|Crisis Group is good on this}, and the bibliography at the bottom of <<wiki>> {is decent|is a good start}.",
        None,
        None,
    ),
    # links
    ("link-wiki", "en", "Background for anyone who wants it: <<wiki>>", None, None),
    ("link-reuters", "en", "Reuters has {more detail|a fuller version|a follow-up}: <<reuters>>", None, None),
    ("link-bbc", "en", "{BBC|The BBC} report {with video|has the timeline}: <<bbc>>", None, None),
    (
        "link-gov",
        "en",
        "The {official statement|government's own release|full statement} is here, {worth reading in full|it says more than the summary}: <<gov>>",
        None,
        None,
    ),
    ("link-un", "en", "UN {numbers|figures} for comparison: <<un>>", None, None),
    ("link-youtube", "en", "{Footage|Video} from {the scene|yesterday|a local channel}: <<youtube>>", None, None),
    (
        "link-social",
        "en",
        "{The minister|A local reporter|The mayor} {posted this|confirmed it} {an hour ago|this morning}: <<social>>",
        None,
        None,
    ),
    ("link-doi", "en", "There's {decent|good} research on this. {E.g.|See} <<doi>>", None, None),
    ("link-archive", "en", "Archived copy, since the original {keeps changing|has been edited twice|went 404}: <<archive>>", None, None),
    ("link-local", "en", "Local paper had it {first|two days earlier|in much more detail}: <<local>>", None, None),
    ("link-map", "en", "For anyone wondering where exactly: <<map>>", None, None),
    (
        "link-blog",
        "en",
        "I wrote {a longer piece|some notes} on {the background|this} {last year|a while ago}, if useful: <<blog>>",
        None,
        None,
    ),
    ("link-aje", "en", "{Al Jazeera|AJ} {covered the reaction|had a good explainer}: <<aljazeera>> {(watch the autoplay)|}", None, None),
    (
        "link-embassy",
        "en",
        "The {embassy|consulate} {emergency line|hotline} for citizens in the area is on their page: <<gov>>",
        None,
        None,
    ),
    (
        "link-guardian",
        "en",
        "{Guardian|The Guardian} {piece|explainer} {from a few days later|with the background}: <<guardian>>",
        None,
        None,
    ),
    (
        "link-two-wires",
        "en",
        "Two {sources|reports} {disagreeing|that contradict each other}: <<reuters>> says one thing, <<aljazeera>> another. {Who's right?|Would love some clarity.}",
        None,
        None,
    ),
    (
        "link-two-then",
        "en",
        "Compare {the old report|the 2015 report} <<archive>> with {this year's|the new one} <<un>>. {Same promises.|Nothing changed.}",
        None,
        None,
    ),
    ("link-three", "en", "{Sources, since people asked|For the people asking for sources}:\n- <<news>>\n- <<un>>\n- <<wiki>>", None, None),
    # long arguments
    ("long-why-care", "en", LONG_1, None, None),
    ("long-fatigue", "en", LONG_2, None, None),
    ("long-democracy", "en", LONG_3, None, None),
    ("long-aid", "en", LONG_4, None, None),
    ("long-blame", "en", LONG_5, None, None),
    # other languages
    ("pl-thanks", "pl", "Dzięki za artykuł. {W polskich mediach|U nas} {prawie nikt o tym nie pisze|cisza na ten temat}.", None, None),
    ("pl-link", "pl", "{Onet też o tym pisał|Po polsku jest tutaj}: <<pl>>", None, None),
    ("ro-thanks", "ro", "{Mulțumesc|Mersi} pentru articol. {La noi|În România} {nu se vorbește deloc despre asta|presa tace}.", None, None),
    (
        "el-thanks",
        "el",
        "{Ευχαριστώ|Ευχαριστούμε} για το άρθρο. {Στην Ελλάδα|Εδώ} {δεν το έδειξαν καθόλου|κανείς δεν μιλάει γι' αυτό}.",
        None,
        None,
    ),
    ("he-thanks", "he", "תודה על הכתבה. {אצלנו|בארץ} {כמעט לא דיברו על זה|התקשורת התעלמה מזה}.", None, None),
    ("vi-thanks", "vi", "Cảm ơn {bài viết|tác giả}. {Ở Việt Nam|Ở đây} {báo chí gần như không đưa tin|ít ai biết chuyện này}.", None, None),
    (
        "id-sad",
        "id",
        "{Sedih|Miris} bacanya. {Semoga keluarga korban diberi ketabahan.|Semoga cepat ada solusi.|Semoga cepat pulih.}",
        None,
        None,
    ),
    ("id-link", "id", "{Kompas juga memberitakan|Versi bahasa Indonesia}: <<id>>", None, None),
    ("th-thanks", "th", "ขอบคุณสำหรับข่าว{ครับ|ค่ะ} {ที่ไทยแทบไม่มีใครพูดถึงเลย|สื่อไทยไม่ค่อยรายงาน}", None, None),
    ("ko-thanks", "ko", "{좋은 기사 감사합니다|기사 잘 읽었습니다}. {한국 언론에서는 거의 안 다뤘네요|후속 보도 부탁드려요}.", None, None),
    ("ko-link", "ko", "{네이버에도 기사 있어요|한국어 기사}: <<ko>>", None, None),
    (
        "sw-prices",
        "sw",
        "Asante kwa habari hii. {Hapa Nairobi|Huku kwetu} {bei ya unga imepanda sana|watu wanaongea kuhusu hili kila siku}.",
        None,
        None,
    ),
    ("yo-pray", "yo", "{E se|E seun} fun iroyin yi. {Olorun a ba wa se.|Ki Olorun tu won ninu.}", None, None),
    ("am-peace", "am", "{እናመሰግናለን|አመሰግናለሁ} ለዚህ ዜና። {ሰላም ይስፈን።|እግዚአብሔር ይጠብቃቸው።}", None, None),
    ("bn-same", "bn", "{ধন্যবাদ|অনেক ধন্যবাদ} এই খবরের জন্য। {আমাদের দেশেও একই অবস্থা।|কবে এর সমাধান হবে?}", None, None),
    ("hi-media", "hi", "{बहुत बढ़िया रिपोर्ट|अच्छी रिपोर्ट}। {हमारे यहाँ के चैनल सिर्फ़ शोर मचाते हैं।|ऐसी पत्रकारिता कम दिखती है।}", None, None),
    ("ms-prices", "ms", "{Terima kasih|Tq} atas berita ini. {Di Malaysia pun sama.|Kat sini pun harga barang naik.}", None, None),
    (
        "es-dissent",
        "es",
        "{No estoy de acuerdo|Discrepo} con el enfoque. {Faltan voces locales.|Solo citan al gobierno.|¿Y la versión de la oposición?}",
        None,
        None,
    ),
    ("es-link", "es", "{En El País|El País} lo {explican mejor|cuentan con más detalle}: <<es>>", None, None),
    (
        "fr-fix",
        "fr",
        "Petite précision : {le scrutin|le référendum} a eu lieu en {2016|2014}, pas en {2017|2015}. {Merci quand même.|Sinon bon article.}",
        None,
        None,
    ),
    (
        "de-dissent",
        "de",
        "{Sehr einseitig|Ziemlich einseitig} berichtet. {Wo bleibt die Gegenseite?|Man hätte auch die Opposition fragen können.}",
        None,
        None,
    ),
    ("de-link", "de", "Die Tagesschau {hat dazu mehr|berichtet ausführlicher}: <<de>>", None, None),
    (
        "pt-thanks",
        "pt",
        "{Obrigado|Obrigada} pela matéria. {Aqui no Brasil|Por aqui} {quase ninguém noticiou|só se fala de futebol} 😅",
        None,
        None,
    ),
    (
        "ru-silence",
        "ru",
        "{Спасибо за статью|Спасибо, что пишете об этом}. {У нас об этом молчат.|В наших новостях — ни слова.}",
        None,
        None,
    ),
    ("ar-thanks", "ar", "{شكراً على|شكرا على} هذا التقرير. {الإعلام عندنا لا يتكلم عن هذا.|نحتاج المزيد من هذه التغطية.}", None, None),
    (
        "it-local",
        "it",
        "{Abito|Vivo} {lì vicino|a pochi chilometri}. {La situazione è peggio di come la descrivete.|Confermo tutto.}",
        None,
        None,
    ),
    ("xh-grief", "xh", "{Enkosi|Enkosi kakhulu} ngeendaba. {Sithandazela iintsapho.|Kubuhlungu kakhulu.}", None, None),
    ("qu-thanks", "qu", "{Sulpayki|Añay} kay willakuymanta. {Llaqtaypipas kaqllataq.|Allinmi.}", None, None),
    (
        "tr-scam",
        "tr",
        "Bizde de {aynı dolandırıcılık mesajları|aynı 'kripto kurtarma' dolandırıcıları} geliyor. {Dikkat edin.|Kimse cevap vermesin.}",
        None,
        None,
    ),
    ("tl-ingat", "tl", "Salamat sa balita. {Ingat po kayong lahat.|Sana may tulong agad.}", None, None),
    ("uk-hold", "uk", "{Дякую|Дякуємо} за матеріал. {Тримайтеся, люди.|Бережіть себе.}", None, None),
]

# --------------------------------------------------------------------------------------------
# Spam: disguises bots use
# --------------------------------------------------------------------------------------------

HOMO = str.maketrans(
    {
        "a": "а",
        "e": "е",
        "o": "о",
        "c": "с",
        "p": "р",
        "x": "х",
        "y": "у",
        "i": "і",
        "A": "А",
        "B": "В",
        "C": "С",
        "E": "Е",
        "H": "Н",
        "K": "К",
        "M": "М",
        "O": "О",
        "P": "Р",
        "T": "Т",
        "X": "Х",
    }
)


def homo(s):
    return "".join(ch.translate(HOMO) if rng.random() < 0.6 else ch for ch in s)


def zw(s):
    return "\u200b".join(s)


def fullwidth(s):
    return "".join("\u3000" if ch == " " else chr(ord(ch) + 0xFEE0) if 0x21 <= ord(ch) <= 0x7E else ch for ch in s)


def bold(s):
    out = []
    for ch in s:
        if "A" <= ch <= "Z":
            out.append(chr(0x1D400 + ord(ch) - 65))
        elif "a" <= ch <= "z":
            out.append(chr(0x1D41A + ord(ch) - 97))
        elif "0" <= ch <= "9":
            out.append(chr(0x1D7CE + ord(ch) - 48))
        else:
            out.append(ch)
    return "".join(out)


def spaced(s):
    return " ".join(s)


def leet(s):
    return s.translate(str.maketrans("aeiost", "4310$7"))


DISGUISE = {"homo": homo, "zw": zw, "fw": fullwidth, "bold": bold, "spaced": spaced, "leet": leet}

SHORT = ["bit.ly", "tinyurl.com", "cutt.ly", "rb.gy", "is.gd", "t.ly", "shorturl.at", "s.id", "ow.ly", "rebrand.ly"]


def short(scheme=True):
    host = rng.choice(SHORT)
    return ("https://" if scheme else "") + f"{host}/{rid(rng.randint(5, 7))}"


def us_phone():
    return f"+1 ({rng.choice(['844', '855', '866', '877', '888'])}) 555-01{digits(2)}"


def uk_mobile():
    return f"+44 7700 900{digits(3)}"


def phone(cc):
    return {"1": us_phone, "44": uk_mobile}.get(cc, lambda: f"+{cc} {digits(3)} {digits(3)} {digits(3)}")()


def spam_mailbox(kind, site=None, persona=None):
    if kind == "own" and site:
        dom = re.sub(r"^https?://(www\.)?", "", site).split("/")[0]
        return f"{rng.choice(['info', 'sales', 'support', 'contact', 'admin', 'team', 'marketing'])}@{dom}"
    if kind == "persona" and persona:
        return mailbox_for(persona)
    local = rid(rng.randint(6, 10), string.ascii_lowercase + string.digits)
    if rng.random() < 0.4:
        local = rng.choice(["mark", "jane", "alex", "kim", "lisa", "john", "nina", "tom"]) + local[:5]
    return f"{local}@{rng.choice(['gmail.com', 'gmail.com', 'outlook.com', 'hotmail.com', 'yahoo.com', 'mail.ru', 'yandex.com', 'qq.com', '163.com', 'protonmail.com', 'aol.com', 'gmx.com', 'inbox.lv', 'rambler.ru'])}"


# --------------------------------------------------------------------------------------------
# Spam templates. Each is (id, family, make) where make(ctx) returns (body, name, email, url).
# --------------------------------------------------------------------------------------------

SPAM = []


def spam(tid, family, n=4):
    def deco(fn):
        SPAM.append((tid, family, fn, n))
        return fn

    return deco


def pick(*xs):
    return rng.choice(xs)


# pharma ---------------------------------------------------------------------------------------


@spam("pharma-ed", "pharma", 5)
def _(c):
    site = f"https://{pick('bluepillexpress', 'medsquick24', 'rxdirectworld', 'menshealthdepot')}.{pick('com', 'shop', 'store', 'net')}/"
    body = (
        spin(
            rng,
            "Buy {viagra|cialis|generic sildenafil} online {without prescription|no Rx needed} — {discreet packaging|overnight delivery} {worldwide|to US/UK/EU}. {Best prices|Lowest price guaranteed}: ",
        )
        + site
        + pick("product/cialis-20mg", "viagra-100mg", "")
    )
    return body, pick("buy cialis online", "Generic Viagra", "cheap sildenafil"), spam_mailbox("throw"), site


@spam("pharma-glp1", "pharma")
def _(c):
    site = f"https://{pick('slimpen-direct', 'glp-online-clinic', 'semaglu-shop')}.com"
    body = (
        spin(
            rng,
            "{Great article|Very informative post}. On a different note, for anyone struggling with weight — I {finally|recently} got {semaglutide|tirzepatide} pens {without the waitlist|with no doctor visit} {from here|through this site} and I'm down {14kg|11kg|30 lbs}: ",
        )
        + site
    )
    name = pick("Jessica Hartley", "Amanda Ross", "Linda K.")
    return body, name, spam_mailbox("persona", persona=name), pick("", site)


@spam("pharma-opioid", "pharma")
def _(c):
    drugs = spin(rng, "{oxycodone|tramadol|xanax|adderall} / {percocet|valium|oxycontin}")
    body = (
        homo(drugs)
        + spin(rng, " {available|in stock} {no prescription|no script} — {fast shipping|stealth delivery} — {WhatsApp|Telegram} ")
        + phone("1")
    )
    return body, pick("Pharma Plug", "Dr. Meds", "rx_plug_247"), spam_mailbox("throw"), ""


@spam("pharma-html", "pharma")
def _(c):
    site = f"https://{pick('levitradirect', 'edgenerics', 'pharmacyrx-online')}.net/"
    body = f'<a href="{site}">{spin(rng, "{cheap|generic|buy} levitra")}</a> ' + spin(
        rng, "{levitra 20mg price|buy levitra uk|levitra without a doctor prescription}"
    )
    return body, pick("levitra", "generic levitra", "PharmacyRx"), spam_mailbox("throw"), site


@spam("pharma-ru", "pharma")
def _(c):
    site = f"https://{pick('apteka-bez-recepta', 'dzheneriki24')}.ru/"
    body = (
        spin(rng, "Купить {дженерики|виагру|сиалис} {без рецепта|с доставкой по России} — {анонимно|быстро}. {Аптека|Интернет-аптека}: ")
        + site
    )
    return body, pick("Аптека24", "Дженерики", "apteka"), spam_mailbox("throw"), site


@spam("pharma-bland", "pharma")
def _(c):
    site = f"https://www.{pick('canadianpharmacyworld', 'trustedmedsonline', 'onlinerx-canada')}.com/"
    body = spin(
        rng,
        "{Thank you for the|Thanks for this} {informative|helpful|well researched} {article|post}. {Keep up the good work.|Looking forward to more.}",
    )
    return body, pick("Online Pharmacy Canada", "canadian pharmacy", "Trusted Meds Online"), spam_mailbox("own", site), site


# casino / betting -----------------------------------------------------------------------------


@spam("slot-gacor", "casino", 5)
def _(c):
    body = spin(
        rng, "{Situs|Link} slot gacor {hari ini|terpercaya} {maxwin|gampang menang} {deposit pulsa|via dana|min depo 10rb} 👉 "
    ) + short(rng.random() < 0.5)
    return (
        body,
        pick("slot gacor", "SLOT88 RESMI", "link alternatif"),
        spam_mailbox("throw"),
        pick("", f"https://{pick('gacor', 'maxwin', 'hoki')}{rng.randint(77, 999)}.{pick('vip', 'xyz', 'site')}/"),
    )


@spam("casino-freespins-md", "casino")
def _(c):
    site = f"https://{pick('spinvault', 'luckyorbit', 'reelhaven')}-casino.com/?ref={rid(6)}"
    body = (
        "["
        + spin(rng, "{200 free spins|€500 welcome bonus|100% up to $1000}")
        + f"]({site}) — "
        + spin(rng, "{no deposit needed|claim today|instant withdrawals}")
    )
    return body, pick("Free Spins", "Casino Bonus 2020", "best online casino"), spam_mailbox("throw"), ""


@spam("aviator", "casino")
def _(c):
    body = spin(rng, "{Aviator|Crash game} predictor {bot|app} {99% accuracy|never lose again} — {Telegram|TG}: @") + pick(
        "aviator_signals_pro", "predictorking", "avi_hack_bot"
    )
    return body, pick("Aviator Predictor", "Kelvin Signals", "aviator hack"), spam_mailbox("throw"), ""


@spam("fixed-matches", "betting")
def _(c):
    body = spin(
        rng,
        "{100% sure|Guaranteed} fixed matches {this weekend|today} — {odds 2.00+|big odds 20+} — {payment after win|VIP tickets} — WhatsApp ",
    ) + phone("44")
    return (
        body,
        pick("Fixed Matches", "sure tips", "Bet Insider"),
        spam_mailbox("throw"),
        pick("", f"https://{pick('sure-fixed', 'fixedodds')}-matches.com/"),
    )


@spam("toto-ko", "casino")
def _(c):
    site = f"https://{pick('toto', 'major', 'safe')}-{rid(4).lower()}.com"
    body = spin(rng, "{토토사이트|메이저사이트} {추천|안전놀이터} {가입머니|첫충} {지급|이벤트} ▶ ") + site
    return body, pick("토토사이트", "메이저놀이터", "먹튀검증"), spam_mailbox("throw"), site


@spam("casino-zw", "casino")
def _(c):
    body = (
        zw("Online Casino")
        + " "
        + spin(rng, "{no verification|crypto deposits|instant cashout}")
        + " → "
        + pick("royalspin", "cryptoreel", "goldenlot")
        + "[.]"
        + pick("com", "bet", "io")
    )
    return body, pick("casino", "Crypto Casino", "Bonus"), spam_mailbox("throw"), ""


@spam("betting-es", "betting")
def _(c):
    site = f"https://{pick('apuestaya', 'ganamax', 'goleador')}.{pick('mx', 'com.co', 'pe')}"
    body = (
        spin(rng, "{Apuestas|Apuesta} deportivas con {bono del 200%|retiro inmediato} — {regístrate|registrate} en ")
        + site
        + spin(rng, " {y gana|hoy mismo} 🔥")
    )
    return body, pick("Apuestas MX", "Casino Online", "bono de bienvenida"), spam_mailbox("throw"), site


@spam("casino-llm", "casino")
def _(c):
    site = f"https://www.{pick('fairplaygaming', 'calmspin', 'playsafehub')}.com/"
    body = (
        spin(
            rng,
            "{This is such a thoughtful piece.|What an insightful article.} In {uncertain|stressful} times like these, {many people|a lot of us} look for {healthy ways to unwind|a little escape} after {reading the news|a long day}. {I've found that|Personally,} a {responsible|licensed}, {well-regulated|transparent} platform like <a href=\"",
        )
        + site
        + spin(
            rng, '">{FairPlay|PlaySafe}</a> {helps me relax|can be a nice break} — {always play within your limits|set limits and enjoy}!'
        )
    )
    return body, pick("Emily Carter", "Sophie Bennett", "Daniel Brooks"), spam_mailbox("throw"), site


# loans ----------------------------------------------------------------------------------------


@spam("loan-instant", "loans")
def _(c):
    site = f"https://{pick('quickcash', 'easyfunds', 'loanbridge')}{pick('now', 'direct', '24')}.com/apply"
    body = (
        spin(
            rng,
            "Need {urgent|quick} cash? {Get|Apply for} a loan {up to $5,000|of $500-$50,000} {approved in minutes|same-day} {even with bad credit|no credit check}. ",
        )
        + site
    )
    return body, pick("Quick Loans", "bad credit loans", "LoanBridge"), spam_mailbox("own", site), site


@spam("loan-testimony", "loans", 5)
def _(c):
    lender = pick("Mrs Helen Carter", "Mr Daniel Moore", "Mrs Grace Whitfield")
    mail = lender.split()[-1].lower() + pick("loanfirm", "finance", "funding") + pick("@gmail.com", "@outlook.com", "@yahoo.com")
    body = (
        spin(rng, "I want to {thank|testify about} ")
        + lender
        + spin(
            rng,
            " who gave me a loan of {$30,000|€45,000|£25,000} at 2% interest after {three banks|my bank} turned me down. {Honest and reliable.|No hidden fees.} {Contact|Email} ",
        )
        + mail
    )
    name = pick("Jennifer Lawson", "Patricia Owens", "Kevin Mills", "Maria Lopez")
    return body, name, spam_mailbox("persona", persona=name), ""


@spam("loan-bbcode", "loans")
def _(c):
    site = f"https://{pick('paydayfast', 'cashadvance-usa', 'installmentnow')}.com/"
    body = (
        f"[url={site}]"
        + spin(rng, "{payday loans|installment loans|cash advance}")
        + " online[/url] "
        + spin(rng, "{payday loans near me|same day loans|direct lender loans}")
    )
    return body, pick("payday loans", "cash advance", "AnthonyVek"), spam_mailbox("throw"), ""


@spam("loan-hinglish", "loans")
def _(c):
    body = (
        spin(
            rng,
            "{Instant|Turant} personal loan {5 minute mein|bina CIBIL ke} — {Aadhaar aur PAN se|sirf mobile se} {apply karo|download karo}: ",
        )
        + short()
    )
    return body, pick("Loan Guru", "Instant Loan App", "RupeeNow"), spam_mailbox("throw"), ""


@spam("loan-pl", "loans")
def _(c):
    site = f"https://{pick('chwilowka-szybko', 'pozyczka-bez-bik')}.pl/"
    body = spin(rng, "Chwilówki {online|bez BIK} {do 5000 zł|na dowód} — {decyzja w 15 minut|pierwsza za darmo}: ") + site
    return body, pick("Chwilówki", "szybka pożyczka", "Pożyczki online"), spam_mailbox("throw"), site


# crypto ---------------------------------------------------------------------------------------


@spam("crypto-recovery", "crypto", 5)
def _(c):
    firm = pick("CYBERSPACE RECOVERY", "Apex Asset Retrieval", "TRACELINE FORENSICS")
    contact = (
        pick("email: ", "Telegram: @")
        + pick("apexretrieval", "cyberspacerecovery", "tracelinefx")
        + pick("@proton.me", "@gmail.com", "", "")
    )
    body = (
        spin(
            rng,
            "I lost {$68,000|0.9 BTC|£42,000} to a fake {investment|trading} platform and {thought it was gone forever|was devastated} until I found ",
        )
        + firm
        + spin(rng, ". {They recovered everything in 72 hours|Within days my funds were back}. {Highly recommend|Don't give up}, ")
        + contact
    )
    name = pick("Sandra Whitmore", "Robert Klein", "Grace Mbeki", "Victor Hayes")
    return body, name, spam_mailbox("persona", persona=name), ""


@spam("crypto-mentor", "crypto")
def _(c):
    mentor = pick("Mrs Jennifer Parks", "Mr Robert Hale", "Mrs Evelyn Stone")
    body = (
        spin(rng, "{Thanks to|All thanks to} ")
        + mentor
        + spin(
            rng, "'s {trading strategy|signals} I now make {$11,400|$9,870|$14,200} {weekly|every week}. {She|They} {is|are} on WhatsApp "
        )
        + phone("1")
        + spin(rng, " {if you need guidance|for beginners too}.")
    )
    name = pick("Laura M.", "Chris Adams", "Tanya")
    return body, name, spam_mailbox("throw"), ""


@spam("crypto-airdrop", "crypto")
def _(c):
    tok = pick("$WAVE", "$GLOBE", "$ORBIT")
    site = f"https://{tok[1:].lower()}-{pick('claim', 'airdrop', 'rewards')}.{pick('web.app', 'vercel.app', 'pages.dev')}"
    body = "🚀 " + tok + spin(rng, " airdrop {live|is LIVE} — {claim|connect your wallet} {before it ends|within 24h} 🎁 ") + site
    return body, pick("Airdrop Alert", "crypto_news_bot", tok), spam_mailbox("throw"), ""


@spam("crypto-wallet", "crypto")
def _(c):
    site = f"https://{pick('walletrectify', 'dapp-validate', 'syncnode-fix')}.{pick('org', 'io', 'app')}"
    body = (
        spin(rng, "{Wallet|Metamask|Trust Wallet} {not syncing|transaction stuck|balance missing}? {Validate|Rectify} your wallet at ")
        + site
        + spin(rng, " — {official|decentralized} {dapp|support}, {free|takes 2 minutes}.")
    )
    return body, pick("Wallet Support", "DApp Fix", "sync node"), spam_mailbox("throw"), site


@spam("crypto-signals", "crypto")
def _(c):
    h = pick("btc_whale_calls", "pumpsignals_vip", "altgemsdaily")
    body = spin(rng, "{Join|Free} {crypto|BTC} signals group — {87% win rate|pump alerts|daily calls} — t.me/") + h
    return body, pick("Crypto Signals", "whale alert", "t.me/" + h), spam_mailbox("throw"), ""


@spam("crypto-pigbutcher", "crypto", 5)
def _(c):
    who = pick("Lina", "Mei", "Sophia", "Anna")
    body = (
        spin(
            rng,
            "Hello {dear|there}, I {saw your comment|came across this page} and {you seem|you look} like a {kind|thoughtful} person. I am ",
        )
        + who
        + spin(
            rng,
            ", {from Singapore|working in Hong Kong|living in Vancouver} in {finance|wine import|fashion}. Can we {be friends|talk more} on WhatsApp? ",
        )
        + phone(pick("65", "852", "1"))
    )
    return body, who + pick("", " ❤️", " W."), spam_mailbox("persona", persona=who), ""


@spam("crypto-celebrity-llm", "crypto")
def _(c):
    site = f"https://{pick('quantumai-pro', 'nexoratrade', 'bitvantage-ai')}.com/?aff={digits(5)}"
    body = (
        spin(
            rng,
            "It's rare to see {reporting|coverage} this balanced. Interestingly, {the same week|around the same time} I {read|heard} that {a well-known economist|a famous investor|a TV presenter} {backs|quietly recommended} an AI trading platform that {helps ordinary families|lets everyday people} {protect their savings|beat inflation}. {I tried it with $250|I started small} and {I'm up 38%|the results surprised me}. ",
        )
        + site
    )
    name = pick("Margaret Ellis", "Peter Vaughn", "Helen O.")
    return body, name, spam_mailbox("persona", persona=name), ""


@spam("crypto-usdt-zh", "crypto")
def _(c):
    h = pick("pf_boss88", "usdt_jz", "rifeng_u")
    body = spin(rng, "{高薪兼职|日结兼职} USDT{跑分|收款}，{日赚|每天}{500|800}+U，{联系|加}飞机 @") + h
    return body, pick("兼职", "日结", "飞机 @" + h), spam_mailbox("throw"), ""


@spam("crypto-vi", "crypto")
def _(c):
    body = spin(rng, "Nhóm {tín hiệu|kèo} crypto {miễn phí|VIP}, {lãi|lợi nhuận} {30%|50%}/tuần. Zalo: 09") + digits(8)
    return body, pick("Kèo Crypto", "Tín hiệu BTC", "Anh Tuấn Trader"), spam_mailbox("throw"), ""


@spam("crypto-llm-guide", "crypto")
def _(c):
    site = f"https://{pick('defiforbeginners', 'cryptostarterguide', 'hedgeyourwealth')}.blog/"
    body = (
        spin(
            rng,
            "Great breakdown. Events like these are exactly why more people {are turning to|are exploring} {decentralized finance|self-custody} as a hedge against {instability|inflation}. For anyone curious, I put together a {beginner's guide|free starter guide} here: ",
        )
        + site
    )
    return body, pick("Ryan Cole", "CryptoStarter", "Jake M."), spam_mailbox("own", site), site


# SEO / backlinks ------------------------------------------------------------------------------


@spam("seo-outreach", "seo", 5)
def _(c):
    who = pick("Sarah", "Emily", "Ana", "Zoe")
    agency = pick("OutreachMonks", "LinkBuildHQ", "GuestPostPros")
    mail = f"{who.lower()}.{pick('outreach', 'partnerships', 'seo')}@{agency.lower()}.com"
    body = (
        spin(rng, "Hi {team|editor}, I {really enjoyed|loved} this {article|post}. I'm ")
        + who
        + " from "
        + agency
        + spin(
            rng,
            ". We'd love to {contribute a guest post|publish a sponsored article} on your site. {Our budget is|We pay} {$150|$80|$200} per {post|do-follow link}. {Reply to|Email} ",
        )
        + mail
    )
    return body, who + " | " + agency, mail, f"https://{agency.lower()}.com"


@spam("seo-bland-payload", "seo", 5)
def _(c):
    trade = pick(
        ("Best SEO Services Dubai", "seoservicesdubai.ae"),
        ("Kitchen Remodeling Austin", "austinkitchenpros.com"),
        ("Emergency Plumber Leeds", "leedsplumbing247.co.uk"),
        ("Cheap Movers Toronto", "torontocheapmovers.ca"),
    )
    body = spin(
        rng, "{Very informative|Really informative|Such a useful} {post|article}, {thanks for sharing|keep it up|bookmarked}{.|!|!!}"
    )
    site = f"https://www.{trade[1]}/"
    return body, trade[0], spam_mailbox(pick("own", "throw"), site), site


@spam("seo-llm-reader", "seo", 5)
def _(c):
    trade = pick(
        ("Roof Repair Phoenix", "phoenixroofcare.com"),
        ("Dental Implants Istanbul", "istanbulsmiledent.com"),
        ("Water Damage Restoration Houston", "houstondrypro.com"),
    )
    body = spin(
        rng,
        "The piece does a good job of explaining why events like this rarely stay local — {supply chains|trade}, {migration|families abroad} and {public opinion|politics} all ripple outward. I'd be curious to see a follow-up {in a few months|once the dust settles} on {how ordinary people are coping|what actually changed}.",
    )
    site = f"https://{trade[1]}/"
    return body, trade[0], spam_mailbox("own", site), site


@spam("seo-copied", "seo")
def _(c):
    trade = pick(
        ("Tree Removal Sydney", "sydneytreelopping.com.au"),
        ("Custom Boxes USA", "custompackagingnow.com"),
        ("Carpet Cleaning Dublin", "dublincarpetcare.ie"),
    )
    body = spin(rng, "{My condolences to the families.|Thinking of the families.} {No words.|Stay strong.}")
    return body, trade[0], spam_mailbox("throw"), f"https://{trade[1]}"


@spam("seo-html", "seo")
def _(c):
    anchor, dom = pick(
        ("roofing contractors", "topnotchroofing.com"),
        ("web design agency", "pixelcraftstudio.co"),
        ("best mattress 2020", "sleepreviewhub.com"),
    )
    body = spin(rng, "{Nice post|Good read|Interesting}! ") + f'<a href="https://{dom}/" rel="dofollow">{anchor}</a>'
    return body, anchor, spam_mailbox("throw"), ""


@spam("seo-markdown", "seo")
def _(c):
    anchor, dom = pick(("best VPN 2020", "vpnrank.io"), ("cheap web hosting", "hostcompare.net"), ("essay rewriter", "rewritetool.app"))
    body = spin(rng, "{Good points|Agree with most of this}. {Also see|Related:} ") + f"[{anchor}](https://{dom}/{slug(2)})"
    return body, pick("Mike", "admin", anchor), spam_mailbox("throw"), ""


@spam("seo-url-name", "seo")
def _(c):
    site = f"https://{pick('newsbuzzdaily', 'trendingworldnow', 'globalheadlines24')}.com/"
    body = spin(rng, "{Thanks for the information.|Thank you for sharing.|Nice information.}")
    return body, site, spam_mailbox("throw"), site


@spam("seo-ru-forum", "seo")
def _(c):
    body = spin(
        rng,
        "{Прогон сайта|Размещение ссылок} {хрумером|по форумам} {недорого|быстро} — {ТОП-10 за месяц|рост трафика гарантирован}. Телеграм: @",
    ) + pick("progon_pro", "xseo_ru", "linkmaster77")
    return body, pick("Прогон", "SEO продвижение", "RobertPem"), spam_mailbox("throw"), ""


@spam("seo-browsing", "seo")
def _(c):
    site = f"http://{pick('myhealthtips', 'dailylifehacks', 'gardenandhome')}{rng.randint(1, 99)}.blogspot.com/"
    body = spin(
        rng,
        "I {spent the whole morning|have been searching for hours} {looking for|browsing for} {information like this|a post like this} and {finally found it here|this is the best so far}. {If all site owners did the same, the web would be much more useful.|Sharing with my readers.}",
    )
    return body, pick("Healthy Tips", "Life Hacks", "Garden Ideas"), spam_mailbox("throw"), site


@spam("seo-quote", "seo")
def _(c):
    site = f"https://{pick('worldaffairs-digest', 'thepolicyblog', 'newsroundup-hub')}.com"
    body = spin(
        rng,
        "{Would you mind|Do you mind} if I {quote|share} {a few|some} of your {articles|posts} {as long as|if} I {give credit|link back} to {your site|you}? My {website|blog} {covers the same topics|is in the same niche} and {my readers|my audience} would {really appreciate|benefit from} it. {Thanks!|Let me know.}",
    )
    return body, pick("Jeffrey", "Alice Monroe", "policy blog"), spam_mailbox("throw"), site


@spam("seo-backlinks", "seo")
def _(c):
    site = f"https://{pick('daboostpro', 'linkjuice-store', 'pbnmarket')}.com"
    body = (
        spin(
            rng,
            "{Boost|Increase} your {DA|domain authority} to {50+|70+} with {high-quality|white-hat} {backlinks|PBN links} — {order|buy} on ",
        )
        + site
        + spin(rng, " {|or Fiverr}")
    )
    return body, pick("Backlinks Service", "DA boost", "SEO Expert"), spam_mailbox("own", site), site


@spam("seo-llm-agency", "seo")
def _(c):
    site = f"https://{pick('brightpathdigital', 'elevatemarketinghub', 'northstarseo')}.com"
    body = spin(
        rng,
        "What a nuanced look at a complex issue — {all in|and in just} $paras paragraphs. Journalism like this reminds us how {interconnected|connected} the world has become. {On a related note|Speaking of reach}, {small publishers|independent news sites} often struggle to {get seen on Google|reach new readers}; {our team|at BrightPath we} {helps|help} {sites like yours|publishers} grow {organic traffic|their audience}. {Happy to chat!|Feel free to reach out.}",
    )
    return body, pick("BrightPath Digital", "Olivia | Marketing", "Northstar SEO"), spam_mailbox("own", site), site


# essays ---------------------------------------------------------------------------------------


@spam("essay-mill", "essays")
def _(c):
    site = f"https://{pick('essaypro-help', 'writemypaperfast', 'gradeplusessays')}.com"
    body = (
        spin(
            rng,
            "{Students|Struggling students}: {get your essay|we write your essays} {done by experts|in 3 hours} — {plagiarism-free|100% original}{, any subject|}. ",
        )
        + site
    )
    return body, pick("write my essay", "essay help", "Paper Writing Service"), spam_mailbox("throw"), site


@spam("essay-exam", "essays")
def _(c):
    mail = pick("examhelpdesk", "takemyclassnow", "proctorpass") + pick("@gmail.com", "@outlook.com")
    body = (
        spin(
            rng,
            "{I|We} can {take your online class|do your exam} for you — {proctored exams|Pearson, ALEKS, Coursera} — {A guaranteed|pay after grade}. {Email|Contact}: ",
        )
        + mail
    )
    return body, pick("Online Class Help", "Exam Taker", "Dr. Allen"), mail, ""


@spam("essay-llm", "essays")
def _(c):
    site = f"https://{pick('assignmentcrafters', 'scholarlyedge', 'unihelpwriters')}.co.uk/"
    body = (
        spin(
            rng,
            'As a student of {international relations|political science}, I found this {article|piece} genuinely useful for my coursework. {Balancing|Juggling} {deadlines|part-time work and study} is hard, so for anyone in the same position, <a href="',
        )
        + site
        + '">'
        + spin(rng, "{professional assignment help|dissertation writing services}")
        + "</a> "
        + spin(rng, "{saved my semester|was a lifesaver}.")
    )
    return body, pick("Hannah Wright", "Ollie Benson", "Priya S."), spam_mailbox("throw"), site


# adult ----------------------------------------------------------------------------------------


@spam("dating", "adult")
def _(c):
    body = spin(
        rng,
        "{Lonely tonight?|Bored?} {Hot singles|Women} {near you|in your city} {want to meet|are waiting} 💋 {Free registration|No credit card}: ",
    ) + short(rng.random() < 0.6)
    return body, pick("Jessica ❤", "Kristina", "HotDates"), spam_mailbox("throw"), ""


@spam("cams-spaced", "adult")
def _(c):
    dom = pick("camsroom", "livegirls", "hotcams")
    body = spaced("FREE CAMS") + " — " + spin(rng, "{sexy|hot} girls online 👉 ") + spaced(dom) + " . " + spaced(pick("com", "xyz", "club"))
    return body, pick("Anna 22", "cam girl", "xxx"), spam_mailbox("throw"), ""


@spam("escorts", "adult")
def _(c):
    city, cc = pick(("Dubai", "971"), ("Istanbul", "90"), ("Bangkok", "66"))
    body = spin(rng, "{VIP|Elite} escorts in ") + city + spin(rng, " {24/7|available now} — {WhatsApp|call} ") + phone(cc)
    site = f"https://{city.lower()}-{pick('vip', 'elite')}-escorts.com/"
    return body, city + " escorts", spam_mailbox("throw"), pick(site, "")


# support numbers ------------------------------------------------------------------------------


@spam("support-airline", "support")
def _(c):
    air = pick("Delta", "United", "Emirates", "Qatar", "Lufthansa")
    body = (
        air
        + spin(rng, " Airlines {customer service|reservations} {number|phone} 📞 ")
        + us_phone()
        + spin(rng, " {24/7|toll free} {for booking changes|to cancel a flight|for refunds}")
    )
    return body, air + " Airlines Phone Number", spam_mailbox("throw"), pick("", f"https://{air.lower()}-airlines-helpdesk.com/")


@spam("support-printer", "support")
def _(c):
    brand = pick("HP", "Epson", "Canon", "Brother")
    body = (
        brand
        + spin(rng, " printer {offline|not printing|showing error}? {Call|Dial} {our support|tech support} ")
        + us_phone()
        + spin(rng, " {(not affiliated)|now}")
    )
    return body, brand + " Printer Support", spam_mailbox("throw"), ""


@spam("support-exchange", "support")
def _(c):
    ex = pick("Coinbase", "Binance", "Kraken")
    body = (
        bold(ex + " Support Number")
        + " "
        + us_phone()
        + spin(rng, " {call now|24x7} {for a locked account|to unlock your account|for a stuck withdrawal}")
    )
    return body, ex + " Helpline", spam_mailbox("throw"), ""


# counterfeit ----------------------------------------------------------------------------------


@spam("fake-docs", "counterfeit", 5)
def _(c):
    body = spin(
        rng,
        "Buy {real|registered} {passports|driver's licences|ID cards}, {IELTS certificates|residence permits} — {registered in the database|undetectable} — {WhatsApp|Telegram} ",
    ) + phone(pick("44", "1", "31"))
    return body, pick("Documents Online", "Real Passports", "Quality Docs"), spam_mailbox("throw"), pick("", "https://realdocsworld.com/")


@spam("fake-money", "counterfeit")
def _(c):
    body = (
        spin(
            rng,
            "{Undetectable|Grade A} counterfeit {banknotes|euros|dollars} for sale — {passes pen test|UV ok} — {fast worldwide shipping|discreet}. Email ",
        )
        + pick("counterfeitpros", "bestbills", "notesworld")
        + pick("@protonmail.com", "@tutanota.com")
    )
    return body, pick("Counterfeit Money", "Super Notes", "Grade A Bills"), spam_mailbox("throw"), ""


@spam("replica-watches", "counterfeit")
def _(c):
    site = f"https://www.{pick('swissreplica', 'luxclone', 'perfectwatches')}.{pick('to', 'cc', 'co')}/"
    body = spin(rng, "{Rolex|AP|Patek} {replica|super clone} watches {1:1|with Swiss movement} — {free shipping|PayPal accepted} ") + site
    return body, pick("replica watches", "rolex replica", "Lux Clone"), spam_mailbox("throw"), site


# IPTV -----------------------------------------------------------------------------------------


@spam("iptv-fw", "iptv")
def _(c):
    site = f"https://{pick('iptvultra', 'streamkingtv', 'smarters4k')}.{pick('shop', 'store', 'net')}"
    body = fullwidth("IPTV") + spin(rng, " {subscription|12 months} — {20,000|18,000+} channels {4K|HD} {+ VOD|+ all sports} — ") + site
    return body, pick("IPTV", "Best IPTV 2020", "IPTV Smarters"), spam_mailbox("own", site), site


@spam("free-streams", "iptv")
def _(c):
    body = spin(rng, "{Watch|Stream} {Premier League|Champions League|UFC} {live free|free HD} {here|👉} ") + short()
    return body, pick("Free Stream", "live stream HD", "sportsfan"), spam_mailbox("throw"), ""


# work from home -------------------------------------------------------------------------------


@spam("wfh-neighbour", "wfh", 5)
def _(c):
    site = f"https://{pick('smartincome', 'workfromhomeplan', 'easypayjobs')}{rng.randint(1, 99)}.{pick('com', 'site', 'online')}"
    body = (
        spin(
            rng,
            "My {sister|neighbour|best friend} {makes|earns} {$9,000|$7,300|$8,600} a month working {from home|on her laptop}. I've been doing it for {3 months|6 weeks} and {paid off my car|quit my office job}. {Copy this site|Go here}: ",
        )
        + site
    )
    return body, pick("Kimberly", "Rachel T.", "Amy"), spam_mailbox("throw"), ""


@spam("task-jobs", "wfh")
def _(c):
    body = spin(
        rng,
        "{Part time|Part-time} job: {like YouTube videos|rate hotels|review products} and earn {₹3000|$200|€150} daily. {Contact|Message} HR on Telegram @",
    ) + pick("hr_annie_jobs", "recruiter_mia", "taskteam_hr")
    return body, pick("HR Annie", "Recruitment Team", "Mia | HR"), spam_mailbox("throw"), ""


@spam("wfh-pt", "wfh")
def _(c):
    body = (
        spin(rng, "Trabalhe em casa {ganhando|e ganhe} R$ {350|500} por dia — {só com o celular|sem experiência} — chama no zap ")
        + f"+55 11 9{digits(4)}-{digits(4)}"
    )
    return body, pick("Renda Extra", "Trabalho Online", "Juliana"), spam_mailbox("throw"), ""


# hacker for hire ------------------------------------------------------------------------------


@spam("hacker", "hacker")
def _(c):
    mail = (
        pick("hackerwizard", "cyberghost", "spyexpert") + rng.choice(["", "001"]) + pick("@proton.me", "@gmail.com", "@cyberservices.com")
    )
    body = (
        spin(
            rng,
            "Need a {hacker|private investigator}? {Catch a cheating spouse|Recover your hacked account|Fix your credit score|Change school grades} — {contact|email} ",
        )
        + mail
    )
    return body, pick("Hacker Wizard", "Cyber Ghost", "Spy Expert"), mail, ""


@spam("hacker-leet", "hacker")
def _(c):
    body = (
        leet(spin(rng, "hacker for hire — {whatsapp|instagram|facebook} {recovery|access} — {fast and discreet|results in 24h}"))
        + " ☎ "
        + phone("1")
    )
    return body, leet("hacker for hire"), spam_mailbox("throw"), ""


# spell casters --------------------------------------------------------------------------------


@spam("spell", "spell", 5)
def _(c):
    dr = pick("Dr Okafor", "Priest Adama", "Dr Ogbeni")
    body = (
        spin(rng, "My {husband|ex|boyfriend} came back {after 3 years|within 48 hours} after ")
        + dr
        + spin(
            rng,
            " cast a {love spell|reunion spell} for me. {He also cures HIV and helps with lottery numbers.|He is real!} {WhatsApp|Email} ",
        )
        + pick(phone("234"), dr.split()[-1].lower() + "spelltemple@gmail.com")
    )
    name = pick("Brenda Collins", "Monica", "Sharon W.")
    return body, name, spam_mailbox("persona", persona=name), ""


@spam("marabout-fr", "spell")
def _(c):
    body = spin(
        rng,
        "Grand marabout {voyant|médium} — {retour affectif|retour de l'être aimé} {rapide|en 7 jours}, {chance aux jeux|désenvoûtement} — {paiement après résultat|appelez} ",
    ) + phone("229")
    return body, pick("Marabout Dossou", "Grand Voyant", "Médium Sérieux"), spam_mailbox("throw"), pick("", "https://marabout-dossou.fr/")


# diet / CBD -----------------------------------------------------------------------------------


@spam("keto", "diet")
def _(c):
    site = f"https://{pick('ketoburnx', 'acvslimgummies', 'trimfastketo')}.com/official"
    body = (
        spin(
            rng,
            "{Keto|ACV} gummies {burn fat|melt belly fat} {without diet|while you sleep} — {as seen on Shark Tank|doctors hate this} — ",
        )
        + site
    )
    return body, pick("Keto Gummies", "ACV Gummies Reviews", "Trim Fast"), spam_mailbox("throw"), site


@spam("cbd-llm", "diet")
def _(c):
    site = f"https://{pick('calmleafcbd', 'purerootwellness', 'serenehemp')}.com/"
    body = (
        spin(
            rng,
            "Stories like this are {really|so} stressful to read{, especially lately|}. {Honestly|Personally}, I've been using a {full-spectrum|broad-spectrum} CBD oil {in the evenings|before bed} and it {helps me stay calm|takes the edge off} when the news {gets overwhelming|is too much}. {Not for everyone, but|Just sharing in case it helps —} ",
        )
        + site
    )
    return body, pick("Claire H.", "Mark from Denver", "Jenna"), spam_mailbox("throw"), pick(site, "")


@spam("diet-de", "diet")
def _(c):
    site = f"https://{pick('schlankwunder', 'fettwegkapseln')}.de/"
    body = spin(rng, "Abnehmen ohne Sport? {Diese Kapseln|Dieses Pulver} {wirken Wunder|haben mir 12 kg geholfen} — ") + site
    return body, pick("Schlank Wunder", "Abnehmen", "Petra"), spam_mailbox("throw"), site


# visa / immigration ---------------------------------------------------------------------------


@spam("visa-canada", "visa")
def _(c):
    body = spin(
        rng,
        "{Canada|Canadian} {work permit|LMIA jobs} {with visa sponsorship|no IELTS needed} — {apply now|limited slots} — {WhatsApp|email} ",
    ) + pick(phone("1"), "canadajobs.lmia" + digits(2) + "@gmail.com")
    return (
        body,
        pick("Canada Jobs", "LMIA Agent", "Immigration Consultant"),
        spam_mailbox("throw"),
        pick("", "https://canada-workpermit-jobs.com/"),
    )


@spam("visa-dv", "visa")
def _(c):
    body = (
        spin(rng, "{Green card|DV} lottery {2021|2022} {winners list|registration open} — {pay processing fee|check your status} at ")
        + short()
    )
    return body, pick("DV Lottery", "US Visa Help", "Green Card"), spam_mailbox("throw"), ""


@spam("visa-ar", "visa")
def _(c):
    body = spin(rng, "تأشيرات عمل {إلى كندا|إلى أوروبا} {بدون خبرة|مضمونة 100%} — {للتواصل|واتساب} ") + phone("971")
    return body, pick("مكتب الهجرة", "تأشيرات", "Visa Office"), spam_mailbox("throw"), ""


# followers / reviews --------------------------------------------------------------------------


@spam("followers", "followers")
def _(c):
    site = f"https://{pick('instafollowly', 'tokboostr', 'socialgrowthhub')}.com"
    body = spin(rng, "Buy {Instagram|TikTok} followers — {real & active|instant delivery} — {cheap|from $1} ") + site
    return body, pick("Buy Followers", "Social Growth", "TokBoost"), spam_mailbox("own", site), site


@spam("reviews", "followers")
def _(c):
    body = (
        spin(
            rng,
            "{Need|Get} 5-star {Google reviews|Trustpilot reviews} for your business? {Non-drop|Permanent}, {real accounts|local guides}. {Email|Contact} ",
        )
        + pick("reviewsbulk", "fivestarboost")
        + "@gmail.com"
    )
    return body, pick("Google Reviews", "5 Star Boost", "Reputation Pro"), spam_mailbox("throw"), ""


@spam("followers-ru", "followers")
def _(c):
    body = spin(rng, "{Накрутка|Раскрутка} {подписчиков|лайков} {Instagram|Telegram} {дешево|быстро} — ") + "vk.cc/" + rid(6)
    return body, pick("Накрутка", "SMM", "Раскрутка"), spam_mailbox("throw"), ""


# prize / phishing -----------------------------------------------------------------------------


@spam("prize", "prize")
def _(c):
    site = f"https://{pick('reward-center', 'winner-claims', 'gift-verify')}.{pick('xyz', 'top', 'click')}/claim?id={rid(8)}"
    body = (
        spin(
            rng,
            "🎉 Congratulations! {You have been selected|Your email was picked} for {a $1,000 Amazon gift card|an iPhone 11 Pro|a Samsung Galaxy}. {Claim|Verify} {within 24 hours|now}: ",
        )
        + site
    )
    return body, pick("Prize Center", "Winner Notification", "Rewards"), spam_mailbox("throw"), ""


@spam("parcel", "prize")
def _(c):
    body = (
        spin(
            rng,
            "{Your parcel|Your package} {could not be delivered|is on hold}. {Pay|Update} {€1.99|$1.50|£2.99} {redelivery fee|customs fee} at ",
        )
        + pick("https://", "")
        + pick("dhl-redelivery", "royalmail-fee", "usps-track-update")
        + "."
        + pick("com-support.info", "help", "online")
        + "/"
        + rid(6)
    )
    return body, pick("Delivery Service", "Parcel Notice", "Customs"), spam_mailbox("throw"), ""


@spam("account-phish", "prize")
def _(c):
    site = f"https://windownews-{pick('verify', 'account', 'login')}.{pick('com', 'info', 'net')}/secure"
    body = (
        spin(
            rng,
            "{Dear user|Attention}, your {comment account|profile} will be {suspended|deleted} {in 24 hours|today} {due to unusual activity|for violating community rules}. {Verify here|Confirm your identity}: ",
        )
        + site
    )
    return body, pick("Site Admin", "Moderator Team", "Security"), spam_mailbox("throw"), ""


@spam("prize-it", "prize")
def _(c):
    body = spin(rng, "Hai vinto {un buono da 500€|un iPhone|un premio}! {Riscatta|Conferma} {subito|entro oggi} 👉 ") + short()
    return body, pick("Premi Italia", "Vincitore", "Concorso"), spam_mailbox("throw"), ""


# --------------------------------------------------------------------------------------------
# Assemble
# --------------------------------------------------------------------------------------------


def ham_counts():
    """2-3 records a template; templates that cite links take 3, a few of the one-link ones 2, so
    that about three comments in four carry no link, one in five one link, a few two or more."""
    links = [len(re.findall(r"<<\w+>>", t[2])) for t in HAM]
    one = [i for i, k in enumerate(links) if k == 1]
    counts = [3 if k else 2 for k in links]
    for i in rng.sample(one, max(0, 3 * len(one) - 63)):
        counts[i] = 2
    plain = [i for i, k in enumerate(links) if not k]
    rng.shuffle(plain)
    for i in plain[: 300 - sum(counts)]:
        counts[i] = 3
    assert sum(counts) == 300, sum(counts)
    return counts


def article_slots(total):
    chosen = rng.sample(POOL, int(len(POOL) * 0.88))
    per = {a["id"]: 1 for a in chosen}
    left = total - len(chosen)
    while left:
        a = rng.choice(chosen)
        if per[a["id"]] < 6:
            per[a["id"]] += 1
            left -= 1
    by_id = {a["id"]: a for a in POOL}
    slots = [by_id[k] for k, v in per.items() for _ in range(v)]
    rng.shuffle(slots)
    return slots


def fill(text, c):
    text = re.sub(r"\$reply", lambda m: rng.choice(REPLY_TO), text)
    text = spin(rng, text)
    for k in ("words", "mins", "parasw", "paras", "week"):
        if "$" + k in text:
            text = text.replace("$" + k, c[k])
    return re.sub(r"<<(\w+)>>", lambda m: LINKS[m.group(1)](c), text)


def take(slots, need):
    for i, a in enumerate(slots):
        if fits(need, a):
            return slots.pop(i)
    raise SystemExit(f"no article left for {need}")


RETOUCH = [
    lambda s: s.lower(),
    lambda s: s + " 🙏",
    lambda s: s.rstrip(".!") + "!!",
    lambda s: s + " Thanks.",
    lambda s: s.replace(". ", ".. ", 1),
    lambda s: "Honestly? " + s,
    lambda s: s + " 😞",
]


def build():
    slots = article_slots(600)
    jobs = [("ham", t, n) for t, n in zip(HAM, ham_counts(), strict=False)]
    spam_counts = [n for *_, n in SPAM]
    order = list(range(len(SPAM)))
    rng.shuffle(order)
    for i in order:
        if sum(spam_counts) > 300 and spam_counts[i] == 5:
            spam_counts[i] = 4
        elif sum(spam_counts) < 300 and spam_counts[i] == 4:
            spam_counts[i] = 5
    assert sum(spam_counts) == 300, sum(spam_counts)
    jobs += [("spam", s, n) for s, n in zip(SPAM, spam_counts, strict=False)]
    # templates with length rules pick their articles first
    jobs.sort(key=lambda j: 0 if j[0] == "ham" and j[1][3] else 1)
    seen, items = set(), []
    for label, t, n in jobs:
        for _ in range(n):
            if label == "ham":
                tid, lang, text, need, kind = t
                a = take(slots, need)
                c = measures(a)
                body = fill(text, c)
                tries = 0
                while body in seen and tries < 30:
                    body, tries = fill(text, c), tries + 1
                while body in seen:
                    body = rng.choice(RETOUCH)(body)
                seen.add(body)
                name, email, url = ham_voice(lang, kind)
                items.append(
                    {
                        "label": "ham",
                        "source": f"heldback11:ham:{tid}",
                        "article": a["id"],
                        "body": body,
                        "name": name,
                        "email": email,
                        "url": url,
                    }
                )
            else:
                tid, family, make, _ = t
                a = take(slots, "short" if "$paras" in make.__code__.co_consts.__repr__() else None)
                c = measures(a)
                body, name, email, url = make(c)
                body = fill(body, c) if "$" in body else body
                items.append(
                    {
                        "label": "spam",
                        "source": f"heldback11:spam:{tid}",
                        "article": a["id"],
                        "body": body,
                        "name": name,
                        "email": email,
                        "url": url,
                    }
                )
    # about one ham comment in ten leaves a website
    ham_items = [i for i in items if i["label"] == "ham" and not i["url"]]
    have = sum(1 for i in items if i["label"] == "ham" and i["url"])
    for it in rng.sample(ham_items, 30 - have):
        it["url"] = site_for(it["name"])
    rng.shuffle(items)
    return items


if __name__ == "__main__":
    write_set("comment_spam_heldback11.jsonl", build())

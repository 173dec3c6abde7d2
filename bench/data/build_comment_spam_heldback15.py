"""Build comment_spam_heldback15.jsonl: the fifteenth held-back set (300 ham, 300 spam).

Written blind: without opening comments/ or bench/comment_spam.py, without reading any earlier
set's .jsonl or any earlier builder beyond its first 15 lines (docstring and imports), without
reading git history, and without running any filter over this set (see bench/data/README.md).
Comments are posted under articles of both corpora in ingest/data/ (English Wikinews 2004-2020,
CC BY 2.5; Global Voices teasers of 2022, CC BY 3.0), drawn with this builder's own seeded
generator, 1 to 5 comments each. From an article a comment takes only what `facts()` derives
from its `date`: the year, the years since (to 2026), the month name, the weekday and the
meteorological (northern) season, plus dates in cited links at or up to two days after it; never
the title, teaser, author, region or a phrase of the body. Run from anywhere:
`python3 bench/data/build_comment_spam_heldback15.py`.
"""

import random
import re
import unicodedata
from datetime import date, timedelta

from comment_sets import GLOBAL_VOICES, WIKINEWS, articles, spin, write_set

rng = random.Random(2026112815)

# --------------------------------------------------------------------------------------------
# what a comment may take from its article: only its date, through one rule

SEASONS = {
    12: "winter",
    1: "winter",
    2: "winter",
    3: "spring",
    4: "spring",
    5: "spring",
    6: "summer",
    7: "summer",
    8: "summer",
    9: "autumn",
    10: "autumn",
    11: "autumn",
}


def facts(art):
    d = date.fromisoformat(art["date"][:10])
    return {
        "year": str(d.year),
        "ago": str(2026 - d.year),
        "month": d.strftime("%B"),
        "weekday": d.strftime("%A"),
        "season": SEASONS[d.month],
        "Season": SEASONS[d.month].capitalize(),
        "date": d,
    }


# --------------------------------------------------------------------------------------------
# small generators

LOWER = "abcdefghijklmnopqrstuvwxyz"
ALNUM = LOWER + "0123456789"
MIXED = ALNUM + LOWER.upper()


def chars(pool, n):
    return "".join(rng.choice(pool) for _ in range(n))


def digits(n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def link_day(f):
    return f["date"] + timedelta(days=rng.randint(0, 2))


SUBJ = [
    "un-agencies",
    "aid-groups",
    "officials",
    "rescuers",
    "opposition-leaders",
    "farmers",
    "health-workers",
    "teachers-union",
    "central-bank",
    "top-court",
    "lawmakers",
    "police",
    "residents",
    "election-body",
    "donors",
    "truckers",
    "students",
    "fishermen",
    "migrants",
    "mayors",
]
VERB = [
    "warn-of",
    "say-no-end-to",
    "call-for",
    "reject",
    "push-for",
    "count-cost-of",
    "brace-for",
    "question",
    "report",
    "protest-over",
    "blame-government-for",
]
OBJ = [
    "food-shortages",
    "new-curfew",
    "flood-damage",
    "delayed-vote",
    "fuel-price-rise",
    "aid-cuts",
    "border-closure",
    "mass-arrests",
    "power-cuts",
    "drought",
    "stalled-talks",
    "rate-hike",
    "cholera-cases",
    "press-restrictions",
    "bridge-collapse",
    "landslides",
    "internet-shutdown",
    "tax-plan",
]


def slug():
    s = f"{rng.choice(SUBJ)}-{rng.choice(VERB)}-{rng.choice(OBJ)}"
    if rng.random() < 0.3:
        s += "-" + rng.choice(["as-crisis-deepens", "amid-unrest", "after-weeks-of-delay", "in-north", "in-capital"])
    return s


def title_slug():
    return "_".join(w.capitalize() if i == 0 else w for i, w in enumerate(slug().split("-")[:5]))


REGIONS = ["africa", "asia-pacific", "europe", "middle-east", "americas"]
WIKI_EN = [
    "Geneva_Conventions",
    "Freedom_of_the_press",
    "Internally_displaced_person",
    "Pig_butchering_scam",
    "Advance-fee_scam",
    "Hawala",
    "Proportional_representation",
    "List_of_countries_by_GDP_(nominal)",
    "Cholera",
    "El_Ni%C3%B1o%E2%80%93Southern_Oscillation",
    "International_Criminal_Court",
    "Sovereign_default",
    "Refugee_Convention",
    "Two-round_system",
    "Monsoon",
    "Remittance",
    "Martial_law",
    "Coup_d%27%C3%A9tat",
]
WIKI_OTHER = [
    ("es", "Estado_de_excepci%C3%B3n"),
    ("fr", "Couvre-feu"),
    ("de", "Sanktion_(Politik)"),
    ("pt", "Golpe_de_Estado"),
    ("pl", "Stan_wyj%C4%85tkowy"),
    ("id", "Inflasi"),
]
LOCAL = [
    lambda d: f"https://www.thehindu.com/news/international/{slug()}/article6{digits(7)}.ece",
    lambda d: f"https://nation.africa/kenya/news/{slug()}-4{digits(6)}",
    lambda d: f"https://www.rappler.com/philippines/{slug()}/",
    lambda d: f"https://kyivindependent.com/{slug()}/",
    lambda d: f"https://www.dawn.com/news/18{digits(5)}/{slug()}",
    lambda d: f"https://www.premiumtimesng.com/news/headlines/{digits(6)}-{slug()}.html",
    lambda d: f"https://www.abc.net.au/news/{d:%Y-%m-%d}/{slug()}/10{digits(6)}",
    lambda d: f"https://www.rnz.co.nz/news/world/{digits(6)}/{slug()}",
    lambda d: f"https://www.japantimes.co.jp/news/{d:%Y/%m/%d}/world/{slug()}/",
    lambda d: f"https://www.batimes.com.ar/news/argentina/{slug()}.phtml",
    lambda d: f"https://www.thejakartapost.com/world/{d:%Y/%m/%d}/{slug()}.html",
    lambda d: f"https://www.scmp.com/news/asia/article/3{digits(6)}/{slug()}?module=perpetual_scroll_0&pgtype=article",
]


def L_reuters(d):
    return f"https://www.reuters.com/world/{rng.choice(REGIONS)}/{slug()}-{d:%Y-%m-%d}/"


def L_bbc(d):
    return rng.choice(
        [
            f"https://www.bbc.com/news/articles/c{chars(ALNUM, 10)}o",
            f"https://www.bbc.co.uk/news/world-{rng.choice(['africa', 'europe', 'asia', 'latin-america'])}-{digits(8)}",
            f"https://www.bbc.com/news/world-{rng.choice(['africa', 'asia'])}-{digits(8)}?at_medium=RSS&at_campaign=rss",
        ]
    )


def L_guardian(d):
    tail = rng.choice(["", "?CMP=share_btn_url", "?CMP=Share_AndroidApp_Other", "?CMP=share_btn_link"])
    return f"https://www.theguardian.com/world/{d:%Y}/{d:%b}/{d:%d}/{slug()}".lower() + tail


def L_aljazeera(d):
    return f"https://www.aljazeera.com/news/{d.year}/{d.month}/{d.day}/{slug()}"


def L_nyt(d):
    tail = rng.choice(
        ["", "?smid=nytcore-ios-share&referringSource=articleShare", f"?unlocked_article_code={chars(MIXED, 10)}&smid=url-share"]
    )
    return f"https://www.nytimes.com/{d:%Y/%m/%d}/world/{rng.choice(REGIONS).split('-')[0]}/{slug()}.html{tail}"


def L_ap(d):
    return f"https://apnews.com/article/{slug()}-{chars('0123456789abcdef', 32)}"


def L_dw(d):
    return f"https://www.dw.com/en/{slug()}/a-6{digits(7)}"


def L_elpais(d):
    return f"https://elpais.com/internacional/{d:%Y-%m-%d}/{slug()}.html"


def L_lemonde(d):
    return f"https://www.lemonde.fr/international/article/{d:%Y/%m/%d}/{slug()}_6{digits(6)}_3210.html"


def L_un(d):
    return rng.choice(
        [
            f"https://news.un.org/en/story/{d:%Y}/{d:%m}/1{digits(6)}",
            f"https://reliefweb.int/report/{rng.choice(['sudan', 'haiti', 'myanmar', 'somalia', 'yemen'])}/{slug()}",
            f"https://www.unhcr.org/news/press-releases/{slug()}",
            f"https://www.who.int/news/item/{d:%d-%m-%Y}-{slug()}",
            f"https://www.ohchr.org/en/press-releases/{d:%Y/%m}/{slug()}",
        ]
    )


def L_gov(d):
    return rng.choice(
        [
            "https://www.gov.uk/foreign-travel-advice/" + rng.choice(["ethiopia", "haiti", "niger", "pakistan", "peru"]),
            "https://travel.state.gov/content/travel/en/traveladvisories/traveladvisories/"
            + rng.choice(["mali", "sudan", "lebanon"])
            + "-travel-advisory.html",
            f"https://www.consilium.europa.eu/en/press/press-releases/{d:%Y/%m/%d}/{slug()}/",
            "https://www.smartraveller.gov.au/destinations/" + rng.choice(["asia/myanmar", "africa/nigeria", "americas/venezuela"]),
        ]
    )


def L_wiki(d):
    if rng.random() < 0.25:
        lang, page = rng.choice(WIKI_OTHER)
        return f"https://{lang}.wikipedia.org/wiki/{page}"
    host = rng.choice(["en.wikipedia.org", "en.wikipedia.org", "en.m.wikipedia.org"])
    anchor = rng.choice(["", "", "#History", "#Background", "#Criticism"])
    return f"https://{host}/wiki/{rng.choice(WIKI_EN)}{anchor}"


def L_youtube(d):
    vid = chars(MIXED + "-_", 11)
    return rng.choice(
        [
            f"https://www.youtube.com/watch?v={vid}",
            f"https://www.youtube.com/watch?v={vid}&t={rng.randint(30, 900)}s",
            f"https://youtu.be/{vid}?si={chars(MIXED, 16)}",
            f"https://m.youtube.com/watch?v={vid}&feature=share",
        ]
    )


def L_x(d):
    h = rng.choice(["AFP", "BBCWorld", "UN_News_Centre", "reliefweb", "ajenglish", "Reuters", "mfa_spokes", "CNN"])
    tail = rng.choice(["", "?s=20", f"?s=46&t={chars(MIXED, 22)}"])
    return f"https://{rng.choice(['x.com', 'twitter.com'])}/{h}/status/1{digits(18)}{tail}"


def L_bsky(d):
    who = rng.choice(["marta-reports", "photojourno", "lagosdesk", "kimvnews", "fieldnotes"])
    return rng.choice(
        [
            f"https://bsky.app/profile/{who}.bsky.social/post/3l{chars(LOWER + '234567', 11)}",
            f"https://mastodon.social/@{who.replace('-', '_')}/11{digits(16)}",
        ]
    )


def L_reddit(d):
    return f"https://www.reddit.com/r/{rng.choice(['worldnews', 'geopolitics', 'europe', 'Africa', 'AskMiddleEast'])}/comments/{chars(ALNUM, 6)}/{slug().replace('-', '_')}/"


def L_doi(d):
    return rng.choice(
        [
            f"https://doi.org/10.1038/s41{digits(3)}-0{digits(2)}-{digits(5)}-{rng.choice(ALNUM)}",
            f"https://doi.org/10.1016/j.worlddev.{d.year}.10{digits(4)}",
            f"https://arxiv.org/abs/{rng.randint(20, 25)}{rng.randint(1, 12):02d}.{digits(5)}",
            f"https://papers.ssrn.com/sol3/papers.cfm?abstract_id={digits(7)}",
        ]
    )


def L_wayback(d):
    inner = rng.choice([L_reuters, L_guardian, L_nyt, L_aljazeera])(d)
    return rng.choice([f"https://web.archive.org/web/{d:%Y%m%d}{digits(6)}/{inner}", f"https://archive.ph/{chars(MIXED, 5)}"])


def L_local(d):
    return rng.choice(LOCAL)(d)


def L_map(d):
    return rng.choice(
        [
            f"https://maps.app.goo.gl/{chars(MIXED, 17)}",
            f"https://www.openstreetmap.org/#map={rng.randint(8, 14)}/{rng.uniform(-30, 50):.4f}/{rng.uniform(-80, 120):.4f}",
            f"https://www.google.com/maps/@{rng.uniform(-30, 50):.7f},{rng.uniform(-80, 120):.7f},{rng.randint(9, 15)}z",
        ]
    )


def L_blog(d):
    return rng.choice(
        [
            f"https://{rng.choice(['notesfromthefield', 'thelongread', 'borderlines', 'slowjournalism'])}.substack.com/p/{slug()}",
            f"https://{rng.choice(['kwamewrites', 'annasdesk', 'raincitynotes'])}.wordpress.com/{d:%Y/%m/%d}/{slug()}/",
            f"https://medium.com/@{rng.choice(['t.okoro', 'lindqvist', 'mehta.r'])}/{slug()}-{chars('0123456789abcdef', 12)}",
        ]
    )


def L_factcheck(d):
    return rng.choice(
        [
            f"https://factcheck.afp.com/doc.afp.com.{chars(MIXED, 5)}",
            f"https://fullfact.org/online/{slug()}/",
            f"https://africacheck.org/fact-checks/meta-programme-fact-checks/{slug()}",
            f"https://www.snopes.com/fact-check/{slug()}/",
        ]
    )


def L_fraud(d):
    return rng.choice(
        [
            "https://www.actionfraud.police.uk/reporting-fraud-and-cyber-crime",
            "https://reportfraud.ftc.gov/",
            "https://www.scamwatch.gov.au/report-a-scam",
            "https://www.ic3.gov/",
            "https://antifraudcentre-centreantifraude.ca/report-signalez-eng.htm",
        ]
    )


def L_charity(d):
    return rng.choice(
        [
            "https://register-of-charities.charitycommission.gov.uk/charity-search",
            "https://www.charitynavigator.org/",
            "https://www.give.org/",
        ]
    )


def L_social(d):
    return rng.choice(
        [
            f"https://www.instagram.com/p/C{chars(MIXED, 10)}/?igsh={chars(MIXED, 12)}",
            f"https://www.facebook.com/share/p/{chars(MIXED, 10)}/",
            f"https://www.facebook.com/watch/?v={digits(15)}&fbclid=IwAR{chars(MIXED, 24)}",
            f"https://www.tiktok.com/@{rng.choice(['newsreels', 'localvoices', 'on.the.ground'])}/video/73{digits(17)}",
            f"https://t.me/s/{rng.choice(['localnewsdesk', 'citywatch_live', 'frontlinefeed'])}/{rng.randint(1000, 90000)}",
        ]
    )


def L_tracked(d):
    return L_reuters(d).rstrip("/") + rng.choice(
        [
            "/?utm_source=twitter&utm_medium=social",
            "/?utm_source=whatsapp&utm_medium=social&utm_campaign=share",
            f"/?fbclid=IwAR{chars(MIXED, 30)}",
        ]
    )


LINKS = {name[2:]: fn for name, fn in list(globals().items()) if name.startswith("L_")}

# --------------------------------------------------------------------------------------------
# disguises bots use (applied to words only; links, handles and numbers stay usable)

HOMO = {
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
ZW = ["\u200b", "\u200c", "\u2060"]


def homoglyph(text):
    return "".join(HOMO[ch] if ch in HOMO and rng.random() < 0.6 else ch for ch in text)


def zerowidth(text):
    return "".join(ch + (rng.choice(ZW) if ch.isalpha() and rng.random() < 0.5 else "") for ch in text)


def fullwidth(text):
    return "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else "\u3000" if ch == " " else ch for ch in text)


def styled(text, upper_base, lower_base):
    out = []
    for ch in text:
        if "A" <= ch <= "Z":
            out.append(chr(upper_base + ord(ch) - 65))
        elif "a" <= ch <= "z":
            out.append(chr(lower_base + ord(ch) - 97))
        else:
            out.append(ch)
    return "".join(out)


def bold(text):
    return styled(text, 0x1D400, 0x1D41A)


def script(text):
    return styled(text, 0x1D4D0, 0x1D4EA)  # bold script


def spaced(text):
    return " ".join(text)


LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}


def leet(text):
    return "".join(LEET.get(ch.lower(), ch) if rng.random() < 0.7 else ch for ch in text)


# --------------------------------------------------------------------------------------------
# spam-side values


def dom(names, tlds):
    return rng.choice(names) + rng.choice(tlds)


COM = [".com", ".com", ".net", ".shop", ".online", ".store", ".top", ".xyz", ".site", ".click"]
SHORT = ["bit.ly", "tinyurl.com", "cutt.ly", "t.ly", "is.gd", "rb.gy", "shorturl.at", "s.id", "ow.ly"]
BOT_FIRST = [
    "James",
    "David",
    "William",
    "Robert",
    "Michael",
    "John",
    "Richard",
    "Thomas",
    "Charles",
    "Daniel",
    "Brian",
    "Kevin",
    "Jason",
    "Eric",
    "Anna",
    "Mary",
    "Linda",
    "Irina",
    "Olga",
    "Elena",
    "Tatyana",
    "Henry",
    "Edwin",
]
BOT_TAIL = [
    "gof",
    "vix",
    "lef",
    "nuh",
    "paf",
    "Tuh",
    "dax",
    "Frivy",
    "Scous",
    "Wealf",
    "Hoise",
    "Erymn",
    "bip",
    "Kix",
    "Sitty",
    "mox",
    "Gaf",
    "ronia",
    "Dut",
    "Bluri",
    "Pax",
    "Lof",
]
PERSONAS = [
    "Mary Johnson",
    "Sarah Whitmore",
    "Susan Bradley",
    "Amanda Reed",
    "Olivia Grant",
    "Mike Dawson",
    "Emma Lawson",
    "Laura Jensen",
    "Nick Harper",
    "Chloe Bennett",
    "Steven Marsh",
    "Diana Ross-Miller",
    "Peter Collins",
    "Grace Turner",
]
FREE = [
    "gmail.com",
    "gmail.com",
    "gmail.com",
    "outlook.com",
    "hotmail.com",
    "yahoo.com",
    "mail.ru",
    "inbox.ru",
    "yandex.com",
    "bk.ru",
    "rambler.ru",
    "gmx.com",
    "aol.com",
    "proton.me",
    "tutanota.com",
    "o2.pl",
    "163.com",
    "list.ru",
    "mailbox.org",
    "zohomail.com",
    "sharklasers.com",
    "yopmail.com",
]
# names that must agree within one comment: <<key>> is the first item, <<key_1>>, <<key_2>> the others
PAIRS = {
    "agency": [
        ("RankBoost Media", "rankboost.media"),
        ("LinkForge Digital", "linkforge.io"),
        ("SerpNest", "serpnest.com"),
        ("Brightlink Agency", "brightlink-agency.com"),
        ("GrowthHive Marketing", "growthhive.co"),
        ("TopRank Solutions", "toprank-solutions.net"),
    ],
    "rec": [
        ("Cyber Spectre Recovery", "cyberspectre"),
        ("Ethical Hack Recovery", "ethicalhackrecovery"),
        ("Trust Asset Retrieval", "trustassetretrieval"),
        ("Digital Asset Rescue", "digitalassetrescue"),
    ],
    "mentor": [
        ("Mrs. Jennifer Alvarez", "She", "her"),
        ("Mr. Daniel Foster", "He", "him"),
        ("Expert Carol Simmons", "She", "her"),
        ("Mr. Brian Kessler", "He", "him"),
    ],
    "lender": [("Mrs. Helen Porter", "porterloans"), ("Mr. Paul Walker", "walkerfunding"), ("Dr. Williams", "williamslending")],
    "hacker": [("Cyber Genie", "cybergenie"), ("HackerSpyPro", "hackerspypro"), ("Ghost Tech Hacks", "ghosttechhacks")],
    "spell": [("Ogudugu", "ogudugu"), ("Okpara", "okpara"), ("Alaba", "alaba")],
    "biz": [
        ("roof repair Dallas", "dallas-roofing-pros.com"),
        ("emergency locksmith Leeds", "leedslocksmith24.co.uk"),
        ("carpet cleaning Sydney", "sydneycarpetclean.com.au"),
        ("Dubai desert safari", "dubai-desertsafari.com"),
        ("AC repair Miami", "miami-ac-repair.com"),
        ("cheap movers Toronto", "torontomovers-cheap.ca"),
        ("Best CBD Gummies UK", "bestcbdgummies-uk.co.uk"),
        ("driving lessons London", "londondrivinglessons.co.uk"),
    ],
    "debiz": [
        ("Umzugsfirma Berlin", "umzug-berlin-guenstig.de"),
        ("Schlüsseldienst München", "schluesseldienst-muenchen24.de"),
        ("Entrümpelung Hamburg", "entruempelung-hamburg.de"),
        ("Dachdecker Köln", "dachdecker-koeln.de"),
    ],
    "mganga": [("Baba Hamisi", "Daktari"), ("Mama Nuru", "Mganga"), ("Sheikh Abdallah", "Mganga")],
    "trader": [("Mr. Kelvin Hart", "kelvinhart", "him"), ("Ms. Rachel Cole", "rachelcole", "her")],
}


def bot_name():
    return rng.choice(BOT_FIRST) + rng.choice(BOT_TAIL)


def gmail_dots(local):
    idx = sorted(rng.sample(range(1, len(local)), min(3, len(local) - 1)))
    out, prev = [], 0
    for i in idx:
        out.append(local[prev:i])
        prev = i
    out.append(local[prev:])
    return ".".join(out) + "@gmail.com"


def throwaway(name):
    base = ascii_slug(re.sub(r"^https?://", "", name)).replace(".", "") or bot_name().lower()
    roll = rng.random()
    if roll < 0.2:
        return gmail_dots(base + digits(2))
    if roll < 0.4:
        return f"{base}{digits(rng.choice([2, 4, 6]))}@{rng.choice(FREE)}"
    if roll < 0.55:
        return f"{chars(LOWER, rng.randint(6, 9))}{digits(3)}@{rng.choice(FREE)}"
    return f"{base[:10]}{rng.choice(['', '.', '_'])}{rng.choice(['official', 'help', 'pro', 'agent', digits(3), digits(4)])}@{rng.choice(FREE)}"


SPAM_VALUES = {
    "bot": bot_name,
    "persona": lambda: rng.choice(PERSONAS),
    "us555": lambda: rng.choice(["+1 ({a}) 555-01{b}", "+1{a}55501{b}", "+1 {a} 555 01{b}"]).format(
        a=rng.choice(["213", "305", "646", "702", "917", "415"]), b=digits(2)
    ),
    "uk07700": lambda: rng.choice(["+44 7700 900{n}", "07700 900{n}", "+447700900{n}"]).format(n=digits(3)),
    "ng_phone": lambda: f"+234 {rng.choice(['703', '806', '813', '905'])} {digits(3)} {digits(4)}",
    "in_phone": lambda: f"+91 {rng.choice(['7', '8', '9'])}{digits(4)} {digits(5)}",
    "pk_phone": lambda: f"+92 3{digits(2)} {digits(7)}",
    "mx_phone": lambda: f"+52 55 {digits(4)} {digits(4)}",
    "br_phone": lambda: f"(11) 9{digits(4)}-{digits(4)}",
    "tz_phone": lambda: f"+255 7{digits(2)} {digits(3)} {digits(3)}",
    "intl_phone": lambda: rng.choice(["+971 5{a} {b} {c}", "+90 5{a} {b} {c}", "+66 8{a} {b} {c}"]).format(
        a=digits(1), b=digits(3), c=digits(4)
    ),
    "tollfree": lambda: rng.choice(["+1 (888) 555-01{n}", "1-877-555-01{n}", "+1-800-555-01{n}", "(844) 555 01{n}"]).format(n=digits(2)),
    "tg": lambda: (
        rng.choice(["vip", "fx", "win", "cash", "trade", "earn", "alpha", "smart", "global"])
        + rng.choice(["_", "", "pro", "king"])
        + rng.choice(["master", "hub", "desk", "club", "official", digits(2), digits(3)])
    ),
    "wechat": lambda: rng.choice(["essay", "lunwen", "dx", "paper"]) + rng.choice(["_", ""]) + digits(rng.choice([3, 4])),
    "short": lambda: f"{rng.choice(['https://', 'https://', ''])}{rng.choice(SHORT)}/{chars(MIXED, rng.randint(5, 8))}",
    "short_https": lambda: f"https://{rng.choice(SHORT)}/{chars(MIXED, rng.randint(5, 8))}",
    "code": lambda: chars("ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 6),
    "n3": lambda: str(rng.randint(150, 900)),
    "pharm_dom": lambda: dom(
        ["rxmeds-online", "pharmacy-direct24", "safepills-store", "medsnorx", "genericrx-shop", "canadapharm-24h", "pillbox-express"], COM
    ),
    "pharm_es": lambda: dom(["farmacia-sinreceta", "pastillas-azules", "genericos-baratos"], [".es", ".com", ".mx", ".online"]),
    "slot_dom": lambda: dom(
        ["slotgacor88", "maxwin-vip", "gacorjp", "rajaslot77", "zeusgacor", "mahjongways-link"],
        [".com", ".net", ".id", ".xyz", ".pro", ".site"],
    ),
    "casino_dom": lambda: dom(["royalspin-casino", "luckyreels", "bestcasino-bonus", "spinpalace-vip", "jackpotcity-online"], COM),
    "tr_dom": lambda: (
        dom(["denemebonusu", "bonusverensiteler", "guvenilirbahis", "bedavabonus"], [".com", ".net", ".org", ".info", ".xyz"])
        + rng.choice(["", f"{rng.randint(1, 99)}"])
    ),
    "vn_dom": lambda: dom(["nhacaiuytin", "8kbet-vn", "f168-club", "nhacai88"], [".com", ".vip", ".net", ".club"]),
    "loan_dom": lambda: dom(["quickcash-loans", "paydaynow", "instant-lenders", "badcreditok", "cashadvance365"], COM),
    "airdrop_dom": lambda: rng.choice(
        [
            f"claim-{chars(LOWER, 5)}.pages.dev",
            f"{chars(LOWER, 6)}-airdrop.vercel.app",
            dom(["airdrop-claims", "token-rewards", "dropzone-app"], [".io", ".xyz", ".app"]),
        ]
    ),
    "wallet_dom": lambda: dom(
        ["walletrectify", "dapps-sync", "secure-wallet-validate", "blockchain-rectification", "chainfix-node"],
        [".com", ".org", ".io", ".app", ".net"],
    ),
    "doubler_bracket": lambda: (
        rng.choice(["btc-event", "x2-giveaway", "crypto2x", "elon-btc"]) + rng.choice(["[.]com", "[.]io", "[.]net", " dot com"])
    ),
    "seo_dom": lambda: dom(
        ["rankfast", "seo-tools-hub", "bestvpnreviews", "cheaphostingdeals", "techdevstudio", "homegarden-tips", "travel-insider-blog"],
        [".com", ".net", ".io", ".co", ".blog"],
    ),
    "ru_dom": lambda: dom(["prodvizhenie-saitov", "xrumer-progon", "seo-raskrutka", "baza-progona"], [".ru", ".su", ".online", ".com"]),
    "essay_dom": lambda: dom(
        ["essaypro-writers", "grade-a-papers", "writemyessay24", "dissertation-help", "homeworkexperts"], [".com", ".net", ".org", ".co.uk"]
    ),
    "adult_bracket": lambda: (
        rng.choice(["hotgirls-live", "camz4u", "lonely-wives", "meetnsex"]) + rng.choice(["[.]xyz", "[.]com", "(.)club", " .online"])
    ),
    "iptv_dom": lambda: dom(["iptv-4kpro", "bestiptv-uk", "ultraiptv", "streamking-tv"], [".com", ".co.uk", ".net", ".store"]),
    "wfh_dom": lambda: dom(["homejobs-cash", "workonline-daily", "easyincome365", "dailyremotepay"], COM),
    "diet_dom": lambda: dom(["keto-gummies-official", "ketoacv-store", "slimfit-now", "fatburn-offer"], COM),
    "cbd_dom": lambda: dom(["purecbd-uk", "greenleaf-cbd", "calmdrops", "hempwellness"], [".co.uk", ".com", ".shop", ".store"]),
    "follow_bare": lambda: dom(["fastfollowers", "buylikes-now", "instaboost", "tokfans"], [".net", ".com", ".io", ".shop"]),
    "review_dom": lambda: dom(["buy5starreviews", "reviewsboost", "googlereviews-pro", "trustrating"], [".com", ".net", ".co"]),
    "parcel_dom": lambda: (
        rng.choice(["dhl-redelivery", "royalmail-fee", "usps-parcel-hold", "evri-reschedule", "postnl-betaling"])
        + "."
        + rng.choice(["info", "top", "live", "help", "cc", "icu"])
    ),
    "phish_dom": lambda: (
        rng.choice(["meta-business-appeal", "wp-security-verify", "page-support-center", "copyright-review-team"])
        + "."
        + rng.choice(["com", "net", "site", "pages.dev", "web.app"])
    ),
    "jp_dom": lambda: dom(["brandcopy-ja", "supercopy-jp", "nkyu-shop", "copybrand777"], [".com", ".net", ".jp", ".top"]),
    "fiverr": lambda: rng.choice(["seo_rankpro", "backlinkking", "linkmaster_ali", "dofollow_expert"]),
}


def ascii_slug(name):
    if "|" in name:
        return name.split("|", 1)[1]
    flat = unicodedata.normalize("NFKD", name)
    flat = "".join(ch for ch in flat if not unicodedata.combining(ch)).lower()
    flat = flat.replace("ı", "i").replace("ł", "l").replace("ø", "o").replace("đ", "d")
    flat = re.sub(r"[^a-z0-9 ._-]", "", flat)
    return re.sub(r"[ ._-]+", ".", flat).strip(".")


def display(name):
    return name.split("|", 1)[0]


# --------------------------------------------------------------------------------------------
# placeholders: <<key>> or <<key:argument>>

TRANSFORMS = {"hg": homoglyph, "zw": zerowidth, "fw": fullwidth, "bold": bold, "script": script, "sp": spaced, "leet": leet}
MARK = re.compile(r"<<(\w+)(?::([^<>]*))?>>")


NO_MEMO = {"bot", "code", "n3", "short", "short_https", "us555", "uk07700", "tollfree"}


def fill(text, f, memo=None):
    """Spin, then fill <<...>>; values in `memo` (one comment's) stay the same across its fields."""
    memo = {} if memo is None else memo
    while True:
        spun = spin(rng, text)
        if spun == text:
            break
        text = spun

    def repl(m):
        key, arg = m.group(1), m.group(2)
        if key in TRANSFORMS:
            return TRANSFORMS[key](arg)
        if key == "L":
            return LINKS[arg](link_day(f))
        if key == "reply":
            return rng.choice(REPLY_TO)
        if key in f:
            return f[key]
        base, _, idx = key.partition("_")
        if base in PAIRS:
            if base not in memo:
                memo[base] = rng.choice(PAIRS[base])
            return memo[base][int(idx or 0)]
        if key in NO_MEMO:
            return SPAM_VALUES[key]()
        if key not in memo:
            memo[key] = SPAM_VALUES[key]()
        return memo[key]

    return MARK.sub(repl, text)


# --------------------------------------------------------------------------------------------
# reader names and mailboxes

EN_NAMES = [
    # full names
    "Priya Raman",
    "Tomás Herrera",
    "Aisha Bello",
    "Mark Whitfield",
    "Jean-Luc Marchand",
    "Olufemi Adeyemi",
    "Daniel Okafor",
    "Sofía Castillo",
    "Rahul Mehta",
    "Emily Carter",
    "Lars Eriksson",
    "Fatima Zahra El Idrissi",
    "Kenji Watanabe",
    "Siobhán Kelly",
    "Ahmed Hassan",
    "Ivana Petrović",
    "Kwame Mensah",
    "Samuel Levy",
    "Ruth Abebe",
    "Isabel Ferreira",
    "Joseph Mwangi",
    "Bongani Dlamini",
    "Nadia Rahman",
    "Oskar Lindqvist",
    "Carlos Mendoza",
    "Leila Karimi",
    "Patrick O'Neill",
    "Zanele Khumalo",
    "Anya Kowalczyk",
    "Robert Chen",
    "Gareth Jones",
    "Amara Diallo",
    "Felipe Ramírez",
    "Ingrid Haugen",
    "Tom Brennan",
    "Miriam Cohen",
    "Viktor Horváth",
    "Deborah Mensah-Bonsu",
    "Hamza Qureshi",
    "Margaret Liu",
    "Niamh Byrne",
    "Chukwuemeka Eze",
    "Alejandro Vidal",
    "Sarah-Jane Pike",
    "Rohan D'Souza",
    "Keith Morrison",
    "Thandiwe Ncube",
    "Ali Reza Tehrani",
    "Hiroshi Sato",
    # first names and initials
    "Dave",
    "Ngozi",
    "Marta",
    "Sven",
    "Rosa",
    "Imran",
    "Julie",
    "Kofi",
    "Anh",
    "Pablo",
    "Mei",
    "Greg",
    "Tomasz",
    "Jess",
    "Farid",
    "Ines",
    "Raj",
    "Bea",
    "Yusuf",
    "Kate",
    "Hamid",
    "Tunde",
    "J. Alvarez",
    "M.K.",
    "Sam T.",
    "Chris P",
    "anna",
    "paul",
    # nicknames and handles
    "old_sailor",
    "Bluejay",
    "grumpy_in_leeds",
    "Mama Tobi",
    "Doc K",
    "auntie_p",
    "RiverRat",
    "the_night_nurse",
    "Pedro the Plumber",
    "Kiwi abroad",
    "retired teacher",
    "BookwormBea",
    "jmk_1987",
    "tariq.writes",
    "lenakov",
    "n0madic",
    "pmcd",
    "xiaolu_22",
    "ayo.dele",
    "marcelo_rj",
    "hkwatcher",
    "sunnyside77",
    "rdwilliams",
    "fjordlight",
    "vanya_s",
    "deltaphi",
    "notaboomer",
    "quietobserver",
    "Sandman1962",
    # places
    "Concerned in Nairobi",
    "Reader in Lahore",
    "Mike, Winnipeg",
    "A Lagos resident",
    "Chiang Mai expat",
    "Tbilisi reader",
    "Someone in Ghent",
    "Ex-pat in Doha",
    "Valparaíso",
]
BUSINESSES = {
    "Corner Books Galway": "cornerbooksgalway.ie",
    "Mwangi Hardware": "mwangihardware.co.ke",
    "Café Lindo": "cafelindo.pt",
    "Sunrise Taxis Kumasi": "sunrisetaxis.com.gh",
    "Harbourside Dental": "harboursidedental.co.nz",
    "Kowalski Bakery": "kowalskibakery.pl",
    "Green Valley Farm Co-op": "greenvalleycoop.org",
}
LANG_NAMES = {
    "es": ["Lucía Gómez", "Javier Ortega", "Carmen R.", "Diego_BA", "Mariana Salas", "Pepe", "Valentina Ríos", "Andrés Molina"],
    "fr": ["Claire Dubois", "Mathieu L.", "Aïssatou Ndiaye", "Hélène", "jeanmi", "Karim Benali", "Sébastien Roy"],
    "de": ["Hannah Schultz", "Jürgen", "M. Becker", "Lena K.", "Tobias Wagner", "Ayşe Öztürk"],
    "pt": ["Ana Paula Souza", "Mateus Oliveira", "Joana", "Rafa_SP", "Beatriz Lima", "Tiago Costa"],
    "it": ["Laura Bianchi", "Giorgio", "Francesca M.", "Andrea Rossi"],
    "tr": ["Mehmet Yılmaz", "Elif Demir", "Zeynep", "Burak K."],
    "ru": ["Андрей|andrey", "Ольга П.|olga.p", "Dmitri Volkov", "Сергей Иванов|sergey.ivanov"],
    "uk": ["Оксана|oksana", "Тарас Коваль|taras.koval", "Iryna M."],
    "ar": ["محمد علي|mohamed.ali", "Layla H.", "أحمد|ahmed", "Omar Farouk"],
    "fa": ["سارا|sara", "Reza K.", "علی رضایی|ali.rezaei"],
    "hi": ["राहुल|rahul", "Sunita Sharma", "Arjun Nair", "प्रिया वर्मा|priya.verma"],
    "ur": ["Tariq Mahmood", "Ayesha", "Bilal from Lahore"],
    "ja": ["田中|tanaka", "Yuki Tanaka", "さくら|sakura", "kenji_w"],
    "zh": ["王磊|wanglei", "Chen Wei", "小雨|xiaoyu", "Lin"],
    "ko": ["김민준|minjun.kim", "Hye-jin Park", "지은|jieun"],
    "id": ["Budi Santoso", "Siti", "Rina W.", "adit_jkt"],
    "tl": ["Maria Santos", "Jun-jun", "Carlo R.", "Tita Baby"],
    "sw": ["Grace Wanjiru", "Juma", "Amina Said", "Mwalimu Otieno"],
    "pl": ["Katarzyna Nowak", "Tomek", "k_ostrowski", "Marek W."],
    "nl": ["Pieter de Vries", "Sanne", "Joost B."],
    "vi": ["Nguyễn Thị Lan", "Minh Tuấn", "Hoa"],
    "el": ["Γιώργος|giorgos", "Eleni P.", "Νίκος Παπαδόπουλος|nikos.papadopoulos"],
}
PROVIDERS = {
    "en": [
        "gmail.com",
        "gmail.com",
        "gmail.com",
        "outlook.com",
        "yahoo.com",
        "hotmail.com",
        "icloud.com",
        "proton.me",
        "fastmail.com",
        "hey.com",
        "aol.com",
        "btinternet.com",
        "bigpond.com",
        "me.com",
        "live.com",
        "yahoo.co.uk",
        "rediffmail.com",
        "protonmail.com",
        "ymail.com",
    ],
    "es": ["gmail.com", "hotmail.es", "yahoo.es", "outlook.es", "hotmail.com"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr"],
    "de": ["gmx.de", "web.de", "t-online.de", "posteo.de", "gmail.com"],
    "pt": ["uol.com.br", "bol.com.br", "gmail.com", "sapo.pt", "hotmail.com"],
    "it": ["libero.it", "virgilio.it", "gmail.com", "alice.it"],
    "tr": ["gmail.com", "hotmail.com", "yandex.com.tr"],
    "ru": ["yandex.ru", "mail.ru", "gmail.com", "rambler.ru"],
    "uk": ["ukr.net", "gmail.com", "i.ua"],
    "ar": ["gmail.com", "hotmail.com", "yahoo.com"],
    "fa": ["gmail.com", "yahoo.com", "chmail.ir"],
    "hi": ["gmail.com", "rediffmail.com", "yahoo.co.in"],
    "ur": ["gmail.com", "hotmail.com", "yahoo.com"],
    "ja": ["yahoo.co.jp", "gmail.com", "docomo.ne.jp", "icloud.com"],
    "zh": ["qq.com", "163.com", "gmail.com", "126.com"],
    "ko": ["naver.com", "daum.net", "gmail.com"],
    "id": ["gmail.com", "yahoo.co.id"],
    "tl": ["gmail.com", "yahoo.com"],
    "sw": ["gmail.com", "yahoo.com"],
    "pl": ["wp.pl", "o2.pl", "interia.pl", "gmail.com"],
    "nl": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl"],
    "vi": ["gmail.com", "yahoo.com.vn"],
    "el": ["gmail.com", "yahoo.gr", "otenet.gr"],
}
REPLY_TO = [
    "Dave",
    "old_sailor",
    "jmk_1987",
    "Kofi",
    "notaboomer",
    "Bluejay",
    "quietobserver",
    "Marta",
    "hkwatcher",
    "Sandman1962",
    "grumpy_in_leeds",
    "rdwilliams",
    "Imran",
    "pmcd",
]


def reader_email(name, lang):
    s = ascii_slug(name) or "reader"
    parts = [p for p in s.split(".") if p]
    roll = rng.random()
    if len(parts) >= 2 and roll < 0.35:
        local = f"{parts[0]}.{parts[-1]}"
    elif len(parts) >= 2 and roll < 0.55:
        local = f"{parts[0][0]}{parts[-1]}{rng.choice(['', digits(2)])}"
    elif roll < 0.75:
        local = "".join(parts) + rng.choice(["", digits(2), str(rng.randint(1955, 2004))])
    else:
        local = rng.choice(parts) + rng.choice(["_", ".", ""]) + rng.choice(["news", "home", "k", digits(3), "mail"])
    if lang == "en" and rng.random() < 0.08:
        return f"{parts[0]}.{parts[-1] if len(parts) > 1 else 'x'}@" + rng.choice(
            ["ucl.ac.uk", "uonbi.ac.ke", "unimelb.edu.au", "mcgill.ca", "redcross.org", "ngo-relief.org"]
        )
    return f"{local}@{rng.choice(PROVIDERS[lang])}"


def reader_site(name):
    s = ascii_slug(name).replace(".", "") or "reader"
    return rng.choice(
        [
            f"https://{s}.substack.com",
            f"https://mastodon.social/@{s}",
            f"https://hachyderm.io/@{s}",
            f"https://github.com/{s}",
            f"https://www.linkedin.com/in/{s}-{chars('0123456789abcdef', 8)}",
            f"https://{s}.wordpress.com/",
            f"https://{s}.blogspot.com",
            f"https://{s}.net",
            f"https://www.{s}.org",
            f"https://bsky.app/profile/{s}.bsky.social",
            f"https://medium.com/@{s}",
            f"http://{s}.co.uk",
        ]
    )


def reader(lang):
    if lang == "en" and rng.random() < 0.035:
        name = rng.choice(list(BUSINESSES))
        domain = BUSINESSES[name]
        return name, f"{rng.choice(['info', 'hello', 'shop', 'office'])}@{domain}", f"https://www.{domain}/"
    name = rng.choice(EN_NAMES if lang == "en" else LANG_NAMES[lang])
    site = reader_site(name) if rng.random() < 0.075 else ""
    return display(name), reader_email(name, lang), site


# --------------------------------------------------------------------------------------------
# ham: (template id, records, language, text)

HAM = [
    (
        "thanks-covering",
        3,
        "en",
        "{Thanks|Thank you|Thanks a lot} for {covering this|reporting on this|keeping this story alive}. {Hardly anyone else is.|Nobody else seems to bother.|Much appreciated.|}",
    ),
    (
        "thanks-calm",
        2,
        "en",
        "{Clear|Calm}, {sober|careful} reporting without the usual screaming {headline|clickbait}. {This is why I keep coming back.|More of this please.|Subscribed.}",
    ),
    ("one-word", 4, "en", "{Heartbreaking.|Unbelievable.|Finally.|Wow.|Shameful.|About time.|Noted.|Sad.|Incredible.|Appalling.}"),
    ("emoji-only", 3, "en", "{🙏|💔|😔🙏|👏👏👏|🕊️|😢|🕯️🕯️}"),
    (
        "agree-forgotten",
        2,
        "en",
        "{Exactly|This|Agreed}. {People forget|Nobody mentions} that the same thing happened {two|three|five|ten} years ago and {nothing changed|nobody was held accountable|the report was shelved}.",
    ),
    (
        "dissent-soft",
        3,
        "en",
        "I think {the article|this piece} is {too soft on|far too generous to} the government. {Quoting the ministry's own statement without any pushback is not journalism.|Where is the other side?|Three official sources and not a single resident quoted.}",
    ),
    (
        "dissent-context",
        2,
        "en",
        "Respectfully, this {piece|report} leaves out the economic context. {Inflation|Debt repayments|The currency collapse} {explains|drives} most of what you describe, and it deserves more than {one line|a passing mention}.",
    ),
    (
        "anger-caps",
        2,
        "en",
        "{UNBELIEVABLE|DISGRACEFUL|ENOUGH}. How many more {people have to die|families have to lose everything|children have to drown} before {anyone acts|someone resigns|the world pays attention}??",
    ),
    (
        "sarcasm-statement",
        3,
        "en",
        "Oh good, another {'strongly worded statement'|expression of 'deep concern'|committee}. {That will fix it.|I'm sure that'll do the trick.|Problem solved then.}",
    ),
    (
        "sarcasm-inquiry",
        2,
        "en",
        "Shocked, SHOCKED I tell you, that {the inquiry|the investigation|the audit} found {nobody|no one at the top} responsible. {🙄|/s|}",
    ),
    (
        "joke-cat",
        2,
        "en",
        "At this point {the weather|my cat|my teenage son} has a more coherent {policy|plan|strategy} than {the ministry|the cabinet|both parties combined}.",
    ),
    (
        "question-update",
        3,
        "en",
        "Is there any update on this? {The story is from|This ran in} <<month>> <<year>> and I can't find {a follow-up|anything newer} {anywhere|on the site}.",
    ),
    (
        "question-source",
        3,
        "en",
        "Where does the {figure|number} in the {second|third|fourth} paragraph come from? {Not doubting it, I'd just like to read the original report.|A link to the source would help.|Genuine question.}",
    ),
    (
        "question-help",
        2,
        "en",
        "How can people abroad actually help? {Which organisations are on the ground?|Is there a trustworthy charity working there?|Donating feels risky with all the fake appeals around.}",
    ),
    (
        "correction-year",
        3,
        "en",
        "{Small correction|Minor correction|Correction}: {the agreement was signed in 1994, not 1996|the ceasefire dates from 2003, not 2005|the last election was in 2016, not 2017|the dam was finished in 1971, not 1961}{.| as the article says.}",
    ),
    (
        "correction-tenfold",
        2,
        "en",
        "{The figure looks off by a factor of ten.|I think there's a zero too many.} {The census gives about 2.4 million, not 24 million.|The electoral commission reported 41 percent turnout, not 4.1 percent.|The health ministry count was 1,300, not 13,000.}",
    ),
    (
        "correction-spelling",
        2,
        "en",
        "{Typo|Minor thing}: {it's Ouagadougou, not Ougadougou|Antananarivo has one 'i' too many in the caption|the minister's surname is missing an 'h' in the second mention}. {Great article otherwise.|Otherwise good.}",
    ),
    (
        "local-roads",
        3,
        "en",
        "I live about {20 km|40 km|an hour} from there. {The roads have been closed since yesterday.|Shops are shut and the bread queue was two hours this morning.|We had no electricity for three days.} {The article doesn't capture how tense it is.|Thanks for not forgetting us.|Stay safe everyone.}",
    ),
    (
        "local-family",
        2,
        "en",
        "My {mother|brother|grandmother} still lives in the area. {Phone lines were down for two days, we finally got through on WhatsApp last night.|She says rice and cooking oil doubled in price in a week.|He says it's calmer than it looks on TV, but nobody goes out after dark.}",
    ),
    (
        "local-season",
        3,
        "en",
        "I was there in the <<season>> of <<year>> for work. {The place was already on edge; nobody I spoke to was surprised by any of this.|Friendly people, terrible roads, and everyone talking about what would come next.|My driver told me this would happen, almost word for word.}",
    ),
    (
        "reply-disagree",
        3,
        "en",
        "@<<reply>> {that's not what the article says though|read it again, the quote is from the opposition, not the minister|fair point, I hadn't thought of that|you're mixing up two different laws}.",
    ),
    ("reply-source", 2, "en", "@<<reply>> {source?|citation needed|and you know this how?|lol no}"),
    ("lower-typos", 3, "en", "{cant|can't} {beleive|believe} this is {stil|still} going on {honestly|tbh} {smh|wtf|unreal}"),
    (
        "lower-uncle",
        2,
        "en",
        "my {uncle|cousin|dad} drove a {truck|taxi|bus} on that route for years he always said {it was only a matter of time|the bridge would go one day|nobody maintained anything}",
    ),
    (
        "long-sanctions",
        2,
        "en",
        "I keep seeing calls for {more sanctions|tougher sanctions} in these comments, so let me push back a little.\n\n{Broad|Sectoral} sanctions rarely hurt the people who make decisions. They hurt the pharmacist who can't import stock, the student whose bank transfer is frozen, the farmer who can't buy spare parts. The elite has {offshore accounts|friends in the Gulf} and {private jets|a second passport}.\n\nTargeted measures against named individuals, asset freezes that are actually enforced, and support for independent media would do more. {But they're less satisfying to announce.|None of that makes a headline, of course.}",
    ),
    (
        "long-aid",
        2,
        "en",
        "Having worked {in logistics for an NGO|on aid convoys} for {six|eight} years, a few things the {coverage|article} doesn't mention:\n\n1. Most aid doesn't fail at the border, it fails in the last 50 km: fuel, checkpoints, broken trucks.\n2. Cash transfers are usually faster and cheaper than shipping goods, and people know what they need.\n3. Pledges are not money. {Half of what was pledged last time never arrived.|Check the funding tracker a year later.}\n\n{None of this is a reason not to give. Just give to people who've been there a while.|Give to local groups if you can.}",
    ),
    (
        "long-coverage",
        2,
        "en",
        "{Two things can be true at once.|I have mixed feelings about this.} The government clearly mishandled the early response, and the opposition is clearly using this for the next election.\n\nWhat frustrates me about foreign coverage in general is that it only arrives when something collapses. There was no reporting when the budget for {maintenance|inspections|the flood defences} was cut, which is when it would have mattered.\n\n{Anyway, thanks for the piece, it's better than most.|Rant over. The piece itself is fine.}",
    ),
    (
        "job-nurse",
        3,
        "en",
        "{Nurse here.|ICU nurse here.|I'm a nurse.} {We saw the same pattern|The same thing happened in our ward} during {the last outbreak|COVID|the cholera season}: {supplies run out first, then staff.|people wait until it's too late to come in.}",
    ),
    (
        "job-teacher",
        2,
        "en",
        "As a {secondary school|primary|geography} teacher I'd like to {use this in class|share this with my students}. Is there a {simpler version|version in plain language|map to go with it}?",
    ),
    (
        "job-economist",
        2,
        "en",
        "{Economist by training|I work in development finance}: the interest bill on {external debt|dollar bonds} is the real story here. {Once it passes a fifth of revenue, cuts like these become inevitable.|Nobody votes for austerity; it arrives by arithmetic.}",
    ),
    (
        "job-reporter",
        2,
        "en",
        "Former {wire|local radio} reporter here. {Getting even one independent source in a place like that is hard; give the correspondent some credit.|'Officials said' usually means one official, off the record.}",
    ),
    (
        "job-engineer",
        2,
        "en",
        "Civil engineer. {A dam that age without a published inspection report is a scandal in itself.|That bridge design is fine if maintained; it clearly wasn't.}",
    ),
    (
        "job-driver",
        2,
        "en",
        "I drive {long-haul|cross-border} freight. {Border queues were 30 km last week, drivers sleeping in cabs with no toilets.|Diesel went up again at the pump this morning. Everything you buy will follow.}",
    ),
    (
        "job-farmer",
        3,
        "en",
        "{Farmer here|We farm maize and beans}. {No proper rain since the <<season>> began|Fertiliser prices tripled}, and {nobody in the capital seems to notice|the subsidy never reached us}.",
    ),
    (
        "job-pharmacist",
        2,
        "en",
        "Pharmacist here. Please don't buy {antibiotics|insulin|blood-pressure pills} from {Facebook groups|WhatsApp sellers|market stalls} during shortages. {We've seen fakes with chalk in them.|Ask a pharmacy to check the batch number.|Some of it is expired stock relabelled.}",
    ),
    (
        "job-volunteer",
        2,
        "en",
        "I volunteer {with a refugee support group|at a food bank} and {arrivals have doubled since spring|demand has gone up every month this year}. {Anything helps.|Please check on your neighbours.}",
    ),
    (
        "job-student",
        3,
        "en",
        "{Uni|Grad} student writing a {thesis|dissertation} on {migration|media freedom|water policy}; this is {really useful|exactly the kind of case I'm looking at}. {Does anyone know of Spanish-language sources?|Thanks.}",
    ),
    (
        "job-retired",
        2,
        "en",
        "{Retired diplomat|Retired army officer|Retired UN staffer} here. {These talks always look hopeless until the week they don't.|Whatever is said in public, the real negotiation happens on the side.}",
    ),
    (
        "scam-recovery",
        3,
        "en",
        "Be careful with the 'crypto recovery' accounts that reply under posts like this. {My neighbour lost his savings and then paid a 'recovery agent' who vanished too.|There is no hacker who gets your money back. It's the same gang, second round.|If someone asks for a fee to recover stolen funds, it's a scam.}",
    ),
    (
        "scam-wrong-number",
        2,
        "en",
        "The 'wrong number' text is exactly how it starts. A friendly stranger, weeks of chat, then talk about {gold trading|a crypto app their uncle uses}. {My aunt nearly fell for it.|Just block and report.}",
    ),
    (
        "betting-ads",
        2,
        "en",
        "{The betting ads during football are out of control.|Every single match broadcast here is sponsored by a betting app.} {Kids in my street know the odds better than their times tables.|Young men borrow to place bets; it's a quiet crisis.|Nobody will regulate it because the league needs the money.}",
    ),
    (
        "loan-apps",
        2,
        "en",
        "Loan apps are the other story nobody covers. {They text your entire contact list when you're a day late.|My colleague's mother got messages calling her son a thief because he owed 3,000.}",
    ),
    (
        "medicine-shortage",
        3,
        "en",
        "{Shortages of paracetamol|Insulin shortages|Amoxicillin shortages} were reported here too. {Pharmacies ration to one box per person.|People drive across the border to buy it.}",
    ),
    (
        "messaging-forwards",
        2,
        "en",
        "Half of the {rumours|false claims} about this are spreading in {WhatsApp family groups|Telegram channels}. {My dad forwarded me three in one morning.|Fact checks never travel as far as the forward.|The voice notes are the worst, no way to trace them.}",
    ),
    (
        "donate-check",
        2,
        "en",
        "Before donating to any appeal you see on social media, {check it is a registered charity|look it up on the charity register}. {There were fake fundraisers within hours last time.|Several 'relief funds' shared after the last disaster were scams.|Real charities don't ask for gift cards or crypto.}",
    ),
    (
        "helpline",
        3,
        "en",
        "If this story hits close to home for anyone reading: {Samaritans are on 116 123 in the UK and Ireland|in the US you can call or text 988|Lifeline in Australia is 13 11 14}. {Take care of yourselves.|Talking helps.}",
    ),
    (
        "fatigue",
        2,
        "en",
        "{Honestly|Truthfully}, I've {stopped|mostly stopped} following the news from there. {It's the same cycle every year.|It's too painful.|I can't do anything about it.} But I'm glad someone still reports it.",
    ),
    (
        "grief",
        2,
        "en",
        "{Rest in peace to all who lost their lives.|My thoughts are with the families.|So much loss.} {Sending love from Manila.|Sending love from Accra.|Sending love from Lima.|Sending love from Glasgow.|🕯️}",
    ),
    (
        "whatabout",
        3,
        "en",
        "Funny how {this gets coverage|you cover this} but not {the same thing in our country|what's happening next door}. {Selective outrage.|Priorities, I guess.}",
    ),
    (
        "defend-govt",
        3,
        "en",
        "The government {inherited this mess|is doing what it can} with {an empty treasury|no help from abroad}. {Easy to criticise from London or New York.|Give them time.}",
    ),
    (
        "weekday",
        3,
        "en",
        "Funny how these {announcements|reports|resignations} always land on a <<weekday>>. {Someone knows the news cycle.|Coincidence, I'm sure.}",
    ),
    (
        "years-later",
        3,
        "en",
        "Reading this <<ago>> years later{.|,} {Remarkable how little has changed.|Hard to believe it's been that long.|Some of the people quoted are in government now.}",
    ),
    (
        "season-weather",
        2,
        "en",
        "<<Season>> there {is brutal|can be brutal}{.|!} {Hope the aid arrives before the weather turns.|People in tents won't last long.}",
    ),
    ("why-care", 3, "en", "Why should {anyone here|we} care about {this|a country most people can't find on a map}?"),
    (
        "why-care-reply",
        3,
        "en",
        "@<<reply>> because {supply chains|refugee flows|food prices} don't stop at borders. {That's why.|Simple as that.}",
    ),
    (
        "meta-comments",
        2,
        "en",
        "{The comments here are better than the article.|Glad the comment section is back.} {Some genuinely informed people.|Even the arguments.}",
    ),
    (
        "photo-praise",
        3,
        "en",
        "The {photos|photography} in this {piece|series} {are stunning|say more than the text}. {Who took them?|Credit to the photographer.}",
    ),
    (
        "translate-request",
        3,
        "en",
        "Could you {publish|offer} this in {French|Spanish|Arabic|Portuguese} too? Many {of the people affected|people in the region} {won't read|can't read} English.",
    ),
    ("this-emoji", 2, "en", "{this 👆|👆 this} {so much this|exactly what I was going to say|💯}"),
    (
        "crypto-ban",
        3,
        "en",
        "The central bank {banned|restricted} crypto {exchanges|payments} {a while ago|years ago} and people just moved to {USDT on Telegram|P2P trades}. {Bans don't work.|Remittances find a way.}",
    ),
    (
        "mods-spam",
        3,
        "en",
        "{Mods|Moderators}, there's a {spam|scam} comment further down {offering 'loans'|about a Bitcoin 'doctor'|advertising a 'spell caster'}. Please remove.",
    ),
    ("prayer-short", 2, "en", "{Praying for everyone there.|Praying for peace.} {🙏🏾|🙏🏻}"),
    (
        "ask-author",
        2,
        "en",
        "Question for the author: {did anyone from the ministry respond?|were you able to visit yourself or is this from phone interviews?}",
    ),
    (
        "rhetorical-history",
        3,
        "en",
        "{Colonial borders|A century of outside meddling} and people act surprised. {Read some history.|It didn't start last week.}",
    ),
    (
        "lol-minister",
        3,
        "en",
        "{lol|lmao} the minister's quote {in the middle|near the end} {😂|🤡} {you can't make this up|peak politician}",
    ),
    ("not-news", 3, "en", "{Is this really news?|Slow news day?} {There are bigger stories this week.|Feels like filler.}"),
    ("link-reuters", 3, "en", "{Reuters has more detail|There's a fuller version on Reuters|Reuters reported this too}: <<L:reuters>>"),
    ("link-bbc", 3, "en", "{BBC's take|The BBC version}, for comparison: <<L:bbc>>"),
    ("link-ap", 3, "en", "AP {has|ran} {the numbers|a follow-up}: <<L:ap>>"),
    ("link-wiki", 3, "en", "Background for anyone {new to this|confused|who wants context}: <<L:wiki>>"),
    (
        "link-un",
        3,
        "en",
        "The {UN statement|full report} is here, {worth reading in full|the figures are in the annex|it's shorter than you'd think}: <<L:un>>",
    ),
    ("link-youtube", 3, "en", "Footage from the {scene|rally|press conference}: <<L:youtube>>"),
    ("link-x", 3, "en", "{The spokesperson|The ministry} already {walked this back|deleted a post about it}: <<L:x>>"),
    ("link-doi", 3, "en", "There's a {peer-reviewed|good} study on exactly this: <<L:doi>> {Open access, too.|}"),
    ("link-archive", 3, "en", "{Paywalled|The original page was taken down}, archived copy: <<L:wayback>>"),
    ("link-local", 3, "en", "The local {paper|press} covered it {in more depth|days earlier}: <<L:local>>"),
    (
        "link-gov",
        3,
        "en",
        "{Official travel advice|Government guidance} {has been updated|changed this week}, for anyone planning a trip: <<L:gov>>",
    ),
    ("link-map", 3, "en", "For those wondering where this is: <<L:map>>"),
    ("link-own-blog", 3, "en", "I wrote {a longer piece|some notes} on this {last year|a while ago}, if anyone's interested: <<L:blog>>"),
    ("link-reddit", 3, "en", "There's a {thread|discussion} with people on the ground here: <<L:reddit>>"),
    ("link-bsky", 3, "en", "A {local journalist|photographer} posted this {thread|video}: <<L:bsky>>"),
    (
        "link-social",
        3,
        "en",
        "{Video from a resident|This is circulating locally}, {can't verify it but|unverified, but} it matches what the article says: <<L:social>>",
    ),
    ("link-factcheck", 3, "en", "That photo going round is {from years ago|not from this event}, it's been checked: <<L:factcheck>>"),
    ("link-fraud", 3, "en", "If you got one of those fake {parcel|bank|charity} texts about this, report it: <<L:fraud>>"),
    ("link-charity", 2, "en", "You can check whether a fundraiser is registered here: <<L:charity>>"),
    ("link-tracked", 3, "en", "{Same story|More on this}, {shared from my phone|from the app}: <<L:tracked>>"),
    ("link-guardian", 3, "en", "{Guardian piece|Longer read} on the background: <<L:guardian>>"),
    ("link-dw", 1, "en", "DW had an explainer: <<L:dw>>"),
    ("link-two", 3, "en", "{Two sides of the same story|Compare the two}: <<L:aljazeera>> and <<L:nyt>>"),
    ("link-two-sources", 3, "en", "Sources for the figures I mentioned above: <<L:un>> <<L:wiki>>"),
    (
        "link-reading-list",
        3,
        "en",
        "Reading list for anyone who wants {context|the background}:\n- <<L:wiki>>\n- <<L:doi>>\n- <<L:guardian>>",
    ),
    (
        "es-thanks",
        3,
        "es",
        "{Gracias|Muchas gracias} por {informar|escribir} sobre esto. En {mi país|los medios de aquí} {casi no se habla del tema|nadie lo cubre}.",
    ),
    ("es-anger", 3, "es", "{Qué vergüenza|Qué bronca}. {Siempre pagan los mismos.|Y los políticos de vacaciones.|Nada va a cambiar.} 😡"),
    ("es-link", 2, "es", "Más {datos|detalles} en {El País|la prensa española}: <<L:elpais>>"),
    (
        "fr-correction",
        2,
        "fr",
        "Merci pour cet article. {Petite précision|Une précision} : {le chiffre officiel est plutôt de 1 200 personnes|l'accord date de 2003, pas de 2005}.",
    ),
    (
        "fr-silence",
        3,
        "fr",
        "{On en parle très peu en France.|Silence total dans les médias ici.|Au Québec, personne n'en parle.} {C'est désolant.|Pourtant c'est grave.|Merci de le couvrir.}",
    ),
    ("fr-link", 1, "fr", "Le Monde en parlait aussi : <<L:lemonde>>"),
    (
        "de-thanks",
        3,
        "de",
        "Danke für den Bericht. {Ich war letztes Jahr dort|Meine Schwester arbeitet dort|Ein Kollege kommt von dort} und {die Lage ist noch schlimmer als beschrieben|die Leute haben einfach genug}.",
    ),
    ("de-typical", 2, "de", "Wieder mal typisch: {Erst wenn es zu spät ist, reagiert man.|Viel Gerede, wenig Taten.}"),
    (
        "pt-thanks",
        3,
        "pt",
        "Aqui no {Brasil|Nordeste|interior de Minas} {quase ninguém fala disso|a gente viu coisa parecida}. {Obrigada pela matéria!|Obrigado pela reportagem.}",
    ),
    (
        "pt-pix",
        2,
        "pt",
        "Cuidado com os golpes de {Pix|falso empréstimo} que {circulam|estão circulando} no WhatsApp {usando|aproveitando} notícias como essa.",
    ),
    (
        "it-thanks",
        2,
        "it",
        "{Articolo molto chiaro|Bell'articolo}, grazie. {Da noi in Italia se ne parla pochissimo.|Servirebbe più attenzione.}",
    ),
    (
        "tr-condolence",
        3,
        "tr",
        "{Allah rahmet eylesin.|Başımız sağ olsun.|Çok üzücü.} {Yaralılara acil şifalar.|Ailelerine sabır diliyorum.|}",
    ),
    ("ru-thanks", 2, "ru", "Спасибо за статью. {У нас об этом почти не пишут.|Здесь об этом молчат.}"),
    ("uk-thanks", 2, "uk", "{Дякую|Щиро дякую} за {матеріал|статтю}. {Тримайтеся всі.|Слава людям, які допомагають.}"),
    (
        "ar-thanks",
        3,
        "ar",
        "{شكراً|شكرا جزيلا} على {التغطية|هذا التقرير}. {الوضع أصعب بكثير مما يتصور الناس.|نتمنى السلامة للجميع.|الله يكون في عونهم.}",
    ),
    ("fa-thanks", 2, "fa", "{ممنون|متشکرم} از گزارش. {کاش رسانه‌های فارسی‌زبان هم اینقدر دقیق بودند.|کسی در داخل این را نمی‌شنود.}"),
    ("hi-sad", 3, "hi", "{बहुत दुखद खबर|बहुत अच्छी रिपोर्ट|यह पढ़कर दुख हुआ}। {सरकार को तुरंत कदम उठाने चाहिए।|हमारे यहाँ भी ऐसा ही हाल है।}"),
    ("ur-roman", 2, "ur", "{Bohat afsos hua|Allah reham kare}, {hamare yahan bhi yehi haal hai|koi sunne wala nahi}."),
    (
        "ja-thanks",
        2,
        "ja",
        "{詳しい記事をありがとうございます。|とても分かりやすい記事でした。}{日本ではほとんど報道されていません。|現地の友人も同じことを言っていました。}",
    ),
    ("zh-thanks", 2, "zh", "{感谢报道。|谢谢你们的报道。}{国内几乎看不到这类新闻。|希望大家平安。}"),
    ("ko-thanks", 2, "ko", "{좋은 기사 감사합니다.|잘 읽었습니다.} {한국에서는 거의 보도되지 않네요.|빨리 해결되길 바랍니다.}"),
    (
        "id-rice",
        3,
        "id",
        "{Terima kasih atas beritanya.|Makasih infonya.} {Di sini juga harga beras naik terus.|Semoga cepat pulih.|Pemerintah harus segera bertindak.}",
    ),
    ("tl-taglish", 2, "tl", "{Grabe|Nakakalungkot} naman ito. {Sana may tulong na agad.|Ingat po kayong lahat diyan.} 🙏"),
    ("sw-thanks", 2, "sw", "{Asante kwa habari hii.|Pole sana kwa familia.} {Hali hapa Kenya si tofauti sana.|Mungu awape nguvu.}"),
    ("pl-thanks", 2, "pl", "{Dzięki za artykuł.|Dobry tekst.} {U nas w Polsce prawie nic o tym nie piszą.|Kiedy będzie ciąg dalszy?}"),
    ("nl-thanks", 2, "nl", "{Goed stuk.|Helder artikel, dank.} {In Nederland hoor je hier bijna niets over.|Wanneer komt er een vervolg?}"),
    ("vi-zalo", 2, "vi", "{Cảm ơn bài viết.|Bài viết rất hay.} {Ở Việt Nam cũng có lừa đảo kiểu này qua Zalo.|Mong mọi người bình an.}"),
    ("el-thanks", 2, "el", "{Ευχαριστώ για το άρθρο.|Πολύ καλό ρεπορτάζ.} {Στην Ελλάδα δεν το έχει αναφέρει κανείς.|Κουράγιο σε όλους.}"),
]

# --------------------------------------------------------------------------------------------
# spam: (template id, family, records, body, name, email, website)
# email: "throw" (free or throwaway mailbox derived from the name), "own" (a mailbox on the website's
# domain), or a fill-in string; website: a fill-in string ("" for none)

SPAM = [
    # pharma
    (
        "rx-noprescription",
        "pharma",
        5,
        "{Buy|Order} {tramadol|oxycodone|xanax|valium|adderall} online without prescription{ - |, }{overnight|fast and discreet} delivery {to USA, UK, Canada|worldwide}. {Visit|Order at} https://<<pharm_dom>>/{shop|products|order}",
        "{buy tramadol online|Order Xanax No Rx|oxycodone for sale|<<bot>>}",
        "throw",
        "{https://<<pharm_dom>>/|}",
    ),
    (
        "rx-html-ed",
        "pharma",
        5,
        '<a href="https://<<pharm_dom>>/">{cialis generic|viagra 100mg price|sildenafil without a doctor prescription}</a> {cheap cialis|viagra online usa|generic viagra} <a href="https://<<pharm_dom>>/{cialis|viagra}">{tadalafil 20mg|sildenafil 100mg}</a>',
        "<<bot>>",
        "throw",
        "",
    ),
    (
        "rx-homoglyph",
        "pharma",
        4,
        "<<hg:Cheap Viagra>> {and|&} <<hg:Cialis>> from $0.{49|59|69} per pill. {Discreet packaging|No prescription needed}. <<pharm_dom>>",
        "{Pharmacy Online|<<persona>>}",
        "throw",
        "",
    ),
    (
        "rx-glp1-whatsapp",
        "pharma",
        4,
        "{Lost 14 kg in 8 weeks|Down three dress sizes} with {semaglutide|Ozempic pens|tirzepatide} {without a prescription|no doctor visit}. Message me on WhatsApp <<us555>> {for price|to order} 💉",
        "{<<persona>>|Nurse Kelly}",
        "throw",
        "",
    ),
    (
        "rx-bbcode",
        "pharma",
        4,
        "[url=https://<<pharm_dom>>/modafinil]modafinil online[/url] [url=https://<<pharm_dom>>/armodafinil]buy armodafinil[/url] {study drug|smart pill} {for exams|cheap}",
        "<<bot>>",
        "throw",
        "",
    ),
    (
        "rx-es",
        "pharma",
        4,
        "Compra {Viagra|Cialis} {sin receta|genérico} con envío discreto a {toda España|México y Latinoamérica}. {Pago contra reembolso.|Precio más bajo garantizado.} https://<<pharm_es>>",
        "{Farmacia Online|comprar viagra}",
        "throw",
        "https://<<pharm_es>>",
    ),
    # casino and betting
    (
        "casino-slot-gacor",
        "casino",
        5,
        "{Situs slot gacor|Slot gacor hari ini} {gampang maxwin|paling gacor} {deposit 10rb|deposit via dana}, {daftar sekarang|link alternatif} di https://<<slot_dom>>/ {bonus new member 100%|RTP live 98%}",
        "{slot gacor|SLOT88 resmi|link slot gacor|situs toto}",
        "throw",
        "https://<<slot_dom>>/",
    ),
    (
        "casino-markdown",
        "casino",
        4,
        "Looking for the best [online casino](https://<<casino_dom>>/?ref=<<code>>)? {Free spins no deposit|200% welcome bonus} {+|and} {fast payouts|instant withdrawal}!",
        "{best online casino|<<bot>>}",
        "throw",
        "https://<<casino_dom>>",
    ),
    (
        "casino-zerowidth",
        "casino",
        4,
        "🎰 <<zw:FREE SPINS>> {every day|no deposit needed} 🎰 {Claim|Grab} yours at <<casino_dom>> {promo code|code} <<code>>",
        "<<zw:Free Spins>>",
        "throw",
        "",
    ),
    (
        "casino-tr-bonus",
        "casino",
        4,
        "{deneme bonusu veren siteler|bedava deneme bonusu} {2026|güncel liste} https://<<tr_dom>>/ {en güvenilir bahis siteleri|çevrimsiz bonus}",
        "{deneme bonusu|deneme bonusu veren siteler}",
        "throw",
        "https://<<tr_dom>>/",
    ),
    (
        "casino-aviator",
        "casino",
        4,
        "<<bold:Aviator>> {predictor|signals} {100% accurate|never lose}. {Join|Contact} Telegram @<<tg>> {for free trial|and start winning today} ✈️💰",
        "{Aviator Predictor|<<tg>>}",
        "throw",
        "",
    ),
    (
        "casino-pt-tigrinho",
        "casino",
        4,
        "{Ganhei|Tirei} R$ {2.300|4.800|1.950} {ontem|hoje} no {Fortune Tiger|Tigrinho} {com a plataforma nova|na plataforma que paga} 🐯 {link:|👉} <<short>>",
        "{Juliana Ganhos|Tigrinho Pagante|<<bot>>}",
        "throw",
        "",
    ),
    (
        "bet-fixed",
        "betting",
        4,
        "{100% sure fixed matches|Fixed match today} {HT/FT|correct score} {odds 30+|big odds}. {Payment after win|Guaranteed}. WhatsApp <<ng_phone>> or email {fixedmatch|surewin|insiderbets}<<n3>>@{gmail.com|yahoo.com}",
        "{Fixed Matches|Sure Odds Agent}",
        "throw",
        "",
    ),
    (
        "bet-hinglish",
        "betting",
        4,
        "{Online cricket ID|Best betting ID} {lene ke liye|ke liye} WhatsApp karo <<in_phone>> {instant withdrawal|24x7 service} {sabse trusted|paise turant} ✅",
        "{Cricket ID Provider|Online Book Official}",
        "throw",
        "",
    ),
    (
        "bet-vn",
        "betting",
        4,
        "{Nhà cái uy tín|Nhà cái hàng đầu} {2026|châu Á} - {đăng ký nhận ngay|tặng} {100K|88K} {khi nạp lần đầu|cho thành viên mới} tại https://<<vn_dom>>/",
        "{nhà cái uy tín|<<vn_dom>>}",
        "throw",
        "https://<<vn_dom>>/",
    ),
    # loans
    (
        "loan-email",
        "loans",
        5,
        "Do you need {an urgent|a} loan? {We offer|We give out} loans at {2%|3%} interest rate to {individuals and companies|anyone in need}. {Contact us|Email} via {loanfirm|quickfunds|helpinghandloans}<<n3>>@{gmail.com|outlook.com} {for more details|today}.",
        "{<<persona>>|Loan Offer|Helping Hand Finance}",
        "throw",
        "",
    ),
    (
        "loan-testimonial",
        "loans",
        4,
        "{My name is|I am} <<persona>> from {Texas|Ohio|Manchester|Johannesburg}. I was {scammed twice|denied by my bank} before I {found|met} <<lender>> who {gave me a loan of $50,000|approved my loan} within {24 hours|two days}. {Contact|Reach} them on <<lender_1>>@{gmail.com|hotmail.com} or WhatsApp <<us555>>",
        "<<persona>>",
        "throw",
        "",
    ),
    (
        "loan-bbcode",
        "loans",
        4,
        "[url=https://<<loan_dom>>/]payday loans online same day[/url] - {no credit check|bad credit ok} {approval in minutes|instant decision}",
        "{payday loans|<<bot>>}",
        "throw",
        "https://<<loan_dom>>/",
    ),
    (
        "loan-taglish",
        "loans",
        4,
        "{Need pera ASAP?|Kailangan ng pera?} {Loan agad|Instant loan} {hanggang|up to} 50k, {walang collateral|no collateral}, {1 valid ID lang|approved in 5 minutes}. Download na: <<short>>",
        "{Pera Agad|Loan Agent Mae}",
        "throw",
        "",
    ),
    (
        "loan-es",
        "loans",
        4,
        "Préstamos {rápidos|urgentes} sin {buró|aval} {desde|hasta} $50,000 MXN. {Escríbenos|Contacto} por WhatsApp <<mx_phone>> {Aprobación en 24 horas.|Sin papeleo.}",
        "{Préstamos Fácil|Asesor Financiero}",
        "throw",
        "",
    ),
    # crypto
    (
        "crypto-recovery",
        "crypto",
        5,
        "I lost {$87,000|$240,000|£32,000} to a fake {trading platform|investment site} {last year|in March}. I thought it was gone {forever|for good} until I {found|contacted} <<rec>>. They {recovered|got back} {all|every penny} of my {funds|BTC} in {48 hours|a week}. <<hg:Email>>: <<rec_1>><<n3>>@{proton.me|gmail.com|techie.com}",
        "{<<persona>>|Grateful Investor}",
        "throw",
        "",
    ),
    (
        "crypto-mentor",
        "crypto",
        5,
        "{All thanks to|Big thanks to} <<mentor>> {for making|who helped me make} {$23,000|$41,500|$18,700} {in one week|from a $2,000 investment}. <<mentor_1>> {is the real deal|is legit}, message on WhatsApp <<us555>>",
        "<<persona>>",
        "throw",
        "",
    ),
    (
        "crypto-mentor-echo",
        "crypto",
        4,
        "{I can confirm|Yes!! I can testify}, {Mrs. Jennifer Alvarez|Expert Carol Simmons|Mr. Daniel Foster} {changed my life|is the best}. {Already|I've} {received|withdrawn} {my third payout|$9,800} {this month|today} 🙏",
        "<<persona>>",
        "throw",
        "",
    ),
    (
        "crypto-airdrop",
        "crypto",
        4,
        "🚀 {$ORBIT|$NOVA|$PEPE2} {airdrop is LIVE|airdrop phase 2 is open}! {Connect your wallet|Claim} {at|→} https://<<airdrop_dom>> {before it ends|limited slots} 🎁",
        "{Airdrop Alert|<<bot>>}",
        "throw",
        "",
    ),
    (
        "crypto-wallet-rectify",
        "crypto",
        4,
        "{Having issues with your wallet?|Wallet not syncing?} {Validate|Rectify} your {wallet|seed phrase} {at|on} https://<<wallet_dom>>/ {to fix|and resolve} {pending transactions|sync errors} {instantly|in minutes}.",
        "{Wallet Support|DApp Rectification}",
        "throw",
        "",
    ),
    (
        "crypto-signals",
        "crypto",
        4,
        "{Join|Free} {VIP|premium} {crypto signals|trading signals} {group|channel} {with 95% accuracy|made 400% last month} 👉 t.me/<<tg>> {limited spots|free for the first 100}",
        "{Crypto Signals VIP|<<tg>>}",
        "throw",
        "",
    ),
    (
        "crypto-romance",
        "crypto",
        4,
        "{Hi dear|Hello dear}, {I read your comment|I saw your profile} and {you seem kind|I like your thoughts}. I am {Linda|Sophia|Anna}, {a fashion designer|working in Hong Kong} and I {invest in gold futures|do crypto arbitrage with my uncle}. {Add me|Let's chat} on {WhatsApp|Telegram} <<us555>> 🌹",
        "{Linda|Sophia Chen|Anna Lee}",
        "throw",
        "",
    ),
    (
        "crypto-doubler",
        "crypto",
        4,
        "<<script:Send>> 0.1 BTC {get|receive} 0.2 BTC {back|instantly} 🔥 {Official|Limited} {giveaway|event} {by|from} {the foundation|our team}. <<hg:Bitcoin>> → <<doubler_bracket>>",
        "{BTC Giveaway|<<script:Official Event>>}",
        "throw",
        "",
    ),
    (
        "crypto-ru-p2p",
        "crypto",
        4,
        "{Заработок|Доход} на {P2P арбитраже|криптовалюте} от {5000|10 000} рублей в день. {Без вложений.|Обучение бесплатно.} {Пиши|Пишите} в {телегу|Telegram} @<<tg>>",
        "{Заработок P2P|<<bot>>}",
        "throw",
        "",
    ),
    (
        "crypto-sympathy-pitch",
        "crypto",
        4,
        "{This is so sad.|Terrible news.} {Times like these|Inflation like this} {show|is why} we all need {a second income|to protect our savings}. I started trading with <<trader>> {three months ago|last year} and {now earn $4,200 weekly|my family is finally stable}. {Contact|Reach} <<trader_2>>: <<trader_1>>.{fx|trades}@{gmail.com|outlook.com}",
        "<<persona>>",
        "throw",
        "",
    ),
    # seo
    (
        "seo-guest-post",
        "seo",
        5,
        "Hi {team|editor|admin}, I'm <<persona>> from <<agency>>. {We'd love to|I'd like to} {contribute a guest post|write an article} for your site. {We can pay a fee for a dofollow link.|Our clients pay $150 per post with a do-follow backlink.} {Reply to|Email} outreach@<<agency_1>>",
        "<<persona>>",
        "{outreach|hello}@<<agency_1>>",
        "https://<<agency_1>>",
    ),
    (
        "seo-fiverr",
        "seo",
        4,
        "{I will|We} {provide|build} {high DA|high authority} {dofollow backlinks|SEO backlinks} {to rank your site on Google first page|white hat link building}. {Order on|Check} https://www.fiverr.com/<<fiverr>>/{build-high-da-backlinks|do-white-hat-seo}",
        "<<fiverr>>",
        "throw",
        "https://www.fiverr.com/<<fiverr>>",
    ),
    (
        "seo-praise-local",
        "seo",
        5,
        "{Great|Nice|Very informative} {article|post|write-up}{, thanks for sharing.|. Keep it up!|!!!|!|.}",
        "<<biz>>",
        "own",
        "{https://www.|https://|http://}<<biz_1>>{/||/services/|/?ref=blog}",
    ),
    (
        "seo-praise-bookmark",
        "seo",
        5,
        "{I|I've} {really enjoyed|appreciated} {reading|the insight in} this {article|blog post}. {Thank you for|Thanks for} {the detailed information|putting this together}. {I will bookmark this page.|Looking forward to more.}",
        "{<<persona>>|https://<<seo_dom>>|<<seo_dom>>}",
        "throw",
        "https://<<seo_dom>>/",
    ),
    (
        "seo-copied-condolence",
        "seo",
        5,
        "{My thoughts are with the families.|Heartbreaking news, praying for everyone affected.|Thank you for reporting this, the world needs to know.|So sad. Stay safe everyone.}",
        "<<biz>>",
        "own",
        "{https://www.|https://}<<biz_1>>{/|}",
    ),
    (
        "seo-plugin-question",
        "seo",
        5,
        "{Hey there|Hello}! {Do you know if|I was wondering if} {they make|you use} any {plugins|widgets} to {help with|protect against} {SEO|hackers}? {I'm trying to get my blog to rank|I've been working on my site} {for some targeted keywords|for a while} {but I'm not seeing very good results|but had no luck}. {If you know of any please share.|Thanks!}",
        "<<bot>>",
        "throw",
        "https://<<seo_dom>>/",
    ),
    (
        "seo-html-keyword",
        "seo",
        4,
        '{Thanks for the article.|Interesting read.} {Also check|See also} <a href="https://<<seo_dom>>/">{best VPN for China|cheap web hosting|custom software development company}</a>',
        "{best VPN|web hosting deals|<<bot>>}",
        "throw",
        "",
    ),
    (
        "seo-ru-forum",
        "seo",
        4,
        "{Продвижение сайтов|Прогон сайта} {по базам|хрумером} {недорого|с гарантией}. {Траст|Посещаемость} {растёт|вырастет} {за неделю|за месяц}. {Подробнее|Пишите}: https://<<ru_dom>>/",
        "{Прогон сайта|<<bot>>}",
        "throw",
        "https://<<ru_dom>>/",
    ),
    (
        "seo-de-praise",
        "seo",
        4,
        "{Toller Artikel|Sehr interessanter Beitrag}, {vielen Dank|danke fürs Teilen}!",
        "<<debiz>>",
        "throw",
        "https://www.<<debiz_1>>/",
    ),
    (
        "seo-web-audit",
        "seo",
        4,
        "{Hi|Hello}, I {noticed|came across} your website and {found some issues|saw it loads slowly on mobile}. I {can|could} {fix it|redesign it} {for an affordable price|at a low cost}. {Can I send you a quote?|Shall I send a free audit?} {Email|Reach me at} {webfix|sitepro|designhub}.<<n3>>@gmail.com",
        "{<<persona>>|Web Designer}",
        "throw",
        "",
    ),
    (
        "seo-theme",
        "seo",
        4,
        "{Nice blog|Great site}! {What theme are you using?|Is this a paid theme or did you customize it yourself?} {Thanks.|}",
        "<<bot>>",
        "throw",
        "https://<<seo_dom>>/",
    ),
    # essays
    (
        "essay-mill",
        "essays",
        5,
        "{Struggling with|Stuck on} your {essay|dissertation|assignment}? {Our|The} {expert writers|PhD writers} {deliver|write} {plagiarism-free|original} {papers|work} {in 24 hours|before your deadline}. {Order now at|Visit} https://<<essay_dom>>/ {- 20% off your first order|}",
        "{essay writing service|<<persona>>|write my essay}",
        "throw",
        "https://<<essay_dom>>/",
    ),
    (
        "essay-exam-taker",
        "essays",
        4,
        "{Take my online class|Pay someone to take my exam}? {We|Our tutors} {handle|complete} {quizzes, exams and entire courses|Canvas, Blackboard and Pearson work} {with an A guaranteed|for an A or B}. WhatsApp <<us555>>",
        "{Online Class Help|<<persona>>}",
        "throw",
        "",
    ),
    (
        "essay-zh",
        "essays",
        4,
        "{留学生|海外}{论文代写|作业代写}，{原创保证|包过}，{加微信|微信} <<wechat>> {价格优惠|24小时在线}",
        "{论文代写|<<wechat>>}",
        "throw",
        "",
    ),
    # adult
    (
        "adult-bold",
        "adult",
        4,
        "🔥 <<bold:Hot girls>> {near you|in your city} {waiting|online now} 🔥 {No signup|Free} → <<adult_bracket>>",
        "{<<bold:Kristina>>|Hot Girls}",
        "throw",
        "",
    ),
    (
        "adult-spaced",
        "adult",
        4,
        "{Lonely?|Tired of being alone?} {Meet|Find} {real women|singles} {for dating tonight|in your area} on <<sp:{DATEHER|MEETLOCAL|SEXYSINGLES}>> . C O M",
        "{Dating|<<bot>>}",
        "throw",
        "",
    ),
    (
        "adult-escort",
        "adult",
        4,
        "{Independent|VIP} escorts in {Dubai|Istanbul|Bangkok|London} {24/7|available now}. {Outcall|Incall and outcall}. WhatsApp <<intl_phone>>",
        "{VIP Escorts|Model Agency}",
        "throw",
        "",
    ),
    (
        "adult-photos",
        "adult",
        4,
        "{Hi|hey} {cutie|handsome} 😘 {I'm bored|I'm new here}, {see my private photos|check my profile} <a href=\"<<short_https>>\">{here|my pics}</a>",
        "{Alina|Kate 22|Jessica}",
        "throw",
        "",
    ),
    # fake support
    (
        "support-airline",
        "support",
        4,
        "{Call|Contact} {Delta|Lufthansa|Emirates|Qatar Airways} {reservations|customer service} {number|helpline} <<tollfree>> {for booking changes|to change your flight} {24/7|anytime}. {Speak to a live agent.|Fast refunds.}",
        "{Airline Helpline|Flight Booking Number}",
        "throw",
        "",
    ),
    (
        "support-exchange",
        "support",
        4,
        "<<hg:{Binance|Coinbase|Kraken}>> {support number|customer care} <<tollfree>> {call now|wallet recovery|account locked help}",
        "{<<hg:Coinbase>> Support|Exchange Helpdesk}",
        "throw",
        "",
    ),
    (
        "support-printer",
        "support",
        4,
        "{HP printer offline?|Norton refund?|QuickBooks error 6123?} {Call|Dial} {our experts|tech support} at <<tollfree>> {for an instant fix|toll free}.",
        "{Printer Support|QuickBooks Support Number}",
        "throw",
        "{https://<<seo_dom>>/|}",
    ),
    # counterfeit
    (
        "fake-documents",
        "counterfeit",
        4,
        "{Buy|Get} {real and fake|registered} {passports|driver's licenses}, {ID cards|residence permits}, {IELTS certificates|visas} {for all countries|online}. {Contact|Email}: {docs|passport|realdocs}<<n3>>@{proton.me|outlook.com} WhatsApp: <<intl_phone>>",
        "{Documents Online|<<persona>>}",
        "throw",
        "",
    ),
    (
        "fake-brand-jp",
        "counterfeit",
        4,
        "{スーパーコピー|ブランドコピー}{時計|バッグ} {N級品|激安} {通販|専門店} https://<<jp_dom>>/",
        "{スーパーコピー 時計|ブランドコピー}",
        "throw",
        "https://<<jp_dom>>/",
    ),
    # iptv
    (
        "iptv-sub",
        "iptv",
        4,
        "{Best IPTV|IPTV subscription} {2026|UK}: {20,000+ channels|all sports, movies, PPV}, {4K|no buffering}, {free 24h trial|free trial}. {WhatsApp|Contact} <<uk07700>> {or|/} <<iptv_dom>>",
        "{Best IPTV UK|IPTV Provider}",
        "throw",
        "https://<<iptv_dom>>",
    ),
    (
        "iptv-fullwidth",
        "iptv",
        4,
        "<<fw:FREE>> {football|Premier League} {live stream|streams} {HD|no ads} ⚽ {Watch now|Watch here}: <<short>>",
        "<<fw:Live Football>>",
        "throw",
        "",
    ),
    # work from home
    (
        "wfh-hourly",
        "wfh",
        4,
        "{I'm making|I am now making} {$85|$92} {an hour|per hour} {working from home|online}. {I never thought it was possible|My neighbour told me about it}, {check it out|here is what I do} → https://<<wfh_dom>>/",
        "{<<persona>>|<<bot>>}",
        "throw",
        "https://<<wfh_dom>>/",
    ),
    (
        "wfh-task-job",
        "wfh",
        4,
        "{Hello|Hi}, {we are hiring|I'm a recruiter from <<agency>>}. {Part-time|Remote} job: {like videos|rate products|complete simple tasks} and earn {$200-$500 per day|300-800 USD daily}. {Add me on|Contact} WhatsApp <<us555>>",
        "{HR Recruiter|<<persona>>}",
        "throw",
        "",
    ),
    (
        "wfh-es-leet",
        "wfh",
        4,
        "<<leet:Gana dinero>> {desde casa|en línea} {hasta|más de} $<<n3>> {dólares|USD} {diarios|por día} {sin experiencia|solo con tu celular}. {Info|Escríbeme} por Telegram @<<tg>>",
        "{Trabajo Desde Casa|<<bot>>}",
        "throw",
        "",
    ),
    # hacker for hire
    (
        "hacker-hire",
        "hacker",
        4,
        "{Need a hacker?|Do you suspect your partner is cheating?} {Contact|I recommend} <<hacker>> {for|they do} {phone hacking|WhatsApp and Instagram access}, {school grade changes|credit score repair}. {Email|Mail}: <<hacker_1>><<n3>>@{gmail.com|protonmail.com}",
        "{<<persona>>|Hacker Service}",
        "throw",
        "",
    ),
    (
        "hacker-testimonial",
        "hacker",
        4,
        "I {never believed|couldn't believe} {hackers could be trusted|it was possible} until <<hacker>> {helped me|got me} {access to my husband's phone|to remove my criminal record}. {Discreet|Fast and discreet}. {Reach|Contact} them on Telegram @<<tg>>",
        "<<persona>>",
        "throw",
        "",
    ),
    # spells
    (
        "spell-caster",
        "spells",
        4,
        "{My husband|My ex-boyfriend} {left me for another woman|came back after 3 years} {thanks to|because of} Dr. <<spell>>, {a powerful spell caster|the greatest spell caster}. {He also cures herpes and HIV.|He can also help with infertility and lottery wins.} {Email|Contact}: dr<<spell_1>>spelltemple@{gmail.com|yahoo.com} {WhatsApp|Call} <<ng_phone>>",
        "<<persona>>",
        "throw",
        "",
    ),
    (
        "spell-sw",
        "spells",
        4,
        "<<mganga_1>> <<mganga>> {anarudisha mpenzi aliyekuacha|anaweza kurudisha mpenzi}, {kufanikisha biashara|kuongeza nguvu za kiume}, {na kutoa bahati|na kesi mahakamani}. {Piga|Mpigie} <<tz_phone>>",
        "{<<mganga>>|Mganga wa Jadi}",
        "throw",
        "",
    ),
    # diet and CBD
    (
        "diet-keto",
        "diet",
        4,
        "{Keto gummies|Keto ACV Gummies} {Shark Tank|Dragon's Den} {deal|episode}: {burn fat without diet|lose 10 kg in 30 days}. {Official website|Order here}: https://<<diet_dom>>/",
        "{Keto Gummies|keto acv gummies reviews}",
        "throw",
        "https://<<diet_dom>>/",
    ),
    (
        "diet-cbd-html",
        "diet",
        4,
        '{Premium|Full spectrum} CBD {oil|gummies} {for anxiety, sleep and pain|100% natural}. {Free shipping|Buy 2 get 1 free}. <a href="https://<<cbd_dom>>/">{CBD oil UK|best CBD gummies}</a>',
        "{CBD Oil UK|<<bot>>}",
        "throw",
        "https://<<cbd_dom>>/",
    ),
    (
        "diet-de",
        "diet",
        4,
        "{Abnehmen|Schnell abnehmen} ohne {Hunger|Diät}! {Minus 12 kg|15 Kilo weniger} in {4|6} Wochen mit {dem neuen|einem} {Stoffwechsel-Trick|Abnehm-Drink}. {Jetzt bestellen|Hier ansehen}: <<short>>",
        "{Schlank Mit Trick|<<bot>>}",
        "throw",
        "",
    ),
    # visa
    (
        "visa-canada",
        "visa",
        4,
        "{Canada|Australia|UK} {work visa|work permit} {sponsorship|with LMIA} {available|approved} for {caregivers, drivers, welders|truck drivers and farm workers}. {No IELTS required.|Visa in 4 weeks.} {Apply now|Send CV}: {globalvisa|workpermit|jobsabroad}.{desk|agent}@{gmail.com|outlook.com}",
        "{Visa Consultant|<<persona>>}",
        "throw",
        "",
    ),
    (
        "visa-roman-urdu",
        "visa",
        4,
        "{Europe|Poland|Romania} ka work visa {available hai|lagwayen} {sirf 3 mahine mein|bina IELTS}. {Rabta karein|Contact karein} WhatsApp <<pk_phone>>",
        "{Europe Visa Agent|Overseas Jobs}",
        "throw",
        "",
    ),
    # followers and reviews
    (
        "followers-buy",
        "followers",
        4,
        "{Buy|Get} {real Instagram followers|TikTok followers and likes} {cheap|instantly}, {non-drop|100% real}. {Use code|Promo} <<code>> {at|→} <<follow_bare>>",
        "{buy instagram followers|<<follow_bare>>}",
        "throw",
        "",
    ),
    (
        "reviews-buy",
        "followers",
        4,
        "{Boost|Grow} your business with {5-star|positive} {Google reviews|Trustpilot reviews}. {Real accounts|Local guides}, {permanent|no drop}. {Order|Visit} https://<<review_dom>>/",
        "{buy google reviews|<<persona>>}",
        "own",
        "https://<<review_dom>>/",
    ),
    # prize and phishing
    (
        "prize-giftcard",
        "prize",
        4,
        "{Congratulations!|CONGRATULATIONS!!} {You have been selected as|Your email was chosen as} {the|a} {winner|lucky visitor} of a {$1,000 Amazon gift card|new iPhone}. {Claim|Collect} {within 24 hours|before it expires}: <<short>>",
        "{Rewards Team|Prize Desk}",
        "throw",
        "",
    ),
    (
        "prize-parcel",
        "prize",
        4,
        "{Your parcel|DHL: your package} {could not be delivered|is on hold} {due to|because of} {an unpaid customs fee|an incomplete address}. {Pay|Update} {£1.99|$2.49|€1.50} {here|now}: https://<<parcel_dom>>/{track|pay}/<<code>>",
        "{Parcel Service|Delivery Notice}",
        "throw",
        "",
    ),
    (
        "prize-page-suspended",
        "prize",
        4,
        "{Your page|This website} {will be suspended|has violated our terms} {within 24 hours|for copyright infringement}. {Verify your account|Appeal} {here|immediately}: https://<<phish_dom>>/ {- Meta Support Team|- Admin Security}",
        "{Meta Support|Security Team}",
        "throw",
        "",
    ),
]


def spam_email(kind, name, site):
    if kind == "throw":
        return throwaway(name)
    if kind == "own":
        host = re.sub(r"^https?://(www\.)?", "", site).split("/")[0]
        return f"{rng.choice(['info', 'contact', 'sales', 'admin', 'marketing'])}@{host}"
    return kind


# --------------------------------------------------------------------------------------------
# build


def main():
    pool = articles(WIKINEWS) + articles(GLOBAL_VOICES)
    rng.shuffle(pool)

    slots = [("ham", t) for t in HAM for _ in range(t[1])] + [("spam", t) for t in SPAM for _ in range(t[2])]
    rng.shuffle(slots)
    placed = []
    arts = iter(pool)
    i = 0
    while i < len(slots):
        art = next(arts)
        k = rng.randint(1, 5)
        placed += [(label, t, art) for label, t in slots[i : i + k]]
        i += k

    ham, spam, seen = [], [], set()
    retouch = [
        lambda b: b + " 🙏",
        lambda b: b + " (edited)",
        lambda b: b.lower(),
        lambda b: b + "!",
        lambda b: b + " 👍",
        lambda b: b + " ...",
    ]
    for label, t, art in placed:
        f = facts(art)
        if label == "ham":
            tid, _, lang, text = t
            body = fill(text, f).strip()
            for fix in retouch:
                if body not in seen:
                    break
                body = fix(body)
            assert body not in seen, body
            seen.add(body)
            name, email, url = reader(lang)
            ham.append(
                {
                    "label": "ham",
                    "source": f"heldback15:ham:{tid}",
                    "article": art["id"],
                    "body": body,
                    "name": name,
                    "email": email,
                    "url": url,
                }
            )
        else:
            tid, _, _, text, name_t, email_t, url_t = t
            memo = {}
            body = fill(text, f, memo).strip()
            url = fill(url_t, f, memo)
            name = fill(name_t, f, memo)
            email = spam_email(email_t, name, url) if email_t in ("throw", "own") else fill(email_t, f, memo)
            spam.append(
                {
                    "label": "spam",
                    "source": f"heldback15:spam:{tid}",
                    "article": art["id"],
                    "body": body,
                    "name": name,
                    "email": email,
                    "url": url,
                }
            )
    return write_set("comment_spam_heldback15.jsonl", ham + spam)


if __name__ == "__main__":
    main()

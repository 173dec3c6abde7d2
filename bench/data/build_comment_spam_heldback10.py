"""Build comment_spam_heldback10.jsonl: the tenth held-back set (300 ham, 300 spam).

Written blind: without opening comments/ or bench/comment_spam.py, without reading any earlier
set's .jsonl or any earlier builder beyond its import lines, without reading git history, and
without running any filter or benchmark over this set (see bench/data/README.md).
Comments sit under the Global Voices posts of February and March 2022 and the Wikinews articles
of 2004-2005. From its article a comment takes only its length, by one rule (`shape()`): the
number of paragraphs (`%paras%`, blank-line blocks, at least one) and a reading time in minutes
(`%mins%`, words / 200, at least one); dated link shapes use the article's year (`%yr%`).
Run from anywhere: `python3 bench/data/build_comment_spam_heldback10.py`.
"""

import random
import re
import unicodedata

from comment_sets import GLOBAL_VOICES, WIKINEWS, articles, spin, write_set

rng = random.Random(20261128_10)

# --------------------------------------------------------------------------- articles

ELIGIBLE = [a for a in articles(GLOBAL_VOICES) if a["date"][:7] in ("2022-02", "2022-03")] + [
    a for a in articles(WIKINEWS) if a["date"][:4] in ("2004", "2005")
]
NUMWORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]


def shape(article):
    paras = max(1, len([p for p in article["body"].split("\n\n") if p.strip()]))
    mins = max(1, round(len(article["body"].split()) / 200))
    words = NUMWORDS[paras] if paras < len(NUMWORDS) else str(paras)
    return {
        "paras": f"{words} paragraph" + ("s" if paras > 1 else ""),
        "mins": str(mins),
        "yr": article["date"][:4],
    }


# --------------------------------------------------------------------------- links readers cite


def rid(r, n=6, chars="abcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(r.choice(chars) for _ in range(n))


def digits(r, n):
    return "".join(r.choice("0123456789") for _ in range(n))


SLUGS = [
    "talks-stall-as-opposition-walks-out",
    "aid-convoy-held-at-crossing",
    "prices-of-staples-jump-again",
    "court-adjourns-hearing-until-next-month",
    "protesters-detained-overnight",
    "minister-resigns-after-audit",
    "power-cuts-hit-capital-for-third-day",
    "floods-displace-thousands",
    "journalists-barred-from-region",
    "central-bank-raises-rates",
    "election-observers-raise-concerns",
    "hospital-staff-strike-over-pay",
]


def L_reuters(r, y):
    return f"https://www.reuters.com/world/{r.choice(['africa', 'asia-pacific', 'europe', 'americas', 'middle-east'])}/{r.choice(SLUGS)}-{y}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}/"


def L_aljazeera(r, y):
    return f"https://www.aljazeera.com/news/{y}/{r.randint(1, 12)}/{r.randint(1, 28)}/{r.choice(SLUGS)}"


def L_bbc(r, y):
    return f"https://www.bbc.co.uk/news/world-{r.choice(['africa', 'asia', 'europe', 'latin-america'])}-{digits(r, 8)}" + r.choice(
        ["", "?at_medium=RSS&at_campaign=KARANGA", ".amp"]
    )


def L_guardian(r, y):
    return (
        f"https://www.theguardian.com/world/{y}/{r.choice(['feb', 'mar', 'jun', 'nov'])}/{r.randint(1, 28):02d}/{r.choice(SLUGS)}"
        + r.choice(["?CMP=Share_iOSApp_Other", "?CMP=share_btn_url", ""])
    )


def L_nyt(r, y):
    return f"https://www.nytimes.com/{y}/{r.randint(1, 12):02d}/{r.randint(1, 28):02d}/world/{r.choice(SLUGS)}.html?unlocked_article_code={rid(r, 10)}&smid=url-share"


def L_wiki(r, y):
    return r.choice(
        [
            "https://en.wikipedia.org/wiki/Separation_of_powers",
            "https://en.wikipedia.org/wiki/State_of_emergency",
            "https://en.wikipedia.org/wiki/Humanitarian_corridor",
            "https://en.wikipedia.org/wiki/Freedom_of_the_press",
            "https://en.m.wikipedia.org/wiki/Hyperinflation",
            "https://en.wikipedia.org/wiki/Internally_displaced_person",
            "https://en.wikipedia.org/wiki/Electoral_fraud#Methods",
            "https://en.wikipedia.org/wiki/Internet_censorship",
        ]
    )


def L_youtube(r, y):
    return r.choice(
        [
            f"https://www.youtube.com/watch?v={rid(r, 11, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-')}",
            f"https://youtu.be/{rid(r, 11, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}?si={rid(r, 16)}",
            f"https://www.youtube.com/watch?v={rid(r, 11, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}&t={r.randint(30, 900)}s",
        ]
    )


def L_gov(r, y):
    return r.choice(
        [
            f"https://www.gov.uk/government/news/{r.choice(SLUGS)}",
            f"https://www.state.gov/{r.choice(['statement-on-the-situation', 'travel-advisory-update', 'joint-statement-on-detentions'])}/",
            f"https://www.consilium.europa.eu/en/press/press-releases/{y}/{r.randint(1, 12):02d}/{r.randint(1, 28):02d}/{r.choice(SLUGS)}/",
            f"https://www.canada.ca/en/global-affairs/news/{y}/{r.randint(1, 12):02d}/{r.choice(SLUGS)}.html",
        ]
    )


def L_un(r, y):
    return r.choice(
        [
            f"https://news.un.org/en/story/{y}/{r.randint(1, 12):02d}/{digits(r, 7)}",
            f"https://reliefweb.int/report/{r.choice(['world', 'sudan', 'haiti', 'myanmar'])}/{r.choice(SLUGS)}",
            f"https://www.unhcr.org/news/briefing-notes/{r.choice(SLUGS)}",
            f"https://www.ohchr.org/en/press-releases/{y}/{r.randint(1, 12):02d}/{r.choice(SLUGS)}",
        ]
    )


def L_doi(r, y):
    return r.choice(
        [
            f"https://doi.org/10.{r.choice(['1017', '1080', '1093', '1177'])}/{rid(r, 4)}.{y}.{digits(r, 6)}",
            f"https://www.nature.com/articles/s41{digits(r, 3)}-0{r.randint(19, 23)}-{digits(r, 5)}-{r.randint(0, 9)}",
            f"https://papers.ssrn.com/sol3/papers.cfm?abstract_id={digits(r, 7)}",
            f"https://theconversation.com/{r.choice(SLUGS)}-{digits(r, 6)}",
        ]
    )


def L_archive(r, y):
    return r.choice(
        [
            f"https://web.archive.org/web/{y}{r.randint(1, 12):02d}{r.randint(1, 28):02d}{digits(r, 6)}/https://www.{r.choice(['interior', 'mfa', 'presidency'])}.gov.example/statement",
            f"https://archive.ph/{rid(r, 5, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}",
            f"https://ghostarchive.org/archive/{rid(r, 5)}",
        ]
    )


def L_local(r, y):
    return r.choice(
        [
            f"https://www.dawn.com/news/{digits(r, 7)}",
            f"https://mg.co.za/news/{y}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}-{r.choice(SLUGS)}/",
            f"https://scroll.in/article/{digits(r, 7)}/{r.choice(SLUGS)}",
            f"https://www.thecitizen.co.tz/tanzania/news/national/{r.choice(SLUGS)}-{digits(r, 7)}?utm_source=whatsapp",
            f"https://kathmandupost.com/national/{y}/{r.randint(1, 12):02d}/{r.randint(1, 28):02d}/{r.choice(SLUGS)}",
            f"https://www.rnz.co.nz/news/pacific/{digits(r, 6)}/{r.choice(SLUGS)}",
        ]
    )


def L_social(r, y):
    return r.choice(
        [
            f"https://x.com/{r.choice(['ground_report', 'amal_reports', 'citydesk_live', 'kofi_on_the_ground'])}/status/{digits(r, 19)}",
            f"https://bsky.app/profile/{r.choice(['nadiafieldnotes', 'riverdesk', 'pkwrites'])}.bsky.social/post/3k{rid(r, 11)}",
            f"https://www.instagram.com/p/C{rid(r, 10, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}/",
            f"https://www.facebook.com/{r.choice(['citynewsdesk', 'radio.komunitas', 'ourtownwatch'])}/posts/pfbid0{rid(r, 20)}",
            f"https://t.me/s/{r.choice(['frontline_notes', 'localwire24'])}/{r.randint(1000, 9999)}",
        ]
    )


def L_blog(r, y):
    return r.choice(
        [
            f"https://{r.choice(['fieldnotes', 'marginalia', 'slowwire', 'notesfromthecoast'])}.substack.com/p/{r.choice(SLUGS)}",
            f"https://{r.choice(['anotherangle', 'tinyatlas', 'borderlines'])}.wordpress.com/{y}/{r.randint(1, 12):02d}/{r.choice(SLUGS)}/",
            f"https://medium.com/@{r.choice(['k.osei', 'lmarquez', 'ravi.nair'])}/{r.choice(SLUGS)}-{rid(r, 12)}",
        ]
    )


def L_maps(r, y):
    return r.choice(
        [
            f"https://maps.app.goo.gl/{rid(r, 17, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}",
            f"https://www.google.com/maps/@{r.uniform(-30, 50):.4f},{r.uniform(-80, 120):.4f},{r.randint(6, 14)}z",
            f"https://www.openstreetmap.org/#map={r.randint(6, 13)}/{r.uniform(-30, 50):.4f}/{r.uniform(-80, 120):.4f}",
        ]
    )


def L_fraud(r, y):
    return r.choice(
        [
            "https://www.actionfraud.police.uk/reporting-fraud-and-cyber-crime",
            "https://reportfraud.ftc.gov/",
            "https://www.scamwatch.gov.au/report-a-scam",
            "https://www.ic3.gov/",
            "https://www.antifraudcentre-centreantifraude.ca/report-signalez-eng.htm",
        ]
    )


def L_who(r, y):
    return f"https://www.who.int/news-room/{r.choice(['fact-sheets/detail', 'questions-and-answers/item'])}/{r.choice(['diabetes', 'substandard-and-falsified-medical-products', 'cholera', 'mental-health-strengthening-our-response'])}"


def L_reddit(r, y):
    return f"https://www.reddit.com/r/{r.choice(['worldnews', 'geopolitics', 'AskHistorians', 'anime_titties'])}/comments/{rid(r, 6)}/{r.choice(SLUGS).replace('-', '_')}/"


def L_radiocan(r, y):
    return f"https://ici.radio-canada.ca/nouvelle/{digits(r, 7)}/{r.choice(['crise-pourparlers', 'manifestations-arrestations', 'aide-humanitaire-bloquee'])}"


def L_tagesschau(r, y):
    return f"https://www.tagesschau.de/ausland/{r.choice(['afrika', 'asien', 'europa', 'amerika'])}/{r.choice(['proteste-festnahmen', 'hilfslieferungen-blockiert', 'wahl-beobachter'])}-{r.randint(100, 199)}.html"


def L_elpais(r, y):
    return f"https://elpais.com/internacional/{y}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}/{r.choice(['las-protestas-continuan', 'la-ayuda-no-llega', 'el-gobierno-decreta-el-estado-de-emergencia'])}.html"


def L_wikipl(r, y):
    return r.choice(["https://pl.wikipedia.org/wiki/Stan_wyj%C4%85tkowy", "https://pl.wikipedia.org/wiki/Cenzura"])


LINKS = {k[2:]: v for k, v in globals().items() if k.startswith("L_")}
LINK_RE = re.compile(r"\[\[(\w+)\]\]")

# --------------------------------------------------------------------------- readers

FIRST = [
    "Marek",
    "Aisha",
    "Tom",
    "Priya",
    "Kwame",
    "Lucía",
    "Hamid",
    "Ingrid",
    "Chen",
    "Fatou",
    "Diego",
    "Olena",
    "Rahul",
    "Siobhan",
    "Yusuf",
    "Mei",
    "Dmitri",
    "Ngozi",
    "Paulo",
    "Hana",
    "Ben",
    "Anjali",
    "Tariq",
    "Elif",
    "Samuel",
    "Rosa",
    "Kenji",
    "Lindiwe",
    "Oscar",
    "Farah",
    "Mateus",
    "Claire",
    "Joseph",
    "Leila",
    "Arjun",
    "Grace",
    "Viktor",
    "Amara",
    "Nikolai",
    "Teresa",
    "Omar",
    "Jess",
    "Bilal",
    "Zanele",
    "Andrés",
    "Ruth",
]
LAST = [
    "Nowak",
    "Rahman",
    "Okafor",
    "Lindqvist",
    "Fernández",
    "Haddad",
    "Mensah",
    "Kowalczyk",
    "Tanaka",
    "Diallo",
    "Sharma",
    "O'Brien",
    "Petrenko",
    "Santos",
    "Walker",
    "Nguyen",
    "Abubakar",
    "Moreau",
    "Castillo",
    "Yilmaz",
    "Hughes",
    "Banerjee",
    "Mwangi",
    "Schulz",
    "Ferreira",
    "Kaplan",
    "Mbeki",
    "Novak",
    "Ali",
    "Reyes",
]
HANDLES = [
    "nightowl_reader",
    "j.k.m",
    "kettle_on",
    "dusty_atlas",
    "cartographer77",
    "mangotree",
    "ex_stringer",
    "quietlurker",
    "bikelane_bob",
    "sambal_queen",
    "northernlights_",
    "old_radio_guy",
    "tea.and.maps",
    "rainy_tuesday",
    "the_other_nadia",
    "grumpygeographer",
    "zb_1984",
    "longtimelistener",
]
PLACES = [
    "Leeds",
    "Lagos",
    "Kraków",
    "Manila",
    "Toronto",
    "Cebu",
    "Dhaka",
    "Porto",
    "Nairobi",
    "Melbourne",
    "Cork",
    "Accra",
    "Bogotá",
    "Chennai",
    "Tbilisi",
    "Durban",
    "Halifax",
    "Auckland",
]
NICKS = ["Grandpa Joe", "Auntie B", "Big Mike", "Lulu", "Doc", "Skipper", "Mama Tee", "Professor K", "Captain Obvious"]
BUSINESS = [
    ("Kofi's Barbershop", "kofisbarbershop.com"),
    ("Riverside Bakery", "riversidebakery.co.uk"),
    ("Mendes & Filhos Hardware", "mendesfilhos.pt"),
    ("Blue Door Books", "bluedoorbooks.ca"),
    ("Green Valley Co-op", "greenvalleycoop.org"),
    ("Café Amani", "cafeamani.co.ke"),
    ("Sunrise Driving School", "sunrisedriving.in"),
    ("Harbour Lane Pharmacy", "harbourlanepharmacy.ie"),
]
PROVIDERS = ["gmail.com"] * 6 + [
    "outlook.com",
    "yahoo.com",
    "hotmail.co.uk",
    "proton.me",
    "icloud.com",
    "gmx.de",
    "web.de",
    "orange.fr",
    "libero.it",
    "yahoo.co.in",
    "fastmail.com",
    "btinternet.com",
    "seznam.cz",
    "wp.pl",
    "naver.com",
    "hey.com",
    "posteo.de",
    "zoho.com",
    "rediffmail.com",
    "bigpond.com",
    "mail.com",
]


def ascii_slug(s, sep="."):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", sep, s).strip(sep)


def reader_site(r, slug):
    return r.choice(
        [
            f"https://{slug.replace('.', '')}.substack.com",
            f"https://{slug.replace('.', '')}.wordpress.com/",
            f"https://mastodon.social/@{slug.replace('.', '_')}",
            f"https://github.com/{slug.replace('.', '-')}",
            f"https://www.linkedin.com/in/{slug.replace('.', '-')}-{rid(r, 5)}/",
            f"https://{slug.replace('.', '')}.net",
            f"https://bsky.app/profile/{slug.replace('.', '')}.bsky.social",
            f"https://{slug.replace('.', '')}.blog",
            f"https://www.flickr.com/photos/{slug.replace('.', '')}/",
            f"https://hachyderm.io/@{slug.replace('.', '')}",
        ]
    )


def reader(r, web=False):
    """A reader's name, mailbox and (when `web`) website, in many styles."""
    f, last = r.choice(FIRST), r.choice(LAST)
    style = r.choices(["full", "first", "handle", "initial", "place", "nick", "business", "lower"], [32, 20, 15, 8, 9, 6, 5, 5])[0]
    if style == "business":
        name, dom = r.choice(BUSINESS)
        return name, f"{r.choice(['info', 'hello', 'shop', 'owner'])}@{dom}", (f"https://www.{dom}" if web or r.random() < 0.4 else "")
    name = {
        "full": f"{f} {last}",
        "first": f,
        "handle": r.choice(HANDLES),
        "initial": f"{f} {last[0]}.",
        "place": f"{f} from {r.choice(PLACES)}",
        "nick": r.choice(NICKS),
        "lower": f"{f} {last}".lower(),
    }[style]
    slug = ascii_slug(name if style in ("handle", "nick") else f"{f} {last}")
    local = r.choice([slug, slug.replace(".", ""), slug + digits(r, 2), slug.split(".")[0] + digits(r, 4), slug[0] + slug.split(".")[-1]])
    return name, f"{local}@{r.choice(PROVIDERS)}", (reader_site(r, slug) if web else "")


LANG_NAMES = {
    "pl": [("Katarzyna W.", "kasia.w", "wp.pl"), ("Piotr Zieliński", "pzielinski", "onet.pl"), ("Ola", "ola.k88", "gmail.com")],
    "ro": [("Andrei Popescu", "andrei.popescu", "yahoo.ro"), ("Ioana M.", "ioana.m", "gmail.com"), ("Radu", "radu_cj", "gmail.com")],
    "el": [("Γιώργος Π.", "gpapadop", "gmail.com"), ("Ελένη", "eleni.k", "yahoo.gr"), ("Nikos Athens", "nikos.ath", "hotmail.com")],
    "he": [("נועה", "noa.l", "gmail.com"), ("Avi Cohen", "avicohen", "walla.co.il"), ("Yael B.", "yael.b", "gmail.com")],
    "id": [("Budi Santoso", "budi.santoso", "gmail.com"), ("Rina", "rina_sby", "yahoo.co.id"), ("Dewi Lestari", "dewi.l", "gmail.com")],
    "ms": [("Ahmad Faiz", "ahmadfaiz", "gmail.com"), ("Nurul Huda", "nurulhuda", "yahoo.com.my"), ("Siti", "siti.kl", "gmail.com")],
    "sw": [("Wanjiru K.", "wanjiru.k", "gmail.com"), ("Juma", "juma.mombasa", "yahoo.com"), ("Baraka Otieno", "botieno", "gmail.com")],
    "am": [("ሰላም", "selam.t", "gmail.com"), ("Dawit Bekele", "dawit.bekele", "gmail.com"), ("Hanna", "hanna.addis", "yahoo.com")],
    "th": [("สมชาย", "somchai.k", "hotmail.com"), ("Nok", "nok.bkk", "gmail.com"), ("Pim W.", "pimw", "gmail.com")],
    "vi": [("Nguyễn Văn An", "nguyenvanan", "gmail.com"), ("Linh", "linh.tran", "gmail.com"), ("Minh Hoàng", "minhhoang", "yahoo.com.vn")],
    "ko": [("김지훈", "jihoon.kim", "naver.com"), ("Minji", "minji_p", "daum.net"), ("이수진", "sujin.lee", "gmail.com")],
    "hi": [("राकेश", "rakesh.v", "gmail.com"), ("Neha Gupta", "neha.gupta", "rediffmail.com"), ("Amit", "amit.lko", "gmail.com")],
    "bn": [("রফিক", "rafiq.h", "gmail.com"), ("Tania Akter", "tania.akter", "yahoo.com"), ("Sumon", "sumon.ctg", "gmail.com")],
    "yo": [("Tunde", "tunde.ade", "gmail.com"), ("Folake Adeyemi", "folake.adeyemi", "yahoo.com"), ("Bayo Ibadan", "bayo.ib", "gmail.com")],
    "tl": [("Jun Dela Cruz", "jun.delacruz", "gmail.com"), ("Marites", "marites.ph", "yahoo.com"), ("Joy R.", "joyr", "gmail.com")],
    "it": [("Giulia Romano", "giulia.romano", "libero.it"), ("Marco", "marco.to", "gmail.com"), ("Franco B.", "francob", "alice.it")],
    "nl": [("Sanne de Vries", "sannedevries", "ziggo.nl"), ("Joost", "joost.utr", "gmail.com"), ("Henk", "henk1956", "kpnmail.nl")],
    "pt": [("João Ferreira", "joao.ferreira", "sapo.pt"), ("Inês", "ines.lx", "gmail.com"), ("Rui M.", "ruim", "gmail.com")],
    "es": [("Martín", "martin.ros", "gmail.com"), ("Sofía Benítez", "sofiabenitez", "hotmail.com"), ("Facu", "facu_ba", "gmail.com")],
    "fr": [("Mathieu Tremblay", "mtremblay", "videotron.ca"), ("Geneviève", "gen.lavoie", "gmail.com"), ("Luc B.", "lucb", "hotmail.com")],
    "de": [("Urs Meier", "urs.meier", "bluewin.ch"), ("Katrin", "katrin.s", "gmx.de"), ("Jonas W.", "jonasw", "web.de")],
    "ar": [("محمد", "mohamed.cairo", "gmail.com"), ("Amr Salah", "amrsalah", "yahoo.com"), ("Nour", "nour.eg", "gmail.com")],
    "uk": [("Оксана", "oksana.l", "ukr.net"), ("Taras H.", "taras.h", "gmail.com"), ("Андрій", "andriy.k", "gmail.com")],
}

# --------------------------------------------------------------------------- ham templates
# (id, language, body). Bodies are spun; [[kind]] is a link of that kind; %paras%/%mins% come from
# the article's length. Templates with links get 3 records; the rest share what is left.

HAM = [
    (
        "thanks-covering",
        "en",
        "{Thanks|Thank you|Cheers} for {covering this|writing this up|staying on this story}. {Hardly anyone else is.|Nobody else bothered.|Bookmarked.|Sharing it.}",
    ),
    ("one-word", "en", "{Devastating.|Finally.|Unreal.|Yikes.|Brutal.|Wow.|Grim.|Called it.|Heartbreaking.}"),
    ("emoji-only", "en", "{🙏|💔|👏👏👏|😡😡|🤦‍♂️|🕯️🕯️|😔|🫡}"),
    (
        "agree-ground",
        "en",
        "This is exactly what people on the ground have been saying for {months|years}. {Officials only move when the cameras show up.|Nothing changes until the foreign press picks it up.|Glad it's finally in writing.}",
    ),
    (
        "dissent-framing",
        "en",
        "With respect, the piece {leans heavily on one side|only quotes government sources|never asks the opposition for comment}. {I'd like to hear the other side before making up my mind.|That isn't neutral reporting.|Do better.}",
    ),
    (
        "caps-anger",
        "en",
        "HOW IS THIS STILL HAPPENING {IN 2026|IN THIS DAY AND AGE|AFTER ALL THE PROMISES}. {SOMEBODY HAS TO ANSWER FOR THIS.|UNBELIEVABLE.|DISGRACEFUL!!}",
    ),
    (
        "sarcasm-commission",
        "en",
        "Oh good, {another|yet another} {commission|inquiry|'high-level dialogue'}. That'll {fix it|sort everything out}. {/s|🙄|Can't wait for the report in 2035.}",
    ),
    (
        "joke-minister-car",
        "en",
        "The only thing moving faster than {the rumours|the prices|the exchange rate} here is {the minister's motorcade heading for the airport|my blood pressure reading this}.",
    ),
    (
        "ask-update",
        "en",
        "Any update on this? {Last I heard|The last I read} {talks had stalled|the court had adjourned|the bridge was still closed}. {Would appreciate a follow-up.|Please do a follow-up piece.|}",
    ),
    (
        "ask-source-figure",
        "en",
        "Where does the figure in the {second|third|last} paragraph come from? {Not doubting it, I just want to cite it.|I'd like to read the original report.|Genuine question.}",
    ),
    (
        "paras-short",
        "en",
        "Only %paras% on something this big? {This deserves a proper long read.|I wanted so much more.|Hope there's a longer piece coming.}",
    ),
    (
        "mins-read",
        "en",
        "Says %mins% min read, took me {twenty minutes|half an hour|ages} because I kept looking things up. {Good piece.|Worth it.|Not complaining.}",
    ),
    (
        "paras-no-locals",
        "en",
        "%paras% and {still no|not a single} quote from anyone who actually lives there. {Come on.|That's the problem with this coverage.|Typical.}",
    ),
    (
        "corr-date",
        "en",
        "Small correction: the {agreement|ceasefire|vote} was {signed|announced|held} on the {14th|16th|21st}, not the {13th|15th|20th}. {Otherwise spot on.|Otherwise a good summary.|}",
    ),
    (
        "corr-factor",
        "en",
        "The {population|budget|aid} figure looks off by a factor of ten: {1.2 million, not 12 million|4.3 billion, not 430 million|about 80,000, not 800,000}, going by the {national statistics office|finance ministry's own release|last census}.",
    ),
    (
        "local-queues",
        "en",
        "I live about {forty|twenty|ninety} minutes from there. {The queues at petrol stations started on Tuesday.|Shops were shut by 4pm yesterday.|The buses stopped running on Sunday.} {People are scared but calm.|Nobody on TV says it but everyone knows.|We're managing.}",
    ),
    (
        "at-disagree",
        "en",
        "@{Marek|jules_w|Tanvir|dusty_atlas} {you're|you are} mixing up two different {laws|events|elections}. {The first one was repealed years ago.|The second was in a different province entirely.|Easy mistake but it matters here.}",
    ),
    ("at-agree", "en", "@{Sunita|Bongani|Oliver K|kettle_on} {exactly this|100%|well put|this 👆}"),
    (
        "lower-typo",
        "en",
        "{cant|can't} beleive {noone|no one} {talks|is talking} about this {outside the region|here|on tv}. thanks for {posting|writing it}",
    ),
    (
        "job-nurse",
        "en",
        "As a {nurse|paramedic} who spent {two|three} years in a {field hospital|district clinic}: {the shortages described here are real|this is not exaggerated at all}. {Gloves, saline, even paracetamol.|We reused things we never should have.|Some nights we had no power for the fridges.}",
    ),
    (
        "job-teacher",
        "en",
        "I teach {history|geography|civics} to 15-year-olds and I'm {going to use|using} this in class next week. {They never believe me when I say this happened so recently.|Good for a lesson on sources.}",
    ),
    (
        "job-translator",
        "en",
        "Translator here. The word the {minister|spokesman|general} used is closer to '{postponed|suspended}' than '{cancelled|abandoned}'. {It makes a difference.|Small thing, but it matters.}",
    ),
    (
        "job-freight",
        "en",
        "I work in {freight|container shipping|marine insurance}. {Rates on that route have tripled|Insurers stopped covering that route} {since the start of the month|in the last fortnight}. {Expect it in shop prices soon.|Expect delays on everything.}",
    ),
    (
        "psa-recovery",
        "en",
        "PSA: {anyone|whoever} replies to this thread offering to 'recover' lost crypto is a scammer. {My uncle paid them twice|I lost $2,000 to one of them|They target people who already lost money}. {Report, don't reply.|Don't DM them.|Ignore them.}",
    ),
    (
        "betting-ads",
        "en",
        "Every {football stream|match highlight|cricket broadcast} in my country is {plastered|covered} with betting ads now. {Young lads in my village are borrowing to bet.|Then the government acts surprised about household debt.|It's everywhere.}",
    ),
    (
        "loan-apps",
        "en",
        "The loan apps here {text your whole contact list|call your mother|post your photo in groups} when you're a day late. {Glad someone is finally reporting this kind of thing.|My cousin was shamed in a family WhatsApp group.|Regulators do nothing.}",
    ),
    (
        "medicine-shortage",
        "en",
        "{Insulin|Blood pressure medicine|Epilepsy medication} has been {out of stock|missing} in our pharmacies for {weeks|a month}. {People are buying it in Facebook groups with no idea what's in the box.|Some are rationing doses.|We drive two hours to find it.}",
    ),
    (
        "whatsapp-forwards",
        "en",
        "{Half|Most} of what my relatives believe about this came from {WhatsApp forwards|a Telegram channel} {with no source|with a voice note from 'a doctor'}. {Sharing this article in the family group now.|Wish me luck.}",
    ),
    (
        "donate-legit",
        "en",
        "Is there a {legitimate|verified} way to donate? {I've seen three different 'relief funds' on Instagram and I don't trust any of them.|The Facebook pages look dodgy.|Which charities are actually there?}",
    ),
    (
        "helpline",
        "en",
        "If this story {hit close to home|brought back bad memories} for anyone: {please talk to someone|you don't have to carry it alone}. In the UK Samaritans are on 116 123, {free, any time|day or night}.",
    ),
    (
        "crypto-elite",
        "en",
        "Funny how the {government|central bank} bans crypto {one week|one month} and then the {ministers' kids|elite} are all over {Binance|USDT}. {Rules for thee.|Classic.|Every time.}",
    ),
    (
        "long-sanctions",
        "en",
        "I've gone back and forth on this for years, so bear with me.\n\n{Sanctions|Blanket sanctions} sound tough on paper, but the people who feel them first are {pensioners|shopkeepers|patients}, not the people at the top. The elite have {foreign accounts|second passports} and the rest queue for bread.\n\nThat said, doing nothing isn't neutral either. {Targeted measures|Asset freezes on named individuals} at least put the cost where it belongs. I'd like to see reporting on who is actually on those lists and whether anything has been seized.",
    ),
    (
        "long-aid",
        "en",
        "Three points, because the comments are getting heated.\n\n1. Aid {arriving|announced} is not aid delivered. Convoys sit at crossings for {days|weeks}.\n2. Local prices {double|spike} when rumours of shortages spread, so even families with money can't buy.\n3. {Local groups|Neighbourhood committees} know who needs what better than any agency.\n\nIf you want to help, give to organisations that work through local partners, and ask them how.",
    ),
    (
        "long-coverage",
        "en",
        "Foreign coverage of {places like this|this region} follows the same cycle: nothing for years, a burst of attention when something terrible happens, then silence again.\n\nMeanwhile the {journalists|reporters} who live there keep working with no money and real risk. {Credit to this site for using local voices.|This piece is better than most.}\n\nI'd rather read three short pieces a month than one long one a year.",
    ),
    (
        "grief-grandfather",
        "en",
        "My {grandfather|father|grandmother} was from there. {He would have been heartbroken reading this.|She always said this would happen one day.} {Rest in peace to everyone lost.|Thinking of everyone there.}",
    ),
    (
        "whatabout",
        "en",
        "And where was this outrage when {it happened next door|the same thing happened in our country} {two years ago|last year}? {Selective.|Double standards.|Convenient.}",
    ),
    (
        "defend-gov",
        "en",
        "The government {isn't perfect|has made mistakes}, but the article ignores {the new hospital|the roads|the school programme} built {this year|last year}. {Give credit where it's due.|Balance, please.}",
    ),
    (
        "job-pilot",
        "en",
        "Retired {airline|cargo} pilot. {I flew into that airport dozens of times|That airstrip was always tricky}; {the runway lights were never reliable.|nobody I know is surprised it closed.}",
    ),
    (
        "job-farmer",
        "en",
        "Farmer here. {Fertiliser|Diesel|Seed} {doubled|went up 80%} {since autumn|this season}. {Nobody in the capital cares until bread goes up.|We'll plant less next year.}",
    ),
    (
        "student-vigil",
        "en",
        "Students at my uni are {organising a vigil|collecting signatures|holding a teach-in} {on Friday|this weekend}. {Anyone in the city is welcome.|Message the student union if you want to join.}",
    ),
    (
        "praise-reporter",
        "en",
        "Great work by the reporter, {you can tell they actually went there|the detail is impressive|proper journalism}. {Subscribed.|More like this please.|}",
    ),
    (
        "confused-party",
        "en",
        "{Sorry|Apologies}, I'm confused: is this the same {group|party|coalition} that {won|lost} the last election? {A bit of background would help.|A short explainer box would be great.}",
    ),
    (
        "want-map",
        "en",
        "Would be {really helpful|nice} to have a map with this. {I had to look up where it is.|No idea where the province is.}",
    ),
    (
        "headline-oversells",
        "en",
        "The headline {oversells|undersells} it. {Read the whole thing, it's more nuanced.|The body says something quite different.}",
    ),
    (
        "comment-removed",
        "en",
        "Why was my comment {removed|deleted}? {It had no swearing.|I only linked a government site.} {Fine, I'll say it again without the link.|Strange moderation.}",
    ),
    (
        "mods-spam",
        "en",
        "{Mods|Admins}, there's a {pile|load} of {crypto|betting|loan} spam {further down|below} this thread. {Please clean it up.|Can you delete it?|Same accounts every day.}",
    ),
    (
        "old-story",
        "en",
        "Why is this {on the front page|in my feed} {again|now}? {It's an old story.|Took me a minute to realise it's not new.}",
    ),
    (
        "vpn-reading",
        "en",
        "Social media's been {blocked|throttled} here since {Sunday|the weekend}; reading this {through a VPN|via a mirror}. {Keep publishing.|Thank you.}",
    ),
    (
        "phone-mum",
        "en",
        "Just {got off the phone|spoke} with my {mum|sister|brother} back home. {She says the power has been off for two days.|They're fine but the neighbours left.|He says it's quieter than the news makes it sound.}",
    ),
    (
        "parcel-sms",
        "en",
        "{Unrelated but|Off topic:} everyone in my {building|office} got the same {'your parcel is held, pay the customs fee'|'your bank account is suspended'} SMS this week. {Don't click.|It's a scam, obviously.}",
    ),
    ("source-q", "en", "{Source?|Is this confirmed?|Who said this?|Confirmed by anyone else?}"),
    ("joke-cat", "en", "My {cat|dog|toddler} has better {crisis management|planning skills} than this {cabinet|council|ministry}."),
    ("mins-best", "en", "Best %mins% {minutes|min} I've spent {on news|online} this week."),
    (
        "job-economist",
        "en",
        "Economist here. {The inflation figure in the piece is annual, not monthly|The GDP comparison mixes nominal and PPP figures}, {worth clarifying|which changes the picture a lot}.",
    ),
    (
        "job-lawyer",
        "en",
        "Lawyer (not legal advice!): {the decree probably won't survive a court challenge|the detention period described is longer than the constitution allows}. {We'll see.|Whether the courts are independent is another question.}",
    ),
    (
        "cafe-owner",
        "en",
        "We {run|have} a small {café|bakery|print shop} {near the border|in the old town}. {Half our customers left this month.|Flour went up three times this year.} {Still open, still hoping.|We'll keep going.}",
    ),
    ("musician", "en", "Writing a song about this. {It's all I can do from here.|Music is what I have.} {🎸|}"),
    (
        "typo-report",
        "en",
        "Typo in the {first|last} paragraph: '{goverment|parliment|recieved}'. {Sorry, can't unsee it.|Otherwise great.}",
    ),
    ("fatigue", "en", "{Honestly|Tbh} I can't read news about this anymore. {Too much.|Taking a break.} {But thanks for doing it.|}"),
    (
        "lottery-sponsor",
        "en",
        "The {lottery|sports betting} {company|operator} that sponsors our national team {also|apparently} owns {a TV channel|a newspaper}. {Nobody sees a conflict of interest.|Funny that.}",
    ),
    (
        "hope",
        "en",
        "{Sending strength|Solidarity} from {Glasgow|Montevideo|Pune|Hobart}. {Don't give up.|The world is watching, even if it's slow.}",
    ),
    (
        "dev-outage",
        "en",
        "i'm a {sysadmin|network engineer} and {the outage pattern|the way the cuts roll region by region} {looks deliberate|looks like a shutdown, not a fault}. {happy to be proven wrong|seen this before}",
    ),
    (
        "wrong-number-scam",
        "en",
        "{Related|Sort of related}: the 'wrong number' texts that turn into {investment tips|'my uncle trades gold'} are {run from compounds|run by trafficked workers} in the region. {Horrible on both ends.|Victims on both sides of the phone.}",
    ),
    (
        "rates-remittance",
        "en",
        "Sending money home costs {9%|12%} in fees through the banks, so {everyone|most people} {uses USDT now|uses a guy at the market}. {Policy makers should read this.|That's the real story.}",
    ),
    ("q-how-help", "en", "{How can people abroad help?|What can we do from abroad?} {Writing to MPs feels useless.|Genuinely asking.}"),
    ("short-agree", "en", "{Agreed.|This.|Well said.|Yep.} {Nothing to add.|}"),
    (
        "dissent-numbers",
        "en",
        "I don't buy the numbers. {Casualty figures in the first days are always guesses.|Both sides inflate them.} {Wait a week.|Let's see the final count.}",
    ),
    (
        "first-visit",
        "en",
        "First time {on this site|here}. {Found it through a friend's post.|Didn't expect this much depth.} {Will be back.|}",
    ),
    (
        "job-volunteer",
        "en",
        "I volunteer with {a refugee legal clinic|a food bank|a language café}. {The families we see describe exactly this.|Numbers went up fourfold since spring.}",
    ),
    ("emoji-text", "en", "{this is so sad 😢|wow 😳 didn't know any of this|🙏 for everyone there|ugh 😤 again?}"),
    (
        "taxi-driver",
        "en",
        "i drive a taxi at night {in the capital|near the port} and {nobody|no passenger} talks about anything else. {everyone is waiting|people are tired}",
    ),
    (
        "press-freedom",
        "en",
        "{Remember|Worth remembering} that reporters {there|in that country} {can be jailed|have been jailed} for writing {exactly this|less than this}. {Respect.|Stay safe.}",
    ),
    (
        "why-care",
        "en",
        "{Serious question|Not trolling}: why should {people here|readers in Europe} care about this? {I'd genuinely like the case made.|Convince me.}",
    ),
    (
        "reply-why-care",
        "en",
        "@{why_care|Dan} because {supply chains|refugee flows|elections} {don't stop at borders|affect all of us}. {Read the last paragraph again.|It's not that far away.}",
    ),
    ("mins-long-worth", "en", "%mins% minutes well spent. {Sending it to my dad.|Wish the TV news was this clear.}"),
    # English, one link each
    ("link-reuters", "en", "Reuters had {more detail|the numbers|a fuller account} on this: [[reuters]]"),
    ("link-wiki", "en", "{Background|Some context} for anyone new to this: [[wiki]]"),
    (
        "link-youtube",
        "en",
        "There's {footage|a video} from {the march|the scene} here [[youtube]] ({warning|careful}: {distressing|graphic})",
    ),
    ("link-gov", "en", "The official statement is {here|up}: [[gov]] {Note what it doesn't say.|Read it yourself.}"),
    ("link-un", "en", "UN {figures|numbers} {differ|are much higher}: [[un]]"),
    ("link-doi", "en", "There's a {good|solid} {paper|study} on this {pattern|kind of thing}: [[doi]]"),
    ("link-archive", "en", "{The original|Their original} statement was deleted, {archived here|archive}: [[archive]]"),
    ("link-local", "en", "Local coverage {is better|goes deeper}: [[local]]"),
    ("link-social", "en", "{An eyewitness|Someone on the ground} posted this {an hour ago|this morning}: [[social]]"),
    ("link-ownblog", "en", "I wrote {a longer piece|a thread} on this {last year|a while back}, if anyone's interested: [[blog]]"),
    ("link-maps", "en", "For {anyone|those} wondering where this is: [[maps]]"),
    (
        "link-fraud",
        "en",
        "If you {got one of those messages|were scammed}, report it here: [[fraud]] {Screenshots help.|Even small amounts.}",
    ),
    ("link-guardian", "en", "The Guardian {ran|had} a piece with {more|other} voices: [[guardian]]"),
    ("link-nyt", "en", "Gift link, no paywall: [[nyt]]"),
    ("link-who", "en", "On the fake medicines point, {the WHO page|WHO guidance} is {worth a read|clear}: [[who]]"),
    ("link-bbc", "en", "BBC {reported|said} {something different|a much lower figure}: [[bbc]] {Who's right?|Which is it?}"),
    ("link-reddit", "en", "{Long|Huge} thread {from locals|with people who are there} on this: [[reddit]]"),
    # English, two links each
    ("links-framing", "en", "[[reuters]] vs [[aljazeera]] {— same day, completely different framing.|— read both.}"),
    ("links-sources", "en", "Sources for the {casualty|displacement} figures: [[un]] and {background|context} [[wiki]]"),
    (
        "links-before-after",
        "en",
        "Before/after {satellite|street} view: [[maps]] {and the deleted post|and the archived statement} [[archive]]",
    ),
    # other languages
    ("pl-thanks", "pl", "Dziękuję za ten artykuł. {U nas w Polsce|W naszych mediach} {prawie nikt o tym nie pisze|cisza na ten temat}."),
    ("pl-short", "pl", "{Brak słów.|Straszne.|Smutne to wszystko.|No comment...}"),
    ("pl-link", "pl", "Dla kontekstu: [[wikipl]]"),
    (
        "ro-thanks",
        "ro",
        "Foarte bun articol. {Aș vrea să citesc mai mult despre asta.|Mulțumesc pentru informații.|La noi nu se vorbește deloc despre asta.}",
    ),
    ("el-thanks", "el", "Ευχαριστώ για το άρθρο. {Στην Ελλάδα|Εδώ} δεν το {έδειξαν|ανέφεραν} {καθόλου|πουθενά}."),
    ("he-thanks", "he", "תודה על הכתבה. {מעניין מאוד.|חשוב שידעו על זה.|עצוב מאוד.}"),
    (
        "id-prices",
        "id",
        "Di {Jakarta|Surabaya|Medan} harga {beras|minyak goreng} juga naik terus. {Kapan ini berakhir?|Semoga cepat membaik.}",
    ),
    ("ms-thanks", "ms", "Terima kasih atas {laporan|berita} ini. {Saya harap kerajaan ambil tindakan.|Sangat menyedihkan.}"),
    ("sw-prices", "sw", "Asante kwa habari hii. {Hapa Nairobi|Huku Mombasa|Hapa Kisumu} bei ya {unga|mafuta} imepanda sana."),
    ("am-short", "am", "እናመሰግናለን። {በጣም አሳዛኝ ነው።|ሰላም ይሁን።}"),
    ("th-thanks", "th", "ขอบคุณสำหรับข่าวนี้{ครับ|ค่ะ} {เศร้ามาก|ขอให้ทุกคนปลอดภัย}"),
    ("vi-thanks", "vi", "Cảm ơn bài viết. {Ở Việt Nam|Bên mình} {ít ai biết chuyện này|báo chí không đưa tin}."),
    ("ko-thanks", "ko", "좋은 기사 감사합니다. {한국 언론에서는 거의 다루지 않네요.|더 많은 사람들이 알았으면 좋겠어요.}"),
    ("hi-sad", "hi", "बहुत दुखद खबर। {सरकार को तुरंत कदम उठाना चाहिए।|सभी के लिए प्रार्थना।}"),
    ("bn-same", "bn", "ধন্যবাদ এই প্রতিবেদনের জন্য। {আমাদের দেশেও একই অবস্থা।|খুবই দুঃখজনক।}"),
    ("yo-prayer", "yo", "E se fun iroyin yii. {Olorun a ba wa se.|Ipo yii buru gan.}"),
    (
        "tl-same",
        "tl",
        "Salamat sa balita. {Dito sa amin|Sa probinsya namin} ganito rin {ang nangyayari|ang sitwasyon}, {walang pumapansin|walang tulong galing sa gobyerno}.",
    ),
    ("it-opposition", "it", "Articolo {chiaro|ben fatto}, ma {manca|mancherebbe} la voce dell'opposizione."),
    ("nl-nothing", "nl", "Goed stuk. {In Nederland|Bij ons} hoor je {hier|er} {bijna niets|helemaal niets} over."),
    ("pt-thanks", "pt", "Obrigado pelo artigo. {Cá em Portugal|Em Lisboa} quase não se fala disto."),
    ("es-bronca", "es", "Che, qué {bronca|tristeza} leer esto. {Acá en Rosario|En Buenos Aires} pasa algo parecido con los precios."),
    ("fr-link", "fr", "Radio-Canada avait un bon reportage là-dessus : [[radiocan]]"),
    ("de-link", "de", "Danke für den Artikel. Die Tagesschau hatte {gestern|heute} auch {einen Beitrag|etwas dazu}: [[tagesschau]]"),
    ("ar-eg", "ar", "والله حرام اللي بيحصل ده. {ربنا يستر.|ربنا معاهم.}"),
    ("uk-thanks", "uk", "Дякую за статтю. {Дуже важливо, що про це пишуть.|Світ має знати.}"),
    ("es-link", "es", "Más datos {aquí|acá}: [[elpais]]"),
]


def ham_records():
    linked = [t for t in HAM if "[[" in t[2]]
    plain = [t for t in HAM if "[[" not in t[2]]
    counts = {t[0]: 3 for t in linked}
    for t in plain:
        counts[t[0]] = 2
    left = 300 - sum(counts.values())
    while left:
        t = rng.choice(plain)
        if counts[t[0]] < 4:
            counts[t[0]] += 1
            left -= 1
    jobs = [t for t in HAM for _ in range(counts[t[0]])]
    rng.shuffle(jobs)
    return jobs


# --------------------------------------------------------------------------- spam helpers

HOMO = str.maketrans({"a": "а", "e": "е", "o": "о", "c": "с", "p": "р", "x": "х", "y": "у", "i": "і"})
FULL = {c: chr(ord(c) + 0xFEE0) for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"}


def text_only(fn):
    """Apply a disguise to words only, leaving links, domains, handles and numbers usable."""

    def wrapped(r, s):
        return " ".join(t if re.search(r"[./@+:]|\d", t) else fn(r, t) for t in s.split(" "))

    return wrapped


def homoglyph(r, s):
    return "".join(ch.translate(HOMO) if r.random() < 0.5 else ch for ch in s)


def zwsp(r, s):
    return "".join(ch + ("\u200b" if ch.isalpha() and r.random() < 0.35 else "") for ch in s)


def fullwidth(r, s):
    return "".join(FULL.get(ch, ch) for ch in s)


def mathbold(r, s):
    out = []
    for ch in s:
        if "A" <= ch <= "Z":
            out.append(chr(0x1D400 + ord(ch) - 65))
        elif "a" <= ch <= "z":
            out.append(chr(0x1D41A + ord(ch) - 97))
        else:
            out.append(ch)
    return "".join(out)


def leet(r, s):
    return s.translate(str.maketrans({"a": "4", "e": "3", "o": "0", "i": "1", "s": "5"}))


def spaced_caps(r, s):
    return re.sub(r"\*([^*]+)\*", lambda m: " ".join(m.group(1)), s)


SPAM_FIRST = [
    "Jessica",
    "Linda",
    "Robert",
    "Emily",
    "Kevin",
    "Sandra",
    "Michael",
    "Olivia",
    "Daniel",
    "Sophia",
    "Brenda",
    "Harold",
    "Nancy",
    "Gary",
    "Ashley",
]
SPAM_LAST = ["Carter", "Whitfield", "Morgan", "Hollis", "Brooks", "Sterling", "Lawson", "Prescott", "Vaughn", "Keller"]


def throwaway(r, v=None):
    return r.choice(
        [
            f"{rid(r, 8, 'abcdefghijklmnopqrstuvwxyz')}{digits(r, 3)}@gmail.com",
            f"{r.choice(SPAM_FIRST).lower()}{r.choice(SPAM_LAST).lower()}{digits(r, 4)}@gmail.com",
            f"{rid(r, 10)}@outlook.com",
            f"{r.choice(SPAM_FIRST).lower()}.{digits(r, 5)}@yahoo.com",
            f"{rid(r, 7, 'abcdefghijklmnopqrstuvwxyz')}@mail.ru",
            f"{rid(r, 9)}@hotmail.com",
            f"{r.choice(SPAM_FIRST).lower()}{digits(r, 2)}{rid(r, 3, 'abcdefghijklmnopqrstuvwxyz')}@proton.me",
        ]
    )


def persona(r, v=None):
    return f"{r.choice(SPAM_FIRST)} {r.choice(SPAM_LAST)}"


def ph_us(r):
    return f"+1 (555) 01{r.randint(0, 99):02d}"


def ph_uk(r):
    return f"+44 7700 900{digits(r, 3)}"


def short(r):
    return r.choice(
        [
            f"bit.ly/{rid(r, 7, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}",
            f"tinyurl.com/{rid(r, 8)}",
            f"cutt.ly/{rid(r, 7, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ')}",
            f"s.id/{rid(r, 5)}",
            f"shorturl.at/{rid(r, 5, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ')}",
            f"rebrand.ly/{rid(r, 6)}",
            f"goo.su/{rid(r, 6, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ')}",
        ]
    )


def tg(r, stem):
    return f"@{stem}{r.choice(['', '_official', '_vip', str(r.randint(1, 99))])}"


# --------------------------------------------------------------------------- spam templates
# SPAM: (id, family, vars, body, name, email, url, disguise). `vars` are spun per record and can be
# used as %var% in body, name, email and url; name/email/url may also be callables of (rng, vars).
# Built-ins: %phus%, %phuk%, %short%, %n%.

GENERIC_PRAISE = "{Great|Nice|Wonderful|Really nice|Very good} {article|post|write-up|read}{,|!|.} {very informative|thanks for sharing|keep it up|looking forward to more}{.|!|}"

SPAM = [
    # pharma
    (
        "rx-no-script",
        "pharma",
        {
            "dom": "{rxcareplus-online.shop|medsnow24.store|pharmaexpressusa.net}",
            "drug": "{Tramadol 100mg|Xanax 2mg|Oxycodone 30mg|Adderall XR}",
        },
        "Buy %drug% {online without prescription|no rx needed} – {overnight|discreet} shipping {worldwide|to USA, UK, AU}. {Order now|Best prices}: https://%dom%/{shop|product}/{buy|order}-%n%",
        "Buy %drug% Online",
        throwaway,
        "https://%dom%/",
        None,
    ),
    (
        "rx-glp1-whatsapp",
        "pharma",
        {"pen": "{Ozempic|Mounjaro|Wegovy|Saxenda}"},
        "%pen% pens {in stock|available now} {no prescription needed|without script}, {genuine|original} {pharmacy stock|box with serial}. {WhatsApp|Telegram} %phuk% {for price list|for prices}",
        lambda r, v: r.choice(["Dr. Alan Kellerman", "Nurse Emily", "Slim Pharmacy UK", "Wendy Meds"]),
        throwaway,
        "",
        None,
    ),
    (
        "rx-html",
        "pharma",
        {"dom": "{genericpillsdepot.com|bluepills-rx.net|cheapmedsclub.org}"},
        '<a href="https://%dom%/">cheap {viagra|cialis|kamagra}</a> {generic|online} <a href="https://%dom%/sildenafil-100mg">sildenafil 100mg</a> {best price|no rx}',
        "{cheap viagra|generic cialis|kamagra jelly}",
        "sales@%dom%",
        "https://%dom%/",
        None,
    ),
    (
        "rx-homoglyph",
        "pharma",
        {"dom": "{rxsavings-club.com|medsdiscount-hub.net}"},
        "Save {70%|80%} on {ED pills|weight loss meds|pain relief} at %dom% {— fast delivery|— no doctor visit}",
        "{RxSavings|Meds Discount}",
        throwaway,
        "https://%dom%",
        text_only(homoglyph),
    ),
    (
        "rx-es",
        "pharma",
        {"dom": "{farmaciasinreceta24.es|viagraespana.online}"},
        "Compra {Viagra|Cialis|Kamagra} sin receta, envío discreto a toda España en {24|48} horas. {Visita|Entra en} %dom%",
        "{Farmacia Online|Viagra España}",
        throwaway,
        "",
        None,
    ),
    # casino / betting
    (
        "slot-gacor",
        "casino",
        {"dom": "{gacormax88.site|slotjuara777.xyz|rajaspin99.online}"},
        "Situs slot gacor {hari ini|terpercaya} {maxwin|gampang menang}, daftar sekarang di https://%dom% {bonus new member 100%|deposit 10rb via DANA}",
        "{slot gacor|SLOT88|situs slot}",
        throwaway,
        "https://%dom%",
        None,
    ),
    (
        "free-spins-zw",
        "casino",
        {},
        "🎰 {200|300|500} FREE SPINS no deposit! {Claim now|Claim today} → %short% {🔥|💰}",
        "{Free Spins 2026|Casino Bonus}",
        throwaway,
        "",
        text_only(zwsp),
    ),
    (
        "aviator-predictor",
        "casino",
        {"h": "{aviator_king|crash_signals|avi_predict}"},
        "Aviator {predictor|signals} {95%|99%} accuracy, {I withdraw daily|works on all sites}. {Join|DM} t.me/%h%",
        "{Aviator Predictor|Aviator Hack}",
        throwaway,
        "",
        None,
    ),
    (
        "fixed-matches",
        "betting",
        {},
        "{100%|Sure} fixed matches {this weekend|today}, {HT/FT|correct score} {guaranteed|confirmed from inside}. {Pay after win|Serious buyers only}. WhatsApp %phuk%",
        lambda r, v: r.choice(["Fixed Matches Pro", "Coach Bakari", "SureOdds Tips", "HTFT Master"]),
        throwaway,
        "",
        None,
    ),
    (
        "casino-markdown",
        "casino",
        {"dom": "{maplewinscasino.ca|aussiepokiesfast.com|fastpayoutcasinos.net}"},
        "[best online casino {Canada|Australia|NZ}](https://%dom%) {— fast payouts|with instant withdrawal|no KYC}",
        "{online casino|best casino}",
        "info@%dom%",
        "https://%dom%",
        None,
    ),
    (
        "hinglish-id",
        "betting",
        {},
        "Online betting ID {chahiye|lena hai}? {IPL|cricket|T20} ke liye turant ID, {100% safe|fast withdrawal}. WhatsApp karo +91 9{n9}",
        "{Rajesh Betting ID|Online Cricket ID}",
        throwaway,
        "",
        None,
    ),
    # loans
    (
        "loan-email",
        "loans",
        {},
        "Do you need {an urgent|a quick|a genuine} loan? We offer {personal|business} loans at {2%|3%} interest rate. Contact us via email: %mail%",
        lambda r, v: r.choice(["Mrs. Helen Moore", "Loan Offer", "Mr. Frank Wilson"]),
        lambda r, v: v["mail"],
        "",
        None,
    ),
    (
        "loan-testimonial",
        "loans",
        {"lender": "{Mrs. Claire Bennett|Mr. Jason Holt}"},
        "My name is {Rebecca|Jessica|Maria} from {Ohio|Texas|Manchester UK}. I was {scammed by|turned down by} {three|two} lenders before I met %lender% who gave me a loan of {$50,000|£30,000} {within 24 hours|in two days}. {Contact|Email} %mail% {she|they} {is|are} real!!",
        persona,
        throwaway,
        "",
        None,
    ),
    (
        "loan-bbcode",
        "loans",
        {"dom": "{sameday-payday.net|quickcash-lenders.com|badcreditok.loan}"},
        "[url=https://%dom%]payday loans {online|same day}[/url] {no credit check|bad credit ok} [b]{instant approval|approved in 5 min}[/b]",
        "{payday loans|fast cash}",
        throwaway,
        "https://%dom%",
        None,
    ),
    (
        "loan-tl",
        "loans",
        {"dom": "{perakagad.app|loanbilis.ph}"},
        "Need pera? Loan {approve|approved} in 5 mins {walang collateral|kahit walang payslip}. Download {na|now}: %dom%",
        "{PeraKagad|Loan Bilis}",
        throwaway,
        "",
        None,
    ),
    # crypto
    (
        "recovery-testimonial",
        "crypto",
        {"firm": "{CYBER RECLAIM EXPERTS|DIGITAL ASSET RESTORE|TRUSTGUARD RECOVERY}"},
        "I lost {$87,000|$43,500|$126,000} to a fake {trading platform|investment site} and thought it was gone forever until I found %firm%. They {recovered|got back} {everything|all my funds} in {72 hours|a week}. Contact: %mail% {They are legit!|God bless them.}",
        persona,
        throwaway,
        "",
        None,
    ),
    (
        "crypto-mentor",
        "crypto",
        {"m": "{Mr. Bradley Whitmore|Mrs. Catherine Hanson|Mr. Charles Dunmore}"},
        "All thanks to %m%, my {crypto|forex} {mentor|account manager}. I now earn {$12,000|$8,500} {weekly|every week}. {Reach|Contact} {him|her} on {WhatsApp|Telegram} %phus%",
        persona,
        throwaway,
        "",
        None,
    ),
    (
        "airdrop-pages",
        "crypto",
        {"tok": "{$ZRO2|$NOVA|$PEPEX|$LAYER}", "sub": "{claim-novadrop|zro2-airdrop|layer-rewards}"},
        "🚀 %tok% airdrop is LIVE! {Claim|Get} your free tokens before {Friday|it ends}: https://%sub%.{pages.dev|vercel.app}",
        "{Airdrop Alert|%tok% Official}",
        throwaway,
        "",
        None,
    ),
    (
        "wallet-rectify",
        "crypto",
        {"dom": "{walletsyncfix.app|dapp-rectifier.io|secure-node-validate.com}"},
        "Wallet {not syncing|stuck on pending|showing zero balance}? Connect to the {decentralized|Dapp} {rectifier|validator} to {fix it|restore access}: https://%dom%/connect",
        "{Wallet Support|DApp Fix}",
        throwaway,
        "https://%dom%",
        None,
    ),
    (
        "signals-group",
        "crypto",
        {"h": "{btc_whale_signals|cryptokingvip|binance_pump_pro}"},
        "Join our {VIP|premium} {crypto|BTC|futures} signals {group|channel}, {90%|95%} win rate {this month|last 30 days}: t.me/%h% {📈|🚀🚀}",
        "{Crypto Signals VIP|Whale Signals}",
        throwaway,
        "",
        None,
    ),
    (
        "pig-butcher",
        "crypto",
        {"nm": "{Li Na|Jenny Wang|Sophie Lin|Anna Chen}"},
        "Hi dear, {I saw your comment|your comment is so interesting}, {can we be friends|I'd like to know you better}? I am %nm%, I {do|trade} gold futures {in my spare time|with my uncle}. Add my {WhatsApp|Line} %phus% 😊",
        lambda r, v: v["nm"],
        throwaway,
        "",
        None,
    ),
    (
        "giveaway-btc",
        "crypto",
        {"who": "{Michael Saylor|Elon Musk|Vitalik}"},
        "%who% {celebrates|announces} {BTC at new highs|his birthday}: send {0.05|0.1} BTC and get {double|2x} back instantly! {Limited|Only 48 hours}. Address: bc1q{addr}",
        "{%who% Giveaway|Official Giveaway}",
        throwaway,
        "",
        None,
    ),
    (
        "ru-crypto-earn",
        "crypto",
        {"h": "{kripto_dohod|zarabotok_btc|p2p_arbitrazh}"},
        "Заработок на {криптовалюте|P2P-арбитраже} от {5000|8000}₽ в день, {без опыта|обучение бесплатно}. Пиши в телеграм @%h%",
        "{Заработок онлайн|Крипто Доход}",
        throwaway,
        "",
        None,
    ),
    (
        "doubler-homoglyph",
        "crypto",
        {"dom": "{btc-doubler.cc|coinx2fast.net}"},
        "{Double|Multiply} your Bitcoin in 24 hours, {guaranteed|verified payouts} — %dom%",
        "{Bitcoin Doubler|BTC x2}",
        throwaway,
        "https://%dom%",
        text_only(homoglyph),
    ),
    (
        "pig-praise",
        "crypto",
        {},
        "This is so sad 😢. {By the way|Off topic but}, does anyone here know about {USDT|ETH} {staking|liquidity mining}? My {aunt|cousin} {made|earned} {$3,000|$7,000} last month, she showed me how. {Ask me|Message me} on Telegram %tgm%",
        lambda r, v: r.choice(["Grace Liu", "Amy Zhang", "Sarah Kim"]),
        throwaway,
        "",
        None,
    ),
    # SEO
    (
        "guest-post",
        "seo",
        {"ag": "{OutreachPro Media|LinkLift Agency|RankBridge}"},
        "Hi, I'm {Sarah|Emma|Ali} from %ag%. We'd love to {publish|contribute} a guest post on your site. Do you accept {sponsored|paid} articles? Our budget is ${100|150|200} per post {with a do-follow link|}. Reply at %mail%",
        lambda r, v: r.choice(["Sarah Collins", "Emma | Outreach", "Ali Raza SEO"]),
        lambda r, v: v["mail"],
        "",
        None,
    ),
    (
        "bland-praise-trade",
        "seo",
        {"biz": "{roof repair Austin|emergency plumber Leeds|dumpster rental Tampa|carpet cleaning Perth}"},
        GENERIC_PRAISE,
        lambda r, v: v["biz"],
        throwaway,
        lambda r, v: "https://www." + v["biz"].lower().replace(" ", "") + ".com",
        None,
    ),
    (
        "copied-condolence",
        "seo",
        {"biz": "{Best Locksmith Bristol|Tree Removal Sacramento|Cheap Movers Dubai}"},
        "{This is heartbreaking.|Such an important story.|Really sad to read.} {Prayers for everyone affected.|Thank you for reporting this.|Stay strong.}",
        lambda r, v: v["biz"],
        lambda r, v: "contact@" + v["biz"].lower().replace(" ", "") + ".com",
        lambda r, v: "https://" + v["biz"].lower().replace(" ", "-") + ".com/",
        None,
    ),
    (
        "plugin-question",
        "seo",
        {"dom": "{topkitchenremodels.com|best-vpn-reviews.net|petcarehub.info}"},
        "{Hey there|Hello}! Do you know if they make any plugins to {help with SEO|protect against hackers}? I'm trying to get my blog to rank for some targeted keywords but I'm not seeing very good {results|gains}. If you know of any please share. {Thank you!|Cheers!}",
        "{Kitchen Remodel|VPN Reviews|Pet Care}",
        throwaway,
        "https://%dom%",
        None,
    ),
    (
        "html-praise",
        "seo",
        {
            "dom": "{localdumpsterpros.com|smile-dental-miami.com|bestsolarquotes.co.uk}",
            "kw": "{dumpster rental|dentist near me|solar panel quotes}",
        },
        'Thanks for the {info|post}. I also found <a href="https://%dom%">%kw%</a> {helpful|useful} {recently|}.',
        "%kw%",
        throwaway,
        "https://%dom%",
        None,
    ),
    (
        "url-name",
        "seo",
        {"dom": "{quick-fix-garage-doors.com|bestcbdgummies.shop|seoranktools.net}"},
        "{Good|Nice|Useful} {information|points|post}.",
        "https://%dom%",
        throwaway,
        "https://%dom%",
        None,
    ),
    (
        "backlink-pack",
        "seo",
        {"g": "{linkpros_seo|rankboost}"},
        "Boost your DA/DR {fast|in 30 days}! {500|1000|2000} high quality {backlinks|PBN links|.edu links} for ${15|25}. Order on Fiverr: https://www.fiverr.com/%g%/build-{backlinks|pbn-links}",
        "{SEO Backlinks|DA 50+ Links}",
        throwaway,
        "",
        None,
    ),
    (
        "ru-forum",
        "seo",
        {"dom": "{remont-kvartir-spb.ru|stroymaster-msk.ru|okna-deshevo.ru}"},
        "Привет всем! Нашёл {отличный|хороший} сайт про {ремонт|строительство|окна}: https://%dom%/ {Рекомендую.|Кому интересно.}",
        "{Сергей|Алексей|Ремонт СПб}",
        throwaway,
        "https://%dom%",
        None,
    ),
    (
        "surfing-hours",
        "seo",
        {"dom": "{homeimprovementdaily.net|travelhacksworld.com}"},
        "{I've been|I have been} {browsing|surfing} online {more than|over} {3|4} hours today, yet I never found any interesting article like yours. It's pretty worth enough for me. {In my opinion|Personally}, if all {webmasters|site owners} and bloggers made good content as you did, the {web|net} will be much more useful than ever before.",
        "{Home Improvement|Travel Hacks}",
        throwaway,
        "https://%dom%",
        None,
    ),
    (
        "gibberish",
        "seo",
        {},
        "{fdhgjk|asdqwe|zxcvb} {nice|good} {post|site} {ggg|lol}",
        lambda r, v: rid(r, 8, "abcdefghijklmnopqrstuvwxyz"),
        throwaway,
        "",
        None,
    ),
    (
        "jp-praise",
        "seo",
        {"biz": "{東京 脱毛|大阪 不用品回収|横浜 外壁塗装}", "dom": "{tokyo-datsumo.jp|osaka-kaishu.jp|yokohama-tosou.jp}"},
        "{素晴らしい記事ですね。|とても分かりやすい記事でした。}{参考になりました！|勉強になりました。}",
        "%biz%",
        "info@%dom%",
        "https://%dom%/",
        None,
    ),
    (
        "de-praise",
        "seo",
        {"biz": "{Umzugsfirma Berlin|Schlüsseldienst München|Entrümpelung Hamburg}"},
        "{Toller Artikel|Sehr interessanter Beitrag}, {danke|vielen Dank}! {Weiter so.|Gerne mehr davon.}",
        "%biz%",
        throwaway,
        lambda r, v: "https://www." + v["biz"].lower().replace(" ", "-").replace("ü", "ue") + ".de",
        None,
    ),
    # essays
    (
        "essay-mill",
        "essays",
        {"dom": "{topgradeessays.co.uk|nativewriters-help.com|dissertationpros.net}"},
        "Struggling with your {dissertation|assignment|coursework}? {Native|UK|PhD} writers, {plagiarism-free|100% original}, {24h|on-time} delivery: https://%dom%",
        "{essay help|write my essay|dissertation writing}",
        throwaway,
        "https://%dom%",
        None,
    ),
    (
        "exam-taker",
        "essays",
        {},
        "I can {take|sit} your {online exam|proctored test} ({ProctorU|Pearson VUE|GRE|TEAS}), {pay after results|guaranteed pass}. Contact %mail% or WhatsApp %phus%",
        lambda r, v: r.choice(["Exam Helper", "Prof. Daniel", "TakeMyExamPro"]),
        lambda r, v: v["mail"],
        "",
        None,
    ),
    (
        "essay-bare",
        "essays",
        {"dom": "{homeworkwhiz.net|assignmentace.org}"},
        "Thanks for this. Students who need help can try %dom% {for essays|for homework}, {cheap and fast|worked for me}.",
        "{Assignment Ace|Homework Whiz}",
        throwaway,
        "",
        None,
    ),
    # adult
    (
        "cams-bold",
        "adult",
        {},
        "{Hot|Lonely} {girls|singles} {in your area|near you} 🔥 {want to chat|are waiting} → %short%",
        lambda r, v: r.choice(["Kristina 💋", "Naughty Lena", "Julia (online)"]),
        throwaway,
        "",
        text_only(mathbold),
    ),
    (
        "dating-spaced",
        "adult",
        {},
        "{Looking for|Want} {fun|a date} tonight? {Check|See} my profile → *date4u.club* 😘",
        lambda r, v: r.choice(["Alina", "Vika 23", "Candy"]),
        throwaway,
        "",
        spaced_caps,
    ),
    (
        "escorts",
        "adult",
        {"city": "{Dubai|Istanbul|Bangkok|Nairobi}"},
        "{VIP|Independent} escorts in %city%, {real photos|verified}, {24/7|incall outcall}. WhatsApp %phuk% {💋|}",
        "{%city% Escorts|VIP Models %city%}",
        throwaway,
        "",
        None,
    ),
    # support
    (
        "airline-number",
        "support",
        {"air": "{Delta|Emirates|Lufthansa|Qatar Airways}"},
        "%air% {customer service|reservations} number ☎️ {1-855-|+1-888-}{n3}-{n4} (24/7) {for cancellations|to change your flight|for refunds}",
        "%air% Phone Number",
        throwaway,
        "",
        None,
    ),
    (
        "exchange-support",
        "support",
        {"ex": "{Coinbase|Binance|Kraken}"},
        "{Having issues with your|Locked out of your} %ex% account? Call %ex% support {helpline|number} {1-844-|1-866-}{n3}-{n4} {now|24 hours}",
        "%ex% Support",
        throwaway,
        "",
        None,
    ),
    (
        "printer-offline",
        "support",
        {"br": "{HP|Canon|Epson}", "dom": "{printerfix247.com|printersupport-help.net}"},
        "%br% printer offline? {Call toll free|Get instant help} {1-800-|1-877-}{n3}-{n4} or visit https://%dom%",
        "%br% Printer Support",
        "help@%dom%",
        "https://%dom%",
        None,
    ),
    # counterfeit
    (
        "fake-docs",
        "counterfeit",
        {},
        "Buy {real|registered} {passports|driver's licenses|ID cards}, {residence permits|SSN}, {IELTS certificates|diplomas} — {database registered|verifiable}. Contact: %mail%",
        lambda r, v: r.choice(["Documents Office", "Fast Docs", "Mark Quality Docs"]),
        lambda r, v: v["mail"],
        "",
        None,
    ),
    (
        "fake-money",
        "counterfeit",
        {},
        "Buy {undetectable|counterfeit} {banknotes|money} {USD|EUR|GBP}, {grade A|high quality}, {passes pen test|UV}. Telegram %tgm%",
        "{Undetectable Notes|Grade A Notes}",
        throwaway,
        "",
        None,
    ),
    (
        "replica-watches",
        "counterfeit",
        {"dom": "{superclonewatch|aaa-replicas|swissreps1to1}"},
        "{Rolex|AP|Omega} {replica|super clone} watches {1:1|AAA} {at|from} %dom%[.]com {free shipping|with box and papers}",
        "{replica watches|rolex replica}",
        throwaway,
        "",
        None,
    ),
    # iptv
    (
        "iptv",
        "iptv",
        {"dom": "{iptvnexus.tv|primeiptv4k.net|streamcastiptv.com}"},
        "Best IPTV {subscription|provider} {2026|} – {20,000+|18000} channels, {4K|FHD}, {free trial|24h test}: https://%dom%",
        "{Best IPTV|IPTV UK|IPTV Subscription}",
        "sales@%dom%",
        "https://%dom%",
        None,
    ),
    (
        "iptv-fullwidth",
        "iptv",
        {},
        "FREE MOVIES & LIVE TV {no subscription|all channels} {→|>>} %short%",
        "{Free TV|Movies Free}",
        throwaway,
        "",
        text_only(fullwidth),
    ),
    (
        "football-stream",
        "iptv",
        {},
        "Watch {Premier League|Champions League|La Liga} live free HD 👉 https://%short%",
        "{Live Football|Free Stream HD}",
        throwaway,
        "",
        None,
    ),
    # work from home
    (
        "neighbour-85",
        "wfh",
        {"dom": "{homejobs-daily.com|workremote-now.net}"},
        "{My|My best friend's} {neighbour|sister} makes ${85|95} an hour {working from home|online}. {She has been out of work for|She was jobless for} {nine|ten} months but last month her {pay|check} was ${17,000|19,400} just working on the {laptop|computer} for a few hours. {Look here|Go to this site}: https://%dom%",
        persona,
        throwaway,
        "",
        None,
    ),
    (
        "task-recruiter",
        "wfh",
        {"co": "{TaskHub|AppBoost Media|StarReview Ltd}"},
        "Hello! I'm a recruiter from %co%, we're looking for part-time staff to {rate hotels|like YouTube videos|review apps}, earn {300|500}-{800|1000} USD per day, {no experience needed|paid daily}. Contact WhatsApp %phus%",
        lambda r, v: r.choice(["HR Amanda", "Recruiter Olivia", "Jessica HR"]),
        throwaway,
        "",
        None,
    ),
    (
        "es-wfh",
        "wfh",
        {"dom": "{ganadesdecasa.online|trabajoextra.site}"},
        "Gana {dinero|hasta 500€ a la semana} desde casa {sin experiencia|con tu móvil}. {Información|Más info} en %dom%",
        "{Trabajo desde casa|Ingresos extra}",
        throwaway,
        "",
        None,
    ),
    (
        "leet-earn",
        "wfh",
        {},
        "earn $500 daily from home, no skills, just phone. whatsapp %phus%",
        "{Earn Daily|Home Job}",
        throwaway,
        "",
        text_only(leet),
    ),
    # hacker
    (
        "hacker-hire",
        "hacker",
        {"h": "{hackerx|cyberghost|darkfix}"},
        "Need to {hack|recover} a {WhatsApp|Instagram|Facebook} account, {spy on a cheating spouse|change school grades|clear a credit report}? Contact %h% at %h%{@proton.me|@cock.li|.tech@gmail.com}",
        "{Hacker for Hire|Ethical Hacker}",
        throwaway,
        "",
        None,
    ),
    (
        "hacker-testimonial",
        "hacker",
        {"h": "{REMOTESPYTECH|SPYWIZ|PHONECLONE}"},
        "I {want to|must} thank %h% for helping me {catch my cheating husband|access my partner's phone} without {touching it|them knowing}. {Email|Contact} them: %h%{.support|}@gmail.com",
        persona,
        throwaway,
        "",
        None,
    ),
    # spells
    (
        "spell-caster",
        "spells",
        {"dr": "{Dr. Ogundu|Priest Alaba|Dr. Wale}"},
        "%dr% brought my {ex|husband|wife} back in {48 hours|3 days} after {2 years|a long time} of separation. {He also cures HIV and herpes.|His spells are real.} {WhatsApp|Contact} %phuk% or %mail%",
        persona,
        throwaway,
        "",
        None,
    ),
    (
        "sw-mganga",
        "spells",
        {},
        "Mganga wa kienyeji {mwenye nguvu|maarufu}: {kurudisha mpenzi|bahati ya kazi|kesi mahakamani}. Piga {+254 7|0 7}{n8}",
        "{Dr. Mwaka|Mganga Baba Juma}",
        throwaway,
        "",
        None,
    ),
    # diet / CBD
    (
        "keto-gummies",
        "diet",
        {"dom": "{ketoslimgummies-official.com|bhbburn-gummies.net}"},
        "{Keto|Slim} gummies {as seen on Shark Tank|official site}: {lose|melt} {10kg|20 lbs} in {30 days|a month}! {Order|Rush} {here|now} https://%dom%/{order|special-offer}",
        "{Keto Gummies|Slim Keto}",
        throwaway,
        "https://%dom%",
        None,
    ),
    (
        "cbd-uk",
        "diet",
        {"dom": "{purecbdoilsuk.co.uk|calmleafcbd.com}"},
        "CBD oil {for anxiety|for pain|for sleep} {UK|}: {organic|lab tested}, {free delivery|20% off today} %dom%",
        "CBD Oil {UK|Shop}",
        "hello@%dom%",
        "https://%dom%",
        None,
    ),
    # visa
    (
        "canada-lmia",
        "visa",
        {"dom": "{canadajobs-lmia.org|northvisa-consult.com}"},
        "{Canada|Australia} work visa {with LMIA|sponsorship} {available|open now} {for drivers, caregivers, farm workers|no IELTS needed}. {Apply|Register} https://%dom% {processing fee only $350|limited slots}",
        "{Canada Jobs|Visa Consultant}",
        throwaway,
        "https://%dom%",
        None,
    ),
    (
        "eu-work-permit",
        "visa",
        {},
        "Work permit for {Poland|Romania|Croatia|Malta} {2026|}, salary {€1200|€1400}, {accommodation free|food free}, {visa 100%|no interview}. WhatsApp %phuk% {Ali Travels|Star Manpower}",
        "{Europe Work Permit|Star Manpower}",
        throwaway,
        "",
        None,
    ),
    # followers / reviews
    (
        "buy-followers",
        "followers",
        {"dom": "{instafollow-boost.com|tiklikes.shop|realfans.store}"},
        "Buy {Instagram|TikTok|YouTube} {followers|likes} {cheap|real}, {instant delivery|no password}: %dom%",
        "{Buy Followers|Cheap Likes}",
        throwaway,
        "https://%dom%",
        None,
    ),
    (
        "buy-reviews",
        "followers",
        {"dom": "{5starreviews.shop|reviewstore-pro.com}"},
        "Buy {Google reviews|Trustpilot reviews|Amazon reviews} {5-star|positive} {from real accounts|non-drop}. https://%dom%/buy-{google|trustpilot}-reviews",
        "{Buy Google Reviews|Review Store}",
        throwaway,
        "https://%dom%",
        None,
    ),
    # prize / phishing
    (
        "prize-winner",
        "prize",
        {"dom": "{rewards-claim-center.com|winnerdesk-2026.net}"},
        "Congratulations! Your {email|comment} has been selected {as winner of|for} a {$1,000 gift card|brand new iPhone}. {Claim|Confirm} within 24h: https://%dom%/claim?id=%n%",
        "{Rewards Center|Prize Desk}",
        throwaway,
        "",
        None,
    ),
    (
        "parcel-fee",
        "prize",
        {},
        "{Your package|Your parcel} could not be delivered {due to an incomplete address|because of unpaid customs duty}. Pay {$1.99|£1.45} redelivery fee: https://%short%",
        "{USPS|Royal Mail|DHL} Notice",
        throwaway,
        "",
        None,
    ),
    (
        "page-suspended",
        "prize",
        {"dom": "{meta-support-appeal.com|business-helpcenter-verify.net}"},
        "{Your page|Your account} {violates|has been reported for} {our Community Standards|copyright}. {Verify|Appeal} within 24 hours or it will be {disabled|deleted}: https://%dom%/appeal/%n%",
        "{Meta Support|Page Policy Team}",
        throwaway,
        "",
        None,
    ),
]


def fill_spam(r, tpl):
    tid, fam, vars_, body, name, email, url, disg = tpl
    v = {k: spin(r, val) for k, val in vars_.items()}
    v["phus"], v["phuk"], v["short"], v["n"] = ph_us(r), ph_uk(r), short(r), digits(r, 6)
    v["mail"] = r.choice(
        [
            throwaway(r),
            f"{r.choice(['help', 'support', 'office', 'recovery'])}{digits(r, 2)}@{r.choice(['proton.me', 'gmail.com', 'outlook.com', 'mail.com'])}",
        ]
    )
    v["tgm"] = tg(r, r.choice(["cryptoamy", "notes_usd", "fastgrade", "whitebox"]))

    def sub(s):
        s = spin(r, s)
        for k, val in v.items():
            s = s.replace(f"%{k}%", val)
        s = re.sub(r"\{n(\d)\}", lambda m: digits(r, int(m.group(1))), s)
        s = s.replace("{addr}", rid(r, 30, "023456789acdefghjklmnpqrstuvwxyz"))
        return re.sub(r" +([,.])", r"\1", re.sub(r"  +", " ", s)).strip()

    def field(f):
        return sub(f(r, v) if callable(f) else f)

    b = sub(body)
    if disg:
        b = disg(r, b)
    return fam, b, field(name), field(email), field(url)


# --------------------------------------------------------------------------- assemble


def plan_articles():
    chosen = [a for a in ELIGIBLE if rng.random() < 0.92]
    weight = {a["id"]: 0.3 + rng.random() ** 2 for a in chosen}
    count = {a["id"]: 1 for a in chosen}
    while sum(count.values()) < 600:
        a = rng.choices(chosen, [weight[c["id"]] for c in chosen])[0]
        if count[a["id"]] < 8:
            count[a["id"]] += 1
    slots = [a for a in chosen for _ in range(count[a["id"]])]
    rng.shuffle(slots)
    return slots


def retouch(r, body, i):
    fixes = [
        lambda s: s.lower(),
        lambda s: s + " " + r.choice(["😔", "🙏", "!!", "..."]),
        lambda s: s.rstrip(".!") + "!!",
        lambda s: s.upper() if len(s) < 60 else s + " (edited)",
        lambda s: "^ " + s,
    ]
    return fixes[i % len(fixes)](body)


def build():
    slots = plan_articles()
    items, seen = [], set()
    for k, (tid, lang, body) in enumerate(ham_records()):
        art = slots[k]
        sh = shape(art)
        text = spin(rng, body).replace("%paras%", sh["paras"]).replace("%mins%", sh["mins"])
        if body.startswith("%"):
            text = text[0].upper() + text[1:]
        text = re.sub(r"  +", " ", text).strip()
        text = LINK_RE.sub(lambda m, sh=sh: LINKS[m.group(1)](rng, sh["yr"]), text)
        tries = 0
        while text in seen:
            text = retouch(rng, text, tries)
            tries += 1
        seen.add(text)
        if lang == "en":
            web = tid == "link-ownblog" or rng.random() < 0.09
            name, email, url = reader(rng, web)
        else:
            disp, local, prov = rng.choice(LANG_NAMES[lang])
            name, email, url = disp, f"{local}{rng.choice(['', '', digits(rng, 2)])}@{prov}", ""
            if rng.random() < 0.08:
                url = reader_site(rng, local)
        items.append(
            {
                "label": "ham",
                "source": f"heldback10:ham:{tid}",
                "article": art["id"],
                "body": text,
                "name": name,
                "email": email,
                "url": url,
            }
        )
    counts = {t[0]: 4 for t in SPAM}
    extra = rng.sample([t[0] for t in SPAM], 300 - 4 * len(SPAM))
    for t in extra:
        counts[t] = 5
    jobs = [t for t in SPAM for _ in range(counts[t[0]])]
    rng.shuffle(jobs)
    for k, tpl in enumerate(jobs):
        art = slots[300 + k]
        fam, body, name, email, url = fill_spam(rng, tpl)
        items.append(
            {
                "label": "spam",
                "source": f"heldback10:spam:{tpl[0]}",
                "article": art["id"],
                "body": body,
                "name": name,
                "email": email,
                "url": url,
            }
        )
    return items


if __name__ == "__main__":
    write_set("comment_spam_heldback10.jsonl", build())

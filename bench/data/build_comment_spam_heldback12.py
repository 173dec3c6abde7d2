"""Build comment_spam_heldback12.jsonl: the twelfth held-back set (300 ham, 300 spam).

Written blind: without opening comments/ or bench/comment_spam.py, without reading any earlier
set's .jsonl or any earlier builder's templates (only the first lines of one builder, for the
import style), without reading git history, and without running any filter over this set (see
bench/data/README.md). Comments are posted under articles of both corpora in ingest/data/
(English Wikinews, any year; Global Voices 2022). From an article a comment takes only what a
fixed rule derives from its date and its corpus (`facts` below): `%month%` (the month name of
its date), `%yr%` (its year), `%ago%` (whole years from its date to 2026-11-28, as a numeral)
and `%site%` ("Wikinews" or "Global Voices", by the id prefix); never the title, teaser,
author or a phrase of the body. Run from anywhere:
`python3 bench/data/build_comment_spam_heldback12.py`.
"""

import random
import re
import string

from comment_sets import GLOBAL_VOICES, WIKINEWS, articles, spin, write_set

rng = random.Random(20261128_12)

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


def facts(art):
    y, m, d = (int(x) for x in art["date"].split("-"))
    ago = 2026 - y - (1 if (m, d) > (11, 28) else 0)
    return {
        "month": MONTHS[m - 1],
        "yr": str(y),
        "ago": str(ago),
        "site": "Wikinews" if art["id"].startswith("wn-") else "Global Voices",
        "y": y,
        "m": m,
        "d": d,
    }


# ---------------------------------------------------------------- random bits


def alnum(n, chars=string.ascii_letters + string.digits):
    return "".join(rng.choice(chars) for _ in range(n))


def low(n):
    return alnum(n, string.ascii_lowercase + string.digits)


def digits(n):
    return str(rng.randint(1, 9)) + "".join(rng.choice(string.digits) for _ in range(n - 1))


def hexs(n):
    return alnum(n, "0123456789abcdef")


SLUGS = [
    "protesters-gather-outside-parliament-as-vote-nears",
    "floodwaters-recede-leaving-thousands-homeless",
    "talks-stall-over-ceasefire-terms",
    "court-orders-release-of-detained-journalists",
    "fuel-prices-spark-nationwide-strike",
    "opposition-rejects-preliminary-results",
    "aid-convoy-reaches-besieged-town",
    "government-blocks-social-media-ahead-of-poll",
    "drought-pushes-food-prices-to-record-high",
    "minister-resigns-after-corruption-probe",
    "earthquake-death-toll-rises",
    "teachers-walk-out-over-unpaid-wages",
    "border-crossing-reopens-after-months",
    "central-bank-raises-rates-again",
    "activists-arrested-at-dawn-raids",
    "cholera-cases-climb-in-camps",
    "parliament-passes-controversial-media-law",
    "wildfires-force-evacuations",
    "refugees-stranded-at-sea",
    "power-cuts-hit-capital-for-third-week",
]
WIKI = [
    "Freedom_of_the_press",
    "Internally_displaced_person",
    "Proportional_representation",
    "List_of_countries_by_inflation_rate",
    "Cholera",
    "Martial_law",
    "Exclusive_economic_zone",
    "Universal_Declaration_of_Human_Rights",
    "Geneva_Conventions",
    "Internet_censorship",
    "Pig_butchering_scam",
    "Advance-fee_scam",
    "Remittance",
    "Cyclone",
    "Currency_crisis",
    "Constitutional_referendum",
]
HANDLES_X = [
    "ReliefWatcher",
    "the_stringer_",
    "mapsbymina",
    "EconLarissa",
    "kwame_reports",
    "factcheck_hub",
    "AnaliaOnAir",
    "ObsDesk",
    "dr_fieldnotes",
    "port_watch",
]


def slug():
    return rng.choice(SLUGS)


def dated(f):
    """a date from the article's date up to four days later, as (y, m, d)"""
    d = min(28, f["d"] + rng.randint(0, 4))
    return f["y"], f["m"], d


def link(kind, f):
    y, m, d = dated(f)
    mon = MONTHS[m - 1][:3].lower()
    s = slug()
    L = {
        "reuters": lambda: (
            f"https://www.reuters.com/world/{rng.choice(['africa', 'asia-pacific', 'americas', 'middle-east', 'europe'])}/{s}-{y}-{m:02d}-{d:02d}/"
        ),
        "bbc": lambda: rng.choice(
            [
                f"https://www.bbc.co.uk/news/world-{rng.choice(['africa', 'asia', 'latin-america', 'europe', 'middle-east'])}-{digits(8)}",
                f"https://www.bbc.com/news/articles/c{low(10)}o",
            ]
        ),
        "ap": lambda: f"https://apnews.com/article/{s}-{hexs(32)}",
        "guardian": lambda: f"https://www.theguardian.com/world/{y}/{mon}/{d:02d}/{s}?CMP=Share_AndroidApp_Other",
        "aljazeera": lambda: f"https://www.aljazeera.com/news/{y}/{m}/{d}/{s}",
        "wiki": lambda: f"https://en.wikipedia.org/wiki/{rng.choice(WIKI)}",
        "wikim": lambda: f"https://en.m.wikipedia.org/wiki/{rng.choice(WIKI)}",
        "youtube": lambda: rng.choice(
            [f"https://www.youtube.com/watch?v={alnum(11)}&t={rng.randint(30, 900)}s", f"https://youtu.be/{alnum(11)}?si={alnum(16)}"]
        ),
        "x": lambda: f"https://x.com/{rng.choice(HANDLES_X)}/status/{digits(19)}",
        "bsky": lambda: f"https://bsky.app/profile/{rng.choice(HANDLES_X).lower().replace('_', '')}.bsky.social/post/3l{low(11)}",
        "unnews": lambda: f"https://news.un.org/en/story/{y}/{m:02d}/{digits(7)}",
        "reliefweb": lambda: (
            f"https://reliefweb.int/report/{rng.choice(['world', 'sudan', 'haiti', 'myanmar', 'bangladesh', 'mozambique'])}/{s}"
        ),
        "doi": lambda: f"https://doi.org/10.{rng.randint(1000, 1999)}/{rng.choice(['s41586', 'j.worlddev', 'jpr', 'gh'])}.{y}.{digits(5)}",
        "wayback": lambda: (
            f"https://web.archive.org/web/{y}{m:02d}{d:02d}{digits(6)}/https://www.{rng.choice(['dawn.com', 'thehindu.com', 'nation.africa', 'rappler.com'])}/news/{s}"
        ),
        "archiveph": lambda: f"https://archive.ph/{alnum(5)}",
        "dailystar": lambda: f"https://www.thedailystar.net/news/bangladesh/news/{s}-{digits(7)}",
        "kyivind": lambda: f"https://kyivindependent.com/{s}/",
        "jakpost": lambda: f"https://www.thejakartapost.com/indonesia/{y}/{m:02d}/{d:02d}/{s}.html",
        "taipei": lambda: f"https://www.taipeitimes.com/News/taiwan/archives/{y}/{m:02d}/{d:02d}/{digits(10)}",
        "namibian": lambda: f"https://www.namibian.com.na/{s}/",
        "err": lambda: f"https://news.err.ee/{digits(7)}/{s}",
        "yle": lambda: f"https://yle.fi/a/74-{digits(8)}",
        "timesmalta": lambda: f"https://timesofmalta.com/article/{s}.{digits(6)}",
        "japantimes": lambda: f"https://www.japantimes.co.jp/news/{y}/{m:02d}/{d:02d}/asia-pacific/{s}/",
        "meduza": lambda: f"https://meduza.io/en/feature/{y}/{m:02d}/{d:02d}/{s}",
        "eastafrican": lambda: (
            f"https://www.theeastafrican.co.ke/tea/news/east-africa/{s}-{digits(7)}?utm_source=whatsapp&utm_medium=social"
        ),
        "gulfnews": lambda: f"https://gulfnews.com/world/{s}-1.{digits(9)}",
        "mongabay": lambda: f"https://news.mongabay.com/{y}/{m:02d}/{s}/",
        "govuk": lambda: (
            f"https://www.gov.uk/foreign-travel-advice/{rng.choice(['sudan', 'haiti', 'myanmar', 'niger', 'venezuela', 'lebanon'])}"
        ),
        "state": lambda: (
            f"https://travel.state.gov/content/travel/en/traveladvisories/traveladvisories/{rng.choice(['haiti', 'niger', 'burma', 'mali'])}-travel-advisory.html"
        ),
        "maps": lambda: rng.choice(
            [
                f"https://maps.app.goo.gl/{alnum(17)}",
                f"https://www.openstreetmap.org/#map=13/{rng.uniform(-30, 50):.4f}/{rng.uniform(-80, 120):.4f}",
            ]
        ),
        "reddit": lambda: (
            f"https://www.reddit.com/r/{rng.choice(['worldnews', 'geopolitics', 'AskHistorians', 'europe'])}/comments/{low(7)}/{s.replace('-', '_')}/"
        ),
        "owid": lambda: (
            f"https://ourworldindata.org/grapher/{rng.choice(['share-of-population-in-extreme-poverty', 'press-freedom-index', 'child-mortality', 'electricity-access'])}"
        ),
        "ftc": lambda: rng.choice(
            [
                "https://reportfraud.ftc.gov/",
                "https://www.actionfraud.police.uk/reporting-fraud-and-cyber-crime",
                "https://www.scamwatch.gov.au/report-a-scam",
                "https://www.ic3.gov/",
            ]
        ),
        "telegram": lambda: f"https://t.me/s/{rng.choice(['newsfeed_local', 'cityhall_watch', 'radio_free_sahel'])}/{digits(5)}",
        "threads": lambda: f"https://www.threads.net/@{rng.choice(HANDLES_X).lower()}/post/C{alnum(10)}",
        "tiktok": lambda: f"https://www.tiktok.com/@{rng.choice(HANDLES_X).lower()}/video/{digits(19)}",
        "cpj": lambda: f"https://cpj.org/{y}/{m:02d}/{s}/",
        "hrw": lambda: f"https://www.hrw.org/news/{y}/{m:02d}/{d:02d}/{s}",
        "substack": lambda: f"https://{rng.choice(['borderlines', 'thefieldnote', 'drylandsdispatch', 'portcitypost'])}.substack.com/p/{s}",
        "arxiv": lambda: f"https://arxiv.org/abs/{str(y)[2:]}{m:02d}.{digits(5)}",
        "icrc": lambda: "https://www.icrc.org/en/donate",
        "afp": lambda: f"https://factcheck.afp.com/doc.afp.com.{alnum(5).upper()}{digits(2)}",
        "pdf": lambda: f"https://www.{rng.choice(['ipcinfo.org', 'unhcr.org', 'worldbank.org'])}/fileadmin/user_upload/{s}_{y}.pdf",
    }
    return L[kind]()


NEWS = ["reuters", "bbc", "ap", "guardian", "aljazeera"]
LOCAL = [
    "dailystar",
    "kyivind",
    "jakpost",
    "taipei",
    "namibian",
    "err",
    "yle",
    "timesmalta",
    "japantimes",
    "meduza",
    "eastafrican",
    "gulfnews",
    "mongabay",
]
ANY = (
    NEWS
    + LOCAL
    + [
        "wiki",
        "wikim",
        "youtube",
        "x",
        "bsky",
        "unnews",
        "reliefweb",
        "doi",
        "wayback",
        "archiveph",
        "reddit",
        "owid",
        "hrw",
        "cpj",
        "substack",
        "threads",
    ]
)

LINK_RE = re.compile(r"%L:([a-z]+|NEWS|LOCAL|ANY)%")


def spin_all(text):
    while True:
        new = spin(rng, text)
        if new == text:
            return text
        text = new


def fill(text, f):
    text = spin_all(text)
    for k in ("month", "yr", "ago", "site"):
        text = text.replace(f"%{k}%", f[k])

    def sub(mo):
        k = mo.group(1)
        if k in ("NEWS", "LOCAL", "ANY"):
            k = rng.choice({"NEWS": NEWS, "LOCAL": LOCAL, "ANY": ANY}[k])
        return link(k, f)

    return LINK_RE.sub(sub, text)


# ---------------------------------------------------------------- articles

POOL = articles(WIKINEWS) + articles(GLOBAL_VOICES)


def article_slots(n):
    order = rng.sample(POOL, len(POOL))
    slots = []
    for art in order:
        slots += [art] * rng.randint(1, 5)
        if len(slots) >= n:
            break
    slots = slots[:n]
    rng.shuffle(slots)
    return slots


# ---------------------------------------------------------------- ham voices

FREE = [
    "gmail.com",
    "outlook.com",
    "yahoo.com",
    "hotmail.co.uk",
    "proton.me",
    "icloud.com",
    "gmx.de",
    "web.de",
    "yandex.ru",
    "mail.ru",
    "seznam.cz",
    "wp.pl",
    "libero.it",
    "orange.fr",
    "free.fr",
    "fastmail.com",
    "tutanota.com",
    "rediffmail.com",
    "naver.com",
    "qq.com",
    "yahoo.co.jp",
    "bigpond.com",
    "btinternet.com",
    "shaw.ca",
    "telenet.be",
    "freenet.de",
    "t-online.de",
    "zoho.com",
    "aol.com",
    "posteo.de",
    "hey.com",
    "mail.com",
    "gmx.at",
    "inbox.lv",
    "abv.bg",
    "freemail.hu",
    "uol.com.br",
    "terra.com.br",
    "ymail.com",
]

# (name, local part or None, fixed domain or None, website or None)
HAM_PEOPLE = [
    ("Miroslav Dvořák", None, None, None),
    ("Eszter Nagy", None, None, None),
    ("Aino Virtanen", None, None, None),
    ("Kadri Tamm", None, None, None),
    ("Rūta Petrauskienė", None, None, None),
    ("Ingrid Solberg", None, None, None),
    ("Mads", None, None, None),
    ("Niamh O'Sullivan", None, None, None),
    ("Tendai M.", None, None, None),
    ("Babajide Okonkwo", None, None, None),
    ("Fatima Zahra El Idrissi", None, None, None),
    ("Ayesha Siddiqui", None, None, None),
    ("Ravi Subramaniam", None, None, None),
    ("Prakash", None, None, None),
    ("Nguyen Thi Lan", None, None, None),
    ("Kenji Watanabe", None, None, None),
    ("Chan Wing-yan", None, None, None),
    ("Dilnoza", None, None, None),
    ("Aram Petrosyan", None, None, None),
    ("Nino Beridze", None, None, None),
    ("Reza Tehrani", None, None, None),
    ("Abdi Warsame", None, None, None),
    ("Musa Garba", None, None, None),
    ("Thandeka Zulu", None, None, None),
    ("Pieter van Wyk", None, None, None),
    ("Jordi Puig", None, None, None),
    ("Gwen Pritchard", None, None, None),
    ("Jean-Robert Pierre", None, None, None),
    ("Marisol Quintero", None, None, None),
    ("Tomás Aguirre", None, None, None),
    ("Beatriz Lemos", None, None, None),
    ("Linda Carlsson", None, None, None),
    ("Hamid K", None, None, None),
    ("Olumide", None, None, None),
    ("Grace Achieng", None, None, None),
    ("Samuel Osei-Bonsu", None, None, None),
    ("Dave", None, None, None),
    ("Karen from Leeds", None, None, None),
    ("old_Bill", None, None, None),
    ("Margaret Henley", None, None, None),
    ("Jim Kowalczyk", None, None, None),
    ("Sandra P.", None, None, None),
    ("Mehmet Yıldız", None, None, None),
    ("Elena Popescu", None, None, None),
    ("Yiannis", None, None, None),
    ("Shira", None, None, None),
    ("A. Rahman", None, None, None),
    ("Wanjiru", None, None, None),
    ("Luis in Cochabamba", None, None, None),
    ("Noor", None, None, None),
    ("pfc_lurker", None, None, None),
    ("quietobserver", None, None, None),
    ("kiwi_in_exile", None, None, None),
    ("Mr Dube", None, None, None),
    ("Auntie Bola", None, None, None),
    ("Greg T", None, None, None),
    ("Hannah Lindqvist", None, None, None),
    ("Tuan", None, None, None),
    ("Bishnu Adhikari", None, None, None),
    ("Sunil Perera", None, None, None),
    ("Zaw Min", None, None, None),
    ("M. Ferreira", None, None, None),
    ("thecynic42", None, None, None),
    ("Anonymous", None, None, None),
    ("J", None, None, None),
    ("roadrunner", None, None, None),
    ("Peter in Hobart", None, None, None),
    ("Lars-Erik", None, None, None),
    ("Chioma N.", None, None, None),
    ("Father Declan", None, None, None),
    ("Rosa Mwale", None, None, None),
    ("Ahmad Jawad", None, None, None),
    ("Kateryna", None, None, None),
    ("Oksana Bondar", None, None, None),
    ("Sergei (Tallinn)", None, None, None),
    ("Farhan", None, None, None),
    ("Joanna W.", None, None, None),
    ("Paolo", None, None, None),
    ("Marguerite Fontaine", None, None, None),
    ("Ikaika", None, None, None),
    ("Ben Adeyemi", None, None, None),
    ("Siddharth R", None, None, None),
    ("yasmin", None, None, None),
    ("norah.k", None, None, None),
]
# named voices with a site of their own: (name, local, domain, website)
HAM_SITES = [
    ("Clara Whitfield", "clara", "clarawhitfield.net", "https://clarawhitfield.net"),
    ("Jonas Berg", None, None, "https://jonasberg.substack.com"),
    ("Amara Diallo", None, None, "https://www.linkedin.com/in/amara-diallo-4b21a7"),
    ("Tom Erikson", None, None, "https://mastodon.social/@tomerikson"),
    ("Priya Venkat", None, None, "https://github.com/priyavenkat"),
    ("Hugo Lambert", None, None, "https://hugolambert.wordpress.com"),
    ("Selin Aydın", None, None, "https://selinaydin.medium.com"),
    ("Mateus Rocha", "contato", "mateusrocha.com.br", "https://mateusrocha.com.br/blog"),
    ("Kofi Asante", None, None, "https://kofiasante.blogspot.com"),
    ("Lena Hofmann", None, None, "https://chaos.social/@lenahof"),
    ("Ruth Okafor", None, None, "https://ruthokafor.bsky.social"),
    ("Dmitri V.", None, None, "https://dmitriv.dev"),
    ("Ana Kovač", None, None, "https://fosstodon.org/@anakovac"),
    ("Ibrahim Sesay", None, None, "https://www.flickr.com/photos/ibsesay"),
    ("Emily Tran", "hello", "emilytran.xyz", "https://emilytran.xyz"),
]
HAM_ORGS = [
    ("Harbour Street Books", "shop", "harbourstreetbooks.co.uk", "https://harbourstreetbooks.co.uk"),
    ("Tamarind Guesthouse Zanzibar", "bookings", "tamarindzanzibar.com", "https://tamarindzanzibar.com"),
    ("Riverside Residents' Association", "committee", "riversidera.org.uk", "https://riversidera.org.uk"),
    ("Kelvin's Auto Repairs", "kelvin", "kelvinsauto.co.za", ""),
    ("Casa Ñandutí", "info", "casananduti.com.py", "https://casananduti.com.py"),
    ("St Brigid's Food Bank", "volunteers", "stbrigidsfoodbank.ie", "https://stbrigidsfoodbank.ie"),
    ("Mekong Language Centre", "office", "mekonglang.edu.vn", ""),
    ("Bergen Amnesty group 112", "bergen112", "amnesty.no", ""),
]


def mailbox(name, local=None, dom=None):
    if dom:
        return f"{local}@{dom}"
    base = re.sub(
        r"[^a-z0-9]+",
        ".",
        name.lower().translate(
            str.maketrans("áàâäãåçčćéèêëěíìîïıłñńóòôöõøřšśşťúùûüůýžżźğőűē", "aaaaaaccceeeeeiiiiilnnoooooorssstuuuuuyzzzgoue")
        ),
    ).strip(".")
    if not base:
        base = "reader"
    style = rng.random()
    if style < 0.35:
        loc = base
    elif style < 0.6:
        loc = base.replace(".", "") + str(rng.randint(1, 99))
    elif style < 0.8:
        parts = base.split(".")
        loc = parts[0][0] + parts[-1] if len(parts) > 1 else base + rng.choice(["_", ""]) + str(rng.randint(1960, 2004))
    else:
        loc = base.replace(".", "_")
    return f"{loc}@{rng.choice(FREE)}"


LANG_NAMES = {
    "cs": ["Miroslav Dvořák", "Jana K.", "Petr Novotný"],
    "hu": ["Eszter Nagy", "Bence", "Kovács Zoltán"],
    "fi": ["Aino Virtanen", "Juha K."],
    "et": ["Kadri Tamm", "Sergei (Tallinn)", "Mart"],
    "lt": ["Rūta Petrauskienė", "Tomas B."],
    "sv": ["Linda Carlsson", "Hannah Lindqvist", "Lars-Erik"],
    "no": ["Ingrid Solberg", "Bergen Amnesty group 112"],
    "da": ["Mads", "Mette Kjær"],
    "hr": ["Ana Kovač", "Ivana M."],
    "sr": ["Nikola P.", "Milica"],
    "bg": ["Georgi Ivanov", "Desi"],
    "ka": ["Nino Beridze", "Giorgi"],
    "hy": ["Aram Petrosyan", "Anahit"],
    "fa": ["Reza Tehrani", "Shirin", "ناشناس"],
    "ur": ["Ayesha Siddiqui", "Farhan"],
    "ta": ["Ravi Subramaniam", "Kavitha"],
    "ne": ["Bishnu Adhikari", "Prakash"],
    "ja": ["Kenji Watanabe", "さくら", "匿名希望"],
    "yue": ["Chan Wing-yan", "阿明"],
    "ha": ["Musa Garba", "Aisha Bello"],
    "zu": ["Thandeka Zulu", "Sipho"],
    "so": ["Abdi Warsame", "Hodan"],
    "af": ["Pieter van Wyk", "Marike"],
    "ca": ["Jordi Puig", "Montse"],
    "cy": ["Gwen Pritchard", "Rhys"],
    "ht": ["Jean-Robert Pierre", "Nadège"],
    "uz": ["Dilnoza", "Sherzod"],
    "az": ["Elvin Mammadov", "Leyla"],
}


def ham_voice(tid=""):
    lang = tid.split("-")[0]
    if lang in LANG_NAMES:
        n = rng.choice(LANG_NAMES[lang])
        for cand in HAM_PEOPLE + HAM_SITES + HAM_ORGS:
            if cand[0] == n:
                return n, mailbox(n, cand[1], cand[2]), cand[3] or ""
        return n, mailbox(n), ""
    r = rng.random()
    if r < 0.075:
        n, lc, dm, web = rng.choice(HAM_SITES)
    elif r < 0.10:
        n, lc, dm, web = rng.choice(HAM_ORGS)
    else:
        n, lc, dm, web = rng.choice(HAM_PEOPLE)
    return n, mailbox(n, lc, dm), web or ""


# ---------------------------------------------------------------- ham templates
# (id, records, text). %L:kind% is a cited link (see link()); %month%, %yr%, %ago%, %site%
# come from the article by facts().

HAM = [
    # thanks / short
    (
        "thanks-plain",
        3,
        "{Thanks|Thank you} for {covering this|reporting this|putting this up}. {Hardly anyone else is.|Nobody else seems to care.|Shared it with my family.}",
    ),
    ("one-word", 4, "{Unbelievable.|Heartbreaking.|Finally.|Wow.|Shameful.|Predictable.|Sad.|Disgraceful.}"),
    ("emoji-only", 3, "{🙏|💔|😡😡|👏👏👏|🕯️|🙏🏽🙏🏽|😔}"),
    ("bookmark", 3, "{Bookmarking|Saving} this{ for later| to read properly tonight|}."),
    ("first-comment", 2, "{first|First!} {lol|}{ ok now reading it| sorry|}"),
    ("good-summary", 3, "Clear and {short|to the point}, {which|and that} is {all I want from a news site|rare these days}. Thank you."),
    # agreement / dissent
    (
        "agree-strong",
        2,
        "{Couldn't agree more with the people quoted here.|This is exactly what people on the ground have been saying for years.|Finally someone says it plainly.}",
    ),
    (
        "dissent-oneside",
        3,
        "This reads {very one-sided|like a press release}. {Where is the other side's response?|Did anyone ask the government for comment?|You quote one camp and nobody else.}",
    ),
    (
        "dissent-headline",
        3,
        "The headline {oversells|doesn't match} what is actually {in the piece|reported}. {Disappointing.|Do better.|Come on.}",
    ),
    (
        "whatabout",
        2,
        "{Funny how|Interesting that} {nobody|no one in the West} {covered|cared about} the {same thing|exact same thing} {next door|in a neighbouring country} {last year|a few years ago}.",
    ),
    (
        "defend-gov",
        2,
        "{People commenting from abroad|Armchair experts} have no idea how hard it is to govern a country like this. {The government is doing what it can.|Give them time.|Easy to criticise from a sofa in London.}",
    ),
    (
        "anger-caps",
        3,
        "{THIS IS WHY NOBODY TRUSTS POLITICIANS ANYMORE|HOW MANY MORE TIMES|ENOUGH IS ENOUGH}. {Absolutely sick of it.|Every single year.|}",
    ),
    (
        "sarcasm-shock",
        2,
        "{Shocked, shocked I tell you,|Who could possibly have predicted|What a surprise,} that {the people in charge|the officials|the powerful} {walked away|got away with it|blamed somebody else}. {/s|🙄|}",
    ),
    (
        "sarcasm-inquiry",
        3,
        "{Oh good|Great}, another {inquiry|commission|committee}. {That'll fix it.|Can't wait for the report in ten years.|Problem solved then.}",
    ),
    (
        "joke-weather",
        2,
        "Meanwhile {my town's|our local} council can't even {fix one pothole|empty the bins on time}. {Priorities.|Perspective, I suppose.}",
    ),
    (
        "joke-acronym",
        2,
        "I counted {six|seven|eight} acronyms I had to look up. {Journalism as a crossword.|Still fun though.|A glossary box would be nice 😅}",
    ),
    (
        "nuance",
        2,
        "It's {more complicated|messier} than either side {admits|wants to admit}. {The economic pressure was building long before this.|Both the local and the international actors made this worse.|History didn't start last week.}",
    ),
    (
        "fatigue",
        2,
        "{I've stopped|I try not to} read{ing|} the comments on stories like this{ anymore|}. {Just wanted to say I'm thinking of everyone affected.|Too exhausting.|Take care, all.}",
    ),
    (
        "grief",
        3,
        "{My condolences to the families.|Rest in peace to those who lost their lives.|Thoughts with everyone who lost someone.} {🕯️|}",
    ),
    # questions
    (
        "q-update",
        4,
        "Is there {any update|a follow-up} on this? {It's been a while and I can't find anything newer.|Would like to know how it ended.|Curious what happened next.}",
    ),
    (
        "q-source",
        2,
        "Where {does|do} the {figures|numbers} in the {third|second|fourth} paragraph come from? {Genuinely asking, not trolling.|A link would help.|I'd like to cite them.}",
    ),
    (
        "q-help",
        3,
        "How can {people abroad|we} actually help? {Is there a trustworthy organisation on the ground?|Not a GoFundMe from a stranger please.|Which charities are actually working there?}",
    ),
    (
        "q-translation",
        2,
        "Is there a version of this in {French|Spanish|Arabic|Portuguese}? {My parents would like to read it.|I want to send it to my grandmother.}",
    ),
    (
        "q-month",
        3,
        "{Wait|Hang on}, this was %month% %yr%? {I remember it as later than that.|I thought it was the year before.|Time flies.}",
    ),
    (
        "q-rss",
        2,
        "{Does|Is there} an RSS feed {for just this region|for world news only|}? {The main one is too much.|Can't find it on the site.}",
    ),
    (
        "site-note",
        3,
        "{Nice to see|Glad to see} WindowNews {carrying|republishing} %site% {pieces|stories}. {More of this please.|Didn't know they were licensed for reuse.|The original deserves more readers.}",
    ),
    (
        "ago",
        3,
        "{Reading this|Came across this} %ago% years {later|on}{ and|,} {not much has changed.|it feels like another world.|the same names are still in charge.}",
    ),
    (
        "month-memory",
        3,
        "I was {travelling|living} {near there|in the region} in %month% %yr%. {Nobody we met expected this.|The mood was already tense.|Mostly I remember the heat.}",
    ),
    # corrections
    (
        "corr-figure",
        3,
        "{Small|Minor} correction: the {population|turnout} figure {should be|is} {about 2.4 million, not 24 million|roughly 61%, not 16%|closer to 380,000 than 3.8 million}. {Typo presumably.|Easy slip.|Please fix.} {See|Source:} %L:{owid|unnews}%",
    ),
    (
        "corr-date",
        3,
        "The {law|agreement|constitution} mentioned was {passed|signed|amended} in {1997|2011|1989|2003}, not {1979|2001|1998|2013}. {Check the official gazette.|Otherwise good piece.|Source: I wrote my thesis on it.}",
    ),
    (
        "corr-title",
        2,
        "{Correction|Pedantry alert}: {he's the deputy minister|she was the former speaker|that's the interior ministry, not defence}. {Matters for context.|Otherwise fine.}",
    ),
    (
        "corr-geo",
        2,
        "That town is {in the north|east of the river|on the coast}, not {the south|the west|inland}. {I grew up there.|Look at any map.}",
    ),
    (
        "corr-currency",
        2,
        "{USD 4.2m|€3.1 million|about 12 billion shillings} is {not|nowhere near} what {it says above|the piece says}; {the exchange rate was very different in %yr%|it was announced in local currency}.",
    ),
    # first-hand
    (
        "local-power",
        3,
        "{Here in the capital|Where I live|In my neighbourhood} we {get|had} {four|six|two} hours of electricity a day {that month|at the time}. {People forget that part.|Generators everywhere.|The noise was unbearable.}",
    ),
    (
        "local-prices",
        3,
        "{Bread|Cooking gas|A bag of rice} went from {40 to 95|12 to 30|800 to 2,100} {in local money|shillings|pesos} {in three months|within a year}. {That's the real story.|Nobody in parliament buys their own bread.}",
    ),
    (
        "local-checkpoint",
        2,
        "{Drove|Travelled} that road {last week|a month ago}. {Seven checkpoints, and every one wanted 'tea money'.|The army checkpoints were gone, the potholes weren't.}",
    ),
    (
        "local-call-home",
        3,
        "{Called my mum|Spoke to my cousin|Finally got through to my uncle} {back home|there} {tonight|this morning}. {They're ok but scared.|Internet is still cut, calls barely work.|They say the news understates it.}",
    ),
    (
        "local-market",
        2,
        "I sell {vegetables|phone credit|fabric} at the {central market|bus park} and {half my customers|most people} {can't pay cash anymore|pay on credit now}. {It's like this everywhere.|Nobody from the ministry ever asks us.}",
    ),
    (
        "local-flood",
        2,
        "Our {street|village} was under {a metre|knee-deep|waist-deep} of water {for a week|for days}. {The aid trucks came after it dried.|Still no compensation.}",
    ),
    # jobs
    (
        "job-nurse",
        3,
        "As a {nurse|paramedic|midwife} I can tell you {the clinics were already at breaking point|we ran out of basic supplies weeks before|the staff shortages are the real scandal}. {Thank you for reporting it.|Nobody listens to us.}",
    ),
    (
        "job-teacher",
        3,
        "{Teacher here.|I teach secondary school.} {Half my class missed weeks because of this.|My students asked me about this today.|We used this in class, thank you.}",
    ),
    (
        "job-pilot",
        2,
        "Retired {airline pilot|air traffic controller} here. {The airspace closures are not as simple as described.|Rerouting around that region adds hours, and fuel.}",
    ),
    (
        "job-lawyer",
        2,
        "{Lawyer here|I practise immigration law}: {the ruling is narrower than the headline suggests.|detention without charge beyond 48 hours is unlawful under their own constitution.} {Judgment|Full text}: %L:pdf%",
    ),
    (
        "job-farmer",
        3,
        "{We farm|I grow maize|Our family grows coffee} {200 km away|in the hills|up north} and {the fertiliser price doubled|no one could get seed|the buyers vanished} {that season|this year}. {Similar story|Same pattern}: %L:mongabay%",
    ),
    (
        "job-dev",
        2,
        "{As a software developer|I work in IT} {in the region|there}: {the shutdown cost our company more than a month's revenue|we had to route everything through VPNs}. {Nobody counts that.|}",
    ),
    (
        "job-translator",
        2,
        "{I'm a translator|I translate for an NGO} and the {quote|phrase} in the piece {loses a lot in English|is softer in the original}. {It's closer to 'betrayed' than 'disappointed'.|The word used is much harsher.}",
    ),
    (
        "job-student",
        3,
        "{Student here|Uni student,} {writing my dissertation on this|from there originally}. {This is one of the better short summaries.|Really useful, thanks.}",
    ),
    (
        "job-journo",
        2,
        "{Former stringer|I used to freelance} in the region. {Getting anyone official to speak on record is almost impossible,|Fixers there take enormous risks,} {so credit where it's due.|please remember them.}",
    ),
    # topic-ish: scams, crypto, loans, etc. in a news context
    (
        "scam-recovery-warn",
        3,
        "{Heads up|Warning}: if anyone replies {to you|under this} offering to 'recover' lost crypto, {it's a second scam.|they will take your money again.|block them.} {My brother lost money twice that way.|Seen it happen.|}",
    ),
    (
        "scam-sms",
        3,
        "{Got|My dad got} a text {this week|yesterday} saying {a parcel was held|his bank account was frozen|his tax refund was waiting} with a link. {Same gang, I bet.|Reported it.|Those things are everywhere now.} {Report them here|You can report these}: %L:ftc%",
    ),
    (
        "scam-wrongnum",
        2,
        "{The 'wrong number' WhatsApp messages|Those 'hi, is this Anna?' texts} are {exactly|straight out of} the compounds described {in reports like this|here}. {Never reply.|Nobody should answer them.}",
    ),
    (
        "crypto-remit",
        3,
        "{People here|Half my street} {get remittances in USDT now|use crypto to get money from relatives abroad} because {the banks are useless|the official rate is a fiction}. {It's not speculation, it's survival.|Not ideal but it works.} {Decent explainer|Explained well here}: %L:{reuters|ap|bbc}%",
    ),
    (
        "crypto-sceptic",
        2,
        "{Every time|Whenever} a country {bans crypto|adopts bitcoin} {someone makes money and it's never ordinary people.|the same influencers show up. Follow the money.}",
    ),
    (
        "betting-ads",
        3,
        "{The betting ads during the football are out of control.|Every young guy I know has a betting app.|Sports betting is wrecking my nephew's generation.} {Nobody regulates it.|It's a public health issue.|Ban the sponsorships.}",
    ),
    (
        "loan-apps",
        3,
        "{Loan apps|Those instant loan apps} {message your whole contact list|call your employer|shame people publicly} when you're late. {My colleague quit her job over it.|It should be illegal.|Glad someone covered the lending side.}",
    ),
    (
        "medicine-short",
        3,
        "{Insulin|Blood pressure medicine|Antibiotics} {has been|have been} {impossible to find|out of stock} {for months|since spring} {here|at our pharmacy}. {People buy from Facebook groups and hope it's real.|My mother rations hers.} {Same thing reported here|It's not just us}: %L:LOCAL%",
    ),
    (
        "whatsapp-rumour",
        2,
        "{This was forwarded|Half of this was forwarded} {a hundred times|everywhere} on {WhatsApp|Telegram} {before any real reporting.|with completely made-up numbers.} {Good to read something checked.|Thank you.} {The fact-check|Debunked here}: %L:{archiveph|afp}%",
    ),
    (
        "donation-check",
        3,
        "Before donating, check {the charity register|that the organisation is registered}. {There were fake appeals with stolen photos last time.|Plenty of fake 'relief funds' going around.}",
    ),
    (
        "helpline",
        2,
        "If this story hit you hard, {please talk to someone|reach out}. {Samaritans: 116 123 (UK/Ireland). 988 in the US.|In Australia, Lifeline is 13 11 14.} {Take care x|}",
    ),
    (
        "messenger-security",
        2,
        "{Signal, not Telegram|Use Signal}, if {you're|anyone there is} {organising|talking to journalists}. {Telegram chats aren't end-to-end encrypted by default.|People keep mixing this up.}",
    ),
    (
        "lottery-state",
        2,
        "{Meanwhile|And yet} the {national lottery|state lottery} ads {are on every bus|run every evening}. {Taxing the poor with extra steps.|Priorities.}",
    ),
    (
        "spam-in-thread",
        2,
        "{Can the mods|Could someone} {clean out|delete} the {crypto 'recovery' spam|'hacker' comments} further down? {It's gross under a story like this.|Getting worse every week.}",
    ),
    ("removed", 2, "{Why|Why was} my comment {removed|deleted}? {It was polite and on topic.|I only quoted the article.}"),
    # replies
    ("reply-agree", 2, "@{Dave|Noor|Greg T|Wanjiru|Tuan|Elena} {exactly this|well put|this 👆}."),
    (
        "reply-disagree",
        3,
        "@{Hamid K|Jordi|pfc_lurker|Ingrid|Prakash} {you're mixing up two different events|that's not what the article says|source?}. {Read it again.|Happy to be corrected though.|}",
    ),
    (
        "reply-calm",
        2,
        "@{thecynic42|roadrunner|quietobserver} {no need for the insults|let's keep it civil}. {People here lost family.|We can disagree politely.}",
    ),
    (
        "reply-thanks",
        3,
        "@{Karen from Leeds|Jonas Berg|Chioma N.|Paolo} {thanks, didn't know that|good point, I stand corrected|thank you for the context}.",
    ),
    ("reply-where", 2, "@{Margaret Henley|Sandra P.|Mr Dube} {where did you read that?|do you have a source for that figure?}"),
    # style: lowercase, typos
    (
        "lower-typo",
        3,
        "{honestly|tbh} {didnt|did'nt} know {any of this|about this} {untill|until} {now|today} {thx|thanks} for writting it",
    ),
    (
        "lower-rant",
        2,
        "{same story every year|its always the same} {the rich get out|the poor pay for it} {and|n} {nobody goes to jail|evryone forgets} {smh|}",
    ),
    ("lower-question", 2, "{wait|so} is {this|it} {still going on|over now}? {anyone know|anybody}"),
    # long arguments
    (
        "long-sanctions",
        2,
        "I keep seeing {people|commenters} call for {tougher sanctions|more sanctions} {after every story like this|as if it were obvious}, so let me push back a little.\n\n{Broad sanctions|Sweeping sanctions} hit {the poorest first|ordinary families first}. The elite {have offshore accounts|keep their money abroad} and their children at foreign universities; {the nurse|the teacher} pays in bread and medicine.\n\n{Targeted measures|Asset freezes and travel bans on named officials} {have a better record|at least aim at the right people}. {I'd rather see that.|That's where pressure should go.}",
    ),
    (
        "long-aid",
        2,
        "Three things that {would actually help|matter more than statements}:\n\n1. {Open the border crossing|Reopen the crossings} for {trucks|commercial goods}, not just aid convoys.\n2. {Pay the public sector salaries|Pay health workers} that are months behind.\n3. {Stop treating local NGOs as subcontractors|Fund local groups directly}.\n\n{None of it is new. Reports have said it for years.|Everyone knows this. Nobody does it.}",
    ),
    (
        "long-media",
        2,
        "{What bothers me|My problem} with {foreign coverage|international reporting} of {stories like this|places like ours} is that it {only shows up when there's violence|arrives with the cameras and leaves with them}.\n\n{Years of slow decline get no headline|The years of drought and debt get nothing}, then one bad week becomes 'sudden chaos'.\n\n{This piece is better than most, to be fair.|To be fair, this piece at least gives some background.}",
    ),
    (
        "long-elections",
        2,
        "{On the election point:|About the vote:} {turnout|participation} {means little|tells you nothing} when {the opposition was barred|candidates were disqualified weeks before}.\n\n{Observers|The monitoring missions} {said so at the time|flagged it}, and {the result was recognised anyway|everybody moved on}. {Then we act surprised when people stop voting.|That's how trust dies.}",
    ),
    # links
    ("link-news", 4, "{Related|More context}: %L:NEWS%"),
    ("link-local", 4, "{The local paper has more detail|Better coverage from a local outlet|Local reporting here}: %L:LOCAL%"),
    ("link-wiki", 3, "{Background for anyone confused|For context}: %L:wiki%"),
    ("link-video", 3, "{Footage from the day|There's video of it here|Video (warning, distressing)}: %L:youtube%"),
    ("link-social", 3, "{A reporter on the ground posted this|Thread from someone there|Eyewitness post}: %L:{x|bsky|threads|tiktok}%"),
    (
        "link-un",
        3,
        "{The UN's own figures say otherwise|The UN numbers are worse|The UN report is here|OCHA has the latest figures}: %L:{unnews|reliefweb|pdf}%",
    ),
    ("link-paper", 2, "{There's a good study on this|Actual research on this}: %L:{doi|arxiv}% {(open access)|}"),
    (
        "link-archive",
        3,
        "{Archived copy, since the original changed|Original version before they edited it|Archive link}: %L:{wayback|archiveph}%",
    ),
    ("link-map", 2, "{Where this is, for reference|Map for anyone wondering where it is}: %L:maps%"),
    ("link-travel", 2, "{Current travel advice|If you're planning to travel there, read this first}: %L:{govuk|state}%"),
    ("link-report-fraud", 2, "If you {got one of those scam messages|were contacted by these people}, report it: %L:ftc%"),
    ("link-data", 2, "{The longer trend is here|Long-run data}: %L:owid% {— pretty sobering.|}"),
    ("link-rights", 2, "{Rights groups documented this|Worth reading alongside}: %L:{hrw|cpj}%"),
    ("link-blog", 2, "I wrote {about this|a longer piece on it} {at the time|back then}: %L:substack%"),
    ("link-reddit", 2, "{The discussion here is better|Long thread with people from the area}: %L:reddit%"),
    (
        "link-telegram",
        2,
        "{Local channel posting updates (in the local language)|Updates are here, in the original language}: %L:telegram%",
    ),
    (
        "link-donate",
        2,
        "If you want to donate, {go to a known organisation|use a real one}: %L:icrc% {— not random links in the comments.|}",
    ),
    ("link-two", 3, "{Two other takes|Compare these two}: %L:NEWS% and %L:{LOCAL|aljazeera}%"),
    (
        "link-two-correction",
        2,
        "{Your date is off|The date is wrong}. See %L:wiki% and {the contemporary report|the report from that week} %L:{wayback|NEWS}%",
    ),
    ("link-three", 2, "Sources {for my earlier comment|since people asked}:\n%L:unnews%\n%L:NEWS%\n%L:doi%"),
    ("link-local-utm", 2, "{Someone shared this in our family group|Our family WhatsApp has been posting this}: %L:eastafrican%"),
    # non-English
    ("cs-thanks", 3, "{Díky|Děkuji} za {článek|tenhle článek}. {U nás o tom skoro nikdo nepíše.|V českých médiích o tom nic nebylo.}"),
    (
        "hu-anger",
        3,
        "{Mindig ugyanaz|Ugyanaz a történet}: {a politikusok|a hatalmon lévők} {megússzák|elsiklanak felette}, {az emberek fizetnek.|mi meg fizetünk.}",
    ),
    ("fi-question", 2, "{Onko|Tuleeko} tästä {jatkoa|lisää tietoa}? {Haluaisin tietää, mitä sitten tapahtui.|Kiinnostaa kovasti.}"),
    ("et-local", 2, "{Olin|Elasin} seal %yr%. aastal{,|} {olukord oli juba siis pingeline.|keegi ei oodanud sellist lõppu.}"),
    ("lt-agree", 2, "{Visiškai sutinku|Puikiai parašyta}. {Ačiū, kad rašote apie tai.|Pas mus apie tai beveik nerašo.}"),
    (
        "sv-dissent",
        3,
        "{Rätt ensidigt skrivet|Väldigt ensidigt} {tycker jag|om du frågar mig}. {Var är regeringens svar?|Man hör bara en sida.}",
    ),
    ("no-thanks", 2, "{Takk for|Tusen takk for} {en god artikkel|at dere skriver om dette}. {Tankene går til de berørte.|}"),
    (
        "da-joke",
        2,
        "{Og vores kommune|Og her hjemme} kan {ikke engang|stadig ikke} {rydde sne|fylde et hul i vejen}. {Perspektiv.|Prioriteter.}",
    ),
    ("hr-grief", 2, "{Iskrena sućut obiteljima.|Počivali u miru.} {Strašno.|Tužno.}"),
    (
        "sr-whatabout",
        2,
        "{Zanimljivo|Čudno} kako {niko nije pisao|nikoga nije bilo briga} kad se {isto desilo kod nas|isto dešavalo pre par godina}.",
    ),
    ("bg-question", 2, "{Има ли|Къде мога да намеря} {превод на български|повече информация}? {Благодаря.|}"),
    ("ka-thanks", 2, "{მადლობა|დიდი მადლობა} {სტატიისთვის|ამ სტატიისთვის}. {ჩვენთან ამაზე არავინ წერს.|}"),
    ("hy-local", 2, "{Իմ ընտանիքը|Իմ հարազատները} {այնտեղ են|այնտեղ են ապրում}. {Շնորհակալություն, որ գրում եք։|Մենք անհանգստանում ենք։}"),
    ("fa-anger", 3, "{باز هم همان داستان|همیشه همین است}. {مردم عادی تاوان می‌دهند.|مسئولان هیچ‌وقت جواب نمی‌دهند.}"),
    ("ur-question", 2, "{کیا اس کی کوئی تازہ خبر ہے؟|اس کے بعد کیا ہوا؟} {شکریہ|}"),
    ("ta-thanks", 2, "{நன்றி|மிக்க நன்றி}, {இதைப் பற்றி எழுதியதற்கு|இந்த செய்திக்கு}. {எங்கள் ஊரிலும் இதே நிலைதான்.|}"),
    ("ne-local", 2, "{हाम्रो गाउँमा पनि|यहाँ पनि} {यस्तै भयो|यस्तै भइरहेको छ}. {बिजुली छैन, काम छैन।|कसैले वास्ता गर्दैन।}"),
    (
        "ja-comment",
        3,
        "{丁寧な記事をありがとうございます。|分かりやすいまとめでした。} {日本ではほとんど報道されていません。|続報を待っています。}",
    ),
    ("yue-sarcasm", 2, "{又係咁|真係估唔到} {😂|}，{有錢人冇事，窮人受罪。|查完又冇結果。}"),
    ("ha-grief", 2, "{Allah ya jikan|Allah ya ji kan} {wadanda suka rasu|mamatan}. {Muna tare da iyalansu.|}"),
    ("zu-agree", 2, "{Uqinisile|Kuyiqiniso} {impela|ngempela}. {Abantu abampofu yibo abahluphekayo.|Siyabonga ngalolu daba.}"),
    (
        "so-local",
        2,
        "{Qoyskayga|Eheladayda} {halkaas ayay joogaan|weli halkaas ayay ku nool yihiin}. {Mahadsanid warbixintan.|Xaaladdu way ka sii dartay.}",
    ),
    ("af-dissent", 2, "{Baie eensydig|Hierdie berig is eensydig}. {Waar is die regering se kant?|Niemand het die ander kant gevra nie.}"),
    ("ca-question", 2, "{Hi ha|Existeix} alguna {actualització|notícia nova} sobre això? {Gràcies.|}"),
    ("cy-thanks", 2, "{Diolch|Diolch yn fawr} am {yr erthygl|rannu hyn}. {Meddyliau gyda'r teuluoedd.|}"),
    ("ht-local", 2, "{Fanmi mwen|Manman m} {toujou la|ap viv la} e {bagay yo pi mal pase sa|pa gen kouran ni dlo}. {Mèsi pou atik la.|}"),
    ("uz-anger", 2, "{Yana o'sha gap|Har doim shunday}: {oddiy odamlar azob chekadi.|hech kim javob bermaydi.}"),
    ("az-question", 2, "Bu barədə {yeni xəbər|əlavə məlumat} varmı? {Təşəkkürlər.|}"),
]

# records per template must sum to 300
assert len(HAM) >= 90, len(HAM)


def build_ham(slots):
    out, seen = [], set()
    for tid, n, text in HAM:
        for _ in range(n):
            art = slots.pop()
            f = facts(art)
            body = None
            for _ in range(40):
                cand = re.sub(r"[ ]{2,}", " ", fill(text, f)).strip()
                if cand not in seen:
                    body = cand
                    break
            if body is None:
                for tweak in (
                    lambda b: b + " 🙏",
                    lambda b: b.lower(),
                    lambda b: b + " (edited)",
                    lambda b: b.rstrip(".") + "!!",
                    lambda b: b + " x",
                ):
                    if tweak(cand) not in seen:
                        body = tweak(cand)
                        break
            seen.add(body)
            name, email, url = ham_voice(tid)
            out.append(
                {
                    "label": "ham",
                    "source": f"heldback12:ham:{tid}",
                    "article": art["id"],
                    "body": body,
                    "name": name,
                    "email": email,
                    "url": url,
                }
            )
    return out


# ---------------------------------------------------------------- spam disguises

CYR = {
    "a": "а",
    "e": "е",
    "o": "о",
    "p": "р",
    "c": "с",
    "x": "х",
    "y": "у",
    "i": "і",
    "A": "А",
    "E": "Е",
    "O": "О",
    "P": "Р",
    "C": "С",
    "B": "В",
    "H": "Н",
    "K": "К",
    "M": "М",
    "T": "Т",
}


def hg(s):
    return "".join(CYR[ch] if ch in CYR and rng.random() < 0.6 else ch for ch in s)


def zw(s):
    return "".join(ch + ("\u200b" if ch.isalpha() and rng.random() < 0.5 else "") for ch in s)


def fw(s):
    return "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ("\u3000" if ch == " " else ch) for ch in s)


def mb(s):
    o = []
    for ch in s:
        if "A" <= ch <= "Z":
            o.append(chr(0x1D400 + ord(ch) - 65))
        elif "a" <= ch <= "z":
            o.append(chr(0x1D41A + ord(ch) - 97))
        elif "0" <= ch <= "9":
            o.append(chr(0x1D7CE + ord(ch) - 48))
        else:
            o.append(ch)
    return "".join(o)


def sp(s):
    return " ".join(s)


def leet(s):
    return s.translate(str.maketrans({"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}))


DISGUISE = {"hg": hg, "zw": zw, "fw": fw, "mb": mb, "sp": sp, "leet": leet}
DIS_RE = re.compile(r"\[\[(hg|zw|fw|mb|sp|leet):([^\]]*)\]\]")


def rnd_fill(text):
    text = re.sub(r"%r(\d)%", lambda m: low(int(m.group(1))), text)
    text = re.sub(r"%d(\d)%", lambda m: digits(int(m.group(1))), text)
    text = text.replace("%usph%", f"+1 ({rng.choice(['202', '305', '415', '646', '702'])}) 555-01{rng.randint(0, 99):02d}")
    text = text.replace("%ukph%", f"+44 7700 900{rng.randint(0, 999):03d}")
    text = text.replace("%tollfree%", f"1-8{rng.choice(['00', '33', '44', '55', '66', '77', '88'])}-555-01{rng.randint(0, 99):02d}")
    return text


def sfill(text, f):
    text = spin_all(text)
    text = rnd_fill(text)
    for k in ("month", "yr", "ago", "site"):
        text = text.replace(f"%{k}%", f[k])
    return DIS_RE.sub(lambda m: DISGUISE[m.group(1)](m.group(2)), text)


SPAM_FREE = [
    "gmail.com",
    "outlook.com",
    "hotmail.com",
    "yahoo.com",
    "mail.ru",
    "yandex.com",
    "protonmail.com",
    "gmx.com",
    "aol.com",
    "163.com",
    "qq.com",
    "rambler.ru",
    "inbox.ru",
    "tutamail.com",
    "mail.com",
    "zohomail.com",
    "bk.ru",
    "list.ru",
    "sharklasers.com",
    "guerrillamail.com",
    "10minutemail.net",
    "yopmail.com",
    "tempmail.plus",
]

FREEMAIL = "%r8%@{" + "|".join(SPAM_FREE) + "}"

# (id, family, records, body, name, email, url)  -- all spun and filled per record
SPAM = [
    # pharma
    (
        "pharma-noscript",
        "pharma",
        4,
        "{Buy|Order} {Tramadol|Oxycodone|Xanax|Adderall} {online without prescription|no prescription needed|overnight delivery}. {Discreet packaging|Stealth shipping}, {worldwide delivery|ship to USA, UK, AU}. {WhatsApp|Text} %usph% or visit https://{rx-express-care|meds4less-direct|painfreepharm}.{com|net|shop}/{tramadol-100mg|buy-oxycodone-30mg|order-xanax}",
        "{Buy Tramadol Online|Oxycodone For Sale|Xanax Bars Online}",
        FREEMAIL,
        "",
    ),
    (
        "pharma-glp1",
        "pharma",
        4,
        "{Lost 14 kg in 10 weeks|Down 3 dress sizes} with {Mounjaro|Ozempic|semaglutide} pens, no doctor visit! {Genuine pens|Original Novo pens}, {cold-chain shipping|delivered in cool box}. Order: https://{slimpen-direct|glp1-pharmacy-uk|ozempens}.{store|shop}/?ref=%r5%",
        "{Semaglutide Pens UK|Mounjaro Without Prescription|GLP-1 Weight Loss}",
        "{sales|orders}@{slimpen-direct.store|glp1-pharmacy-uk.shop}",
        "https://{slimpen-direct.store|glp1-pharmacy-uk.shop}",
    ),
    (
        "pharma-html-ed",
        "pharma",
        4,
        '{Great post|Nice article|Very informative}! <a href="https://{bluepill-discount|ed-meds-online|generic-cialis-shop}.{com|net}/">{cheap viagra|generic cialis 20mg|buy sildenafil online}</a> {best price|fast shipping}',
        "{cheap viagra|generic cialis|sildenafil 100mg}",
        FREEMAIL,
        "https://{bluepill-discount.com|ed-meds-online.net}",
    ),
    (
        "pharma-homoglyph",
        "pharma",
        4,
        "[[hg:Pharmacy online - Viagra, Cialis, Modafinil]] {-|—} {70% off|up to 80% discount} {today only|this week}! {bit.ly|tinyurl.com}/%r7%",
        "[[hg:Online Pharmacy]]",
        FREEMAIL,
        "",
    ),
    (
        "pharma-ru",
        "pharma",
        4,
        "{Купить|Заказать} {трамадол|лирику|прегабалин} без рецепта {с доставкой|анонимно}. {Закладки в вашем городе.|Доставка по всей России.} Телеграм: @{apteka_%r4%|farm_shop%d3%}",
        "{Аптека без рецепта|Лекарства онлайн}",
        "%r7%@{mail.ru|bk.ru|inbox.ru}",
        "",
    ),
    (
        "pharma-bland",
        "pharma",
        4,
        "{This is a really well-written piece, thank you for sharing.|Very balanced reporting, appreciated.|Informative and thoughtful as always.}",
        "{Canadian Pharmacy Online|Generic Meds Store|RxCheapest}",
        "{info|admin}@{canadianpharmacy-rx|rxcheapest}.{com|net}",
        "https://{canadianpharmacy-rx.com|rxcheapest.net}/{ozempic|viagra|modafinil}",
    ),
    # casino / betting
    (
        "casino-gacor",
        "casino",
        4,
        "{Situs|Link} {slot gacor|slot88} {hari ini|terpercaya} {maxwin|gampang menang}, {deposit dana 10rb|depo pulsa tanpa potongan}! {Daftar sekarang|Login} di https://{gacor%d3%|slotmaxwin%d2%|pgsoft-gacor}.{xyz|site|online}/ {🔥🔥|💰}",
        "{SLOT GACOR|slot88 resmi|Situs Toto}",
        FREEMAIL,
        "https://{gacor%d3%|slotmaxwin%d2%}.{xyz|site}",
    ),
    (
        "casino-turkish",
        "casino",
        4,
        "{Deneme bonusu veren siteler|Bedava deneme bonusu} {2026|güncel liste} {— çevrimsiz|yatırımsız} {500 TL|1000 TL} bonus! https://{denemebonusu|bonusverensiteler}{%d2%|}.{com|net}",
        "{deneme bonusu veren siteler|casino siteleri}",
        FREEMAIL,
        "https://{denemebonusu%d2%.com|bonusverensiteler.net}",
    ),
    (
        "casino-freespins",
        "casino",
        4,
        "[[zw:Free spins]] {no deposit|on signup} {— 200|— 150} [[zw:free spins]] + {€500|$1000} bonus at {spinroyal|lucky-vault|jackpotnova}[.]{com|io} {🎰|}",
        "{Free Spins Casino|No Deposit Bonus}",
        FREEMAIL,
        "",
    ),
    (
        "casino-aviator",
        "casino",
        4,
        "{Aviator predictor|Aviator signals bot} {100% accurate|never loses}. {I made $2,300 this week.|Won 5 rounds in a row.} {Download the app|Get the hack}: {https://aviator-predictor-pro.app|https://t.me/aviator_signal_%r4%}",
        "{Aviator Predictor|Aviator Hack}",
        FREEMAIL,
        "",
    ),
    (
        "casino-ja",
        "casino",
        4,
        "{オンラインカジノ|新作オンカジ}{で|なら}{入金不要ボーナス|初回ボーナス}{30ドル|50ドル}{プレゼント|もらえる}！{今すぐ登録|詳しくは} https://{casino-jp-ranking|onkaji-bonus}.{com|net}/",
        "{オンラインカジノ ランキング|入金不要ボーナス}",
        FREEMAIL,
        "https://{casino-jp-ranking.com|onkaji-bonus.net}",
    ),
    (
        "betting-fixed",
        "betting",
        4,
        "{FIXED MATCHES 100% SURE|Sure fixed matches this weekend}. {Odds 2/1 to 50/1|HT/FT fixed}. {No loss guaranteed.|Pay after win.} {WhatsApp|Telegram} {%ukph%|@fixedinfo_%r4%}. {Contact now!|}",
        "{Fixed Matches|Sure Win Tips}",
        "{fixedmatch|surewin}%d3%@{gmail.com|yahoo.com}",
        "",
    ),
    (
        "betting-br",
        "betting",
        4,
        "{Descobri|Achei} {uma plataforma|o jogo do tigrinho} que {paga de verdade|tá pagando muito}! {Ganhei R$ 1.200 ontem|Saquei R$ 800 no PIX}. {Bônus de cadastro|Link} {na bio|aqui}: {bit.ly/tigrinho-%r4%|https://fortune-tiger-bonus.bet}",
        "{Fortune Tiger|Jogo do Tigrinho}",
        FREEMAIL,
        "",
    ),
    (
        "betting-bd",
        "betting",
        4,
        "{Best|No.1} {cricket betting|online betting} site in {Bangladesh|BD} {— bKash|— Nagad} deposit, {instant withdraw|fast payout}. {Promo code|Code}: {BDWIN%d2%|CRIC100}. {https://krikbet-bd.com|https://betbd%d2%.live}",
        "{Cricket Betting BD|Online Betting Bangladesh}",
        FREEMAIL,
        "https://{krikbet-bd.com|betbd.live}",
    ),
    (
        "betting-markdown",
        "betting",
        4,
        "{Check out|Try} [{1xbet promo code|best betting bonus 2026|sports betting app}](https://{promocodes-bet|betbonus-hub}.{com|net}/{1xbet|app}?aff=%d4%) {for a 130% welcome bonus|— biggest bonus this year}.",
        "{Betting Promo Codes|1xbet Promo}",
        FREEMAIL,
        "https://{promocodes-bet.com|betbonus-hub.net}",
    ),
    # loans
    (
        "loan-urgent",
        "loans",
        4,
        "{Do you need an urgent loan?|Are you in need of a loan?} {We offer|We give out} {loans at 2% interest rate|personal and business loans at 3%}. {No credit check.|Bad credit accepted.} Contact {us|Mr. Anderson} via email: {%r6%|andersonloanfirm}@{gmail.com|outlook.com}",
        "{Loan Offer|Mr. Anderson Loan Firm|Fast Loan Service}",
        "{andersonloanfirm|loanoffer%d3%}@{gmail.com|outlook.com}",
        "",
    ),
    (
        "loan-testimonial",
        "loans",
        4,
        "{My name is|I am} {Jessica Morales|Helen Brooks|Abigail Turner} from {Texas|Ohio|Manchester}. {I was scammed by three fake lenders before|Banks refused me} until {a friend|my colleague} introduced me to {Mrs. Grace Hollins|Mr. Peter Lawson} who gave me {$45,000|£30,000} {within 24 hours|in two days}. {Email|Contact} her on {graceloanhome|lawsonfinance}@{gmail.com|hotmail.com} or WhatsApp %usph%.",
        "{Jessica Morales|Helen Brooks|Abigail Turner}",
        FREEMAIL,
        "",
    ),
    (
        "loan-bbcode",
        "loans",
        4,
        "[url=https://{quickcash-today|payday-nodeposit|loans4all}.{net|com}/apply]{payday loans same day|instant cash advance|bad credit loans guaranteed approval}[/url] {- apply in 5 minutes|- no paperwork}",
        "{payday loans|instant cash}",
        FREEMAIL,
        "",
    ),
    (
        "loan-es",
        "loans",
        4,
        "{Préstamos|Créditos} {rápidos sin buró|sin aval} {hasta $50,000|en 10 minutos}. {Depósito inmediato.|Solo con tu INE.} {Escríbenos al|WhatsApp:} +52 55 %d4% %d4%",
        "{Préstamos Rápidos MX|Crédito Fácil}",
        FREEMAIL,
        "",
    ),
    (
        "loan-ng",
        "loans",
        4,
        "{Get instant loan|Need quick cash?} {up to ₦500,000|from ₦10,000} {without collateral|no BVN stress}. {Download|Get} {CashNaija|QuickNaira} app: https://play.google.com/store/apps/details?id=com.{cashnaija|quicknaira}.loan",
        "{CashNaija Loans|QuickNaira}",
        FREEMAIL,
        "",
    ),
    # crypto
    (
        "crypto-recovery",
        "crypto",
        4,
        "{I lost|I was scammed out of} {$87,000|$230,000|4.2 BTC} {to a fake trading platform|on a fake investment site}. {I thought it was over|I was devastated} until I {found|contacted} {CYBER RECOVERY WIZARD|Hack Recovery Expert|Marie Recovery Pro}. They {recovered all my funds|got everything back} {within 72 hours|in 3 days}. {Email|Contact}: {cyberrecoverywizard|hackrecoveryexpert|marierecovery}@{proton.me|gmail.com} {WhatsApp|Telegram}: %usph%",
        "{Linda Carter|Robert James|Victoria Lane}",
        FREEMAIL,
        "",
    ),
    (
        "crypto-mentor",
        "crypto",
        4,
        "{All thanks to|Big shout out to} {Mrs. Olivia Graham|Mr. Daniel Frank|Coach Serena} {for helping me|who helped me} {earn $18,500 in two weeks|turn $1,000 into $9,800} {trading Bitcoin|on her strategy}. {She's real!|Truly legit.} {Reach her on|Message} WhatsApp %usph% {or Telegram @{oliviagraham_fx|danielfrank_trades}|}",
        "{Carlos Mendez|Janet Hughes|Sophie Williams}",
        FREEMAIL,
        "",
    ),
    (
        "crypto-airdrop",
        "crypto",
        4,
        "{🚀|🎁} {$PEPE2|$WLFI|$SOLX} {airdrop is LIVE|claim is now open}! {Connect your wallet|Check eligibility} {and claim|to receive} {up to 5,000 tokens|your allocation}: https://{claim-%r5%|airdrop-%r4%}.{web.app|pages.dev|vercel.app} {⏰ ends in 24h|}",
        "{Airdrop Alert|Crypto Claims|$SOLX Official}",
        FREEMAIL,
        "",
    ),
    (
        "crypto-wallet-sync",
        "crypto",
        4,
        "{Having issues with your wallet?|Wallet not syncing? Tokens missing?} {Use|Try} {the DApp validator|WalletConnect rectify tool} to {validate|synchronize} your wallet {instantly|for free}: {https://dapps-rectify-%r3%.netlify.app|https://wallet-sync-node.app}",
        "{Wallet Support|DApps Rectify}",
        FREEMAIL,
        "",
    ),
    (
        "crypto-signals",
        "crypto",
        4,
        "{Join|Get into} {our VIP|the best} {crypto signals|futures signals} {group|channel} {— 92% win rate|— 15x leverage calls daily}! {👉|➡️} t.me/{vipsignals_%r4%|whale_calls%d2%} {📈📈|}",
        "{VIP Crypto Signals|Whale Calls}",
        FREEMAIL,
        "",
    ),
    (
        "crypto-pig",
        "crypto",
        4,
        "{Hi, is this David?|Hello, are you Mr. Chen?} {Sorry, I think I added the wrong person.|Oh sorry, wrong contact.} {But it's fate, maybe we can be friends 😊|You seem nice, maybe we can chat.} {I'm Lily, I work in fashion in Singapore and invest in gold on the side.|I'm Anna from Hong Kong.} {My WhatsApp|Add me} {%usph%|Line: lily_%r4%}",
        "{Lily|Anna W.|Cindy}",
        FREEMAIL,
        "",
    ),
    (
        "crypto-zh-usdt",
        "crypto",
        4,
        "{招聘|诚聘} {USDT跑分|兼职刷单}，{日入500-3000|日结高佣金}，{无需经验|手机就能做}。{联系飞机|TG}：@{paofen_%r4%|usdt%d3%}",
        "{USDT兼职|跑分平台}",
        "%d9%@qq.com",
        "",
    ),
    (
        "crypto-llm",
        "crypto",
        4,
        "{This is such an important story, and it really highlights how fragile local economies can be.|Really insightful piece — it shows how quickly savings can disappear in a crisis.} {In times like these, many people are looking for ways to protect their wealth.|It's a reminder that financial independence matters more than ever.} {I've personally found that a small, diversified crypto portfolio gives me some peace of mind.|For me, learning about decentralized finance was a game changer.} {If anyone is curious, I shared a beginner's guide here|There's a helpful beginner resource here}: https://{smartcoin-guide|defi-start}.{io|net}/{start|guide}?ref=%r6%",
        "{Michael R.|Emma Clarke|Daniel Osei}",
        FREEMAIL,
        "https://{smartcoin-guide.io|defi-start.net}",
    ),
    (
        "crypto-vi",
        "crypto",
        4,
        "{Kèo|Tín hiệu} {coin|Bitcoin} {chuẩn 95%|miễn phí mỗi ngày}, {vào nhóm Zalo|tham gia nhóm} {để nhận|nhận ngay} {x10 tài khoản|lợi nhuận}. Zalo: 09%d2% %d3% %d3%",
        "{Nhóm Kèo Coin|Đầu tư Coin}",
        FREEMAIL,
        "",
    ),
    (
        "crypto-giveaway",
        "crypto",
        4,
        "{🎉|🔥} [[mb:{Elon|Tesla}]] {BTC|ETH} [[mb:GIVEAWAY]]: {send 0.1 BTC, get 0.2 BTC back|double any amount sent}! {Official page|Details}: {tinyurl.com|is.gd}/%r6% {Limited time!|Only 1,000 spots.}",
        "{Tesla Giveaway|Crypto Event 2026}",
        FREEMAIL,
        "",
    ),
    # seo
    (
        "seo-outreach",
        "seo",
        4,
        "Hi {team|admin|there}, {I was going through your website|I came across your site} and {noticed it isn't ranking for key terms|love your content}. {We offer|I provide} {guest posts on DA 60+ news sites|high-authority backlinks} {starting at $35|at affordable prices}. {Reply to|Email} {%r5%|outreach.team}@{gmail.com|outlook.com} {for a price list.|to discuss.}",
        "{SEO Expert|Outreach Team|Guest Post Service}",
        FREEMAIL,
        "",
    ),
    (
        "seo-bland-name",
        "seo",
        4,
        "{Great read, thanks for sharing.|Very informative article, keep it up!|I really enjoyed reading this. Thanks!|Nice post. I learn something new every day.|Thanks for this, very helpful.}",
        "{best robot vacuum 2026|roof repair near me|emergency plumber London|cheap flights to Bali|kitchen remodeling Dallas}",
        "{info|contact|hello}@{robovacreviews|roofrepairpro|plumber247|balideals|dallasremodel}.{com|co.uk|net}",
        "https://{robovacreviews.com|roofrepairpro.com|plumber247.co.uk|balideals.net|dallasremodel.com}",
    ),
    (
        "seo-copied-reader",
        "seo",
        4,
        "{My thoughts are with the families. I hope the authorities learn from this.|Thank you for covering this. The people there deserve to be heard.|It's sad how often this happens and the world barely notices.|I hope there is a proper investigation this time.}",
        "{Artificial Grass Installers Perth|Best Mattress Deals|Junk Removal Phoenix|Dental Implants Turkey}",
        "{sales|info}@{grassperth|mattress-deals|junkphx|implants-istanbul}.{com.au|com|net}",
        "https://{grassperth.com.au|mattress-deals.com|junkphx.net|implants-istanbul.com}",
    ),
    (
        "seo-html-anchor",
        "seo",
        4,
        '{Nice article.|Thanks for sharing this.} Also {check out|read} <a href="https://{homeimprovementhub|techgadgetzone|travelwithkim}.{com|net}/{best-air-fryers|top-vpn-2026|bali-itinerary}">{best air fryers|top VPN 2026|Bali itinerary}</a>.',
        "{Home Improvement Hub|Tech Gadget Zone|Travel With Kim}",
        FREEMAIL,
        "https://{homeimprovementhub.com|techgadgetzone.net}",
    ),
    (
        "seo-plugin-q",
        "seo",
        4,
        "{Hey! Do you know if they make any plugins to help with SEO?|Hello, do you use any plugin for search engine optimization?} {I'm trying to get my blog to rank for some targeted keywords but I'm not seeing very good gains.|My site isn't ranking well.} {If you know of any please share. Thanks!|Appreciate it!}",
        "{Sheila|ramon|Jaxon}",
        FREEMAIL,
        "https://{%r5%|best-%r4%}.{blogspot.com|wixsite.com/mysite|weebly.com}",
    ),
    (
        "seo-url-name",
        "seo",
        4,
        "{Good info.|Keep posting.|Thank you!|Interesting.}",
        "https://{www.|}{ai-content-writer|bulk-backlinks|rank-fast-seo}.{com|io}",
        FREEMAIL,
        "https://{ai-content-writer.com|bulk-backlinks.io|rank-fast-seo.com}",
    ),
    (
        "seo-ru-forum",
        "seo",
        4,
        "{Прогон сайта|Прогон по форумам} {по 10 000 ресурсам|хрумером} {— рост ТИЦ и трафика|быстро и недорого}. {Подробнее|Заказать}: {https://progon-seo.ru|https://xrumer-%r4%.ru} {Скидки!|}",
        "{Прогон сайта|SEO продвижение}",
        "%r7%@{mail.ru|yandex.ru|rambler.ru}",
        "https://progon-seo.ru",
    ),
    (
        "seo-mission",
        "seo",
        4,
        "{I'm extremely impressed with your writing skills|Wow, superb blog layout!} {as well as with the layout on your blog.|How long have you been blogging for?} {Is this a paid theme or did you customize it yourself?|You make blogging look easy.} {Either way keep up the excellent quality writing.|}",
        "{%r5%|Mollie|Trent}",
        FREEMAIL,
        "https://%r6%.{tumblr.com|livejournal.com|over-blog.com}",
    ),
    (
        "seo-llm-agency",
        "seo",
        4,
        "{What a thoughtful and well-researched article!|This is a compelling and timely piece.} {It's a great reminder of how important clear, accessible information is in today's fast-paced digital world.|Stories like this show the power of trustworthy content.} {At {Brightwave|NovaRank|Pixelcrest} Digital, we help organisations amplify their message through data-driven SEO and content strategy.|As a digital marketing professional, I always appreciate content that connects.} {Keep up the great work!|Looking forward to more insights like this.}",
        "{Brightwave Digital|NovaRank Agency|Pixelcrest Digital}",
        "{hello|team}@{brightwavedigital|novarank|pixelcrest}.{io|agency|co}",
        "https://{brightwavedigital.io|novarank.agency|pixelcrest.co}",
    ),
    (
        "seo-sitelink-body",
        "seo",
        4,
        "{Very nice post.|Amazing write-up!} {I also wrote about|You might like my article on} {similar topics|this} at {www.|}{dailyviralbuzz|newsmagnet24|trendingnow-hub}.{com|net} {😊|}",
        "{Daily Viral Buzz|NewsMagnet24|Trending Now}",
        FREEMAIL,
        "",
    ),
    # essays
    (
        "essay-mill",
        "essays",
        4,
        "{Struggling with assignments?|Need help with your essay?} {Our native UK writers|Expert PhD writers} {write plagiarism-free essays|deliver 100% original papers} {from £9/page|within 3 hours}. {Visit|Order at} https://{essaypro-uk|assignmenthelp247|mydissertation}.{co.uk|com|net}",
        "{Essay Writing Service|Assignment Help UK|Dissertation Writers}",
        "{support|orders}@{essaypro-uk.co.uk|assignmenthelp247.com}",
        "https://{essaypro-uk.co.uk|assignmenthelp247.com|mydissertation.net}",
    ),
    (
        "essay-class",
        "essays",
        4,
        "{Take my online class for me|Pay someone to do my online exam}? {We handle|We take} {Pearson MyLab, ALEKS, Canvas quizzes|proctored exams and whole courses}. {A/B guaranteed.|Grade guaranteed or refund.} {Text|WhatsApp} %usph%",
        "{Take My Class|Online Class Help}",
        FREEMAIL,
        "",
    ),
    (
        "essay-llm-student",
        "essays",
        4,
        '{As a university student, this article really resonated with me.|Reading this as an international student was eye-opening.} {Balancing studies with following world events can be overwhelming.|Deadlines pile up when the news is this heavy.} {Thankfully, services like <a href="https://{writemypaper4me|scholarlyhelp}.{net|org}">professional essay help</a> have made it easier to manage my workload.|I found a great academic support service that saved my semester.}',
        "{Alicia Moore|Ethan Brooks|Priya Shah}",
        FREEMAIL,
        "",
    ),
    # adult
    (
        "adult-dating",
        "adult",
        4,
        "{Lonely tonight?|Bored? 😘} {Hot singles in your area|Real women near you} {want to meet|are waiting}. {No signup fee.|100% free.} {👉|} {https://meet-local-%r4%.club|cutt.ly/%r6%}",
        "{Hot Singles|Meet Tonight}",
        FREEMAIL,
        "",
    ),
    (
        "adult-spaced",
        "adult",
        4,
        "{Free cams|Live girls} {18+|} {no registration|free chat} {→|:} [[sp:{camxlive|hotcamz}]] . {com|net} {🔞|}",
        "{Cam Girls|Free Cams}",
        FREEMAIL,
        "",
    ),
    (
        "adult-escort",
        "adult",
        4,
        "{VIP|Elite} {escorts|call girls} {in Dubai|in Mumbai|in Istanbul} {available 24/7|independent and verified}. {WhatsApp|Call} {+971 5%d1% %d3% %d4%|+91 9%d4% %d5%}",
        "{Dubai Escorts|Mumbai Call Girls|Istanbul VIP}",
        FREEMAIL,
        "https://{dubai-vip-escort|mumbai-callgirls}.{com|in}",
    ),
    (
        "adult-aigf",
        "adult",
        4,
        "{Tired of boring chats?|Want a girlfriend who always answers?} {Try|Meet} {the #1 AI girlfriend|your AI companion} {— uncensored|— no limits} 🔥 {https://aigf-%r4%.app|https://lovebot.ai/?via=%r5%}",
        "{AI Girlfriend|Uncensored AI Chat}",
        FREEMAIL,
        "",
    ),
    # support
    (
        "support-airline",
        "support",
        4,
        "{Delta|United|Emirates|Lufthansa} {Airlines|} {customer service number|reservations phone} {☎️|📞} %tollfree% {— change flight, cancel, refund|24/7 live person}. {Call now|Speak to an agent}.",
        "{Airline Customer Service|Flight Reservations Number}",
        FREEMAIL,
        "",
    ),
    (
        "support-exchange",
        "support",
        4,
        "[[mb:{Coinbase|Binance|Kraken} Support Number]] %tollfree% {— account locked? withdrawal pending?|— 24/7 help} {Call our certified team.|We fix it fast.}",
        "{Coinbase Support|Binance Help Desk}",
        FREEMAIL,
        "",
    ),
    (
        "support-printer",
        "support",
        4,
        "{HP printer offline?|QuickBooks error 6000?|Canon printer not printing?} {Call|Dial} {toll free|our experts} %tollfree% {for instant help|for a quick fix}. {Visit|Or see} {www.|}{printerhelp-desk|qbsupport-24x7}.{com|us}",
        "{Printer Support|QuickBooks Support}",
        FREEMAIL,
        "",
    ),
    # counterfeit
    (
        "counterfeit-docs",
        "counterfeit",
        4,
        "{Buy|Get} {real registered|genuine} {passports, driver's licenses, ID cards|IELTS/TOEFL certificates without exam|residence permits} {for all countries|registered in the database}. {Contact|Email}: {docs%d3%|realdocs.world}@{gmail.com|protonmail.com} {WhatsApp|Telegram} %ukph%",
        "{Real Documents|Buy Passports Online}",
        FREEMAIL,
        "",
    ),
    (
        "counterfeit-money",
        "counterfeit",
        4,
        "{Undetectable|Grade A} {counterfeit|prop} {money|banknotes} {for sale — USD, EUR, GBP|passes pen test and UV}. {Also SSD chemical for cleaning black notes.|Discreet delivery.} {WhatsApp|Wickr}: %usph%",
        "{Counterfeit Money For Sale|Buy Fake Notes}",
        FREEMAIL,
        "",
    ),
    (
        "counterfeit-replica",
        "counterfeit",
        4,
        "{AAA|1:1} {replica|super clone} {Rolex|Omega|Patek} {watches|} {and|plus} {designer bags|sneakers} {at factory price|free shipping}: {replicawatch-store|superclone-shop}[.]{com|net} {⌚|}",
        "{Replica Watches|Super Clone Rolex}",
        FREEMAIL,
        "",
    ),
    # iptv
    (
        "iptv-fw",
        "iptv",
        4,
        "[[fw:IPTV]] {4K|UHD} {— 25,000 channels|+ 80,000 VOD}, {Premier League, NBA, UFC|all sports PPV} {from $9.99|only €6}/month. {Free 24h trial|Test free}: {https://iptv-%r4%.store|WhatsApp %ukph%}",
        "{Best IPTV Provider|IPTV Subscription}",
        FREEMAIL,
        "https://{iptvking|4kstreamzone}.{store|tv}",
    ),
    (
        "iptv-streams",
        "iptv",
        4,
        "{Watch|Stream} {the Champions League|the World Cup qualifiers|every F1 race} {live free|free HD} {no signup|without ads} → {rb.gy|shorturl.at}/%r5%",
        "{Free Football Live|Watch Live Free}",
        FREEMAIL,
        "",
    ),
    # wfh
    (
        "wfh-neighbour",
        "wfh",
        4,
        "{My neighbour's daughter|My best friend's sister} {makes|earns} {$92 an hour|$14,000 a month} {working from home|on her laptop}. {I was sceptical but|I didn't believe it at first but} {now I'm earning too|I tried it}. {Look here|Start here} {→|:} {www.|}{%r4%|easywork}{jobs|home}%d2%.{com|online}",
        "{Emily|Sarah J.|Jennifer}",
        FREEMAIL,
        "",
    ),
    (
        "wfh-tasks",
        "wfh",
        4,
        "{Hiring remote staff|Part-time job offer}: {rate hotels and apps|like YouTube videos|review products} {from your phone|30 min a day}, {earn $200-$800/day|daily pay in USDT}. {Contact HR on Telegram|WhatsApp our HR} {@HR_%r5%|%usph%}",
        "{HR Recruitment Team|Remote Job Offer}",
        FREEMAIL,
        "",
    ),
    (
        "wfh-leet",
        "wfh",
        4,
        "[[leet:make money online]] {— $500 daily|from home} {no experience needed|no investment}. {Join|Click} {bit.ly|t.ly}/%r6%",
        "{Make Money Online|Earn From Home}",
        FREEMAIL,
        "",
    ),
    (
        "wfh-de",
        "wfh",
        4,
        "{Nebenjob von zu Hause|Homeoffice Nebenverdienst} {— 3.000 € im Monat|bis zu 150 € pro Tag}, {keine Erfahrung nötig|flexible Zeiten}. {Jetzt bewerben|Infos} per WhatsApp: +49 15%d1% %d7%",
        "{Nebenjob Homeoffice|Job von zu Hause}",
        FREEMAIL,
        "",
    ),
    # hacker
    (
        "hacker-hire",
        "hacker",
        4,
        "{Need a hacker?|Suspect your partner is cheating?} {I used|I hired} {HACKWIZ|Spy Ethical Hack|Mr. Kevin Cyber} to {access my husband's WhatsApp|recover my hacked Instagram|fix my credit score} {without him knowing|in 2 hours}. {Email|Contact}: {hackwiz|spyethicalhack|kevincyber}@{proton.me|gmail.com}",
        "{Rebecca Stone|Maria Lopez|Tina}",
        FREEMAIL,
        "",
    ),
    (
        "hacker-leet",
        "hacker",
        4,
        "[[leet:Hire a hacker]] {— social media, phone, grades, credit|— WhatsApp, iCloud, Gmail}. {100% confidential.|Fast and discreet.} {Telegram|Signal}: {@darkops_%r4%|+1 555 01%d2%}",
        "{Ethical Hacker|Hire Hacker}",
        FREEMAIL,
        "",
    ),
    # spells
    (
        "spell-caster",
        "spells",
        4,
        "{My husband left me|My boyfriend broke up with me} {for another woman|after 6 years}. {I contacted|I found} {Dr. Obalu|Priest Zaza|Dr. Ajayi} {online|on a blog} and {after his love spell|within 48 hours} {he came back begging|he returned home}. {He also helps with lottery, fertility and court cases.|He can cure herpes too.} {Email|Contact}: {drobalu|priestzaza|drajayispells}@{gmail.com|yahoo.com} WhatsApp +234 %d3% %d3% %d4%",
        "{Kimberly|Susan Clarke|Laura M.}",
        FREEMAIL,
        "",
    ),
    (
        "spell-fr",
        "spells",
        4,
        "{Grand|Puissant} {marabout|voyant médium} {Professeur Kadi|Maître Sounkalo} : {retour de l'être aimé|retour affectif} {en 7 jours|rapide}, {chance aux jeux, protection|désenvoûtement}. {Résultat garanti.|100 % efficace.} {Tél/WhatsApp|Appelez} : +229 %d2% %d2% %d2% %d2%",
        "{Marabout Kadi|Maître Sounkalo}",
        FREEMAIL,
        "",
    ),
    # diet / cbd
    (
        "diet-gummies",
        "diet",
        4,
        "{Keto ACV Gummies|Lean Belly Gummies|Sugar Defender drops} {— melt fat without diet|— burn fat while you sleep}! {Celebrities swear by it.|As seen on Shark Tank.} {Official site|Order with 60% off}: https://{ketoacv|leanbelly|sugardefender}-{official|shop}.{com|org}/?aff=%r5%",
        "{Keto Gummies|Sugar Defender Official}",
        FREEMAIL,
        "https://{ketoacv-official.com|sugardefender-shop.org}",
    ),
    (
        "diet-cbd-llm",
        "diet",
        4,
        "{Stories like this can be so stressful to read.|This kind of news really weighs on you.} {Self-care is so important in times like these.|It's important to look after your mental health.} {Personally, a few drops of full-spectrum CBD oil in the evening have helped me stay calm.|I've been using natural CBD gummies to manage anxiety.} {I get mine from|You can find good ones at} {greenleafcbd|calmroots}.{co|shop}",
        "{Grace Whitmore|Naturally Nina|Holistic Hannah}",
        FREEMAIL,
        "https://{greenleafcbd.co|calmroots.shop}",
    ),
    (
        "diet-es",
        "diet",
        4,
        "{¡Bajé 12 kilos en un mes!|Adelgaza sin dieta ni ejercicio} con {cápsulas naturales|gotas de Keto Burn}. {Envío gratis|Pago contra entrega}. {Pide aquí|Más info}: {bit.ly|acortar.link}/%r6%",
        "{Keto Burn México|Adelgazar Rápido}",
        FREEMAIL,
        "",
    ),
    # visa
    (
        "visa-lmia",
        "visa",
        4,
        "{Canada|Australia|UK} {visa sponsorship jobs|work permit with LMIA} {available now|2026}! {Caregivers, drivers, farm workers|No IELTS required}. {Salary $3,500/month.|Free accommodation.} {Apply|Send CV} to {jobs.canada.immig|visa.hr.desk}@{gmail.com|outlook.com}",
        "{Canada Jobs Agency|Visa Sponsorship}",
        FREEMAIL,
        "",
    ),
    (
        "visa-schengen",
        "visa",
        4,
        "{Schengen visa appointment|VFS appointment slots} {guaranteed in 7 days|available for all categories}. {Also US B1/B2 interview dates.|No waiting.} {Contact|WhatsApp} {%ukph%|@visaslots_%r4%}",
        "{Visa Appointments|Schengen Slots}",
        FREEMAIL,
        "",
    ),
    (
        "visa-ar",
        "visa",
        4,
        "{تأشيرة عمل|فيزا عمل} {إلى كندا|إلى ألمانيا} {بدون وسيط|مضمونة 100%}. {للتواصل واتساب|اتصل} +971 5%d1% %d7%",
        "{فيزا كندا|تأشيرات أوروبا}",
        FREEMAIL,
        "",
    ),
    # followers / reviews
    (
        "followers",
        "followers",
        4,
        "{Buy|Get} {real Instagram followers|TikTok likes and views|YouTube subscribers} {cheap|instant} {— 1000 for $2|from $0.99}. {Cheapest SMM panel|Non-drop, refill guarantee}: {https://smmking%d2%.com|https://cheapsmm-panel.net}",
        "{SMM Panel|Buy Followers}",
        FREEMAIL,
        "https://{smmking.com|cheapsmm-panel.net}",
    ),
    (
        "reviews",
        "followers",
        4,
        "{Buy Google reviews|Buy Trustpilot reviews|Buy verified Binance accounts|Buy aged Gmail accounts} {— 100% safe|— real and permanent}. {Bulk discounts.|Delivery in 24h.} {Telegram|Skype}: {@usa_%r4%|live:.cid.%r8%} {or email} {usashop%d2%|bestpvashop}@{gmail.com|outlook.com}",
        "{Buy Google Reviews|USA PVA Shop}",
        "{usashop%d2%|bestpvashop}@{gmail.com|outlook.com}",
        "https://{usapvashop|bestreviewsbuy}.{com|net}",
    ),
    # prize / phishing
    (
        "prize-winner",
        "prize",
        4,
        "{Congratulations!|🎉 Congratulations!} {You have been selected|Your email was selected} {as the winner of|to receive} {a $1,000 Amazon gift card|an iPhone 17 Pro|£750 Tesco voucher}. {Claim within 24 hours|Confirm your details}: {https://rewards-%r4%.info|is.gd/%r5%}",
        "{Rewards Team|Prize Notification}",
        FREEMAIL,
        "",
    ),
    (
        "prize-parcel",
        "prize",
        4,
        "{Your parcel could not be delivered due to an incomplete address.|USPS: Your package is on hold.} {Please update your details|Pay the redelivery fee of $1.99} {at|:} {https://usps-redelivery-%r4%.com|https://royalmail-fee.%r4%.top}",
        "{USPS|Royal Mail}",
        "no-reply@{usps-notify|royalmail-help}.{top|xyz}",
        "",
    ),
    (
        "prize-account",
        "prize",
        4,
        "{Dear user|Attention}, your {WindowNews|comment} account {will be suspended|has been flagged} {within 48 hours|for unusual activity}. {Verify your identity|Confirm your login} {here|now}: {https://windownews-verify.%r4%.site|https://secure-login-%r4%.com/windownews}",
        "{WindowNews Security|Account Team}",
        "{security|noreply}@{windownews-alert|account-verify}.{site|online}",
        "",
    ),
    (
        "prize-it",
        "prize",
        4,
        "{Complimenti!|Congratulazioni!} {Sei stato selezionato|Hai vinto} {per un buono Esselunga da 500€|un iPhone}. {Ritira il premio|Conferma} {qui|subito}: {https://premio-%r4%.it-promo.com|bit.ly/%r6%}",
        "{Premi Italia|Promozione Vincitore}",
        FREEMAIL,
        "",
    ),
]


def build_spam(slots):
    out = []
    for tid, _family, n, body, name, email, url in SPAM:
        for _ in range(n):
            art = slots.pop()
            f = facts(art)
            nm = sfill(name, f)
            out.append(
                {
                    "label": "spam",
                    "source": f"heldback12:spam:{tid}",
                    "article": art["id"],
                    "body": re.sub(r"[ ]{2,}", " ", sfill(body, f)).strip(),
                    "name": nm,
                    "email": sfill(email, f),
                    "url": sfill(url, f),
                }
            )
    return out


def main():
    slots = article_slots(600)
    ham = build_ham(slots)
    spam = build_spam(slots)
    items = ham + spam
    rng.shuffle(items)
    write_set("comment_spam_heldback12.jsonl", items)


if __name__ == "__main__":
    main()

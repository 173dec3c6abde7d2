"""Build comment_spam_heldback13.jsonl: the thirteenth held-back set (300 ham, 300 spam).

Written blind: without opening comments/ or bench/comment_spam.py, without reading any earlier
set's .jsonl or any earlier builder's templates (only the first lines of one builder, for the
import style), without reading git history, and without running any filter over this set (see
bench/data/README.md). Comments are posted under English Wikinews articles dated 2019-01 to
2019-06 and 2020-07 to 2020-12 (CC BY 2.5) and a seeded sample of Global Voices posts of 2022
(CC BY 3.0). From an article a comment takes only what a fixed rule derives from its date and
the shape of its first paragraph (`measures` below): `$year` (year of its date), `$ago` (years
from then to 2026), `$sent`/`$sentw` (sentences in the body's first paragraph, Wikinews only)
and, inside cited links, a date at or up to three days after the article's; never the title,
teaser, author or a phrase of the body. Run from anywhere:
`python3 bench/data/build_comment_spam_heldback13.py`.
"""

import datetime
import random
import re
import unicodedata

from comment_sets import GLOBAL_VOICES, WIKINEWS, articles, spin, write_set

rng = random.Random(20261128_13)

# --------------------------------------------------------------------------------------------
# articles and what a comment may take from one

NUMWORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]


def sentences_in_first_paragraph(body):
    para = body.strip().split("\n\n")[0].strip()
    parts = re.split(r"(?<=[.!?])[\"”’)]?\s+(?=[A-Z\"“‘(0-9])", para)
    return max(1, len([p for p in parts if p.strip()]))


def measures(art):
    year = int(art["date"][:4])
    m = {"year": year, "ago": 2026 - year, "wn": art["id"].startswith("wn-")}
    m["sent"] = sentences_in_first_paragraph(art["body"]) if m["wn"] else None
    return m


wn_all = articles(WIKINEWS)
gv_all = articles(GLOBAL_VOICES)
WN = [a for a in wn_all if "2019-01" <= a["date"][:7] <= "2019-06" or a["date"][:7] >= "2020-07"]
GV = rng.sample(gv_all, 40)
POOL = WN + GV
MEAS = {a["id"]: measures(a) for a in POOL}
DATES = {a["id"]: a["date"] for a in POOL}
USED = {a["id"]: 0 for a in POOL}
CAP = 5


def draw_article(need=None):
    """An article with room left (at most CAP comments each) that suits the template."""
    while True:
        a = rng.choice(POOL)
        m = MEAS[a["id"]]
        if USED[a["id"]] >= CAP:
            continue
        if need and not need(m):
            continue
        USED[a["id"]] += 1
        return a["id"]


# --------------------------------------------------------------------------------------------
# filling a template

SLUGS = [
    "aid-convoys-held-at-checkpoint-as-talks-stall",
    "thousands-displaced-after-river-bursts-banks",
    "opposition-rejects-preliminary-results",
    "court-suspends-emergency-decree",
    "fuel-shortages-spread-to-capital",
    "ministers-meet-as-pressure-mounts",
    "what-we-know-so-far",
    "families-wait-for-news-of-missing-relatives",
    "rights-groups-call-for-independent-inquiry",
    "explainer-why-the-vote-matters",
    "hospital-staff-describe-chaotic-scenes",
    "government-announces-relief-package",
    "protesters-return-to-streets-for-third-night",
    "un-envoy-urges-restraint",
    "journalists-detained-while-covering-unrest",
    "prices-soar-as-currency-slides",
    "ceasefire-largely-holding-residents-say",
    "parliament-votes-to-extend-state-of-emergency",
    "death-toll-rises-as-rescue-efforts-continue",
    "farmers-count-losses-after-drought",
]
WIKI = [
    "Internally_displaced_person",
    "State_of_emergency",
    "Humanitarian_corridor",
    "List_of_countries_by_GDP_(nominal)",
    "Martial_law",
    "Proportional_representation",
    "International_Criminal_Court",
    "Freedom_of_the_press",
    "Universal_Declaration_of_Human_Rights",
    "Geneva_Conventions",
    "Hyperinflation",
    "Curfew",
    "Exclusive_economic_zone",
    "Two-round_system",
    "Refugee_camp",
]
HANDLES = [
    "quietobserver",
    "the_real_mo",
    "dunedin_dan",
    "Kwame_A",
    "lina.reads",
    "oldsailor62",
    "bern_d",
    "rosie_t",
    "nomadic_nic",
    "pdx_prakash",
    "hkpanda",
    "sahel_notes",
    "jkowal",
    "mapgeek",
    "tinted_lens",
    "ana_bcn",
    "kiwi_sam",
    "leo_the_lurker",
    "fenwick",
    "ibu_ratna",
]
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
COUNTRIES = [
    "niger",
    "bolivia",
    "myanmar",
    "haiti",
    "ethiopia",
    "lebanon",
    "sri-lanka",
    "mozambique",
    "nicaragua",
    "kyrgyzstan",
    "sudan",
    "venezuela",
    "mali",
    "peru",
]


def tokens(text, base):
    """Random ids and the link date (article date + 0-3 days) in real URL shapes."""
    d = base
    text = (
        text.replace("$mon", MONTHS[d.month - 1])
        .replace("$Y", f"{d.year}")
        .replace("$M", f"{d.month:02d}")
        .replace("$D", f"{d.day:02d}")
        .replace("$m", str(d.month))
        .replace("$d", str(d.day))
    )

    def tok(m):
        kind, n = m.group(1), int(m.group(2))
        if kind == "d":
            return str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(n - 1))
        if kind == "a":
            return "".join(rng.choice(ALNUM) for _ in range(n))
        if kind == "x":
            return "".join(rng.choice("0123456789abcdef") for _ in range(n))
        return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(n))

    text = re.sub(r"<([daxl])(\d+)>", tok, text)
    text = text.replace("<slug>", rng.choice(SLUGS)).replace("<wiki>", rng.choice(WIKI))
    text = text.replace("<h>", rng.choice(HANDLES)).replace("<country>", rng.choice(COUNTRIES))
    while "<lat>" in text:
        text = text.replace("<lat>", f"{rng.uniform(-30, 50):.4f}", 1).replace("<lon>", f"{rng.uniform(-80, 120):.4f}", 1)
    return text


def article_bits(text, art_id):
    m = MEAS[art_id]
    text = text.replace("$year", str(m["year"])).replace("$ago", str(m["ago"]))
    if m["sent"] is not None:
        text = text.replace("$sentw", NUMWORDS[m["sent"]]).replace("$sent", str(m["sent"]))
    return text


def link_base(art_id):
    d = datetime.date.fromisoformat(DATES[art_id])
    return d + datetime.timedelta(days=rng.randint(0, 3))


# disguises bots use, applied to words only (links, numbers and handles stay usable)
HOMO = {
    "a": "а",
    "e": "е",
    "o": "о",
    "c": "с",
    "p": "р",
    "x": "х",
    "i": "і",
    "y": "у",
    "A": "А",
    "E": "Е",
    "O": "О",
    "C": "С",
    "P": "Р",
    "B": "В",
    "H": "Н",
    "T": "Т",
    "M": "М",
}
LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}


def homoglyph(s):
    return "".join(HOMO[ch] if ch in HOMO and rng.random() < 0.6 else ch for ch in s)


def zerowidth(s):
    return "\u200b".join(s) if len(s) < 12 else "".join(ch + ("\u200b" if rng.random() < 0.5 else "") for ch in s)


def fullwidth(s):
    return "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ("\u3000" if ch == " " else ch) for ch in s)


def mathbold(s):
    out = []
    for ch in s:
        if "A" <= ch <= "Z":
            out.append(chr(0x1D400 + ord(ch) - 65))
        elif "a" <= ch <= "z":
            out.append(chr(0x1D41A + ord(ch) - 97))
        else:
            out.append(ch)
    return "".join(out)


def spaced(s):
    return " ".join(s)


def leet(s):
    return "".join(LEET.get(ch.lower(), ch) if rng.random() < 0.8 else ch for ch in s)


DISGUISE = {"H": homoglyph, "Z": zerowidth, "W": fullwidth, "B": mathbold, "S": spaced, "L": leet}


def disguise(text):
    return re.sub(r"⟦([HZWBSL]):([^⟧]*)⟧", lambda m: DISGUISE[m.group(1)](m.group(2)), text)


def fill(text, art_id, base, vars_, email=""):
    for k, v in vars_.items():
        text = text.replace(f"%{k}%", v)
    text = spin(rng, text)
    text = article_bits(text, art_id)
    text = tokens(text, base)
    text = text.replace("<email>", email)
    return disguise(text)


# --------------------------------------------------------------------------------------------
# readers: names, mailboxes, websites

FIRST = [
    "Ahmed",
    "Beatriz",
    "Chidi",
    "Dana",
    "Elif",
    "Farhan",
    "Grace",
    "Hiroshi",
    "Ines",
    "Jomo",
    "Katarzyna",
    "Luis",
    "Mariam",
    "Niall",
    "Oksana",
    "Pedro",
    "Qiu",
    "Rania",
    "Sven",
    "Thandiwe",
    "Uma",
    "Viktor",
    "Wanjiru",
    "Xavier",
    "Yusuf",
    "Zainab",
    "Aroha",
    "Bongani",
    "Carmen",
    "Dmitri",
    "Esther",
    "Femi",
    "Gulnara",
    "Hamid",
    "Isabel",
    "Javier",
    "Kemal",
    "Leilani",
    "Matteo",
    "Nadia",
    "Olu",
    "Paul",
    "Rachel",
    "Sanjay",
    "Tomasz",
    "Ulla",
    "Valentina",
    "Wei",
    "Yara",
    "Zoltan",
    "Abena",
    "Brendan",
    "Chiara",
    "Dolores",
    "Emeka",
    "Fiona",
    "Gabriel",
    "Hana",
    "Ivan",
    "Julia",
]
LAST = [
    "Haddad",
    "Okonkwo",
    "Lindqvist",
    "Moreau",
    "Tanaka",
    "Kowalczyk",
    "Mensah",
    "O'Sullivan",
    "Ferreira",
    "Nguyen",
    "Petrov",
    "Shah",
    "Alvarez",
    "Kariuki",
    "Novak",
    "Rahman",
    "Bianchi",
    "Schmidt",
    "Ndlovu",
    "Park",
    "Yilmaz",
    "Castillo",
    "Hughes",
    "Abubakar",
    "Jensen",
    "Silva",
    "Mukherjee",
    "Dubois",
    "Kaplan",
    "Otieno",
    "Reyes",
    "Fischer",
    "Hosseini",
    "Murphy",
    "Lim",
    "Adeyemi",
    "Costa",
    "Ivanova",
    "MacLeod",
    "Takahashi",
    "Wójcik",
    "Begum",
    "Torres",
    "Banda",
]
NICKS = [
    "Big Al",
    "Auntie Bee",
    "Doc",
    "Skip",
    "grumpy in Glasgow",
    "the teacher",
    "Anon",
    "Just a reader",
    "Old Hack",
    "Mum of three",
    "Taxi Tom",
    "J.",
    "R.K.",
    "M.T.",
    "concerned citizen",
]
PLACES = [
    "Valparaíso",
    "Tbilisi",
    "Kampala",
    "Da Nang",
    "Hobart",
    "Bergen",
    "Cork",
    "Medellín",
    "Lahore",
    "Kigali",
    "Winnipeg",
    "Cluj",
    "Durban",
    "Oaxaca",
    "Chiang Mai",
    "Tromsø",
    "Accra",
    "Izmir",
    "Lyon",
    "Surabaya",
]
PROVIDERS = (
    ["gmail.com"] * 10
    + ["yahoo.com"] * 3
    + ["outlook.com"] * 3
    + ["hotmail.com"] * 2
    + ["icloud.com"] * 2
    + ["proton.me"] * 2
    + [
        "gmx.de",
        "web.de",
        "mail.ru",
        "yandex.ru",
        "naver.com",
        "yahoo.co.jp",
        "orange.fr",
        "free.fr",
        "libero.it",
        "seznam.cz",
        "wp.pl",
        "btinternet.com",
        "bigpond.com",
        "shaw.ca",
        "tutanota.com",
        "fastmail.com",
        "hey.com",
        "zoho.com",
        "laposte.net",
        "aol.com",
        "rediffmail.com",
        "abv.bg",
        "freemail.hu",
        "telia.com",
        "mail.com",
        "posteo.de",
        "yahoo.co.uk",
        "ymail.com",
        "live.com",
    ]
)


def ascii_of(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9 ._-]", "", s.lower()).strip()


def mailbox(name, roman=None):
    base = ascii_of(roman or name)
    parts = [p for p in re.split(r"[ ._-]+", base) if p]
    if not parts:
        parts = [rng.choice(HANDLES).lower().replace(".", "")]
    f, last = parts[0], parts[-1]
    pats = [
        f"{f}.{last}",
        f"{f}{last}{rng.randint(1, 99)}",
        f"{f[0]}{last}",
        f"{f}_{rng.randint(60, 99)}",
        f"{last}.{f}",
        f"{f}{rng.randint(1000, 2024)}",
        f"{f}.{last}{rng.randint(1, 9)}",
        f"{f}",
    ]
    if len(parts) == 1:
        pats = [f"{f}{rng.randint(1, 999)}", f"{f}.mail", f"real.{f}", f"{f}_{rng.choice(['x', 'k', 'jr', 'uk', 'za'])}"]
    return f"{rng.choice(pats)}@{rng.choice(PROVIDERS)}".replace("'", "")


def reader():
    """A generic reader: (name, email, slug for a website)."""
    r = rng.random()
    f, last = rng.choice(FIRST), rng.choice(LAST)
    if r < 0.34:
        name = f"{f} {last}"
    elif r < 0.56:
        name = f
    elif r < 0.70:
        name = rng.choice(HANDLES)
        return name, mailbox(name), name
    elif r < 0.80:
        name = rng.choice(NICKS)
        return name, mailbox(f"{f} {last}"), f"{f}{last}"
    elif r < 0.90:
        name = f"{f} {rng.choice(['in', 'from'])} {rng.choice(PLACES)}"
    elif r < 0.95:
        name = f"{f[0]}. {last}"
    else:
        name = f.lower()
    return name, mailbox(f"{f} {last}" if " " in name or "." in name else f), f"{f}{last}"


LANG_NAMES = {
    "cs": ["Jana Dvořáková", "Petr", "Ondřej Svoboda", "Markéta K."],
    "hu": ["Kovács Bence", "Zsófi", "Nagy Erzsébet", "Tamás"],
    "fi": ["Aino Virtanen", "Mikko", "Jussi L.", "Sanna"],
    "sv": ["Karin Lund", "Erik", "Maja Holm", "Johan B."],
    "da": ["Mette", "Søren Kjær", "Line H."],
    "ca": ["Jordi Puig", "Montse", "Núria Vidal"],
    "hr": ["Ivana Horvat", "Marko", "Ante B."],
    "sr": ["Милош|milos", "Јелена Петровић|jelena petrovic", "Драган|dragan"],
    "bg": ["Мария|maria", "Георги Иванов|georgi ivanov", "Ники|niki"],
    "ka": ["ნინო|nino", "გიორგი ბ.|giorgi b", "Levan"],
    "hy": ["Անի|ani", "Aram Petrosyan", "Նարեկ|narek"],
    "az": ["Leyla Məmmədova|leyla mammadova", "Rəşad|rashad", "Aysel"],
    "kk": ["Айгерім|aigerim", "Нұрлан Сейітов|nurlan seitov", "Dana K."],
    "uz": ["Dilnoza", "Jasur Karimov", "Shahlo"],
    "fa": ["مریم|maryam", "Reza", "آرش|arash"],
    "ur": ["عمران|imran", "Ayesha Siddiqui", "Bilal"],
    "ne": ["सुनिता|sunita", "Bikash Shrestha", "Pemba"],
    "ta": ["கார்த்திக்|karthik", "Priya R.", "Senthil"],
    "ja": ["佐藤|sato", "Yuki", "たなか|tanaka", "K. Mori"],
    "ha": ["Abubakar Sani", "Hauwa", "Malam Isa"],
    "so": ["Hodan", "Abdi Farah", "Sahra"],
    "zu": ["Sipho", "Nomvula Dlamini", "Thabo M."],
    "af": ["Annelie", "Pieter van Wyk", "Riaan"],
    "ht": ["Jean-Robert", "Mirlande", "Wilner P."],
    "lt": ["Rūta", "Tomas Kazlauskas", "Eglė"],
    "es": ["Camila Rojas", "Nacho", "Fran Soto", "Paz"],
    "fr": ["Hélène", "Moussa Diallo", "Aurélie B."],
}


def lang_reader(lang):
    entry = rng.choice(LANG_NAMES[lang])
    name, _, roman = entry.partition("|")
    return name, mailbox(name, roman or None), ascii_of(roman or name).replace(" ", "")


def website(slug):
    slug = re.sub(r"[^a-z0-9]", "", slug.lower()) or "reader"
    return rng.choice(
        [
            f"https://{slug}.substack.com",
            f"https://{slug}.wordpress.com",
            f"https://{slug}.blogspot.com",
            f"https://medium.com/@{slug}",
            f"https://github.com/{slug}",
            f"https://www.linkedin.com/in/{slug}-{rng.randint(10, 99)}a{rng.randint(100, 999)}",
            f"https://mastodon.social/@{slug}",
            f"https://mstdn.social/@{slug}",
            f"https://fosstodon.org/@{slug}",
            f"https://bsky.app/profile/{slug}.bsky.social",
            f"https://{slug}.net",
            f"https://www.{slug}.me",
            f"https://{slug}.org",
            f"https://{slug}.micro.blog",
        ]
    )


BUSINESSES = [
    ("Casa Lumbre Guesthouse", "casalumbre.com", "stay"),
    ("Lakeside Trekking Co.", "lakesidetrekking.co", "stay"),
    ("Kafe Tamu Guesthouse", "kafetamu.co.ke", "stay"),
    ("Harbour Radio 98.4", "harbourradio.org.nz", "radio"),
    ("Valley FM community radio", "valleyfm.org.za", "radio"),
    ("Radio Ñandutí Comunitaria", "nanduticomunitaria.org", "radio"),
]


def business(kind):
    name, dom, _ = rng.choice([b for b in BUSINESSES if b[2] == kind])
    return name, f"{rng.choice(['hello', 'info', 'office', 'team'])}@{dom}", f"https://{dom}"


# --------------------------------------------------------------------------------------------
# ham templates: (id, text, links, options)

HAM = []


def ham(tid, text, links=0, lang="en", voice="reader", need=None, web=False, vars_=None):
    HAM.append({"tid": tid, "text": text, "links": links, "lang": lang, "voice": voice, "need": need, "web": web, "vars": vars_ or {}})


WNONLY = lambda m: m["wn"]  # noqa: E731

ham("thanks-nobody", "Thanks for {covering|reporting on} this. {Nobody else|None of the big outlets} {seems to have|has} picked it up.")
ham("thanks-clear", "Good piece. Clear, no drama, just what happened{.|!} More of this please.")
ham("oneword", "{Grim.|Wow.|Brutal.|Finally.|Unbelievable.|Heartbreaking.|Yikes}")
ham("emoji-only", "{🙏|💔|😔🙏|👏👏|🕯️|😢}")
ham("bookmarked", "This is the kind of reporting I come here for. {Bookmarked.|Saved for later.|Sharing it with my book club.}")
ham(
    "agree-locals",
    "Exactly this. People forget the {local officials|ordinary families|people on the ground} are the ones who pay for every bad decision made in some capital far away.",
)
ham(
    "dissent-oneside",
    "I think the piece leans too heavily on one side's statements. Where is the response from the other party? Even a 'declined to comment' would help.",
)
ham("dissent-pressrelease", "Respectfully, this reads like a press release. Who actually verified the {numbers|figures}?")
ham("anger-caps", "ABSOLUTELY DISGRACEFUL. And nobody will be held {accountable|responsible}, as usual.")
ham("anger-lower", "every single time{.|,} the people at the top walk away and the rest of us get the bill{| smh}")
ham("sarcasm-committee", "Oh good, another {committee|inquiry|summit|working group}. That'll fix it for sure.")
ham("sarcasm-shocked", "Shocked. Shocked, I tell you. Well, {not that shocked|about as shocked as last time}.")
ham(
    "joke-grandma",
    "My {grandmother|nan|great-aunt} predicted this over {dinner|tea|Sunday lunch} {years|ages} ago and nobody ever gave her a column.",
)
ham("joke-forecast", "At this point the {weather forecast|horoscope page} is more reliable than anything a minister says.")
ham(
    "q-update",
    "Does anyone know if there's an update on this? {The story just stops.|Searching turns up nothing newer.|Would love a follow-up.}",
)
ham(
    "q-translation",
    "Is there a {version|translation} of this in {Spanish|French|Portuguese|Arabic}? I want to send it to my {parents|neighbours|in-laws}.",
)
ham(
    "q-help",
    "How can people outside the {country|region} actually help here? Which organisations are working there that aren't just collecting money?",
)
ham("year-note", "Note for anyone arriving from a search: this is from $year, {so $ago years old|$ago years ago}. A lot has changed since.")
ham(
    "year-later", "Reading this $ago years later. {Funny how|Strange how|Sad how} none of the promises in it {actually happened|came true}."
)
ham("year-lifetime", "$year feels like a lifetime ago{.|...| honestly}")
ham(
    "year-where",
    "Came here from a link in a {forum|newsletter} thread. Would be good to know what happened after $year. Did anyone follow up?",
)
ham(
    "corr-census",
    "Correction: the population figure people keep quoting is the old census number. The {newer|latest} estimate is roughly {12|15|20} per cent higher.",
)
ham("corr-typo", "Small thing, there's a typo in the {third|fourth|second} paragraph ('{goverment|parliment|minsiter|annouced}').")
ham(
    "sent-many",
    "$sentw sentences in the opening paragraph and I still had to read it twice to work out who is doing what to whom.",
    need=lambda m: m["wn"] and m["sent"] >= 3,
)
ham(
    "sent-one",
    "Love a one-sentence opening. {Tells you everything and gets out of the way.|Says it all.}",
    need=lambda m: m["wn"] and m["sent"] == 1,
)
ham(
    "sent-lede",
    "The first paragraph ($sentw sentences) has all the actual news; everything after is background. Which is how it should be{.|, honestly.}",
    need=lambda m: m["wn"] and m["sent"] >= 2,
)
ham(
    "local-roads",
    "I live about {40|60|90} km from there. The roads were closed for {two|three} days and the {bakery|petrol station|pharmacy} near us ran out of {nearly everything|bread} on day one.",
)
ham(
    "local-hospital",
    "My {sister|cousin|sister-in-law} works at a hospital in the region. She says they were short of {staff|oxygen|beds} long before this made the news.",
)
ham(
    "local-worktrip",
    "Was there on a work trip that {week|month}. The mood in the streets was {very different from|much calmer than} what the TV showed, people just carried on.",
)
ham(
    "local-sametown", "We had the same thing in our town in {2008|2011|2016}. It takes years to recover and the cameras leave after a week."
)
ham("at-reread", "@{Marco|jen_k|Tariq|oldsailor62} that's not what the article says though. Read the {third|fourth|last} paragraph again.")
ham("at-fair", "@{Priya|bern_d|Kofi|ana_bcn} fair point, I hadn't thought of it that way. Thanks.")
ham("at-source", "@{DaveInLeeds|Ngozi|lucia_m|fenwick} source? Genuinely asking, not trying to start a fight.")
ham(
    "at-opposite",
    "@{Hans|M.Okafor|kiwi_sam|rosie_t} you said the exact opposite in the other thread {last week|yesterday}, so which is it?",
)
ham("typo-outrage", "cant beleive this is still going on in this day and age{.|..} were is the outrage{|??}")
ham("typo-thx", "thx for teh update{, was looking for this all morning|, cheers| 👍}")
ham(
    "long-trigger",
    "I've followed this part of the world for a long time and I think the coverage, here and elsewhere, misses the point.\n\nFirst, the immediate cause everyone cites is only the trigger. The underlying problem is {a decade of|years of} unpaid salaries, a collapsing currency and a political class that treats the state as a family business.\n\nSecond, outside governments {only pay attention|only show up} when there are pictures. By then the options are all bad.\n\nNone of this excuses anyone. But if we keep reporting each flare-up as a surprise, readers will keep being surprised.",
)
ham(
    "long-numbered",
    "A few things worth keeping in mind before the comments fill up with hot takes:\n\n1. Early casualty figures almost always change, {usually upwards|often by a lot}.\n2. Statements from either side in the first 48 hours are {PR|messaging}, not evidence.\n3. The people quoted in early reports are the ones who could reach a phone, which skews things.\n\nWait a week before deciding who to blame.",
)
ham(
    "long-aid",
    "I'm going to disagree with most of this thread.\n\nYes, aid gets stolen and yes, some of it props up people who should not be propped up. But I spent {three|four} years working for an NGO in a place very like this and the alternative to imperfect aid was not some clean, accountable system. It was nothing.\n\nCut the programmes if you must, but be honest that the cost lands on the people with the least say in any of it.",
)
ham(
    "long-media",
    "Two thoughts.\n\nThe first is about language. When a government does this it is a 'measure', when a rebel group does it it is an 'attack'. I'm not saying they're the same, only that the word choices do a lot of work before the reader has had a chance to think.\n\nThe second is about follow-up. Stories like this get one day of attention and then vanish. {I'd happily pay|I would subscribe} for a site that just went back to old stories a year later and told us what happened.",
)
ham(
    "job-nurse",
    "As a {nurse|paramedic} I can tell you the staff in these situations are working {16|18}-hour shifts and nobody mentions them.",
)
ham(
    "job-teacher",
    "Teacher here. My students asked me about this {today|this week} and I didn't have good answers. Going to use this article in class {tomorrow|on Monday}.",
)
ham(
    "job-lawyer",
    "I'm a lawyer (not in that jurisdiction). The legal question here is {much less clear-cut|murkier} than the officials make it sound.",
)
ham("job-pilot", "Retired {airline captain|merchant seaman}. Those routes were always risky and the insurers knew it.")
ham(
    "job-farmer",
    "Farmer here. When {fertiliser|diesel} prices move like that, you see it in the supermarket {six months|a year} later. Everyone should care.",
)
ham(
    "job-dev",
    "Software developer here: the 'technical glitch' explanation for the {vote count|registration system|payment system} outage is not plausible without more detail. Systems don't just fall over at the one moment it matters.",
)
ham(
    "job-translator",
    "I translate for a refugee support charity. The word officials used in the original language is much {softer|harsher} than how it's been rendered in English.",
    web=True,
    voice="org",
)
ham(
    "scam-donations",
    "Careful everyone: after stories like this, fake donation pages appear within hours. Give through organisations you already know, not links sent on {WhatsApp|Facebook|Instagram}.",
)
ham(
    "scam-recovery",
    "The replies under the posts about this on {X|Facebook} are full of 'crypto recovery experts'. They are scammers, every single one. Don't reply to them.",
)
ham(
    "betting-ads",
    "Watched the {match|cup game} last night and there were betting ads {every two minutes|in every break|on every shirt}. No wonder young lads round here are in debt.",
)
ham(
    "loan-apps",
    "In our country the loan apps {call your whole contact list|message your family and your boss} if you miss a payment. People are ashamed and some do terrible things. This needs regulation, not just articles.",
)
ham(
    "meds-shortage",
    "My mother's {insulin has|blood pressure medication has|thyroid tablets have} out of stock for {three|five} weeks. People are buying from Facebook sellers and nobody knows what's in those boxes.",
)
ham(
    "whatsapp-forwards",
    "Half the nonsense about this in my family came through WhatsApp forwards. I keep sending them links to actual reporting{, for all the good it does| and get a thumbs-up emoji back}.",
)
ham(
    "helpline",
    "If this story hits close to home for anyone: in the US you can call or text 988, in Australia Lifeline is 13 11 14. {Look after yourselves.|Take care of each other.}",
)
ham("donated", "Donated to the {Red Cross|Red Crescent|local food bank} appeal. Small amount but it adds up.")
ham(
    "sms-embassy",
    "Got a text this morning 'from the embassy' asking for a fee to register relatives in the area. Obviously a scam, reported it. {Be careful out there.|Tell your older relatives.}",
)
ham("crypto-token", "So the government's answer to inflation is {a crypto token|its own digital coin}? Where have I heard that before.")
ham("vpn-blocked", "The site was blocked here {for a while|last year}, I'm reading through a VPN. Thanks for keeping it free to access.")
ham("mods-spam", "{Mods|Admin}, there's a spam comment {further down|below} pretending to be a charity. Please remove it.")
ham("first-comment", "Long-time reader, first-time commenter. {Thank you for doing this.|Just wanted to say this site is a gem.}")
ham("condolences", "My condolences to the families. {Rest in peace.|May they rest in peace.|Heartbreaking.}")
ham("whatabout", "And yet when the same thing happened {next door|in a 'friendly' country}, there was barely a paragraph anywhere.")
ham(
    "defend-gov",
    "The government is not perfect but it's doing more than the previous lot ever did. {Some balance please.|Give them a chance.}",
)
ham("conspiracy", "Wake up people. Follow the money and you'll see who actually benefits{.| from all this.|!!}")
ham("q-abbrev", "What does the abbreviation in the {second|third} paragraph stand for? Not everyone reading is from there.")
ham("q-map", "Would really help to have a map with stories like this. I had to look up where {this is|it was}.")
ham("q-figure", "Where does the {casualty|displacement} figure come from? The ministry or an independent count?")
ham("emoji-morning", "Me reading the news every {morning|day}: ☕️😐📰{😩|🫠}")
ham("short-ten", "Short and to the point. {10/10|Perfect}, would read again.")
ham("read-later", "Bookmarking to read properly {after work|tonight|on the train home}.")
ham("grandfather", "Can't read this without thinking about my grandfather, who left in {1956|1968|1971|1979} and never went back.")
ham("place-greetings", "Greetings from %place%. It's been on our local news every night too.", voice="place", vars_={"place": ""})
ham(
    "biz-bookings",
    "We're a small family business in the region (rooms and {guided walks|day tours}) and bookings have dropped {by half|to almost nothing} since this. Anyone thinking of visiting: the town itself is {safe|calm}.",
    voice="stay",
    web=True,
)
ham(
    "blog-longer",
    "I wrote a longer piece about the background on my blog, link in my name if anyone's interested. Not selling anything.",
    web=True,
)
ham(
    "satellite",
    "Satellite imagery of the area from {that week|those days} is free if anyone wants to check the claims. Sentinel Hub's browser is free, takes ten minutes to learn.",
)
ham("paywall", "Cheers for not putting this behind a paywall{.| 🙏}")
ham("caption", "{Anyone else notice|Did anyone else spot that} the photo caption names a different town from the text?")
ham("mixed", "Mixed feelings{.|, honestly.} Good that it's being reported, sad that it takes a disaster to get any attention at all.")
ham("thanks-short", "{Thanks!|Thank you.|Thanks for this.|cheers}")
ham("thumbs", "{👍|👍👍|✔️}")
ham(
    "radio-tomorrow",
    "Community radio here, we'll be reading a summary of this on {tomorrow's|Thursday's} news bulletin (with credit).",
    voice="radio",
    web=True,
)
ham(
    "betting-nephew",
    "My nephew lost his whole {apprenticeship wage|student loan} on a betting app in one weekend. The ads tell kids it's a skill. It isn't.",
)
ham(
    "student",
    "Studying {international relations|politics} and this is more useful than half my reading list{, no offence to my lecturers|. Thanks}.",
)

# one link
ham(
    "ln-reuters",
    "Reuters has more detail, including the statement from the {ministry|opposition}: https://www.reuters.com/world/<slug>-$Y-$M-$D/",
    1,
)
ham(
    "ln-bbc",
    "BBC explainer if anyone needs background: https://www.bbc.com/news/world-{africa|asia|europe|latin-america|middle-east}-<d8>",
    1,
)
ham(
    "ln-guardian",
    "The Guardian had a similar story with more quotes from residents https://www.theguardian.com/world/$Y/$mon/$D/<slug>?CMP=Share_{AndroidApp_Other|iOSApp_Other}",
    1,
)
ham("ln-ap", "AP's version is a bit longer: https://apnews.com/article/<x32>", 1)
ham("ln-aljazeera", "Al Jazeera covered the reaction on the ground: https://www.aljazeera.com/news/$Y/$m/$d/<slug>", 1)
ham("ln-wiki", "For background on the terminology: https://{en|en.m}.wikipedia.org/wiki/<wiki>", 1)
ham("ln-youtube", "Footage from local TV (not in English): {https://www.youtube.com/watch?v=<a11>|https://youtu.be/<a11>?si=<a16>}", 1)
ham(
    "ln-xpost",
    "The minister's own post says something different: https://x.com/{gov_press_office|MinForeignAff|PresidencyPress}/status/1<d18>",
    1,
)
ham("ln-un", "UN statement on it: https://news.un.org/en/story/$Y/$M/1<d6>", 1)
ham("ln-govuk", "FCDO travel advice was updated the same week: https://www.gov.uk/foreign-travel-advice/<country>", 1)
ham("ln-doi", "There's a peer-reviewed study on exactly this pattern: https://doi.org/10.1016/j.worlddev.$Y.10<d4>", 1)
ham(
    "ln-wayback",
    "Archived copy in case the page changes: https://web.archive.org/web/$Y$M$D<d6>/https://www.reuters.com/world/<slug>-$Y-$M-$D/",
    1,
)
ham("ln-archiveph", "Paywall-free version: https://archive.ph/<a5>", 1)
ham(
    "ln-local",
    "Local paper has photos and names: {https://www.monitor.co.ug/uganda/news/national/<slug>-<d7>|https://www.abc.net.au/news/$Y-$M-$D/<slug>/<d9>|https://www.bangkokpost.com/world/<d7>/<slug>|https://www.newsday.co.zw/local-news/article/<d6>/<slug>}",
    1,
)
ham(
    "ln-substack",
    "I wrote about this on my Substack if anyone wants the longer version: https://%slug%.substack.com/p/<slug>",
    1,
    web=True,
    vars_={"slug": ""},
)
ham("ln-mastodon", "Good thread from someone who was there: https://mastodon.social/@<h>/1<d17>", 1)
ham("ln-maps", "For anyone wondering where this is: {https://www.google.com/maps/@<lat>,<lon>,11z|https://maps.app.goo.gl/<a17>}", 1)
ham("ln-osm", "OpenStreetMap of the area, the roads mentioned are the two main ones: https://www.openstreetmap.org/#map=11/<lat>/<lon>", 1)
ham(
    "ln-fraud",
    "If you got one of those fake donation messages, report it: {https://reportfraud.ftc.gov/|https://www.scamwatch.gov.au/report-a-scam|https://www.actionfraud.police.uk/reporting-fraud-and-cyber-crime}",
    1,
)
ham("ln-reliefweb", "OCHA situation report with the district-level numbers: https://reliefweb.int/report/<country>/<slug>", 1)
ham(
    "ln-facebook",
    "The local council posted the road closures here: https://www.facebook.com/{citycouncilofficial|districtemergencyinfo}/posts/pfbid0<a40>",
    1,
)
ham(
    "ln-reddit",
    "There's a long thread with people from the area: https://www.reddit.com/r/{worldnews|geopolitics|europe|africa}/comments/<l6>/<slug>/",
    1,
)
ham("ln-npr", "NPR interviewed a few of the families: https://www.npr.org/$Y/$M/$D/<d9>/<slug>", 1)
ham(
    "ln-telegram",
    "The regional authority posts updates on Telegram, if you can read the language: https://t.me/s/{regional_admin_news|emergency_updates_official}/<d5>",
    1,
)
ham(
    "ln-github",
    "I put the official daily figures into a spreadsheet since the ministry only publishes PDFs: https://github.com/%slug%/{daily-figures|ministry-pdfs-to-csv}",
    1,
    web=True,
    vars_={"slug": ""},
)
ham(
    "ln-tiktok",
    "This video is going round with a claim that it's from there. It's not, it's an old clip: https://www.tiktok.com/@<h>/video/7<d18>",
    1,
)
ham("ln-who", "WHO note on the outbreak risk afterwards: https://www.who.int/news/item/$D-$M-$Y-<slug>", 1)
ham(
    "ln-arxiv",
    "Not the same event but the modelling in this paper explains why the figures jump around: https://arxiv.org/abs/{19|20|21}{01|03|06|09|11}.<d5>",
    1,
)

# two or more links
ham(
    "ml-two-reports",
    "Two other reports with different numbers: https://www.reuters.com/world/<slug>-$Y-$M-$D/ and https://www.aljazeera.com/news/$Y/$m/$d/<slug> Worth reading both.",
    2,
)
ham(
    "ml-before-after",
    "Compare the first version https://archive.ph/<a5> with what's up now https://www.bbc.com/news/world-<d8> — the headline changed twice.",
    2,
)
ham(
    "ml-primary",
    "Primary sources, for those who like them:\nhttps://press.un.org/en/$Y/sc<d5>.doc.htm\nhttps://www.youtube.com/watch?v=<a11>\nhttps://reliefweb.int/report/<country>/<slug>",
    3,
)

# other languages
ham("cs-thanks", "{Díky|Děkuji} za článek. U nás se o tom {skoro|vůbec} nepíše.", lang="cs")
ham("cs-ago", "Je to už $ago let a nic se nezměnilo. {Smutné.|Bohužel.}", lang="cs")
ham("hu-dissent", "Szerintem ez a cikk {elég|nagyon} egyoldalú, a másik fél véleménye {teljesen|szinte teljesen} hiányzik.", lang="hu")
ham("fi-followup", "Onko tästä tulossa jatkojuttua? {Olisi kiinnostavaa tietää|Haluaisin tietää}, miten tilanne kehittyi.", lang="fi")
ham(
    "sv-volunteer",
    "Jag jobbade där som volontär för {några|många} år sedan. Människorna där förtjänar bättre än {det här|så här}.",
    lang="sv",
)
ham("da-grief", "Det er {rystende|forfærdeligt}. Tankerne går til familierne{.| og de pårørende.}", lang="da")
ham("ca-thanks", "{Gràcies|Moltes gràcies} per l'article. Aquí pràcticament no se'n parla{.|, per desgràcia.}", lang="ca")
ham("hr-nineties", "Isto se dogodilo kod nas {devedesetih|prije dvadeset godina}. Nitko nije odgovarao i nitko neće.", lang="hr")
ham("sr-anger", "Опет иста прича. Политичари обећавају, народ плаћа{.|. Увек.}", lang="sr")
ham("bg-fakecharity", "Внимавайте с фалшивите дарителски кампании във {Фейсбук|Телеграм} след такива новини.", lang="bg")
ham("ka-thanks", "მადლობა სტატიისთვის{.|!} ჩვენთანაც იგივე ხდება.", lang="ka")
ham("hy-same", "Շնորհակալություն հոդվածի համար։{ Մենք էլ նույն բանն ենք ապրել։|}", lang="hy")
ham("az-silence", "Məqalə üçün {təşəkkürlər|sağ olun}. Bizdə bu barədə heç nə yazmırlar.", lang="az")
ham("kk-source", "Бұл ақпарат қайдан алынған? {Ресми дерек пе?|Дереккөзі бар ма?}", lang="kk")
ham("uz-thanks", "Maqola uchun {rahmat|katta rahmat}. Bizda bu haqida hech narsa yozilmaydi.", lang="uz")
ham("fa-same-story", "باز هم همان داستان همیشگی{.|!} مردم عادی تاوانش را می‌دهند.", lang="fa")
ham("ur-brother", "میرے {بھائی|چچا} وہاں کام کرتے ہیں، اللہ سب کو محفوظ رکھے۔", lang="ur")
ham("ne-media", "धन्यवाद{।|!} यस्तो समाचार हाम्रो मिडियामा आउँदैन।", lang="ne")
ham("ta-media", "நன்றி{.|!} இந்த செய்தி எங்கள் ஊடகங்களில் வரவில்லை.", lang="ta")
ham("ja-thanks", "日本ではほとんど報道されていません。{記事をありがとうございます。|ありがとうございます。}", lang="ja")
ham("ja-nhk", "NHKのニュースにも少し出ていました。 https://www3.nhk.or.jp/news/html/$Y$M$D/k100<d8>.html", 1, lang="ja")
ham("ha-thanks", "Na gode da wannan labari{.|!} Allah ya kiyaye{.| mu.}", lang="ha")
ham("so-mercy", "Allah ha u naxariisto dadkii dhintay{.|!} Mahadsanid warbixinta.", lang="so")
ham("zu-pain", "Ngiyabonga ngale ndaba{.|!} Kubuhlungu kakhulu.", lang="zu")
ham("af-silence", "Dankie vir die berig{.|!} Ons hoor niks hiervan in ons nuus nie.", lang="af")
ham("ht-same", "Mèsi pou atik la{.|!} Se menm bagay la k ap pase lakay nou tou.", lang="ht")
ham("lt-thanks", "Ačiū už straipsnį{.|!} Pas mus apie tai beveik nerašoma.", lang="lt")
ham(
    "es-chile",
    "Qué tremendo. Acá en Chile pasó algo {parecido|muy parecido} en el {2010|2015}, y la reconstrucción {todavía no termina|tomó años}.",
    lang="es",
)
ham("fr-suivi", "Merci pour cet article {clair|bien fait}. Dommage qu'il n'y ait jamais de suivi sur ces sujets.", lang="fr")


# --------------------------------------------------------------------------------------------
# spam templates

SPAM = []


def spam(family, tid, text, name, email="throw", url="", vars_=None, need=None):
    SPAM.append({"family": family, "tid": tid, "text": text, "name": name, "email": email, "url": url, "vars": vars_ or {}, "need": need})


FREE = [
    "gmail.com",
    "gmail.com",
    "gmail.com",
    "outlook.com",
    "hotmail.com",
    "yahoo.com",
    "mail.ru",
    "yandex.com",
    "proton.me",
    "163.com",
    "qq.com",
    "aol.com",
    "gmx.com",
    "zohomail.com",
]


def throwaway():
    r = rng.random()
    if r < 0.4:
        local = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(rng.randint(7, 12)))
    elif r < 0.75:
        local = f"{rng.choice(FIRST).lower()}{rng.choice(LAST).lower()}{rng.randint(100, 9999)}".replace("'", "")
    else:
        local = f"{rng.choice(['info', 'contact', 'support', 'admin', 'sales', 'best', 'top'])}{rng.choice(['.', '_', ''])}{rng.choice(['deals', 'offer', 'seo', 'shop', 'team', 'pro'])}{rng.randint(1, 999)}"
    return f"{local}@{rng.choice(FREE)}"


def persona_mail(name):
    base = ascii_of(name).replace("mrs ", "").replace("mr ", "").replace("dr ", "")
    parts = [p for p in re.split(r"[ ._-]+", base) if p] or ["agent"]
    return f"{''.join(parts)}{rng.choice(['', str(rng.randint(1, 99)), '.official', '01'])}@{rng.choice(FREE[:8])}"


# pharma
spam(
    "pharma",
    "rx-noscript",
    "{Buy|Order} {tramadol|oxycodone|xanax|valium} {online|without prescription} – {overnight delivery|discreet shipping|no Rx needed}, {best prices|lowest price guaranteed}. {Visit|Order here}: https://%dom%/{tramadol|oxycodone|xanax}-<d3>",
    "{buy tramadol online|Oxycodone Without Prescription|xanax overnight}",
    "throw",
    "https://%dom%",
    {"dom": ["meds4less-rx.com", "rxdirect-pharmacy.net", "pillbox-express.shop"]},
)
spam(
    "pharma",
    "ed-html",
    '{Really|Very} {useful|informative} post. <a href="https://%dom%/{viagra|cialis}">{cheap viagra|generic cialis|kamagra jelly}</a> {for men|without prescription} {worldwide|in the UK}.',
    "{cheap viagra|generic cialis|Kamagra UK}",
    "throw",
    "https://%dom%",
    {"dom": ["bluepill-store.net", "edmeds-uk.com", "menshealth-rxshop.com"]},
)
spam(
    "pharma",
    "ed-homoglyph",
    "⟦H:Cheap Viagra and Cialis⟧ 100mg – ⟦H:no prescription needed⟧, {bitcoin accepted|paypal ok|ships in 24h}. {Buy|Shop} now {at|→} {vigrx-outlet[.]com|pillsmart[.]store|blueline-rx[.]net}",
    "{Vіagra Shop|Pharma Store|rx outlet}",
    "throw",
)
spam(
    "pharma",
    "glp1-whatsapp",
    "Lost {18|22|27} kg with {semaglutide|tirzepatide|Ozempic} pens 💉 No doctor, no waiting list, {delivered in 3 days|ships EU/UK/US}. {WhatsApp|Text} +44 7700 900<d3> {for price list|to order}.",
    "{Nurse Kate|Slim with Sarah|GLP1 Pens UK}",
    "persona",
)
spam(
    "pharma",
    "praise-pharmacy",
    "{This is a really good read|Very informative article|I appreciate the balanced reporting}{.|!} {Keep it up|Thanks for sharing|Looking forward to more}{.|!|}",
    "{Canadian Pharmacy Online|NorthStar Canada Rx|Trusted Online Pharmacy}",
    "own",
    "https://%dom%",
    {"dom": ["northstar-canadarx.com", "maplerx-online.com"]},
)
spam(
    "pharma",
    "es-farmacia",
    "Compra {Cialis|Viagra|Tadalafil} genérico sin receta, envío {discreto|rápido} a todo {México|Chile|Colombia}. Pedidos por WhatsApp: +52 55 <d4> <d4> o en https://%dom%",
    "{Farmacia Express|farmacia online sin receta}",
    "own",
    "https://%dom%",
    {"dom": ["farmaexpress-mx.shop", "genericos-sinreceta.com"]},
)

# casino / betting
spam(
    "casino",
    "id-slot-gacor",
    "{Situs|Link} slot gacor {hari ini|terpercaya} {gampang maxwin|pasti jp}, deposit {dana|pulsa} {10rb|5rb} ➡ https://%dom%/daftar?ref=<a6>",
    "{slot gacor|SLOT88 RESMI|link alternatif}",
    "throw",
    "https://%dom%",
    {"dom": ["gacor88-resmi.xyz", "slotmaxwin77.site", "jpterus4d.online"]},
)
spam(
    "casino",
    "aviator",
    "{Aviator|JetX} predictor {100% working|v3.2} 🚀 {won|cashed out} ₹{48,000|62,500} yesterday. Join telegram @{aviator_signals_pro|aviatorhackbot} {for free signals|now}",
    "{Aviator Predictor|aviator hack}",
    "throw",
)
spam(
    "betting",
    "hinglish-id",
    "Bhai log online cricket ID chahiye to WhatsApp karo +91 9<d4>-<d5>, {instant withdrawal|5 min me ID}, {IPL|T20} special bonus 🔥",
    "{Online Cricket ID|Reddy Book ID|cricket id provider}",
    "throw",
)
spam(
    "betting",
    "fixed-matches",
    "FIXED MATCHES {100% SURE|VIP} odds 2/1 – {won 9 in a row|no loss this month}. Contact {telegram: @fixedodds_vip|whatsapp +381 6<d1> <d3> <d4>} {before the weekend|today}",
    "{Fixed Matches|sure odds vip}",
    "throw",
    "{https://sure-fixedodds.com|}",
)
spam(
    "casino",
    "br-tigrinho",
    "Plataforma nova pagando {muito|demais} 🐯 {fortune tiger|tigrinho} {bônus de cadastro|deposita 10 ganha 50} 👉 {https://bet777tigre.com/?id=<d5>|tigresorte[.]bet}",
    "{Plataforma Pagante|tigrinho bonus}",
    "throw",
)
spam(
    "casino",
    "kr-toto",
    "안전한 토토사이트 추천 {먹튀 없는|검증된} {메이저사이트|놀이터} 가입코드 {WIN77|KING88} → https://%dom%",
    "{토토사이트|메이저놀이터}",
    "throw",
    "https://%dom%",
    {"dom": ["toto-major24.com", "safe-playground77.com"]},
)
spam(
    "casino",
    "th-baccarat",
    "บาคาร่าออนไลน์ {ฝากถอนไม่มีขั้นต่ำ|เว็บตรงไม่ผ่านเอเย่นต์} สมัครวันนี้รับโบนัส 100% แอดไลน์ @{bac88th|ufa168vip}",
    "{บาคาร่า|UFA168}",
    "throw",
)
spam(
    "casino",
    "zw-casino",
    "⟦Z:online casino⟧ {no KYC|instant crypto payouts}, ⟦Z:welcome bonus⟧ up to {$1,500|5 BTC}: {royalvault-casino|goldspin88}.com",
    "{Best Crypto Casino|no kyc casino}",
    "throw",
    "https://{royalvault-casino|goldspin88}.com",
)

# loans
spam(
    "loans",
    "urgent-loan",
    "Do you need {an urgent|a} loan {to pay off your bills|for your business|to clear your debts}? We offer loans at {2%|3%} interest rate{, no collateral|}. Contact us {via email|at}: <email>",
    "{Mr. Harold Jenkins|Global Loan Firm|Fast Loan Services}",
    "persona",
)
spam(
    "loans",
    "loan-testimonial",
    "My name is {Sandra|Melissa|Rebecca} from {Texas|Ohio|Ontario}. I was {scammed|denied} by {three|four} lenders before I met {Mrs. Anna Lopez|Mr. Robert Kline} who gave me a loan of ${25,000|40,000} within 24 hours. Email: <email> or WhatsApp +1 ({213|312|347|415|702|786}) 555-01<d2>",
    "{Sandra|Melissa W.|Rebecca}",
    "throw",
)
spam(
    "loans",
    "bbcode-payday",
    "[url=https://%dom%]{payday loans online|same day loans}[/url] {no credit check|bad credit ok} [b]{instant approval|$500 today}[/b]",
    "{payday loans|same day loan}",
    "throw",
    "https://%dom%",
    {"dom": ["cashnow-payday.com", "quickpaylend.com"]},
)
spam(
    "loans",
    "vi-vay",
    "Vay tiền online {nhanh|không thế chấp} chỉ cần CCCD, giải ngân trong 15 phút. Liên hệ Zalo 09<d2>.<d3>.<d3>",
    "{Vay Tiền Nhanh|Hỗ trợ vay vốn}",
    "throw",
)

# crypto
spam(
    "crypto",
    "recovery-testimonial",
    "I lost {$84,000|£61,000|$129,000} to a {fake investment platform|crypto scam} and thought it was gone forever. {Thanks to|All thanks to} {CyberTrace Recovery|Lexa Recovery Hub} I got {all|most} of it back in {48 hours|a week}. Reach them: {<email>|WhatsApp +1 ({213|312|347|415|702|786}) 555-01<d2>}",
    "{Margaret Lowe|Tom B.|Grateful Victim}",
    "throw",
)
spam(
    "crypto",
    "mentor",
    "I started investing with {$1,000|$2,500} and now earn {$9,400|$12,800} weekly thanks to {Mrs. Catherine Wells|Mr. Daniel Osei}, the best {crypto|forex} trader I know. {Contact her on|Message} {Telegram @CathWellsFX|WhatsApp +44 7700 900<d3>}",
    "{Jennifer Hale|Mike Patterson|Linda R.}",
    "throw",
)
spam(
    "crypto",
    "airdrop",
    "{$AIRX|$WIND|$PEPE2} airdrop is live 🪂 {connect wallet|claim} before {the snapshot|it ends}: https://%dom%",
    "{Airdrop Alert|AirX Official}",
    "throw",
    "",
    {"dom": ["claim-airx.vercel.app", "drop-portal.web.app", "airx-claim.pages.dev"]},
)
spam(
    "crypto",
    "wallet-rectify",
    "If your wallet shows {pending transactions|missing tokens|a sync error}, {validate|rectify} it with the {decentralised|DApp} protocol: https://%dom%/{validate|connect}",
    "{Wallet Support|DApp Rectify}",
    "throw",
    "https://%dom%",
    {"dom": ["walletfix-node.netlify.app", "dappsync-rectify.web.app"]},
)
spam(
    "crypto",
    "signals",
    "Free {BTC|altcoin} signals, {85%|92%} accuracy, {daily|3x daily} ➡ t.me/{cryptosignal_elite|whalepump_calls}",
    "{Crypto Signals|whale calls}",
    "throw",
)
spam(
    "crypto",
    "wrong-number",
    "Hi, is this {Linda|Jason|Mr. Lee}? We met at the {golf club|wine tasting} last week 😊{ Sorry if I have the wrong person.|} My WhatsApp is +1 ({213|312|347|415|702|786}) 555-01<d2>",
    "{Amy Chen|Vivian|Jessica Lin}",
    "throw",
)
spam(
    "crypto",
    "romance",
    "Hello dear, I read your comment and I feel you are a kind person. I am a {widowed engineer|UN doctor|US army general} working {on an oil rig|in Syria} and looking for {honest friendship|a serious partner}. Write to me: <email>",
    "{James Walker|Dr. Richard Moore|Gen. Mark Stevens}",
    "persona",
)
spam(
    "crypto",
    "zh-usdt",
    "在家兼职，每天{2|3}小时，日赚{300|500} USDT，{无需经验|宝妈学生均可}。加飞机 @{usdt_job88|ganggang_pay} 咨询",
    "{兼职日结|USDT跑分}",
    "throw",
)
spam(
    "crypto",
    "ai-bot",
    "This is a sobering read. In uncertain times like these, many people are looking for ways to protect their savings. I've personally had great results with {QuantEdge AI|NovaTrade Pro}, an automated platform that {uses advanced algorithms|analyses the markets 24/7} to {generate consistent returns|grow your portfolio}. Worth checking out: https://%dom%/{start|join}?ref=<a6>",
    "{Daniel Harper|Sophie M.}",
    "throw",
    "",
    {"dom": ["quantedge-ai.io", "novatrade-pro.io"]},
)

# SEO, backlinks, guest posts
spam(
    "seo",
    "guest-outreach",
    "Hi {team|editor|admin}, I'm %first% from {RankBoost Media|OutreachHive}. We'd love to {contribute a guest post|publish a sponsored article} on your site with a {dofollow link|do-follow backlink}. {What are your rates?|Please share your price list.} Reach me at <email>",
    "%first% {Collins|Turner|(Outreach)}",
    "persona",
    "",
    {"first": ["Emma", "Sophie", "Jessica"]},
)
spam(
    "seo",
    "bland-praise-name",
    "{Great|Nice|Interesting} {article|post|read}{,|!} {thanks for sharing|very informative|keep up the good work}{.|!|}",
    "%name%",
    "throw",
    "https://%dom%",
    [
        {"name": "best roofing company austin", "dom": "austinroofpros.com"},
        {"name": "plumber near me", "dom": "fixitplumbing247.com"},
        {"name": "SEO services Dubai", "dom": "dubai-seo-experts.ae"},
        {"name": "emergency dentist Leeds", "dom": "leedssmiledental.co.uk"},
    ],
)
spam(
    "seo",
    "copied-condolence",
    "{Thoughts with everyone affected.|This is so sad, prayers for the families.|Such an important story, thank you for reporting it.}",
    "{Emergency Locksmith Leeds|24h Locksmith Near Me}",
    "own",
    "https://%dom%",
    {"dom": ["leedslocksmith-24h.co.uk", "rapidlock-uk.com"]},
)
spam(
    "seo",
    "html-anchor",
    'I {found|stumbled upon} this while researching <a href="https://%dom%">%kw%</a>. {Very helpful.|Bookmarked!}',
    "%name%",
    "throw",
    "https://%dom%",
    [
        {"kw": "best VPN for travel", "name": "vpn reviews", "dom": "vpnrank-reviews.com"},
        {"kw": "cheap travel insurance", "name": "Travel Tips", "dom": "safetrip-insure.net"},
    ],
)
spam(
    "seo",
    "markdown",
    "Thanks for the update. For anyone interested in [%kw%](https://%dom%) check this out.",
    "%name%",
    "throw",
    "https://%dom%",
    [
        {"kw": "home solar panels", "name": "Solar Quotes", "dom": "sunpath-solar.com"},
        {"kw": "water damage restoration", "name": "restoration pros", "dom": "dryfix-restoration.com"},
    ],
)
spam(
    "seo",
    "url-as-name",
    "{I like this site a lot|Nice blog, very clean layout|Good post}, {will come back|subscribed}{.| 👍}",
    "https://%dom%",
    "throw",
    "https://%dom%",
    {"dom": ["cheap-essay-help.net", "bestseotools-hub.com", "carinsure-quotes.org"]},
)
spam(
    "seo",
    "ru-progon",
    "Прогон сайта по {трастовым базам|форумам}, {рост трафика|вечные ссылки}, недорого. Пишите в телеграм @{progon_seo_pro|linkbuild_ru} {или seo-progon[.]ru|}",
    "{Прогон сайта|SEO продвижение}",
    "throw",
)
spam(
    "seo",
    "backlink-packs",
    "{Get|Buy} {1000|5000} {high DA|PBN} backlinks {for $49|cheap}, {Google first page guaranteed|boost your ranking in 30 days}. {fiverr.com/s/<a6>|https://linkforge-seo.com/packages}",
    "{Backlinks Expert|SEO Guru}",
    "throw",
    "{https://linkforge-seo.com|}",
)
spam(
    "seo",
    "llm-generic",
    "This article offers a {thoughtful|comprehensive} overview of a complex situation. It's important to consider the {human impact|broader context} behind the headlines. {Balanced reporting like this|Content like this} helps readers {stay informed|understand the issues}. Thank you for sharing!",
    "{Digital Marketing Agency Lahore|Best Web Design Company}",
    "own",
    "https://%dom%",
    {"dom": ["pixelcraft-agency.pk", "webpro-designs.co"]},
)
spam(
    "seo",
    "ja-trade",
    "{とても参考になりました。|分かりやすい記事ですね。}ありがとうございます。",
    "{大阪 脱毛サロン|東京 ホワイトニング}",
    "throw",
    "https://%dom%",
    {"dom": ["osaka-datsumou.jp", "tokyo-whitening.jp"]},
)
spam(
    "seo",
    "year-still",
    "Still relevant {in 2026|today}, even though this is from $year. {Great work!|Keep it up.}",
    "{cheap flights to bali|Moving Company Toronto}",
    "throw",
    "https://%dom%",
    {"dom": ["balitrip-deals.com", "torontomovers-pro.ca"]},
)

# essays
spam(
    "essays",
    "essay-mill",
    "Struggling with {assignments|your dissertation}? {Native UK writers|PhD experts}, {plagiarism-free|100% original}, {deadlines as short as 3 hours|24/7 support}. https://%dom%/order",
    "{Essay Writing Service UK|Dissertation Help}",
    "own",
    "https://%dom%",
    {"dom": ["essaycraft-uk.com", "topgradewriters.com"]},
)
spam(
    "essays",
    "take-my-class",
    "{Pay someone to|Hire an expert to} take your {online exam|proctored test|whole course} – {guaranteed A|pass or refund}. WhatsApp +1 ({213|312|347|415|702|786}) 555-01<d2> or <email>",
    "{Take My Online Class|Exam Helper}",
    "throw",
)
spam(
    "essays",
    "coursework-html",
    '{Really helpful for my coursework on international relations|Used this for my politics essay}, thanks! If anyone needs {help with citations|essay help}, <a href="https://%dom%">{assignment help|cheap essay writer}</a> {saved me|is good}.',
    "{Chloe (student)|Ryan}",
    "throw",
    "",
    {"dom": ["assignmentpal-uk.com", "writemyessay-fast.net"]},
)

# adult / dating
spam(
    "adult",
    "bold-cams",
    "⟦B:Hot girls live⟧ {right now|tonight} 🔥 {free cams|no sign up} → https://%dom%/?aff=<d4>",
    "{hot cams|Live Girls}",
    "throw",
    "https://%dom%",
    {"dom": ["camzluv.live", "velvetcams.live"]},
)
spam(
    "adult",
    "spaced-dating",
    "{Lonely?|Bored tonight?} {Thousands of|Real} singles {near you|in your area} want to meet. ⟦S:datenow⟧ . ⟦S:club⟧",
    "{Singles Near You|date now}",
    "throw",
)
spam(
    "adult",
    "escorts",
    "{Dubai|Bangkok|Istanbul} {VIP|independent} escorts, {real photos|24/7}, {call|WhatsApp} +971 5<d1> <d3> <d4>. {https://luxe-companions-dxb.com|}",
    "{VIP Escorts Dubai|Luxe Companions}",
    "throw",
    "{https://luxe-companions-dxb.com|}",
)
spam(
    "adult",
    "dating-bot",
    "hey 😘 {I saw your comment|you seem interesting}... {my photos are here|add me here} {cutt.ly/<a6>|tinyurl.com/<a7>} {xx|💋}",
    "{Anastasia_<d2>|Kristina<d2>|Olya}",
    "throw",
)

# fake support numbers
spam(
    "support",
    "airline",
    "{Qatar Airways|Emirates|Lufthansa} {customer service|booking} number +1-888-555-01<d2> {24/7|toll free} {change flight|cancel booking|refund}",
    "{Airline Helpdesk|Flight Change Support}",
    "throw",
)
spam(
    "support",
    "exchange",
    "%brand% support number ⟦H:call now⟧ +1 (855) 555-01<d2> {for locked account|for wallet issues}, {live agent 24/7|fast response}.",
    "%brand% {Support|Helpline}",
    "throw",
    "",
    {"brand": ["Coinbase", "Binance", "MetaMask"]},
)
spam(
    "support",
    "printer",
    "{HP printer offline|Norton renewal problem|QuickBooks error 6123}? Call {our certified techs|the helpline} at 1-800-555-01<d2>. https://%dom%",
    "{Printer Support|Tech Help Desk}",
    "own",
    "https://%dom%",
    {"dom": ["printerfix-help.com", "techassist-desk.com"]},
)

# counterfeit
spam(
    "counterfeit",
    "documents",
    "Buy {real registered|genuine} {passports|driver's licences|ID cards|residence permits} {for all countries|EU and UK}, {registered in the database|biometric}. Contact: <email> / WhatsApp +44 7700 900<d3>",
    "{Document Services|Real Passports}",
    "throw",
)
spam(
    "counterfeit",
    "banknotes",
    "{Undetectable|Grade A} counterfeit {euros|dollars|pounds} for sale, {passes pen test|UV ok}. {Telegram @|t.me/}{cleanbills_eu|supernotes_shop}",
    "{Super Notes|Clean Bills}",
    "throw",
)
spam(
    "counterfeit",
    "replica",
    "{Replica Rolex|AAA Louis Vuitton bags|Nike Dunk replicas} {1:1 quality|best batch} {from $99|cheap}, {worldwide shipping|free shipping}: replica{watches|luxe}shop[.]com",
    "{replica watches|luxury replicas}",
    "throw",
)

# IPTV / streaming
spam(
    "iptv",
    "fullwidth-iptv",
    "⟦W:IPTV⟧ {4K|FHD} {20,000+ channels|all sports}, {free 24h trial|no buffering}, {Firestick|Smart TV} ok → https://%dom%/{trial|plans}",
    "{IPTV Subscription|Best IPTV}",
    "own",
    "https://%dom%",
    {"dom": ["streamvault-iptv.tv", "iptvgold.tv"]},
)
spam(
    "iptv",
    "football-streams",
    "Watch {Premier League|Champions League|La Liga} {live free|in HD} {no signup|} 👉 {rb.gy/<l6>|is.gd/<a6>}",
    "{Free Football Streams|live soccer}",
    "throw",
)
spam(
    "iptv",
    "firestick",
    "{Fully loaded|Jailbroken} {Firestick|Android box} – every movie and {PPV|sports channel} free {forever|for life}. {Message me|DM} {on Facebook|@loadedsticks_uk}",
    "{Loaded Sticks UK|Gaz}",
    "throw",
)

# work from home / task jobs
spam(
    "wfh",
    "neighbour",
    "{My neighbour|My cousin's wife|My best friend's mum} makes ${92|87|110} an hour {working from home|on her laptop}. I {never believed|didn't believe} it until I {saw her paycheck|tried it myself}. {Start here|Go to this site}: https://%dom%",
    "{Karen|Julie Morris|Ashley}",
    "throw",
    "",
    {"dom": ["homejobs-daily.online", "easywork-pro.site"]},
)
spam(
    "wfh",
    "task-job",
    "We are hiring {part-time|remote} {online assistants|app reviewers} — {rate hotels|like videos} and earn {$150-$600|$200-$800} a day. {No experience needed|Flexible hours}. Contact {our HR on Telegram @hr_<l5>|WhatsApp +44 7700 900<d3>}",
    "{HR Department|Recruiter Anna}",
    "throw",
)
spam(
    "wfh",
    "es-whatsapp",
    "¿Quieres ganar {$800|$1.200} {a la semana|al mes} desde casa? Solo necesitas un celular. Escríbeme al WhatsApp +57 3<d2> <d3> <d4> 💰",
    "{Trabajo Desde Casa|Valentina}",
    "throw",
)

# hacker for hire
spam(
    "hacker",
    "spouse",
    "%who% and {hired|contacted} {Hackerzbay|Cyber Wizard} who {got me access to|cloned} %pos% {WhatsApp|phone} without %obj% knowing. Contact: <email>",
    "%name%",
    "throw",
    "",
    [
        {"who": "I suspected my husband was cheating", "pos": "his", "obj": "him", "name": "{Rachel T.|Heartbroken Wife}"},
        {"who": "My wife was acting strange", "pos": "her", "obj": "her", "name": "{Kevin|Mark D.}"},
    ],
)
spam(
    "hacker",
    "leet-hacker",
    "{Need to change your grades|Lost access to Instagram|Need to fix your credit score}? ⟦L:professional hacker for hire⟧ {available|with proof}. {Telegram|Signal}: @{ghostbyte_pro|darkfix_hack}",
    "{h4ck3r for hire|GhostByte}",
    "throw",
)

# spell casters
spam(
    "spells",
    "love-spell",
    "I want to testify how {Dr. Ogala|Dr. Adoba|Priest Manu} brought my {ex-husband|lover} back in {48 hours|3 days} with a {love spell|powerful spell}. {He also cures herpes.|} Email him: <email>",
    "{Patricia Moore|Jennifer|Happy Wife}",
    "throw",
)
spam(
    "spells",
    "sangoma",
    "%who% {traditional healer|powerful sangoma} ☎ +27 7<d1> <d3> <d4> {lost love|business luck|court cases|win the lotto} {Johannesburg|Durban|Cape Town}",
    "%who%",
    "throw",
    "",
    {"who": ["MAMA ZOLA", "BABA KHALID"]},
)

# diet / CBD
spam(
    "diet",
    "keto",
    "{Keto ACV gummies|Slimming tea} {melt fat fast|burn belly fat} – {lost 14 kg in 5 weeks|doctors hate this}. {Order|Official site}: https://%dom%",
    "{Keto Gummies|fitgummy}",
    "throw",
    "https://%dom%",
    {"dom": ["ketoslim-official.com", "fitgummy-store.com"]},
)
spam(
    "diet",
    "cbd",
    "{Full spectrum CBD oil|CBD gummies} {helped my anxiety|for sleep and pain} {so much|a lot}, {20% off code NEWS20|free shipping} {at|➡} {greenleafcbd-shop|calmhemp-co}.com",
    "{CBD Oil UK|calm hemp}",
    "throw",
    "{https://greenleafcbd-shop.com|https://calmhemp-co.com}",
)

# visa / immigration
spam(
    "visa",
    "lmia",
    "{Canada|Australia} is hiring {farm workers|caregivers|truck drivers} with {LMIA|visa sponsorship}, {free flights|accommodation provided}. Send CV to <email> {or WhatsApp +1 ({213|312|347|415|702|786}) 555-01<d2>|}",
    "{Canada Jobs Agency|Overseas Recruitment}",
    "throw",
)
spam(
    "visa",
    "uk-care",
    "UK {care worker|health care assistant} visa {with Certificate of Sponsorship|sponsorship available} — {fee £4,500|guaranteed}, {apply|DM} {now|today}: {bit.ly/<a6>|https://ukcare-cos-jobs.co.uk}",
    "{UK Care Jobs|CoS Agent}",
    "throw",
)
spam(
    "visa",
    "schengen",
    "Schengen visa appointment {available|slots} {Italy|Spain|France} 🇪🇺 {no waiting|fast}, {100% approval|}. Contact WhatsApp +92 3<d2> <d7>",
    "{Visa Consultant|Schengen Appointments}",
    "throw",
)

# followers / reviews
spam(
    "followers",
    "followers",
    "Buy {Instagram|TikTok} {followers|likes} {real & active|instant delivery} from {$1.99|$2.49}! {https://boostgram-pro.com|instafame[.]store}",
    "{buy instagram followers|InstaFame}",
    "throw",
    "{https://boostgram-pro.com|}",
)
spam(
    "followers",
    "reviews",
    "{Need|Want} {5-star Google reviews|Trustpilot reviews} for your business? {Real accounts|Non-drop}, {safe|permanent}. Contact: <email>",
    "{Buy Google Reviews|Review Pro}",
    "throw",
)

# prize / phishing
spam(
    "prize",
    "iphone",
    "🎉 {Congratulations|Congrats}! You {have been selected|are our lucky visitor} to {receive|win} {an iPhone 15 Pro|a $1000 Walmart gift card}. {Claim|Click} {now|here}: {https://reward-claim-center.top/?u=<d6>|tinyurl.com/<a7>}",
    "{Reward Center|Lucky Visitor}",
    "throw",
)
spam(
    "prize",
    "parcel",
    "{Your package|Parcel} {could not be delivered|is on hold} due to {an unpaid customs fee|an incomplete address}. Pay £1.{45|99} {to reschedule|within 24h}: https://%dom%/{pay|track}",
    "{Royal Mail|DPD Parcel Update}",
    "throw",
    "",
    {"dom": ["royalmail-redelivery.info", "dpd-parcel-update.top"]},
)
spam(
    "prize",
    "account-notice",
    "WindowNews {Notice|Security}: your comment account {will be suspended|has been flagged} {in 24 hours|for violations}. {Verify|Confirm your identity} {here|now}: https://%dom%/<a6>",
    "{WindowNews Support|Moderation Team}",
    "throw",
    "",
    {"dom": ["windownews-verify-support.com", "windownews-account-login.net"]},
)

# --------------------------------------------------------------------------------------------
# build

LINKS = re.compile(r"(?:^|(?<=[\s(\"'>]))https?://")


def count_links(text):
    return len(LINKS.findall(text))


def allocate(templates, total, lo, hi):
    counts = [lo] * len(templates)
    assert lo * len(templates) <= total <= hi * len(templates), (len(templates), total)
    while sum(counts) < total:
        i = rng.randrange(len(templates))
        if counts[i] < hi:
            counts[i] += 1
    return counts


def build_ham():
    groups = {0: [t for t in HAM if t["links"] == 0], 1: [t for t in HAM if t["links"] == 1], 2: [t for t in HAM if t["links"] >= 2]}
    targets = {0: 228, 1: 63, 2: 9}
    plan = []
    for g, ts in groups.items():
        lo = 2 if g == 2 else 1
        for t, n in zip(ts, allocate(ts, targets[g], lo, 4), strict=False):
            plan += [t] * n
    # the websites: templates that say they have one, then a seeded draw of the rest
    web_idx = {i for i, t in enumerate(plan) if t["web"]}
    others = [i for i in range(len(plan)) if i not in web_idx]
    web_idx |= set(rng.sample(others, 30 - len(web_idx)))
    seen, out = set(), []
    for i, t in enumerate(plan):
        if t["voice"] in ("stay", "radio", "org"):
            if t["voice"] != "org":
                name, email, url = business(t["voice"])
            else:
                name, dom = rng.choice(
                    [
                        ("Maya (Open Doors Refugee Network)", "opendoorsnetwork.org"),
                        ("Ruth at Bridge Translations", "bridgetranslations.org.uk"),
                        ("Welcome Table volunteers", "welcometable.org"),
                    ]
                )
                email, url = f"{name.split()[0].lower()}@{dom}", f"https://{dom}"
            slug = ""
        elif t["lang"] != "en":
            name, email, slug = lang_reader(t["lang"])
            url = ""
        else:
            name, email, slug = reader()
            url = ""
        if i in web_idx and not url:
            url = website(slug)
        art = draw_article(t["need"])
        base = link_base(art)
        vars_ = {}
        for k in t["vars"]:
            if k == "place":
                vars_[k] = rng.choice(PLACES)
                first = rng.choice(FIRST)
                name, email = f"{first} in {vars_[k]}", mailbox(first)
            elif k == "slug":
                vars_[k] = re.sub(r"[^a-z0-9]", "", (slug or "reader").lower())
                url = f"https://{vars_[k]}.substack.com" if "substack" in t["text"] else f"https://github.com/{vars_[k]}"
        for _attempt in range(30):
            body = fill(t["text"], art, base, vars_)
            if body not in seen:
                break
        else:
            body = retouch(body, seen)
        seen.add(body)
        out.append(
            {"label": "ham", "source": f"heldback13:ham:{t['tid']}", "article": art, "body": body, "name": name, "email": email, "url": url}
        )
    return out


def retouch(body, seen):
    tails = ["!", " (edited)", " 🙏", "..", " 👀", "!!", " 💯", " :(", " 😔", " +1"]
    rng.shuffle(tails)
    cands = [body.rstrip(".。") if body.endswith((".", "。")) else body + "."]
    cands += [body + tail for tail in tails] + [body.lower()] + [body.lower() + tail for tail in tails]
    for cand in cands:
        if cand not in seen:
            return cand
    raise ValueError(body)


def build_spam():
    out = []
    for t, n in zip(SPAM, allocate(SPAM, 300, 4, 5), strict=False):
        for _ in range(n):
            vars_ = dict(rng.choice(t["vars"])) if isinstance(t["vars"], list) else {k: rng.choice(v) for k, v in t["vars"].items()}
            art = draw_article(t["need"])
            base = link_base(art)
            name = fill(t["name"], art, base, vars_)
            url = fill(t["url"], art, base, vars_)
            if t["email"] == "persona":
                email = persona_mail(name)
            elif t["email"] == "own" and url:
                dom = url.split("/")[2].removeprefix("www.")
                email = f"{rng.choice(['info', 'sales', 'contact', 'support', 'office', 'marketing'])}@{dom}"
            else:
                email = throwaway()
            body = fill(t["text"], art, base, vars_, email)
            out.append(
                {
                    "label": "spam",
                    "source": f"heldback13:spam:{t['tid']}",
                    "article": art,
                    "body": body,
                    "name": name,
                    "email": email,
                    "url": url,
                }
            )
    return out


def main():
    assert len({t["tid"] for t in HAM}) == len(HAM) and len({t["tid"] for t in SPAM}) == len(SPAM)
    items = build_ham() + build_spam()
    rng.shuffle(items)
    return write_set("comment_spam_heldback13.jsonl", items)


if __name__ == "__main__":
    main()

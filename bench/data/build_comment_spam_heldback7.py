"""Build comment_spam_heldback7.jsonl: the seventh held-back set (300 ham, 300 spam).

Written without opening comments/ or bench/comment_spam.py, without reading any earlier set or
builder's templates (only the import lines of one builder), and without running any filter over
this set (see bench/data/README.md). Comments are posted under the Wikinews articles dated 2019.
From each article they take a name (`$who`: the first run of two to four capitalised words in the
body once leading titles, weekdays, months, nationality words and places are dropped) and a place
(`$place`: the first country, region or city of a hand-written list named in the body; the 2019
articles carry no categories in the corpus), never the title or a phrase of the body.
Run from anywhere: `python3 bench/data/build_comment_spam_heldback7.py`.
"""

import random
import re

from comment_sets import WIKINEWS, articles, spin, write_set

rng = random.Random(20261128_7)

# --------------------------------------------------------------------------- articles

TOKEN = re.compile(r"[^\W\d_][\w'’\-]*")
LEADING = {
    "The",
    "A",
    "An",
    "On",
    "In",
    "At",
    "From",
    "For",
    "By",
    "With",
    "After",
    "Before",
    "During",
    "This",
    "That",
    "These",
    "Those",
    "Its",
    "It",
    "Their",
    "His",
    "Her",
    "Our",
    "According",
    "Following",
    "Former",
    "Co-author",
    "Late",
    "Early",
    "New",
    "Yesterday",
    "Today",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "President",
    "Presidents",
    "Vice",
    "Prime",
    "Minister",
    "Senator",
    "Representative",
    "Governor",
    "Mayor",
    "Judge",
    "Justice",
    "Professor",
    "Prof",
    "Chief",
    "Deputy",
    "Secretary",
    "General",
    "Director",
    "Interior",
    "Foreign",
    "Defence",
    "Defense",
    "Emergencies",
    "Health",
    "Finance",
    "State",
    "States",
    "Kingdom",
    "District",
    "Superintendent",
    "Bishop",
    "Emeritus",
    "Roman",
    "Catholic",
    "Pope",
    "King",
    "Queen",
    "Prince",
    "Princess",
    "Sheikh",
    "Captain",
    "Colonel",
    "Lieutenant",
    "Sergeant",
    "Officer",
    "Detective",
    "Inspector",
    "Scientist",
    "Assemblywoman",
    "Assemblyman",
    "Congressman",
    "Congresswoman",
    "Republican",
    "Democrat",
    "Democratic",
    "Speaker",
    "Chancellor",
    "Premier",
    "Commissioner",
    "Ambassador",
    "Spokesperson",
    "Spokesman",
    "Spokeswoman",
    "Prosecutor",
    "Attorney",
    "Dean",
    "Researcher",
    "Author",
    "Lead",
    "Sir",
    "Lord",
    "Dame",
    "Saint",
    "St",
    "Cardinal",
    "Taoiseach",
    "Arab",
    "US",
    "UTC",
    "Commerce",
    "Court",
}
NOT_A_NAME = {"Hurricane", "Tropical", "Typhoon", "World", "Fourteenth", "Training", "Breaking", "Welcome", "Storm"}
# a run ending in one of these names a building, an event, a journal or a law, not a person or body
THING = {
    "Cathedral",
    "Convention",
    "Airport",
    "Applications",
    "Advances",
    "Biology",
    "Diseases",
    "Sustainability",
    "Science",
    "Hotel",
    "Island",
    "Park",
    "Sea",
    "Range",
    "Corner",
    "Palace",
    "Lodge",
    "Centre",
    "Center",
    "Complex",
    "Faire",
    "Equinox",
    "Comicon",
    "Video",
    "Amendment",
    "House",
    "Act",
    "Village",
    "Market",
    "Station",
    "Road",
    "Street",
    "Bridge",
    "Highway",
    "River",
    "Mountain",
    "Bay",
    "Day",
    "Locks",
    "Cay",
    "Islands",
    "County",
}
NATIONALITY = {
    "Russian": "Russia",
    "Polish": "Poland",
    "French": "France",
    "German": "Germany",
    "Chinese": "China",
    "Japanese": "Japan",
    "Indian": "India",
    "Iranian": "Iran",
    "Syrian": "Syria",
    "Turkish": "Turkey",
    "Greek": "Greece",
    "Thai": "Thailand",
    "Australian": "Australia",
    "Canadian": "Canada",
    "Mexican": "Mexico",
    "Brazilian": "Brazil",
    "Israeli": "Israel",
    "Afghan": "Afghanistan",
    "Pakistani": "Pakistan",
    "Indonesian": "Indonesia",
    "Filipino": "the Philippines",
    "Nigerian": "Nigeria",
    "Kenyan": "Kenya",
    "Egyptian": "Egypt",
    "Yemeni": "Yemen",
    "Iraqi": "Iraq",
    "Italian": "Italy",
    "Spanish": "Spain",
    "Ukrainian": "Ukraine",
    "Venezuelan": "Venezuela",
    "Bangladeshi": "Bangladesh",
    "Ethiopian": "Ethiopia",
    "Sudanese": "Sudan",
    "Taiwanese": "Taiwan",
    "British": "the UK",
    "American": "the United States",
    "Martian": "Mars",
    "Tongan": "Tonga",
    "Samoan": "Samoa",
    "Scottish": "Scotland",
    "Kenyan's": "Kenya",
    "Tunisian": "Tunisia",
}
PLACES = {
    c: c
    for c in [
        "Afghanistan",
        "Albania",
        "Algeria",
        "Argentina",
        "Armenia",
        "Australia",
        "Austria",
        "Azerbaijan",
        "Bahrain",
        "Bangladesh",
        "Belarus",
        "Belgium",
        "Benin",
        "Bolivia",
        "Brazil",
        "Bulgaria",
        "Cambodia",
        "Cameroon",
        "Canada",
        "Chile",
        "China",
        "Colombia",
        "Croatia",
        "Cuba",
        "Cyprus",
        "Denmark",
        "Ecuador",
        "Egypt",
        "Ethiopia",
        "Finland",
        "France",
        "Germany",
        "Ghana",
        "Greece",
        "Guatemala",
        "Haiti",
        "Honduras",
        "Hungary",
        "Iceland",
        "India",
        "Indonesia",
        "Iran",
        "Iraq",
        "Ireland",
        "Israel",
        "Italy",
        "Japan",
        "Jordan",
        "Kazakhstan",
        "Kenya",
        "Kosovo",
        "Kuwait",
        "Lebanon",
        "Libya",
        "Lithuania",
        "Malaysia",
        "Mali",
        "Malta",
        "Mexico",
        "Moldova",
        "Mongolia",
        "Morocco",
        "Mozambique",
        "Myanmar",
        "Namibia",
        "Nepal",
        "Netherlands",
        "Nicaragua",
        "Nigeria",
        "Norway",
        "Pakistan",
        "Palestine",
        "Panama",
        "Peru",
        "Poland",
        "Portugal",
        "Qatar",
        "Romania",
        "Russia",
        "Rwanda",
        "Scotland",
        "Serbia",
        "Singapore",
        "Slovakia",
        "Somalia",
        "Spain",
        "Sudan",
        "Sweden",
        "Switzerland",
        "Syria",
        "Taiwan",
        "Tanzania",
        "Thailand",
        "Tonga",
        "Samoa",
        "Tunisia",
        "Turkey",
        "Uganda",
        "Ukraine",
        "Uruguay",
        "Venezuela",
        "Vietnam",
        "Yemen",
        "Zambia",
        "Zimbabwe",
        "England",
        "Wales",
        "Fiji",
        "Bahamas",
        "Azores",
        "Cuba",
        "Barcelona",
        "Catalonia",
        "Moscow",
        "London",
        "Paris",
        "Delhi",
        "Mumbai",
        "Beijing",
        "Tokyo",
        "Berlin",
        "California",
        "Florida",
        "Texas",
        "Toronto",
        "Sydney",
        "Christchurch",
        "Jakarta",
        "Manila",
        "Mindanao",
        "Dhaka",
        "Kabul",
        "Tehran",
        "Istanbul",
        "Cairo",
        "Nairobi",
        "Lagos",
        "Caracas",
        "Alabama",
        "Nevada",
        "Ontario",
        "Bangkok",
        "Warsaw",
        "Rome",
        "Athens",
        "Siberia",
        "Mars",
        "Gaza",
        "Jerusalem",
        "Hawaii",
        "Alaska",
        "Chicago",
        "Bradford",
        "Brussels",
        "Geneva",
        "Tyumen",
        "Sulawesi",
        "Louisiana",
        "Virginia",
        "Pennsylvania",
        "Connecticut",
        "Wyoming",
        "Ohio",
        "Oregon",
        "Aleppo",
        "Chittagong",
        "Havana",
        "Karaj",
        "Gdańsk",
        "Koszalin",
        "Magnitogorsk",
        "Mokha",
        "Strasbourg",
        "Vienna",
        "Chiba",
        "Washington",
    ]
}
PLACES.update(
    {
        "United States": "the United States",
        "United Kingdom": "the UK",
        "New Zealand": "New Zealand",
        "South Africa": "South Africa",
        "South Korea": "South Korea",
        "North Korea": "North Korea",
        "Saudi Arabia": "Saudi Arabia",
        "Sri Lanka": "Sri Lanka",
        "Hong Kong": "Hong Kong",
        "Puerto Rico": "Puerto Rico",
        "Easter Island": "Easter Island",
        "New Delhi": "Delhi",
        "New York": "New York",
        "Los Angeles": "Los Angeles",
        "San Diego": "San Diego",
        "New Hampshire": "New Hampshire",
        "New South Wales": "New South Wales",
        "El Paso": "El Paso",
        "Las Vegas": "Las Vegas",
        "American Samoa": "American Samoa",
        "Ural": "the Urals",
    }
)
PLACE_NAMES = sorted(PLACES, key=len, reverse=True)


def place_of(body):
    """The first place of the list named in the body; a nationality word only when no place is."""
    for table in (PLACES, NATIONALITY):
        hits = [(m.start(), table[p]) for p in table for m in [re.search(r"\b" + re.escape(p) + r"\b", body)] if m]
        if hits:
            return min(hits)[1]
    return None


def who_of(body):
    """The first run of 2-4 capitalised words, leading titles/dates/nationalities/places dropped."""
    runs, run = [], []
    for m in TOKEN.finditer(body):
        word = m.group(0)
        capital = word[0].isupper() or word.startswith("al-")
        if capital and (not run or body[run[-1].end() : m.start()] == " "):
            run.append(m)
        else:
            if run:
                runs.append([r.group(0) for r in run])
            run = [m] if capital else []
    if run:
        runs.append([r.group(0) for r in run])
    for words in runs:
        while words and (
            words[0] in LEADING
            or words[0] in NATIONALITY
            or words[0] in PLACES
            or " ".join(words[:2]) in PLACES
            or " ".join(words[:3]) in PLACES
        ):
            words = words[2:] if " ".join(words[:2]) in PLACES else words[1:]
        words = [w[:-2] if w.endswith(("'s", "’s")) else w for w in words]
        text = " ".join(words)
        if (
            2 <= len(words) <= 4
            and words[0] not in NOT_A_NAME
            and words[-1] not in THING
            and "-based" not in text
            and not any(w in PLACES or w in NATIONALITY for w in words)
            and not any(p in text for p in PLACE_NAMES if " " in p)
        ):
            return text
    return None


ARTICLES = []
for a in articles(WIKINEWS):
    if not str(a.get("date", "")).startswith("2019"):
        continue
    who, place = who_of(a["body"]), place_of(a["body"])
    if who and place:
        ARTICLES.append({"id": a["id"], "who": who, "place": place, "date": a["date"]})

# --------------------------------------------------------------------------- small tools


def pick(seq):
    return rng.choice(seq)


def digits(n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def alnum(n, alphabet="abcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(rng.choice(alphabet) for _ in range(n))


def slug(text):
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def ascii_slug(text):
    table = str.maketrans("áàâäãåćčçéèêëíìîïłńñóòôöõøśšúùûüýźżžğışəńŁŚŻ", "aaaaaaccceeeeiiiilnnoooooossuuuuyzzzgisenLSZ")
    return slug(text.translate(table))


YT = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_"


# --------------------------------------------------------------------------- ham links


def ham_link(kind, art):
    who, place = art["who"], art["place"]
    y, m, d = art["date"].split("-")
    mon = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"][int(m) - 1]
    ws, ps = ascii_slug(who), ascii_slug(place.replace("the ", ""))
    tail = pick(["says", "vows", "faces-questions", "responds", "under-pressure", "speaks-out"])
    table = {
        "reuters": lambda: f"https://www.reuters.com/article/us-{ps}-{ws.split('-')[-1]}-idUSKCN1{alnum(7).upper()}",
        "ap": lambda: f"https://apnews.com/{alnum(32, '0123456789abcdef')}",
        "bbc": lambda: (
            f"https://www.bbc.co.uk/news/world-{pick(['europe', 'asia', 'africa', 'us-canada', 'middle-east', 'latin-america'])}-{digits(8)}"
        ),
        "bbc_share": lambda: f"https://www.bbc.com/news/world-{digits(8)}?at_medium=RSS&at_campaign=KARANGA",
        "aje": lambda: f"https://www.aljazeera.com/news/{y}/{int(m)}/{int(d)}/{ps}-{ws}-{tail}",
        "guardian": lambda: f"https://www.theguardian.com/world/{y}/{mon}/{d}/{ws}-{ps}-{tail}?CMP=Share_AndroidApp_Other",
        "nyt": lambda: f"https://www.nytimes.com/{y}/{m}/{d}/world/{ps}-{ws.split('-')[-1]}.html?smid=nytcore-ios-share",
        "dw": lambda: f"https://www.dw.com/en/{ws}-{tail}/a-{digits(8)}",
        "f24": lambda: f"https://www.france24.com/en/{y}{m}{d}-{ps}-{ws}",
        "scmp": lambda: f"https://www.scmp.com/news/hong-kong/politics/article/{digits(7)}/{ws}-{tail}",
        "abcau": lambda: f"https://www.abc.net.au/news/{y}-{m}-{d}/{ws}-{tail}/{digits(8)}",
        "wiki_who": lambda: "https://en.wikipedia.org/wiki/" + who.replace(" ", "_"),
        "wiki_place": lambda: "https://en.wikipedia.org/wiki/" + place.replace("the ", "").replace(" ", "_"),
        "wiki_lang": lambda: f"https://{pick(['de', 'fr', 'es', 'fi', 'pl'])}.wikipedia.org/wiki/" + who.replace(" ", "_"),
        "yt": lambda: f"https://www.youtube.com/watch?v={alnum(11, YT)}",
        "ytshort": lambda: f"https://youtu.be/{alnum(11, YT)}?t={rng.randint(30, 900)}",
        "x": lambda: (
            f"https://twitter.com/{pick(['AFP', 'Reuters', 'AJEnglish', 'BBCBreaking', 'dwnews', 'ABCWorldNews'])}/status/11{digits(17)}"
        ),
        "x_s": lambda: (
            f"https://x.com/{pick(['kate_reports', 'm_osei_news', 'TheDeskEditor', 'placeholderwire'])}/status/11{digits(17)}?s=46&t={alnum(22, YT)}"
        ),
        "un": lambda: f"https://news.un.org/en/story/{y}/{m}/{digits(7)}",
        "ohchr": lambda: f"https://www.ohchr.org/en/press-releases/{y}/{m}/{ps}-un-experts-{tail}",
        "relief": lambda: f"https://reliefweb.int/report/{ps}/{ps}-situation-report-{rng.randint(2, 40)}",
        "who_int": lambda: f"https://www.who.int/news/item/{d}-{m}-{y}-{pick(['statement-on', 'update-on', 'outbreak-news'])}",
        "govuk": lambda: f"https://www.gov.uk/government/news/{pick(['statement-on', 'foreign-secretary-on', 'uk-response-to'])}-{ps}",
        "congress": lambda: f"https://www.congress.gov/bill/116th-congress/house-bill/{rng.randint(1, 5000)}/text",
        "doi": lambda: (
            f"https://doi.org/10.{rng.randint(1000, 1399)}/{pick(['s41586-019-', 'journal.pone.0', 'sciadv.aax', 'nature'])}{digits(4)}"
        ),
        "pubmed": lambda: f"https://pubmed.ncbi.nlm.nih.gov/{rng.randint(30000000, 31999999)}/",
        "wayback": lambda: (
            f"https://web.archive.org/web/{y}{m}{d}{digits(6)}/https://www.{pick(['gov.pl', 'mofa.gov.tw', 'presidency.gov.ph', 'kremlin.ru'])}/{pick(['news', 'en/news', 'press'])}/{digits(5)}"
        ),
        "archiveph": lambda: f"https://archive.ph/{alnum(5, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ')}",
        "reddit": lambda: (
            f"https://www.reddit.com/r/{pick(['worldnews', 'europe', 'geopolitics', 'news'])}/comments/{alnum(6)}/{ws.replace('-', '_')}_{tail.replace('-', '_')}/"
        ),
        "substack": lambda: (
            f"https://{pick(['thebriefingroom', 'farfromthecapital', 'notesonpower', 'ledgerandlens'])}.substack.com/p/{ws}-and-the-{pick(['long-game', 'missing-context', 'numbers'])}"
        ),
        "medium": lambda: f"https://medium.com/@{pick(['yusra.writes', 'kofi_analysis', 'lenartj'])}/{ws}-{alnum(12, '0123456789abcdef')}",
        "local": lambda: (
            f"https://www.{pick(['thecouriertimes', 'northernstar-gazette', 'rivervalleypost', 'thetownecho'])}.com/news/local/{ws}-{tail}_{alnum(8, '0123456789abcdef')}.html?utm_source=whatsapp&utm_medium=social&utm_campaign=share"
        ),
        "fb": lambda: f"https://www.facebook.com/{pick(['redcross', 'UNICEF', 'MSF.english', 'CityFireDept'])}/posts/{digits(16)}",
        "ig": lambda: f"https://www.instagram.com/p/{alnum(11, YT)}/?igshid={alnum(12)}",
        "tg": lambda: f"https://t.me/{pick(['newsroom_live_en', 'ukrainenow_eng', 'hongkongfp'])}/{rng.randint(1000, 60000)}",
        "osm": lambda: f"https://www.openstreetmap.org/#map=15/{rng.uniform(-40, 60):.4f}/{rng.uniform(-120, 140):.4f}",
        "gmaps": lambda: f"https://maps.app.goo.gl/{alnum(17, YT[:62])}",
        "ftc": lambda: "https://reportfraud.ftc.gov/",
        "actionfraud": lambda: "https://www.actionfraud.police.uk/a-z-of-fraud/" + pick(["investment-fraud", "romance-scams", "phishing"]),
        "scamwatch": lambda: (
            "https://www.scamwatch.gov.au/types-of-scams/" + pick(["investment-scams", "dating-and-romance", "jobs-and-employment"])
        ),
        "icrc": lambda: f"https://www.icrc.org/en/document/{ps}-{pick(['humanitarian-situation', 'families-missing', 'detention-visits'])}",
        "msf": lambda: f"https://www.msf.org/{ps}-{pick(['emergency-update', 'our-teams-respond', 'medical-needs'])}",
        "hrw": lambda: f"https://www.hrw.org/news/{y}/{m}/{d}/{ps}-{tail}",
        "cnn": lambda: f"https://edition.cnn.com/{y}/{m}/{d}/{pick(['asia', 'europe', 'americas', 'africa', 'us'])}/{ws}-intl/index.html",
        "lemonde": lambda: f"https://www.lemonde.fr/international/article/{y}/{m}/{d}/{ws}-{tail}_{digits(7)}_3210.html",
        "spiegel": lambda: f"https://www.spiegel.de/politik/ausland/{ws}-a-{digits(7)}.html",
        "elpais": lambda: f"https://elpais.com/internacional/{y}/{m}/{d}/actualidad/15{digits(8)}_{digits(6)}.html",
        "yle": lambda: f"https://yle.fi/uutiset/3-{digits(8)}",
        "nrk": lambda: f"https://www.nrk.no/urix/{ws}-1.{digits(8)}",
        "gh": lambda: (
            f"https://github.com/{pick(['openelections', 'datasets', 'fivethirtyeight'])}/{pick(['data', 'elections-data', 'world-data'])}/blob/master/{y}/{ps}.csv"
        ),
        "owid": lambda: f"https://ourworldindata.org/{pick(['homicides', 'natural-disasters', 'air-pollution', 'suicide'])}",
        "pdf": lambda: f"https://www.{pick(['amnesty.org', 'crisisgroup.org', 'icg-pdf.org'])}/download/Documents/{ps}-report-{y}.pdf",
        "petition": lambda: f"https://petition.parliament.uk/petitions/{rng.randint(220000, 300000)}",
        "mastodon_post": lambda: f"https://mastodon.social/@{pick(['cartographer', 'lenadatajourno', 'harbourpilot'])}/10{digits(16)}",
    }
    return table[kind]()


LINK = re.compile(r"<L:(\w+)>")


def fill(text, art):
    text = text.replace("$who", art["who"]).replace("$place", art["place"])
    text = text.replace("$Place", art["place"][:1].upper() + art["place"][1:])
    return LINK.sub(lambda m: ham_link(m.group(1), art), text)


# --------------------------------------------------------------------------- ham voices

MAIL = ["gmail.com"] * 8 + [
    "yahoo.com",
    "yahoo.co.uk",
    "outlook.com",
    "hotmail.com",
    "hotmail.fr",
    "proton.me",
    "icloud.com",
    "gmx.de",
    "web.de",
    "mail.ru",
    "yandex.ru",
    "naver.com",
    "qq.com",
    "libero.it",
    "orange.fr",
    "btinternet.com",
    "bigpond.com",
    "rediffmail.com",
    "wp.pl",
    "seznam.cz",
    "fastmail.com",
    "me.com",
    "live.ca",
    "telus.net",
    "abv.bg",
    "inbox.lv",
]

# (name, website or None). A website is left by about one reader in ten.
READERS = [
    ("Margaret O'Halloran", None),
    ("Tomasz", None),
    ("Priya R.", None),
    ("kevin_b", None),
    ("Olusegun Adeyemi", None),
    ("Henrik Lund", None),
    ("Beatriz", None),
    ("Old Trucker", None),
    ("Aiko Tanabe", None),
    ("Jonas", None),
    ("Fatima Z.", None),
    ("Dave from Leeds", None),
    ("Mihai Popescu", None),
    ("Chidi", None),
    ("N. Khumalo", None),
    ("lurker99", None),
    ("Sione Tupou", None),
    ("Elena Sokolova", None),
    ("Rafa", None),
    ("J. Whitcombe", None),
    ("Grandma Pat", None),
    ("Arjun Mehta", None),
    ("Kalinda", None),
    ("Yusuf Demir", None),
    ("Mags", None),
    ("Pieter van Wyk", None),
    ("Chen Li", None),
    ("anon", None),
    ("Ruth Abernathy", None),
    ("Marco", None),
    ("Tavita", None),
    ("BigSkyMontana", None),
    ("Siobhan Kearney", None),
    ("Ahmed Khalil", None),
    ("Lars Eriksen", None),
    ("mei", None),
    ("Carlos Mendoza", None),
    ("Ifeoma", None),
    ("The Grumpy Economist", None),
    ("Nadia B.", None),
    ("Stuart Lowry", None),
    ("Jo", None),
    ("Wanjiru Kamau", None),
    ("Dmitri K", None),
    ("Helga Brandt", None),
    ("Sam", None),
    ("Ana Lúcia", None),
    ("pete_in_perth", None),
    ("Farid", None),
    ("M. Dubois", None),
    ("Sunil", None),
    ("Gwen Parry", None),
    ("Rosie", None),
    ("Kwame Mensah", None),
    ("Tiina Virtanen", None),
    ("Bogdan", None),
    ("Raúl Ortega", None),
    ("Miriam", None),
    ("Hank", None),
    ("Zeynep", None),
    ("CoastalNurse", None),
    ("Ibrahim Sani", None),
    ("Eilidh", None),
    ("T. Nakamura", None),
    ("Mateo", None),
    ("Lindiwe", None),
    ("Gabriel F.", None),
    ("Retired Teacher", None),
    ("Oskar", None),
    ("Samoa Joe", None),
    ("Ngaio Parata", None),
    ("Vusi", None),
    ("Harbourside Café", None),
    ("Ma. Lourdes Cruz", None),
    ("sk8rboi_2003", None),
    ("Uncle Bayo", None),
    ("Astrid", None),
    ("Father Tom", None),
    ("Yerlan", None),
    ("M.", None),
    ("Bilal Qureshi", None),
    ("Greta from Tartu", None),
    ("the_real_dmitri", None),
    ("Noor", None),
    ("Padraig", None),
    ("Xochitl", None),
    ("Retired in Algarve", None),
    ("Kemal A.", None),
    # readers who leave a website
    ("Claire Whitfield", "https://clairewhitfield.substack.com/"),
    ("Ravi Anand", "https://www.linkedin.com/in/ravi-anand-" + "4b1" + "7a2/"),
    ("Jakub Nowicki", "https://github.com/jnowicki"),
    ("Ellen Dray", "https://mastodon.social/@ellendray"),
    ("Tobias Reinholt", "https://tobiasreinholt.de/"),
    ("Amara Nwosu", "https://amaranwosu.wordpress.com/"),
    ("Dr. Hannah Greaves", "https://hannahgreaves.net/"),
    ("Mercy Otieno", "https://www.linkedin.com/in/mercyotieno/"),
    ("Katja Lindqvist", "https://katjalindqvist.se/"),
    ("Kestrel Books", "https://www.kestrelbooks.co.uk/"),
    ("Lukas Baumann", "https://fosstodon.org/@lbaumann"),
    ("Harbour Watch Trust", "https://harbourwatchtrust.org/"),
]


def mailbox(name):
    base = ascii_slug(name).replace("-", pick([".", "", "_"])) or "reader"
    base = base.strip("._") or "reader"
    if rng.random() < 0.4:
        base += str(rng.randint(1, 99) if rng.random() < 0.7 else rng.randint(1955, 2004))
    return f"{base}@{pick(MAIL)}"


# (template id, text, optional reader names with website or None)
# Non-English templates carry a language prefix in their id: fi-, no-, hr- ...
HAM = [
    ("thanks-clear", "Thanks for a clear write-up. Most outlets I read just ran the agency copy with a different headline."),
    ("thanks-who", "{Thank you|Thanks} for naming $who properly, {other sites|the TV news} kept getting it wrong all day."),
    ("thanks-short", "{Good, factual, no fluff. Appreciated.|Factual and short. Appreciated.|No fluff, just facts. Thank you.}"),
    ("thanks-wikinews", "This is why I still check Wikinews. Sources at the bottom, no autoplay video, no 'you won't believe'."),
    ("agree-plain", "Agree with every word of the comment above. $Place deserves better than this."),
    (
        "agree-but",
        "I agree with the general point but the piece is a bit soft on $who. There's a history there that isn't mentioned at all.",
    ),
    (
        "dissent-framing",
        "Strongly disagree with the framing. You make it sound as if $who acted alone, when half the people around them signed off on it.",
    ),
    ("dissent-bias", "Funny how the 'neutral' coverage always quotes the same three people. Where's the other side?"),
    (
        "dissent-polite",
        "Respectfully, I think the headline overstates it. Read the quoted statement again: nothing was actually decided yet.",
    ),
    ("anger-caps", "THIS IS A DISGRACE. How many times do we have to read the same story from $place before something changes??"),
    ("anger-gov", "And the government will 'look into it' like it looked into the last one. Nobody will resign. Nobody ever does."),
    ("sarcasm-shocked", "Shocked. Shocked, I tell you. Who could possibly have seen this coming. (everyone. everyone saw it coming)"),
    ("sarcasm-thoughts", "Thoughts and prayers, {again|once more}. Very {useful|helpful}."),
    ("joke-meeting", "Somewhere in $place a committee is being formed to decide when to form a committee."),
    ("joke-cat", "My cat has a better grasp of policy than half the people quoted here and she eats spiders."),
    ("question-figure", "Where does the figure in the third paragraph come from? I can't find it in any of the linked sources."),
    ("question-who", "Is $who the same person who was in the news a few years ago for the other case, or a different one?"),
    ("question-update", "Any update on this? It's been a while and I can't find a follow-up anywhere."),
    ("question-timezone", "Is that local time or UTC? It changes the sequence of events quite a bit."),
    ("correction-date", "Small correction: the earlier incident was in {2016|2017}, not {2015|2014}. Easy to check."),
    (
        "correction-number",
        "The article says 'dozens' but the official statement I saw gave {23|27|31}, with {4|6|9} still unaccounted for. Not the same thing.",
    ),
    (
        "correction-spelling",
        "Minor thing but the name is spelt differently in the official statement. Worth double-checking before it spreads.",
    ),
    ("correction-map", "$Place is not where the caption says it is, it's a good {200|300|400} km further {north|south|east}. Check a map."),
    (
        "local-street",
        "I live about twenty minutes from there. The roads were shut all afternoon and nobody told us why until evening. The local radio was better than any of the national channels.",
    ),
    (
        "local-prices",
        "Living in $place right now: bread went up again this week, petrol too. People aren't talking about $who, they're talking about the price of eggs.",
    ),
    ("local-family", "My sister is in $place and she says it's calmer than it looks on TV, but everyone is staying close to home."),
    (
        "local-volunteer",
        "I volunteered at the shelter that night. We ran out of blankets by 2am. If anyone wants to help, the local churches and mosques are collecting, don't send money to random pages.",
    ),
    ("reply-at", "@{Hank|Marco|Jo|lurker99} you're quoting a number from a different year. The one in the article is the 2019 figure."),
    ("reply-at-agree", "@{Rosie|Sam|Mags} exactly this. Well put."),
    ("reply-at-kind", "@anon no need to be rude to people who are grieving. You can make your point without that."),
    ("oneword-this", "{This.|This. 100%|^ this|This!!}"),
    ("oneword-sad", "{Heartbreaking.|Heartbreaking 💔|So sad.|Just heartbreaking.}"),
    ("oneword-finally", "{Finally!|FINALLY.|Finally. Took long enough.|finally 🙌}"),
    ("oneword-wow", "{wow|Wow.|wow. just wow|WOW}"),
    (
        "lower-typo",
        "cant believe nobody is talking about this more, its been on page 6 of every paper here. the goverment should of acted weeks ago",
    ),
    ("lower-rant", "honestly im tired. every week its something else and the people at the top never pay for any of it"),
    ("emoji-heart", "Sending love to everyone in $place 💔🙏"),
    ("emoji-clap", "{👏👏👏|👏👏} about time someone said it"),
    ("emoji-eyes", "👀 let's see how long {this lasts|that promise lasts}"),
    (
        "long-history",
        "I want to push back on a couple of the comments here.\n\nFirst, this did not come out of nowhere. Anyone who followed $place over the last decade saw the same pattern: a promise, a delay, a scandal, a new promise. $who is part of that story, but only one part.\n\nSecond, the outside world keeps treating these events as isolated. They're not. The same budgets were cut, the same inspectors were let go, and the same people are now surprised.\n\nI don't expect anyone to change their mind from a comment box, but please at least read beyond the headline.",
    ),
    (
        "long-media",
        "Two things bother me about the coverage.\n\nOne: the early reports all cited 'officials' without names, and half of what they said turned out wrong by evening. That's not the reporters' fault, but it should be flagged.\n\nTwo: the victims get a paragraph, $who gets six. I understand why, but it shapes what readers remember.",
    ),
    (
        "long-economics",
        "People underestimate how much of this is about money. Insurance, rebuilding, lost work days. In $place the informal economy is huge, so none of those losses will show up in the official statistics.\n\nIf you want to understand what happens next, watch what happens to small shops in the next three months, not what $who says on TV.",
    ),
    (
        "job-nurse",
        "I'm an ER nurse. Please, if you're near $place, donate blood through the official service, not through someone's Facebook page asking for 'transport money'.",
    ),
    (
        "job-teacher",
        "As a secondary teacher I'll be using this in class on Monday. The kids always ask why they should care about $place — this is a good way in.",
    ),
    (
        "job-pilot",
        "Airline pilot here (not commenting on the investigation, just the procedure). The sequence described is roughly right, but the timing of the warnings matters more than the article suggests.",
    ),
    (
        "job-lawyer",
        "Lawyer, not in that jurisdiction. The wording 'charged' vs 'arrested' matters and the article gets it right. Plenty of others didn't.",
    ),
    ("job-farmer", "Farmer here. Weather like this wipes out a year. Nobody writes about the farms, only the towns."),
    (
        "job-journo",
        "Former stringer here. The hardest part of stories like this is getting anyone to talk on the record. Credit to whoever got the quote from $who.",
    ),
    (
        "scam-crypto",
        "Side note: after every big story like this my inbox fills up with 'crypto recovery experts'. They are all scammers. If you lost money, go to the police, nobody can 'recover' it for a fee.",
    ),
    (
        "scam-fundraiser",
        "Be careful with the fundraisers circulating on WhatsApp about $place. At least two that my aunt was sent are fakes using photos from a different disaster. Give through the Red Cross or a group you know.",
    ),
    ("scam-report", "If anyone here got one of those fake donation links, you can report it here: <L:ftc> (US) or <L:actionfraud> (UK)."),
    (
        "scam-betting",
        "Every football stream here is 80% betting ads now. My nephew is 15 and already has an account on one of those apps. This is going to be the next big scandal.",
    ),
    (
        "scam-loans",
        "The loan apps are the real story in my town. 30 % a month and they message your contacts if you're late. Nobody in government wants to touch it.",
    ),
    (
        "scam-pills",
        "Weight-loss injections being sold on Instagram without prescription is a bigger health issue than anything in this article, and nobody regulates it.",
    ),
    (
        "scam-telegram",
        "My mum keeps forwarding me 'news' from Telegram channels that turn out to be made up. Sites like this one with sources at the bottom are rarer than they should be.",
    ),
    (
        "scam-wrongnumber",
        "Anyone else getting those 'sorry, wrong number 😊' messages on WhatsApp lately? It's the start of a crypto scam. Don't reply.",
    ),
    ("scam-scamwatch", "The government scam site has a good page on exactly this kind of thing: <L:scamwatch>"),
    (
        "help-line",
        "If this story hit close to home for anyone: in the UK the Samaritans are on 116 123, any time, free. You don't have to be suicidal to call.",
    ),
    (
        "help-donate",
        "For anyone asking how to help, MSF is already on the ground: <L:msf> — please give there rather than to a random GoFundMe.",
    ),
    ("help-icrc", "The ICRC runs the family tracing service if you've lost contact with someone in the area: <L:icrc>"),
    ("link-reuters", "Reuters had more detail on the timeline: <L:reuters>"),
    ("link-ap", "AP's version has the full statement: <L:ap>"),
    ("link-bbc", "BBC has a map of where it happened <L:bbc>"),
    ("link-bbc-share", "Sharing the BBC piece because it quotes local residents too <L:bbc_share>"),
    ("link-aje", "Al Jazeera had someone on the ground: <L:aje>"),
    ("link-guardian", "The Guardian piece is worth reading alongside this one: <L:guardian>"),
    ("link-nyt", "NYT (paywall, sorry) <L:nyt>"),
    ("link-dw", "Deutsche Welle's background piece on $who is good: <L:dw>"),
    ("link-wiki", "For background on $who: <L:wiki_who>"),
    ("link-wiki-place", "For people who, like me, had to look it up: <L:wiki_place>"),
    ("link-yt", "There's raw footage here, warning it's upsetting: <L:yt>"),
    ("link-ytshort", "the press conference, skip to the part where they take questions <L:ytshort>"),
    ("link-x", "Their own statement was posted here <L:x>"),
    ("link-un", "The UN's statement from the same day: <L:un>"),
    ("link-relief", "The situation report has the actual numbers by district: <L:relief>"),
    ("link-doi", "The underlying paper is open access, for anyone who wants the method rather than the summary: <L:doi>"),
    ("link-wayback", "The original statement was quietly edited. Archived copy: <L:wayback>"),
    ("link-reddit", "There's a good discussion with locals in this thread <L:reddit>"),
    ("link-local", "Local paper had it a day earlier: <L:local>"),
    ("link-substack", "I wrote a longer piece on the context here, if anyone's interested: <L:substack>"),
    ("link-congress", "The actual bill text, since nobody in the comments seems to have read it: <L:congress>"),
    ("link-owid", "Long-term data for context: <L:owid>"),
    ("two-links", "Two sources that disagree on the count: <L:reuters> and <L:aje>. Would be good if the article said which it used."),
    ("two-links-science", "Paper: <L:doi>\nPress release with the figures: <L:pubmed>"),
    (
        "three-links",
        "For anyone trying to follow this properly:\n- timeline: <L:wiki_who>\n- official statement: <L:un>\n- on-the-ground report: <L:guardian>",
    ),
    ("fi-kiitos", "Kiitos hyvästä jutusta. Suomessa tästä ei ole kerrottu juuri mitään, vaikka $place on ollut uutisissa koko viikon."),
    ("no-enig", "Helt enig med forrige kommentar. Det er rart hvor lite norske medier skriver om $place."),
    ("da-spoergsmaal", "Er der nogen der ved hvad $who egentlig har sagt? Jeg kan kun finde citater på andenhånd."),
    ("hr-ljutnja", "Opet ista priča. Političari obećaju, a ljudi plaćaju. Žalosno."),
    ("sk-dakujem", "Ďakujem za článok. Mám kolegu z $place, hovorí, že situácia je horšia, ako píšu médiá."),
    ("bg-vapros", "Някой знае ли дали има българи пострадали? Посолството не казва нищо."),
    ("lt-vietinis", "Buvau $place pernai. Žmonės ten labai draugiški, tikiuosi, kad viskas susitvarkys."),
    ("et-kommentaar", "Väga kurb uudis. Jõudu kõigile, keda see puudutab."),
    ("cy-diolch", "Diolch am yr erthygl. Mae'n anodd cael newyddion fel hyn yn Gymraeg, ond o leiaf mae'r ffynonellau yma."),
    ("af-mening", "Ek dink nie die regering gaan iets hieraan doen nie. Ons het dieselfde ding in Suid-Afrika gesien."),
    ("ha-addua", "Allah ya jikan wadanda suka rasu. Muna addu'a ga iyalansu."),
    ("az-sual", "$who haqqında daha çox məlumat varmı? Bizim xəbərlərdə heç nə yazılmayıb."),
    ("ka-madloba", "დიდი მადლობა სტატიისთვის. ჩვენთან ამაზე თითქმის არაფერს წერენ."),
    ("yue-comment", "真係好慘，希望大家平安。香港新聞都冇點報導呢單嘢。"),
    ("pa-roman", "bahut dukh hoya eh khabar padh ke. rabb sab nu sukh shanti deve 🙏"),
    ("mr-roman", "kharach khup vait jhala. sarkar ne lavkar madat pathvayla pahije."),
    ("gl-opinion", "Moi bo artigo. Aquí en Galicia non se fala nada disto e paréceme un erro."),
    ("eu-eskerrik", "Eskerrik asko informazioagatik. Oso albiste tristea da."),
    ("is-spurning", "Veit einhver hvort íslenskir ríkisborgarar séu á svæðinu? Utanríkisráðuneytið segir ekkert."),
    ("sq-koment", "Shumë e trishtueshme. Shpresoj që përgjegjësit të dënohen."),
    ("mi-aroha", "Kia kaha ki a koutou katoa. Arohanui from Aotearoa."),
    ("sm-alofa", "Alofa atu i tagata uma o loo aafia. Faamanuia le Atua."),
    (
        "es-correccion",
        "Una corrección: el dato oficial que dio el gobierno era distinto, lo publicaron ayer por la tarde. Vale la pena actualizar la nota.",
    ),
    ("de-link", "Spiegel hat dazu eine ausführlichere Analyse: <L:spiegel>"),
    ("fr-link", "Le Monde en parle aussi, avec plus de contexte sur $who : <L:lemonde>"),
    ("fi-link", "Yle teki tästä hyvän jutun: <L:yle>"),
]

# Some templates fit one kind of reader better than the general pool.
HAM_NAMES = {
    "job-nurse": [("CoastalNurse", None), ("Shona, RN", None), ("Deirdre M.", None)],
    "job-pilot": [("Capt. Rob (ret.)", None), ("flightdeck_fred", None), ("Ingrid S.", None)],
    "job-lawyer": [
        ("A. Ferreira, barrister", None),
        ("Counsel for nobody", None),
        ("Nicola Hart", "https://www.linkedin.com/in/nicola-hart-law/"),
    ],
    "job-farmer": [("Bryn Jenkins", None), ("Ouma Farm Co-op", "https://oumafarmcoop.org/"), ("Dairy Dan", None)],
    "job-journo": [("Paolo Renzi", "https://paolorenzi.journoportfolio.com/"), ("Hye-jin", None), ("D. Mwangi", None)],
    "link-substack": [
        ("Claire Whitfield", "https://clairewhitfield.substack.com/"),
        ("Sipho Dlamini", "https://siphodlamini.substack.com/"),
        ("Owen Carter", "https://owencarter.substack.com/"),
    ],
    "help-line": [("Samaritans volunteer", None), ("Beth", None), ("Mark T.", None)],
    "mi-aroha": [("Ngaio Parata", None), ("Hemi", None), ("Aroha W.", None)],
    "sm-alofa": [("Sione Tupou", None), ("Tavita", None), ("Losa F.", None)],
}

# --------------------------------------------------------------------------- spam

ZW = "\u200b"
HOMO = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "i": "і", "y": "у"}


def homoglyph(text, share=0.5):
    return "".join(HOMO[ch] if ch in HOMO and rng.random() < share else ch for ch in text)


def zerowidth(text):
    return "".join(ch + (ZW if ch.isalpha() and rng.random() < 0.5 else "") for ch in text)


def fullwidth(text):
    return "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else "\u3000" if ch == " " else ch for ch in text)


def mathbold(text):
    out = []
    for ch in text:
        if "A" <= ch <= "Z":
            out.append(chr(0x1D5D4 + ord(ch) - 65))
        elif "a" <= ch <= "z":
            out.append(chr(0x1D5EE + ord(ch) - 97))
        else:
            out.append(ch)
    return "".join(out)


def spaced(text):
    return " ".join(text)


def leet(text):
    return text.translate(str.maketrans({"a": "4", "e": "3", "i": "1", "o": "0", "s": "5"}))


def short():
    return pick(
        [
            f"https://bit.ly/{alnum(7, YT[:62])}",
            f"https://tinyurl.com/{alnum(8)}",
            f"https://cutt.ly/{alnum(7, YT[:62])}",
            f"https://is.gd/{alnum(6, YT[:62])}",
            f"https://rb.gy/{alnum(6)}",
            f"https://t.ly/{alnum(5, YT[:62])}",
            f"https://shorturl.at/{alnum(5)}",
        ]
    )


def phone():
    return pick(
        [
            f"+1 ({rng.randint(800, 888)}) {digits(3)}-{digits(4)}",
            f"+44 7{digits(3)} {digits(6)}",
            f"+234 8{digits(2)} {digits(3)} {digits(4)}",
            f"+62 8{digits(2)}-{digits(4)}-{digits(4)}",
            f"+1 {rng.randint(201, 989)} {digits(3)} {digits(4)}",
            f"+27 {rng.randint(60, 84)} {digits(3)} {digits(4)}",
        ]
    )


def throwaway(local):
    return f"{local}{rng.randint(1, 9999)}@{pick(['gmail.com', 'outlook.com', 'yandex.com', 'mail.ru', 'hotmail.com', 'protonmail.com', 'gmx.com', 'yahoo.com', 'aol.com', 'zoho.com'])}"


def spam_identity(names, domains, own_mail=0.5, site_share=0.7):
    """Name, mailbox, website and domain of one spammer: an anchor name or persona, a commercial site.
    Where a template lists as many names as domains, each name goes with its own domain."""
    k = rng.randrange(len(names))
    name = spin(rng, names[k])
    dom = (domains[k] if len(domains) == len(names) else pick(domains)) if domains else None
    local = ascii_slug(name.removeprefix("https://").removeprefix("www.")).replace("-", pick(["", ".", "_"]))[:18] or "info"
    if dom and rng.random() < own_mail:
        email = f"{pick(['info', 'sales', 'support', 'contact', 'admin', local])}@{dom}"
    else:
        email = throwaway(local)
    url = ""
    if dom and rng.random() < site_share:
        url = pick(
            [
                f"https://{dom}/",
                f"https://www.{dom}/",
                f"http://{dom}/",
                f"https://{dom}/{pick(['shop', 'offer', 'go', 'order', 'lp', 'en'])}/",
            ]
        )
    return name, email, url, dom or ""


# Each spam template: (template id, family, function(art) -> body, names, domains, own_mail, site_share)
SPAM = []


def S(tid, family, names, domains, own_mail=0.5, site_share=0.7):
    def wrap(fn):
        SPAM.append((tid, family, fn, names, domains, own_mail, site_share))
        return fn

    return wrap


# pharma
@S(
    "pharma-generic",
    "pharma",
    ["{Buy|Order} Viagra Online", "generic sildenafil", "CheapMeds"],
    ["rxpillsdirect24.com", "medsnoprescript.net", "bluepill-outlet.shop"],
)
def _(art, dom):
    return spin(
        rng,
        f"{{Buy|Order|Get}} {{Viagra|Cialis|Levitra}} {{online|now}} without prescription, {{discreet|fast}} {{shipping|delivery}} worldwide, {{lowest|best}} price guaranteed: https://{dom}/{pick(['viagra', 'cialis', 'ed-pack'])}?ref={digits(4)}",
    )


@S("pharma-homoglyph", "pharma", ["Pharmacy", "Men's Health", "Dr.Pharm"], ["ed-care-store.top", "pharmabest-mx.com"])
def _(art, dom):
    return homoglyph(spin(rng, "{cialis|viagra|tadalafil} 20mg {$0.39|$0.45|$0.59} per pill! no doctor needed ")) + f"→ https://{dom}/"


@S(
    "pharma-glp1",
    "pharma",
    ["Semaglutide Supplier", "Ozempic Pens UK", "WeightLoss Pharma"],
    ["glp1pens-express.com", "slimpen-pharma.net"],
)
def _(art, dom):
    return (
        spin(
            rng,
            "{Ozempic|Mounjaro|Wegovy} pens available {without prescription|no script needed}, {original|100% genuine} from {EU|Canada} pharmacy. {Fast|Discreet} delivery. WhatsApp: ",
        )
        + phone()
    )


@S("pharma-opioid", "pharma", ["Tramadol Shop", "painrelief_store", "Oxy Plug"], ["painreliefrx.cc", "tramadol-shop.top"], site_share=0.9)
def _(art, dom):
    return spin(
        rng, "{Tramadol|Oxycodone|Xanax|Adderall} for sale, {no prescription|no RX}, overnight {shipping|delivery} USA/UK/AU. Telegram @"
    ) + pick(["rxplug_official", "meds4u_shop", "painfree_vendor"])


@S("pharma-bbcode", "pharma", ["Kamagra Jelly", "pharmacy online"], ["kamagra-uk-direct.co", "jelly-kamagra.shop"])
def _(art, dom):
    return spin(
        rng,
        f"[url=https://{dom}/]{{kamagra oral jelly|buy kamagra|kamagra 100mg}}[/url] {{best|cheap}} price in UK, next day delivery [b]{{FREE|discreet}}[/b]",
    )


# casino / betting
@S(
    "casino-gacor",
    "casino",
    ["SLOT GACOR", "situs slot gacor {hari ini|terpercaya}", "Maxwin88"],
    ["slotgacor-maxwin.vip", "gacor77link.xyz", "rtpslot88.live"],
    own_mail=0.2,
    site_share=0.9,
)
def _(art, dom):
    return spin(
        rng,
        f"{{Situs|Link}} slot gacor {{hari ini|terbaru}} {{gampang menang|mudah maxwin}}, {{deposit|depo}} 10rb via dana, {{RTP live|bocoran RTP}} 98%! Daftar sekarang: https://{dom}/daftar",
    )


@S("casino-freespins", "casino", ["Free Spins", "casino bonus", "LuckyReels"], ["luckyreels-casino.com", "spinbonus-club.net"])
def _(art, dom):
    return spin(
        rng,
        f"🎰 {{Claim|Get}} **{{200|150|100}} free spins** no deposit — [{{Play now|Click here|Claim bonus}}](https://{dom}/bonus?aff={digits(5)}) 🎰",
    )


@S(
    "betting-fixed",
    "casino",
    ["Fixed Matches 100% Sure", "Soccer Insider Tips", "Rigged Odds"],
    ["fixedmatch-insider.com", "sure-odds-vip.net"],
)
def _(art, dom):
    return (
        spin(
            rng,
            "{100%|Guaranteed} {sure|fixed} matches {this weekend|today}, {odds|total odds} 2.00–50.00, {pay after win|payment after match}. Contact Telegram @",
        )
        + pick(["fixedinsider", "sureodds_vip", "matchboss01"])
        + " or WhatsApp "
        + phone()
    )


@S("betting-aviator", "casino", ["Aviator Predictor", "Aviator Hack APK", "aviator signals"], ["aviatorpredictor-pro.com"], site_share=0.5)
def _(art, dom):
    return (
        spin(
            rng,
            "{Aviator|Aviator game} {predictor|hack} {2025|v4.2} APK working {100%|guaranteed}, {predict|know} the next crash before it happens 🚀 download: ",
        )
        + short()
    )


@S(
    "betting-ko",
    "casino",
    ["토토사이트", "안전놀이터 추천", "메이저사이트"],
    ["toto-major01.com", "safe-play-ko.net"],
    own_mail=0.1,
    site_share=0.9,
)
def _(art, dom):
    return spin(
        rng,
        f"{{안전놀이터|메이저 토토사이트}} {{추천|순위}} 첫충 {{20%|30%}} 매충 10% 먹튀 없는 {{검증된|인증된}} 사이트 https://{dom}/ 가입코드 {digits(4)}",
    )


# loans
@S(
    "loan-instant",
    "loans",
    ["Instant Payday Loans", "Quick Cash Loan", "Bad Credit Loans Online"],
    ["quickcashloan-now.com", "instantapprove-loans.net", "paydayfast24.co"],
)
def _(art, dom):
    return spin(
        rng,
        f"{{Need|Looking for}} cash {{fast|today}}? {{Get|Receive}} up to $5000 {{in minutes|same day}}, {{no credit check|bad credit OK}}, {{guaranteed approval|100% approval}}. Apply: https://{dom}/apply?utm_source=comment",
    )


@S(
    "loan-testimonial",
    "loans",
    ["{Mrs|Mr} {Sandra Keller|Tom Brewer|Linda Hayes}", "Grateful Borrower", "Angela Whitmore"],
    [],
    site_share=0,
)
def _(art, dom):
    firm = pick(["Capital Trust Lending", "Mr. Harold Benson Loan Firm", "Divine Help Finance", "Kingsway Credit Services"])
    return spin(
        rng,
        f"I {{was|had been}} scammed by {{three|two|several}} fake lenders before I found {firm}. They gave me a loan of ${rng.randint(15, 80)},000 at {{2%|3%}} interest {{with no collateral|without stress}}. {{Contact them|Reach them}} {{on|via}} email: ",
    ) + f"{ascii_slug(firm).replace('-', '')}{digits(2)}@gmail.com {{God bless|Thank you}}".replace(
        "{God bless|Thank you}", pick(["God bless", "Thank you"])
    )


@S("loan-hinglish", "loans", ["Instant Loan App", "Rupee Loan Help", "Loan Agent Raj"], ["rupeeloan-instant.in"], site_share=0.5)
def _(art, dom):
    return (
        spin(
            rng,
            "{Sirf|Only} Aadhaar aur PAN se {instant|turant} loan ₹{10,000|50,000|2 lakh} tak, {no CIBIL check|CIBIL zaroori nahi}, 5 minute me account me. WhatsApp karein ",
        )
        + f"+91 {rng.randint(70000, 99999)} {digits(5)}"
    )


@S("loan-es", "loans", ["Préstamos Rápidos", "Crédito Sin Buró", "Financiera Confiable"], ["prestamos-sinburo.mx", "creditofacil-ya.com"])
def _(art, dom):
    return (
        spin(
            rng,
            "¿{Necesitas|Buscas} dinero {urgente|rápido}? Préstamos {sin buró|sin aval} de $5,000 a $200,000, {aprobación inmediata|respuesta en 24h}. Escríbenos por WhatsApp al ",
        )
        + f"+52 55 {digits(4)} {digits(4)}"
    )


# crypto
@S("crypto-recovery", "crypto", ["{Rebecca Lawson|Daniel Moore|Patricia Wells}", "Grateful Investor", "Jenny from Ohio"], [], site_share=0)
def _(art, dom):
    who = pick(["CYBER TRACE RECOVERY", "Hack Reclaim Pro", "ASSET SHIELD RECOVERY", "Spy Web Forensics"])
    mail = who.lower().replace(" ", "") + pick(["@gmail.com", "@proton.me", "@consultant.com"])
    return spin(
        rng,
        f"I lost ${rng.randint(40, 380)},000 in {{USDT|BTC|crypto}} to a fake {{trading platform|investment site}} {{last year|in 2022}}. I {{had lost hope|thought it was gone}} until I {{found|contacted}} {who}. They recovered {{everything|all my funds}} in {{48 hours|less than a week}}. Email: {mail} WhatsApp {phone()}",
    )


@S("crypto-mentor", "crypto", ["{Emma|Olivia|Sophia} {Clarke|Reid|Bennett}", "Crypto Mom", "Financial Freedom"], [], site_share=0)
def _(art, dom):
    mentor = pick(["Mrs. Catherine Doyle", "Mr. Andrew Hollis", "Expert Vivian Cole", "Mrs. Margaret Ellison"])
    return (
        spin(
            rng,
            f"{{Investing|Trading}} with {mentor} {{has changed my life|was the best decision of my year}}. I started with ${{500|1000|2000}} and now {{make|earn}} ${{7,500|12,000|9,800}} every {{week|two weeks}}. {{She|They}} can be reached on {{WhatsApp|Telegram}}: ",
        )
        + phone()
    )


@S(
    "crypto-airdrop",
    "crypto",
    ["Airdrop Official", "ETH Giveaway", "claim-airdrop"],
    ["claim-arbdrop.xyz", "layerzero-claim.app", "eth-rewards.live"],
    own_mail=0.2,
)
def _(art, dom):
    coin = pick(["$ARB", "$ZRO", "$PEPE2", "$BLAST"])
    return spin(
        rng,
        f"🚨 {coin} {{airdrop|season 2 airdrop}} is {{LIVE|now open}}! {{Connect your wallet|Check eligibility}} {{before it ends|in 24h}} 👉 https://{dom}/claim",
    )


@S(
    "crypto-wallet-sync",
    "crypto",
    ["Wallet Support", "DApp Rectification", "Web3 Sync Tool"],
    ["dapp-rectify.net", "walletsync-node.app"],
    site_share=0.4,
)
def _(art, dom):
    return spin(
        rng,
        f"{{Having|Facing}} {{wallet|MetaMask|Trust Wallet}} {{issues|errors}} like {{pending transactions|missing tokens|failed swaps}}? {{Validate|Synchronize|Rectify}} your wallet {{using|with}} the {{secure|decentralized}} {{protocol|tool}}: hxxps://{dom}/validate — enter your phrase to {{restore|resolve}}",
    ).replace("hxxps", pick(["https", "hxxps"]))


@S(
    "crypto-signals",
    "crypto",
    ["VIP Crypto Signals", "Binance Pump Group", "Whale Signals"],
    ["whalecalls-vip.io"],
    own_mail=0.2,
    site_share=0.5,
)
def _(art, dom):
    return spin(
        rng,
        "{Join|Free entry to} our {VIP|private} {crypto|futures} {signals|pump} group, {95%|92%} accuracy, {3-5|5-10} signals daily 📈 Telegram: ",
    ) + pick(["t.me/whalecalls_vip", "t.me/+" + alnum(16, YT[:62]), "@binance_pump_room"])


@S("crypto-pigbutcher", "crypto", ["Lily", "Anna Zhang", "Vivian 💕", "Jessica Lin"], [], site_share=0)
def _(art, dom):
    return (
        spin(
            rng,
            "Hi {dear|friend}, I saw your comment and {you seem|I think you are} very {kind|smart}. I am {a businesswoman|an investor} from {Hong Kong|Singapore} living in {Seattle|Vancouver}, my uncle teaches me {gold|crypto} {trading|contracts}. Would you like to {be friends|chat}? My WhatsApp ",
        )
        + phone()
        + " 😊"
    )


@S(
    "crypto-celebrity",
    "crypto",
    ["Breaking Finance", "Daily Money Report", "finance-insider"],
    ["finance-dailyreport.site", "quantum-ai-news.online"],
    own_mail=0.1,
    site_share=0.9,
)
def _(art, dom):
    return f"{art['who']} " + spin(
        rng,
        f"{{revealed|admitted}} {{on live TV|in an interview}} the {{platform|app}} that {{made them rich|turns $250 into $10,000}}. The {{banks|government}} {{want this deleted|are furious}}: https://{dom}/{pick(['story', 'exclusive', 'live'])}?id={digits(6)}",
    )


@S("crypto-zh", "crypto", ["USDT搬砖", "币圈带单老师", "稳赚项目"], [], site_share=0)
def _(art, dom):
    return spin(rng, "{USDT|泰达币}搬砖项目，{日赚|每天收益}{500|800|1000}+，{稳赚不赔|零风险}，{有兴趣|想了解}的加{微信|飞机} ") + pick(
        ["tg@usdt_banzhuan", "wx: bz" + digits(6), "@laoshi_daidan"]
    )


# SEO / backlinks
@S(
    "seo-outreach",
    "seo",
    ["Sarah | Outreach Team", "Mark - SEO Specialist", "Guest Post Team"],
    ["rankrocket-media.com", "linkvault-seo.net"],
    own_mail=0.8,
    site_share=0.5,
)
def _(art, dom):
    return spin(
        rng,
        f"Hi, {{I came across|I found}} your {{website|blog}} and {{really like|love}} the content. {{We|I}} would like to {{publish|contribute}} a guest post with a {{do-follow|dofollow}} link. {{We pay|Budget is}} ${{50|80|120}} per post. {{Please reply|Contact}} {pick(['outreach', 'sarah', 'partnerships'])}@{dom}",
    )


@S(
    "seo-praise-site",
    "seo",
    [
        "Roof Repair Leeds",
        "{Emergency Plumber|24 Hour Plumber} Houston",
        "Gutter Cleaning Brisbane",
        "Best Dental Implants Miami",
        "{Personal Injury Lawyer|Car Accident Lawyer} Toronto",
    ],
    ["leedsroofpros.co.uk", "houston-plumb-247.com", "brisbanegutters.com.au", "miami-implant-clinic.com", "injury-lawyer-toronto.ca"],
    own_mail=0.7,
    site_share=1.0,
)
def _(art, dom):
    return spin(
        rng, "{Great|Nice|Very informative|Excellent} {article|post|read}, {thanks for sharing|keep it up|I learned a lot}{!|.| 👍}"
    )


@S(
    "seo-copied-reader",
    "seo",
    ["{Cheap|Affordable} Car Rental Dubai", "Kitchen Remodeling Austin", "Furniture Removals Perth"],
    ["dubai-rentacar-cheap.com", "austin-kitchen-remodel.com", "removals-perth-wa.com.au"],
    own_mail=0.6,
    site_share=1.0,
)
def _(art, dom):
    return spin(
        rng,
        f"I {{have to agree|agree}} with {{the comment above|others here}}, {art['place']} {{deserves|needs}} {{better coverage|more attention}}. {{Well written|Good reporting}}, {{will share|bookmarked}}.",
    )


@S(
    "seo-html",
    "seo",
    ["best vpn", "interior designer", "web hosting deals"],
    ["vpnranker.org", "luxe-interiors-studio.com", "hostdeal-reviews.net"],
    site_share=0.6,
)
def _(art, dom):
    anchor = pick(["best VPN 2025", "luxury interior designer", "cheap web hosting", "top rated hosting"])
    return spin(
        rng,
        f'{{Thanks for the|Really useful}} {{info|article}}! {{I also wrote about|Check out}} <a href="https://{dom}/" rel="dofollow">{anchor}</a> {{if interested|for more}}.',
    )


@S(
    "seo-markdown",
    "seo",
    ["Digital Marketing Agency", "SEO Services", "Local SEO expert"],
    ["growthpeak-digital.com", "seo-boost-agency.co"],
    site_share=0.6,
)
def _(art, dom):
    return spin(
        rng,
        f"{{Such a|A really}} {{well researched|thoughtful}} {{piece|article}}. For businesses looking to grow, [{{affordable SEO services|digital marketing agency}}](https://{dom}/services) {{can help|is worth a look}}.",
    )


@S(
    "seo-classic-surf",
    "seo",
    ["{Kevin|Ashley|Brandon}", "hvac repair", "dog grooming near me"],
    ["hvac-fixers-dallas.com", "pawfect-grooming.net", "bestdealsblog.info"],
    own_mail=0.4,
    site_share=1.0,
)
def _(art, dom):
    return spin(
        rng,
        "I have been {surfing|browsing} online {more than|over} {three|3|four} hours today, yet I never found any {interesting|attention-grabbing} article like yours. It's pretty worth enough for me. {In my view|In my opinion}, if all {webmasters|site owners} and bloggers made good content as you did, the {web|internet} will be {much more|a lot more} useful than ever before.",
    )


@S(
    "seo-url-name",
    "seo",
    ["https://best-mattress-review.net", "www.solarpanel-quotes.co.uk", "casinoreviewhub.com"],
    ["best-mattress-review.net", "solarpanel-quotes.co.uk", "casinoreviewhub.com"],
    own_mail=0.5,
    site_share=1.0,
)
def _(art, dom):
    return spin(rng, "{Hello|Hi} {there|everyone}, {good|nice} {post|article}, {I will bookmark it|very helpful}.")


@S(
    "seo-packages",
    "seo",
    ["DA 90+ Backlinks", "Backlink Seller", "PBN links"],
    ["da90backlinks.store", "pbnlinks-pro.com"],
    own_mail=0.6,
    site_share=0.8,
)
def _(art, dom):
    return spin(
        rng,
        f"{{Selling|We sell}} {{high DA|DA 50-90}} {{backlinks|guest posts}} on {{news sites|authority sites}} like this one, {{permanent|lifetime}} {{do-follow|dofollow}}, {{from $15|starting $25}}. {{Price list|Full list}}: https://{dom}/list or Skype live:.cid.{alnum(16, '0123456789abcdef')}",
    )


# essay mills
@S(
    "essay-write",
    "essay",
    ["Write My Essay", "Essay Writer UK", "Paper Help"],
    ["essaypro-writers.net", "writemypaper-fast.com", "ukessayhelp.co.uk"],
    site_share=0.9,
)
def _(art, dom):
    return spin(
        rng,
        f"{{Students|Struggling students}}: {{100% original|plagiarism-free}} essays, {{dissertations|research papers}} and {{assignments|coursework}} from {{native|PhD}} writers, {{deadline|delivery}} {{from 3 hours|in 6 hours}}. {{Order now|Get 15% off}} at https://{dom}/?promo={alnum(6).upper()}",
    )


@S(
    "essay-exam",
    "essay",
    ["Exam Helper", "Online Class Taker", "Pay someone to take my exam"],
    ["takemyonlineclass.pro", "proctored-exam-help.com"],
    site_share=0.8,
)
def _(art, dom):
    return (
        spin(
            rng,
            "{We take|I take} your {online class|proctored exam|Pearson exam|ATI TEAS} for you and {guarantee|promise} an A or B. {Pay after results|Pay later}. {Text|WhatsApp}: ",
        )
        + phone()
    )


# adult / dating
@S(
    "adult-singles",
    "adult",
    ["Hot Singles", "❤️ Meet Tonight", "date_me_now"],
    ["meetlocal-singles.club", "hookup-finder.xyz"],
    own_mail=0.1,
    site_share=0.8,
)
def _(art, dom):
    return (
        spin(
            rng,
            "{Lonely|Bored} tonight? {Hot|Real} {singles|girls} {in your area|near you} {want to meet|are waiting} 😘 {No sign up|Free registration} → ",
        )
        + short()
    )


@S(
    "adult-bride",
    "adult",
    ["Beautiful Russian Brides", "Ukrainian Women Dating", "Elena 💋"],
    ["slavic-brides-love.com", "meet-ukr-girls.net"],
    site_share=0.9,
)
def _(art, dom):
    return (
        spin(
            rng,
            "{Beautiful|Lovely} {Russian|Ukrainian|Slavic} {women|ladies} {looking for|seeking} {serious relationship|marriage} with {foreign|western} men. {Thousands of profiles|Verified profiles} with photos: ",
        )
        + f"https://{dom}/"
    )


@S(
    "adult-escort",
    "adult",
    ["VIP Escorts", "Call Girls Service", "Independent Escort"],
    ["vip-escorts-agency.com", "callgirls-24x7.in"],
    own_mail=0.3,
    site_share=0.9,
)
def _(art, dom):
    return spin(
        rng,
        f"{{VIP|Elite}} {{escorts|call girls}} in {art['place']} {{available 24/7|open now}}, {{real photos|100% real}}, {{hotel|home}} {{visits|service}}. {{Book|Call}} now: {phone()}",
    )


@S("adult-spaced", "adult", ["Kristina", "Nika", "Sweet Marina"], ["", ""], site_share=0)
def _(art, dom):
    site = pick(["lovecams", "hotgirlz", "mydatingsite"])
    return (
        spin(rng, "{Hi|Hello} 😘 {I am|Im} {bored|alone} {tonight|today}, {see|check} my {photos|private pics} on ")
        + spaced(site)
        + " . "
        + spaced(pick(["com", "net", "xyz"]))
    )


# fake support numbers
@S(
    "support-airline",
    "support",
    ["Airline Reservations", "Flight Booking Help", "Travel Desk"],
    ["flights-helpdesk.us", "airtravel-support-line.com"],
    own_mail=0.5,
    site_share=0.6,
)
def _(art, dom):
    airline = pick(["Delta", "United", "Lufthansa", "Emirates", "Qatar Airways"])
    return spin(
        rng,
        f"{{Call|Dial}} {airline} {{Airlines|reservations}} {{phone number|customer service}} {{1-888-{digits(3)}-{digits(4)}|+1 (866) {digits(3)}-{digits(4)}}} {{for|to}} {{booking|cancellation|name change}} {{24/7|anytime}} {{live agent|no wait}}",
    )


@S(
    "support-printer",
    "support",
    ["Printer Support", "HP Printer Offline Fix", "Tech Help Desk"],
    ["printeroffline-fix.com", "printersupportline.net"],
    own_mail=0.6,
    site_share=0.8,
)
def _(art, dom):
    return spin(
        rng,
        f"{{Is your|Why is my}} {{HP|Canon|Epson}} printer {{offline|not printing}}? {{Get instant help|Call our experts}} {{toll free|toll-free}} 1-8{rng.randint(33, 88)}-{digits(3)}-{digits(4)} or visit https://{dom}/",
    )


@S("support-exchange", "support", ["Coinbase Support", "Binance Help Center", "Wallet Helpline"], [], site_share=0)
def _(art, dom):
    brand = pick(["Coinbase", "Binance", "MetaMask", "Kraken"])
    return (
        homoglyph(f"{brand} ", 0.6)
        + spin(rng, "{customer support|helpline} {number|phone} ")
        + f"+1-8{rng.randint(33, 88)}-{digits(3)}-{digits(4)} "
        + spin(rng, "{24/7|all day} {for|if} {account locked|withdrawal pending|2FA issues}")
    )


# counterfeit
@S(
    "fake-documents",
    "counterfeit",
    ["Real and Fake Documents", "Buy Passport Online", "DocsExpress"],
    ["realdocs-express.com", "buypassportonline.cc"],
    own_mail=0.5,
    site_share=0.7,
)
def _(art, dom):
    return spin(
        rng,
        "{Buy|Get} {registered|real} {passports|driver's licenses|ID cards|residence permits}, {SSN|visas}, {IELTS certificates|diplomas} {registered in database|biometric}. {Contact|Email} ",
    ) + pick([f"docs@{dom}", throwaway("realdocs"), "WhatsApp " + phone()])


@S(
    "fake-watches",
    "counterfeit",
    ["Replica Watches", "Swiss Replica", "Luxury Copy"],
    ["swissreplica-watch.cn", "aaa-replicas.shop"],
    site_share=0.9,
)
def _(art, dom):
    return spin(
        rng,
        f"{{Top quality|1:1 AAA}} {{replica|super clone}} {{Rolex|Omega|Patek Philippe|Audemars Piguet}} {{watches|}} {{at|from}} ${{89|129|159}}, {{free shipping|worldwide delivery}}: www.{dom}",
    )


@S("fake-money", "counterfeit", ["Undetectable Notes", "Counterfeit Cash Supplier", "Grade A Bills"], [], site_share=0)
def _(art, dom):
    return spin(
        rng,
        "We {produce|sell} {undetectable|grade A} counterfeit {money|banknotes} — USD, EUR, GBP — {passes|passed} {UV pen and ATM|all tests}. Contact: ",
    ) + throwaway("counterfeitnotes")


@S("fake-ielts", "counterfeit", ["IELTS Without Exam", "Certificate Centre"], ["ielts-noexam-cert.com"], own_mail=0.4, site_share=0.5)
def _(art, dom):
    return (
        zerowidth(spin(rng, "IELTS {certificate|band 7.5}"))
        + spin(
            rng,
            " {without exam|without sitting the test}, {verifiable|registered} {online|with British Council}. {Also|We also do} TOEFL, PTE. ",
        )
        + "Telegram @"
        + pick(["ielts_docs_pro", "certcentre_22"])
    )


# IPTV / streams
@S(
    "iptv-sub",
    "iptv",
    ["IPTV Subscription", "Best IPTV UK", "4K IPTV Provider"],
    ["iptv-4kpremium.com", "streamkingtv.net"],
    own_mail=0.6,
    site_share=0.9,
)
def _(art, dom):
    return spin(
        rng,
        f"{{Best|Premium}} IPTV {{subscription|service}} {{2025|2026}}: {{20,000+|30K}} {{live channels|channels}}, {{Sky Sports|beIN|DAZN}}, {{VOD|films & series}}, {{no buffering|anti-freeze}}, {{free trial|24h trial}} → https://{dom}/trial",
    )


@S(
    "iptv-streams",
    "iptv",
    ["Watch Football Live Free", "live soccer stream", "StreamEast"],
    ["soccerstreams-hd.live", "footy-live-free.xyz"],
    own_mail=0.1,
    site_share=0.8,
)
def _(art, dom):
    return (
        spin(rng, "⚽ {Watch|Live stream} {Premier League|Champions League|El Clásico} {free|in HD} {without signup|no account}: ")
        + f"{dom.split('.')[0]}[.]{dom.split('.')[1]}"
    )


# work from home / task jobs
@S(
    "wfh-classic",
    "wfh",
    ["{Emily|Jessica|Megan} {Turner|Hall|Price}", "Work From Home", "Single Mom Earns"],
    ["homeincome-daily.com", "earnathome-now.net"],
    own_mail=0.1,
    site_share=0.6,
)
def _(art, dom):
    return spin(
        rng,
        f"I {{get paid|make}} {{over|more than}} ${{90|120|180}} per hour working from home {{with 2 kids|on my laptop}}. I never thought I'd be able to do it but my {{best friend|neighbour|cousin}} earns over ${{10k|15k}} a month doing this. {{Everybody must try|Check it out}} this {{job|site}} now by just using this website... https://{dom}/",
    )


@S("wfh-tasks", "wfh", ["HR Recruiter Anna", "Remote Job Team", "Part-Time Hiring"], [], site_share=0)
def _(art, dom):
    return spin(
        rng,
        "{Hiring|We are hiring} part-time {online|remote}: {like|rate} {YouTube videos|hotel reviews|products} and earn {$50-$300|₹3000-8000} daily, {no experience|free training}, {paid daily|daily salary}. {Contact|Message} Telegram @",
    ) + pick(["hr_anna_remote", "tasks_team_hire", "recruiter_mia88"])


@S("wfh-pt", "wfh", ["Renda Extra", "Trabalho em Casa", "Vagas Home Office"], ["rendaextra-online.com.br"], site_share=0.6)
def _(art, dom):
    return (
        spin(
            rng,
            "{Ganhe|Fature} {R$ 300|R$ 500} por dia {trabalhando|no celular} {de casa|em casa}, {sem experiência|sem vender nada}! {Vagas limitadas|Poucas vagas}, chama no zap ",
        )
        + f"+55 11 9{digits(4)}-{digits(4)}"
    )


@S("wfh-vi", "wfh", ["Tuyển CTV", "Việc Làm Online", "Kiếm Tiền Tại Nhà"], ["viec-lam-online.vn"], site_share=0.5)
def _(art, dom):
    return (
        spin(
            rng,
            "{Tuyển|Cần tuyển} cộng tác viên {làm online|tại nhà}, {thu nhập|lương} {300k-1tr|500k} mỗi ngày, {không cần kinh nghiệm|không cọc}. Liên hệ Zalo ",
        )
        + f"0{rng.randint(3, 9)}{digits(8)}"
    )


# hacker for hire
@S("hacker-spouse", "hacker", ["{Linda|Karen|Michelle} {Foster|Grant}", "Cheating Partner Help", "Hack Expert"], [], site_share=0)
def _(art, dom):
    hacker = pick(["Darkweb Ghost", "CyberSpy Hackerz", "hackwizard", "Mr. Cipher"])
    return spin(
        rng,
        f"I {{suspected|knew}} my {{husband|wife|partner}} was cheating {{but had no proof|for months}}. {hacker} {{got me|gave me}} {{full access|remote access}} to {{his|her|their}} {{phone|WhatsApp and texts}} {{without them knowing|in hours}}. {{Contact|Email}} ",
    ) + pick(["cyberspyhackerz@gmail.com", "darkwebghost@techie.com", "hackwizard@cyberservices.com"])


@S("hacker-recover-ig", "hacker", ["Account Recovery Hacker", "Recover Hacked Accounts"], ["hackrecover-team.org"], site_share=0.5)
def _(art, dom):
    return (
        leet(spin(rng, "{hacked|lost} instagram or snapchat account? {we recover|recovery} in 2 hours"))
        + spin(rng, " — {DM|message} on IG @")
        + pick(["recovery.hack.team", "ig_recovery_pro"])
    )


# spell casters
@S("spell-ex", "spell", ["{Tracy|Mary|Jennifer} {Wilson|Adams}", "Happy Wife", "Grateful Sister"], [], site_share=0)
def _(art, dom):
    doc = pick(["Dr. Okosun", "Dr. Ayo", "Priest Ogunbiyi", "Dr. Elemu"])
    return spin(
        rng,
        f"My {{husband|boyfriend}} left me {{for another woman|after 8 years}} and I was {{devastated|so lost}}. I {{found|came across}} {doc} {{online|here}} and he cast a {{love spell|spell}} for me. {{Within 48 hours|Two days later}} my {{husband|man}} came back {{begging|on his knees}}. {{Email him|Contact him}}: {ascii_slug(doc).replace('-', '')}spelltemple@gmail.com {{or WhatsApp|WhatsApp}} {phone()}",
    )


@S("spell-lottery", "spell", ["Lotto Winner", "Spell Testimony"], [], site_share=0)
def _(art, dom):
    return spin(
        rng,
        "I {won|just won} the {Powerball|lottery|Mega Millions} {after|thanks to} a {lottery spell|winning numbers spell} from {Dr. Kolo|Baba Anansi}. {Anyone|Those} {in need|who need help} {email|write} ",
    ) + throwaway("drkolospell")


@S("spell-fr", "spell", ["Maître Marabout", "Voyant Medium"], ["marabout-retour-affectif.fr"], site_share=0.7)
def _(art, dom):
    return (
        spin(
            rng,
            "{Grand|Puissant} {marabout|voyant} {africain|médium}: retour de l'être aimé {en 7 jours|rapide}, chance au jeu, {protection|désenvoûtement}. {Résultats garantis|Travail sérieux}. Tél/WhatsApp ",
        )
        + f"+33 7 {digits(2)} {digits(2)} {digits(2)} {digits(2)}"
    )


# diet / CBD
@S(
    "diet-keto",
    "diet",
    ["Keto Gummies", "Slim Fast Gummies", "Weight Loss Secret"],
    ["keto-burn-gummies.com", "slimgummies-official.net"],
    own_mail=0.3,
    site_share=0.9,
)
def _(art, dom):
    return spin(
        rng,
        f"{{Lose|Melt}} {{20|30}} lbs in {{30 days|a month}} {{without diet|without exercise}}! {{Keto ACV|Keto}} Gummies {{official site|official website}}: https://{dom}/?{{aff|ref}}={digits(5)}",
    ).replace("{aff|ref}", pick(["aff", "ref"]))


@S("diet-cbd", "diet", ["CBD Oil UK", "Premium CBD", "Hemp Wellness"], ["purehemp-cbdshop.co.uk", "cbd-relief-drops.com"], site_share=0.9)
def _(art, dom):
    return (
        spin(
            rng,
            "{Great post.|Nice.} {Anyone with|For those with} {anxiety|chronic pain|insomnia} should try {full spectrum|organic} CBD {oil|gummies}, {changed my life|works wonders}. {Use code|Coupon} ",
        )
        + alnum(6).upper()
        + f" at {dom}"
    )


# visa / immigration
@S(
    "visa-canada",
    "visa",
    ["Canada Immigration Agent", "LMIA Jobs Canada", "Visa Consultant"],
    ["canada-lmia-jobs.ca", "easyvisa-canada.com"],
    site_share=0.7,
)
def _(art, dom):
    return spin(
        rng,
        "Canada {work permit|work visa} {with LMIA|sponsorship} {available|now open} for {drivers|caregivers|farm workers|welders}, {no IELTS|IELTS not required}, {visa in 30 days|fast processing}. {Apply|Send CV}: ",
    ) + pick([f"apply@{dom}", "WhatsApp " + phone()])


@S("visa-greencard", "visa", ["US Green Card Lottery", "DV Lottery Agent"], ["dvlottery-winners.org"], own_mail=0.6, site_share=0.8)
def _(art, dom):
    return spin(
        rng,
        f"{{Guaranteed|100% guaranteed}} US Green Card {{through|via}} DV Lottery {{2026|2027}} {{with our agency|program}}, {{only|just}} ${{350|450}} {{processing fee|registration}}. https://{dom}/register",
    )


@S("visa-schengen", "visa", ["Schengen Visa Help", "Visa Appointment Agent"], [], site_share=0)
def _(art, dom):
    return (
        spin(
            rng,
            "{Schengen|EU} visa {appointment|slot} {without waiting|in 3 days} {guaranteed|100%}, {also|and} {Italy|Germany|France} {work visa|seasonal visa}. ",
        )
        + fullwidth("WhatsApp")
        + " "
        + phone()
    )


# followers / reviews
@S(
    "followers-ig",
    "followers",
    ["Buy Instagram Followers", "Get Likes Fast", "SMM Panel"],
    ["instafollowers-cheap.com", "smmpanel-king.net"],
    own_mail=0.4,
    site_share=0.9,
)
def _(art, dom):
    return spin(
        rng,
        f"{{Buy|Get}} {{real|active}} Instagram {{followers|likes}} {{and|&}} TikTok views, {{1000 followers|10K views}} {{from $2|for $3}}, {{instant delivery|start in 5 min}}. {{Cheapest|Best}} SMM panel: {dom}",
    )


@S(
    "followers-reviews",
    "followers",
    ["Google Reviews Service", "5 Star Reviews", "Trustpilot Boost"],
    ["buy5starreviews.com", "reviewboost-agency.net"],
    site_share=0.9,
)
def _(art, dom):
    return spin(
        rng,
        f"{{Buy|Get}} {{5-star|positive}} {{Google|Trustpilot|Yelp}} reviews from {{real|local}} accounts, {{non-drop|permanent}}, {{safe|no ban}}. https://{dom}/{{google-reviews|trustpilot}}",
    ).replace("{google-reviews|trustpilot}", pick(["google-reviews", "trustpilot"]))


@S("followers-ru", "followers", ["Накрутка подписчиков", "SMM Россия"], ["nakrutka-smm.ru"], own_mail=0.4, site_share=0.8)
def _(art, dom):
    return (
        spin(
            rng,
            "{Накрутка|Быстрая накрутка} {подписчиков|лайков и просмотров} в {Telegram|Instagram|TikTok} {дёшево|недорого}, {без списаний|гарантия}. {Сайт|Заходите}: ",
        )
        + f"https://{dom}/"
    )


# prize / phishing
@S(
    "prize-winner",
    "prize",
    ["Congratulations!", "Lucky Visitor", "Prize Team"],
    ["rewards-claim-center.com", "winner-selection.net"],
    own_mail=0.3,
    site_share=0.6,
)
def _(art, dom):
    return mathbold(spin(rng, "{Congratulations|Congrats}!")) + spin(
        rng,
        f" {{You have been|You are}} {{selected|chosen}} {{as|to be}} today's {{lucky visitor|winner}} {{of|for}} {{an iPhone 16 Pro|a Samsung S25|a $1000 Amazon gift card}}. {{Claim your prize|Claim now}} before {{midnight|it expires}}: https://{dom}/claim?uid={digits(8)}",
    )


@S(
    "prize-parcel",
    "prize",
    ["Delivery Notice", "Parcel Service", "Customs Team"],
    ["parcel-redelivery-fee.com", "track-customs-pay.net"],
    own_mail=0.2,
    site_share=0.3,
)
def _(art, dom):
    carrier = pick(["Royal Mail", "USPS", "DHL", "Evri", "PostNL"])
    return (
        spin(
            rng,
            f"{carrier}: {{Your parcel|Your package}} could not be delivered {{due to|because of}} {{an unpaid|a pending}} {{fee|customs charge}} of {{£1.99|$2.50|€1.49}}. {{Reschedule|Pay}} {{here|now}}: ",
        )
        + short()
    )


@S("prize-bank", "prize", ["Security Alert", "Account Services", "Bank Verification"], [], site_share=0)
def _(art, dom):
    bank = pick(["Barclays", "Chase", "HSBC", "Santander", "Wells Fargo"])
    return (
        homoglyph(f"{bank}", 0.7)
        + spin(
            rng,
            " {ALERT|NOTICE}: {unusual activity|a new device login} {was detected|detected} on your account. {Verify|Confirm} your {identity|details} {within 24h|immediately} to avoid suspension: ",
        )
        + f"https://{ascii_slug(bank)}-secure-{alnum(4)}.{pick(['top', 'xyz', 'info', 'online'])}/verify"
    )


# praise in other languages under a trade's name and site, bot noise, and more languages
@S(
    "seo-tr",
    "seo",
    ["{İstanbul|Ankara} Evden Eve Nakliyat", "Kombi Servisi", "Halı Yıkama"],
    ["istanbul-nakliyat-firmasi.com", "kombiservisi-ankara.net", "haliyikama-izmir.com"],
    own_mail=0.7,
    site_share=1.0,
)
def _(art, dom):
    return spin(rng, "{Çok|Gerçekten çok} {güzel|faydalı} bir {paylaşım|yazı} olmuş, {teşekkürler|emeğinize sağlık}.")


@S(
    "seo-ar",
    "seo",
    ["شركة تنظيف بالرياض", "نقل عفش جدة", "كشف تسربات المياه"],
    ["tanzif-riyadh.com", "naql-afsh-jeddah.com"],
    own_mail=0.5,
    site_share=1.0,
)
def _(art, dom):
    return spin(rng, "{مقال رائع|موضوع مفيد جدا} {شكرا لكم|بارك الله فيكم} ") + f"https://{dom}/"


@S("bot-gibberish", "seo", ["{jsmith|mkl|qwe}{12|88|2024}", "zxcvbn", "buy_now_77"], ["", ""], own_mail=0, site_share=0)
def _(art, dom):
    return pick(["Thanks!", "nice", "Good info.", "I like it", "great"]) + " " + alnum(rng.randint(6, 10))


@S("crypto-id", "crypto", ["Bitcoin Investment", "Crypto Indonesia"], ["profitkripto-id.com"], site_share=0.6)
def _(art, dom):
    return (
        spin(
            rng,
            "{Mau|Ingin} {profit|cuan} {harian|setiap hari} dari {Bitcoin|kripto}? {Gabung|Join} grup {VIP|sinyal} kami, {profit 5-10%|untung} per hari, {gratis|free} {bimbingan|mentor}. Telegram ",
        )
        + "@"
        + pick(["cuankripto_vip", "sinyalbtc_id"])
    )


@S("pharma-ar", "pharma", ["صيدلية أونلاين", "حبوب التخسيس"], ["pharma-gulf-online.com"], site_share=0.7)
def _(art, dom):
    return (
        spin(
            rng,
            "{حبوب|كبسولات} {للتخسيس|لزيادة القدرة} {أصلية|مضمونة} {بدون وصفة|توصيل سريع} {لجميع|في كل} {دول الخليج|المدن}، للطلب واتساب ",
        )
        + f"+971 5{digits(1)} {digits(3)} {digits(4)}"
    )


# --------------------------------------------------------------------------- build


def spread(n_items):
    """Seeded spread over most articles: 2 to 12 comments each, `n_items` in all."""
    chosen = rng.sample(ARTICLES, int(len(ARTICLES) * 0.88))
    counts = {a["id"]: 2 for a in chosen}
    weights = {a["id"]: rng.expovariate(1.0) for a in chosen}
    left = n_items - 2 * len(chosen)
    ids = [a["id"] for a in chosen]
    while left > 0:
        i = rng.choices(ids, weights=[weights[x] for x in ids])[0]
        if counts[i] < 12:
            counts[i] += 1
            left -= 1
    slots = [a for a in chosen for _ in range(counts[a["id"]])]
    rng.shuffle(slots)
    return slots


def per_template(templates, total, low, high):
    counts = [low] * len(templates)
    while sum(counts) < total:
        i = rng.randrange(len(templates))
        if counts[i] < high:
            counts[i] += 1
    return counts


def retouch(body, attempt):
    """A repeated ham body, changed the way one reader differs from another: case, punctuation, emoji."""
    first_lower = body[:1].lower() + body[1:]
    bare = body.rstrip(".!")
    options = [
        first_lower,
        bare,
        first_lower.rstrip(".!"),
        body + " 🙏",
        bare + "!!",
        first_lower + " 👍",
        body + " 💔",
        bare + "...",
        body.upper() if len(body) < 40 else first_lower + " 😔",
    ]
    return options[(attempt - 1) % len(options)] if attempt <= len(options) else body + " " + "🙏" * attempt


def build():
    slots = spread(600)
    ham_slots, spam_slots = slots[:300], slots[300:]
    items, seen = [], set()

    # Links in ham bodies are held near a world-news comment section's shares: most readers link
    # nothing, about one in five cites one source, a few give a list. Templates with two or more
    # links get 2 records each, one-link templates 2 (seven of them 3), the rest 2 to 4.
    links = [text.count("<L:") for _, text in HAM]
    ham_counts = [2] * len(HAM)
    for i in rng.sample([i for i, n in enumerate(links) if n == 1], 7):
        ham_counts[i] = 3
    plain = [i for i, n in enumerate(links) if n == 0]
    while sum(ham_counts) < 300:
        i = rng.choice(plain)
        if ham_counts[i] < 4:
            ham_counts[i] += 1
    jobs = [t for t, c in zip(HAM, ham_counts, strict=False) for _ in range(c)]
    for (tid, text), art in zip(jobs, ham_slots, strict=False):
        body = fill(spin(rng, text), art)
        attempt = 0
        while body in seen:
            attempt += 1
            body = retouch(fill(spin(rng, text), art), attempt)
        seen.add(body)
        name, site = pick(HAM_NAMES.get(tid, READERS))
        items.append(
            {
                "label": "ham",
                "source": f"heldback7:ham:{tid}",
                "article": art["id"],
                "body": body,
                "name": name,
                "email": mailbox(name),
                "url": site or "",
            }
        )

    spam_counts = per_template(SPAM, 300, 4, 5)
    jobs = [t for t, c in zip(SPAM, spam_counts, strict=False) for _ in range(c)]
    for (tid, _family, fn, names, domains, own_mail, site_share), art in zip(jobs, spam_slots, strict=False):
        domains = [d for d in domains if d]
        name, email, url, dom = spam_identity(names, domains, own_mail, site_share)
        body = fn(art, dom)
        items.append(
            {
                "label": "spam",
                "source": f"heldback7:spam:{tid}",
                "article": art["id"],
                "body": body,
                "name": name,
                "email": email,
                "url": url,
            }
        )
    rng.shuffle(items)
    return items


if __name__ == "__main__":
    write_set("comment_spam_heldback7.jsonl", build())

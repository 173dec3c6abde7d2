"""Build comment_spam_heldback3.jsonl: the third held-back set of labelled reader comments.

Written from scratch for this set, without opening the spam filter, its tests, its benchmark or
the earlier sets and their builders (bench/data/README.md says how). 300 ham from 85 templates and
300 spam from 68 templates, posted under the 40 Wikinews articles of 2004-05; each comment refers
to its article through a topic phrase written by hand here, never its headline; only one spam
template copies text from it (the first sentence of the body, as scrapers do).

    uv run python bench/data/build_comment_spam_heldback3.py
"""

import random
import re
import string

from comment_sets import WIKINEWS, articles, spin, write_set

SEED = 20261128
NAME = "comment_spam_heldback3.jsonl"

# The articles: every Wikinews article of 2004-05, with a topic phrase, a place and an English
# Wikipedia page, written by hand from the article for this set.
TOPICS = {
    "wn-fb132e8654a4": ("the Brazilian delegation at Arafat's funeral", "Brasília", "Yasser_Arafat"),
    "wn-ef8f168b16ed": ("Hu Jintao's lunch with Lula", "Brasília", "Hu_Jintao"),
    "wn-f317ad660afd": ("Lula's meeting with Roh Moo-hyun", "Brasília", "Roh_Moo-hyun"),
    "wn-fb93453f6c3f": ("the Firefox 1.0 release", "Mountain View", "Firefox"),
    "wn-d4681b26fe89": ("the court ruling against Latin script for Tatar", "Kazan", "Tatar_language"),
    "wn-397a274b3a48": ("the Kmart-Sears deal", "Hoffman Estates", "Sears_Holdings"),
    "wn-4738104fada5": ("the Chinese submarine in Japanese waters", "Okinawa", "Han_incident"),
    "wn-106c444ca69e": ("the Band Aid 20 video", "London", "Band_Aid_20"),
    "wn-0dcf8c83558c": ("the Pistons-Pacers brawl", "Detroit", "Malice_at_the_Palace"),
    "wn-8ff965c080e0": ("the Boeing tanker emails", "Washington", "Boeing_KC-767"),
    "wn-8a3ab337a2a5": ("the high-temperature hydrogen research", "Idaho Falls", "High-temperature_electrolysis"),
    "wn-70bbc7f45ddf": ("Gusenbauer's re-election as party leader", "Vienna", "Alfred_Gusenbauer"),
    "wn-6c822b566f6b": ("Bush's visit to Canada", "Ottawa", "George_W._Bush"),
    "wn-24ccfee111bb": ("the Congo-Rwanda standoff", "Goma", "Kivu_conflict"),
    "wn-5f3cb7e77bcc": ("the heatwave attribution study", "Paris", "2003_European_heat_wave"),
    "wn-ab267f1d0d3f": ("the killing in Rondônia", "Porto Velho", "Landless_Workers%27_Movement"),
    "wn-576e5d1ce106": ("the bomb defused in Almería", "Almería", "ETA_(separatist_group)"),
    "wn-81e6ac0e2b77": ("Wangari Maathai's Nobel prize", "Nairobi", "Wangari_Maathai"),
    "wn-30963f17f242": ("the Delta IV Heavy launch", "Cape Canaveral", "Delta_IV_Heavy"),
    "wn-564d2e713e49": ("the Peterson sentencing", "Redwood City", "Scott_Peterson"),
    "wn-b688fc3e15c0": ("the man who bit a dog", "Gainesville", "Man_bites_dog"),
    "wn-a8d517d59290": ("the Havana billboards", "Havana", "Abu_Ghraib_torture_and_prisoner_abuse"),
    "wn-7cc856ec7474": ("the asteroid that passed under the satellites", "Socorro", "2004_YD5"),
    "wn-a888e82fd925": ("Mozambique's election", "Maputo", "FRELIMO"),
    "wn-2483d486d275": ("Zambia's farm policy", "Lusaka", "Agriculture_in_Zambia"),
    "wn-54997ae41d15": ("the Mumbai demolitions", "Mumbai", "Slums_in_Mumbai"),
    "wn-b637550fea2e": ("the tsunami travel warnings", "Phuket", "2004_Indian_Ocean_earthquake_and_tsunami"),
    "wn-81b9ac7e5f37": ("Yushchenko's win in the re-run", "Kyiv", "2004_Ukrainian_presidential_election"),
    "wn-cdc7e526f9e6": ("the tsunami death toll", "Banda Aceh", "2004_Indian_Ocean_earthquake_and_tsunami"),
    "wn-be127f98e0b4": ("the Sophos spam figures", "Abingdon", "Email_spam"),
    "wn-2b73fdca756f": ("the tsunami relief effort", "Galle", "2004_Indian_Ocean_earthquake_and_tsunami"),
    "wn-85f17e36077a": ("the LokiTorrent lawsuit", "Dallas", "BitTorrent"),
    "wn-87d454bd9579": ("the American tsunami donations", "Seattle", "Humanitarian_response_to_the_2004_Indian_Ocean_earthquake"),
    "wn-8561f1b0d9e7": ("the shuttle's return to flight", "Cape Canaveral", "STS-114"),
    "wn-a520bdaa5217": ("the Sensex record", "Mumbai", "BSE_SENSEX"),
    "wn-4ba482190f25": ("the UN's tsunami aid", "Banda Aceh", "Jan_Egeland"),
    "wn-ae71e7b91001": ("the Social Security overhaul", "Washington", "Social_Security_debate_in_the_United_States"),
    "wn-555d2e38600a": ("Pinochet's house arrest", "Santiago", "Augusto_Pinochet"),
    "wn-8dbc960fe658": ("the weekend box office", "Los Angeles", "Meet_the_Fockers"),
    "wn-e096aab76225": ("the MS 0735 explosion", "Cambridge, Massachusetts", "MS_0735.6%2B7421"),
}
TSUNAMI = ["wn-b637550fea2e", "wn-cdc7e526f9e6", "wn-2b73fdca756f", "wn-87d454bd9579", "wn-4ba482190f25"]
SPACE = ["wn-30963f17f242", "wn-7cc856ec7474", "wn-8561f1b0d9e7", "wn-e096aab76225", "wn-8a3ab337a2a5"]
BRAZIL = ["wn-fb132e8654a4", "wn-ef8f168b16ed", "wn-f317ad660afd", "wn-ab267f1d0d3f"]
US_POLITICS = ["wn-ae71e7b91001", "wn-6c822b566f6b", "wn-8ff965c080e0", "wn-a8d517d59290"]
MONEY = ["wn-a520bdaa5217", "wn-397a274b3a48", "wn-ae71e7b91001"]

# ---------------------------------------------------------------------------------------------
# Small random pieces


def _chars(rng, n, alphabet=string.ascii_letters + string.digits):
    return "".join(rng.choice(alphabet) for _ in range(n))


def _digits(rng, n):
    return _chars(rng, n, string.digits)


def _slug(text):
    return re.sub(r"[^a-z0-9]+", "-", text.lower().replace("'s", "s")).strip("-")


MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
USERS = [
    "Tom_K",
    "marisol",
    "GrumpyInGlasgow",
    "Dev R.",
    "Anneke",
    "jp_quebec",
    "oldsailor",
    "Farah",
    "Kofi A",
    "the_actual_bob",
    "Lena",
    "mbeki_fan",
    "RuiC",
    "sunny",
    "Hiro",
]
SUBS = ["worldnews", "europe", "brasil", "india", "space", "nba", "Ukraine", "Kenya", "geopolitics", "AskHistorians"]


def news(rng, art):
    """A link to a newspaper or wire story on the article's subject, in the shape the outlet used."""
    y, m, d = art["date"].split("-")
    slug = _slug(TOPICS[art["id"]][0])
    pattern = rng.choice(
        [
            f"https://www.theguardian.com/world/{y}/{MONTHS[int(m) - 1]}/{d}/{slug}",
            f"http://news.bbc.co.uk/2/hi/{rng.choice(['americas', 'europe', 'asia-pacific', 'africa', 'south_asia'])}/{_digits(rng, 7)}.stm",
            f"https://www.nytimes.com/{y}/{m}/{d}/international/{slug}.html",
            f"https://www.reuters.com/article/{slug}-idUS{_chars(rng, 10, string.ascii_uppercase + string.digits)}",
            f"https://apnews.com/article/{_chars(rng, 32, '0123456789abcdef')}",
            f"https://www.aljazeera.com/news/{y}/{m}/{d}/{slug}",
            f"https://www.washingtonpost.com/wp-dyn/articles/A{_digits(rng, 5)}-{y}{MONTHS[int(m) - 1].title()}{d}.html",
            f"https://www.lemonde.fr/international/article/{y}/{m}/{d}/{slug}_{_digits(rng, 6)}_3210.html",
            f"https://www.spiegel.de/politik/ausland/{slug}-a-{_digits(rng, 6)}.html",
            f"https://www.thehindu.com/news/international/{slug}/article{_digits(rng, 8)}.ece",
            f"https://www.abc.net.au/news/{y}-{m}-{d}/{slug}/{_digits(rng, 7)}",
            f"https://www.cbc.ca/news/world/{slug}-1.{_digits(rng, 6)}",
            f"https://www.dw.com/en/{slug}/a-{_digits(rng, 7)}",
        ]
    )
    return pattern + rng.choice(["", "", "", "?utm_source=twitter&utm_medium=social", "?CMP=share_btn_link", "#comments"])


def gov(rng, art):
    return rng.choice(
        [
            "https://travel.state.gov/content/travel/en/traveladvisories/traveladvisories.html",
            "https://www.gov.uk/foreign-travel-advice",
            f"https://www.nasa.gov/mission_pages/{_slug(TOPICS[art['id']][0])}/",
            "https://www.ssa.gov/oact/TR/2005/tr05.pdf",
            f"https://press.un.org/en/{art['date'][:4]}/sgsm{_digits(rng, 4)}.doc.htm",
            "https://ec.europa.eu/eurostat/web/main/data/database",
            "https://www.gov.br/planalto/pt-br",
            "https://www.mea.gov.in/press-releases.htm",
            "https://www.cdc.gov/heat-health/",
            "https://www.bis.org/statistics/index.htm",
            "https://data.worldbank.org/indicator/NY.GDP.PCAP.CD",
        ]
    )


def fraud(rng, art):
    return rng.choice(
        [
            "https://consumer.ftc.gov/articles/how-recognize-and-avoid-phishing-scams",
            "https://www.actionfraud.police.uk/a-z-of-fraud/charity-fraud",
            "https://www.ncsc.gov.uk/collection/phishing-scams",
            "https://www.scamwatch.gov.au/types-of-scams",
            "https://www.ic3.gov/",
        ]
    )


def ngo(rng, art):
    y = art["date"][:4]
    return rng.choice(
        [
            f"https://www.amnesty.org/en/documents/afr{_digits(rng, 2)}/{_digits(rng, 3)}/{y}/en/",
            f"https://www.hrw.org/reports/{y}/{_slug(TOPICS[art['id']][2])}/{_slug(TOPICS[art['id']][2])}.pdf",
            f"https://reliefweb.int/report/{_slug(TOPICS[art['id']][1])}/{_slug(TOPICS[art['id']][0])}-situation-report-{rng.randint(2, 40)}",
            f"https://www.msf.org/sites/default/files/{y}-{_slug(TOPICS[art['id']][0])}.pdf",
            "https://www-cdn.oxfam.org/s3fs-public/file_attachments/bn050326-tsunami-women_3.pdf",
            f"https://www.icrc.org/en/doc/resources/documents/report/{_slug(TOPICS[art['id']][1])}-{y}.htm",
            "https://www.transparency.org/en/cpi/2004",
            f"https://www.unhcr.org/media/{_digits(rng, 5)}",
        ]
    )


def wiki(rng, art):
    return f"https://en.{rng.choice(['', '', 'm.'])}wikipedia.org/wiki/{TOPICS[art['id']][2]}"


def youtube(rng, art):
    vid = _chars(rng, 11, string.ascii_letters + string.digits + "-_")
    return rng.choice(
        [
            f"https://www.youtube.com/watch?v={vid}",
            f"https://youtu.be/{vid}?t={rng.randint(30, 1800)}",
            f"https://m.youtube.com/watch?v={vid}&feature=share",
        ]
    )


def xpost(rng, art):
    handle = rng.choice(
        [
            "AFP",
            "BBCBreaking",
            "Reuters",
            "UNOCHA",
            "ap",
            "cnnbrk",
            "SpaceflightNow",
            "MeteoFrance",
            "IFRC",
            "ZelenskyyUa",
            "kenyanwalstreet",
            "elpais_inter",
        ]
    )
    return f"https://{rng.choice(['x.com', 'x.com', 'twitter.com'])}/{handle}/status/{rng.randint(10**18, 2 * 10**18 - 1)}"


def blog(rng, art):
    slug = _slug(TOPICS[art["id"]][0])
    handle = rng.choice(
        ["notesfromthefield", "kofiwrites", "thelongread", "meridianblog", "ruralbrazil", "quietdesk", "aidworkerdiary", "orbitalmechanic"]
    )
    y, m, d = art["date"].split("-")
    return rng.choice(
        [
            f"https://{handle}.substack.com/p/{slug}",
            f"https://{handle}.wordpress.com/{y}/{m}/{d}/{slug}/",
            f"https://medium.com/@{handle}/{slug}-{_chars(rng, 12, '0123456789abcdef')}",
            f"https://{handle}.blogspot.com/{y}/{m}/{slug}.html",
        ]
    )


def archive(rng, art):
    y, m, d = art["date"].split("-")
    return rng.choice([f"https://web.archive.org/web/{y}{m}{d}{_digits(rng, 6)}/{news(rng, art)}", f"https://archive.ph/{_chars(rng, 5)}"])


def reddit(rng, art):
    return f"https://www.reddit.com/r/{rng.choice(SUBS)}/comments/{_chars(rng, 6, string.ascii_lowercase + string.digits)}/{_slug(TOPICS[art['id']][0])[:40]}/"


def paper(rng, art):
    return rng.choice(
        [
            f"https://doi.org/10.{rng.randint(1000, 1200)}/{rng.choice(['nature', 'science', 's41586-0', 'j.gloenvcha.2005'])}{_digits(rng, 5)}",
            f"https://pubmed.ncbi.nlm.nih.gov/{rng.randint(15000000, 16000000)}/",
            f"https://arxiv.org/abs/astro-ph/0501{_digits(rng, 3)}",
            f"https://www.jstor.org/stable/{rng.randint(3000000, 4200000)}",
        ]
    )


def local(rng, art):
    place = TOPICS[art["id"]][1]
    site = {
        "Brasília": "correiobraziliense.com.br",
        "Nairobi": "nation.africa",
        "Mumbai": "mid-day.com",
        "Kyiv": "pravda.com.ua",
        "Almería": "lavozdealmeria.com",
        "Banda Aceh": "serambinews.com",
        "Santiago": "latercera.com",
        "Maputo": "opais.co.mz",
        "Lusaka": "times.co.zm",
        "Detroit": "freep.com",
    }.get(place, "localnewsarchive.org")
    return f"https://www.{site}/{_slug(TOPICS[art['id']][0])}-{_digits(rng, 6)}"


def place_map(rng, art):
    place = TOPICS[art["id"]][1]
    return rng.choice(
        [
            f"https://www.google.com/maps/place/{place.replace(' ', '+')}",
            f"https://maps.app.goo.gl/{_chars(rng, 17)}",
            f"https://www.openstreetmap.org/search?query={place.replace(' ', '%20')}",
        ]
    )


def social(rng, art):
    return rng.choice(
        [
            f"https://www.facebook.com/{rng.choice(['redcross', 'unicef', 'CityOfGalle', 'aljazeera'])}/posts/{_digits(rng, 16)}",
            f"https://t.me/{rng.choice(['ukrpravda_news', 'suspilnenews', 'kyivindependent_official'])}/{rng.randint(1000, 90000)}",
            f"https://www.instagram.com/p/{_chars(rng, 11)}/",
        ]
    )


def any_source(rng, art):
    return rng.choice([news, news, news, gov, ngo, wiki, wiki, youtube, xpost, blog, archive, reddit, paper, local, social])(rng, art)


def maybe_link(rng, art):
    return " " + any_source(rng, art) if rng.random() < 0.3 else ""


SLOTS = {
    "news": news,
    "news2": news,
    "gov": gov,
    "fraud": fraud,
    "ngo": ngo,
    "wiki": wiki,
    "yt": youtube,
    "x": xpost,
    "blog": blog,
    "archive": archive,
    "reddit": reddit,
    "paper": paper,
    "local": local,
    "map": place_map,
    "social": social,
    "src": any_source,
    "src2": any_source,
    "opt": maybe_link,
    "topic": lambda rng, art: TOPICS[art["id"]][0],
    "place": lambda rng, art: TOPICS[art["id"]][1],
    "user": lambda rng, art: rng.choice(USERS),
    "n": lambda rng, art: str(rng.choice([12, 40, 85, 200, 1500, 3000, 20000])),
    "pct": lambda rng, art: str(rng.randint(3, 70)),
    "year": lambda rng, art: str(rng.randint(1998, 2024)),
}

# ---------------------------------------------------------------------------------------------
# Readers: names and mailboxes by language, personal and organisation websites

NAMES = {
    "en": [
        "Margaret Ellison",
        "Tom Whitaker",
        "Priya Nair",
        "Daniel Okafor",
        "Sarah McBride",
        "Kevin O'Neill",
        "Rachel Stein",
        "Graham Hughes",
        "Aisha Bello",
        "Chris Doyle",
        "Helen Park",
        "Michael Torres",
        "Joanne Fitzgerald",
        "Liam Murphy",
        "Ruth Adeyemi",
        "Peter van Dijk",
        "Samantha Reid",
        "Ian Campbell",
        "Naomi Fischer",
        "Bill Carver",
    ],
    "es": ["María José Ortega", "Javier Ruiz", "Lucía Fernández", "Andrés Molina", "Carmen Rojas", "Pablo Herrera", "Inés Castillo"],
    "pt": ["João Pedro Almeida", "Ana Beatriz Souza", "Rafael Oliveira", "Mariana Costa", "Tiago Ferreira", "Luíza Ramos"],
    "fr": ["Claire Dubois", "Mathieu Lefèvre", "Aminata Diallo", "Julien Moreau", "Sophie Girard", "Jean-Baptiste Mukendi"],
    "de": ["Katrin Weber", "Jonas Hoffmann", "Ulrike Brandt", "Stefan Krüger", "Miriam Schulz", "Florian Bauer"],
    "ar": ["Omar Haddad", "Layla Mansour", "Youssef El Amrani", "Rania Khalil", "Karim Benali"],
    "hi": ["Rohit Sharma", "Ananya Iyer", "Vikram Singh", "Pooja Deshmukh", "Arjun Mehta", "Sneha Kulkarni"],
    "tr": ["Elif Yılmaz", "Mehmet Demir", "Zeynep Kaya", "Burak Şahin", "Ayşe Çelik"],
    "uk": ["Олена Коваленко", "Андрій Шевчук", "Ірина Бондар", "Taras Melnyk", "Oksana Hrytsenko"],
    "sw": ["Wanjiru Kamau", "Baraka Otieno", "Amina Mwangi", "Juma Mohamed", "Neema Achieng"],
    "id": ["Rizky Pratama", "Siti Rahmawati", "Teuku Fadli", "Nurul Hidayah"],
    "nl": ["Sanne de Vries", "Bram Jansen", "Eline Bakker"],
    "it": ["Giulia Romano", "Marco Bianchi", "Francesca Ricci"],
}
HANDLES = [
    "mike_in_leeds",
    "anon",
    "Bee",
    "old git",
    "quietreader",
    "K.",
    "rosie_t",
    "sandeep88",
    "FlyingDutchman",
    "nonnaRosa",
    "dr_who_fan",
    "luz",
    "Concerned Citizen",
    "S. Ahmed",
    "jw",
]
MAIL = {
    "en": [
        "gmail.com",
        "gmail.com",
        "outlook.com",
        "yahoo.com",
        "hotmail.co.uk",
        "icloud.com",
        "proton.me",
        "btinternet.com",
        "comcast.net",
        "live.com",
    ],
    "es": ["gmail.com", "hotmail.es", "yahoo.es", "outlook.es", "telefonica.net"],
    "pt": ["gmail.com", "uol.com.br", "hotmail.com", "bol.com.br", "sapo.pt"],
    "fr": ["gmail.com", "orange.fr", "free.fr", "laposte.net", "yahoo.fr"],
    "de": ["gmx.de", "web.de", "t-online.de", "posteo.de", "gmail.com"],
    "ar": ["gmail.com", "hotmail.com", "yahoo.com"],
    "hi": ["gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.com"],
    "tr": ["gmail.com", "hotmail.com", "yandex.com.tr"],
    "uk": ["ukr.net", "gmail.com", "i.ua", "meta.ua"],
    "sw": ["gmail.com", "yahoo.com", "outlook.com"],
    "id": ["gmail.com", "yahoo.co.id"],
    "nl": ["ziggo.nl", "gmail.com", "kpnmail.nl"],
    "it": ["libero.it", "gmail.com", "virgilio.it"],
}
ORGS = [
    ("Lusaka Smallholders Network", "https://lusakasmallholders.org/"),
    ("Almería Acoge volunteers", "https://www.almeriaacoge.org/"),
    ("Friends of Karura Forest", "https://www.friendsofkarura.org/"),
    ("Galle Tsunami Rebuild Trust", "https://galle-rebuild.lk/"),
    ("Detroit Youth Basketball League", "https://www.dybl.org/"),
    ("Redwood Victims' Advocacy Center", "https://redwoodvac.org/about"),
    ("Tatar Language Society (UK)", "https://tatarlanguage.org.uk/"),
    ("Maputo Civic Observatory", "https://observatoriocivico.org.mz/"),
    ("Rondônia Land Rights Clinic", "https://clinicaterra.org.br/"),
    ("Mumbai Housing Rights Forum", "https://mumbaihousingrights.in/"),
    ("Amateur Astronomers of Socorro", "https://socorroastro.org/"),
    ("Citizens for Fair Pensions", "https://fairpensions-us.org/"),
]


UKR_LATIN = str.maketrans(
    {
        "О": "O",
        "л": "l",
        "е": "e",
        "н": "n",
        "а": "a",
        "К": "K",
        "о": "o",
        "в": "v",
        "ь": "",
        "к": "k",
        "Ш": "Sh",
        "ч": "ch",
        "у": "u",
        "І": "I",
        "р": "r",
        "Б": "B",
        "д": "d",
        "А": "A",
        "і": "i",
        "й": "y",
    }
)


def _ascii(text):
    table = str.maketrans("áàâãäçéèêëíîïıñóôõöşúüğÁÉÍÓÚÇŞİÖÜ", "aaaaaceeeeiiiinoooosuugAEIOUCSIOU")
    return re.sub(r"[^a-z0-9.]", "", text.translate(table).lower().replace(" ", "."))


def reader(rng, lang, site=False):
    """A reader's name, mailbox and, if `site` (or now and then anyway), a personal website."""
    site = site or rng.random() < 0.08
    roll = rng.random()
    full = rng.choice(NAMES.get(lang, NAMES["en"]))
    name = full if roll < 0.6 else (full.split()[0] if roll < 0.8 else rng.choice(HANDLES))
    local_part = _ascii(full.translate(UKR_LATIN))
    local_part = (
        rng.choice(
            [
                local_part,
                local_part.replace(".", ""),
                local_part.split(".")[0] + _digits(rng, 2),
                local_part[0] + "." + local_part.split(".")[-1],
            ]
        )
        or "reader"
    )
    email = f"{local_part}@{rng.choice(MAIL.get(lang, MAIL['en']))}"
    url = ""
    if site:
        handle = local_part.replace(".", "")
        url = rng.choice(
            [
                f"https://{handle}.net/",
                f"https://{handle}.substack.com",
                f"https://{handle}.wordpress.com/",
                f"https://github.com/{handle}",
                f"https://www.linkedin.com/in/{handle}-{_digits(rng, 3)}",
                f"https://{handle}.photography/",
            ]
        )
    return name, email, url


# ---------------------------------------------------------------------------------------------
# Ham templates: (key, language, website kind, text[, articles]); website kind "" none, "site" a
# personal website, "org" an organisation's name and website.

HAM = [
    ("thanks-short", "en", "", "{Good|Solid|Fair|Useful} {piece|report|summary} on {topic}. {Thanks.|Thank you.|Appreciated.|}"),
    (
        "dissent-inevitable",
        "en",
        "",
        "I don't buy the framing here. {topic} was {always|obviously} going to end this way and {everyone|anyone paying attention} in {place} knew it {months|weeks} before.",
    ),
    (
        "question-outcome",
        "en",
        "",
        "Does anyone know whether {topic} {changed anything|made any real difference} in the end? {Asking for a school project.|Genuinely curious.|I'm writing a piece for our local paper.}",
    ),
    (
        "correction-distance",
        "en",
        "",
        "Small correction: the piece {says|implies} this was in {place} itself, but {the reports I read|the wire copy} {put it|placed it} outside the city. {Worth fixing.|Minor, but it matters to people there.}",
    ),
    (
        "correction-wiki",
        "en",
        "",
        "The background paragraph is a bit off on dates. {wiki} has the timeline and it doesn't match what's written here.",
    ),
    (
        "local-tired",
        "en",
        "",
        "I live in {place}. {Nobody|Hardly anyone} {here|on my street} {talks about anything else|was surprised}. Coverage from abroad {misses|never gets} how {tired|angry|worried} people actually are.",
    ),
    (
        "reply-separate",
        "en",
        "",
        "@{user} you're mixing up two different things. {topic} and the budget {row|fight} are separate stories, read the {third|fourth} paragraph again.",
    ),
    (
        "reply-agree",
        "en",
        "",
        "{user}, {exactly|this}. {My father said the same thing word for word.|Said the same at dinner yesterday.|Couldn't have put it better.}",
    ),
    (
        "lowercase-typos",
        "en",
        "",
        "cant beleive {this is still|ppl are still} {news|arguing about this}. whats the goverment even doing abt {topic} {lol|smh|tbh}",
    ),
    ("emoji-sympathy", "en", "", "{🙏|💔|😔|🕯️} thoughts with everyone in {place} {🙏|❤️|}"),
    ("emoji-facepalm", "en", "", "{topic} {🤦‍♂️🤦‍♂️|🤦‍♀️|😂😂😂|🙄} {you couldn't make it up|of course|classic}"),
    (
        "sarcasm-panel",
        "en",
        "",
        "Oh {great|wonderful|fantastic}, another {expert panel|committee|inquiry}. That will {surely|definitely} sort out {topic}. {🙄|/s|}",
    ),
    (
        "angry-vote-out",
        "en",
        "",
        "This is what happens when a government treats {place} as an afterthought. Vote them out, {all of them|every last one}. {I'm done being polite about it.|}",
    ),
    (
        "media-spin",
        "en",
        "",
        "The {left|right}-wing press will spin {topic} into {a scandal|a triumph} whatever the facts are. Read the {actual documents|primary sources} before you make up your mind.{opt}",
    ),
    (
        "long-three-paras",
        "en",
        "",
        "I've followed {topic} closely and I think the article gets the basics right but misses the {bigger|longer} picture.\n\nFirst, none of this started {last week|this year}; people in {place} have been warning about it for {years|a decade}. Second, the officials quoted are the same ones who {dismissed|ignored} those warnings.\n\nI'm not saying {there's a conspiracy|anyone acted in bad faith}, only that a {follow-up|second piece} asking who knew what, and when, would be worth more than another {quote|press release}.",
    ),
    (
        "fake-charity",
        "en",
        "",
        "My bank {blocked|flagged} a transfer to a {relief|donation} page {last week|yesterday} as a possible scam. Good. After every disaster there are dozens of fake charities. Give through {the Red Cross|UNICEF|a charity you already know} and check the registration number first.",
    ),
    (
        "crypto-replies",
        "en",
        "",
        "Funny how every story like {topic} brings out the crypto {crowd|bros} in the replies promising {to double your money|100x returns}. If someone DMs you on Telegram offering to recover lost funds, it's a second scam.",
    ),
    (
        "casino-ads",
        "en",
        "",
        "The {casino|betting} ads during the {match|broadcast} were {relentless|nonstop}. My nephew has a betting app on his phone at 16, with a free bet he got for signing up. {Regulate|Ban} the ads like tobacco.",
    ),
    (
        "payday-apr",
        "en",
        "",
        "Payday lenders {round here|in my town} charge {300|400|600}% APR and people still take them because the banks won't lend {fifty quid|a few hundred dollars}. Nobody in this story will ever {need one|notice}.",
    ),
    (
        "insulin-prices",
        "en",
        "",
        "My mother's {insulin|blood pressure pills|metformin} went up {again|another 20%} this year. That's exactly why people end up ordering from shady online pharmacies. Please don't, half of them sell fakes.{opt}",
    ),
    (
        "sms-scam-psa",
        "en",
        "",
        "PSA: people are getting texts claiming to be from the {post office|tax office|customs} with a link to pay a small fee. Don't click. Official guidance: {fraud}",
    ),
    (
        "blog-in-name",
        "en",
        "site",
        "I wrote about {topic} on my {blog|site} at the time, with photos from {place}. {Link's in my name if anyone wants the long version.|}",
    ),
    (
        "org-volunteer",
        "en",
        "org",
        "We run a {volunteer|small} {food bank|legal clinic|support group} connected to this. If anyone reading wants to help, {details are on our website|our site has the details}. No donations needed, just time.",
    ),
    (
        "academic-doi",
        "en",
        "",
        "I {research|teach} this at a university and the piece {oversimplifies|is mostly right but skips} the {history|economics}. The best recent overview: {paper}",
    ),
    ("two-links-context", "en", "", "For context: {wiki}\nand the original {statement|report} is here: {gov}"),
    ("three-links-wire", "en", "", "{Reuters|AP|AFP} had it first: {news}\n{Follow-up|Analysis}: {news2}\nVideo: {yt}"),
    ("youtube-doc", "en", "", "{There's|Found} a {good|decent|surprisingly balanced} {documentary|explainer} on this: {yt}"),
    ("x-correction", "en", "", "The {spokesperson|mayor|ministry} {posted|tweeted} a correction an hour ago: {x}"),
    ("ngo-pdf", "en", "", "{Amnesty|HRW|MSF|The Red Cross} published a report that covers this in {detail|far more depth}: {ngo}"),
    ("archived", "en", "", "The original version of {this|the linked} page said something different, archived here: {archive}"),
    ("reddit-thread", "en", "", "There's a {long|huge} thread with people from {place} describing what they saw: {reddit}"),
    (
        "es-agree",
        "es",
        "",
        "Muy buen {artículo|resumen}. Aquí en {place} {nadie|casi nadie} habla de otra cosa. {Saludos.|Un saludo desde Sevilla.|}",
    ),
    (
        "es-dissent",
        "es",
        "",
        "No estoy de acuerdo. La prensa {extranjera|internacional} siempre {exagera|simplifica} lo que pasa en {place}.{opt}",
    ),
    (
        "pt-tv",
        "pt",
        "",
        "Acompanhei tudo {pela TV|pelo rádio} na época. O texto está {correto|certo}, mas faltou falar {da reação do governo|dos movimentos sociais|do que veio depois}.",
    ),
    ("pt-link", "pt", "", "Matéria {completa|mais detalhada} {aqui|na imprensa daqui}: {local}", BRAZIL),
    (
        "fr-question",
        "fr",
        "",
        "Article {intéressant|clair}, merci. {Petite question|Une question} : d'où viennent les chiffres ? {Je ne les retrouve nulle part.|}",
    ),
    (
        "fr-dissent",
        "fr",
        "",
        "Franchement, {c'est|ça reste} du journalisme {paresseux|pressé}. {Pas un mot|Rien} sur le contexte {historique|régional}.",
    ),
    (
        "de-thanks",
        "de",
        "",
        "Danke für den {Artikel|Bericht}. {In Deutschland|Bei uns} {wurde kaum darüber berichtet|kam das nur kurz in den Nachrichten}.",
    ),
    ("de-correction", "de", "", "Kleine Korrektur: das Datum im {zweiten|dritten} Absatz stimmt nicht, {siehe|vgl.} {wiki}"),
    ("ar-thanks", "ar", "", "مقال {جيد|ممتاز}، شكراً. {نتمنى|نأمل} أن {تتابعوا|تستمروا في تغطية} هذا الموضوع."),
    ("ar-source", "ar", "", "هل {هناك|يوجد} {مصدر|رابط} رسمي لهذه الأرقام؟ {لم أجدها في أي مكان|أريد التأكد قبل النشر}."),
    (
        "hi-translit",
        "hi",
        "",
        "{Bahut|Bohot} {accha|badhiya} article hai. {Hamare|Humare} {yahan|area mein} bhi log {yahi|isi baat pe} {baat kar rahe hain|discuss kar rahe the}.",
    ),
    ("hi-sarcasm", "hi", "", "Wah, {kya|kitni} baat hai. {Sarkar|Government} ko ab yaad aaya? 😂 {Pehle kahan the?|}"),
    (
        "tr-thanks",
        "tr",
        "",
        "Çok {güzel|iyi} bir yazı, {teşekkürler|eline sağlık}. {Türkiye'de|Bizde} bu haber {hiç|pek} {konuşulmadı|duyulmadı}.",
    ),
    ("uk-thanks", "uk", "", "Дякую за {статтю|матеріал}. {У нас|В Україні} про це {мало пишуть|майже не говорять}."),
    (
        "uk-maidan",
        "uk",
        "",
        "Я {був|стояв} на Майдані {у грудні|тієї зими}. Мороз був {страшний|лютий}, але люди {не розходились|стояли до кінця}. {Дякую, що пам'ятаєте.|}{opt}",
        ["wn-81b9ac7e5f37"],
    ),
    (
        "sw-maathai",
        "sw",
        "",
        "Asante kwa {habari hii|makala hii}. {Sisi|Hapa} {Kenya|Nairobi} tunajivunia {sana|kweli} Mama Wangari. {Miti yake bado inasimama.|}",
        ["wn-81e6ac0e2b77"],
    ),
    ("sw-more", "sw", "", "Habari {nzuri|muhimu} sana. {Tunaomba|Naomba} mtuletee {habari zaidi|taarifa zaidi} kuhusu {place}."),
    (
        "id-aceh",
        "id",
        "",
        "Saya {dari|tinggal di} Banda Aceh. {Keluarga saya|Tetangga saya} {kehilangan rumah|selamat karena lari ke masjid}. Terima kasih sudah {menulis|memberitakan} ini.",
        TSUNAMI,
    ),
    ("one-word", "en", "", "{This.|Agreed.|Wow.|Sad.|Finally.|Unbelievable.|+1|Good.|Yikes.|Well said.}"),
    (
        "numbers-dont-add",
        "en",
        "",
        "The numbers don't add up. If {n} were affected and only a fraction got help, where did the rest of the {money|aid} go? {Someone should ask.|}",
    ),
    (
        "spam-article",
        "en",
        "",
        "I still get {20|50|100}+ spam emails a day offering {viagra|cheap loans|casino bonuses|replica watches}. {Twenty years on|Nothing has changed} and the filters still miss half of it.",
        ["wn-be127f98e0b4"],
    ),
    (
        "space-watched",
        "en",
        "",
        "I {watched|followed} {it|the coverage} from {my backyard|the beach at Cocoa|a club observing night}. {Goosebumps.|Still gives me chills.|Worth every minute.}{opt}",
        SPACE,
    ),
    (
        "firefox",
        "en",
        "",
        "Still using Firefox {20|20+|twenty} years later. {Anyone remember|Remember} the {NYT|newspaper} ad with all the donors' names? {My name was in it.|}",
        ["wn-fb93453f6c3f"],
    ),
    (
        "stocks-investor",
        "en",
        "",
        "I {bought|sold} {Infosys|Reliance|Sears|HDFC Bank} {shares|stock} around then. {Best|Worst} investment decision I ever made. Not financial advice, obviously.",
        MONEY,
    ),
    (
        "tsunami-donation",
        "en",
        "",
        "Donated via {the Red Cross|Oxfam|our church} and got a receipt. If anyone phones you asking for card details 'for the victims', hang up. {fraud}",
        TSUNAMI,
    ),
    (
        "boxoffice",
        "en",
        "",
        "White Noise was {awful|genuinely creepy|a waste of a ticket}. {Fockers|The sequel} was {funnier|worse} than I expected.",
        ["wn-8dbc960fe658"],
    ),
    (
        "nba",
        "en",
        "",
        "I was {watching live|at a bar watching} when it {started|spilled into the stands}. {Never seen anything like it.|Artest should have been banned for life.}",
        ["wn-0dcf8c83558c"],
    ),
    (
        "death-penalty",
        "en",
        "",
        "{Whatever you think of him|Guilty, fine}, the death penalty {doesn't bring anyone back|is still wrong}. {California hasn't executed anyone in years anyway.|}{opt}",
        ["wn-564d2e713e49"],
    ),
    (
        "es-pinochet",
        "es",
        "",
        "Mi {abuelo|tío} estuvo detenido en el Estadio Nacional en 1973. {Por fin|Ya era hora}. {Justicia tardía, pero justicia.|}",
        ["wn-555d2e38600a"],
    ),
    ("band-aid", "en", "", "The {original|1984 version} is better. {Fight me.|Don't @ me.|Bono's line though.}", ["wn-106c444ca69e"]),
    (
        "fr-goma",
        "fr",
        "",
        "J'habite à Goma. {La situation|L'ambiance} est {tendue|très tendue} et {personne|aucun journal} ne parle des {déplacés|civils}. {Merci pour l'article.|}",
        ["wn-24ccfee111bb"],
    ),
    (
        "helpline",
        "en",
        "",
        "If {this story hit you hard|you're struggling after reading this}, the Samaritans are on 116 123 (UK) and {it's free|they're there 24/7}. {Look after yourselves.|}",
    ),
    (
        "village-whatsapp",
        "en",
        "",
        "Our {parish|mosque|community centre} is collecting {clothes|rice|blankets} for {place}. We organise on a WhatsApp group, just ask at the {office|front desk} on {Friday|Sunday}.",
    ),
    (
        "moderators-spam",
        "en",
        "",
        "Moderators, there's a spam comment {above|further down} advertising {loans|pills|a casino}. Please remove it{, it's been there all day|}.",
    ),
    ("typo-report", "en", "", "Typo in the {second|third|last} paragraph: '{goverment|recieved|thier|accomodation}'."),
    (
        "org-report-link",
        "en",
        "org",
        "Our {organisation|team} {published|put out} a short {briefing|report} on this {last month|in the spring}, free to read: {ngo}",
    ),
    (
        "vpn-censorship",
        "en",
        "",
        "In {my country|some countries} you need a VPN just to read this site. {Proton|Mullvad|Tor} works {for me|here}. Says a lot about {press freedom|where we are}.",
    ),
    (
        "ads-complaint",
        "en",
        "",
        "Why does this page {show|load} {six|ten} ads for {online casinos|weight-loss pills|payday loans} next to a story about {topic}? Not a good look for a news site.",
    ),
    (
        "essay-kid",
        "en",
        "",
        "My {daughter|son} is writing a {school essay|history report} on {topic}. {Is there a good book on it?|Any recommended reading?} {Thanks in advance.|}",
    ),
    (
        "job-loss",
        "en",
        "",
        "I {lost my job|was laid off} {in retail|at a department store} {after a merger|that year}. Now I work from home {doing transcription|in a call centre}. Mergers are never 'good news' for the staff.",
        ["wn-397a274b3a48"],
    ),
    (
        "two-links-gov-news",
        "en",
        "",
        "Both {sources|sides} in one place: the {official|government} figures {gov} and the {independent|local} reporting {local}",
    ),
    ("map-where", "en", "", "For anyone wondering where {place} is: {map}"),
    ("blog-background", "en", "", "Good background {post|thread} from someone who {was there|covers the region}: {blog}"),
    ("social-source", "uk", "", "Оригінал {новини|заяви}: {social}"),
    ("quote-topic", "en", "", '"{topic}" - {that says it all|and we\'re supposed to be surprised?|remember this at the next election}.'),
    ("nl-short", "nl", "", "Goed stuk. In Nederland {hoorde|las} je er {weinig|bijna niets} over."),
    (
        "it-short",
        "it",
        "",
        "{Ottimo articolo|Bell'articolo}, {grazie|complimenti}. {In Italia|Da noi} {se ne è parlato poco|nessuno ne parla}.",
    ),
    (
        "es-correction",
        "es",
        "",
        "{Una corrección|Un detalle}: {el nombre del lugar no está bien escrito|la fecha no es correcta}. {Lo dice|Lo confirma} {local}",
    ),
    (
        "pt-dissent",
        "pt",
        "",
        "{Discordo|Não concordo} {totalmente|em parte}. {Quem mora|Quem vive} em {place} sabe que a história é {bem|muito} mais complicada.",
    ),
    (
        "reply-with-source",
        "en",
        "",
        "@{user} {that's just not true|source?}. {Here's|This is} the {actual|original} {figure|statement}: {src}",
    ),
    (
        "local-nurse",
        "en",
        "",
        "I'm a {nurse|paramedic} and {worked|volunteered} {near|in} {place} {that week|that month}. {The article is accurate.|It was worse than the article says.} {We ran out of everything by day three.|Nobody who was there will forget it.}",
        TSUNAMI + ["wn-5f3cb7e77bcc", "wn-54997ae41d15"],
    ),
    (
        "heatwave-local",
        "fr",
        "",
        "Ma grand-mère est morte pendant la canicule de 2003, {seule|dans son appartement}. {On en parle trop peu.|Merci d'en parler.}",
        ["wn-5f3cb7e77bcc"],
    ),
    (
        "src-plus-opinion",
        "en",
        "",
        "{Interesting|Telling} that nobody {quotes|mentions} this: {src} {Make of it what you will.|Draw your own conclusions.}",
    ),
    (
        "multi-src",
        "en",
        "",
        "{Three|A few} sources {if you want to check for yourself|that disagree with each other}:\n{src}\n{src2}\n{wiki}",
    ),
]

# ---------------------------------------------------------------------------------------------
# Spam: families with names and websites, then templates (key, family, identity, text[, disguise]).
# Identities: "kw" an anchor-text name and the family's website; "person" a made-up person and no
# website; "person_url" a made-up person and the family's website; "bot" a throwaway handle.

TLDS = ["com", "net", "shop", "store", "online", "xyz", "top", "site", "icu", "pw", "cc", "info", "live"]
FAMILIES = {
    "pharma": (
        ["Buy Tramadol Online", "cheap meds", "Generic Pharmacy", "Ozempic Without Prescription", "ED pills online"],
        ["rxmeds-direct", "pillsdepot24", "genericpharma", "meds4less", "safe-rx-shop"],
    ),
    "casino": (
        ["online casino", "Best Casino Bonus", "slot gacor", "live betting", "casino en ligne"],
        ["royalspin", "megawin88", "casinobonus-club", "jackpotcity-x", "betstar365"],
    ),
    "loans": (
        ["Payday Loans Online", "fast cash loan", "Bad Credit Loans", "instant loan approval"],
        ["quickcashnow", "loan-express", "paydaylenders-usa", "easycredit24"],
    ),
    "crypto": (
        ["Bitcoin Profit", "crypto signals", "Recovery Expert", "Forex Trading Mentor", "AI Trading Bot"],
        ["btc-profit-app", "cryptoyield", "quantumtrade-ai", "fundrecovery-pro", "defi-airdrop"],
    ),
    "seo": (
        ["SEO Services", "buy backlinks", "Guest Post Service", "Digital Marketing Agency"],
        ["rankboost-seo", "backlinkmarket", "guestpostpro", "seo-expert-hub"],
    ),
    "essay": (
        ["essay writing service", "write my essay", "Assignment Help", "dissertation help"],
        ["essaypro-writers", "assignmenthelp24", "mypaperdone", "topgrade-essays"],
    ),
    "adult": (["Hot Girls", "adult chat", "Escort Service", "free cams"], ["hotdates-live", "camgirls-free", "localhookup", "sexychat"]),
    "support": (
        ["Customer Service Number", "Airline Helpdesk", "Wallet Support", "Printer Support"],
        ["support-helpline", "callcenter-usa", "tollfreehelp", "walletsupport-desk"],
    ),
    "fakes": (
        ["Replica Watches", "cheap jordans", "Designer Bags Outlet", "buy fake passport"],
        ["replicawatch-aaa", "cheapjordans-outlet", "luxurybags-replica", "docsforsale"],
    ),
    "stream": (
        ["IPTV Subscription", "Best VPN Deal", "live stream free", "iptv uk"],
        ["iptv-smarters-pro", "4kiptv-best", "streamfree-hd", "vpndeal-now"],
    ),
    "jobs": (
        ["Work From Home", "online jobs", "Earn Money Online", "Part Time Job"],
        ["homejobs-daily", "earn-online-fast", "remote-income", "clickworkpay"],
    ),
    "dating": (
        ["Meet Singles", "Ukrainian Brides", "dating site", "Asian Women"],
        ["meetsingles-now", "lovebrides", "datingmatch-xx", "sweetladies"],
    ),
    "hacker": (
        ["Hire A Hacker", "Phone Hacker", "Grade Changer", "Cyber Genie"],
        ["hireahacker-pro", "spyphone-expert", "cybergenie-hack", "ethicalhackers24"],
    ),
    "spell": (
        ["Dr Ogun spell caster", "Love Spell", "Powerful Spell Caster", "Lottery Spell"],
        ["drogun-temple", "lovespell-home", "powerfulspells", "spiritualhealer"],
    ),
    "goods": (
        ["Keto Gummies", "CBD Oil UK", "Solar Panels Cost", "Instagram Followers"],
        ["ketogummies-official", "cbdoil-uk", "solarquotes-now", "buyfollowers-real"],
    ),
}
GENERIC_NAMES = ["click here", "best deals", "visit website", "cheap price", "Top Reviews"]
PEOPLE = [
    "Linda Morgan",
    "Mrs. Clara Jensen",
    "Anthony Walker",
    "Jessica Brown",
    "Olivia Harris",
    "Robert Jones",
    "Emily Clarke",
    "Mary Elizabeth",
    "Kathy Dunn",
    "David Lee",
    "Sophia Williams",
    "Mark Anderson",
]
SHORT = ["bit.ly", "tinyurl.com", "cutt.ly", "t.ly", "is.gd", "rb.gy", "shorturl.at", "rebrand.ly"]
THROWAWAY = [
    "gmail.com",
    "outlook.com",
    "yahoo.com",
    "mail.ru",
    "yandex.ru",
    "proton.me",
    "hotmail.com",
    "mailinator.com",
    "yopmail.com",
    "163.com",
    "qq.com",
    "tutanota.com",
]


def shop(rng, fam):
    stem = rng.choice(FAMILIES.get(fam, (None, ["bestdeals-online"]))[1])
    path = rng.choice(
        ["", "", "/", f"/?ref={_digits(rng, 4)}", "/buy-now/", f"/{fam}/", f"/lp/{_chars(rng, 6).lower()}", "/index.php?id=7"]
    )
    return f"https://{rng.choice(['', 'www.', ''])}{stem}.{rng.choice(TLDS)}{path}"


def short_link(rng, fam):
    return f"https://{rng.choice(SHORT)}/{_chars(rng, rng.choice([5, 6, 7]))}"


def phone(rng, fam):
    return rng.choice(
        [
            f"+1 (8{rng.choice('0458')}{rng.choice('0458')}) {_digits(rng, 3)}-{_digits(rng, 4)}",
            f"+1-8{rng.choice('0458')}{rng.choice('0458')}-{_digits(rng, 3)}-{_digits(rng, 4)}",
            f"1 8 0 0 {' '.join(_digits(rng, 7))}",
            f"+44 7{_digits(rng, 3)} {_digits(rng, 6)}",
            f"+234 {rng.choice(['80', '81', '70'])}{_digits(rng, 1)} {_digits(rng, 3)} {_digits(rng, 4)}",
        ]
    )


def whatsapp(rng, fam):
    return rng.choice(
        [
            f"+{rng.choice(['1', '44', '234', '27', '971', '62'])}{_digits(rng, 10)}",
            f"+1 ({_digits(rng, 3)}) {_digits(rng, 3)} {_digits(rng, 4)}",
            f"wa.me/{rng.choice(['1', '234', '62'])}{_digits(rng, 10)}",
        ]
    )


def telegram(rng, fam):
    return (
        "@"
        + rng.choice(["crypto_", "fx_", "recovery", "slot", "support_", "hr_", "seo", "rich"])
        + rng.choice(["signals", "expert", "admin", "_official", "desk", "master", "gain"])
        + _digits(rng, rng.choice([0, 2, 3]))
    )


MAILBOXES = {
    "crypto": ["recoveryexpert", "legitfunds.recovery", "fxmentor.amanda"],
    "loans": ["fastloanfirm", "legitfunds", "globalcreditltd"],
    "spell": ["drogunspelltemple", "lovespellhome", "spiritualtemple"],
    "hacker": ["cyberhackgenie", "hackerspytech", "webrecoverypro"],
    "seo": ["seoagency.outreach", "rankingteam", "growth.seo"],
    "dating": ["sweetanna", "grace.lonely", "natalia.love"],
}


def contact_mail(rng, fam):
    user = rng.choice(MAILBOXES.get(fam, ["hr.recruitment", "sales.team"]))
    return (
        f"{user}{_digits(rng, rng.choice([0, 2, 3]))}@{rng.choice(['gmail.com', 'outlook.com', 'proton.me', 'yahoo.com', 'hotmail.com'])}"
    )


def article_sentence(rng, art):
    """The first sentence of the article, as scrapers copy it into the comment box."""
    first = re.split(r"(?<=[.!?])\s", art["body"].strip(), maxsplit=1)[0]
    return first if len(first) < 300 else first[:200].rsplit(" ", 1)[0] + "..."


SPAM_SLOTS = {
    "shop": shop,
    "shop2": shop,
    "short": short_link,
    "phone": phone,
    "wa": whatsapp,
    "tg": telegram,
    "mail": contact_mail,
    "amt": lambda rng, fam: rng.choice(["$45,000", "$120,000", "$8,700", "€30,000", "£62,500", "0.9 BTC", "$275,000"]),
    "person": lambda rng, fam: rng.choice(PEOPLE),
    "city": lambda rng, fam: rng.choice(["London", "Houston", "Toronto", "Sydney", "Manchester", "Dubai", "Chicago"]),
    "drug": lambda rng, fam: rng.choice(
        ["Viagra", "Cialis", "Tramadol", "Xanax", "Ozempic", "Adderall", "Oxycodone", "Modafinil", "Valium"]
    ),
}

# Disguises applied to a whole body.
CYRILLIC = str.maketrans("aceopxyiAEOPCHKMT", "асеорхуіАЕОРСНКМТ")
FULLWIDTH = str.maketrans({c: chr(ord(c) + 0xFEE0) for c in string.ascii_letters + string.digits})
BOLD = str.maketrans(
    {c: chr(0x1D5D4 + ord(c) - 65) for c in string.ascii_uppercase} | {c: chr(0x1D5EE + ord(c) - 97) for c in string.ascii_lowercase}
)


URL = re.compile(r"(https?://\S+)")


def outside_links(change):
    """A disguise that leaves the links in the text as they are, so they still work."""

    def disguise(rng, text):
        return "".join(part if URL.fullmatch(part) else change(rng, part) for part in URL.split(text))

    return disguise


homoglyph = outside_links(lambda rng, text: "".join(c.translate(CYRILLIC) if rng.random() < 0.6 else c for c in text))
zero_width = outside_links(lambda rng, text: "".join(c + ("\u200b" if c.isalpha() and rng.random() < 0.5 else "") for c in text))
fullwidth = outside_links(lambda rng, text: " ".join(w.translate(FULLWIDTH) if rng.random() < 0.7 else w for w in text.split(" ")))
bold = outside_links(lambda rng, text: text.translate(BOLD))


SPAM = [
    (
        "pharma-plain",
        "pharma",
        "kw",
        "Buy {drug} online without prescription, {cheap|discount} price, {fast|overnight} {delivery|shipping} {worldwide|to USA, UK and EU}: {shop}",
    ),
    (
        "pharma-homoglyph",
        "pharma",
        "kw",
        "{Ozempic|Semaglutide|Wegovy} pens in stock, no prescription needed, {discreet|fast} delivery. Order here {shop}",
        homoglyph,
    ),
    ("pharma-spaced", "pharma", "bot", "V I A G R A {50|100}mg only $0.{69|89|99} per pill → {short}"),
    (
        "pharma-whatsapp",
        "pharma",
        "person",
        "We sell {Adderall|Oxycodone|Xanax|Percocet} {pills|tablets} with {stealth|discreet} shipping, no questions asked. WhatsApp: {wa}",
    ),
    ("pharma-bbcode", "pharma", "kw", "[url={shop}]buy {drug} online[/url] [url={shop2}]generic {drug}[/url] [b]best price[/b]"),
    (
        "casino-bonus",
        "casino",
        "kw",
        "{Best|Top} online casino {2026|this year} with {200|300}% welcome bonus and {free spins|no deposit bonus}. Play now at {shop}",
    ),
    (
        "casino-id",
        "casino",
        "kw",
        "Situs slot gacor {hari ini|terpercaya} {gampang maxwin|paling gacor}, daftar sekarang {langsung dapat bonus|bonus new member 100%} di {shop}",
    ),
    (
        "casino-vi",
        "casino",
        "kw",
        "Nhà cái uy tín {số 1|hàng đầu} Việt Nam, {tặng 100k|khuyến mãi 200%} khi đăng ký. Truy cập ngay: {shop}",
    ),
    (
        "betting-tips-tg",
        "casino",
        "bot",
        "{Fixed odds|Sure tips} {100%|2+ odds} every day, {no loss|guaranteed win}. {Join|Contact} our Telegram {tg}",
    ),
    (
        "casino-pt-tigrinho",
        "casino",
        "kw",
        "Ganhe dinheiro {no Pix|todo dia} com o {jogo do tigrinho|Fortune Tiger}! {Cadastre-se|Cadastro grátis} e {ganhe bônus|receba 50 giros}: {short}",
    ),
    ("casino-fullwidth", "casino", "kw", "Claim {your|a} FREE 500 spins {today|now} no deposit {casino|slots} {shop}", fullwidth),
    (
        "casino-tr",
        "casino",
        "kw",
        "Deneme bonusu veren siteler {2026|güncel liste}, {çevrimsiz|yatırımsız} bonus için {tıkla|hemen üye ol}: {shop}",
    ),
    (
        "loan-whatsapp",
        "loans",
        "person",
        "Do you need an {urgent|fast} loan? We offer loans at 2% interest rate, {no credit check|bad credit accepted}, {personal and business|any purpose}. Email {mail} or WhatsApp {wa}",
    ),
    (
        "loan-testimony",
        "loans",
        "person",
        "My name is {person}, I want to testify how I got a loan of {amt} from a {legit|genuine} lender after {three|two} other lenders scammed me. If you need a loan contact them on {mail}, they will not disappoint you. {God bless.|}",
    ),
    (
        "loan-payday",
        "loans",
        "kw",
        "{Payday loans|Cash advance} {same day|instant approval} {online|no paperwork}, up to $5000 {even with bad credit|in 10 minutes}: {shop}",
    ),
    ("loan-ru", "loans", "kw", "{Кредит|Займ} без отказа {онлайн|за 5 минут} {с плохой кредитной историей|без справок}: {shop}"),
    (
        "loan-id",
        "loans",
        "bot",
        "Pinjaman online {cepat cair|tanpa jaminan} tanpa BI checking, {bunga rendah|proses 1 jam}. Hubungi WA {wa}",
    ),
    (
        "loan-es",
        "loans",
        "kw",
        "{Préstamos|Créditos} {rápidos|inmediatos} sin buró, {aprobación en minutos|dinero hoy mismo}. {Solicita|Pide} el tuyo: {shop}",
    ),
    (
        "recovery-testimony",
        "crypto",
        "person",
        "I lost {amt} to a fake {bitcoin|forex|crypto} investment platform and thought it was gone for good until I contacted a recovery expert. Everything was {returned|recovered} within {48 hours|a week}. Reach them on {mail} or Telegram {tg}.",
    ),
    (
        "trading-mentor",
        "crypto",
        "person",
        "I started trading with {$500|$1000} and now earn {$8,000|$12,500} weekly thanks to {Mrs. Amanda Collins|Mr. James Carter}. {Message her|Message him} on Telegram {tg} {📈|💰}",
    ),
    (
        "airdrop-html",
        "crypto",
        "bot",
        '<a href="{shop}">Claim your {$PEPE2|$WLD|$ARB} airdrop</a> before the {snapshot|deadline}. {Connect wallet|Verify your wallet} to receive tokens.',
    ),
    (
        "celebrity-platform",
        "crypto",
        "kw",
        "{Elon Musk|A famous billionaire} {backs|invested in} this new AI trading platform that pays out daily. {Register|Sign up} before it closes: {short}",
    ),
    (
        "wallet-sync",
        "crypto",
        "bot",
        "Having issues with your {wallet|tokens}? {Sync|Validate|Rectify} your wallet on the decentralised {dapp|portal}: {shop}",
    ),
    (
        "seo-outreach",
        "seo",
        "person",
        "Hi, I noticed your website is not ranking on page 1 for {important|high-value} keywords. We can get you {top 3 rankings|more traffic} {in 30 days|at an affordable price}. Reply to {mail} for a free audit.",
    ),
    (
        "seo-backlinks",
        "seo",
        "kw",
        "{Selling|Offering} {DA 50+|high DA} guest posts and {dofollow|permanent} backlinks, {cheap|affordable} {packages|prices}: {shop}",
    ),
    (
        "seo-ru",
        "seo",
        "bot",
        "Прогон {сайта|вашего сайта} по {базам|форумам и блогам}, {рост|увеличение} трафика {гарантирован|за неделю}. Telegram {tg}",
    ),
    (
        "essay-order",
        "essay",
        "kw",
        "Struggling with {assignments|essays|your thesis}? {Professional|Native} writers, {plagiarism free|on time}, {24/7|any deadline}. Order at {shop}",
    ),
    (
        "essay-topic",
        "essay",
        "kw",
        "Great article about {topic}. Students who need an essay on this {can order one|should check} at {shop}",
    ),
    ("adult-singles", "adult", "kw", "{Hot|Lonely} {singles|girls} in {city} want to meet you tonight 😘 {short}"),
    ("adult-zw", "adult", "bot", "{free|no sign up} adult chat {with real girls|live cams} {now|tonight} {short}", zero_width),
    (
        "support-number",
        "support",
        "kw",
        "{Coinbase|QuickBooks|Binance|Delta Airlines} customer support number {phone} {24/7|toll free} {Coinbase|QuickBooks|Binance|Delta} support {phone}",
    ),
    (
        "support-question",
        "support",
        "bot",
        "How do I talk to a live person at {Expedia|Cash App|Southwest|Trust Wallet}? Call {phone} {and they fix it fast|to speak to an agent}.",
    ),
    (
        "replica",
        "fakes",
        "kw",
        "{Replica|AAA quality} {Rolex|Omega|Louis Vuitton|Gucci} {watches|bags} {best quality|1:1} {cheap|wholesale} prices {shop}",
    ),
    (
        "fake-docs",
        "fakes",
        "person",
        "Buy {real and fake|registered} passports, driver's licence, {IELTS certificate|residence permit}, {ID cards|visas}. WhatsApp {wa}",
    ),
    (
        "counterfeit-money",
        "fakes",
        "bot",
        "Buy {undetectable|top grade} counterfeit {euros|dollars|pounds} {that pass the pen test|with UV features}. Telegram {tg}",
    ),
    (
        "iptv",
        "stream",
        "kw",
        "{Best|Cheapest} IPTV {subscription|provider} {2026|UK}, 20000+ channels, {4K|HD}, {free trial|24h trial}: {shop}",
    ),
    ("stream-sports", "stream", "bot", "Watch {Premier League|UFC|NBA} live free HD stream → {short} {⚽|🥊|🏀}"),
    ("vpn-deal", "stream", "kw", "Unblock any site with {NordGuard|SafeTunnel} VPN, {80|90}% off today only {shop}"),
    (
        "wfh-classic",
        "jobs",
        "person_url",
        "{I'm|Im} making over {$7000|$15000} a month working from home. {I never thought it was possible|My friend showed me this}. {This is what I do|Go to this site}: {shop}",
    ),
    (
        "wfh-hr",
        "jobs",
        "bot",
        "Hiring now! Part-time online {job|work}, {$300|$500}/day, no experience needed. Contact HR on WhatsApp {wa}",
    ),
    (
        "dating-dear",
        "dating",
        "person",
        "Hello dear, I {saw|read} your comment and I {like|liked} it. I am {Anna|Natalia|Grace}, single lady, {27|31} years, I want to know you. Write me at {mail}",
    ),
    (
        "dating-site",
        "dating",
        "kw",
        "Looking for a serious relationship? {Thousands of|10,000+} verified {women|ladies} from {Ukraine|Asia|Latin America} waiting {for you|online now}: {shop}",
    ),
    (
        "hacker-hire",
        "hacker",
        "person",
        "Need to {catch a cheating spouse|hack a phone|change university grades|recover a hacked account}? Contact {the expert|a professional hacker} at {mail}, {fast and discreet|100% guaranteed}.",
    ),
    (
        "spell-caster",
        "spell",
        "person",
        "{Dr. Ogun|Priest Ajayi|Dr. Okosun} brought my {ex|husband|wife} back in {48|72} hours {with his powerful love spell|after 2 years apart}. Contact him on WhatsApp {wa} or email {mail}",
    ),
    (
        "praise-url",
        "seo",
        "kw",
        "{Great|Excellent|Nice} {post|article|read}, {very informative|really helpful}. {Keep it up|Thanks for sharing}!",
    ),
    (
        "praise-machine",
        "essay",
        "person_url",
        "This is {a truly|an exceptionally} {insightful|well-researched} piece on {topic}. I {appreciate|value} the {depth|clarity} of {analysis|research} and look forward to {reading more|more content like this}.",
    ),
    ("scraped-article", "goods", "kw", "{article}"),
    (
        "scraped-reader",
        "pharma",
        "kw",
        "{I live near|My cousin lives in} {place} and {nobody|no one} {expected|saw} this coming. {Sad times.|Thoughts with everyone there.}",
    ),
    (
        "markdown-links",
        "casino",
        "bot",
        "[{online casino|casino bonus}]({shop}) | [{free spins|live roulette}]({shop2}) | [{sports betting|bet now}]({short})",
    ),
    (
        "html-list",
        "goods",
        "bot",
        '<a href="{shop}">{keto gummies|CBD oil}</a>, <a href="{shop2}">{buy followers|solar quotes}</a>, <a href="{short}">{best price|official site}</a>',
    ),
    ("bold-unicode", "crypto", "kw", "{CLAIM|GET} YOUR {FREE|BONUS} BITCOIN {NOW|TODAY} {shop}", bold),
    ("zh-casino", "casino", "kw", "{澳门|线上}{赌场|娱乐城}，{注册|首存}{送88元|送188元}，{官网|网址}：{shop}"),
    ("zh-tg", "seo", "bot", "{专业|承接}{刷单|引流|代发外链}，{飞机|纸飞机}联系 {tg}"),
    ("ar-certs", "fakes", "bot", "{شهادات جامعية|شهادات معتمدة} للبيع {بدون دراسة|خلال أسبوع}، للتواصل واتساب {wa}"),
    ("short-profile", "dating", "kw", "{check my profile|visit my page|click my name} {😍|😘|💋}"),
    ("short-nolink", "loans", "kw", "{nice info|good info|very nice}. thanks {admin|sir}"),
    (
        "tg-channel",
        "crypto",
        "bot",
        "Join {our channel|the VIP group} for {free signals|pump alerts} t.me/{cryptosignalsvip|pumpgroup_official}",
    ),
    (
        "keyword-dump",
        "goods",
        "kw",
        "{keto gummies|cbd oil uk}, {solar panel cost|cheap solar}, {buy instagram followers|tiktok likes}, {best price|free shipping} {shop}",
    ),
    (
        "clickbait",
        "goods",
        "bot",
        "{SHOCKING|UNBELIEVABLE}: {doctors|scientists} {hate|reveal} this {one weird trick|secret} to {lose 10kg|cure diabetes} in {2 weeks|7 days} {short}",
    ),
    (
        "followers",
        "goods",
        "kw",
        "Buy {Instagram|TikTok|YouTube} {followers|likes|views} {real and active|cheap}, {instant delivery|no password}: {shop}",
    ),
    ("no-scheme-link", "pharma", "bot", "{cheap|generic} {drug} {here|from} {rxmeds-direct|pillsdepot24}[.]{com|shop} {no rx|fast}"),
    ("phone-casino-ru", "casino", "bot", "{Казино|Онлайн казино} {с бонусом|без депозита} {1000|500} фриспинов, {пиши|звони} {phone}"),
    (
        "lottery-spell",
        "spell",
        "person",
        "I {won|finally won} the {lottery|Powerball|EuroMillions} after {Dr. Ogun|Priest Ajayi} cast a {lottery|money} spell for me. {Do not doubt him.|He is real.} Email {mail}",
    ),
    (
        "grades-hacker",
        "hacker",
        "person",
        "{My grades were changed|I got my GPA changed to 3.9|He cleared my criminal record} {in 24 hours|overnight} {thanks to|by} {a hacker|a genius} I found here. Text {wa} {for help|and mention my name}",
    ),
    (
        "recovery-es",
        "crypto",
        "person",
        "Perdí {amt} en una {estafa|plataforma falsa} de {criptomonedas|inversión} y {gracias a|con la ayuda de} un experto {recuperé|recuperamos} todo. {Escríbele|Contáctalo} a {mail}",
    ),
    (
        "pharma-id",
        "pharma",
        "kw",
        "{Obat kuat|Obat pelangsing} {asli|original} {100%|terbukti}, {COD|bayar di tempat} seluruh Indonesia, {pesan|order} di {shop} {atau WA|WA} {wa}",
    ),
    (
        "wfh-de",
        "jobs",
        "person_url",
        "Ich verdiene {jetzt|seit Monaten} {4.000|6.500} Euro im Monat {von zu Hause|im Homeoffice} mit {nur 2 Stunden am Tag|meinem Laptop}. {Hier|Schau} {mehr|hier}: {short}",
    ),
    (
        "ja-casino",
        "casino",
        "kw",
        "{オンラインカジノ|ネットカジノ}{入金不要ボーナス|登録ボーナス}{30ドル|50ドル}プレゼント！{今すぐ|詳しくは}{short}",
    ),
]


def spam_identity(rng, fam, who):
    names, _ = FAMILIES.get(fam, (GENERIC_NAMES, None))
    throwaway = f"{_chars(rng, rng.randint(5, 10), string.ascii_lowercase)}{_digits(rng, rng.randint(0, 4))}@{rng.choice(THROWAWAY)}"
    if who == "kw":
        return rng.choice(names + GENERIC_NAMES[:2]), throwaway, shop(rng, fam)
    if who == "bot":
        return (
            f"{rng.choice(['james', 'user', 'anna', 'mike', 'jen', 'bob'])}{_digits(rng, 4)}",
            throwaway,
            rng.choice(["", "", shop(rng, fam)]),
        )
    return rng.choice(PEOPLE), throwaway, shop(rng, fam) if who == "person_url" else ""


# ---------------------------------------------------------------------------------------------


def fill(rng, text, slots, *args):
    def one(m):
        key = m.group(1)
        return slots[key](rng, *args) if key in slots else m.group(0)

    return re.sub(r"\{(\w+)\}", one, spin(rng, text))


def tidy(body):
    return re.sub(r" {2,}", " ", body).strip()


def spread(rng, templates, total):
    """Each template about total/len times; the order shuffled."""
    picks = [templates[i % len(templates)] for i in range(total)]
    rng.shuffle(picks)
    return picks


def build():
    rng = random.Random(SEED)
    arts = [a for a in articles(WIKINEWS) if a["id"] in TOPICS]
    by_id = {a["id"]: a for a in arts}
    assert len(arts) == len(TOPICS) == 40
    cycle = arts * 30
    rng.shuffle(cycle)
    items, seen = [], set()

    def article_for(i, only):
        return by_id[rng.choice(only)] if only else cycle[i]

    for i, (key, lang, site, text, *only) in enumerate(spread(rng, HAM, 300)):
        for _ in range(30):
            art = article_for(i, only[0] if only else None)
            body = tidy(fill(rng, text, SLOTS, art))
            if body not in seen:
                break
        seen.add(body)
        if site == "org":
            name, url = rng.choice(ORGS)
            email = f"{rng.choice(['info', 'hello', 'contact', 'volunteers'])}@{url.split('/')[2].removeprefix('www.')}"
        else:
            name, email, url = reader(rng, lang, site == "site")
        items.append(
            {"label": "ham", "source": f"heldback3:ham:{key}", "article": art["id"], "body": body, "name": name, "email": email, "url": url}
        )

    for i, (key, fam, who, text, *disguise) in enumerate(spread(rng, SPAM, 300)):
        art = cycle[300 + i]
        slots = SPAM_SLOTS | {
            "topic": lambda rng, fam, art=art: TOPICS[art["id"]][0],
            "place": lambda rng, fam, art=art: TOPICS[art["id"]][1],
            "article": lambda rng, fam, art=art: article_sentence(rng, art),
        }
        for _ in range(30):
            body = tidy(fill(rng, text, slots, fam))
            body = disguise[0](rng, body) if disguise else body
            if body not in seen:
                break
        seen.add(body)
        name, email, url = spam_identity(rng, fam, who)
        items.append(
            {
                "label": "spam",
                "source": f"heldback3:spam:{key}",
                "article": art["id"],
                "body": body,
                "name": name,
                "email": email,
                "url": url,
            }
        )

    rng.shuffle(items)
    return items


def links(body):
    return len(re.findall(r"(?:https?://|www\.)\S+", body))


if __name__ == "__main__":
    items = write_set(NAME, build())
    ham = [i for i in items if i["label"] == "ham"]
    counts = [links(i["body"]) for i in ham]
    print(
        f"ham links in body: 0: {counts.count(0)}, 1: {counts.count(1)}, 2+: {sum(c >= 2 for c in counts)}; with a website: {sum(bool(i['url']) for i in ham)}"
    )
    print(f"templates: {len(HAM)} ham, {len(SPAM)} spam")

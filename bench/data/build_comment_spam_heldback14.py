"""Build comment_spam_heldback14.jsonl: the fourteenth held-back set (300 ham, 300 spam).

Written blind: without opening comments/ or bench/comment_spam.py, without reading any earlier
set's .jsonl or any earlier builder's templates (only the first lines of one builder, for the
import style), without reading git history, and without running any filter over this set (see
bench/data/README.md). Comments go under a seeded draw from both corpora (English Wikinews, CC BY
2.5 / public domain; Global Voices 2022 teasers, CC BY 3.0), 1 to 5 per article. From an article
a comment takes only what `facts()` derives from its date: `%wd%` (weekday), `%dom%` (day of the
month as an ordinal) and, inside cited links, a date at or up to three days after it; never the
title, teaser, author, category or a phrase of the body. Run from anywhere:
`python3 bench/data/build_comment_spam_heldback14.py`.
"""

import datetime
import random
import re
import string
import unicodedata

from comment_sets import GLOBAL_VOICES, WIKINEWS, articles, spin, write_set

rng = random.Random(20261128_14)

# ---------------------------------------------------------------- articles and what comments take


def ordinal(n):
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def facts(art):
    day = datetime.date.fromisoformat(art["date"])
    return {"wd": day.strftime("%A"), "dom": ordinal(day.day), "date": day}


POOL = articles(WIKINEWS) + articles(GLOBAL_VOICES)
rng.shuffle(POOL)
SLOTS = []
for art in POOL:
    SLOTS.extend([art] * rng.randint(1, 5))
    if len(SLOTS) >= 600:
        break
SLOTS = SLOTS[:600]
rng.shuffle(SLOTS)
HAM_SLOTS, SPAM_SLOTS = SLOTS[:300], SLOTS[300:]

# ---------------------------------------------------------------- small random pieces

ALNUM = string.ascii_letters + string.digits
LOWER = string.ascii_lowercase + string.digits


def rnd(n, alphabet=ALNUM):
    return "".join(rng.choice(alphabet) for _ in range(n))


def digits(n):
    return str(rng.randint(1, 9)) + "".join(rng.choice(string.digits) for _ in range(n - 1))


def link_date(art):
    day = facts(art)["date"] + datetime.timedelta(days=rng.randint(0, 3))
    return day


SLUGS = [
    "aid-convoy-reaches-border-town-after-two-week-delay",
    "election-results-delayed-as-opposition-alleges-fraud",
    "flooding-displaces-thousands-in-low-lying-districts",
    "central-bank-raises-rates-for-third-time-this-year",
    "ceasefire-talks-stall-over-prisoner-exchange",
    "journalist-detained-at-airport-released-on-bail",
    "protesters-return-to-streets-over-fuel-price-rise",
    "court-suspends-controversial-media-law",
    "cholera-cases-rise-as-water-systems-fail",
    "minister-resigns-after-leaked-recordings",
    "drought-pushes-food-prices-to-record-high",
    "internet-shutdown-enters-second-week",
    "un-envoy-warns-of-humanitarian-collapse",
    "teachers-strike-closes-schools-across-the-country",
    "rescue-teams-search-rubble-after-earthquake",
    "parliament-votes-to-extend-state-of-emergency",
    "refugees-stranded-at-closed-crossing",
    "power-cuts-of-up-to-12-hours-a-day-spark-anger",
]
REGIONS = ["africa", "asia-pacific", "europe", "americas", "middle-east"]
WIKI = [
    "Internally_displaced_person",
    "Exchange_rate",
    "State_of_emergency",
    "Universal_Postal_Union",
    "Freedom_of_the_press",
    "Humanitarian_corridor",
    "Hawala",
    "Purchasing_power_parity",
    "List_of_countries_by_population",
    "Separation_of_powers",
    "Pig_butchering_scam",
    "Advance-fee_scam",
]
HANDLES_SOC = ["kofi_reports", "m_alvarado", "tariqwrites", "lenafromkyiv", "samir_t", "the_oleander", "rvk_notes"]


def slug():
    return rng.choice(SLUGS)


def url_of(kind, art):
    d = link_date(art)
    y, m, dd = d.year, f"{d.month:02d}", f"{d.day:02d}"
    mon = d.strftime("%b").lower()
    makers = {
        "reuters": lambda: f"https://www.reuters.com/world/{rng.choice(REGIONS)}/{slug()}-{y}-{m}-{dd}/",
        "bbc": lambda: (
            f"https://www.bbc.co.uk/news/world-{rng.choice(REGIONS)}-{digits(8)}{rng.choice(['', '?at_medium=RSS&at_campaign=rss', '.amp'])}"
        ),
        "guardian": lambda: (
            f"https://www.theguardian.com/world/{y}/{mon}/{dd}/{slug()}{rng.choice(['', '?CMP=share_btn_url', '?CMP=Share_AndroidApp_Other'])}"
        ),
        "aljazeera": lambda: f"https://www.aljazeera.com/news/{y}/{int(m)}/{int(dd)}/{slug()}",
        "ap": lambda: f"https://apnews.com/article/{slug()}-{rnd(32, '0123456789abcdef')}",
        "nyt": lambda: (
            f"https://www.nytimes.com/{y}/{m}/{dd}/world/{rng.choice(['africa', 'asia', 'europe', 'americas', 'middleeast'])}/{slug()}.html?smid=nytcore-ios-share&referringSource=articleShare"
        ),
        "dw": lambda: f"https://www.dw.com/en/{slug()}/a-{digits(8)}",
        "cnn": lambda: f"https://edition.cnn.com/{y}/{m}/{dd}/world/{slug()}-intl/index.html",
        "wiki": lambda: rng.choice(["https://en.wikipedia.org/wiki/", "https://en.m.wikipedia.org/wiki/"]) + rng.choice(WIKI),
        "youtube": lambda: rng.choice(
            [f"https://www.youtube.com/watch?v={rnd(11)}&t={rng.randint(30, 2400)}s", f"https://youtu.be/{rnd(11)}?si={rnd(16)}"]
        ),
        "un": lambda: f"https://news.un.org/en/story/{y}/{m}/{digits(7)}",
        "reliefweb": lambda: (
            f"https://reliefweb.int/report/{rng.choice(['sudan', 'haiti', 'myanmar', 'yemen', 'somalia', 'mozambique'])}/{slug()}"
        ),
        "govuk": lambda: (
            f"https://www.gov.uk/foreign-travel-advice/{rng.choice(['kenya', 'peru', 'nepal', 'tunisia', 'sri-lanka'])}/safety-and-security"
        ),
        "state": lambda: (
            f"https://travel.state.gov/content/travel/en/international-travel/International-Travel-Country-Information-Pages/{rng.choice(['Nepal', 'Peru', 'Kenya', 'Tunisia'])}.html"
        ),
        "doi": lambda: f"https://doi.org/10.{rng.randint(1000, 1200)}/{rnd(4, LOWER)}.{y}.{digits(6)}",
        "wayback": lambda: (
            f"https://web.archive.org/web/{y}{m}{dd}{digits(6)}/https://www.{rng.choice(['ministry-of-interior.gov', 'electoral-commission.org', 'statehouse.go'])}.example/press/{digits(4)}"
        ),
        "archiveph": lambda: f"https://archive.ph/{rnd(5)}",
        "x": lambda: f"https://x.com/{rng.choice(HANDLES_SOC)}/status/{digits(19)}{rng.choice(['', '?s=20', '?s=46&t=' + rnd(22)])}",
        "bsky": lambda: (
            f"https://bsky.app/profile/{rng.choice(HANDLES_SOC).replace('_', '')}.bsky.social/post/3l{rnd(11, 'abcdefghijklmnopqrstuvwxyz234567')}"
        ),
        "masto": lambda: f"https://{rng.choice(['mastodon.social', 'mas.to', 'journa.host'])}/@{rng.choice(HANDLES_SOC)}/{digits(18)}",
        "reddit": lambda: (
            f"https://www.reddit.com/r/{rng.choice(['worldnews', 'europe', 'africa', 'geopolitics'])}/comments/{rnd(6, LOWER)}/{slug().replace('-', '_')}/"
        ),
        "local": lambda: rng.choice(
            [
                f"https://www.dawn.com/news/{digits(7)}",
                f"https://www.thehindu.com/news/international/{slug()}/article{digits(8)}.ece",
                f"https://www.rnz.co.nz/news/world/{digits(6)}/{slug()}",
                f"https://nation.africa/kenya/news/{slug()}-{digits(7)}?utm_source=whatsapp&utm_medium=social",
                f"https://www.abc.net.au/news/{y}-{m}-{dd}/{slug()}/{digits(9)}",
                f"https://www.premiumtimesng.com/news/headlines/{digits(6)}-{slug()}.html",
                f"https://www.rappler.com/world/{slug()}/",
                f"https://www.buenosairesherald.com/world/{slug()}",
            ]
        ),
        "maps": lambda: rng.choice(
            [
                f"https://maps.app.goo.gl/{rnd(17)}",
                f"https://www.openstreetmap.org/#map=14/{rng.uniform(-30, 50):.4f}/{rng.uniform(-80, 120):.4f}",
                f"https://www.google.com/maps/@{rng.uniform(-30, 50):.7f},{rng.uniform(-80, 120):.7f},{rng.randint(12, 17)}z",
            ]
        ),
        "blog": lambda: rng.choice(
            [
                f"https://{rng.choice(['fieldnotes', 'theslowwire', 'borderlands', 'marginalia'])}.substack.com/p/{slug()}",
                f"https://{rng.choice(['hamidtravels', 'notesfromlagos', 'kafeneio'])}.wordpress.com/{y}/{m}/{dd}/{slug()}/",
                f"https://medium.com/@{rng.choice(HANDLES_SOC)}/{slug()}-{rnd(12, '0123456789abcdef')}",
            ]
        ),
        "fraud": lambda: rng.choice(
            [
                "https://www.actionfraud.police.uk/reporting-fraud-and-cyber-crime",
                "https://reportfraud.ftc.gov/",
                "https://www.scamwatch.gov.au/report-a-scam",
                "https://www.ic3.gov/",
                "https://antifraudcentre-centreantifraude.ca/report-signalez-eng.htm",
            ]
        ),
        "donate": lambda: rng.choice(
            [
                "https://www.icrc.org/en/donate",
                "https://www.msf.org/donate",
                "https://www.unicef.org/emergencies",
                "https://www.ifrc.org/donate",
            ]
        ),
        "data": lambda: rng.choice(
            [
                f"https://data.worldbank.org/indicator/{rng.choice(['SP.POP.TOTL', 'NY.GDP.PCAP.CD', 'FP.CPI.TOTL.ZG'])}?locations={rng.choice(['KE', 'PE', 'NP', 'TN', 'PH', 'GH'])}",
                f"https://ourworldindata.org/grapher/{rng.choice(['share-of-population-in-extreme-poverty', 'life-expectancy', 'press-freedom-index'])}",
                f"https://data.unhcr.org/en/situations/{rng.choice(['sudansituation', 'ukraine', 'rohingya'])}",
            ]
        ),
        "fb": lambda: f"https://www.facebook.com/share/p/{rnd(16)}/",
    }
    return makers[kind]()


# ---------------------------------------------------------------- names, mailboxes, websites (ham)

FREE = [
    "gmail.com",
    "yahoo.com",
    "outlook.com",
    "hotmail.com",
    "proton.me",
    "icloud.com",
    "gmx.de",
    "yandex.ru",
    "web.de",
    "mail.ru",
    "orange.fr",
    "libero.it",
    "yahoo.co.uk",
    "rediffmail.com",
    "naver.com",
    "qq.com",
    "btinternet.com",
    "fastmail.com",
    "tutanota.com",
    "wp.pl",
    "seznam.cz",
    "aol.com",
    "live.co.za",
    "bigpond.com",
]

HAM_NAMES = {
    "en": [
        "Margaret Oduya",
        "Tom Hadley",
        "Priya Raman",
        "Chidi Okeke",
        "Hannah Lindqvist",
        "Rafael Souza",
        "Deborah Klein",
        "Aziz Karimov",
        "Niamh Byrne",
        "Jae-won Lim",
        "Farah",
        "Kwame",
        "Steve",
        "Liesl",
        "Omar",
        "Bea",
        "Ravi M.",
        "grumpy_in_leeds",
        "nomadicmarta",
        "thabo.writes",
        "pkd1974",
        "OldSailor",
        "Auntie Flo",
        "Big Mike",
        "Tariq from Peshawar",
        "Ines in Porto",
        "a reader in Nairobi",
        "Julian (Melbourne)",
        "kathy h",
        "dr_ngozi",
        "Ming",
        "Sunil Varghese",
        "Ewa K.",
        "Paddy O'Rourke",
        "Alejandra Ruiz",
        "Yusuf Demir",
        "Guest",
        "J",
        "Anonymous",
        "mx. rowan",
        "Cape Coast Reader",
        "Harbourview Bookshop",
        "Kilimani Tailors",
        "Riverside Tenants Association",
        "Mama Ashanti's Kitchen",
        "Brightwater Community Radio",
    ],
    "es": ["Lucía Fernández", "Memo R.", "Carlos Quispe", "la_profe_ana", "Diego (Monterrey)"],
    "fr": ["Amélie Durand", "Moussa Traoré", "Jean-Phi", "claire.b", "Ousmane depuis Dakar"],
    "de": ["Jörg Reinhardt", "Sabine W.", "lukas_hh", "Dr. Petra Vogel"],
    "pt": ["Thiago Nascimento", "Dona Fátima", "rafa.bh", "Aline Cardoso"],
    "it": ["Giorgio Bellandi", "Fede", "Chiara M."],
    "tr": ["Elif Yılmaz", "Murat K.", "denizci_54"],
    "ar": ["محمد العلي", "Layla H.", "أبو سامي"],
    "ru": ["Сергей П.", "Наталья", "vovan_77"],
    "uk": ["Оксана Бойко", "Тарас", "kyivska_mama"],
    "pl": ["Marek Nowicki", "Kasia", "Zbyszek z Łodzi"],
    "id": ["Budi Santoso", "Mbak Rina", "andre_jkt"],
    "tl": ["Jomar Reyes", "Ate Cherry", "pinoy_sa_dubai"],
    "sw": ["Wanjiru Kamau", "Baraka", "Mzee Juma"],
    "hi": ["Ankit Sharma", "Sunita", "desi_uncle"],
    "ja": ["佐藤健", "みなみ", "tanaka_k"],
    "ko": ["김민준", "지연", "seoul_daddy"],
    "zh": ["陳志明", "小林", "taipei_ray"],
    "vi": ["Nguyễn Thu Hà", "Minh", "anh_sg"],
    "nl": ["Pieter de Vries", "Annelies", "bram_ut"],
    "fa": ["Reza", "سارا", "Mehdi K."],
    "cs": ["Jana Horáková", "Pepa", "tomas_brno"],
    "ha": ["Aminu Bello", "Hauwa", "mallam_sani"],
}
BUSINESS = {
    "Harbourview Bookshop": "harbourviewbooks.co.uk",
    "Kilimani Tailors": "kilimanitailors.co.ke",
    "Riverside Tenants Association": "riversidetenants.org",
    "Mama Ashanti's Kitchen": "mamaashantis.com.gh",
    "Brightwater Community Radio": "brightwaterfm.org.au",
    "Cape Coast Reader": None,
}


def ascii_fold(text):
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", ".", folded.lower()).strip(".")


def ham_email(name):
    if BUSINESS.get(name):
        return f"{rng.choice(['info', 'hello', 'office', 'contact'])}@{BUSINESS[name]}"
    local = ascii_fold(name)
    if not local or name in ("Guest", "Anonymous", "J"):
        local = rng.choice(["reader", "newsfan", "nobody", "anon"]) + digits(3)
    if rng.random() < 0.4:
        local = local.replace(".", rng.choice(["", "_", "."]))
    if rng.random() < 0.35:
        local += digits(rng.choice([2, 2, 4]))
    return f"{local}@{rng.choice(FREE)}"


def ham_site(name):
    if BUSINESS.get(name):
        return f"https://{rng.choice(['', 'www.'])}{BUSINESS[name]}/"
    h = ascii_fold(name).replace(".", "") or "reader" + digits(3)
    return rng.choice(
        [
            f"https://{h}.substack.com",
            f"https://mastodon.social/@{h}",
            f"https://{rng.choice(['hachyderm.io', 'mastodon.online', 'sciences.social'])}/@{h}",
            f"https://github.com/{h}",
            f"https://www.linkedin.com/in/{ascii_fold(name).replace('.', '-')}-{rnd(8, LOWER)}/",
            f"https://{h}.wordpress.com/",
            f"https://{h}.blogspot.com/",
            f"https://{h}.net",
            f"https://www.{h}.com/blog/",
            f"https://bsky.app/profile/{h}.bsky.social",
            f"https://www.flickr.com/photos/{h}/",
        ]
    )


# ---------------------------------------------------------------- ham templates: (id, language, body)
# %u:kind% is a cited link (see url_of), %wd% / %dom% come from the article's date.

HAM = [
    (
        "thanks-plain",
        "en",
        "{Thank you for|Thanks for|Appreciate} {covering this|reporting this|keeping this on the front page}. {Hardly anyone else is.|Most outlets dropped it weeks ago.|Nobody where I live has heard of it.}",
    ),
    (
        "thanks-translation",
        "en",
        "Thanks for publishing this in English, {my parents|my grandmother|half my family} can finally send me something I can forward to my {colleagues|flatmates|partner's family}.",
    ),
    ("oneword", "en", "{Grim.|Unbelievable.|Heartbreaking.|Finally.|Wow.|Sad.|Shameful.|Predictable.|Good.}"),
    ("emoji-only", "en", "{🙏|💔|😔🙏|👏👏👏|🤦‍♂️|😡|🕊️|🙏🏽💔}"),
    (
        "agree-short",
        "en",
        "{Exactly this.|This. 100%.|Couldn't agree more.|Well put, whoever wrote this.|Spot on.} {The|That} {last paragraph|closing line|quote near the end} says it all.",
    ),
    (
        "dissent-framing",
        "en",
        "I think the framing here is {off|lopsided|too generous to the government}. You quote {two ministers|the army spokesman|officials} at length and {not a single|only one} {resident|person who actually lives there}.",
    ),
    (
        "dissent-headline",
        "en",
        "The headline {oversells|doesn't match} what's in the piece. {Nobody is quoted saying that.|Read past the second paragraph, folks.|\"Crisis\" is doing a lot of work there.}",
    ),
    (
        "anger-caps",
        "en",
        "AND NOBODY WILL BE HELD {RESPONSIBLE|ACCOUNTABLE}. {AS USUAL.|SAME AS LAST TIME.|MARK MY WORDS.} {Sorry for shouting.|}",
    ),
    (
        "sarcasm-inquiry",
        "en",
        "Oh good, {another inquiry|a commission|a task force}. {I'm sure this one will be different.|That always fixes everything.|Can't wait for the report in 2031.}",
    ),
    (
        "sarcasm-thoughts",
        "en",
        '"{Deeply concerned|Monitoring the situation closely}" — {the international community|the usual capitals} {have really outdone themselves this time|must be exhausted from all that concern}.',
    ),
    (
        "joke-potholes",
        "en",
        "{If only|Imagine if} our {council|municipality} fixed potholes as fast as {these guys|this government} {find|invent} new taxes 😂",
    ),
    (
        "joke-acronym",
        "en",
        "I {counted|stopped counting at} {seven|nine|eleven} acronyms in this article. {Is there a glossary?|Need a decoder ring.|My brain.}",
    ),
    (
        "question-update",
        "en",
        "{Any update on this?|Is there a follow-up?|Did anything come of this in the end?} {Searched and couldn't find one.|Would love to know how it turned out.|It seems to have vanished from the news.}",
    ),
    (
        "question-source",
        "en",
        "Where does the {figure|number} in the {third|fourth|second} paragraph come from? {Not doubting it, just want to cite it.|Genuinely asking, I need it for a class.|Is it an official estimate or an NGO one?}",
    ),
    (
        "question-help",
        "en",
        "Is there {any way|a reliable way} for {people abroad|those of us overseas} to help that doesn't go through {a government|some random GoFundMe}? {Local groups preferably.|Recommendations welcome.}",
    ),
    (
        "question-why-care",
        "en",
        "{Honest question|Not trolling}: why should {someone in Ohio|a reader in Manchester|people like me} care about this? {Convince me.|What's the knock-on effect?}",
    ),
    (
        "reply-why-care",
        "en",
        "@{Guest|Anonymous|the person above asking why we should care} because {the same supply chains run through your supermarket|it's where your phone's cobalt comes from|people are people}. {Start there.|That's enough reason.}",
    ),
    (
        "correction-date",
        "en",
        "Small correction: the {law|agreement|decree} was {signed|passed} in {1994|2003|2011}, not {1996|2005|2013}. {Easy to mix up.|Otherwise a good piece.}",
    ),
    (
        "correction-figure",
        "en",
        "I think there's a zero missing: {1.2 million|340,000|12 million}, not {120,000|34,000|1.2 million}, according to the {census|electoral roll|UN's own} figures. {Happy to be corrected.|}",
    ),
    (
        "correction-typo",
        "en",
        "{Typo in the caption|Typo in paragraph two}: \"{goverment|parliment|refugess}\". {Sorry, I'm that person.|Can't unsee it.}",
    ),
    (
        "correction-title",
        "en",
        "He's not the {prime minister|foreign minister|governor} anymore, he {resigned|was replaced} {last spring|in the reshuffle|two years ago}. {Should say former.|Minor but it matters.}",
    ),
    (
        "local-power",
        "en",
        "I live {there|about 40 km from there}. {Power is out eight hours a day|We get four hours of electricity|The grid goes down every evening}, {the|our} {generator|inverter} {costs more in diesel than our rent|is older than my son}. Nobody {in the capital|on TV} talks about it.",
    ),
    (
        "local-prices",
        "en",
        "For context from {the ground|someone who lives there}: {a loaf of bread|a kilo of rice|a litre of cooking oil} was {300|120|45} a year ago, now it's {900|410|160}. Salaries haven't moved.",
    ),
    (
        "local-call-home",
        "en",
        "{Finally got through to|Spoke to} my {mum|father|brother} {last night|this morning}. {They're okay but|They are safe, however} the {neighbours|shop downstairs|school} {lost everything|is gone}. {Thank you for not forgetting them.|Please keep reporting.}",
    ),
    (
        "local-taxi",
        "en",
        "My {taxi driver|barber|landlord} {back home|in the city} said {almost word for word|pretty much} what the woman in this piece says. {Sad that it's so universal.|That's how you know it's real.}",
    ),
    (
        "local-checkpoint",
        "en",
        '{Took the bus|Drove} through that area in {March|the summer|October}. {Six|Nine|Eleven} checkpoints in 80 km, and at {half|most} of them you pay "{tea money|a fee|for the stamp}". The article is accurate.',
    ),
    (
        "job-nurse",
        "en",
        "{Nurse here|ICU nurse here|Midwife here}, {did a rotation|volunteered} {with an NGO|in a field hospital} near there. {The shortages are worse than described.|Nobody who hasn't been there understands the heat and the queues.}",
    ),
    (
        "job-teacher",
        "en",
        "As a {secondary school|primary} teacher I {used|am going to use} this {piece|article} with my {Year 10s|students} tomorrow. {They always ask why the news skips these places.|Great discussion starter.}",
    ),
    (
        "job-pilot",
        "en",
        "{Retired airline pilot|Former air traffic controller}. {The route change mentioned|Closing that airspace} {adds two hours|costs airlines a fortune} and {nobody flies over there anyway|insurers decide these things, not governments}.",
    ),
    (
        "job-lawyer",
        "en",
        "{Immigration lawyer here.|I practise asylum law.} {The appeal process|What the article calls \"processing\"} {takes 18 months on a good day|depends entirely on which judge you draw}. {Don't believe the ministry's timelines.|}",
    ),
    (
        "job-farmer",
        "en",
        "{We grow|I farm} {maize|coffee|sorghum} {a couple of hundred km away|in the next province}. {Fertiliser doubled since this was written.|The rains failed again.} {Nobody's coming to help, we know that.|}",
    ),
    (
        "job-dev",
        "en",
        '{Software dev|Network engineer} here. {When they say the internet was "slowed", that\'s throttling at the two upstream providers, easy to spot on traceroute.|VPNs stop working first, then everything else. Same playbook every time.}',
    ),
    (
        "job-translator",
        "en",
        '{Translator by trade|I translate for a living}: the word {rendered|translated} as "{unrest|riots}" {in the quote|} is closer to "{disturbances|trouble}" in the original. {Tone matters.|Softer than it reads here.}',
    ),
    (
        "job-student",
        "en",
        "{Using this|Citing this} for my {dissertation|MA thesis|term paper} on {displacement|media freedom|food security}. {Is it okay to cite a comment section? jk.|Thanks for linking sources.}",
    ),
    (
        "scam-recovery",
        "en",
        '{Warning to anyone reading the replies:|PSA:} the "{funds recovery|crypto recovery}" {experts|agents} {who show up under every story like this|in these comments} are {scammers|a second scam}. {My uncle lost money twice that way.|They rob victims twice.}',
    ),
    (
        "scam-sms",
        "en",
        "Got {a text|an SMS|a WhatsApp} {this morning|yesterday} saying my parcel was held and I owe {1.99|2.50} {in customs fees|for redelivery}. {Same gang probably.|Timing is not a coincidence.} Don't click.",
    ),
    (
        "scam-wrongnumber",
        "en",
        'The "{wrong number|sorry, who is this?}" {texts|messages} from {very friendly|pretty} strangers {are|come from} {the compounds this piece|those scam factories} {describes|people keep reporting on}. {My dad almost fell for one.|Just block them.}',
    ),
    (
        "crypto-remit",
        "en",
        "{People keep saying crypto is only for scams.|Everyone sneers at crypto.} {My cousin|Half my street} {gets|got} money from abroad in USDT because {the banks freeze transfers|the official rate is a joke}. {Not an endorsement, just reality.|It's complicated.}",
    ),
    (
        "betting-ads",
        "en",
        "{Not surprised young men are broke|And then they wonder why young men are broke}. Every {football stream|match on TV} {is|has} {wall to wall|three} betting ads {and the league is sponsored by one|before kick-off}.",
    ),
    (
        "loan-apps",
        "en",
        "The loan apps are {the real story|worse than described}. {Miss one payment and they message everyone in your contacts.|They call your boss.} {A colleague|My sister's friend} {quit|had to change} her job over it.",
    ),
    (
        "meds-shortage",
        "en",
        "{Insulin|Amoxicillin|Blood pressure tablets} {has|have} been {missing|out of stock} from {pharmacies|every chemist} in {our town|my mother's town} for {weeks|two months}. People are buying {off Facebook groups|from WhatsApp sellers} {with no idea what's in the box|}.",
    ),
    (
        "forward-whatsapp",
        "en",
        "{Someone in my family WhatsApp group|My aunt} {forwarded|shared} a {completely different|fake} version of this with a {made-up|doctored} quote. {Sending her this link instead.|Thanks for the real one.}",
    ),
    (
        "signal-telegram",
        "en",
        "{If you're reporting from there|For anyone contacting sources there}, {please|} use Signal, not Telegram. {Telegram chats aren't end-to-end by default.|People still don't know this.}",
    ),
    (
        "donations-check",
        "en",
        "{Before donating|Before you give money}, {check|look up} {whether the charity is registered|the charity number}. {There are already fake appeals with photos stolen from this story.|Fake appeals pop up within hours of every disaster.}",
    ),
    (
        "helpline",
        "en",
        "{If this story is hitting close to home for anyone|To anyone reading this who is struggling}: {Samaritans are on 116 123 in the UK and Ireland|988 works in the US|Lifeline in Australia is 13 11 14}. {Look after yourselves.|You're not alone.}",
    ),
    (
        "lottery-sponsor",
        "en",
        "Funny that the {national lottery|state lottery|betting company} {pays|paid} for the stadium {and the hospital still has no MRI|while the clinic in town has no doctor}. {Priorities.|}",
    ),
    (
        "spam-thread",
        "en",
        '{Mods,|Admins —} {the comment further down|there\'s a bot below} {selling|advertising} {"recovery services"|cheap pills|followers}. {Please remove.|Can you clean that up?}',
    ),
    (
        "removed-comment",
        "en",
        "Why was my comment {removed|deleted}? I {quoted|cited} {the UN|the official statistics office} and {wasn't rude|was polite}. {Weird moderation.|}",
    ),
    (
        "fatigue",
        "en",
        "I {read|follow} this stuff every day and {I'm just tired|it's exhausting}. {Not of the reporting, of the world.|Sorry, no insight, just tired.}",
    ),
    (
        "grief",
        "en",
        "{Lost a friend|My cousin died} in {something like this|a similar incident} {years ago|in 2014}. {Reading it brings it all back.|Every story like this hurts.} {Rest in peace to all of them.|}",
    ),
    (
        "whatabout",
        "en",
        "{And yet|Funny how} {the same outlets|everyone} {said nothing when|ignored it when} {it happened|it was the other side doing it}. {Consistency please.|Selective outrage.}",
    ),
    (
        "defend-gov",
        "en",
        "{The government is not perfect|Say what you like about them} but {roads got built|they kept inflation under 10%|the hospitals got funded}. {Foreign papers only show the bad.|Balance please.}",
    ),
    (
        "nuance",
        "en",
        "{Both things can be true|It's possible to hold two thoughts here}: {the reforms are needed|the crackdown is wrong} and {the way they're being done is a mess|the opposition isn't innocent either}.",
    ),
    (
        "conspiracy",
        "en",
        "{Wake up people.|Follow the money.} {This is all about the minerals|The timing is no accident|Who benefits?} {and the media won't say it.|Do your own research.}",
    ),
    (
        "reply-calm",
        "en",
        "@{Big Mike|grumpy_in_leeds|OldSailor} {no need for that tone|calm down mate}, {people here are grieving|we're on the same side}. {Take a breath.|}",
    ),
    (
        "reply-agree",
        "en",
        "@{Priya Raman|Tom Hadley|dr_ngozi} {yes!!|exactly}, {that's the bit people miss|you said it better than I could}.",
    ),
    (
        "reply-source",
        "en",
        "@{Yusuf Demir|kathy h|pkd1974} {source?|do you have a source for that?} {Not saying you're wrong.|Genuinely curious.}",
    ),
    (
        "reply-contradict",
        "en",
        "@{Steve|Omar|Farah} {last week you|didn't you} {said the exact opposite under the other article|argue the opposite} 🤔",
    ),
    ("reply-thanks", "en", "@{Liesl|Kwame|Ming} {thank you for|appreciate} {explaining|the context}, {I had no idea|that clears it up}."),
    (
        "lowercase-typos",
        "en",
        "{honestly|tbh} i dont {understnad|undrestand} why {this isnt|this isnt} {bigger news|on the bbc}.. {my freinds have never heard of it|nobody i know talks abt it}",
    ),
    (
        "lowercase-question",
        "en",
        "{wait|hold on} so {is the border open or not|are flights running now}?? {my mum is supposed to travel next week|need to know for my brother}",
    ),
    ("bookmark", "en", "{Saving this.|Bookmarked.|Sharing with my reading group.} {Best explainer I've found.|Clear and short.}"),
    (
        "first-time",
        "en",
        "{First time commenting|Long-time reader, first comment}. {This one got to me.|Just wanted to say this site is one of the few that still does this.}",
    ),
    (
        "photo-praise",
        "en",
        "{The photo at the top|That second photo} {is|says} {more than the whole text|everything}. {Credit the photographer bigger please.|}",
    ),
    (
        "weekday-posted",
        "en",
        "{Odd that this went up on a %wd%|Posted on a %wd%}, {of course it got buried|no wonder I missed it} {under everything else|}.",
    ),
    (
        "dom-anniversary",
        "en",
        "The %dom%. {I remember exactly where I was|My daughter was born that day|We were evacuated two days later}. {Strange reading it now.|Still can't believe it.}",
    ),
    (
        "weekday-market",
        "en",
        "%wd% is {market day|the day the buses run} {there|in that region}, {which is why so many people were out|so the timing makes sense}. {Detail the article missed.|}",
    ),
    (
        "dom-payday",
        "en",
        "The %dom% {is just after payday|is when pensions get paid} in a lot of places, {it matters for the queues described|people would have been at the banks}.",
    ),
    (
        "long-sanctions",
        "en",
        "{I've gone back and forth on sanctions for years.|I used to support sanctions without thinking.}\n\n{The people who suffer first are never the ones in the palace.|Medicine and spare parts get stuck while the elite shop in Dubai.} {I watched it happen to my own family's pharmacy.|My cousin's clinic waited a year for a dialysis part.}\n\n{That said, doing nothing isn't an option either.|But \"engagement\" has a poor track record too.} {Targeted measures, properly enforced, and humanitarian carve-outs that actually work.|What I'd want is fewer headline sanctions and more boring enforcement of the ones we have.}",
    ),
    (
        "long-aid",
        "en",
        '{Worked in logistics for an aid agency for six years.|Ex-logistics, UN agency, 2012-2019.} A few things the piece doesn\'t say:\n\n1. {Trucks wait days at crossings because of paperwork, not fighting.|Fuel, not food, is usually the bottleneck.}\n2. {Local traders often move goods faster than we ever did.|Cash transfers work better than shipments when markets still function.}\n3. {Donors earmark money for visible things.|Nobody funds warehouses, everybody funds "emergency response".}\n\n{Not cynical, just tired.|Still worth giving. Just give unrestricted.}',
    ),
    (
        "long-coverage",
        "en",
        "{Here's my problem with foreign coverage generally.|My issue isn't with this article, it's with the pattern.}\n\n{A country only exists in the news when something explodes.|Correspondents parachute in for a week, file, leave.} {So readers abroad think it's permanently on fire.|Then the story becomes \"chaos\" rather than politics.}\n\n{This piece is better than most because it quotes people who live there.|Credit where due, this one takes the time.} {More of that, please.|}",
    ),
    (
        "long-elections",
        "en",
        "{On the election angle:|About the vote:}\n\nTurnout {in the cities|among under-30s} was {way down|under 40%}, {and that's the real story|which the piece mentions only in passing}. {People didn't switch sides, they stayed home.|Apathy, not fraud, decided it.}\n\n{Whoever wins next time needs those voters back.|If that doesn't worry the ruling party, it should.}",
    ),
    (
        "mention-job-bakery",
        "en",
        "{We run|I run} a {small bakery|café} and {flour went up 60% this year|our supplier now wants cash only}. {Reading about it there makes me feel less alone, which is a strange thing to say.|Same story everywhere apparently.}",
    ),
    ("link-reuters", "en", "{Reuters has more detail on the numbers|Reuters had a longer piece with the figures}: %u:reuters%"),
    ("link-bbc", "en", "{BBC's version|The BBC wrote this up too} {has a map|includes the timeline}: %u:bbc%"),
    ("link-guardian", "en", "{Worth reading alongside|Good companion piece}: %u:guardian%"),
    (
        "link-aljazeera",
        "en",
        "{Al Jazeera interviewed the families|Al Jazeera has the local angle}, {worth a read|much better than the wire copy}: %u:aljazeera%",
    ),
    (
        "link-un",
        "en",
        "{UN statement here|The UN's own update}, {for anyone who wants the primary source|if you want it from the horse's mouth}: %u:un%",
    ),
    ("link-wiki", "en", "{For background|If you're lost like I was}, {the wiki page is decent|Wikipedia explains the term}: %u:wiki%"),
    (
        "link-youtube",
        "en",
        "{Footage from that day|Interview with one of the organisers} {(starts at the bit that matters)|, subtitled}: %u:youtube%",
    ),
    ("link-local", "en", "{The local paper|A local outlet} {had this two days earlier|has much better detail}: %u:local%"),
    (
        "link-doi",
        "en",
        "{There's a paper on exactly this|Relevant study, open access}: %u:doi% {— the sample is small but the findings match.|}",
    ),
    (
        "link-archive",
        "en",
        "{The ministry deleted the original statement|The press release has since vanished}, {archived copy|here's the archive}: %u:wayback%",
    ),
    ("link-social", "en", "{The video people are sharing|The original post} {is here|for context}: %u:x% {— unverified, obviously.|}"),
    (
        "link-fraud",
        "en",
        "{If the scammers in these comments got you|If anyone here was caught by one of these}, {report it|please report it, it does get counted}: %u:fraud%",
    ),
    (
        "link-donate",
        "en",
        "{If you want to give|For anyone asking how to help}, {the Red Cross / MSF pages are legit|I'd go with a big established org}: %u:donate%",
    ),
    ("link-maps", "en", "{For anyone wondering where this is|Here's where it is}: %u:maps%"),
    (
        "link-data",
        "en",
        "{The numbers in context|Long-run figures}, {if anyone wants them|so we're arguing about the same thing}: %u:data%",
    ),
    (
        "link-blog",
        "en",
        "{I wrote about this from the ground|I blogged about the same town} {last year|a while back}: %u:blog% {— no ads, just notes.|}",
    ),
    (
        "link-reddit",
        "en",
        "{There's a big thread on this|Locals are discussing it} on reddit {with some people who were there|, some good comments}: %u:reddit%",
    ),
    (
        "link-two-travel",
        "en",
        "{Travel advice if anyone's planning a trip|For travellers}: %u:govuk% and {the US one|State Department}: %u:state%",
    ),
    ("link-two-compare", "en", "{Compare how it was covered|Interesting to compare}: %u:nyt% vs %u:aljazeera%"),
    (
        "link-three",
        "en",
        "{Sources for what I said above|Since people asked for sources}: %u:reuters% , %u:un% and {the dataset|the numbers} %u:data%",
    ),
    ("link-masto", "en", "{A reporter there has been posting updates|Good thread from someone in the city}: %u:masto%"),
    # -------- not English
    (
        "es-thanks",
        "es",
        "{Gracias por|Mil gracias por} {cubrir esto|no olvidarse de nosotros}. {Acá nadie habla del tema.|En la tele local ni lo mencionan.}",
    ),
    (
        "es-local",
        "es",
        "Vivo {cerca|a dos horas}. {La gasolina ya no alcanza|Los precios subieron el doble} y {el gobierno|la alcaldía} dice que todo está bien. {Una vergüenza.|Qué cansancio.}",
    ),
    ("es-link", "es", "{Aquí la nota del diario local|Más detalles en un medio de allá}: %u:local%"),
    (
        "fr-dissent",
        "fr",
        "{Article un peu partial|Je ne suis pas d'accord avec le ton}, on n'entend {jamais|pas} {les habitants|l'opposition}. {Dommage.|}",
    ),
    (
        "fr-question",
        "fr",
        "{Quelqu'un sait|Est-ce que quelqu'un sait} si {les vols reprennent|la frontière est rouverte}? {Ma sœur doit rentrer|Mon père est bloqué là-bas}.",
    ),
    (
        "de-correction",
        "de",
        "{Kleine Korrektur|Kleiner Hinweis}: {das Gesetz|der Vertrag} {stammt|ist} von {2008|2012}, nicht {2010|2014}. {Sonst guter Artikel.|}",
    ),
    (
        "de-link",
        "de",
        "{Die Tagesschau hat|Hier gibt es} {eine gute Einordnung|mehr Hintergrund}: https://www.tagesschau.de/ausland/{afrika|asien|europa}/{krise-hintergrund|wahl-analyse|proteste-einordnung}-{100|102}.html",
    ),
    ("pt-anger", "pt", "{Que absurdo|Que vergonha}. {E ninguém vai preso, claro.|Todo ano a mesma coisa.} {😡|}"),
    (
        "pt-scam",
        "pt",
        "{Cuidado|Atenção} com os {golpes do Pix|falsos pedidos de doação} {que já estão circulando|no WhatsApp} {sobre isso|usando essas fotos}. {Minha mãe quase caiu.|}",
    ),
    ("it-thanks", "it", "{Grazie|Grazie mille} per l'articolo, {finalmente qualcuno ne parla|in Italia non se ne parla per niente}."),
    (
        "tr-local",
        "tr",
        "{Oradaki akrabalarımla konuştum|Annemle telefonda konuştum}, {durum haberde yazdığından daha kötü|herkes çok korkmuş}. {Allah yardımcıları olsun.|}",
    ),
    ("ar-grief", "ar", "{الله يرحمهم|رحم الله الضحايا} {ويصبر أهلهم|وألهم أهلهم الصبر}. {قلوبنا معكم|}"),
    ("ru-sarcasm", "ru", '{Ну конечно|Разумеется}, {"ситуация под контролем"|всё идёт по плану}. {Как всегда.|Плавали, знаем.}'),
    (
        "uk-link",
        "uk",
        "{Ось більше деталей|Детальніше} {українською|тут}: https://www.pravda.com.ua/news/{2022|2023}/{03|05|09}/{14|22|27}/{7|1}{3|4}{5|8}{2|6}{9|0}{1|7}/",
    ),
    (
        "pl-question",
        "pl",
        "{Czy ktoś wie|Ktoś wie}, {jak można pomóc|gdzie wpłacić} {na miejscu|bezpośrednio}? {Nie ufam zbiórkom na Facebooku.|}",
    ),
    (
        "id-local",
        "id",
        "{Saya tinggal di sana|Keluarga saya di sana} dan {listrik mati tiap malam|harga beras naik terus}. {Terima kasih sudah memberitakan.|Semoga cepat membaik.}",
    ),
    (
        "tl-loan",
        "tl",
        "{Grabe|Hay nako} yung mga online lending app, {tinatawagan lahat ng contacts mo|pinapahiya ka sa Facebook} kapag late ka. {Dapat ipagbawal na.|}",
    ),
    ("sw-thanks", "sw", "{Asante kwa|Shukrani kwa} {habari hii|kuripoti hili}. {Hapa kwetu hali ni ngumu sana.|Mungu awasaidie.}"),
    ("hi-question", "hi", "{क्या किसी को पता है|कोई बता सकता है} कि {वहाँ अब हालात कैसे हैं|उड़ानें फिर से शुरू हुईं या नहीं}? {मेरा भाई वहाँ काम करता है।|}"),
    (
        "ja-thanks",
        "ja",
        "{日本ではほとんど報道されていないので|日本語のニュースでは見かけないので}、{とても参考になりました|ありがたいです}。",
    ),
    ("ko-question", "ko", "{혹시|} {후속 기사|업데이트} {있나요|나올까요}? {한국 언론은 조용하네요.|}"),
    ("zh-crypto", "zh", "{現在|最近}很多詐騙都{用USDT|假冒慈善機構}，{大家小心|捐款前先查清楚}。"),
    (
        "vi-local",
        "vi",
        "{Gia đình tôi ở gần đó|Tôi từng sống ở đó}, {mọi người vẫn ổn nhưng rất lo|giá cả tăng gấp đôi}. {Cảm ơn bài viết.|}",
    ),
    ("nl-dissent", "nl", "{Nogal eenzijdig stuk|Ik mis de andere kant}, {eerlijk gezegd|vind ik}. {Waar zijn de bewoners zelf?|}"),
    ("fa-link", "fa", "{گزارش کامل‌تر|جزئیات بیشتر} {اینجاست|در این لینک}: %u:bbc%"),
    ("cs-joke", "cs", "{U nás by|Kdyby to bylo u nás,} {se tomu říkalo normální úterý|se vláda ani nezvedla od oběda} 😅"),
    ("ha-thanks", "ha", "{Mun gode da|Na gode da} {wannan labari|rahoton nan}. {Allah ya kawo mana sauƙi.|}"),
]


# ---------------------------------------------------------------- spam helpers: disguises

HOMO = {
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
    "C": "С",
    "P": "Р",
    "B": "В",
    "H": "Н",
    "K": "К",
    "M": "М",
    "T": "Т",
}
LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}


def homoglyph(text):
    return "".join(HOMO[ch] if ch in HOMO and rng.random() < 0.6 else ch for ch in text)


def zero_width(text):
    return "\u200b".join(text) if len(text) < 12 else "".join(ch + ("\u200b" if rng.random() < 0.4 else "") for ch in text)


def full_width(text):
    return "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ("\u3000" if ch == " " else ch) for ch in text)


def math_bold(text):
    out = []
    for ch in text:
        if "A" <= ch <= "Z":
            out.append(chr(0x1D400 + ord(ch) - ord("A")))
        elif "a" <= ch <= "z":
            out.append(chr(0x1D41A + ord(ch) - ord("a")))
        elif "0" <= ch <= "9":
            out.append(chr(0x1D7CE + ord(ch) - ord("0")))
        else:
            out.append(ch)
    return "".join(out)


def spaced(text):
    return " ".join(text)


def leet(text):
    return "".join(LEET.get(ch.lower(), ch) if rng.random() < 0.7 else ch for ch in text)


DISGUISE = {"h": homoglyph, "z": zero_width, "w": full_width, "b": math_bold, "s": spaced, "l": leet}
MARK = re.compile(r"\[\[([hzwbsl]):(.*?)\]\]")
# <<a|b|c>> is a choice made once per record, so a trade name, its mailbox and its website agree
LOCKED = re.compile(r"<<([^<>]*)>>")

PERSONAS = [
    "Jessica Miller",
    "David Thompson",
    "Linda Carter",
    "Kevin Brooks",
    "Amanda Lewis",
    "Mark Robinson",
    "Sophia Bennett",
    "Olivia Harris",
    "James Walker",
    "Emily Parker",
    "Sandra Williams",
    "Frank Morgan",
    "Helen Dorsey",
    "Richard Allen",
    "Maria Gonzalez",
    "Anna Schmidt",
    "Victoria Lee",
    "Charles Evans",
]
THROW = [
    "gmail.com",
    "outlook.com",
    "hotmail.com",
    "yahoo.com",
    "mail.ru",
    "yandex.com",
    "proton.me",
    "gmx.com",
    "aol.com",
    "163.com",
    "zohomail.com",
    "inbox.lv",
]


def short_link():
    host = rng.choice(["bit.ly", "tinyurl.com", "cutt.ly", "is.gd", "t.ly", "rb.gy", "shorturl.at", "s.id", "ow.ly"])
    return f"{rng.choice(['https://', 'https://', ''])}{host}/{rnd(rng.randint(5, 7))}"


def fill_spam(text, ctx):
    def sub(m):
        key = m.group(1)
        if key == "persona":
            return ctx["persona"]
        if key == "pm":
            first, last = ctx["persona"].lower().split()
            return rng.choice([f"{first}.{last}", f"{first}{last}{digits(2)}", f"{first[0]}{last}{digits(3)}", f"{last}.{first}"])
        if key == "junk":
            return rnd(rng.randint(7, 11), LOWER)
        if key == "free":
            return rng.choice(THROW)
        if key == "short":
            return short_link()
        if key == "us":
            return f"+1 {rng.choice(['(202)', '(415)', '(646)', '(818)'])} 555-01{digits(2)}"
        if key == "uk":
            return f"+44 7700 900{digits(3)}"
        if key == "tollfree":
            return f"1-{rng.choice(['888', '877', '866', '844'])}-{digits(3)}-{digits(4)}"
        if key in ("d2", "d3", "d4", "d6"):
            return digits(int(key[1]))
        if key == "code":
            return rnd(6, string.ascii_uppercase + string.digits)
        if key == "ng":
            return f"+234 {rng.choice(['803', '806', '813', '905'])} {digits(3)} {digits(4)}"
        if key == "in":
            return f"+91 {rng.choice(['98', '97', '88', '70'])}{digits(3)} {digits(5)}"
        if key == "id":
            return f"+62 8{rng.choice(['12', '13', '21', '57'])}-{digits(4)}-{digits(4)}"
        if key == "wd":
            return ctx["wd"]
        if key == "dom":
            return ctx["dom"]
        raise KeyError(key)

    text = LOCKED.sub(lambda m: m.group(1).split("|")[ctx["pick"] % len(m.group(1).split("|"))], text)
    text = spin(rng, text)
    text = re.sub(r"%([a-z0-9]+)%", sub, text)
    return MARK.sub(lambda m: DISGUISE[m.group(1)](m.group(2)), text)


# ---------------------------------------------------------------- spam templates
# (id, family, records, body, name, email, website)

SPAM = [
    # pharma
    (
        "pharma-noscript",
        "pharma",
        5,
        "{Buy|Order} {Tramadol|Oxycodone|Xanax|Adderall} {online without prescription|no rx needed}, {overnight delivery|discreet shipping} {USA UK AU|worldwide}. {Whatsapp|WA}: %us% {or|/} {telegram|tg} @{rxfast_store|pharmadirect24}",
        "{Buy Tramadol Online|Order Xanax No RX|Pain Relief Pharmacy}",
        "%junk%@%free%",
        "",
    ),
    (
        "pharma-glp1",
        "pharma",
        4,
        "{Struggling with weight after 40?|Can't lose the last 10kg?} {Genuine|Original} {Ozempic|Mounjaro|Wegovy} pens {in stock|available now}, {no doctor visit|no consultation needed}. {DM|Message} on WhatsApp %uk% {for price list|for prices}.",
        "%persona%",
        "%pm%@%free%",
        "",
    ),
    (
        "pharma-html",
        "pharma",
        4,
        '{Great|Nice|Informative} {article|read}. <a href="https://<<bluepill-direct|generic-meds-hub|menshealth-rx>>.<<com|net|shop>>/{cialis|viagra|sildenafil}-{online|100mg}">{cheap cialis|buy viagra online|generic sildenafil}</a>',
        "{cheap cialis|generic viagra}",
        "%junk%@%free%",
        "https://<<bluepill-direct|generic-meds-hub|menshealth-rx>>.<<com|net|shop>>/",
    ),
    (
        "pharma-homoglyph",
        "pharma",
        4,
        "[[h:{Discount|Cheap} {Viagra|Cialis|Levitra}]] {80%|70%} off — [[h:no prescription]] — {order at|visit} {rxcare24|medspot-online}[.]com",
        "[[h:Pharmacy Deals]]",
        "%junk%@%free%",
        "",
    ),
    (
        "pharma-es",
        "pharma",
        4,
        "{Compra|Vende} {Cytotec|misoprostol} {original|100% original} {en|para} {CDMX|Guadalajara|Bogotá}, {entrega discreta|envío el mismo día}. {WhatsApp|Whats} +52 55 {4|3}{1|8}{2|7}{0|9} {6|2}{4|1}{3|5}{8|0}",
        "{Cytotec Original|Pastillas Cytotec}",
        "%junk%@%free%",
        "",
    ),
    # casino / betting
    (
        "casino-gacor",
        "casino",
        5,
        "{Situs|Link} {slot gacor|slot88} {hari ini|terpercaya} {gampang maxwin|pasti jp}, {depo 10rb|deposit pulsa tanpa potongan}! {Daftar|Login} di <<gacorwin|jp88maxwin|hokislot>>.<<vip|xyz|site>>",
        "{SLOT GACOR|slot88 maxwin|Bandar Slot}",
        "%junk%@%free%",
        "https://<<gacorwin|jp88maxwin|hokislot>>.<<vip|xyz|site>>/",
    ),
    (
        "casino-zw",
        "casino",
        4,
        "[[z:{Free Spins|Casino Bonus}]] {200|500} {no deposit|without deposit} 🎰 {claim|get} yours {here|today}: %short%",
        "{Spin Bonus|Lucky Spins}",
        "%junk%@%free%",
        "",
    ),
    (
        "casino-markdown",
        "casino",
        4,
        "{Thanks for the info!|Very useful post.} {For anyone who likes a bit of fun after reading the news|If you need to relax}, [{best online casino|top crypto casinos 2026|top crypto casinos this year}](https://<<spincompare|casinorank-pro|bestbetguide>>.<<io|com>>/?ref={%d4%|aff%d3%})",
        "{Casino Reviews|Best Casinos}",
        "editor@<<spincompare|casinorank-pro|bestbetguide>>.<<io|com>>",
        "https://<<spincompare|casinorank-pro|bestbetguide>>.<<io|com>>",
    ),
    (
        "casino-aviator",
        "casino",
        4,
        "{Aviator predictor|Aviator signal bot} {100% accurate|working 2026} 🛩️💰 {join|download} {t.me/aviatorpredict_pro|t.me/aviator_hackbot} {cashout at 10x every round|no loss guaranteed}",
        "{aviator_predictor|Aviator Hack}",
        "%junk%@%free%",
        "",
    ),
    (
        "betting-fixed",
        "betting",
        5,
        "{FIXED MATCHES|Sure fixed matches} {100% sure|guaranteed} {odds 2-50|HT/FT}, {we get info from club insiders|inside information}. {Contact|Whatsapp} %ng% {or|} {email|mail} <<fixedodds|surewin>>.tips@%free%",
        "{Fixed Matches|Sure Odds}",
        "%junk%@%free%",
        "https://<<fixedodds|surewin>>.{vip|net}",
    ),
    (
        "betting-ko",
        "betting",
        4,
        "{안전한|검증된} {토토사이트|스포츠토토} {추천|순위} ✅ {신규 가입 보너스 30%|첫충 20%} {카톡|텔레그램} {toto7979|safe_toto}",
        "{토토사이트 추천|안전놀이터}",
        "%junk%@%free%",
        "https://{toto-safe|meogtwi-check}.{com|net}/",
    ),
    (
        "betting-hinglish",
        "betting",
        4,
        "{Bhai|Bro} {online cricket ID|betting ID} {chahiye toh|lena ho toh} {turant|5 min mein} {milega|ready}, {100% withdrawal|instant withdrawal} 🏏 {WhatsApp|wa} %in%",
        "{Online Cricket ID|Satta King ID}",
        "%junk%@%free%",
        "",
    ),
    # loans
    (
        "loan-classic",
        "loans",
        5,
        "{Do you need an urgent loan?|Are you in need of a loan?} {We offer|I offer} {personal and business|all kinds of} loans at {2%|3%} interest rate. {No credit check.|Bad credit OK.} {Contact us via email|Email}: {quickfinance.loans|globalcredit.lender}@%free%",
        "{Loan Offer|Mr %persona%}",
        "%junk%@%free%",
        "",
    ),
    (
        "loan-testimony",
        "loans",
        4,
        "{My name is %persona%|I am %persona%} from {Texas|Ohio|Manchester} and I want to {thank|testify about} {Mrs|Mr} {Helen|Walter} {Dorsey|Grant} who {gave me a loan of $50,000|helped me with a $20,000 loan} {after banks rejected me|when I was about to lose my house}. {Reach her on|Contact} {dorseyloanfirm|grantfinancehome}@%free%",
        "%persona%",
        "%pm%@%free%",
        "",
    ),
    (
        "loan-bbcode",
        "loans",
        4,
        "{payday loans same day|fast cash loans} [url=https://{quickcashnow|paydaybridge|cashlinefast}.{us|com}/apply]{apply online|no credit check loans}[/url] {approval in minutes|funds today}",
        "{payday loans|cash advance}",
        "%junk%@%free%",
        "",
    ),
    (
        "loan-pl",
        "loans",
        4,
        "{Chwilówka|Pożyczka} {bez BIK|bez zaświadczeń} {do 5000 zł|nawet 10 000 zł} {w 15 minut|na dowód}! {Wejdź|Sprawdź} %short%",
        "{Szybka Chwilówka|Pożyczki Online}",
        "%junk%@%free%",
        "https://{szybka-gotowka|pozyczkaplus}.pl/",
    ),
    # crypto
    (
        "crypto-recovery",
        "crypto",
        5,
        "{I lost|I was scammed of} {$87,000|$143,000|4.2 BTC} {to a fake trading platform|in a crypto investment scam} {last year|in 2025}. {I thought it was over until|Then} {a friend|a colleague} {recommended|introduced me to} {CYBER TRACE RECOVERY|Sentinel Asset Recovery|WIZARD LARRY RECOVERY} who {recovered|got back} {everything|all my funds} {in 72 hours|within a week}. {Email|Contact}: {cybertracerecovery|sentinelrecovery|wizardlarry}@%free% {WhatsApp|or WhatsApp} %us%",
        "%persona%",
        "%pm%@%free%",
        "",
    ),
    (
        "crypto-mentor",
        "crypto",
        5,
        "{I started with $1,000 and now I make $12,500 weekly|From $500 to $9,800 in three weeks}, {all thanks to|all credit to} {Mrs|Mr} {Carolyn Harper|Elliot Bishop|Sandra Kelley}, {the best|a genuine} {crypto|forex} {mentor|account manager}. {You can reach her on|Send a message on} {Telegram|WhatsApp} {@carolynharper_fx|@elliot_trades|%uk%}",
        "%persona%",
        "%pm%@%free%",
        "",
    ),
    (
        "crypto-airdrop",
        "crypto",
        4,
        "🚀 {$WNEWS|$PEACE|$AID} {airdrop is LIVE|token claim open} — {first 5,000 wallets|early supporters} {get|receive} {500|1000} tokens free. {Connect wallet|Claim} at https://{claim-aidtoken|peace-drop|wnews-airdrop}.{pages.dev|vercel.app|web.app}",
        "{Airdrop Alert|Token Claim}",
        "%junk%@%free%",
        "",
    ),
    (
        "crypto-wallet",
        "crypto",
        4,
        "{Having issues with your wallet?|Wallet not syncing or transaction pending?} {Validate|Rectify} {your wallet|it} {using our decentralised tool|in two minutes} at <<walletrectify|dapps-synchronize|defi-fixnode>>.<<app|live>>. {Enter your recovery phrase to begin.|Secure and fast.}",
        "{Wallet Support|DApp Rectify}",
        "support@<<walletrectify|dapps-synchronize|defi-fixnode>>.<<app|live>>",
        "",
    ),
    (
        "crypto-signals",
        "crypto",
        4,
        "{Join our VIP signals|Free crypto signals} 📈 {85% accuracy|10x leverage calls daily}. {Telegram|TG}: t.me/{whalesignalsvip|cryptopumpcalls|binance_insiders}",
        "{Crypto Signals VIP|Whale Calls}",
        "%junk%@%free%",
        "",
    ),
    (
        "crypto-romance",
        "crypto",
        4,
        "{Hello dear, I came across your comment and it touched me.|Hi, sorry to message here, I saw your profile.} {I am a businesswoman from Singapore|I am an engineer working in Hong Kong} {who invests in gold futures with my uncle|and my aunt teaches me contract trading}. {I would like to be friends.|Can we talk?} {My WhatsApp|Line ID} {%us%|<<lily_chen88|annawu_hk|grace.lin777>>}",
        "<<Lily Chen|Anna Wu|Grace Lin>>",
        "<<lilychen|annawu|gracelin>>%d3%@%free%",
        "",
    ),
    (
        "crypto-doubler",
        "crypto",
        4,
        "[[h:{Elon|Official}]] [[h:{Bitcoin|BTC} {Giveaway|Event}]]: send {0.1|0.05} BTC, {receive|get back} {0.2|0.1} BTC {instantly|in 10 min}. {Address|Wallet}: bc1q%junk%%junk%",
        "[[h:Tesla Giveaway]]",
        "%junk%@%free%",
        "",
    ),
    (
        "crypto-ru",
        "crypto",
        4,
        "{Заработок на P2P|Арбитраж крипты} {от 3000$|от 150 000 руб} в месяц, {без вложений|обучение бесплатно}. {Пиши в телеграм|Подробности в тг} @{p2p_money_team|arbitrazh_pro}",
        "{Заработок онлайн|Арбитраж}",
        "%junk%@%free%",
        "",
    ),
    (
        "crypto-llm",
        "crypto",
        4,
        "{This is such an important story, and it's heartbreaking to see how ordinary families carry the burden of instability.|Thank you for shedding light on this. Economic uncertainty affects us all in ways we rarely discuss.} {One thing that helped me protect my savings was|In my own experience, what gave me peace of mind was} {diversifying into a regulated AI-powered trading platform|learning about automated crypto staking}. {If anyone is curious, I shared my journey here:|Happy to share what worked for me:} https://<<smartyield-journey|my-wealth-path|aitrade-insights>>.<<com|blog>>/start?src=%code%",
        "%persona%",
        "%pm%@%free%",
        "https://<<smartyield-journey|my-wealth-path|aitrade-insights>>.<<com|blog>>",
    ),
    # seo
    (
        "seo-outreach",
        "seo",
        5,
        "Hi {team|editor|there}, {I'm|This is} %persona% from {RankBridge Media|LinkHarbor Digital|Outreachly}. {We'd love to contribute a guest post to your site|Do you accept sponsored articles?} {on travel, finance or tech|in any niche}. {We pay $150 per post with a do-follow link.|Budget is flexible.} {Reply to|Email} <<outreach|partnerships>>@<<rankbridge|linkharbor|outreachly>>.<<co|io>>",
        "%persona%",
        "<<outreach|partnerships>>@<<rankbridge|linkharbor|outreachly>>.<<co|io>>",
        "https://<<rankbridge|linkharbor|outreachly>>.<<co|io>>",
    ),
    (
        "seo-bland-name",
        "seo",
        5,
        "{Very informative article, thank you for sharing.|Nice post. I learn something new every day.|Great read, keep up the good work!|I appreciate the effort you put into this.}",
        "<<roof repair near me|best emergency plumber|cheap movers Dallas|dentist in Brooklyn|kitchen remodeling>>",
        "%junk%@%free%",
        "https://www.<<acme-roofing-dallas|plumbfast247|moveeasy-tx|brooklynsmiles-dental|remodelpros>>.com/",
    ),
    (
        "seo-copied-reader",
        "seo",
        4,
        "{I live about 40 km from there and power has been going out every evening. Nobody in the capital talks about it.|Thank you for not forgetting these people. Please keep reporting.|The photo at the top says more than the whole text.|Any update on this? Would love to know how it turned out.}",
        "<<Sunrise Garage Doors|Elite Carpet Cleaning|Glow Med Spa|Smart Pest Control>>",
        "info@<<sunrisegaragedoors|elitecarpetclean|glowmedspa|smartpestpro>>.com",
        "https://<<sunrisegaragedoors|elitecarpetclean|glowmedspa|smartpestpro>>.com/{services|locations/houston|book-now}",
    ),
    (
        "seo-plugin",
        "seo",
        4,
        "{Hey! Do you know if they make any plugins to help with SEO?|Hello! Does this site use a plugin for the comments?} {I'm trying to get my blog to rank for some targeted keywords|My site doesn't rank well} {but I'm not seeing very good results|and I'd like to improve}. {Thanks!|Cheers}",
        "{backlink service|seo expert}",
        "%junk%@%free%",
        "https://{seoboostnow|rankfaster-tools}.{com|net}/",
    ),
    (
        "seo-html-anchor",
        "seo",
        4,
        '{I found this through a friend|Bookmarking for later}. Check <a href="https://www.<<best-vpn-deals|homegym-review|solarquotes-uk>>.com/"><<best VPN 2026|home gym equipment|solar panels cost>></a> {too|as well}.',
        "<<best vpn|home gym|solar quotes>>",
        "%junk%@%free%",
        "",
    ),
    (
        "seo-url-name",
        "seo",
        4,
        "{thanks|thank you}, {useful|good info}",
        "{https://www.|www.}<<carinsurance-compare|jewelrywholesale|furniture-outlet24>>.<<com|net>>",
        "%junk%@%free%",
        "https://<<carinsurance-compare|jewelrywholesale|furniture-outlet24>>.<<com|net>>",
    ),
    (
        "seo-forum-ru",
        "seo",
        4,
        "{Отличная статья|Спасибо за статью}, {как раз искал|полезно}. {Кстати|Кому нужно}: <<купить диплом|ремонт квартир под ключ|натяжные потолки>> — <<diplom-msk|remont-pro|potolki-city>>.ru",
        "{Ремонт квартир|Купить диплом}",
        "%junk%@%free%",
        "http://<<diplom-msk|remont-pro|potolki-city>>.ru/",
    ),
    (
        "seo-surfing",
        "seo",
        4,
        "{I've been browsing online more than 3 hours today|I have been surfing the web for hours}, {yet I never found any interesting article like yours|and this is the best I found}. {It's pretty worth enough for me.|Really worth it.}",
        "%persona%",
        "%pm%@%free%",
        "https://{trendy-kitchen-gadgets|dailyhome-decor|tech-gadget-review}.{com|online}/",
    ),
    (
        "seo-backlinks",
        "seo",
        4,
        "{Want to rank #1 on Google?|Boost your DA/DR fast!} {1000 high DA backlinks|PBN links + guest posts} {for just $29|from $15}, {results in 14 days|white hat only}. {Order on Fiverr|See packages}: %short%",
        "{SEO Backlinks|DA 90 Links}",
        "%junk%@%free%",
        "",
    ),
    (
        "seo-ja",
        "seo",
        4,
        "{とても参考になる記事です|素晴らしい記事ありがとうございます}。{また読みに来ます|勉強になりました}！",
        "<<東京 脱毛|横浜 不用品回収|大阪 歯医者>>",
        "%junk%@%free%",
        "https://<<datsumo-tokyo|fuyouhin-yokohama|shika-osaka>>.jp/",
    ),
    (
        "seo-llm-agency",
        "seo",
        4,
        "{Insightful coverage. Stories like this highlight how crucial accurate, timely information is in a fast-moving world.|What a thoughtful piece. In today's digital landscape, credible journalism matters more than ever.} {At our agency, we help mission-driven publishers grow their reach through ethical SEO strategies.|We've helped dozens of news sites increase organic traffic by 300%.} {Feel free to connect!|Would love to collaborate.}",
        "%persona% | {Growth Strategist|SEO Consultant}",
        "%pm%@<<growthnexus|clarity-seo|reachloop>>.<<agency|io>>",
        "https://<<growthnexus|clarity-seo|reachloop>>.<<agency|io>>",
    ),
    # essays
    (
        "essay-mill",
        "essays",
        4,
        "{Struggling with assignments?|Need help with your essay?} {Our PhD writers|Professional writers} {deliver plagiarism-free papers|can write your dissertation} {in 3 hours|on any topic}. {Order now at|Visit} <<essaypro-help|topgradewriters|assignmentace>>.<<com|co.uk>> {and get 20% off|use code FIRST20}",
        "{Essay Writing Service|Write My Essay}",
        "%junk%@%free%",
        "https://<<essaypro-help|topgradewriters|assignmentace>>.<<com|co.uk>>",
    ),
    (
        "essay-exam",
        "essays",
        4,
        "{Pay someone to take my online exam|Take my online class for me} — {we guarantee A or B|100% pass rate}. {Proctored exams also|Pearson, ATI, TEAS, HESI}. {WhatsApp|Text} %us%",
        "{Online Exam Help|Take My Class}",
        "%junk%@%free%",
        "",
    ),
    (
        "essay-llm",
        "essays",
        4,
        '{As a university student, I found this article incredibly helpful for understanding the broader context.|This piece helped me so much with my international relations coursework.} {When I was overwhelmed last semester,|Honestly, during finals} <a href="https://{ukessaymasters|gradeboost-writers}.com">{a reliable essay service|this writing service}</a> {saved me|was a lifesaver}. {Highly recommend!|}',
        "%persona%",
        "%pm%@%free%",
        "",
    ),
    # adult / dating
    (
        "adult-bold",
        "adult",
        4,
        "[[b:{Hot singles|Lonely girls} {in your area|near you}]] 💋 {want to chat tonight|are waiting} 👉 %short%",
        "[[b:{Sexy Anna|Kristina 23}]]",
        "%junk%@%free%",
        "",
    ),
    (
        "adult-spaced",
        "adult",
        4,
        "{Bored?|Looking for fun?} {Meet real women|Casual dating} {tonight|no signup}: [[s:{datenow|meetlocal}]] . [[s:{club|fun}]]",
        "{Anna, 24|Nika}",
        "%junk%@%free%",
        "",
    ),
    (
        "adult-escort",
        "adult",
        4,
        "{VIP escorts|Independent call girls} {in Dubai|in Mumbai|in Istanbul} {24/7|available now}, {real photos|100% satisfaction}. {WhatsApp|Call} {%in%|%us%}",
        "{Dubai Escorts|Call Girls}",
        "%junk%@%free%",
        "https://{vip-escorts-dubai|callgirls-mumbai}.{com|in}/",
    ),
    # support
    (
        "support-airline",
        "support",
        4,
        "{For flight cancellation or refund|To change your booking}, {call|contact} {Delta|Emirates|Lufthansa} {customer service|reservations} {24/7|toll free} at {%tollfree%|%us%}. {Quick help guaranteed.|Talk to a live agent.}",
        "{Airline Helpdesk|Flight Support}",
        "%junk%@%free%",
        "https://{flight-helpdesk|airline-callcenter}.{us|com}/",
    ),
    (
        "support-exchange",
        "support",
        4,
        "[[b:{Coinbase|Binance} {Support Number}]] {%tollfree%|%us%} — {account locked|withdrawal pending}? {Our team|Agents} {fix it fast|available 24/7}.",
        "[[b:Wallet Helpline]]",
        "%junk%@%free%",
        "",
    ),
    (
        "support-printer",
        "support",
        4,
        "{Printer offline?|HP printer not printing?} {Call our experts|Get instant support} {%tollfree%|%us%} {or chat at|or visit} {printer-fixnow|123-hpsetup-help}.{com|net}",
        "{Printer Support|HP Printer Help}",
        "%junk%@%free%",
        "",
    ),
    # counterfeit
    (
        "counterfeit-docs",
        "counterfeit",
        4,
        "{Buy real and fake passports|Registered passports, driver's licence, ID cards}, {visas|residence permits}, {IELTS certificates without exam|SSN cards}. {100% registered in the database.|Undetectable.} {Contact|Email}: {docsworldwide|realdocs.service}@%free% {WhatsApp|WA} %uk%",
        "{Buy Passport Online|Real Documents}",
        "%junk%@%free%",
        "",
    ),
    (
        "counterfeit-money",
        "counterfeit",
        4,
        "{Grade A|Top quality} {counterfeit|undetectable} {banknotes|notes} {USD EUR GBP|euros and dollars}, {passes pen and UV test|ATM safe}. {Telegram|tg}: @{bestbills_pro|topnotes_eu}",
        "{Undetectable Notes|Buy Counterfeit Money}",
        "%junk%@%free%",
        "",
    ),
    (
        "counterfeit-watches",
        "counterfeit",
        4,
        "{Swiss replica watches|AAA replica Rolex} {from $199|best quality 1:1}, {free shipping|fast worldwide delivery}. {Shop at|Visit} {luxreplica|watchclone|super-rep}[.]com",
        "{Replica Watches|Rolex Replica}",
        "%junk%@%free%",
        "",
    ),
    # iptv
    (
        "iptv-fullwidth",
        "iptv",
        4,
        "[[w:{IPTV|BEST IPTV}]] {20,000+ channels|all sports + PPV} {4K no buffering|free trial 24h} {only €9/month|from $10}. {Order|Trial} {now|here}: %short%",
        "[[w:IPTV Premium]]",
        "%junk%@%free%",
        "",
    ),
    (
        "iptv-streams",
        "iptv",
        4,
        "{Watch|Live stream} {Premier League|Champions League|UFC} {free HD|for free} {tonight|every weekend} 👉 <<totalsport|fullstream|matchday-live>>.<<xyz|click|pro>>",
        "{Free Streams|Live Sports}",
        "%junk%@%free%",
        "https://<<totalsport|fullstream|matchday-live>>.<<xyz|click|pro>>/",
    ),
    # wfh
    (
        "wfh-85",
        "wfh",
        4,
        "{My neighbour's daughter|My best friend's mom} {makes $85 an hour|earns $18,000 a month} {working from her laptop|online from home}. {She lost her job last year and now|Two months ago she was broke, now} {she pays the mortgage easily|she bought a new car}. {Here's what she does|Go to this site for more details}: %short%",
        "%persona%",
        "%pm%@%free%",
        "",
    ),
    (
        "wfh-task",
        "wfh",
        4,
        "{We are hiring|Part-time job}: {rate hotels|like YouTube videos|complete simple app tasks} {from your phone|30 minutes a day}, {earn 200-800 USD daily|paid daily}. {Contact recruiter|HR} on WhatsApp %uk% {or Telegram @hr_%junk%|}",
        "{HR Recruiter|Job Offer}",
        "%junk%@%free%",
        "",
    ),
    (
        "wfh-leet",
        "wfh",
        4,
        "[[l:{Earn money from home|Make money online}]] {$500|$700} {per day|daily}, {no experience|anyone can do it}. {Start|Join} {today|now} @ {cashhome|easyjobs}24[.]net",
        "[[l:Work From Home]]",
        "%junk%@%free%",
        "",
    ),
    (
        "wfh-es",
        "wfh",
        4,
        "{Trabaja desde casa|Gana dinero desde tu celular} {de 2 a 3 horas|en tu tiempo libre} y gana {hasta $800 USD|300 dólares} {a la semana|diarios}. {Escríbeme al WhatsApp|Info por WhatsApp} +57 3{1|0}{0|2} {4|5}{2|7}{1|9} {8|6}{3|0}{7|5}{2|4}",
        "{Empleo Desde Casa|Trabajo Online}",
        "%junk%@%free%",
        "",
    ),
    # hacker for hire
    (
        "hacker-plain",
        "hacker",
        4,
        "{Need a hacker?|Hire a professional hacker} {to hack phone, WhatsApp, Instagram, Facebook|for changing school grades, clearing credit, recovering accounts}. {Fast and confidential.|Results before payment.} {Email|Contact} {hackspectre|darkwebghost|cyberhelp.pro}@%free%",
        "{Hire a Hacker|Ethical Hacker}",
        "%junk%@%free%",
        "",
    ),
    (
        "hacker-spouse",
        "hacker",
        4,
        "{I suspected my husband was cheating|I was sure my wife was hiding something} {for months|}. {Then I contacted|A friend introduced me to} {Spy Kevin|Jeanson Ancheta|HACKWIZARD} {who gave me access to his phone|who cloned her phone} {without touching it|remotely}. {Reach him|Contact} {on|via} {spykevin.hack|hackwizard247}@%free%",
        "%persona%",
        "%pm%@%free%",
        "",
    ),
    # spells
    (
        "spell-caster",
        "spells",
        4,
        "{My lover left me for another woman|My husband left me and the kids} {and I was devastated|for 2 years}. {Dr. Ogudugu|Priest Ade|Dr. Wale} {cast a love spell|helped me with his powerful spell} and {he came back in 48 hours|he came back begging}. {Contact him|His WhatsApp}: %ng% {or email|email} {drogudugu|priestadetemple|drwalespell}@%free%",
        "%persona%",
        "%pm%@%free%",
        "",
    ),
    (
        "spell-fr",
        "spells",
        4,
        "{Grand marabout|Voyant médium} {Maître Kabila|Professeur Sidibé} {retour de l'être aimé en 72h|résultats garantis}, {chance, travail, protection|désenvoûtement}. {Appelez|WhatsApp} +229 {9|6}{6|7} {4|1}{5|3} {2|8}{0|7} {1|9}{4|2}",
        "{Maître Kabila|Marabout Sidibé}",
        "%junk%@%free%",
        "",
    ),
    # diet / cbd
    (
        "diet-keto",
        "diet",
        4,
        "{I lost 23 pounds in 3 weeks|Lost 12kg without dieting} {with these keto gummies|thanks to this natural formula}! {Shark Tank featured them.|Doctors hate it.} {Limited stock|Get yours}: https://{keto-slim-official|trimfast-gummies}.{com|store}/{order|us}?aff=%d4%",
        "{Keto Gummies|Slim Fast Formula}",
        "%junk%@%free%",
        "",
    ),
    (
        "diet-cbd-llm",
        "diet",
        4,
        "{Reading stories like this can be really overwhelming.|News like this weighs on all of us.} {Taking care of your mental wellbeing is so important during stressful times.|It's important to find healthy ways to manage stress.} {Personally, a few drops of full-spectrum CBD oil in the evening have helped me stay calm and sleep better.|I've found natural CBD gummies help me unwind.} {Take care everyone 🌿|Wishing peace to all.}",
        "{Calm Leaf CBD|%persona%}",
        "{hello|care}@<<calmleafcbd|greenhaven-wellness>>.<<com|co>>",
        "https://<<calmleafcbd|greenhaven-wellness>>.<<com|co>>/shop",
    ),
    # visa
    (
        "visa-lmia",
        "visa",
        4,
        "{Canada|Australia} {work permit|visa} {with LMIA|with job offer} {for Nigerians, Indians, Filipinos|no IELTS required}, {processing in 3 weeks|100% approval}. {Apply now|Contact our agent}: %in% {or|} {canadaworkvisa.desk|migratenow.agent}@%free%",
        "{Canada Visa Agent|Work Permit Canada}",
        "%junk%@%free%",
        "https://{canada-lmia-jobs|migrate-now}.{com|org}/",
    ),
    (
        "visa-eu",
        "visa",
        4,
        "{Schengen|EU work} {visa appointments available|work permits for Poland, Romania, Croatia} {— guaranteed slot|within 30 days}. {Telegram|Viber} {@schengen_slots|%uk%}. {Pay after approval.|Fees negotiable.}",
        "{Schengen Visa Help|EU Work Permit}",
        "%junk%@%free%",
        "",
    ),
    # followers / reviews
    (
        "followers-buy",
        "followers",
        4,
        "{Buy Instagram followers|Get 10K TikTok followers} {cheap|real & active} {instant delivery|no password needed}. {Best prices at|Order at} <<instaboostfast|followgrowth|socialpanelpro>>.<<com|net>>",
        "{Buy Followers|Instagram Growth}",
        "%junk%@%free%",
        "https://<<instaboostfast|followgrowth|socialpanelpro>>.<<com|net>>",
    ),
    (
        "followers-reviews",
        "followers",
        4,
        "{Need more Google reviews for your business?|Boost your Trustpilot rating!} {We provide real 5-star reviews|Permanent reviews from local guides} {from $3 each|non-drop guarantee}. {DM on Telegram|Contact} @{reviewboost_pro|5starlocal}",
        "{Google Reviews|5 Star Reviews}",
        "%junk%@%free%",
        "",
    ),
    # prize / phishing
    (
        "prize-gift",
        "prize",
        4,
        "🎉 {Congratulations!|You have been selected!} {You won a $1,000 Amazon gift card|You are our 1,000,000th visitor}. {Claim|Collect your prize} {within 24 hours|before it expires}: %short%",
        "{Rewards Team|Prize Notification}",
        "no-reply@{rewards-center|prizeclaim}.{online|top}",
        "",
    ),
    (
        "prize-parcel",
        "prize",
        4,
        "{Your package could not be delivered|DHL: parcel on hold} {due to unpaid customs fee (1.99 EUR)|– incomplete address}. {Update details|Reschedule delivery}: https://{dhl-redeliver|parcel-track-eu|post-customsfee}.{info|top|live}/{%code%|track?id=%d6%}",
        "{DHL Express|Delivery Notice}",
        "%junk%@%free%",
        "",
    ),
    (
        "prize-suspend",
        "prize",
        4,
        "{WindowNews Admin|Account Security}: {your commenting account will be suspended in 24 hours|we detected unusual activity on your account}. {Verify your identity here|Confirm your email}: https://<<windownews-verify|wn-account-secure>>.<<com|help>>/login",
        "{WindowNews Support|Security Team}",
        "security@<<windownews-verify|wn-account-secure>>.<<com|help>>",
        "",
    ),
    (
        "prize-it",
        "prize",
        4,
        "{Complimenti!|Congratulazioni!} {Sei stato selezionato|Hai vinto} {per un iPhone 17|un buono Esselunga da 500€}. {Ritira il premio|Compila il modulo} {entro oggi|qui}: %short%",
        "{Premi Italia|Concorso Online}",
        "%junk%@%free%",
        "",
    ),
    # generic LLM soft pitch
    (
        "llm-travel",
        "seo",
        4,
        "{This article beautifully captures the resilience of local communities.|It's inspiring to see how people come together in difficult times.} {For anyone hoping to visit the region responsibly once things settle, I put together a guide on ethical travel|If you're planning a trip there someday, our travel blog has tips} — {feel free to check it out!|hope it helps someone.}",
        "{Wanderwise Travel|%persona%}",
        "%pm%@<<wanderwise-trips|globetrek-stories>>.com",
        "https://<<wanderwise-trips|globetrek-stories>>.com/{guides|blog}",
    ),
    (
        "llm-vpn",
        "seo",
        4,
        "{Great reporting! With internet restrictions becoming more common worldwide, protecting your online privacy has never been more important.|Press freedom depends on free access to information.} {I always recommend using a trusted VPN when reading international news.|A good VPN is essential for anyone following events abroad.} {Here's a comparison I found helpful|This review helped me choose}: https://www.{vpn-compare-hub|privacyshield-reviews}.com/best-vpn?utm_source=comment",
        "%persona%",
        "%pm%@%free%",
        "",
    ),
    (
        "casino-llm",
        "casino",
        4,
        '{Wow, such a detailed analysis of the situation.|Really appreciate balanced coverage like this.} {After a long day of heavy news, I like to unwind with a few rounds on|When I need a break from the headlines, I enjoy} <a href="https://{royalspin-online|luckyharbor-casino}.com/bonus">{a trusted online casino|online slots}</a>. {Always play responsibly!|Stay safe everyone.}',
        "%persona%",
        "%pm%@%free%",
        "",
    ),
    (
        "seo-de",
        "seo",
        4,
        "{Toller Beitrag|Sehr interessanter Artikel}, {vielen Dank|danke fürs Teilen}!",
        "<<Umzugsfirma Berlin|Entrümpelung München|Schlüsseldienst Köln>>",
        "%junk%@%free%",
        "https://www.<<umzug-berlin-guenstig|entruempelung-muenchen24|schluesseldienst-koeln-express>>.de/",
    ),
    (
        "pharma-praise-site",
        "pharma",
        4,
        "{Thank you for this balanced report.|Well written and informative.} {Sharing with my family.|Keep it up.}",
        "<<CanadaMeds Online|RxTrust Pharmacy>>",
        "orders@<<canadameds-online|rxtrust-pharmacy>>.<<com|net>>",
        "https://<<canadameds-online|rxtrust-pharmacy>>.<<com|net>>/{shop|buy-cialis}",
    ),
]

# ---------------------------------------------------------------- build ham

LINK = re.compile(r"%u:([a-z]+)%")


def fill_ham(text, art):
    f = facts(art)
    text = spin(rng, text)
    text = text.replace("%wd%", f["wd"]).replace("%dom%", f["dom"])
    return LINK.sub(lambda m: url_of(m.group(1), art), text)


RETOUCH = [lambda s: s + " 🙏", lambda s: s.lower(), lambda s: s + " (edited)", lambda s: s + "!!", lambda s: s.rstrip(".") + "..."]


def ham_counts():
    """Templates that cite links get 3 records each (about 21 % one link, 3 % two or more); the rest
    share what is left, 2 or 3 each."""
    linked = [bool(LINK.search(text) or "https://" in text) for _tid, _lang, text in HAM]
    counts = [3 if has else 2 for has in linked]
    plain = [i for i, has in enumerate(linked) if not has]
    for i in rng.sample(plain, 300 - sum(counts)):
        counts[i] += 1
    return counts


def build_ham():
    jobs = []
    for (tid, lang, text), n in zip(HAM, ham_counts(), strict=False):
        jobs.extend([(tid, lang, text)] * n)
    rng.shuffle(jobs)
    seen, items = set(), []
    for (tid, lang, text), art in zip(jobs, HAM_SLOTS, strict=True):
        body = fill_ham(text, art)
        tries = 0
        while body in seen and tries < 40:
            body = fill_ham(text, art)
            tries += 1
        while body in seen:
            body = rng.choice(RETOUCH)(body)
        seen.add(body)
        name = rng.choice(HAM_NAMES[lang] if lang != "en" or rng.random() < 0.9 else HAM_NAMES[rng.choice(list(HAM_NAMES))])
        items.append(
            {
                "label": "ham",
                "source": f"heldback14:ham:{tid}",
                "article": art["id"],
                "body": body,
                "name": name,
                "email": ham_email(name),
                "url": "",
            }
        )
    businesses = [i for i, it in enumerate(items) if BUSINESS.get(it["name"])]
    others = [i for i in range(len(items)) if i not in businesses]
    for i in businesses + rng.sample(others, max(0, 30 - len(businesses))):
        items[i]["url"] = ham_site(items[i]["name"])
    return items


def build_spam():
    jobs = []
    for tid, family, n, body, name, email, site in SPAM:
        jobs.extend([(tid, family, body, name, email, site)] * n)
    assert len(jobs) == 300, len(jobs)
    rng.shuffle(jobs)
    items = []
    for (tid, _family, body, name, email, site), art in zip(jobs, SPAM_SLOTS, strict=True):
        f = facts(art)
        ctx = {"persona": rng.choice(PERSONAS), "wd": f["wd"], "dom": f["dom"], "pick": rng.randrange(60)}
        items.append(
            {
                "label": "spam",
                "source": f"heldback14:spam:{tid}",
                "article": art["id"],
                "body": fill_spam(body, ctx),
                "name": fill_spam(name, ctx),
                "email": fill_spam(email, ctx).lower(),
                "url": fill_spam(site, ctx),
            }
        )
    return items


if __name__ == "__main__":
    write_set("comment_spam_heldback14.jsonl", build_ham() + build_spam())

"""Build comment_spam_heldback5.jsonl: the fifth held-back set (300 ham, 300 spam).

Written without opening comments/ or bench/comment_spam.py, without reading any earlier set or
builder's templates, and without running any filter over this set (see bench/data/README.md).
Comments are posted under the Global Voices posts of January 2022 that carry a region; they take
the post's country (`$place`), the first name of its author (`$author`) and one of its topics
(`$topic`), never its title or teaser. Run from anywhere: `uv run python bench/data/build_comment_spam_heldback5.py`.
"""

import random
import re

from comment_sets import GLOBAL_VOICES, articles, spin, write_set

rng = random.Random(20261128_5)

CONTINENTS = {
    "Caribbean",
    "Latin America",
    "Middle East & North Africa",
    "Sub-Saharan Africa",
    "Eastern & Central Europe",
    "Western Europe",
    "East Asia",
    "South Asia",
    "Central Asia & Caucasus",
    "Oceania",
    "North America",
    "Southeast Asia",
}

SLICE = [a for a in articles(GLOBAL_VOICES) if a["date"].startswith("2022-01") and a["regions"]]


def place_of(a):
    countries = [r for r in a["regions"] if r not in CONTINENTS]
    return (countries or a["regions"])[0]


def author_of(a):
    first = a["authors"][0] if a["authors"] else ""
    return "the author" if not first or first == "Guest Contributor" else first.split()[0]


def topic_of(a):
    topics = [t for t in a["topics"] if t != "Citizen Media"] or ["this story"]
    return rng.choice(topics).lower()


# --- reader links (ham) ------------------------------------------------------------------------
SLUGS = ["report", "analysis", "live", "explainer", "update", "interview", "factcheck", "figures"]


def slug(place):
    return re.sub(r"[^a-z]+", "-", place.lower()).strip("-")


KINDS = [
    "reuters",
    "ap",
    "bbc",
    "aljazeera",
    "wiki",
    "video",
    "wb",
    "imf",
    "relief",
    "hrw",
    "amnesty",
    "tweet",
    "archive",
    "guardian",
    "doi",
    "owid",
    "cpj",
    "substack",
    "rferl",
    "ft",
]


def reader_link(place, kind=None):
    s, y, n = slug(place), rng.choice(["2021", "2022"]), rng.randrange(10000, 99999)
    links = dict(
        zip(
            KINDS,
            [
                f"https://www.reuters.com/world/{s}-{rng.choice(SLUGS)}-2022-01-{rng.randrange(10, 31)}/",
                f"https://apnews.com/article/{s}-{rng.choice(SLUGS)}-{rng.randrange(10**9, 10**10):x}",
                f"https://www.bbc.co.uk/news/world-{rng.randrange(50000000, 60000000)}",
                f"https://www.aljazeera.com/news/2022/1/{rng.randrange(2, 31)}/{s}-{rng.choice(SLUGS)}",
                f"https://en.wikipedia.org/wiki/{place.replace(' ', '_')}",
                f"https://www.youtube.com/watch?v={''.join(rng.choice('abcdefghijkmnpqrstuvwxyzABCDEFGH0123456789_-') for _ in range(11))}",
                f"https://data.worldbank.org/country/{s}",
                f"https://www.imf.org/en/Countries/{place[:3].upper()}",
                f"https://reliefweb.int/report/{s}/{s}-situation-report-{n}",
                f"https://www.hrw.org/world-report/2022/country-chapters/{s}",
                f"https://www.amnesty.org/en/location/asia-and-the-pacific/{s}/report-{s}/",
                f"https://twitter.com/{rng.choice(['ap', 'afp', 'Reuters', 'GlobalVoices'])}/status/{rng.randrange(10**18, 10**19)}",
                f"https://web.archive.org/web/{y}0{rng.randrange(1, 9)}15000000/https://www.{s}times.example/news/{n}",
                f"https://www.theguardian.com/world/2022/jan/{rng.randrange(2, 31):02d}/{s}-{rng.choice(SLUGS)}",
                f"https://doi.org/10.{rng.randrange(1000, 9999)}/{rng.choice(['s41586', 'j.worlddev', 'pnas'])}.{y}.{n}",
                f"https://ourworldindata.org/coronavirus/country/{s}",
                f"https://www.cpj.org/{y}/01/{s}-journalist-{rng.choice(['detained', 'released', 'charged'])}/",
                f"https://{rng.choice(['newsletter', 'notes', 'field'])}{rng.randrange(2, 99)}.substack.com/p/{s}-what-i-saw",
                f"https://www.rferl.org/a/{s}-{rng.choice(SLUGS)}/{rng.randrange(31000000, 32000000)}.html",
                f"https://www.ft.com/content/{rng.randrange(10**8, 10**9):x}-{rng.randrange(1000, 9999)}",
            ],
            strict=True,
        )
    )
    return links[kind or rng.choice(KINDS)]


def slots(text, a, extra=None):
    place = place_of(a)
    values = {
        "place": lambda: place,
        "author": lambda: author_of(a),
        "topic": lambda: topic_of(a),
        "link": lambda: reader_link(place),
        "n": lambda: str(rng.randrange(2, 19)),
        "pct": lambda: str(rng.randrange(3, 41)),
        "year": lambda: str(rng.randrange(1994, 2019)),
    }
    values.update({k: (lambda k=k: reader_link(place, k)) for k in KINDS})
    values.update(extra or {})
    text = spin(rng, text)
    return re.sub(r"\$(\w+)", lambda m: values[m.group(1)]() if m.group(1) in values else m.group(0), text)


# --- reader identities ----------------------------------------------------------------------------
FIRST = [
    "Ana",
    "Tomás",
    "Priya",
    "Oluwaseun",
    "Kenji",
    "Lena",
    "Dmitri",
    "Fatima",
    "Jonas",
    "Carmen",
    "Aigerim",
    "Ravi",
    "Sibusiso",
    "Marta",
    "Hiroshi",
    "Nadia",
    "Pavel",
    "Grace",
    "Ahmed",
    "Ingrid",
    "Bilal",
    "Zsófia",
    "Jiří",
    "Thabo",
    "Yerlan",
    "Mariama",
    "Luc",
    "Farah",
    "Sami",
    "Anjali",
    "Ebba",
    "Nemanja",
    "Halima",
    "Rosa",
    "Kwame",
    "Mei",
    "Wanjiru",
    "Tariq",
    "Olga",
    "Pedro",
    "Siddharth",
    "Ewa",
    "Dwayne",
    "Keisha",
]
LAST = [
    "Silva",
    "Novak",
    "Kovács",
    "Osei",
    "Tanaka",
    "Ahmed",
    "Petrov",
    "Lindqvist",
    "Okafor",
    "Haddad",
    "Mensah",
    "Fernández",
    "Iyer",
    "Dlamini",
    "Nurlanov",
    "Horvat",
    "Ramírez",
    "Chen",
    "Mohamud",
    "Thapa",
    "Pierre",
    "Jovanović",
    "Svensson",
    "Khan",
    "Reyes",
    "Walsh",
]
NICKS = [
    "Maria from Lisbon",
    "Joe's Garage",
    "old_sailor",
    "Kathmandu Dad",
    "retired teacher",
    "nightshift nurse",
    "Anon",
    "a reader in Almaty",
    "Bongani (Durban)",
    "GreenThumbFarm",
    "frustrated_commuter",
    "Tita Lorna",
    "Mamadou's Tailoring",
    "skeptic42",
    "grandma k",
    "Port of Spain lime",
    "the cartographer",
    "ex-diplomat",
    "Pinar (Izmir)",
    "Hakim the baker",
]
MAIL = [
    "gmail.com",
    "yahoo.com",
    "outlook.com",
    "hotmail.com",
    "proton.me",
    "icloud.com",
    "gmx.de",
    "seznam.cz",
    "mail.ru",
    "yandex.kz",
    "web.de",
    "orange.fr",
    "freemail.hu",
    "bigpond.com",
]
OWN_SITES = [
    "https://{u}.wordpress.com",
    "https://{u}.substack.com",
    "https://github.com/{u}",
    "https://www.linkedin.com/in/{u}",
    "https://mastodon.social/@{u}",
    "https://www.flickr.com/photos/{u}",
    "https://{u}.blogspot.com",
    "https://{u}.net",
    "https://bsky.app/profile/{u}.bsky.social",
]


def reader(name_kind=None, site_share=0.12):
    if name_kind:
        name = name_kind if isinstance(name_kind, str) else rng.choice(name_kind)
    else:
        r = rng.random()
        if r < 0.55:
            name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        elif r < 0.75:
            name = rng.choice(FIRST)
        elif r < 0.9:
            name = rng.choice(NICKS)
        else:
            name = f"{rng.choice(FIRST).lower()}{rng.randrange(1, 99)}"
    u = re.sub(r"[^a-z0-9]+", "", name.lower().replace(" ", "")) or "reader"
    email = "" if rng.random() < 0.15 else f"{u}{rng.choice(['', '.', str(rng.randrange(1, 1990))])}@{rng.choice(MAIL)}".replace(".@", "@")
    url = rng.choice(OWN_SITES).format(u=u) if rng.random() < site_share else ""
    return name, email, url


# --- ham templates: (key, text, name or list of names or None, url or None) ---------------------------
HAM = [
    (
        "thanks-author",
        "Thank you $author, {this is the first piece I've read that explains it properly|clear and fair, as usual}.",
        None,
        None,
    ),
    ("short-wow", "{wow|Wow.|unbelievable|sad.|About time.}", None, None),
    ("one-word-agree", "{This.|Exactly.|Agreed.|+1}", None, None),
    (
        "question-source",
        "Where does the $pct % figure come from, $author? I can't find it in anything the government of $place has published.",
        None,
        None,
    ),
    (
        "correction-date",
        "Small correction: the law in $place was passed in $year, not the year after. It was amended later, which may be the confusion.",
        None,
        None,
    ),
    ("correction-figure-link", "The population figure is out of date, the latest census is here: $link", None, None),
    (
        "eyewitness-queue",
        "I was in the queue outside the bank in $place on Tuesday. Three hours, and they gave everyone a limit of the equivalent of $n dollars. Nobody in the queue believed the official story.",
        None,
        None,
    ),
    (
        "eyewitness-internet",
        "internet down here again since last night. writing this from my cousin's phone. the article is right about how it started",
        None,
        None,
    ),
    ("angry-govt", "The government of $place should be ashamed. Every year the same promises, every year the same excuses.", None, None),
    ("angry-media", "Typical Western media, you only care about $place when something explodes. Where were you last year?", None, None),
    ("shouting", "THIS IS EXACTLY WHAT WE SAID WOULD HAPPEN AND NOBODY LISTENED!!!", None, None),
    ("sarcasm-ministry", "Oh great, another commission of inquiry. That will surely fix it this time 🙄", None, None),
    ("joke-weather", "Meanwhile the only thing our politicians agree on is their own pay rise. {Priorities.|Classic.}", None, None),
    (
        "reply-at-disagree",
        "@{Pavel|Grace|skeptic42|Tariq} you are mixing up two different things. The protest was about fuel prices, the arrests came later and were about the posts online.",
        None,
        None,
    ),
    ("reply-at-agree", "@{Ana|Olga|Kathmandu Dad} agree with you completely, my family there says the same.", None, None),
    ("reply-thanks-link", "@{Jonas|Marta|old_sailor} thanks for the link, hadn't seen that report.", None, None),
    (
        "long-argument",
        "I think the article misses the economic side. $place imports most of its fuel and food, so when the currency drops {20|30|40} % everything follows within weeks. People are not protesting about one decision, they are protesting about two years of prices going up while wages stood still.\n\nThat does not excuse the crackdown. But if you want to understand why ordinary people went out, start with the price of bread.",
        None,
        None,
    ),
    (
        "long-history",
        "Some context that is missing: the same thing happened in $year. Back then the opposition boycotted the vote and it was a mistake they still talk about. This time they are trying a different approach, through the courts and through local councils. Whether it works is another question, but it is not a repeat.",
        None,
        None,
    ),
    (
        "doctor",
        "I'm a doctor working in a district hospital. The $topic angle is real: we had $n patients last week who delayed coming in because they could not pay for the bus. Please keep reporting on this.",
        ["Dr. " + f for f in ("Osei", "Iyer", "Haddad", "Novak")],
        None,
    ),
    (
        "nurse-covid",
        "Nurse here. The vaccine supply was never the only problem, it's staff. We are {four|five|six} nurses for a ward of forty.",
        None,
        None,
    ),
    (
        "trader",
        "As someone who trades FX for a living: the central bank of $place has been burning reserves to hold the rate. When that runs out the official rate and the street rate will meet, and not in a nice way.",
        None,
        None,
    ),
    (
        "lawyer",
        "Lawyer here. The charge they used carries up to $n years, but it has almost never been used against journalists before. That is the real story.",
        None,
        None,
    ),
    (
        "farmer",
        "We farm maize and beans. Fertiliser has doubled since last season, diesel too. Nobody from the ministry has visited our district in two years.",
        ["GreenThumbFarm", "Thabo Dlamini", "Wanjiru M."],
        None,
    ),
    (
        "soldier-mother",
        "My son is a conscript. He was told he would be home by now. I read everything about $place every day and I just want him back.",
        None,
        None,
    ),
    (
        "teacher-students",
        "I teach secondary school and my students asked me about this today. It's hard to explain to 15-year-olds why people are arrested for a post. Thank you for a piece I can share with them.",
        None,
        None,
    ),
    (
        "crypto-remittance",
        "People keep saying crypto is only for speculators. My brother sends money home to $place in USDT because the banks take 9 % and three days. Not ideal, but that's reality.",
        None,
        None,
    ),
    (
        "crypto-scam-warning",
        "Be careful, after the last article on $place there were accounts in the replies offering to 'recover' lost crypto. They are scammers. Nobody can recover it for a fee.",
        None,
        None,
    ),
    (
        "betting-youth",
        "Sports betting apps are everywhere in our neighbourhood, every young man has two or three on his phone. The government taxes them but does nothing about the addiction.",
        None,
        None,
    ),
    (
        "medicine-price",
        "Insulin went from {3,000|4,500|6,200} to almost double in two months at our pharmacy. My father is diabetic. This is the news nobody covers.",
        None,
        None,
    ),
    (
        "loan-app",
        "The loan apps are the hidden part of this story. They call your contacts and shame you if you are late. My colleague's mother got messages at 2 a.m.",
        None,
        None,
    ),
    (
        "visa-agent",
        "A cousin paid an 'agent' {1,500|2,000|2,500} euros for a work visa that never existed. Please tell people: the embassy website is the only place to apply.",
        None,
        None,
    ),
    (
        "job-scam",
        "There's a wave of fake job offers on Telegram here, 'like videos and earn'. My neighbour lost his savings. Hope the police look at it after this kind of reporting.",
        None,
        None,
    ),
    ("helpline", "If anyone reading this is affected and in the UK, the Samaritans are on 116 123, free, any time.", None, None),
    (
        "whatsapp-group",
        "We set up a WhatsApp group in our street to share where there is bread and water. Low tech, works better than any app.",
        None,
        None,
    ),
    (
        "telegram-news",
        "Most people in $place follow the news on Telegram channels now, not TV. Some are good, some are pure propaganda. Hard to know which.",
        None,
        None,
    ),
    ("signal-journalists", "Journalists there moved to Signal after the phones were searched at checkpoints. Makes sense.", None, None),
    ("website-mention", "The election commission's website was down most of the night, which didn't help trust in the count.", None, None),
    ("app-tracking", "Did anyone else notice the contact tracing app asks for location all the time? I uninstalled it.", None, None),
    (
        "price-fuel",
        "Petrol was $n.{20|50|80} a litre last month, today it's almost double at the station near me. Taxi drivers doubled fares overnight.",
        None,
        None,
    ),
    ("question-followup", "Will there be a follow-up when the court decides? Would like to know how this ends.", None, None),
    ("question-translate", "Is there a version of this in the local language? I'd like to send it to my grandmother.", None, None),
    ("link-source-1", "For anyone who wants the full report the article quotes: $link", None, None),
    ("link-video", "There's video of the march here, you can see how many people there were: $video", None, None),
    ("link-contradict", "This contradicts what was reported a week earlier: $link. Which one is right?", None, None),
    (
        "link-two-sources",
        "Two sources with different numbers: $link and $link. The gap between them is bigger than the whole opposition vote.",
        None,
        None,
    ),
    ("link-three-sources", "Further reading if you're interested:\n- $link\n- $link\n- $link", None, None),
    ("link-own-blog", "I wrote about what this looked like from my village last week, photos included: $substack", None, None),
    (
        "own-site-field",
        "Good piece. I've been photographing the changes on the coast in $place for ten years; it's worse than the pictures show.",
        None,
        "own",
    ),
    (
        "ngo-volunteer",
        "I volunteer with a food bank. Demand has gone up $pct % since December. If you can give, give locally.",
        None,
        "own",
    ),
    ("typos", "realy sad news, hope evryone there is safe. my freind lives near there and hasnt answered since yestrday", None, None),
    ("lower-case", "honestly i stopped reading the local papers, they just copy the ministry press release. this is better", None, None),
    ("emoji-support", "Stay strong $place 🙏❤️", None, None),
    ("emoji-angry", "😡😡 every time", None, None),
    ("grief", "We lost my uncle in the floods. Thank you for writing about the people and not only the numbers.", None, None),
    (
        "defend-govt",
        "Not everything is the government's fault. The opposition had years in power and did nothing either. Both sides are the same.",
        None,
        None,
    ),
    ("whataboutism", "And what about the same thing happening in Europe? Funny how that never makes the front page.", None, None),
    (
        "climate-local",
        "The rains came six weeks late this year. Old people in my village say they have never seen it like this.",
        None,
        None,
    ),
    (
        "sport-aside",
        "Off topic but the national team played on the same day and the stadium was half empty, people were too scared to go out.",
        None,
        None,
    ),
    (
        "tech-censorship",
        "They didn't block the internet completely, they throttled it. Easier to deny. VPNs worked for the first two days then stopped.",
        None,
        None,
    ),
    (
        "crime-local",
        "The robbery statistics quoted are only the reported ones. Nobody reports to the police here because the police ask for money.",
        None,
        None,
    ),
    (
        "scam-sms-warning",
        "Also beware of SMS messages pretending to be from the post office asking for a 'customs fee'. My mother nearly paid.",
        None,
        None,
    ),
    (
        "fraud-donations",
        "Please only donate through known organisations. After the last disaster there were fake fundraising pages with stolen photos.",
        None,
        None,
    ),
    (
        "drug-policy",
        "Decriminalising cannabis is not the same as legalising it, the article should make that distinction clearer.",
        None,
        None,
    ),
    (
        "economy-figures",
        "Inflation of $pct % is the official number. Ask anyone at the market and they'll tell you food alone is more.",
        None,
        None,
    ),
    (
        "author-praise-crit",
        "I usually like $author's work but this one only quotes one side. Where's the response from the ministry?",
        None,
        None,
    ),
    (
        "ex-resident",
        "Lived in $place for {3|5|8} years. Lovely people, terrible governments. Nothing in this article surprises me.",
        None,
        None,
    ),
    (
        "diaspora",
        "From the diaspora: we watch all this from far away and feel useless. Sending money is the only thing we can do.",
        None,
        None,
    ),
    ("misinformation", "The photo going around on Facebook is from $year, not this week. Please check before sharing.", None, None),
    (
        "business-name",
        "Our shop had to close for four days because of the curfew. Small businesses get nothing from the relief package.",
        ["Joe's Garage", "Mamadou's Tailoring", "Hakim the baker", "Casa Rosa Café"],
        None,
    ),
    ("link-wiki-background", "Background for anyone who doesn't know the history: $wiki", None, None),
    ("link-imf-figures", "The IMF numbers tell a different story from the minister's speech, see $imf (table 2).", None, None),
    ("link-cpj", "The list of journalists still held is here: $cpj", None, None),
    ("link-tweet", "The minister deleted this tweet an hour later: $tweet", None, None),
    (
        "link-paper",
        "There's a peer-reviewed study on exactly this in $place, $doi, the sample is small but the trend is clear.",
        None,
        None,
    ),
    ("link-reliefweb", "if you want to help, the UN situation report lists which agencies are actually on the ground $relief", None, None),
    ("link-question", "Is this the same incident as $link ? The dates don't quite match.", None, None),
    ("link-hrw-angry", "Human rights groups warned about this MONTHS ago: $hrw. Nobody listened.", None, None),
    ("link-owid", "Vaccination numbers for $place are here if anyone wants to check the claim in paragraph 4: $owid", None, None),
    (
        "link-guardian-reply",
        "@{Dmitri|Halima|frustrated_commuter} it was covered elsewhere too, with quotes from the families: $link",
        None,
        None,
    ),
    ("link-video-police", "Video of the police charge, filmed from a balcony. Warning, it's hard to watch. $video", None, None),
    ("link-substack-local", "A local journalist has been writing daily updates in English, worth following: $substack", None, None),
    (
        "link-worldbank-farmer",
        "Farmer here. Look at the food price figures on $wb and tell me again inflation is under control.",
        None,
        None,
    ),
    (
        "link-archive-correction",
        "The article says the decree was published on the 5th but the archived government page shows the 3rd: $archive",
        None,
        None,
    ),
    (
        "link-ft-trader",
        "trader's note: bond yields already priced this in last week, $link. markets knew before the public did.",
        None,
        None,
    ),
    ("link-rferl-kk", "Қазақша толығырақ: $rferl", None, None),
    # other languages
    ("sv", "Tack för en bra artikel. Det är sällan man läser något om $place i svenska medier.", None, None),
    ("cs", "Díky za článek. U nás se o tom skoro nepíše, přitom je to dost důležité.", None, None),
    ("hu", "Nagyon jó cikk, köszönöm. Szomorú, hogy ez még mindig így megy.", None, None),
    ("ur", "یہ بہت افسوسناک خبر ہے۔ اللہ سب کو اپنی حفاظت میں رکھے۔", None, None),
    ("ta", "மிகவும் வருத்தமான செய்தி. அங்குள்ள மக்கள் பாதுகாப்பாக இருக்க வேண்டும்.", None, None),
    ("ja", "とても分かりやすい記事でした。日本ではほとんど報道されていません。", None, None),
    ("ca", "Molt bon article. Aquí gairebé no se'n parla, gràcies per explicar-ho.", None, None),
    ("sr", "Isto se dešavalo i kod nas devedesetih. Narod plaća cenu, a političari se ne menjaju.", None, None),
    ("zu", "Ngiyabonga ngalolu daba. Abantu bakithi bahlupheka kakhulu.", None, None),
    ("kk", "Рахмет, өте маңызды мақала. Біздің елде де осындай жағдай болды.", None, None),
    ("ht", "Mèsi pou atik sa a. Se menm bagay la k ap pase lakay nou tou.", None, None),
    ("so", "Mahadsanid warbixintan. Dadka halkaas ku nool Ilaahay ha u gargaaro.", None, None),
    ("ne", "धेरै राम्रो लेख। हाम्रो देशमा पनि यस्तै समस्या छ।", None, None),
    ("es-prices", "Aquí los precios subieron igual, el pan cuesta el doble que en enero. Gracias por el artículo.", None, None),
    ("ru-question", "А есть ли данные за прошлый год? Интересно сравнить.", None, None),
    (
        "fr-correction",
        "Petite correction : ce n'est pas le premier ministre mais le ministre de l'Intérieur qui a fait cette déclaration.",
        None,
        None,
    ),
    ("de-eyewitness", "Ich war im Dezember dort. Die Stimmung war schon damals sehr angespannt, überall Polizei.", None, None),
    ("tr-angry", "Her seferinde aynı hikaye. Halk fakirleşiyor, kimse hesap vermiyor.", None, None),
    ("pt-thanks", "Obrigada pelo texto, $author. Vou partilhar com os meus alunos.", None, None),
    ("mixed-taglish", "grabe talaga, same thing happened sa province namin last year. walang tulong from the government.", None, None),
    ("ar-prayer", "الله يحفظ أهل $place ويصبرهم. مقال مهم، شكراً.", None, None),
]

# --- spam ------------------------------------------------------------------------------------------------
ANCHORS = {
    "pharma": [
        "buy cheap viagra",
        "Generic Cialis Online",
        "tramadol no prescription",
        "Online Pharmacy 24h",
        "semaglutide buy",
        "modafinil shop",
    ],
    "casino": [
        "best online casino",
        "Slot Gacor Hari Ini",
        "Bet Tips Pro",
        "free spins no deposit",
        "Casino Bonus 2022",
        "aviator predictor",
    ],
    "loans": ["fast payday loans", "Loan Approval Today", "bad credit loans", "instant cash advance"],
    "crypto": ["Bitcoin Recovery Expert", "crypto signals vip", "Elite Trade Mentor", "Funds Recovery Agency", "USDT mining pool"],
    "seo": ["SEO Services", "buy backlinks", "Digital Marketing Agency", "guest post service", "web design company"],
    "essay": ["write my essay", "Essay Writing Service", "assignment help uk", "do my homework"],
    "adult": ["hot singles", "Adult Chat", "escort service", "meet girls tonight"],
    "support": ["Airline Customer Care", "printer support number", "QuickBooks Support", "Norton Helpline"],
    "fake": ["replica watches", "Fake Passport Online", "buy counterfeit money", "cheap designer bags"],
    "iptv": ["Best IPTV Subscription", "IPTV UK", "free VPN premium", "live football stream"],
    "wfh": ["work from home jobs", "Earn Online Daily", "part time job online"],
    "hacker": ["hire a hacker", "Ethical Hacker Pro", "phone spy app"],
    "spell": ["Dr. Okoro Spell Temple", "lost love spell caster", "Powerful Spell Caster"],
    "diet": ["keto gummies", "Weight Loss Pills", "CBD Oil Shop", "detox tea"],
    "visa": ["Canada Work Visa Agent", "Green Card Lottery Help", "Schengen Visa Fast"],
    "followers": ["buy instagram followers", "Google Reviews Service", "TikTok likes cheap"],
    "prize": ["Gift Card Winner", "Claim Your Prize", "Lucky Draw Official"],
}
DOMAINS = {
    "pharma": ["rxmedsdirect.shop", "pharma-24h.top", "bestpillsonline.net", "meds4less.store", "glp1-pen.online"],
    "casino": ["slotgacor88.vip", "bet365-bonus.click", "casinoroyale-spins.com", "aviator-signals.xyz", "toto-win77.net"],
    "loans": ["quickcash-now.loan", "paydaylenders-usa.com", "instantloan-ph.online", "credit4all.biz"],
    "crypto": ["recoverfunds-legal.com", "bitpro-mining.io", "elitefx-trade.co", "usdt-pool.cc", "chainrecover.org"],
    "seo": ["rankboost-seo.com", "linkbuilders.agency", "topdigitalpros.in", "guestpostfarm.net", "webdesign-city.co.uk"],
    "essay": ["essaypros-uk.com", "myhomeworkdone.net", "assignmenthelp24.co", "writingexperts.org"],
    "adult": ["hotdate-local.club", "camgirls-live.xxx", "meet-singles.love", "night-companions.vip"],
    "support": ["airline-helpdesk.us", "printerfix-support.com", "qb-support-number.net", "antivirus-care.help"],
    "fake": ["replicaluxe.store", "docs-express.net", "super-notes.biz", "designer-outlet-sale.shop"],
    "iptv": ["iptv-king.tv", "strong-iptv4k.com", "vpn-premium-free.net", "footylive-hd.stream"],
    "wfh": ["easyjobs-online.work", "daily-earn.club", "remote-cash.site"],
    "hacker": ["hackerforhire.pro", "spyphone-app.net", "cyber-recovery-team.com"],
    "spell": ["okorospelltemple.com", "lovespell-guaranteed.net", "powerful-spells.org"],
    "diet": ["ketoslim-gummies.com", "fatburn-pro.shop", "purecbd-store.net", "detoxglow.co"],
    "visa": ["canada-jobs-visa.com", "greencard-win.org", "visa-fast-track.net"],
    "followers": ["buyfollowers-fast.com", "5star-reviews.pro", "tiktok-boost.app"],
    "prize": ["claim-reward-now.com", "giftcard-winners.net", "promo-lucky-draw.top"],
}
PERSONAS = [
    "Jessica Miller",
    "Sarah Johnson",
    "Mark Davies",
    "Linda Brown",
    "Kevin Smith",
    "Amanda Clarke",
    "Robert Wilson",
    "Emily Harris",
    "Daniel Moore",
    "Julia Roberts",
]
SHORT = ["bit.ly/{c}", "tinyurl.com/{c}", "cutt.ly/{c}", "t.ly/{c}", "rb.gy/{c}", "is.gd/{c}", "shorturl.at/{c}"]
SPAM_MAIL = ["gmail.com", "outlook.com", "yahoo.com", "mail.ru", "protonmail.com", "hotmail.com", "qq.com", "163.com", "yandex.ru"]


def code(n=6):
    return "".join(rng.choice("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(n))


def phone():
    return (
        rng.choice(["+1 ", "+44 ", "+234 ", "+91 ", "+1-888-", "+62 ", "+971 "])
        + f"{rng.randrange(200, 999)} {rng.randrange(100, 999)} {rng.randrange(1000, 9999)}"
    )


def spam_slots(fam, dom):
    return {
        "dom": lambda: dom,
        "url": lambda: f"https://{dom}/{rng.choice(['', '?ref=' + code(4), 'offer', 'promo/' + code(5), 'go'])}".rstrip("/"),
        "short": lambda: "https://" + rng.choice(SHORT).format(c=code(rng.randrange(5, 8))),
        "phone": phone,
        "wa": lambda: f"https://wa.me/{rng.choice(['1', '44', '234', '62', '971'])}{rng.randrange(10**9, 10**10)}",
        "tg": lambda: (
            f"@{rng.choice(['crypto', 'bet', 'recover', 'vip', 'pro', 'mentor', 'support'])}_{rng.choice(['expert', 'signals', 'desk', 'team', 'official'])}{rng.randrange(1, 999)}"
        ),
        "anchor": lambda: rng.choice(ANCHORS[fam]),
        "pct": lambda: str(rng.randrange(150, 900)),
        "n": lambda: str(rng.randrange(2, 50)),
    }


CYR = str.maketrans({"a": "а", "e": "е", "o": "о", "c": "с", "p": "р", "x": "х", "y": "у", "i": "і"})


def obfuscate(kind, text):
    if kind == "cyr":
        return text.translate(CYR)
    if kind == "zw":
        return re.sub(r"(?<=[A-Za-z])(?=[A-Za-z])", lambda m: "\u200b" if rng.random() < 0.3 else "", text)
    if kind == "fw":
        return "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" and ch.isalnum() else ch for ch in text)
    if kind == "bold":
        out = []
        for ch in text:
            if "A" <= ch <= "Z":
                out.append(chr(0x1D400 + ord(ch) - 65))
            elif "a" <= ch <= "z":
                out.append(chr(0x1D41A + ord(ch) - 97))
            else:
                out.append(ch)
        return "".join(out)
    if kind == "spaced":
        return " ".join(text)
    return text


# (key, family, text, name style: anchor/persona/handle/url, website field: yes/no, obfuscation)
SPAM = [
    (
        "pharma-plain",
        "pharma",
        "{Buy|Order} {Viagra|Cialis|Levitra} online without prescription, {discreet shipping|overnight delivery} worldwide: $url",
        "anchor",
        True,
        None,
    ),
    (
        "pharma-glp1",
        "pharma",
        "Lose up to 20 kg with Ozempic / semaglutide pens, no doctor visit needed. {Order now|Limited stock}: $url",
        "persona",
        True,
        None,
    ),
    ("pharma-tramadol", "pharma", "tramadol 100mg, oxycodone, xanax bars available. WhatsApp $wa for price list", "handle", False, None),
    ("pharma-cyr", "pharma", "cheap viagra and cialis pills, best price guaranteed, visit $dom", "anchor", True, "cyr"),
    (
        "pharma-html",
        "pharma",
        '<a href="$url">online pharmacy</a> <a href="$url">buy modafinil</a> <a href="$url">generic cialis</a>',
        "anchor",
        True,
        None,
    ),
    (
        "casino-gacor",
        "casino",
        "Slot gacor hari ini maxwin {terbaru|terpercaya}, daftar sekarang di $url bonus new member 100%",
        "anchor",
        True,
        None,
    ),
    (
        "casino-spins",
        "casino",
        "Get 200 free spins no deposit at the {best|top} online casino of 2022! Claim here $short",
        "anchor",
        True,
        None,
    ),
    ("casino-aviator", "casino", "Aviator predictor app 99% accuracy, I won $pct USD this week. Telegram $tg", "handle", False, None),
    ("casino-fixed", "casino", "FIXED MATCHES 100% SURE, HT/FT odds 30+. serious buyers only. whatsapp $wa", "handle", False, None),
    ("casino-bbcode", "casino", "[url=$url]online casino real money[/url] [url=$url]sports betting tips[/url]", "anchor", True, None),
    ("casino-bold", "casino", "Best casino bonus today", "anchor", True, "bold"),
    (
        "loan-testimonial",
        "loans",
        "I was denied by every bank until I found {Mrs.|Mr.} {Anna|David} Loan Firm, got {$n,000|$pct,000} at 2% in 24 hours. Contact: loanfirm$n@gmail.com",
        "persona",
        False,
        None,
    ),
    ("loan-payday", "loans", "Need cash fast? Payday loans up to $1000 approved in minutes, no credit check: $url", "anchor", True, None),
    ("loan-short", "loans", "instant loan approval, bad credit ok >> $short", "anchor", False, None),
    (
        "crypto-recovery",
        "crypto",
        "I lost {$n|$pct},000 USDT to a fake trading platform and thought it was gone forever until {Cyber Recovery Pro|Trust Chain Recovery} helped me get it all back. Reach them on Telegram $tg",
        "persona",
        False,
        None,
    ),
    (
        "crypto-mentor",
        "crypto",
        "Thanks to my mentor {Mrs. Olivia Grant|Mr. James Carter} I now make $pct% weekly on Bitcoin trading. She is legit, WhatsApp: $wa",
        "persona",
        False,
        None,
    ),
    (
        "crypto-airdrop",
        "crypto",
        "🚀 {Official|Exclusive} airdrop live! Connect your wallet to claim 500 tokens before it ends: $url",
        "handle",
        True,
        None,
    ),
    (
        "crypto-pig",
        "crypto",
        "Hello dear, I saw your comment and you seem like a kind person. I am new here and work in crypto investment, maybe we can be friends? my telegram $tg",
        "persona",
        False,
        None,
    ),
    ("crypto-signals", "crypto", "VIP crypto signals {95%|98%} win rate, join free for 3 days $short", "anchor", True, None),
    (
        "crypto-celebrity",
        "crypto",
        "Elon Musk's new AI trading platform is paying out {$n,000|$pct,000} a month to early users. I've tried it: $url",
        "persona",
        True,
        None,
    ),
    ("crypto-zw", "crypto", "Bitcoin recovery expert, contact for lost funds", "anchor", True, "zw"),
    (
        "seo-outreach",
        "seo",
        "Hi, I'm {Sarah|Kevin} from an SEO agency. Your site has great content but low domain authority. We can get you DA 50+ backlinks for $n$. Email me: outreach@$dom",
        "persona",
        True,
        None,
    ),
    (
        "seo-guestpost",
        "seo",
        "Do you accept guest posts? I can pay $pct USD for a do-follow link on this site. Reply to this comment or mail links@$dom",
        "persona",
        True,
        None,
    ),
    (
        "seo-praise-link",
        "seo",
        "{Great|Nice|Very informative} {article|post}, {thanks for sharing|keep it up}! {I also write about this|Check out my site} at $url",
        "persona",
        True,
        None,
    ),
    (
        "seo-praise-field",
        "seo",
        "{Thank you for this wonderful|Really helpful and well written} {article|information}. I {will bookmark|have bookmarked} your site.",
        "anchor",
        True,
        None,
    ),
    (
        "seo-copied",
        "seo",
        "The government of $place should be ashamed of how it handled this. Every year the same promises.",
        "anchor",
        True,
        None,
    ),
    ("seo-markdown", "seo", "Useful resources: [best web design company]($url) and [local SEO]($url)", "anchor", True, None),
    ("seo-url-name", "seo", "Good information about $place, helped me a lot.", "url", True, None),
    (
        "essay-plain",
        "essay",
        "Struggling with your essay? Professional writers, plagiarism-free, any deadline. Order at $url and get 15% off",
        "anchor",
        True,
        None,
    ),
    ("essay-exam", "essay", "I can take your online exam or class for you, guaranteed A grade. DM on WhatsApp $wa", "handle", False, None),
    ("adult-dating", "adult", "Lonely tonight? Hot singles in your area want to chat 😘 $short", "anchor", True, None),
    ("adult-escort", "adult", "Independent escorts {Dubai|Mumbai|Istanbul} 24/7, real photos, call $phone", "anchor", True, None),
    ("adult-spaced", "adult", "hot girls", "anchor", True, "spaced"),
    (
        "support-airline",
        "support",
        "For {cancellations|refunds|name change} call the {Delta|Emirates|Qatar Airways} customer care number $phone (24/7 toll free)",
        "anchor",
        True,
        None,
    ),
    ("support-printer", "support", "HP printer offline? Call our printer support experts at $phone, instant fix.", "anchor", True, None),
    (
        "support-wallet",
        "support",
        "Coinbase support number $phone. Locked account or missing funds? Our team is available now.",
        "anchor",
        False,
        None,
    ),
    (
        "fake-docs",
        "fake",
        "Buy real and fake passports, driver's licences, ID cards, IELTS certificates registered in the database. Contact docs@$dom",
        "persona",
        True,
        None,
    ),
    ("fake-watches", "fake", "Swiss replica watches, Rolex, AP, Patek, 1:1 quality, free shipping: $url", "anchor", True, None),
    ("fake-money", "fake", "Grade A undetectable counterfeit notes USD EUR GBP for sale. Telegram $tg", "handle", False, None),
    ("iptv-sub", "iptv", "Best IPTV subscription 2022, 20,000+ channels, all sports and PPV, free 24h trial: $url", "anchor", True, None),
    ("iptv-vpn", "iptv", "This website is blocked in $place? Use our premium VPN free for 30 days: $short", "anchor", True, None),
    ("iptv-stream", "iptv", "watch live football free HD no ads >>> $dom", "anchor", True, None),
    (
        "wfh-moms",
        "wfh",
        "I'm making $pct dollars a day from home on my laptop. Last month my paycheck was {$n,000|$pct,000}. Everybody can do this, just go to this site: $url",
        "persona",
        True,
        None,
    ),
    (
        "wfh-likes",
        "wfh",
        "Part-time job: like YouTube videos and earn 50-300 USD daily, payment same day. Contact HR on WhatsApp $wa",
        "persona",
        False,
        None,
    ),
    ("wfh-fw", "wfh", "Earn 500 daily from home", "anchor", True, "fw"),
    (
        "hacker-hire",
        "hacker",
        "Need to catch a cheating spouse? Hack WhatsApp, Instagram, email, change grades, fix credit score. Contact {cyberghost|hackwizard}$n@gmail.com",
        "handle",
        False,
        None,
    ),
    (
        "hacker-recover",
        "hacker",
        "Hire a genuine hacker to recover hacked accounts and stolen crypto. Fast and confidential: $url",
        "anchor",
        True,
        None,
    ),
    (
        "spell-love",
        "spell",
        "My husband left me for another woman until I contacted Dr. {Okoro|Ajayi|Zuma} for a love spell. In 48 hours he came back begging. Email: {drokoro|ajayispell|zumatemple}@gmail.com WhatsApp $phone",
        "persona",
        False,
        None,
    ),
    (
        "spell-lottery",
        "spell",
        "I won the lottery with the help of a powerful spell caster, thank you Dr. {Ben|Ekpen}!! {Contact him|visit} $url",
        "persona",
        True,
        None,
    ),
    (
        "diet-gummies",
        "diet",
        "{Shark Tank|Dr. Oz} approved keto gummies melt belly fat without diet or exercise. Official site: $url",
        "anchor",
        True,
        None,
    ),
    ("diet-cbd", "diet", "Our pure CBD oil helps with anxiety, pain and sleep. 50% off today only >> $short", "anchor", True, None),
    ("diet-cyr", "diet", "lose weight fast with the new fat burner pills", "anchor", True, "cyr"),
    (
        "visa-canada",
        "visa",
        "Canada is hiring {10,000|50,000} foreign workers, visa sponsorship and free flight ticket. Apply now before the deadline: $url",
        "persona",
        True,
        None,
    ),
    ("visa-greencard", "visa", "Guaranteed US green card in 3 months, no lottery needed, 100% legal. WhatsApp $wa", "persona", False, None),
    ("followers-ig", "followers", "Buy real Instagram followers and likes, instant delivery, from $2: $url", "anchor", True, None),
    (
        "followers-reviews",
        "followers",
        "Boost your business with 5-star Google reviews from real accounts. Cheap bulk packages: $dom",
        "anchor",
        True,
        None,
    ),
    (
        "prize-giftcard",
        "prize",
        "🎉 Congratulations! You have been selected to receive a $1000 {Amazon|Walmart|Apple} gift card. Claim within 24 hours: $short",
        "handle",
        True,
        None,
    ),
    (
        "prize-parcel",
        "prize",
        "Your parcel is on hold due to unpaid customs fee (1.99 USD). Update delivery details: $short",
        "handle",
        False,
        None,
    ),
    (
        "prize-phish",
        "prize",
        "Your account will be suspended. Verify your identity now at $url to avoid losing access.",
        "handle",
        True,
        None,
    ),
    # other languages
    ("ru-casino", "casino", "Лучшее онлайн казино 2022, бонус {200%|300%} на первый депозит, играйте на $url", "anchor", True, None),
    ("ru-pharma", "pharma", "Купить виагру без рецепта с доставкой, анонимно: $dom", "anchor", True, None),
    ("zh-betting", "casino", "最新{体育|足球}博彩平台，注册送888元，{微信|WeChat} {win888|bet2022}", "handle", True, None),
    (
        "pt-loan",
        "loans",
        "Empréstimo rápido sem consulta ao SPC/Serasa, aprovação em 5 minutos. Chama no WhatsApp $wa",
        "persona",
        False,
        None,
    ),
    (
        "es-crypto",
        "crypto",
        "Gracias a la señora {Carmen|Lucía} ahora gano $pct dólares diarios con Bitcoin. Escríbele al WhatsApp $wa",
        "persona",
        False,
        None,
    ),
    (
        "vi-loan",
        "loans",
        "Vay tiền online nhanh, không cần thế chấp, giải ngân trong 15 phút. Liên hệ Zalo 0912 $pct 567",
        "handle",
        False,
        None,
    ),
    ("id-pharma", "pharma", "Jual obat {aborsi|kuat} asli, pengiriman cepat seluruh Indonesia, hubungi $wa", "handle", False, None),
    ("ar-spell", "spell", "شيخ روحاني لجلب الحبيب وفك السحر، اتصل الآن $phone", "persona", False, None),
    ("hi-betting", "casino", "bhai daily 5000 kamao cricket betting se, sure tips, join karo telegram $tg", "handle", False, None),
    ("tr-bet", "casino", "Deneme bonusu veren siteler 2022, hemen üye ol $short", "anchor", True, None),
    ("ko-casino", "casino", "안전한 토토사이트 추천, 가입머니 3만원 즉시 지급 $url", "anchor", True, None),
    ("ja-adult", "adult", "今すぐ会える女の子、無料登録はこちら $short", "anchor", True, None),
    (
        "fr-crypto",
        "crypto",
        "J'ai récupéré mes bitcoins volés grâce à {Maître|Expert} Recovery, contactez-les sur $url",
        "persona",
        True,
        None,
    ),
    ("de-seo", "seo", "Toller Artikel! Wir bieten günstige SEO-Optimierung und hochwertige Backlinks: $url", "anchor", True, None),
    (
        "multi-lang",
        "crypto",
        "Invest in Bitcoin today / Investiere heute in Bitcoin / Invierte hoy en Bitcoin — $url",
        "anchor",
        True,
        None,
    ),
    ("bare-dotcom", "pharma", "cheap meds here: rxpills4u[.]com no prescription needed", "handle", False, None),
    ("contact-only", "wfh", "anyone want to earn extra income? message me on telegram $tg", "persona", False, None),
]

assert len({k for k, *_ in HAM}) == len(HAM) and len({k for k, *_ in SPAM}) == len(SPAM)


def counts(n_templates, total):
    base, extra = divmod(total, n_templates)
    return [base + (i < extra) for i in range(n_templates)]


def pick_article():
    return rng.choice(SLICE)


def retouch(body):
    """A second reader rarely types the very same words: change the case or the ending."""
    r = rng.random()
    if r < 0.3 and "http" not in body:
        return body.lower()
    end = rng.choice(["!", "!!", "...", " 🙏", " 👍", " 😔", "?!", " +1"])
    return body.rstrip(".!") + end


items = []
seen = set()
for (key, text, names, url_kind), n in zip(HAM, counts(len(HAM), 300), strict=True):
    for _ in range(n):
        a = pick_article()
        body = slots(text, a)
        while body in seen:
            body = retouch(body)
        seen.add(body)
        name, email, url = reader(names, 0.5 if url_kind == "own" else 0.1)
        if url_kind == "own" and not url:
            url = rng.choice(OWN_SITES).format(u=re.sub(r"[^a-z0-9]+", "", name.lower()) or "reader")
        items.append(
            {"label": "ham", "source": f"heldback5:ham:{key}", "article": a["id"], "body": body, "name": name, "email": email, "url": url}
        )


def spammer(style, fam, site, dom):
    if style == "anchor":
        name = rng.choice(ANCHORS[fam])
    elif style == "persona":
        name = rng.choice(PERSONAS)
    elif style == "url":
        name = f"https://{dom}"
    else:
        name = f"{rng.choice(['vip', 'pro', 'bot', 'best', 'lucky'])}{rng.choice(['_', ''])}{code(5).lower()}"
    user = re.sub(r"[^a-z0-9]+", "", name.lower())[:14] or "info"
    email = rng.choice(
        [f"{user}{rng.randrange(1, 9999)}@{rng.choice(SPAM_MAIL)}", f"info@{dom}", f"{code(8).lower()}@{rng.choice(SPAM_MAIL)}", ""]
    )
    url = f"https://{dom}/" + rng.choice(["", code(5).lower(), "?utm_source=comment"]) if site else ""
    return name, email, url


for (key, fam, text, style, site, obf), n in zip(SPAM, counts(len(SPAM), 300), strict=True):
    for _ in range(n):
        a = pick_article()
        dom = rng.choice(DOMAINS[fam])
        body = obfuscate(obf, slots(text, a, spam_slots(fam, dom)))
        name, email, url = spammer(style, fam, site, dom)
        items.append(
            {"label": "spam", "source": f"heldback5:spam:{key}", "article": a["id"], "body": body, "name": name, "email": email, "url": url}
        )

write_set("comment_spam_heldback5.jsonl", items)

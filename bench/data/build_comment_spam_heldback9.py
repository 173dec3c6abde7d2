"""Build comment_spam_heldback9.jsonl: the ninth held-back set (300 ham, 300 spam).

Written without opening comments/ or bench/comment_spam.py, without reading any earlier set or
builder's templates (only the import lines of one builder), and without running any filter over
this set (see bench/data/README.md). Comments are posted under English Wikinews articles of any
year (CC BY 2.5 / public domain). From an article a comment takes only numbers in its body, by a
fixed rule (`figures` below): the largest figure written in digits that is not a year (`%num%`,
10 or more) and the earliest year mentioned (`%year%`); never the title and never a phrase of the
body. Run from anywhere: `python3 bench/data/build_comment_spam_heldback9.py`.
"""

import datetime
import random
import re
import string

from comment_sets import WIKINEWS, articles, spin, write_set

rng = random.Random(9_2026_1128)

# --------------------------------------------------------------------------------------------
# What a comment may take from its article: numbers only.

YEAR = re.compile(r"\b(1[89]\d\d|20[0-2]\d)\b")
NUMBER = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d,])|(?<![\d.,])\d+(?![\d.,]\d)")


def figures(body):
    """(largest non-year figure >= 10 as written, earliest year) -- either may be None."""
    years = sorted({int(y) for y in YEAR.findall(body)})
    best = None
    for tok in NUMBER.findall(body):
        if YEAR.fullmatch(tok):
            continue
        value = int(tok.replace(",", ""))
        if value >= 10 and (best is None or value > best[0]):
            best = (value, tok)
    return (best, years[0] if years else None)


def other_figure(value):
    """The figure a reader says they saw elsewhere: a simple rule of this set."""
    if value < 100:
        alt = value + max(2, value // 5)
    else:
        alt = int(round(value * 0.8, -(len(str(value)) - 2)))
        if alt == value:
            alt = value - 1
    return f"{alt:,}"


# --------------------------------------------------------------------------------------------
# Link shapes readers cite (and the bits they are made of).

SLUGS = [
    "what-we-know-so-far",
    "officials-deny-reports-of-delay",
    "aid-groups-warn-of-funding-gap",
    "count-resumes-after-overnight-pause",
    "talks-to-restart-next-week",
    "inquiry-finds-serious-failings",
    "court-rejects-appeal",
    "prices-rise-for-third-straight-month",
    "evacuation-orders-widened",
    "toll-revised-upward",
    "explainer-how-the-figures-are-collected",
    "fact-check-viral-video-is-old",
    "opposition-calls-for-independent-review",
    "families-wait-for-news",
    "why-the-numbers-keep-changing",
    "minister-under-pressure",
    "a-timeline-of-events",
    "residents-describe-chaotic-night",
    "analysis-the-long-road-here",
    "live-updates",
    "international-reaction",
    "what-happens-next",
]
HANDLES = [
    "kofi_reports",
    "lenaonthe_ground",
    "mfarouk",
    "tomasz_k",
    "aid_watch",
    "hanna_lindqvist_",
    "rbaptiste",
    "deskeditor_ana",
    "fieldnotes_ij",
    "nwokoye",
    "ptrnguyen",
    "suvi_k",
    "the_real_marta",
    "jdoesnews",
    "ilkerdemir",
    "amalh",
    "shreya_writes",
    "v_okafor",
]
WIKI = [
    "Purchasing_power_parity",
    "Margin_of_error",
    "Proportional_representation",
    "Consumer_price_index",
    "Gini_coefficient",
    "Moment_magnitude_scale",
    "Geneva_Conventions",
    "Advance-fee_scam",
    "Survivorship_bias",
    "Base_rate_fallacy",
    "Freedom_of_the_press",
    "Internally_displaced_person",
    "Universal_Declaration_of_Human_Rights",
    "Hanlon%27s_razor",
    "Sanctions_(law)",
    "Per_capita_income",
    "Rule_of_law",
    "Humanitarian_aid",
    "Excess_mortality",
    "Pig_butchering_scam",
]


def rnd(chars, n):
    return "".join(rng.choice(chars) for _ in range(n))


def digits(n):
    return rnd(string.digits, n)


def alnum(n):
    return rnd(string.ascii_letters + string.digits, n)


def hexs(n):
    return rnd("0123456789abcdef", n)


def link(kind, day):
    """One URL of `kind`, dated around the article's day (what a reader found at the time)."""
    d = day + datetime.timedelta(days=rng.randint(0, 3))
    y, m, dd = d.year, f"{d.month:02d}", f"{d.day:02d}"
    mon = d.strftime("%b").lower()
    slug = rng.choice(SLUGS)
    h = rng.choice(HANDLES)
    shapes = {
        "wire": [
            f"https://www.reuters.com/world/{rng.choice(['europe', 'africa', 'asia-pacific', 'americas', 'middle-east'])}/{slug}-{y}-{m}-{dd}/",
            f"https://apnews.com/article/{slug}-{hexs(32)}",
            f"https://www.afp.com/en/news/{digits(4)}/{slug}-doc-{alnum(5).lower()}{digits(2)}",
            f"https://www.bbc.com/news/world-{rng.choice(['europe', 'africa', 'asia', 'latin-america', 'middle-east'])}-{digits(8)}",
            f"https://www.aljazeera.com/news/{y}/{d.month}/{d.day}/{slug}",
            f"https://www.theguardian.com/world/{y}/{mon}/{dd}/{slug}?CMP=share_btn_url",
            f"https://www.dw.com/en/{slug}/a-{digits(8)}",
            f"https://www.france24.com/en/{rng.choice(['europe', 'africa', 'asia-pacific', 'americas'])}/{y}{m}{dd}-{slug}",
        ],
        "paywall": [
            f"https://www.nytimes.com/{y}/{m}/{dd}/world/{slug}.html?unlocked_article_code={alnum(12)}&smid=url-share",
            f"https://www.ft.com/content/{hexs(8)}-{hexs(4)}-{hexs(4)}-{hexs(4)}-{hexs(12)}?shareType=nongift",
            f"https://www.washingtonpost.com/world/{y}/{m}/{dd}/{slug}/?pwapi_token={alnum(24)}",
            f"https://www.economist.com/international/{y}/{m}/{dd}/{slug}",
        ],
        "local": [
            f"https://www.irishtimes.com/world/{slug}/",
            f"https://www.thehindu.com/news/international/{slug}/article{digits(8)}.ece",
            f"https://www.smh.com.au/world/{slug}-{y}{m}{dd}-p5{alnum(3).lower()}.html",
            f"https://www.dailymaverick.co.za/article/{y}-{m}-{dd}-{slug}/",
            f"https://nation.africa/kenya/news/{slug}-{digits(7)}",
            f"https://www.rappler.com/world/{slug}/",
            f"https://www.cbc.ca/news/world/{slug}-1.{digits(7)}",
            f"https://www.scmp.com/news/world/article/{digits(7)}/{slug}?utm_source=copy_link&utm_medium=share_widget&utm_campaign={digits(7)}",
            f"https://www.premiumtimesng.com/news/top-news/{digits(6)}-{slug}.html",
            f"https://www.stuff.co.nz/world/{digits(9)}/{slug}",
            f"https://www.abc.net.au/news/{y}-{m}-{dd}/{slug}/{digits(9)}",
        ],
        "wiki": [f"https://en.wikipedia.org/wiki/{rng.choice(WIKI)}"] * 4 + [f"https://en.m.wikipedia.org/wiki/{rng.choice(WIKI)}"],
        "yt": [
            f"https://www.youtube.com/watch?v={alnum(11)}",
            f"https://youtu.be/{alnum(11)}?si={alnum(16)}",
            f"https://www.youtube.com/watch?v={alnum(11)}&t={rng.randint(30, 900)}s",
            f"https://m.youtube.com/watch?v={alnum(11)}&feature=share",
        ],
        "social": [
            f"https://x.com/{h}/status/1{digits(18)}",
            f"https://twitter.com/{h}/status/1{digits(18)}?s=20",
            f"https://www.facebook.com/share/p/{alnum(10)}/",
            f"https://www.instagram.com/p/{alnum(11)}/?igsh={alnum(12)}",
            f"https://bsky.app/profile/{h.replace('_', '')}.bsky.social/post/3k{alnum(11).lower()}",
            f"https://mastodon.social/@{h}/1{digits(17)}",
            f"https://t.me/{h}/{digits(5)}",
        ],
        "reddit": [
            f"https://www.reddit.com/r/worldnews/comments/{alnum(6).lower()}/{slug.replace('-', '_')}/",
            f"https://old.reddit.com/r/{rng.choice(['europe', 'geopolitics', 'anime_titties', 'news'])}/comments/{alnum(6).lower()}/",
        ],
        "blog": [
            f"https://{h.replace('_', '')}.substack.com/p/{slug}",
            f"https://medium.com/@{h}/{slug}-{hexs(12)}",
            f"https://{h.replace('_', '')}.wordpress.com/{y}/{m}/{dd}/{slug}/",
            f"https://{h.replace('_', '')}.blogspot.com/{y}/{m}/{slug}.html",
        ],
        "paper": [
            f"https://doi.org/10.{rng.randint(1000, 1300)}/{rng.choice(['s', 'j.', 'ajps.', 'jpr.'])}{digits(5)}-0{digits(2)}-{digits(4)}-{digits(1)}",
            f"https://pubmed.ncbi.nlm.nih.gov/{digits(8)}/",
            f"https://arxiv.org/abs/{rng.randint(15, 24)}{m}.{digits(5)}",
            f"https://www.jstor.org/stable/{digits(8)}",
            f"https://papers.ssrn.com/sol3/papers.cfm?abstract_id={digits(7)}",
        ],
        "archive": [
            f"https://web.archive.org/web/{y}{m}{dd}{digits(6)}/https://www.{rng.choice(['gov.uk', 'un.org', 'state.gov', 'who.int'])}/{slug}",
            f"https://archive.ph/{alnum(5)}",
            f"http://archive.today/{y}.{m}.{dd}-{digits(6)}/{slug}",
        ],
        "gov": [
            f"https://www.gov.uk/government/news/{slug}",
            f"https://www.state.gov/{slug}/",
            f"https://ec.europa.eu/commission/presscorner/detail/en/ip_{str(y)[2:]}_{digits(4)}",
            f"https://www.canada.ca/en/global-affairs/news/{y}/{m}/{slug}.html",
            f"https://www.dfat.gov.au/news/media-release/{slug}",
        ],
        "un": [
            f"https://news.un.org/en/story/{y}/{m}/{digits(7)}",
            f"https://reliefweb.int/report/world/{slug}",
            f"https://www.unhcr.org/news/stories/{slug}",
            f"https://www.who.int/news/item/{dd}-{m}-{y}-{slug}",
            f"https://www.unicef.org/press-releases/{slug}",
        ],
        "ngo": [
            f"https://www.hrw.org/news/{y}/{m}/{dd}/{slug}",
            f"https://www.amnesty.org/en/latest/news/{y}/{m}/{slug}/",
            f"https://www.icrc.org/en/document/{slug}",
            f"https://www.msf.org/{slug}",
            f"https://rsf.org/en/{slug}",
        ],
        "data": [
            f"https://ourworldindata.org/grapher/{rng.choice(['gdp-per-capita-worldbank', 'life-expectancy', 'share-of-population-in-extreme-poverty', 'deaths-in-armed-conflicts-based-on-where-they-occurred'])}?tab=chart",
            f"https://data.worldbank.org/indicator/{rng.choice(['SP.POP.TOTL', 'NY.GDP.PCAP.CD', 'FP.CPI.TOTL.ZG', 'SL.UEM.TOTL.ZS'])}",
            f"https://www.imf.org/en/Publications/WEO/weo-database/{y}/April",
        ],
        "fraud": [
            "https://www.actionfraud.police.uk/",
            "https://reportfraud.ftc.gov/",
            "https://www.scamwatch.gov.au/report-a-scam",
            "https://www.ic3.gov/",
            "https://www.antifraudcentre-centreantifraude.ca/report-signalez-eng.htm",
        ],
        "maps": [
            f"https://maps.app.goo.gl/{alnum(17)}",
            f"https://www.openstreetmap.org/#map={rng.randint(8, 14)}/{rng.uniform(-40, 60):.4f}/{rng.uniform(-120, 150):.4f}",
        ],
    }
    return rng.choice(shapes[kind])


# --------------------------------------------------------------------------------------------
# Readers.

READERS = [
    "Margaret O'Dwyer",
    "Tunde Bakare",
    "Priya Raghunathan",
    "Jonas Weber",
    "Aiko Tanabe",
    "Rafael Quispe",
    "Chidinma Eze",
    "Olaf Berg",
    "Fatou Ndiaye",
    "Hamid Rezaei",
    "Siobhan Kelly",
    "Dmitri Volkov",
    "Ana Lúcia Ferreira",
    "Kwame Asante",
    "Ingrid Halvorsen",
    "Luis Ortega",
    "Mei-Ling Chou",
    "Yusuf Karimov",
    "Beatriz Salgado",
    "Tom Whitfield",
    "Ewa Nowicka",
    "Nikhil Bose",
    "Grace Mwangi",
    "Paul Fenech",
    "Thandiwe Khumalo",
    "Marco Bellini",
    "Hye-jin Park",
    "Samir Haddad",
    "Leila Moradi",
    "Gareth Pugh",
    "Ruth",
    "Dave",
    "Ahmed",
    "Sofia",
    "Jens",
    "Kemi",
    "Marguerite",
    "Ravi",
    "Hugo",
    "Nadia",
    "old_reader_1958",
    "quietobserver",
    "mapnerd",
    "TheRealGus",
    "kiwi_in_exile",
    "sunflower_77",
    "Bob from Leeds",
    "Anna (Gdańsk)",
    "J.K.",
    "Concerned Parent",
    "a nurse",
    "Teacher in Nairobi",
    "Uncle Deji",
    "Grandpa Walt",
    "moosehead",
    "Lu",
    "Ben T.",
    "Mrs P",
    "Rosa M.",
    "ex-pat in Lisbon",
    "Corner Shop Mick",
    "Dr. Ines Matos",
    "Prof. K. Osei",
    "Father Tomás",
    "Sr. Agnes",
    "Mehmet Yıldız",
    "Carmen Ruiz-Herrera",
    "Nils",
    "zara.k",
    "the_lighthouse_keeper",
    "Faisal",
    "Rukhsana Begum",
    "Pieter de Vries",
    "Ayodele",
    "marcus_h",
    "Elena Petrescu",
    "Sipho",
    "Wen Jie",
    "Kateryna",
    "Oskar",
]
MAIL = [
    "gmail.com",
    "gmail.com",
    "gmail.com",
    "outlook.com",
    "yahoo.com",
    "hotmail.co.uk",
    "proton.me",
    "icloud.com",
    "gmx.de",
    "web.de",
    "orange.fr",
    "libero.it",
    "yandex.ru",
    "mail.com",
    "live.com",
    "seznam.cz",
    "naver.com",
    "btinternet.com",
    "zoho.com",
    "fastmail.com",
    "tutanota.com",
    "wp.pl",
]
PERSONAL_SITES = [
    "https://{s}.substack.com",
    "https://{s}.wordpress.com",
    "https://www.{s}.net",
    "https://{s}.blog",
    "https://github.com/{s}",
    "https://www.linkedin.com/in/{s}-{d}",
    "https://mastodon.social/@{s}",
    "https://{s}.medium.com",
    "https://{s}.bsky.social",
    "https://www.flickr.com/photos/{s}",
]


def slugify(name, sep=""):
    name = name.lower()
    for a, b in [
        ("á", "a"),
        ("à", "a"),
        ("ã", "a"),
        ("é", "e"),
        ("í", "i"),
        ("ó", "o"),
        ("ú", "u"),
        ("ñ", "n"),
        ("ı", "i"),
        ("ş", "s"),
        ("ğ", "g"),
        ("ç", "c"),
        ("ü", "u"),
        ("ö", "o"),
        ("ń", "n"),
        ("ł", "l"),
        ("å", "a"),
        ("ø", "o"),
        ("ä", "a"),
    ]:
        name = name.replace(a, b)
    name = re.sub(r"[^a-z0-9]+", sep, name).strip(sep)
    return name or "reader"


def reader_mail(name):
    s = slugify(name, rng.choice([".", "_", ""]))
    return f"{s}{rng.choice(['', '', str(rng.randint(1, 99)), str(rng.randint(1950, 2004))])}@{rng.choice(MAIL)}"


def personal_site(name):
    return rng.choice(PERSONAL_SITES).format(s=slugify(name), d=hexs(6))


# Each ham template: (id, text, options). options: names (list), site (list of URLs or "personal"),
# mail (list), n (records, else drawn 2-4), needs ("num", "big", "year").
H = []


def ham(tid, text, **opt):
    H.append((tid, text, opt))


# --- thanks, agreement, short replies
ham(
    "thanks-clear",
    "{Thanks|Thank you} for {writing this up|covering this|putting this together}. {Hard to find anything this straight elsewhere.|Nobody else I read bothered.|Clear, and without the shouting.}",
)
ham("thanks-short", "{Good|Solid|Useful|Helpful} {piece|report|summary}, {cheers|thanks|ta}.")
ham("one-word", "{Wow.|Unreal.|Grim.|Finally!|Typical.|Oof.|Sad.|Predictable.}")
ham("emoji-only", "{😢|🙏|😡|💔|👏👏|🤦‍♂️|😞} {so sad|again??|speechless|}")
ham("agree-plain", "{Agree with every word.|This.|Spot on.|Couldn't agree more with the last paragraph.}")
ham(
    "follow-up",
    "{Any update on this?|Is there a follow-up?|What happened next?} {It's been a while and I can't find anything.|Did the numbers change?|Would love to know how it ended.}",
)
ham("share-with", "Sharing this with my {book club|students|family group chat|colleagues|WhatsApp group of old classmates}.")
ham("bookmark", "Bookmarked. {Will read properly tonight.|Going to need this later.|Thanks for the context.}")
# --- numbers and years from the body
ham(
    "num-shock",
    "%num%?? {That is not a small number.|I had to read that twice.} {How is this not the top story everywhere?|And this gets a few paragraphs.|Nobody at work has even heard of it.}",
    needs="num",
)
ham(
    "num-source",
    "Where does the %num% figure come from? {Official count or an estimate from aid groups?|Is that confirmed or the first report?|Not doubting it, I just want to be able to back it up when I share it.}",
    needs="num",
)
ham(
    "num-other",
    "The %num% here doesn't match what I saw on the wire this morning, they had %numx%. {One of them must be out of date.|Maybe it's been revised?|Which is it?}",
    needs="num",
)
ham(
    "num-context",
    "%num% sounds {huge|alarming} until you compare it with {the population|the previous decade|neighbouring countries}. {Context matters.|Not defending anyone, just saying.|Per head it's a different story.}",
    needs="num",
)
ham(
    "num-stadium",
    "Quick maths: if %num% is right, that's {more than my whole town|roughly a full football stadium|more people than live in my county}. {Puts it in perspective.|Terrifying.|Let that sink in.}",
    needs="big",
)
ham(
    "year-correct",
    "Small correction: I'm fairly sure that was %yearp%, not %year%. {Happy to be wrong.|Could the editors check?|Easy slip, happens.}",
    needs="year",
)
ham(
    "year-remember",
    "I remember %year% {very well|like it was yesterday}. {My father lost his job that year.|We moved house that year and it was on the radio constantly.|I was at school and nobody explained any of it to us.}",
    needs="lived",
)
ham(
    "year-whatabout",
    "And where was all this concern in %year%? {Funny how selective outrage works.|Nobody cared then.|Same people, same excuses.}",
    needs="year",
)
ham(
    "year-longago",
    "Hard to believe %year% was that long ago. {Feels like nothing has changed.|Time flies and the problems stay put.|We were all so sure it would be fixed by now.}",
    needs="year",
)
ham(
    "num-economist",
    "Economist here, for what it's worth: a headline figure like %num% {means little without the base|needs a denominator|needs comparing with the year before}. {Not saying it's wrong, just incomplete.|I wish reporters would give rates, not totals.}",
    needs="num",
    site=["https://{s}.substack.com", "personal"],
)
ham(
    "num-nurse",
    "Nurse here. {A number like %num% isn't abstract, every one of them is somebody's shift.|When you see %num%, remember there are staff behind it who haven't slept.}",
    needs="num",
    names=["RN Helen", "Joyce A.", "nurse_tobi", "Marisol (ICU)"],
)
ham(
    "num-teacher",
    "As a {history|geography|civics} teacher I'm {saving|bookmarking} this for class. {Good example of how to read a figure like %num% critically.|The kids will ask what %num% actually means, and that's the lesson.}",
    needs="num",
    names=["Mr. Adeyemi", "Ms Harrington", "Herr Lindner", "Kavita S."],
)
ham(
    "history-long",
    "People keep acting as if this came out of nowhere.\n\nIt didn't. You can trace it back at least to %year%, and every government since has promised to fix it and then quietly moved on. {The figures in this piece|The %num% in this piece} are what years of not paying attention look like.\n\nI don't blame the reporters. I blame the rest of us for the attention span of a goldfish.",
    needs="yearnum",
)
# --- dissent, anger, sarcasm, jokes
ham(
    "one-sided",
    "{This is pretty one-sided.|Very selective reporting.|Odd that the other side isn't quoted at all.} {Where's the government's response?|You could at least have asked the opposition.|Half the story is missing.}",
)
ham(
    "disgusting",
    "Absolutely disgusting. {Nobody will be held accountable, as usual.|And the people in charge will get promoted.|Same story every few years and nothing changes.}",
)
ham("shouting", "{WHY IS NOBODY TALKING ABOUT THIS|THIS SHOULD BE ON EVERY FRONT PAGE|UNBELIEVABLE} {!!!|!!|}")
ham("another-inquiry", "Oh good, {another|yet another} {inquiry|committee|summit|strongly worded letter}. That'll fix it. 🙄")
ham(
    "shocked",
    "Shocked. Truly shocked. Anyway, {who wants to bet on how long before it happens again|see you all here next year for the same headline}.",
)
ham(
    "cat-predict",
    "{My cat|My grandmother|The man at my corner shop} could have predicted this{, and she doesn't even read the news|, for free|}.",
)
ham("follow-money", "Follow the money. {Always.|It's never about what they say it's about.|Every single time.}")
ham(
    "defend-gov",
    "To be fair to the government, {they inherited this mess|the opposition would have done exactly the same|they acted faster than last time}. {Not everything is a conspiracy.|Give them a chance.|The comments here are a bit much.}",
)
ham(
    "media-long",
    "I've read the comments and I think people are missing the point.\n\nThe problem isn't this one event, it's that we only ever hear about places like this when something goes badly wrong. Then the cameras leave and nobody follows up on whether any of the promises were kept.\n\n{If the site wants to do something useful, come back to this story in six months.|I'd subscribe to a news site that actually did follow-ups.}",
)
ham(
    "aid-long",
    "Unpopular opinion but foreign aid isn't charity, it's self-interest with good PR.\n\nThat's not a criticism. Stable neighbours are cheaper than unstable ones, and every donor government knows that. What I object to is the pretence.\n\n{Also, half of it comes back to the donor country's own contractors. Look it up.|Anyway, downvote away.}",
)
ham("vote", "Go vote. {That's it. That's the comment.|Whoever you vote for, just vote.|People died for that right.}")
ham(
    "old-timer",
    "I'm {78|81|74|86} and I've seen this before. {It ends the same way every time.|Young people, please pay attention.|Nobody learns anything.}",
    names=["Grandpa Walt", "Edna", "old_reader_1958", "Mr. Ferreira (retd)"],
)
ham("grief", "{Rest in peace to all those lost.|My condolences to the families.|Heartbreaking.|Thinking of everyone there.} {🕯️|🙏|}")
# --- questions
ham(
    "donate-how",
    "Is there a reliable way to donate to the people affected? {Every page I find on social media looks dodgy.|I don't trust the random fundraiser links going round.|Not a crypto wallet, please, a real organisation.}",
)
ham(
    "translation-q",
    "Is there a version of this in {Spanish|French|Arabic|Portuguese|Hindi}? {I want to send it to my parents.|My grandmother doesn't read English.|Asking for my neighbours.}",
)
ham(
    "why-matter",
    "Honest question, not trolling: why should someone on the other side of the world care about this? {Genuinely want to understand.|I'm not being rude, I just don't get the connection.}",
)
ham(
    "what-means",
    "Can someone explain {what this means for ordinary people there|whether this changes anything in practice|who actually decides this}? {The article assumes I know the background.|I'm lost.}",
)
# --- @-replies
ham("at-agree", "@%at% {exactly this|100% agree|well put|this is the comment I came here to write}")
ham(
    "at-disagree",
    "@%at% that's not what the article says though. {Read it again.|It's right there in the numbers.|You're arguing with something nobody wrote.}",
)
ham("at-source", "@%at% source? {Genuinely asking.|Because I've seen the opposite claimed.|A link would help.}")
ham(
    "at-calm",
    "@%at% {calm down, mate|no need to be rude|we're on the same side here}. {Nobody is excusing it.|People can disagree without name-calling.}",
)
# --- lower case, typos
ham("lc-goverments", "cant beleive this is still happening in this day and age honestly what are the goverments doing")
ham(
    "lc-friend",
    "i live about {two|three|four} hours from there and my freind says the roads are {still closed|a mess|blocked by trucks}, nobody is telling people anything",
)
ham("lc-lol", "lol {the comments here|this comment section} {are|is} wild")
ham("lc-tired", "im so tired of reading news like this every single {week|day|morning}")
# --- first-hand
ham(
    "live-nearby",
    "Live nearby. {Power's been off since yesterday evening.|Sirens most of the night.|Shops ran out of bottled water by noon.|Phones barely work.} {We're ok, thanks to those who asked.|Stay safe everyone.|Local radio is the only thing working.}",
)
ham(
    "was-there",
    "I was there in %year% on a work trip and {people were already worried about exactly this|you could see it coming|the locals told us it would happen}. {Thinking of everyone.|Hope my old colleagues are safe.|Sad to see it.}",
    needs="lived",
)
ham(
    "relatives",
    "{My cousin|My sister-in-law|My best friend from uni} lives there. {Took two days to get through on the phone.|She says it's worse than the reports.|They're fine, but their street isn't.}",
)
# --- who they are
ham(
    "pilot",
    "Retired {airline|cargo} pilot. {Aviation details are usually mangled in the press, this one mostly wasn't.|The technical bits here are roughly right, for once.}",
    names=["Capt. R. Nolan", "Henrik (ex-SAS)", "flyboy_ret"],
)
ham(
    "lawyer",
    "Lawyer, though not in this jurisdiction. {The legal side of this is more complicated than the piece suggests.|What matters is whether an appeal is possible, and that isn't mentioned.}",
    names=["Adv. Nomsa Dlamini", "R. Castellanos, Esq.", "Miriam (barrister)"],
)
ham(
    "farmer",
    "Farmer here. {Nobody in the city ever thinks about what this does to feed and fuel prices.|We feel this months before anyone else does.|Watch what happens to bread prices next.}",
    names=["Hill Farm Wales", "Jan Visser", "Ahmadu"],
)
ham(
    "journalist",
    "Freelance journalist, I covered the region for a few years. {This matches what my sources were saying.|The piece is accurate but leaves out the local press, who have been brave.}",
    names=["Claire Dumont", "Oluwaseun Adebayo", "Tereza Novak"],
    site=["personal"],
)
ham(
    "student",
    "Doing my {thesis|dissertation|term paper} on exactly this. {Any good sources besides the official statistics?|Useful background, thanks.|Would be grateful for reading suggestions.}",
)
ham(
    "engineer",
    "Software engineer here. {When official websites go down in a crisis it's almost always load, not hackers.|The 'cyber attack' rumour is almost certainly just overload.}",
    site=["https://github.com/{s}", "personal"],
)
ham(
    "translator",
    "Translator here: the quote in the original language is {softer|stronger|more ambiguous} than the English version suggests.",
    names=["Isabel (EN<>PT)", "Yuki Sato", "Amira T."],
)
ham(
    "parish",
    "Our {parish|mosque|temple|community centre} is collecting {blankets|food|money} this weekend. {Everyone welcome.|Drop by if you're local.}",
    names=["St Brigid's Parish", "Al-Noor Community Centre", "Father Tomás", "Sikh Gurdwara Volunteers"],
)
ham(
    "small-shop",
    "We're a small family business and {prices of everything we buy have gone up since this started|half our regulars are affected|we've put a collection box on the counter}.",
    names=["Rosie's Bakery", "Okonjo Hardware", "Café Tanzania Bremen", "The Paper Mill Print Co."],
    site=["https://www.rosiesbakery.co.uk", "https://okonjohardware.com", "", "https://papermillprint.co.uk"],
)
ham(
    "own-blog",
    "I wrote a longer piece on the background on my blog if anyone's interested. Not trying to self-promote, a lot just didn't fit in a comment.",
    site=["personal"],
    n=3,
)
# --- scams, crypto, betting, loans, medicines, apps, donations, helplines in a news context
ham(
    "recovery-warn",
    "Heads up: {if someone replies here offering to 'recover' lost crypto, it's a scam.|the 'crypto recovery experts' who reply under news stories are the same scammers a second time.} {My uncle was hit twice that way.|Don't message them.|Report and move on.}",
)
ham(
    "sms-scam",
    "Got a text this morning {pretending to be the post office|claiming to be my bank|about a 'relief payment'} with a link. {Already.|They move fast.} Don't click anything, go to the official site yourself.",
)
ham(
    "betting-ads",
    "Every football broadcast here is wall-to-wall betting ads and then we act surprised by stories like this. {Ban the ads.|Follow the money.|Gambling is the real epidemic.}",
)
ham(
    "loan-apps",
    "The loan apps are the real scandal. {My neighbour borrowed a small amount and they messaged her entire contact list.|Interest rates that would be illegal anywhere else.|They prey on exactly the people in this story.}",
)
ham(
    "medicine",
    "{My mum's insulin has|My inhaler has|My dad's blood pressure tablets have} been {out of stock|impossible to find} for weeks, {so stories like this hit differently|and the ministry says there's no shortage}.",
)
ham(
    "whatsapp-forwards",
    "Half of what my relatives believe about this comes from {WhatsApp|Telegram} {forwards|groups}. {I gave up correcting them.|Sent them this article, let's see.|The voice notes are the worst.}",
)
ham(
    "donated",
    "Donated {through the Red Cross|to MSF|via the UN appeal} this morning. {Small amount but it adds up.|Please check any charity before giving, there are fakes around.}",
)
ham(
    "helpline",
    "If this story is hitting close to home for anyone, {please talk to someone|you're not alone}. {In the UK and Ireland the Samaritans are on 116 123, free, any time.|Most countries have a free crisis line, it's worth looking yours up.}",
)
ham(
    "coin-launch",
    "Funny how every crisis now comes with someone launching a {'solidarity' token|donation coin|meme coin} within a day. {Avoid.|It's always a rug pull.|Don't.}",
)
ham(
    "fake-charity",
    "There are fake donation pages using the {photos|logos} from this story already. {Check the registration number before you give anything.|Give through an organisation you already know.}",
)
ham(
    "vpn-signal",
    "If you have family there, {get them on Signal|tell them to install a VPN before it's blocked|make sure they have offline maps}. {Learned that the hard way last time.|Works when other apps don't.}",
)
ham(
    "mod-removed",
    "Why {was my comment removed|did my earlier comment disappear}? {It had no swearing.|I only posted the official figures.|Genuinely confused.}",
)
ham(
    "mod-spam",
    "{Can the mods clean up the spam in this thread?|Mods, there's a bot under every article offering 'investment mentors'.|Reported the loan spam above, please remove it.}",
)
# --- links
ham("wiki-bg", "For background: %link:wiki%", n=3)
ham("wire-more", "{The wire services have|There's|Much} more detail here: %link:wire%", n=3)
ham("yt-footage", "{Footage here|There's video of it here|A local TV report}: %link:yt%", n=3)
ham(
    "social-eyewitness",
    "{Eyewitness post|Thread from someone on the ground|The official account posted this}: %link:social% {(can't verify it)|- take with a pinch of salt|}",
    n=3,
)
ham(
    "paper-research",
    "There's actual research on this, e.g. %link:paper% {- worth a read before the shouting starts.|(paywalled, sorry).|}",
    n=3,
)
ham("archive-orig", "Original version of the {statement|page} before it was quietly edited: %link:archive%", n=3)
ham("gov-official", "{Official statement|The ministry's page|Government advice for travellers}: %link:gov%", n=3)
ham("un-numbers", "The UN figures are here, they're {higher|more recent|broken down by age}: %link:un%", n=3)
ham("ngo-doc", "{Human rights groups have|Aid groups have|NGOs on the ground have} been documenting this for a while: %link:ngo%", n=3)
ham("local-paper", "The local paper has much better coverage than the international outlets: %link:local%", n=3)
ham("fraud-report", "If you got one of the scam messages going round, report it: %link:fraud%", n=3)
ham("blog-insider", "Someone who lives there wrote this, worth reading: %link:blog%", n=3)
ham("data-trend", "Here's the long-run data if anyone wants the trend rather than one number: %link:data%", n=3)
ham("maps-where", "For anyone wondering where this actually is: %link:maps%", n=3)
ham("gift-link", "{Gift link, no paywall|Unlocked link for anyone without a subscription}: %link:paywall%", n=3)
ham("reddit-thread", "The reddit thread had a lot of locals answering questions: %link:reddit%", n=3)
ham("num-check-link", "The %num% checks out, it's in here too: %link:un%", needs="num", n=3)
ham(
    "two-disagree",
    "Two sources disagree: %link:wire% says one thing and %link:local% says another. {Which is it?|Would love the editors to reconcile them.}",
    n=3,
)
ham("reading-list", "Reading list for anyone who wants more:\n- %link:wiki%\n- %link:ngo%\n- %link:paper%", n=3)
ham("before-after", "Before: %link:archive%\nAfter: %link:gov%\n{Spot the difference.|Interesting edit.}", n=3)

# --- other languages
ham(
    "fr-merci",
    "Merci pour cet article. {On en parle très peu chez nous.|Enfin un papier clair.|À partager.}",
    names=["Jeanne B.", "Mamadou Diallo", "Luc (Liège)", "Sylvie Roux"],
)
ham(
    "fr-chiffre",
    "%num%, sérieusement ? {Et personne ne démissionne ?|Ça fait froid dans le dos.|Il faut le lire deux fois.}",
    needs="num",
    names=["Karim B.", "Hélène Morel", "cedric_lyon"],
)
ham(
    "es-correccion",
    "Ojo, creo que fue en %yearp% y no en %year%. {Saludos.|Corríjanme si me equivoco.}",
    needs="year",
    names=["Andrés Villalobos", "Pilar", "Ximena R."],
)
ham(
    "es-enojo",
    "Siempre lo mismo. {Los de arriba nunca pagan.|Nadie va a responder por esto.|Qué vergüenza.}",
    names=["Don Ernesto", "Lucía Paredes", "chilango_77"],
)
ham(
    "pt-forca",
    "Que tristeza. {Força a todos.|Meus pensamentos estão com as famílias.|Até quando?}",
    names=["Ana Paula", "João Matias", "Dona Cida"],
)
ham(
    "de-zahl",
    "Danke für den Bericht. {Bei uns liest man davon kaum etwas.|Die Zahl %num% muss man erst einmal verdauen.}",
    needs="num",
    names=["Uwe Brandt", "Katrin S.", "Jürgen aus Kassel"],
)
ham(
    "ru-spasibo",
    "Спасибо за статью. {У нас об этом почти не пишут.|Страшно подумать, что будет дальше.}",
    names=["Андрей=andrey.sokolov", "Ольга К.=olga.k", "Сергей Н.=sergey_n"],
)
ham(
    "sl-hvala",
    "Hvala za članek. {Pri nas o tem skoraj ne poročajo.|Zelo žalostno.|Upam, da se stvari kmalu izboljšajo.}",
    names=["Matej Kovač", "Špela", "Nina Horvat"],
)
ham(
    "lv-jautajums",
    "Vai kāds zina, kā var palīdzēt? {Gribētu ziedot, bet tikai uzticamai organizācijai.|Visur tikai šaubīgas saites.}",
    names=["Jānis Bērziņš", "Ilze", "Kristaps"],
)
ham(
    "sq-inat",
    "{Turp!|Gjithmonë e njëjta histori.} {Askush nuk do të mbajë përgjegjësi.|Politikanët tanë janë njësoj.}",
    names=["Arben", "Elira Hoxha", "Besnik K."],
)
ham(
    "mk-seganje",
    "Се сеќавам на %year%. {Тогаш исто никој не направи ништо.|Ништо не се променило оттогаш.}",
    needs="lived",
    names=["Горан=goran.dimovski", "Марија Петровска=marija.petrovska", "Ивица=ivica_mk"],
)
ham(
    "be-dziakuj",
    "Дзякуй за артыкул. {Пра гэта трэба пісаць больш.|У нашых СМІ пра гэта ані слова.}",
    names=["Алесь=ales.by", "Ганна=hanna.minsk", "Зміцер=zmicier"],
)
ham(
    "eu-eskerrik",
    "Eskerrik asko artikuluagatik. {Hemen ez da ia ezer esaten honi buruz.|Oso tristea da.}",
    names=["Iker", "Amaia Etxeberria", "Xabier"],
)
ham(
    "gl-dubida",
    "E as cifras oficiais? {%num% parece pouco para o que se ve nas fotos.|Alguén ten a fonte orixinal?}",
    needs="num",
    names=["Uxía", "Breixo", "Manuel Castro"],
)
ham(
    "ga-bronach",
    "Scéal brónach. {Tá súil agam go mbeidh siad slán.|Níl mórán faoi sna meáin anseo in Éirinn.}",
    names=["Seán Ó Murchú", "Aoife", "Niamh Ní Bhriain"],
)
ham(
    "mt-grazzi",
    "Grazzi tal-artiklu. {Hawn Malta ftit li xejn jitkellmu fuqu.|Ta' niket kbir.}",
    names=["Joseph Camilleri", "Rita", "Kurt Borg"],
)
ham("lb-traureg", "Ganz traureg. {Bei eis héiert een net vill doriwwer.|Merci fir den Artikel.}", names=["Mett", "Claudine", "Pol Schmit"])
ham(
    "rw-twifatanije",
    "Twifatanije n'imiryango yabuze ababo. {Birababaje cyane.|Imana ibakomeze.}",
    names=["Jean de Dieu", "Uwase Aline", "Mugisha"],
)
ham(
    "ig-nwute",
    "{Ọ dị nwute.|Chineke nọnyere ha.} {Anyị na-ekpe ekpere maka ezinụlọ ha.|Gọọmentị kwesịrị ime ihe.}",
    names=["Chukwuemeka", "Ngozi O.", "Obinna"],
)
ham("km-arkun", "អរគុណសម្រាប់អត្ថបទនេះ។ {គួរឲ្យសោកស្ដាយណាស់។|សូមឲ្យមានសន្តិភាព។}", names=["សុខា=sokha.kh", "Dara Chan", "Sreymom"])
ham("te-badha", "{చాలా బాధాకరం.|ఈ వార్త చదివి బాధగా ఉంది.} {ప్రభుత్వం ఏం చేస్తోంది?|కుటుంబాలకు సానుభూతి.}", names=["Srinivas", "Lakshmi Reddy", "Kiran"])
ham("pa-sawal", "ਇਸ ਖ਼ਬਰ ਲਈ ਧੰਨਵਾਦ। {ਸਾਡੇ ਇੱਥੇ ਕੋਈ ਇਸ ਬਾਰੇ ਗੱਲ ਨਹੀਂ ਕਰਦਾ।|ਬਹੁਤ ਦੁੱਖ ਦੀ ਗੱਲ ਹੈ।}", names=["Gurpreet", "Harjit Kaur", "Manpreet S."])
ham(
    "ku-spas",
    "Spas ji bo vê nûçeyê. {Li vir kes behsa vê nake.|Pir xemgîn e.|Ev bûyer divê neyê jibîrkirin.}",
    names=["Rojda", "Dilşad", "Azad"],
)
ham(
    "eo-dankon",
    "Dankon pro la artikolo. {Ĉe ni oni preskaŭ ne raportas pri tio.|Tre malĝoje.|Ĉu iu scias pli?}",
    names=["Petro", "Esperantisto_Ana", "Tomaso"],
)
ham(
    "mn-talarhal",
    "Нийтлэлд баярлалаа. {Манайд энэ тухай бараг мэдээлдэггүй.|Маш харамсалтай.}",
    names=["Бат-Эрдэнэ=baterdene", "Сарнай=sarnai.b", "Тэмүүлэн=temuulen"],
)
ham("pt-video", "Vídeo da TV local, vale a pena: %link:yt%", names=["Rodrigo Sá", "Fernanda L.", "tuga_em_londres"], n=3)
ham("de-quelle", "Quelle bitte? Bei der UNO steht etwas anderes: %link:un%", names=["Dietmar", "Anke Vogel", "M. Schulze"], n=3)
ham("year-link", "It started well before people think, %year% at the latest, the timeline is here: %link:wiki%", needs="year", n=3)
ham(
    "fr-lien",
    "L'article du Monde est plus complet : https://www.lemonde.fr/international/article/%ymd_slash%/%frslug%_%d7%_3210.html",
    names=["Pierre-Yves", "Anne L."],
    n=3,
)


# --------------------------------------------------------------------------------------------
# Spammers.

# (id, family, body, names, mails, sites, n)
S = []


def spam(tid, family, body, names, mails, sites=("",), n=4):
    S.append((tid, family, body, list(names), list(mails), list(sites), n))


PH_US = "+1 (8{00|33|44|55|66|77|88}) 555-01%d2%"
PH_UK = "+44 7700 900%d3%"

# pharma
spam(
    "rx-tramadol",
    "pharma",
    "{Buy|Order} ⟦cy:Tramadol⟧ {online without prescription|no rx needed} — {overnight|discreet} shipping {worldwide|to USA, UK, EU}. {Best prices|Pay with card or crypto}: %site%/?ref=%d4%",
    ["buy tramadol online", "Tramadol 100mg", "rx-meds-store", "PharmaDirect"],
    ["sales@rxnightowl.shop", "order%d3%@mail-medz.top", "pillcorner.desk@gmail.com"],
    ["https://rxnightowl.shop", "https://medz-express24.top", ""],
)
spam(
    "rx-glp1",
    "pharma",
    "Lose {12|15|20} kg in {8|10} weeks 💉 Original {Ozempic|Wegovy|Mounjaro} pens, {no doctor visit|no prescription}, {fast EU delivery|delivered in 48h}. WhatsApp "
    + PH_UK,
    ["Slim Pen Shop", "Dr. Amelia Grant", "ozempic-uk-delivery", "WeightLoss Clinic"],
    ["amelia.grant.clinic@gmail.com", "info@slimpenshop.co", "glp1sales%d2%@outlook.com"],
    ["https://slimpenshop.co", ""],
)
spam(
    "rx-html",
    "pharma",
    '<a href="%site%/">{cheap viagra|viagra 100mg}</a> <a href="%site%/cialis">generic cialis</a> {best price!!!|fast shipping}',
    ["viagra", "cialis online", "Mens Health Rx"],
    ["noreply%d4%@mens-health-rx.com", "mike.r%d3%@yahoo.com"],
    ["https://generic-bluepill.com", "https://mens-health-rx.com"],
)
spam(
    "rx-ru",
    "pharma",
    "Купить {лекарства|антибиотики|снотворное} без рецепта с доставкой {по всей России|курьером}. {Анонимно.|Оплата при получении.} apteka-{bez-recepta|24ok}.ru",
    ["Аптека 24", "Купить без рецепта", "apteka_online"],
    ["zakaz@apteka-24ok.ru", "aptekabot%d3%@mail.ru"],
    ["http://apteka-bez-recepta.ru", ""],
)
spam(
    "rx-praise",
    "pharma",
    "{Very informative|Really interesting|Such a useful} {article|read}, {I learned a lot|I will share it with my friends|thank you for sharing}.",
    ["Canadian Pharmacy Online", "Buy Modafinil", "cheap meds no rx", "Xanax 2mg Online"],
    ["admin@northmaplepharm.com", "seo%d3%@mail-pharm.net"],
    ["https://northmaplepharm.com", "https://modafinil-store.net/buy", "https://alpra-online.shop"],
)

# casino and betting
spam(
    "bet-gacor",
    "casino",
    "🎰 {Slot gacor|Situs slot} hari ini, {maxwin|jackpot} {dijamin|pasti cair}! Daftar sekarang di {rajahoki88|gacorjp|pusatslot77}.{vip|site|id} 🔥",
    ["slot gacor", "RAJAHOKI88", "situs slot resmi", "daftar slot"],
    ["cs.rajahoki88@gmail.com", "admin@gacorjp.vip"],
    ["https://rajahoki88.vip", "https://pusatslot77.site", ""],
)
spam(
    "bet-spins",
    "casino",
    "Get {150|200|250} ⟦bold:FREE SPINS⟧ no deposit {today|this week only} 👉 https://{bit.ly|cutt.ly|tinyurl.com}/%code%",
    ["Free Spins Bonus", "CasinoKing", "no deposit bonus 2024"],
    ["bonus%d4%@casinoking.bet", "fs.promo%d2%@outlook.com"],
    ["https://casinoking.bet", ""],
)
spam(
    "bet-aviator",
    "casino",
    "Aviator predictor {bot|hack} {100%|99%} accurate ✈️ {signals every day|works on all sites}, join t.me/{aviator_signals_pro|aviatorhack%d2%}",
    ["aviator predictor", "AviatorKing", "signals%d3%"],
    ["aviatorking%d2%@gmail.com", "pro.signals@aviatorbot.app"],
    ["", "https://aviatorbot.app"],
)
spam(
    "bet-fixed",
    "casino",
    "{FIXED MATCHES|Sure fixed matches} {HT/FT|single} 🔒 {100% sure|guaranteed} odds {2-50|20+}. Real source from {Europe|Italy}. WhatsApp +{31 6 00|39 333 00}%d5%",
    ["Fixed Matches", "HT FT Sure", "correct score fixed"],
    ["fixedmatches.source@gmail.com", "vip.odds%d2%@yahoo.com"],
    ["https://sure-fixed-odds.com", ""],
)
spam(
    "bet-br",
    "casino",
    "Ganhe {R$ 50|bônus de R$ 100} {no cadastro|no primeiro depósito}! {Melhor|Maior} cassino do Brasil, saque via PIX {na hora|em minutos} 👉 %site%/?aff=%d4%",
    ["PixCassino", "Bônus de cadastro", "SorteBet"],
    ["afiliados@pixcassino.com.br", "sortebet.promo%d2%@gmail.com"],
    ["https://pixcassino.com.br", "https://sortebet.com.br"],
)
spam(
    "bet-vi",
    "casino",
    "Nhà cái uy tín {số 1|hàng đầu} Việt Nam — tặng {100K|188K} khi đăng ký, rút tiền {siêu tốc|5 phút} ➜ {nhacai88|ok9win}[.]com",
    ["nhà cái uy tín", "OK9WIN", "tặng 100k"],
    ["support@ok9win.com", "nhacai%d3%@gmail.com"],
    ["https://nhacai88.com", ""],
)
spam(
    "bet-toto",
    "casino",
    "안전한 토토사이트 추천 ✔ {먹튀검증|보증업체} 완료 {가입코드 7777|신규 첫충 20%} https://{totoguard|safe-toto}{%d2%|}.com",
    ["토토사이트", "먹튀검증", "안전놀이터"],
    ["guard%d2%@naver.com", "cs@safe-toto.com"],
    ["https://totoguard.com", ""],
)

# loans
spam(
    "loan-urgent",
    "loans",
    "Do you need {an urgent|a quick} loan? We offer loans at {2%|3%} interest rate, {no credit check|bad credit ok}, {from $5,000 to $5,000,000|any amount}. Email: {creditlinefunds|gracefinance.loans}{%d2%|}@gmail.com",
    ["Mr. Harold Finance", "Credit Line Funds", "Loan Offer"],
    ["creditlinefunds@gmail.com", "harold.loans%d2%@outlook.com"],
    ["", ""],
)
spam(
    "loan-testimonial",
    "loans",
    "My name is {Sandra|Linda|Grace|Patricia} from {Texas|Ohio|Manchester|Brisbane}. I was {denied by every bank|drowning in debt} until a friend introduced me to {Mrs. Helen|Mr. Richard} of {Cardinal Lenders|Apex Trust Loans}. I got my loan {in 24 hours|the same day}! Contact them: {cardinallenders|apextrustloans}@{gmail.com|outlook.com}",
    ["Sandra Miller", "Linda Carter", "Grace", "Patricia Johnson"],
    ["{s}%d3%@gmail.com", "{s}%d2%@yahoo.com"],
)
spam(
    "loan-bbcode",
    "loans",
    "[url=%site%/]{payday loans online same day|instant cash advance}[/url] {approval in minutes|no paperwork, no faxing}. [b]Apply now[/b]",
    ["payday loans", "cash advance", "CashNowDirect"],
    ["apply@cashnowdirect.com", "leads%d3%@paydayfast-online.com"],
    ["https://cashnowdirect.com", "https://paydayfast-online.com"],
)
spam(
    "loan-mx",
    "loans",
    "Préstamos {rápidos|inmediatos} sin aval {solo con tu INE|sin revisar buró}, {depósito en 30 minutos|aprobación inmediata}. WhatsApp +52 55 {0000|1111} %d4%",
    ["Préstamos Rápidos MX", "Crédito Fácil", "Lic. Rocío Treviño"],
    ["creditofacil.mx%d2%@gmail.com", "rocio.trevino.creditos@hotmail.com"],
    ["", "https://creditofacil-mx.com"],
)

# crypto
spam(
    "cx-recovery",
    "crypto",
    "I lost {$47,000|$126,000|0.9 BTC|$83,500} to a fake {trading platform|investment site} and thought it was gone forever, until I found {CyberVault Recovery|TechRescue Pro|Sentinel Asset Retrieval}. They got my funds back in {72 hours|a week}. {Reach them|Contact them} on {email|mail}: {cybervault.recovery|techrescuepro|sentinelretrieval}@{proton.me|gmail.com} or WhatsApp "
    + PH_US,
    ["Megan Rhodes", "James Whitaker", "Olivia B.", "Robert Dunn"],
    ["{s}%d2%@gmail.com", "{s}%d3%@outlook.com", "{s}%d2%@yahoo.com"],
    n=5,
)
spam(
    "cx-mentor",
    "crypto",
    "All thanks to {Mrs. Evelyn Carter|Mr. Daniel Moore|Mrs. Sophia Bennett} for {her|his|their} {trading strategy|expert signals}, I now earn {$8,400|$12,000|$6,750} every week 🙏 {I was skeptical at first.|Best decision of my life.} You can reach {her|him} on WhatsApp "
    + PH_US
    + " {or Telegram @evelyncarterfx|}",
    ["Brenda K.", "Thomas Reid", "Kimberly Hayes", "Carlos M."],
    ["{s}%d3%@gmail.com", "{s}%d2%@hotmail.com"],
    n=5,
)
spam(
    "cx-airdrop",
    "crypto",
    "🚀 {$PEPE2|$WNEWS|$SOLX|$GROKAI} airdrop is LIVE — claim {500|1,000|2,500} tokens free before {it ends|snapshot} ⏳ {cutt.ly|rb.gy|is.gd}/%code%",
    ["Airdrop Official", "claim-airdrop", "token_drop_%d3%"],
    ["drop%d4%@claim-airdrop.io", "airdrop.team%d2%@gmail.com"],
    ["https://claim-airdrop.io", ""],
)
spam(
    "cx-wallet",
    "crypto",
    "Wallet not {syncing|showing balance|connecting}? {Validate|Rectify|Resolve} your wallet {instantly|in one click} with the {official|decentralised} dapp: %site%",
    ["Wallet Rectify", "DApp Support", "node_fix_%d2%"],
    ["support@walletrectify.app", "resolve%d3%@dapps-resolve.net"],
    ["https://walletrectify.app", "https://chain-fixnode.net"],
)
spam(
    "cx-signals",
    "crypto",
    "Join our VIP {crypto|futures|BTC} signals group 📈 {90%|95%} win rate, {free for first 7 days|daily 5-10 signals} ➡️ t.me/{whalepump_vip|cryptoeagle_signals}",
    ["Crypto Eagle", "WhalePump VIP", "signals bot"],
    ["eagle.signals%d2%@gmail.com", "vip@whalepump.club"],
    ["", "https://whalepump.club"],
)
spam(
    "cx-pigbutcher",
    "crypto",
    "Hi dear, {I saw your comment|I read your comment here} and {you seem like a kind person|I think we can be good friends}. I am {Lina|Cindy|Amy|Vivian}, {working in Hong Kong|a fashion designer in Singapore|running a tea business in Taipei}. Can we chat on {WhatsApp|Telegram|Line}? {😊|🌸} "
    + PH_US,
    ["Lina", "Cindy Wong", "Amy Lau", "Vivian 💕"],
    ["{s}.hk%d3%@gmail.com", "{s}%d2%@outlook.com", "{s}%d4%@yahoo.com"],
    n=5,
)
spam(
    "cx-celebrity",
    "crypto",
    "{BREAKING|Shocking}: {Elon Musk|a famous billionaire|a TV host} {reveals|has just revealed} a new {AI trading|quantum trading} platform — {$250|£250|€250} turns into {$6,800|£7,000|€6,300} in a week. {Read the full story|Banks are furious}: https://{financial-times-report|newsdaily-money}.{live|click}/{article|story}?id=%d5%",
    ["Daily Money News", "breaking finance", "Quantum AI"],
    ["news%d3%@newsdaily-money.click", "editor@financial-times-report.live"],
    ["https://newsdaily-money.click", ""],
)
spam(
    "cx-zh",
    "crypto",
    "USDT{跑分|搬砖}，日赚{500|1000}+，{无需经验|稳赚不赔}，{手机就能做|24小时在线}，联系飞机 @{usdt_paofen|banzhuan88}",
    ["USDT跑分", "日赚千元", "飞机联系"],
    ["paofen%d4%@qq.com", "banzhuan88@163.com"],
)
# SEO, backlinks, guest posts
spam(
    "seo-outreach",
    "seo",
    "Hi {team|editor|there}, I came across {windownews|your site} and {loved|really enjoyed} your content. We offer {high-DA guest posts|dofollow backlinks|niche edits} on {500+|1,200+} {real|authority} sites, {prices from $15|bulk discounts}. {Reply|Email me} at {outreach|links}.%d2%@{rankbridge|linkforge-media}.com",
    ["Sarah | RankBridge", "Link Building Team", "Daniel from LinkForge"],
    ["outreach@rankbridge.com", "daniel@linkforge-media.com"],
    ["https://rankbridge.com", "https://linkforge-media.com"],
)
spam(
    "seo-praise-fields",
    "seo",
    "{Great|Nice|Awesome|Excellent} {article|post|write-up}! {Keep it up.|Thanks for sharing.|Very helpful.|Looking forward to more.}",
    ["best plumber in Dubai", "roof repair Sydney", "emergency locksmith Leeds", "carpet cleaning Toronto", "dentist in Istanbul"],
    ["info@dubaiplumbingpro.ae", "leads@sydneyroofcare.com.au", "seo@leedslocks24.co.uk", "hello@torontocarpetcare.ca"],
    [
        "https://dubaiplumbingpro.ae",
        "https://sydneyroofcare.com.au",
        "https://leedslocks24.co.uk",
        "https://torontocarpetcare.ca",
        "https://istanbuldentalsmile.com",
    ],
    n=5,
)
spam(
    "seo-reader-copy",
    "seo",
    "{Really sad news.|It's so sad to read this.|Such a tragedy.} {My thoughts are with everyone affected.|Hope things get better soon.|Praying for the families.}",
    ["Kitchen Remodeling Austin", "Best Air Fryer Reviews", "Moving Company Miami", "Luxury Villas Bali"],
    ["marketing@austinkitchenpros.com", "admin@airfryerpicks.net", "contact@miamimovers-247.com"],
    ["https://austinkitchenpros.com", "https://airfryerpicks.net", "https://miamimovers-247.com", "https://balivilla-luxe.com"],
    n=5,
)
spam(
    "seo-platform",
    "seo",
    "{Hello|Hey there|Hi}! {Would you mind|Could you} {stating|telling me} which blog platform you're {working with|using}? I'm {planning|looking} to start my own blog {soon|in the near future} but I'm having a {hard|tough} time {deciding|choosing} between BlogEngine/Wordpress/B2evolution and Drupal. {Thanks!|Cheers!}",
    ["Chasity", "cheap jerseys", "keto diet plan", "https://bestjerseys-outlet.com"],
    ["chasity_%d4%@gmail.com", "jerseys%d3%@bestjerseys-outlet.com"],
    ["https://bestjerseys-outlet.com", "https://ketoplanhub.com", ""],
)
spam(
    "seo-markdown",
    "seo",
    "For anyone interested, [{best VPN deals|cheap flights to Europe|home insurance quotes|free PDF converter}](https://{dealsorbit|pdfconvertly|quotesnest}.com/?utm_source=comment) — {helped me a lot|worth checking|saved me money}.",
    ["Jake", "Tina M.", "Deals Orbit"],
    ["jake.deals%d2%@gmail.com", "tina.m%d3%@yahoo.com"],
    ["https://dealsorbit.com", ""],
)
spam(
    "seo-html",
    "seo",
    'Nice {post|article}! I also {wrote|found} something similar: <a href="%site%/{reviews|top-10}">{best mattress 2024|solar panel cost}</a>',
    ["Emma", "Home Guide", "Solar Quotes"],
    ["emma.writes%d3%@gmail.com", "info@solarpanelsquote.net"],
    ["https://bestmattressguide.net", "https://solarpanelsquote.net"],
)
spam(
    "seo-urlname",
    "seo",
    "{Thanks, very interesting.|Good read.|Informative, thank you.|Thanks for the update.}",
    [
        "https://www.gutterguard-experts.com",
        "https://fastappliancerepair.co.uk",
        "www.weddingphotographer-bali.com",
        "https://crackstreams-live.net",
    ],
    ["admin@gutterguard-experts.com", "seo%d2%@fastappliancerepair.co.uk", "info@weddingphotographer-bali.com"],
    ["https://www.gutterguard-experts.com", "https://fastappliancerepair.co.uk", ""],
)
spam(
    "seo-ru",
    "seo",
    "Интересная статья, спасибо. Кстати, {ремонт квартир под ключ|натяжные потолки недорого|вывоз мусора} в Москве — {remont-kvartir-msk|potolki-nedorogo}.ru",
    ["ремонт квартир", "Натяжные потолки", "Виктор"],
    ["info@remont-kvartir-msk.ru", "viktor%d3%@mail.ru"],
    ["https://remont-kvartir-msk.ru", "https://potolki-nedorogo.ru"],
)
spam(
    "seo-visit",
    "seo",
    "This {article|post} {is very useful|is superb}. I {also have|have} a {blog|website} about {kitchen gadgets|home decor|dog training|gardening tips}, please visit %site% {and leave a comment|thanks|}",
    ["Home Decor Buzz", "Dog Training Pal", "Gardenly"],
    ["hello@homedecorbuzz.com", "pal%d2%@dogtrainingpal.com"],
    ["https://homedecorbuzz.com", "https://dogtrainingpal.com", "https://gardenlyhub.com"],
)
spam(
    "seo-mission",
    "seo",
    "I am not sure where you're getting your {info|information}, but {great|good} topic. I needs to spend some time learning {more|much more} or understanding more. Thanks for {great|fantastic|wonderful} {info|information} I was looking for this {info|information} for my mission.",
    ["sex toys", "cheap nfl jerseys", "bandar togel", "tiktok downloader"],
    ["rosalind%d3%@gmail.com", "hyman_%d4%@hotmail.com", "darrin%d2%@web.de"],
    ["https://pleasurebox-shop.com", "https://nfljerseys-cheap.us", "https://togelbandar99.net", "https://ttkdownloader.app"],
)

# essays and exams
spam(
    "essay-mill",
    "essay",
    "Struggling with {assignments|your dissertation|coursework}? {Professional|Native UK|PhD-level} writers, {plagiarism-free|A+ guaranteed}, {deadline from 3 hours|24/7 support}. ⟦zw:Essay⟧ help: %site%/order",
    ["Essay Writing Service UK", "GradePeak", "Dr. Mark Ellison"],
    ["orders@gradepeak.co.uk", "mark.ellison.writer%d2%@gmail.com"],
    ["https://essaysnest.co.uk", "https://gradepeak.co.uk"],
)
spam(
    "essay-exam",
    "essay",
    "We take {online exams|proctored tests|TEAS and HESI exams|GRE and GMAT} for you 💯 {Pay after results.|Guaranteed pass or refund.} WhatsApp "
    + PH_US
    + " or email {examhelpdesk|proctorpro}%d2%@gmail.com",
    ["Exam Help Desk", "Proctor Pro", "take my exam"],
    ["examhelpdesk%d2%@gmail.com", "proctorpro.team@outlook.com"],
)
spam(
    "essay-nursing",
    "essay",
    "Nice post. If you need help with {nursing essay|capstone project|DNP paper} writing, {visit|check} {nursingpaperpros|capstonehelpers}.com {for top grades|at affordable price}.",
    ["nursing paper help", "Capstone Helpers", "Rachel W."],
    ["rachel.w%d3%@gmail.com", "help@capstonehelpers.com"],
    ["https://nursingpaperpros.com", ""],
)

# adult and dating
spam(
    "adult-near",
    "adult",
    "{Hot|Lonely} {girls|singles|women} {near you|in your city} {are waiting|want to meet tonight} ❤️ {No registration.|Free chat.} ➡ {tinyurl.com|t.ly}/%code%",
    ["Julia 🔥", "Meet Tonight", "Kristina"],
    ["kristina%d4%@inbox.lv", "meet%d3%@yourdate-now.com"],
    ["", "https://yourdate-now.com"],
)
spam(
    "adult-spaced",
    "adult",
    "⟦sp:sexy⟧ {cam|chat} 18+ 💋 {free tokens for new users|private shows} → %site%/?ref=%d5%",
    ["Velvet Cams", "hot chat", "Lera"],
    ["lera%d3%@camsvelvet.com", "promo@hotlive-chat.com"],
    ["https://camsvelvet.com"],
)
spam(
    "adult-escort",
    "adult",
    "{VIP|Independent|Elite} {escorts|call girls} {Dubai|Karachi|Bangalore|Istanbul} 24/7, {real photos|hotel and home service}, {call|WhatsApp} +{971 50 000|92 300 000|91 90000 0}%d4%",
    ["Dubai Escorts", "Call Girls Bangalore", "Escort Service VIP"],
    ["bookings%d2%@elite-companions.club", "vipescort%d3%@gmail.com"],
    ["https://elite-companions.club", ""],
)
spam(
    "adult-dating-ru",
    "adult",
    "Привет 😘 Я {Настя|Вика|Оля}, {скучаю одна|ищу мужчину для встреч}. Мои фото тут: {clck.ru|vk.cc}/%code%",
    ["Настя", "Вика 💋", "Оля"],
    ["nastya%d4%@rambler.ru", "vika.love%d2%@mail.ru"],
)

# fake support numbers
spam(
    "sup-exchange",
    "support",
    "{Binance|Coinbase|Kraken|MetaMask} {customer care|support|helpline} number ☎ "
    + PH_US
    + " {24/7|toll free}. {Call now for account locked, withdrawal issues.|Fix login problems instantly.}",
    ["Binance Support", "Coinbase Helpline", "MetaMask Help Desk"],
    ["support%d3%@crypto-helpdesk.us", "helpline%d2%@gmail.com"],
    ["", "https://crypto-helpdesk.us"],
)
spam(
    "sup-airline",
    "support",
    "{Delta|Lufthansa|Emirates|Qatar Airways} {reservations|booking} number ✈ "
    + PH_US
    + " — {change or cancel flight|get best fares|talk to live agent} {instantly|24x7}.",
    ["Airline Reservation Desk", "flight booking number", "Call Travel Desk"],
    ["desk%d3%@flights-callcenter.com", "travelagent%d2%@outlook.com"],
    ["https://flights-callcenter.com", ""],
)
spam(
    "sup-printer",
    "support",
    "{HP|Canon|Epson} printer {offline|not printing|showing error}? {Call|Dial} our {certified|expert} technicians at "
    + PH_US
    + " {for instant fix|free diagnosis}.",
    ["Printer Support", "Fix Printer Offline", "Tech Helpdesk"],
    ["techhelp%d3%@printerfix-usa.com", "support%d2%@gmail.com"],
    ["https://printerfix-usa.com", ""],
)

# counterfeit
spam(
    "fake-docs",
    "counterfeit",
    "{Buy|Get} {real|registered} {passports|driver's licenses|ID cards|residence permits}, {IELTS certificates|diplomas} {without exam|in database}. {Fast and discreet.|Worldwide delivery.} Contact: {docs.express|realdocs.global}%d2%@{gmail.com|proton.me}",
    ["Real Documents Online", "Express Docs", "Buy Passport"],
    ["realdocs.global@proton.me", "docs.express%d2%@gmail.com"],
    ["", "https://realdocs-global.com"],
)
spam(
    "fake-watches",
    "counterfeit",
    "Swiss {replica|AAA+ grade|1:1 clone} watches {from $99|top quality}, {Rolex|Patek|AP} {in stock|new arrivals}. {Free shipping.|PayPal accepted.} %site%",
    ["replica watches", "Rolex replica", "TimeClone"],
    ["sales@timeclone-store.net", "luxwatch%d3%@qq.com"],
    ["https://luxwatch-replica.cc", "https://timeclone-store.net"],
)
spam(
    "fake-money",
    "counterfeit",
    "{Undetectable|Grade A} counterfeit {banknotes|euros|dollars|pounds} for sale, {passes pen and UV test|bank grade}. Telegram @{grade_a_notes|undetect_bills}",
    ["Counterfeit Money", "Grade A Notes", "buy fake notes"],
    ["notes%d3%@proton.me", "undetect.bills@gmail.com"],
)

# IPTV and streams
spam(
    "iptv-fw",
    "iptv",
    "⟦fw:IPTV⟧ {20,000+|30K} {channels|chaînes} 4K, {free trial|24h test}, {all sports|Premier League + UFC}, {no buffering|anti-freeze}. %site%",
    ["IPTV Nova", "Best IPTV UK", "iptv subscription"],
    ["sales@iptvnova.com", "primeiptv%d2%@gmail.com"],
    ["https://iptvnova.com", "https://primeiptv-uk.co"],
)
spam(
    "iptv-fr",
    "iptv",
    "Abonnement IPTV {12 mois|1 an} {pas cher|meilleur prix} ✅ {tous les matchs|toutes les chaînes} {en direct|France et monde}, {activation immédiate|test gratuit}. WhatsApp +33 6 {00 00|12 34} %d2% %d2%",
    ["IPTV France", "Abonnement IPTV", "Smarters Pro"],
    ["contact%d2%@iptv-france-abonnement.fr", "smarterspro@gmail.com"],
    ["https://iptv-france-abonnement.fr", ""],
)
# work from home and task jobs
spam(
    "wfh-hourly",
    "wfh",
    "{I'm making|I get paid} {$95|$120|$87} {an hour|per hour} working from home. {I never thought I'd be able to do it|I couldn't believe it} but my {best friend|cousin} earns {$14,000|$11,500} a month doing this and she convinced me to try. {Everybody must try this job now|This is what I do}... https://{homejobs|easywork}{%d2%|}.{online|site}",
    ["Rebecca J.", "Karen", "Maria Smith", "Home Jobs"],
    ["{s}%d3%@gmail.com", "{s}%d4%@hotmail.com"],
    ["", "https://easywork.site"],
)
spam(
    "wfh-task",
    "wfh",
    "Part-time job 👍 {like YouTube videos|rate hotels|follow TikTok accounts} and earn {₹3000|$150|€120} daily, {no fees|paid same day}. {Contact|Message} HR on Telegram @{hr_recruit|jobdesk}_%d3%",
    ["HR Recruiter", "Remote Jobs", "Priya HR"],
    ["priya.hr%d3%@gmail.com", "jobdesk%d2%@outlook.com"],
)
spam(
    "wfh-id",
    "wfh",
    "Lowongan kerja {online|paruh waktu} {gaji harian|dibayar per tugas} {Rp 300rb-1jt|sampai 1 juta} per hari, {cukup pakai HP|tanpa modal}. WA 0812-{0000|1111}-%d4%",
    ["Lowongan Kerja", "Kerja Online", "Bu Rina HRD"],
    ["rina.hrd%d3%@gmail.com", "kerjaonline%d2%@yahoo.co.id"],
)
# hacker for hire
spam(
    "hack-spouse",
    "hacker",
    "Need to {spy on|monitor} {a cheating spouse's phone|WhatsApp messages|someone's Instagram}? {Contact|Reach out to} {HackerJames|CyberGhost|Wizard Kevin} at {hackerjames|cyberghost.hq}%d2%@{gmail.com|proton.me}, {discreet|100% guaranteed|no access to target phone needed}.",
    ["Jennifer Collins", "Kelly R.", "Mark"],
    ["{s}%d3%@gmail.com", "{s}%d2%@yahoo.com"],
)
spam(
    "hack-credit",
    "hacker",
    "{Bad credit|Low credit score}? {Grade change|Credit repair} in {48 hours|a week}, {score raised to 800+|negative items removed}. {Real hacker|Legit}, contact ⟦leet:creditfix⟧ on {Telegram|Signal} @{credit_wizard|scorefixpro}",
    ["Credit Wizard", "ScoreFix Pro", "legit hacker"],
    ["scorefixpro%d2%@gmail.com", "wizard.credit@proton.me"],
)
# spell casters
spam(
    "spell-lover",
    "spell",
    "I want to thank Dr. {Okoro|Adumba|Ekpen|Zuma} for bringing my {husband|ex-boyfriend|wife} back {in 48 hours|after 3 years apart}. {I was broken|I had lost all hope} and {his spell worked|he helped me when nobody could}. {Email|Contact} him: dr{okoro|adumba|ekpen}spelltemple@gmail.com or WhatsApp +234 {800|809} 000 %d4%",
    ["Amanda", "Stephanie Gray", "Nicole", "Debbie from Ohio"],
    ["{s}%d3%@gmail.com", "{s}%d2%@yahoo.com"],
    n=5,
)
spam(
    "spell-lottery",
    "spell",
    "{Powerful|Genuine} {lottery|money} spell — {I won|won} the {Powerball|EuroMillions|lotto} after {Lord Zakuza|Priest Babatunde} {cast a spell for me|gave me the numbers}. {Don't miss this chance.|Contact:} {lordzakuza|priestbabatunde}@{gmail.com|outlook.com}",
    ["Lord Zakuza", "winner Mike", "Lottery Spell"],
    ["winner%d3%@gmail.com", "lz.spell%d2%@outlook.com"],
)

# diet and CBD
spam(
    "diet-gummies",
    "diet",
    "{Keto|Slim|Burn} gummies {melt fat|burn belly fat} {without diet|while you sleep} 🔥 {Doctors hate this!|As seen on TV.} %site%/order?aff=%d4%",
    ["Keto Gummies", "Slim Gummies Official", "fat burner"],
    ["order@ketoburn-official.com", "aff%d3%@slimgummies-store.shop"],
    ["https://ketoburn-official.com", "https://slimgummies-store.shop"],
)
spam(
    "diet-cbd",
    "diet",
    "{CBD oil|CBD gummies} for {anxiety|pain|sleep}, {full spectrum|lab tested} — {20% off|free shipping} {today only|this week} %site%",
    ["CBD Oil UK", "Green Leaf CBD", "PureCalm"],
    ["hello@greenleafcbd.co", "calm%d2%@purecalm-hemp.store"],
    ["https://greenleafcbd.co", "https://purecalm-hemp.store"],
)
spam(
    "diet-de",
    "diet",
    "{Abnehmen|Gewicht verlieren} ohne Diät? {Mit diesem Trick|Mit diesen Kapseln} habe ich {12|15} Kilo in {einem Monat|4 Wochen} verloren! {Hier bestellen|Jetzt testen}: schlank-{kapseln|wunder}.de",
    ["Sabine", "Schlank Kapseln", "Abnehmen Tipp"],
    ["sabine%d3%@gmx.de", "info@schlank-kapseln.de"],
    ["", "https://schlank-kapseln.de"],
)

# visa and immigration
spam(
    "visa-canada",
    "visa",
    "Canada {work permit|visa} {sponsorship|LMIA} {available|now open}, {no IELTS|without IELTS}, {free flight ticket|accommodation provided}. {Apply|Contact} {canadajobs.hr|lmia.agent}%d2%@gmail.com",
    ["Canada Jobs HR", "LMIA Agent", "Immigration Consultant"],
    ["canadajobs.hr%d2%@gmail.com", "lmia.agent@outlook.com"],
    ["", "https://canada-workvisa-jobs.com"],
)
spam(
    "visa-dv",
    "visa",
    "{DV Lottery|Green Card Lottery} {winners list|results} {is out|published}! {Check your status|Confirm selection} {and pay processing fee|before deadline}: https://dvlottery-{gov|state}-{check|results}.us",
    ["DV Lottery Results", "US Embassy Notice", "Green Card Office"],
    ["noreply@dvlottery-state-results.us", "dv.results%d3%@gmail.com"],
    ["https://dvlottery-gov-check.us"],
)
spam(
    "visa-ar",
    "visa",
    "فرص عمل في {كندا|ألمانيا|أستراليا} مع تأشيرة {مجانية|مضمونة} وسكن {مجاني|مدفوع}. {التقديم الآن|للتواصل} واتساب +971 50 {000|111} %d4%",
    ["وكالة توظيف", "فرص عمل", "Visa Agent"],
    ["jobs.visa%d3%@gmail.com", "agency%d2%@hotmail.com"],
)

# followers and reviews
spam(
    "fol-buy",
    "followers",
    "Buy {Instagram|TikTok|YouTube} followers {real and active|non-drop} {from $1|cheap}, {instant delivery|start in 5 minutes} ⚡ {followboost|socialfame}{pro|hub}.net",
    ["Buy Followers", "SocialFame", "instagram likes"],
    ["support@followboostpro.net", "fame%d3%@gmail.com"],
    ["https://followboostpro.net", "https://socialfamehub.net"],
)
spam(
    "fol-reviews",
    "followers",
    "Get {5-star|positive} Google reviews for your business ⭐⭐⭐⭐⭐ {from real local accounts|non-drop, safe}. Also Trustpilot, Yelp. {Email|Contact} reviews.%d2%@{starlift|reviewmint}.io",
    ["Review Mint", "StarLift Reviews", "Google reviews"],
    ["reviews@reviewmint.io", "sales%d2%@starlift.io"],
    ["https://reviewmint.io", "https://starlift.io"],
)
spam(
    "fol-accounts",
    "followers",
    "Selling {aged Gmail|PVA Gmail|verified Facebook|old Twitter} accounts in bulk, {phone verified|2FA ready}. {Best price|Discount on 100+}. Skype: live:.cid.{%d4%|acc}seller",
    ["Bulk Accounts", "PVA seller", "Aged Accounts Shop"],
    ["pvaseller%d3%@gmail.com", "shop@agedaccs.store"],
    ["https://agedaccs.store", ""],
)

# prizes and phishing
spam(
    "prize-giftcard",
    "prize",
    "🎁 {Congratulations!|You've been selected!} You {have been chosen|are our lucky visitor} to receive a {$1,000|£500|€750} {Amazon|Walmart|Tesco} gift card. {Claim before midnight|Only 3 left}: {bit.ly|tinyurl.com}/%code%",
    ["Reward Center", "Lucky Visitor", "Gift Card Team"],
    ["rewards%d4%@prize-center.win", "giftteam%d2%@gmail.com"],
    ["https://prize-center.win", ""],
)
spam(
    "prize-parcel",
    "prize",
    "{Your parcel|Your package} {could not be delivered|is on hold} due to {incomplete address|unpaid customs fee of £1.99}. {Update your details|Reschedule delivery}: https://{royalmail|dhl|evri}-{redelivery|parcel-update}.{info|help}/%code%",
    ["Delivery Notice", "Parcel Service", "Customs Dept"],
    ["noreply%d4%@parcel-update.help", "notice@redelivery-track.info"],
    ["", "https://parcel-update.help"],
)
spam(
    "prize-account",
    "prize",
    "{Security alert|Important notice}: your {WindowNews|email} account {will be suspended|has unusual activity}. {Verify now|Confirm your identity} to avoid {closure|losing access}: http://{verify-account|secure-login}-{center|portal}.{com|net}/%d6%",
    ["Account Security", "Admin Team", "Webmaster"],
    ["security%d3%@secure-login-portal.net", "admin@verify-account-center.com"],
    ["http://secure-login-portal.net", ""],
)
spam(
    "prize-whatsapp",
    "prize",
    "{WhatsApp|Facebook|Coca-Cola} {Lottery|Promo} {2024|International}: your number won {£850,000|$1,500,000}! {Send your name, address and phone|Contact the claims agent} to {claims|agent}.{promo|award}%d2%@{outlook.com|gmail.com} {with ref no. WA-%d6%|}",
    ["Claims Agent", "Promo Department", "Dr. James Harold (Claims)"],
    ["claims.promo%d2%@outlook.com", "award.agent%d3%@gmail.com"],
)

# a few more in disguise-heavy forms
spam(
    "cx-homoglyph",
    "crypto",
    "⟦cy:Bitcoin⟧ {doubling|investment} ⟦cy:program⟧ — send {0.1|0.05} BTC get {0.2|0.1} BTC back {in 24h|guaranteed} 💰 {wallet|address}: bc1q%alnum30%",
    ["BTC Doubler", "crypto_giveaway", "Satoshi Fund"],
    ["doubler%d3%@proton.me", "sfund%d2%@gmail.com"],
)
spam(
    "bet-zw",
    "casino",
    "⟦zw:casino⟧ {online|live} ⟦zw:bonus⟧ {300%|500%} + {free bet|cashback} 👉 {luckyspin|jackpotcity}{%d2%|}[.]net",
    ["Lucky Spin", "casino bonus", "JackpotCity"],
    ["promo%d3%@luckyspin.net", "vip%d2%@jackpotcity.net"],
    ["", "https://luckyspin.net"],
)
spam(
    "rx-leet",
    "pharma",
    "⟦leet:cheap pills⟧ {no prescription|no rx} ⟦leet:fast delivery⟧ — {ADDERALL|XANAX|OXY} {in stock|available}. {Text|WhatsApp} " + PH_UK,
    ["pill plug", "meds%d3%", "Adderall no rx"],
    ["pillplug%d3%@gmail.com", "medsdirect%d2%@proton.me"],
)
spam(
    "seo-bare",
    "seo",
    "{Thanks for sharing|Useful info}. {More news like this|Similar stories} at {dailynewsroundup|headlinehub24|trendnewsbuzz}.com {and|,} {also check|see} {globalpressdigest|worldbriefing-now}.net",
    ["Daily News Roundup", "Headline Hub", "news aggregator"],
    ["editor@headlinehub24.com", "admin%d2%@trendnewsbuzz.com"],
    ["https://dailynewsroundup.com", "https://headlinehub24.com"],
)


# --------------------------------------------------------------------------------------------
# Disguises.

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
LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}


def bold(ch):
    if "A" <= ch <= "Z":
        return chr(0x1D400 + ord(ch) - ord("A"))
    if "a" <= ch <= "z":
        return chr(0x1D41A + ord(ch) - ord("a"))
    return ch


def disguise(kind, text):
    if kind == "cy":
        return "".join(CYR.get(ch, ch) if rng.random() < 0.7 else ch for ch in text)
    if kind == "zw":
        return "\u200b".join(text)
    if kind == "fw":
        return "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else "\u3000" if ch == " " else ch for ch in text)
    if kind == "bold":
        return "".join(bold(ch) for ch in text)
    if kind == "sp":
        return " ".join(text.upper())
    if kind == "leet":
        return "".join(LEET.get(ch, ch) for ch in text)
    raise ValueError(kind)


DISGUISED = re.compile(r"⟦(\w+):([^⟧]*)⟧")
PLACE = re.compile(r"%([a-z]+)(\d*)(?::([a-z]+))?%")

FR_SLUGS = ["ce-que-l-on-sait", "le-bilan-s-alourdit", "les-ong-s-inquietent", "retour-sur-une-semaine-de-crise"]


def fill(text, art):
    day = datetime.date.fromisoformat(art["date"])

    def sub(m):
        key, n, kind = m.group(1), m.group(2), m.group(3)
        if key == "d":
            return digits(int(n))
        if key == "alnum":
            return alnum(int(n)).lower()
        if key == "code":
            return alnum(rng.randint(5, 7))
        if key == "link":
            return link(kind, day)
        if key == "num":
            return art["_num"][1]
        if key == "numx":
            return other_figure(art["_num"][0])
        if key == "year":
            return str(art["_year"])
        if key == "yearp":
            return str(art["_year"] + 1)
        if key == "at":
            return rng.choice(
                [
                    "mike_r",
                    "Sandra K",
                    "truthseeker99",
                    "Jo",
                    "realist_",
                    "Andrej",
                    "Pat O.",
                    "ny_reader",
                    "Hassan",
                    "greenfield",
                    "Brigitte",
                    "TheOtherTom",
                    "Leona",
                ]
            )
        if key == "ymd":  # %ymd_slash% is matched as key "ymd" only when followed by %, see below
            return day.strftime("%Y/%m/%d")
        if key == "frslug":
            return rng.choice(FR_SLUGS)
        raise KeyError(m.group(0))

    text = text.replace("%ymd_slash%", "%ymd%")
    return PLACE.sub(sub, text)


def render(template, art):
    body = fill(spin(rng, template), art).strip()
    return DISGUISED.sub(lambda m: disguise(m.group(1), m.group(2)), body)


# --------------------------------------------------------------------------------------------
# Articles: every Wikinews article may receive comments, 1 to 6 each.

ARTS = articles(WIKINEWS)
for a in ARTS:
    a["_num"], a["_year"] = figures(a["body"])


def fits(art, needs):
    if not needs:
        return True
    ok = True
    if "num" in needs or needs == "big":
        ok &= art["_num"] is not None
    if needs == "big":
        ok &= art["_num"] is not None and art["_num"][0] >= 1000
    if "year" in needs:
        ok &= art["_year"] is not None
    if needs == "lived":
        ok = art["_year"] is not None and art["_year"] >= 1945
    return ok


order = ARTS[:]
rng.shuffle(order)
SLOTS = []
for a in order:
    if len(SLOTS) >= 600:
        break
    SLOTS += [a] * rng.choice([1, 1, 1, 2, 2, 2, 3, 3, 4, 5, 6])
SLOTS = SLOTS[:600]
rng.shuffle(SLOTS)


def take(needs):
    for i, a in enumerate(SLOTS):
        if fits(a, needs):
            return SLOTS.pop(i)
    raise RuntimeError(f"no article left for {needs}")


# --------------------------------------------------------------------------------------------
# Counts per template.


def ham_counts():
    fixed = sum(opt.get("n", 0) for _, _, opt in H)
    free = [i for i, (_, _, opt) in enumerate(H) if "n" not in opt]
    counts = {i: H[i][2]["n"] for i in range(len(H)) if "n" in H[i][2]}
    for i in free:
        counts[i] = 2
    extra = 300 - fixed - 2 * len(free)
    assert 0 <= extra <= 2 * len(free), extra
    pool = free[:]
    while extra:
        i = rng.choice(pool)
        counts[i] += 1
        extra -= 1
        if counts[i] == 4:
            pool.remove(i)
    return counts


def spam_counts():
    counts = [t[6] for t in S]
    extra = 300 - sum(counts)
    fours = [i for i, c in enumerate(counts) if c == 4]
    assert 0 <= extra <= len(fours), extra
    for i in rng.sample(fours, extra):
        counts[i] = 5
    return counts


def retouch(body, k):
    """A reader's repeat is never byte-identical: vary case or ending."""
    options = [
        body.lower(),
        body.rstrip(".!") + "!",
        body.rstrip(".") + "..",
        body + " 👍",
        body + " Thanks.",
        body[0].lower() + body[1:],
        body.rstrip("."),
        body + "\n\n(edited)",
    ]
    return options[k % len(options)]


def build():
    jobs = []
    for i, c in ham_counts().items():
        jobs += [("ham", i)] * c
    for i, c in enumerate(spam_counts()):
        jobs += [("spam", i)] * c
    rng.shuffle(jobs)
    records, seen = [], set()
    for label, i in jobs:
        if label == "ham":
            tid, text, opt = H[i]
            art = take(opt.get("needs"))
            body = render(text, art)
            k = 0
            while body in seen:
                body = render(text, art) if k < 6 else retouch(body, k)
                k += 1
            seen.add(body)
            names = opt.get("names") or READERS
            k = rng.randrange(len(names))
            name, _, hint = names[k].partition("=")
            email = reader_mail(hint or name)
            site = ""
            sites = opt.get("site")
            if sites:
                site = sites[k % len(sites)] if opt.get("names") else rng.choice(sites)
            elif rng.random() < 0.06:
                site = "personal"
            if site == "personal":
                site = personal_site(name)
            elif site:
                site = site.format(s=slugify(name), d=hexs(6))
            records.append(
                {
                    "label": "ham",
                    "source": f"heldback9:ham:{tid}",
                    "article": art["id"],
                    "body": body,
                    "name": name,
                    "email": email,
                    "url": site,
                }
            )
        else:
            tid, family, text, names, mails, sites, _ = S[i]
            art = take(None)
            k = rng.randrange(len(names))
            site = sites[k % len(sites)]
            home = site or next(x for x in sites if x) if "%site%" in text else ""
            body = render(text.replace("%site%", home), art)
            name = fill(spin(rng, names[k]), art)
            email = fill(spin(rng, mails[k % len(mails)]), art).replace("{s}", slugify(name, "."))
            records.append(
                {
                    "label": "spam",
                    "source": f"heldback9:spam:{tid}",
                    "article": art["id"],
                    "body": body,
                    "name": name,
                    "email": email,
                    "url": site,
                }
            )
    assert not SLOTS
    ham_part = [r for r in records if r["label"] == "ham"]
    spam_part = [r for r in records if r["label"] == "spam"]
    return ham_part + spam_part


if __name__ == "__main__":
    write_set("comment_spam_heldback9.jsonl", build())

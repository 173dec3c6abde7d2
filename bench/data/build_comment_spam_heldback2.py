"""Builds bench/data/comment_spam_heldback2.jsonl: the SECOND held-back labelled set (300 ham,
300 spam). The first one (comment_spam_heldback.jsonl) is spent: the filter changes of
November 2026 were made after reading what it showed.

Written by hand for this project, and committed before those changes, without running any filter
on it. What it does differently from the three earlier sets:
- articles: Wikinews articles of 2019-20 (ingest/data/wikinews.jsonl, CC BY 2.5). Every article in
  ingest/data already carries a comment in some earlier set, so the difference is in what the
  comments take from them: a phrase of the article's body (no earlier set quotes a body), never
  its headline (the tuning and training sets quote the Wikinews headlines);
- ham: other voices (a retired teacher, a lawyer, a farmer, a translator, a nurse's helpline
  number, a parent, all-caps anger, sums, sarcasm), comments in Italian, Portuguese, Swahili,
  Turkish, Polish, Tagalog, Hindi, Korean, Greek and Ukrainian, and readers linking to what
  readers link to: newspapers, broadcasters, encyclopedias, public bodies, papers, video, maps,
  forums and blogs, one to three at a time, drawn from READER_SOURCES (written before the
  trusted-domains setting existed, and not to fit it);
- spam: other families (celebrity crypto platforms, data-entry jobs, IPTV, follower sellers,
  lottery wins, account phishing, romance, carding, phone hacking, gummies, solar grants, visa
  fraud, fixed matches, giveaways, herbal cures, sneakers), other disguises (zero-width spaces,
  full-width letters, Greek and Cyrillic lookalikes, links without a scheme, an IP address or
  punycode as host, Markdown images, the link only in the name or the website field,
  machine-written praise), and spam in Korean, Japanese, Arabic, Hindi, Thai and Portuguese.

    uv run python bench/data/build_comment_spam_heldback2.py
"""

import random

from comment_sets import WIKINEWS, articles, spin, write_set

rng = random.Random(91157)

# What readers link to, one entry a kind of site; not chosen by what any filter trusts.
READER_SOURCES = [
    "https://www.theguardian.com/world/2020/{slug}",
    "https://www.nytimes.com/2020/03/{n}/world/{slug}.html",
    "https://www.washingtonpost.com/world/{slug}/",
    "https://www.aljazeera.com/news/2020/{n}/{slug}",
    "https://www.bbc.com/news/world-{n}",
    "https://www.dw.com/en/{slug}/a-{n}",
    "https://www.npr.org/2020/{n}/{slug}",
    "https://www.reuters.com/article/{slug}-id{n}",
    "https://apnews.com/{n}{slug}",
    "https://www.afp.com/en/news/{n}",
    "https://en.wikipedia.org/wiki/{Wiki}",
    "https://fr.wikipedia.org/wiki/{Wiki}",
    "https://www.britannica.com/topic/{slug}",
    "https://www.cdc.gov/{slug}/index.html",
    "https://www.gov.uk/government/publications/{slug}",
    "https://ec.europa.eu/commission/presscorner/detail/en/ip_20_{n}",
    "https://www.who.int/emergencies/{slug}",
    "https://www.ohchr.org/en/press-releases/2020/{n}",
    "https://www.imf.org/en/News/Articles/2020/{slug}",
    "https://ourworldindata.org/{slug}",
    "https://arxiv.org/abs/2003.{n}",
    "https://doi.org/10.1056/NEJMoa20{n}",
    "https://www.nature.com/articles/d41586-020-0{n}",
    "https://pubmed.ncbi.nlm.nih.gov/32{n}/",
    "https://www.youtube.com/watch?v=Zr{n}kP",
    "https://twitter.com/{slug}/status/12{n}",
    "https://www.facebook.com/{slug}/posts/{n}",
    "https://www.reddit.com/r/news/comments/{n}/{slug}/",
    "https://github.com/{slug}/dataset",
    "https://www.openstreetmap.org/relation/{n}",
    "https://web.archive.org/web/2020/https://{slug}.example/",
    "https://{slug}.substack.com/p/{slug}",
    "https://www.hrw.org/news/2020/{slug}",
    "https://www.amnesty.org/en/latest/news/2020/{slug}/",
    "https://www.localtimes.example/news/{slug}",
]
WIKI = ["Public_health", "Bushfire", "Referendum", "Coronavirus_disease_2019", "Supreme_court", "Monsoon", "Tariff"]
SLUGS = ["lockdown-rules", "flood-response", "court-ruling", "election-results", "budget-2020", "census-data", "wildfire-map"]
PLACES = ["Palermo", "Mombasa", "Izmir", "Gdańsk", "Cebu", "Pune", "Busan", "Thessaloniki", "Lviv", "Recife", "Tromsø", "Ghent"]

HAM = [
    "I taught geography for thirty years and I would have given this article to my pupils. It explains the why, not only the what.",
    'Quick question for the author: you write "{quote}". Where does that come from? I could not find it in the statement.',
    'Pedantic point, sorry: it\'s "fewer", not "less", in the fourth paragraph.',
    "As a lawyer I should add that an appeal does not suspend the ruling in this jurisdiction, so it applies from today.",
    "Fertiliser went from $400 to $900 a tonne for us this year. Stories like this never mention what farmers actually pay.",
    'Translator here: the word rendered as "riot" in the quote is closer to "gathering". It changes the tone a lot.',
    "For my thesis I've been reading {src1} and {src2}. Anything else worth reading on this?",
    "If this story affects you or someone you know, the helpline is free on 0800 {n} {m} and open all night.",
    "Replying to {other}: no, the vote was in 2019, the article has it right.",
    "Articolo chiaro e ben scritto. Qui a {place} se ne parla pochissimo.",
    "Matéria excelente. Aqui em {place} a imprensa local não falou nada sobre isso.",
    "Asante kwa habari hii. Hapa kwetu watu wengi hawajui kinachoendelea.",
    "Çok iyi bir haber, teşekkürler. Türk basınında hiç yer almadı.",
    "Dziękuję za ten tekst. U nas w {place} ludzie mówią o tym od tygodni.",
    "Salamat sa balitang ito. Dito sa Cebu, marami ang apektado.",
    "बहुत अच्छी रिपोर्ट। हमारे शहर में भी यही हालत है।",
    "좋은 기사 감사합니다. 한국에서도 비슷한 일이 있었어요.",
    "Πολύ καλό άρθρο. Στη Θεσσαλονίκη κανείς δεν το έγραψε.",
    "Дякую за статтю. У Львові про це майже не пишуть.",
    'Oh great, another "independent inquiry". We all know how those end.',
    'You write "{quote}", and that is the key line of the whole piece.',
    "My daughter asked me about this at dinner and I could not explain it. Now I can. Thank you.",
    "First time commenting, long time reader. This is why I keep coming back.",
    "THIS IS A DISGRACE AND EVERYONE RESPONSIBLE SHOULD RESIGN",
    "If turnout was 61% of 4.2 million, that's about 2.6 million votes, so a margin of 30,000 is tiny.",
    "My uncle got a WhatsApp message pretending to be from his bank during the strike. Be careful, everyone, they ask for the code.",
    "The exchange rate went from 8 to 15 per dollar in a month. People here buy USDT just to keep their savings.",
    "Metformin and insulin have been out of stock in {place} since March. Please follow this up.",
    "Every football broadcast here is wall-to-wall betting ads now. No wonder the regulator is worried.",
    "Full text of the ruling, for anyone who wants to read it: {src1}",
    "{src1} and {src2} both put the number much higher than this article does.",
    "Reading list for the curious: {src1}, {src2} and {src3}",
    "Here's where it is on a map, it's smaller than you'd think: https://www.openstreetmap.org/relation/{n}",
    "Excellent, balanced piece.",
    "Does anyone have a link to the original video? I can only find clips with music over them.",
    "😢😢",
    "This.",
    "I have two concerns.\n\nThe first is the timing, which the article skips over.\n\nThe second is money: nobody says who pays for the clean-up.\n\nStill, thank you for covering it.",
    'Small thing: the mayor\'s surname is spelled with one "l", not two.',
    "Anyone know a good Spanish-language source on this? My parents don't read English.",
    "If you have family there, the consulate asks people to write to consular.help@embassy.example with their names.",
    "The comment form ate my first reply, so trying again: the bridge was closed on the Tuesday, not the Monday.",
    "I run a small bakery in {place} and flour prices doubled since the spring. This is not abstract for us.",
    "Nobody will convince me this was an accident.",
    "The study is doi:10.1016/S0140-6736(20)30{n}-5 if anyone wants the details; the sample is small.",
    "Live stream from the square: {src1} and the mayor's statement: {src2}",
    "Can I translate this for our parish newsletter? We'd credit you and Wikinews, of course.",
    "Bookmarking this to read properly tonight. Thanks for the clear explainer.",
    "I volunteer for a food bank and we have seen exactly what paragraph three describes. Our numbers are at {src1}",
    "so basically nothing will change. again.",
]
HAM_NAMES = [
    "Mrs. Agnes Whitfield",
    "Giulia B.",
    "Thiago",
    "Wanjiru",
    "Emre",
    "Kasia",
    "Maricel",
    "Arjun",
    "Ji-woo",
    "Eleni",
    "Ostap",
    "retired teacher",
    "barrister_mk",
    "Farmer Dan",
    "Hope Food Bank volunteer",
    "a.",
    "Benoît L.",
    "Sven-Erik",
]
HAM_EMAIL_DOMAINS = ["fastmail.example", "web.example", "libero.example", "naver.example", "ukr.example", "orange.example"]
HAM_SITES = [
    "",
    "",
    "",
    "",
    "",
    "",
    "https://giuliab.blogspot.example",
    "https://hopefoodbank.example.org",
    "https://agnes-w.example/notes",
]

SPAM = [
    "Elon Musk just launched a platform that pays $1,600 a day. I checked it myself and got paid: {link}",
    "Sponsored: doctors hate this one simple trick to end joint pain in 7 days {link}",
    "Simple copy-paste work from home, weekly pay via PayPal. Message me on WhatsApp {phone}",
    "Compra pastillas para adelgazar sin receta, envío discreto a toda España {link}",
    "Best IPTV subscription {2026|2027}, 20000 channels in 4K, free 24h trial {link}",
    "Buy Instagram followers and likes, real and instant, from $2 {link}",
    "Congratulations! Your email has won £850,000 in the international promo draw. Claim now: claims{n}@promo-desk.example",
    "Your account will be suspended within 24 hours. Verify your details here: {link}",
    "Hi dear, I saw your comment and I want to know you better. Write me at {mail} 😘",
    "Fresh CVV, fullz, bank logs, all countries. Telegram @{handle}",
    "Need to hack a phone, read WhatsApp or recover Instagram? Contact {mail}, fast and discreet.",
    "Keto ACV gummies official website, 2026 price, 🔥 70% OFF today {link}",
    "Get solar panels for £0 upfront, government scheme ends soon! Check eligibility {link}",
    "Canada work visa without IELTS, 100% guaranteed, call or WhatsApp {phone}",
    "Comprar diploma universitário registrado, entrega rápida e sigilo total {link}",
    "토토사이트 추천 먹튀검증 완료 {link}",
    "今すぐ登録で1万円ボーナス！オンラインカジノ {link}",
    "ربح المال من الإنترنت بسهولة وبدون خبرة {link}",
    "सट्टा मटका का सबसे तेज़ रिज़ल्ट यहाँ देखें {link}",
    "สล็อตเว็บตรง แตกง่าย ฝากถอนไม่มีขั้นต่ำ {link}",
    "C\u200bi\u200ba\u200bl\u200bi\u200bs and V\u200bi\u200ba\u200bg\u200br\u200ba, no prescription, overnight {link}",
    "ＶＩＡＧＲＡ ５０ｍｇ ｃｈｅａｐ ｏｎｌｉｎｅ {link}",
    "Ϲаѕіnо bοnuѕ 300% + 100 frее ѕріnѕ {link}",
    "Cheap loans approved today, visit www.quick-loan{n}.example or bestloans{n} dot com",
    "Thank you for this article, it helped me a lot.",
    "This article provides a comprehensive overview of the topic. The insights shared are valuable, thought-provoking and well researched.",
    "cheap flights cheap flights london cheap flights paris cheap flights rome best price guaranteed {link}",
    "![limited offer]({link})",
    "Register now and claim your reward http://185.{m}.12.7/promo?id={n}",
    "Official store, 80% discount today only https://xn--80ak6aa92e{n}.example/sale",
    "Does anyone know where to buy good running shoes at a fair price?",
    "Coinbase customer care number 📞 +1 (844) {n} 24x7, call now for wallet recovery",
    "Dissertation help from £9.99 per page, native UK writers, no AI, {link}",
    "Turn $250 into $5,000 with AI trading. Regulated and safe. Sign up: {link}",
    "Herbal cure for herpes and diabetes by {healer}, contact {mail} or WhatsApp {phone}",
    "Jordan 1 retro high, best batch, worldwide shipping, PayPal accepted {link}",
    "s*e*x chat tonight 18+, no signup, {link}",
    "Thanks for this, very helpful. We also move offices and homes across the whole city, free quote on our site.",
    'Regarding "{quote}": read the full story here {link}',
    "Watch this before it gets deleted: {short}",
    "I'm giving away 10 iPhones to celebrate 1M followers! Comment and DM me on Instagram @{handle}",
    "100% sure fixed matches, odds 2.00+, pay after win. WhatsApp {phone}",
    "Seriöse Kredite ohne Schufa, Auszahlung in 24 Stunden {link}",
    "{ham}",
    "Hey, I wrote a free tool that summarises news articles like this one, would love feedback {link}",
]
SPAM_NAMES = [
    "Amelia Watson",
    "Jobs Online",
    "IPTV UK",
    "Instafollowers",
    "Promo Desk",
    "Security Team",
    "Natasha",
    "Carder Shop",
    "Hack Pro",
    "Keto Gummies",
    "Solar Grants UK",
    "Visa Agency",
    "토토사이트",
    "Movers Toronto",
    "Coinbase Support",
    "Dissertation Help UK",
    "Lucas",
    "https://bet{n}.example",
    "Sneaker Outlet",
    "Fixed Matches",
]
SPAM_SITES = [
    "",
    "",
    "",
    "https://movers-toronto.example",
    "https://iptv-uk-best.example",
    "https://runningshoes-outlet.example",
    "https://ketogummies-official.example",
    "https://solar-grants.example",
    "https://sneaker-outlet.example",
    "https://instafollowers.example",
]
HEALERS = ["Dr. Aisosa", "Dr. Ebhota", "Mama Zola", "Dr. Itua"]
SHORTENERS = ["cutt.ly", "rb.gy", "shorturl.at", "is.gd"]
TLDS = ["icu", "site", "fun", "buzz", "live", "example"]


def quote(article):
    """A phrase of the article's body: the first seven words of one of its sentences."""
    sentences = [s for s in article["body"].replace("\n", " ").split(". ") if len(s.split()) >= 7]
    return " ".join(rng.choice(sentences).split()[:7]) if sentences else "the figures"


def source():
    return rng.choice(READER_SOURCES).format(slug=rng.choice(SLUGS), Wiki=rng.choice(WIKI), n=rng.randint(1000, 9999))


def spam_link(n):
    word = rng.choice(["official", "get", "claim", "promo", "vip", "now"])
    return f"https://{word}-{n}.{rng.choice(TLDS)}/{rng.choice(['', 'r/', 'offer?id=', 'lp/'])}{n}"


def values(article, n):
    """Everything a template may ask for, drawn afresh for each comment."""
    return {
        "quote": quote(article),
        "src1": source(),
        "src2": source(),
        "src3": source(),
        "place": rng.choice(PLACES),
        "other": rng.choice(HAM_NAMES),
        "n": n,
        "m": rng.randint(100, 999),
        "link": spam_link(n),
        "short": f"https://{rng.choice(SHORTENERS)}/{rng.randint(10**5, 10**6)}",
        "phone": f"+{rng.choice(['1', '44', '91', '234', '63'])} {rng.randint(100, 999)} {rng.randint(1000, 9999)} {n}",
        "mail": f"{rng.choice(['hello', 'dear', 'agent', 'desk'])}{n}@{rng.choice(['gmail', 'outlook', 'yandex'])}.example",
        "handle": f"{rng.choice(['cvvking', 'hackpro', 'giveaway', 'winbig'])}_{n}",
        "healer": rng.choice(HEALERS),
    }


def ham_item(i, article):
    name = rng.choice(HAM_NAMES)
    body = HAM[i % len(HAM)].format(**values(article, 1000 + i))
    local = "".join(ch for ch in name.lower() if ch.isascii() and ch.isalnum())[:10] or "reader"
    return {
        "label": "ham",
        "source": "held-back 2: hand-written reader template + Wikinews 2019-20 article body",
        "article": article["id"],
        "body": body,
        "name": name,
        "email": f"{local}{rng.randint(1, 99)}@{rng.choice(HAM_EMAIL_DOMAINS)}",
        "url": rng.choice(HAM_SITES),
    }


def spam_item(i, article, plain_ham):
    n = 5000 + i
    body = spin(rng, SPAM[i % len(SPAM)]).format(ham=rng.choice(plain_ham), **values(article, n))
    return {
        "label": "spam",
        "source": "held-back 2: hand-written bot template, spun",
        "article": article["id"],
        "body": body,
        "name": rng.choice(SPAM_NAMES).format(n=n),
        "email": f"{rng.choice(['mailer', 'promo', 'info', 'team'])}{n}@{rng.choice(['massmail', 'sendfast', 'leadgen'])}.example",
        "url": rng.choice(SPAM_SITES),
    }


def build():
    corpus = [article for article in articles(WIKINEWS) if article["date"][:4] in ("2019", "2020")]
    hams = [ham_item(i, rng.choice(corpus)) for i in range(300)]
    # Scraped-comment spam copies what readers wrote (here: the ham above without links),
    # under a commercial name or website.
    plain_ham = [item["body"] for item in hams if "http" not in item["body"]]
    spams = [spam_item(i, rng.choice(corpus), plain_ham) for i in range(300)]
    return write_set("comment_spam_heldback2.jsonl", hams + spams)


if __name__ == "__main__":
    build()

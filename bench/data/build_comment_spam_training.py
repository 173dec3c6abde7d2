"""Builds bench/data/comment_spam_training.jsonl: extra TRAINING-ONLY comments for the learned
spam filter (comments/classifier.py). The benchmark never measures on it.

Written for this project by hand, in one sitting, without opening the held-back set or its
builder (the only thing known about the held-back set is the family list in README.md). It
exists to give the model variety the tuning set lacks: readers in many languages and scripts,
readers citing several well-known sources, lower case and typos; spam in other languages,
obfuscated selling words, link shorteners, Markdown links, contact-me scams with no link,
support-line scams, outreach, and plain praise whose only payload is the website field.
Headlines come from the demo's Wikinews articles (ingest/data/wikinews.jsonl, CC BY 2.5).

    uv run python bench/data/build_comment_spam_training.py
"""

import random
import re

from comment_sets import WIKINEWS, articles, write_set

rng = random.Random(1729)

SOURCES = [
    "https://en.wikipedia.org/wiki/{w}",
    "https://de.wikipedia.org/wiki/{w}",
    "https://www.bbc.co.uk/news/world-{n}",
    "https://www.theguardian.com/world/2024/{w}",
    "https://apnews.com/article/{w}-{n}",
    "https://www.youtube.com/watch?v=Xk{n}Qa",
    "https://youtu.be/Pq{n}z",
    "https://x.com/{w}/status/17{n}",
    "https://archive.org/details/{w}",
    "https://doi.org/10.1038/s41586-0{n}",
    "https://data.worldbank.org/indicator/{w}",
    "https://www.who.int/news/item/{w}",
    "https://www.gov.uk/government/news/{w}",
    "https://ec.europa.eu/eurostat/{w}",
    "https://github.com/{w}/data",
    "https://www.nytimes.com/2023/{w}.html",
    "https://www.lemonde.fr/international/{w}",
    "https://www.reddit.com/r/worldnews/comments/{w}",
    "https://news.un.org/en/story/{n}",
    "https://www.openstreetmap.org/#map=12/{n}",
]
WIKI_WORDS = ["Election_law", "Inflation", "Drought", "Ferry_disaster", "Census", "Climate_change", "Trade_union", "Vaccine"]

HAM = [
    "{title}: I'd love to know who actually funded this. The article hints at it but never says.",
    "i live two streets away and honestly nobody here was asked about any of this",
    "This is the third time this year. When does anyone in charge take responsibility?",
    "Background for anyone new to this: {src1} and the timeline here {src2}",
    "The figures match what the statistics agency published ({src1}), but the older series on {src2} tells a different story.",
    "Footage from the day is on {src1} and a thread with more photos: {src2}",
    "Wikipedia has a decent summary {src1}, the UN report is longer {src2}, and there's a documentary {src3}",
    "Source for the claim in paragraph four? I found {src1} but it says the opposite.",
    "@{reader} you're right about the dates, I mixed up the two votes.",
    "@{reader} no, that's not what the minister said. Listen to the full interview: {src1}",
    "Great reporting. Thank you for staying on this story when everyone else moved on.",
    "Thanks for sharing this, my grandmother was from that region and never talked about it.",
    "Nice article, really informative. Keep up the good work!",
    "Very helpful explainer, I finally get what the dispute is about.",
    "Well, that headline aged badly. {title}",
    "Typo in the caption: it's 'their', not 'there' 😊",
    "😢 so sad. prayers for everyone affected",
    "wow. just wow. 👏👏",
    "Can you please stop autoplaying videos on the page? It eats my mobile data.",
    "Any chance of a Spanish version of this? My parents would read it.",
    "I worked at that plant for eleven years. The safety problems were reported long before {title}.",
    "Honest question, not trolling: what would the alternative have cost?",
    "As a nurse I can confirm the shortage. We had four people doing the work of nine last winter.",
    "The map in the article is wrong, the border crossing is further north.\n\nAlso the river is the Sava, not the Drava.",
    "First paragraph says 200 people, the quote later says 2,000. Which one is it?",
    "I disagree with most commenters here. The policy did work, just slower than promised.",
    "My blog post from last year covers the same ground, for those interested: {src1}",
    "The court ruling itself is short and readable, worth ten minutes: {src1}",
    "Reading {title} from abroad, it's strange how little of this reaches our news.",
    "Keep posting these long reads please, they're the reason I subscribe.",
    "the loan scheme in the article sounds great on paper but the interest after year two is brutal",
    "Casinos in our town brought jobs and also a lot of debt. Both things are true.",
    "My uncle lost his savings to a crypto scam like the one described. Nobody got their money back.",
    "Scammers called my mother pretending to be her bank last week, exactly the trick in the article.",
    "WhatsApp groups in our village spread the rumour before any paper did.",
    "Telegram channels were the only source of news during the blackout.",
    "Is there a petition? I'd sign it.",
    "Who took the photo at the top? It's stunning.",
    "Correction: the mayor resigned in March, not May. See the council page {src1}",
    "What a depressing read. But necessary.",
    "Three sources that disagree with each other: {src1} {src2} {src3}. Make of that what you will.",
    "Muy buen artículo. En mi ciudad pasó lo mismo hace dos años y nadie informó.",
    "¿Alguien sabe si habrá elecciones anticipadas? Gracias por la cobertura.",
    "Sehr guter Bericht. Bei uns im Dorf sieht es genauso aus, die Busse fahren kaum noch.",
    "Ich verstehe nicht, warum die Regierung so lange gewartet hat. Quelle: {src1}",
    "Merci pour cet article. La situation est bien pire que ce qu'on lit ailleurs.",
    "Je ne suis pas d'accord avec la conclusion, les chiffres de l'INSEE disent autre chose.",
    "Ótima matéria. Moro perto e confirmo tudo que foi dito.",
    "Articolo molto chiaro, grazie. Speriamo che qualcuno ascolti.",
    "Спасибо за статью. У нас в городе то же самое, но об этом молчат.",
    "Не согласен с автором: цифры в третьем абзаце устарели, вот свежие данные {src1}",
    "Хороший материал, жаль, что так мало подробностей о пострадавших.",
    "谢谢你们的报道。我的家乡也发生了类似的事情，但是没有媒体关注。",
    "这篇文章写得很好，但是第二段的数字好像不对。",
    "希望能有后续报道，我们都很关心这件事。",
    "ありがとうございます。日本ではほとんど報道されていません。",
    "Terima kasih atas liputannya. Di daerah saya juga terjadi banjir minggu lalu.",
    "شكرا على هذا المقال. الوضع في مدينتي مشابه جدا.",
    "Dziękuję za artykuł, u nas w Polsce też o tym dyskutujemy.",
    "Bedankt voor het artikel. Ik woon in de buurt en het klopt helemaal.",
    "ok but why does every article about {title} have the same stock photo lol",
    "this is why i stopped trusting the local council tbh",
    "Subscribed because of this piece. Worth every penny.",
    "I run a small bakery near there and the road closure cut our sales in half for a month.",
    "Retired teacher here. The reading scores collapsed long before the pandemic.",
    "Link in the article is broken, I think it should be {src1}",
    "Minor point, but 'decimate' doesn't mean what the reporter thinks it means.",
    "As a lawyer: the ruling is narrower than the headline makes it sound.",
    "Would love a follow-up interview with the workers, not just the management.",
    "Good point.",
    "Agreed, well said.",
    "Thanks for this.",
    "A fair summary, I think.",
    "Interesting read.",
]
READERS = ["lena_k", "Marcus", "ahmed", "jo", "Priya S", "old_reader", "Tomás", "Mei"]
HAM_NAMES = [
    "Karin",
    "dave",
    "M. Osei",
    "Lucía Fernández",
    "Jürgen",
    "Hana",
    "Rafael",
    "Ingrid B.",
    "pablo_r",
    "Dmitri",
    "王磊",
    "Анна",
    "Fatima",
    "Noor",
    "Chris P.",
    "Siobhan",
    "Kenji",
    "Ola",
    "Amara",
    "the reader from Leeds",
    "Brian O'Neill",
    "Nadia",
    "Sipho",
    "Dr. Ruth Klein",
    "Teacher in Ohio",
    "Local Historical Society",
]
# Half the readers leave a website (a blog, a profile, a club), as the half of bots that do.
HAM_SITES = [
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "https://ola.example",
    "https://amara-writes.example",
    "https://www.kenji-photo.example/",
    "https://ruthklein.example/about",
    "https://ohio-teacher.example",
    "https://karin-notes.example.org",
    "https://dmitri.example.net/blog",
    "https://leeds-history.example.org",
    "https://github.com/chrisp",
    "https://www.linkedin.com/in/siobhan",
]

SPAM = [
    "Buy <<viagra>> and <<cialis>> online, discreet shipping, best prices guaranteed",
    "Get <<tramadol>> without prescription, overnight delivery, pay with crypto",
    "Lose 20 pounds in 2 weeks with <<ozempic>> alternative, doctors hate this trick",
    "<<casino>> bonus 300% + 100 free spins, withdraw instantly, register today",
    "Best <<slots>> of the year, jackpot every hour, sign up now and win big",
    "Bet on football with the highest odds, instant payout, welcome <<bonus>> 200%",
    "you won't believe this {short}",
    "my private photos here {short} 😘",
    "Congratulations! You have been selected for a $1000 gift card, claim at {short}",
    "Make $7,000 a month from home, I did it, here is how {short}",
    "Found the full video here {short} watch before it gets deleted",
    "Free iPhone 15 giveaway, only today: {short}",
    "Check this [amazing deal]({shop}) and [more offers]({shop}/sale)",
    "Really good article. For the best [cheap flights]({shop}) visit us.",
    "I lost over $65,000 to a fake trading platform and thought it was gone forever until a friend introduced me to {fixer}. "
    "They recovered everything in 72 hours. Contact them on WhatsApp {phone}",
    "Thanks to {fixer} I got back my stolen USDT. If you were scammed, reach out on Telegram @{handle}, they are legit.",
    "Be careful with fake recovery agents, only {fixer} helped me. Email {mail} or text {phone}",
    "I applied for a loan of $40,000 from several banks and was rejected. Then I contacted {lender}, "
    "and within 24 hours the money was in my account. Email {mail}",
    "Do you need a personal or business loan at 2% interest? Contact {lender} today, WhatsApp {phone}",
    "My husband left me for another woman and I was heartbroken until I contacted {caster}, the great spell caster. "
    "Within 3 days he came back begging. Email {mail}",
    "{caster} cured my herpes with herbal medicine, I am so grateful. Contact him on WhatsApp {phone}",
    "Want to join the Illuminati and become rich and famous? Call {phone} now",
    "Need to spy on a cheating spouse? Hire a professional hacker, Telegram @{handle}, discreet service",
    "Binary options and forex trading with guaranteed profit, message {fixer} on WhatsApp {phone}",
    "Hello admin, I noticed your website has low domain authority. We can increase your DA to 50+ in 30 days. Reply for pricing.",
    "Hi there, I'm reaching out to offer a guest post on your site. We pay $150 per do-follow link. Interested?",
    "Dear webmaster, our team can rank your site on page one of Google. Reasonable rates, contact {mail}",
    "Hey, I can redesign your website and fix SEO issues for a small fee, email me at {mail}",
    "Claim your free airdrop tokens now! Connect your wallet at {shop} before the snapshot",
    "Validate your wallet to receive 5,000 USDT, limited spots: {short}",
    "New presale launching, 100x potential, join our Telegram @{handle}",
    "Watch the final live stream free in HD, no signup: {shop}/live",
    "Full movie download 1080p free {short}",
    "QuickBooks support number {phone}, 24/7 help for all errors",
    "Call Coinbase customer care {phone} for account recovery and refunds",
    "Cash App refund helpline {phone} call now",
    "Nice post!",
    "Great information, thank you.",
    "I really like this site, very nice content.",
    "Amazing write-up, I learned a lot. Bookmarked!",
    "This is the kind of content I was looking for, thanks admin.",
    "Woah! I'm really enjoying the template/theme of this site. It's simple, yet effective.",
    "Hello! I could have sworn I've been to this blog before but after browsing through some of the posts I realized it's new to me.",
    "Hi! This post could not be written any better! Reading this post reminds me of my old room mate!",
    "Pretty section of content. I just stumbled upon your weblog and in accession capital to assert that I acquire actually enjoyed account your blog posts.",
    "Write more, that's all I have to say. Literally, it seems as though you relied on the video to make your point.",
    "CBD gummies for anxiety and pain, 50% off today only {shop}",
    "Male enhancement pills that actually work, order now {shop}",
    "Hot girls in your city waiting to chat, free registration {short}",
    "Escort service available 24/7, VIP models, call {phone}",
    "Essay writing help, plagiarism-free dissertations by PhD writers, order at {shop}",
    "Do my homework for me cheap, fast delivery, A+ guaranteed {shop}",
    "Best VPN 2025 reviews and coupons, up to 85% off {shop}",
    "Roof repair and gutter cleaning, free estimate, call {phone}",
    "Купить диплом о высшем образовании недорого, с занесением в реестр {shop}",
    "Займ онлайн на карту без отказа и проверок, одобрение за 5 минут {short}",
    "Прогон хрумером, продвижение сайтов в топ, недорого. Пишите в телеграм @{handle}",
    "Ставки на спорт с лучшими коэффициентами, бонус новым игрокам {shop}",
    "Казино онлайн, бездепозитный бонус, вывод без верификации {short}",
    "Накрутка подписчиков и лайков в инстаграм, дешево и быстро",
    "Проститутки и индивидуалки вашего города, звоните {phone}",
    "代开各类发票，正规可查，联系微信 {handle}",
    "网上兼职，日结工资，每天轻松赚500元，加微信 {handle}",
    "澳门赌场在线娱乐，注册送彩金，{shop}",
    "办理各类证件，毕业证，驾驶证，诚信服务，联系QQ 8{phone}",
    "刷单返利，高佣金，一单一结，加群了解",
    "Situs slot gacor hari ini, deposit pulsa tanpa potongan, maxwin {shop}",
    "Judi bola online terpercaya, bonus new member 100% {short}",
    "Préstamos rápidos sin aval y sin buró, aprobación inmediata, WhatsApp {phone}",
    "Ganhe dinheiro em casa trabalhando apenas 2 horas por dia, clique {short}",
    "Kredit ohne Schufa, Sofortzusage, Auszahlung in 24 Stunden {shop}",
    "Voyance gratuite par téléphone, médium sérieux, appelez le {phone}",
    "Nhà cái uy tín số 1, tặng 100k khi đăng ký {shop}",
    "Canlı bahis ve casino, yüksek oranlar, hemen üye ol {short}",
]
FIXERS = ["Cyber Recovery Pro", "Mr. Williams Hack", "Asset Retrieval Guru", "Trust Fund Recovery", "Agent Marcus"]
LENDERS = ["Mrs. Helen Loan Firm", "Global Trust Lenders", "Mr. David Finance", "Rapid Credit Home"]
CASTERS = ["Dr. Obazu", "Priest Ade", "Dr. Mamba", "Lord Zakuza"]
SHORTENERS = ["bit.ly", "tinyurl.com", "cutt.ly", "is.gd", "rb.gy", "t.ly", "shorturl.at", "goo.su", "clck.ru", "s.id"]
SPAM_NAMES = [
    "Jennifer",
    "Michael",
    "Sarah Williams",
    "Robert",
    "cheap flights",
    "CBD Oil",
    "Slot Gacor",
    "Roof Repair Dallas",
    "Best VPN Deals",
    "Loan Offer",
    "Crypto Expert",
    "Dr. Obazu",
    "Linda",
    "David",
    "Олег",
    "Купить диплом",
    "小王",
    "casino online",
    "essay help",
    "Buy Followers",
    "Tech Support",
    "Emily",
    "James",
    "Elena",
]
SPAM_SITES = [
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "https://roofrepair-dallas.example",
    "https://best-vpn-deals.example",
    "https://cbd-gummies-shop.example",
    "https://slotgacor88.example",
    "https://cheapflights-now.example",
    "https://www.bestessaywriters.example",
    "https://loan-offer-24.example",
    "https://plumbing-pros.example",
    "https://diploma-kupit.example",
]


# Local-search spam: a trade and a city as the name, the same as the website.
TRADES = [
    "Locksmith",
    "Carpet Cleaning",
    "Movers",
    "Emergency Dentist",
    "Injury Lawyer",
    "Roofing",
    "Pest Control",
    "HVAC Repair",
    "Tree Removal",
    "Water Damage Restoration",
    "Junk Removal",
    "Garage Door Repair",
    "Tiling",
]
CITIES = ["London", "Dallas", "Sydney", "Toronto", "Miami", "Phoenix", "Dubai", "Manchester", "Chicago", "Perth"]


def trade_name():
    trade, city = rng.choice(TRADES), rng.choice(CITIES)
    return f"{trade} {city}", f"https://{trade.lower().replace(' ', '')}-{city.lower()}.example"


def obfuscate(word):
    """How bots hide a selling word from word lists: l33t digits, dots, spaces, Cyrillic lookalikes."""
    style = rng.randrange(6)
    if style == 0:
        return word
    if style == 1:
        return word.translate(str.maketrans("aeios", "43105"))
    if style == 2:
        return word.translate(str.maketrans("aio", "@!0"))
    if style == 3:
        return ".".join(word)
    if style == 4:
        return " ".join(word.upper())
    return word.translate(str.maketrans("aeoc", "аеос"))  # Cyrillic a, e, o, c


def fill(template, n):
    def number():
        return str(rng.randint(1000, 99999))

    values = {
        "title": lambda: rng.choice(TITLES),
        "reader": lambda: rng.choice(READERS),
        "src1": lambda: source(),
        "src2": lambda: source(),
        "src3": lambda: source(),
        "short": lambda: f"https://{rng.choice(SHORTENERS)}/{rng.choice('aBcXyZ')}{number()}",
        "shop": lambda: (
            f"https://{rng.choice(['deal', 'promo', 'best', 'top', 'win'])}{n}-{rng.choice(['shop', 'club', 'online', 'store'])}.example"
        ),
        "phone": lambda: f"+{rng.choice(['1', '44', '234', '971', '7'])} {number()} {number()}",
        "mail": lambda: f"{rng.choice(['help', 'contact', 'support', 'info'])}{n}@{rng.choice(['gmail', 'outlook', 'proton'])}.example",
        "handle": lambda: f"{rng.choice(['recover', 'pro', 'vip', 'fast', 'best'])}_{number()}",
        "fixer": lambda: rng.choice(FIXERS),
        "lender": lambda: rng.choice(LENDERS),
        "caster": lambda: rng.choice(CASTERS),
    }
    text = re.sub(r"<<(\w+)>>", lambda m: obfuscate(m.group(1)), template)
    return re.sub(r"\{(\w+)\}", lambda m: values[m.group(1)](), text)


def source():
    return rng.choice(SOURCES).format(w=rng.choice(WIKI_WORDS), n=rng.randint(10000, 99999))


def item(label, template, name, url, article, n):
    email = f"{re.sub(r'[^a-z]', '', name.lower()) or 'user'}{n}@{'mail' if label == 'ham' else 'inbox'}.example"
    origin = "hand-written training template" + (" + Wikinews headline" if "{title}" in template else "")
    body = fill(template, n)
    return {"label": label, "source": origin, "article": article, "body": body, "name": name, "email": email, "url": url}


def build(per_label=700):
    corpus = articles(WIKINEWS)
    TITLES.extend(article["title"] for article in corpus)
    items = []
    for n in range(per_label):
        article = rng.choice(corpus)["id"]
        items.append(item("ham", HAM[n % len(HAM)], rng.choice(HAM_NAMES), rng.choice(HAM_SITES), article, n))
        article = rng.choice(corpus)["id"]
        name, site = trade_name() if n % 3 == 0 else (rng.choice(SPAM_NAMES), rng.choice(SPAM_SITES))
        items.append(item("spam", SPAM[n % len(SPAM)], name, site, article, n))
    return write_set("comment_spam_training.jsonl", items)


TITLES = []

if __name__ == "__main__":
    build()

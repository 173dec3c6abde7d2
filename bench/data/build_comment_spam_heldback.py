"""Builds bench/data/comment_spam_heldback.jsonl: the HELD-BACK labelled set. The filters in
comments/spam.py are never tuned on it; bench/comment_spam.py only reports it beside the tuning set.

It differs from the tuning set (build_comment_spam.py) in every part it can:
- articles: Global Voices posts of 2022 (ingest/data/globalvoices-2022-teasers.jsonl, CC BY 3.0),
  not the Wikinews articles of 2004-2005 the tuning set talks about;
- ham: other templates in other voices (regional readers, several languages, replies, typos,
  emoji, several paragraphs, readers citing one, two or three outside sources, readers with
  organisation names and blogs), other names, other email and website shapes;
- spam: other families and disguises (obfuscated drug and gambling words, URL shorteners,
  Markdown links, WhatsApp/Telegram "recovery" and loan testimonials with no link at all,
  spell casters, non-English spam, scraped reader text under an anchor-text name, SEO outreach,
  streaming, airdrops, fake support lines), other names and domains.
Written by hand for this project before the filter changes of the same commit series were
made, and committed before the filters were measured on it. Deterministic; rerun to rebuild.
"""

import random

from comment_sets import GLOBAL_VOICES, articles, spin, write_set

rng = random.Random(4711)

HAM = [
    "I grew up in {region} and this is the first time I have seen this covered in English. Thank you.",
    'Two things.\n\nFirst, the headline undersells it: "{title}" is only half the story.\n\nSecond, where are the figures from? I would like to see the underlying data.',
    "@{other_name} I don't think that's fair. The piece says quite clearly who was responsible.",
    "wow i had no idea about this. sharing",
    "this is so sad. rest in peace",
    "Muy buen artículo. En {region} casi no se habla de esto en la prensa.",
    "Danke für den Bericht. In unseren Nachrichten kam davon kein Wort.",
    "Article intéressant, mais il manque le point de vue du gouvernement.",
    "Background for anyone new to this: https://en.wikipedia.org/wiki/{wiki} and the UN summary at https://news.un.org/en/story/2022/02/{n}",
    "Wikipedia has a decent timeline: https://en.wikipedia.org/wiki/{wiki}",
    "The original post has more photos and the full interview: {url}",
    "Reuters covered both days: https://www.reuters.com/world/{slug}-day-one and https://www.reuters.com/world/{slug}-day-two",
    "Sources for the numbers I quoted above: https://data.worldbank.org/country/{wiki}, https://www.who.int/countries/{n} and https://doi.org/10.1371/journal.pone.0{n}",
    "People in {region} turned to bitcoin when the banks froze accounts. The article should explain why, not just that.",
    "Great read. Shared it with my mum, who is from {region}.",
    "Keep up the good work, Global Voices. Nobody else covers {region} like this.",
    "Check out the photo gallery in the original post, it is stunning.",
    "I wrote about the same march on my blog last week, from the other side of the border. Different crowd, same anger.",
    "Our book club read the author's novel last year. Lovely to see her work get attention here.",
    "> {title}\n\nThat is not what the minister said at all. Read the full transcript.",
    "🙏🏽 thinking of everyone in {region} tonight",
    "Is there a way to donate to the families? A link to a verified fundraiser would help a lot.",
    "Why does every story about {region} end up behind a paywall on other sites? Glad this one is free.",
    "Sorry for my English. In my country same problem, police do nothing and journalists go to jail.",
    "Correction: the law was passed on 3 February, not 4 February. See the official gazette: https://gazette.gov.example/2022/02/03/{n}",
    "The student loan scheme mentioned in the third paragraph was scrapped in 2019, so that part is out of date.",
    "My pharmacy in {region} has had no insulin for months. Nobody reports on it.",
    "The new casino resort was built on land taken from fishermen. Follow the money.",
    "Is this the same {topic} story that was on the radio this morning? The details sounded different.",
    "Video of the march: https://www.youtube.com/watch?v=a{n}Xq and the organisers' thread: https://twitter.com/marchorg/status/14{n}",
    "Translated this into Portuguese for our community newsletter, with credit. Hope that is fine under the licence.",
    "Thanks for sharing this story. I had only seen it as a rumour on WhatsApp.",
    "Nice article, very informative. I did not know the history behind it.",
    "Speaking as a nurse: the shortage described here is real, and it is worse outside the capital.",
    "Disagree. You quote three activists and zero officials. That is not balance.",
    "more at bbc.co.uk/news if anyone wants the English-language version",
    "Great, another politician who promises jobs and delivers casinos and cheap loans to his friends.",
    "Could you do a follow-up in six months? Stories like {title} vanish once the cameras leave.",
    "The photo caption says 2021 but the banner in the picture is from the 2019 protest. Small thing, but worth fixing.",
    "My grandfather worked on that railway. He would have been so proud to see it remembered.",
]
HAM_NAMES = [
    "Nkechi",
    "Tomás R.",
    "wanderer_82",
    "Inês",
    "Priya Raman",
    "Dmitri",
    "Fatima Z.",
    "K. Osei",
    "M. Haddad",
    "libby",
    "José",
    "Hanna Lindqvist",
    "Q",
    "Rui",
    "Aroha",
    "Baraka",
    "Dr. Amara Diallo",
    "Lagos Book Club",
    "Radio Kismet volunteer",
    "an old subscriber",
]
HAM_EMAIL_DOMAINS = ["gmail.example", "posteo.example", "uni-leipzig.example", "yahoo.example", "protonmail.example"]
HAM_SITES = [
    "",
    "",
    "",
    "",
    "",
    "https://notesfromlagos.wordpress.example",
    "https://www.thecable.example/authors/kosei",
    "http://hanna.lindqvist.example/",
    "https://mastodon.social.example/@wanderer82",
]

SPAM = [
    "B.u.y V1agra & C1alis w/o prescr1ption, fast worldwide shipping -> {short}",
    "Interesting! More here: {short}",
    "I agree with the article about {title}. I also wrote about this topic at {link}, please read and comment",
    "I lost $45,000 to a fake broker until I found Mrs. Olivia Grant, she helped me recover everything. Contact her on WhatsApp +44 7700 900{n} or email oliviagrant{n}@recovery-mail.example",
    "Are you in need of a loan? We offer loans at 2% interest rate to individuals and companies. Contact us today: loanfirm{n}@quickcash.example",
    "Dr. Ogudugu the great spell caster brought back my ex lover in 48 hours. Contact him on ogudugu{n}@spelltemple.example",
    "Купить диплом недорого, быстро и без предоплаты {link}",
    "澳门赌场 官方网站 注册送彩金 {link}",
    "Watch live football free HD streams today {link} backup {link2}",
    "Need help with your assignment? Our PhD writers deliver in 24h, plagiarism free {link}",
    "This is a very well-written piece. I appreciate the effort you put into it.",
    "Nice read.",
    "g a m b l i n g bonus 500% on first deposit → {link}",
    "Hiring now! Work 2 hours a day from your phone and make $4,000 a month. Apply: {link}",
    "Join my telegram group t.me/profit{n} for daily signals 🚀🚀🚀 100% win rate",
    "BREAKING: {title} - full video leaked here {link}",
    "Lonely tonight? Girls near you are waiting 💋 {link}",
    "Hello admin, I noticed your site has great content but poor Google ranking. We can improve it with our white-hat link building. Reply for a free quote.",
    "[cheap flights]({link}) [hotel deals]({link2}) [car rental]({link3})",
    "<a href='{link}'>{anchor}</a>",
    "{Home renovation|Kitchen remodeling|Roof repair} is one of the best ways to increase the value of your property. Our team has 20 years of experience and offers free estimates. {link}",
    "Claim your free USDT airdrop now ✅ limited slots {link}",
    "I've been using this CBD oil for my anxiety and it works wonders, highly recommend {link}",
    "Having trouble with your antivirus? Call the Norton support helpline 1-800-555-0{n} 24/7",
    "{ham}",
    "ok {link}",
    "Hi there, I found your blog via Google while searching for {topic} and your post looks very interesting to me. {link}",
    "Invest $200 and get $2,500 in 7 days, I did it and it works!! message me on telegram @cryptoqueen{n}",
]
SPAM_NAMES = [
    "Olivia Grant",
    "Roofing Contractors Dallas",
    "Emergency Plumber",
    "CBD Oil UK",
    "Sports Stream HD",
    "Купить диплом",
    "Crypto Daily",
    "Dr. Ogudugu",
    "Mia",
    "Loan Firm Ltd",
    "admin",
    "Tech Support",
    "Best Casino Sites",
    "Daniel",
    "Home Renovation Pros",
]
SPAM_SITES = [
    "",
    "",
    "https://roofing-contractors-dallas.example",
    "https://emergency-plumber-24.example",
    "https://cbd-oil-uk.example/shop",
    "https://freestreams.example",
    "https://best-casino-sites.example",
    "https://homereno-pros.example",
]
SPAM_DOMAINS = ["xyz", "top", "shop", "online", "click", "example"]
ANCHORS = ["best payday loans", "buy cheap cialis", "online casino", "replica rolex", "seo company"]


def spam_link(n):
    word = rng.choice(["promo", "deal", "win", "go", "best", "top", "offer"])
    return f"https://{word}{n}.{rng.choice(SPAM_DOMAINS)}/{rng.choice(['', 'ref=', 'p/', 'go?id='])}{n}"


def ham_item(i, article, corpus):
    template = HAM[i % len(HAM)]
    regions = article.get("regions") or ["our region"]
    name = rng.choice(HAM_NAMES)
    body = template.format(
        title=article["title"],
        region=rng.choice(regions),
        topic=rng.choice(article.get("topics") or ["this"]),
        other_name=rng.choice(HAM_NAMES),
        wiki=rng.choice(regions).replace(" ", "_"),
        url=article["url"],
        slug=article["url"].rstrip("/").rsplit("/", 1)[-1][:40],
        n=rng.randint(100, 999),
    )
    local = "".join(ch for ch in name.lower() if ch.isalnum())[:12] or "reader"
    return {
        "label": "ham",
        "source": "held-back: hand-written reader template + Global Voices 2022 article",
        "article": article["id"],
        "body": body,
        "name": name,
        "email": f"{local}.{rng.randint(1, 999)}@{rng.choice(HAM_EMAIL_DOMAINS)}",
        "url": rng.choice(HAM_SITES),
    }


def spam_item(i, article, ham_bodies):
    template = SPAM[i % len(SPAM)]
    n = 1000 + i
    body = spin(rng, template)
    body = body.format(
        title=article["title"],
        topic=rng.choice(article.get("topics") or ["news"]),
        link=spam_link(n),
        link2=spam_link(n + 1),
        link3=spam_link(n + 2),
        short=f"https://bit.ly/{rng.randint(10**6, 10**7)}",
        anchor=rng.choice(ANCHORS),
        ham=rng.choice(ham_bodies) if ham_bodies else "Nice article.",
        n=n,
    )
    return {
        "label": "spam",
        "source": "held-back: hand-written bot template, spun",
        "article": article["id"],
        "body": body,
        "name": rng.choice(SPAM_NAMES),
        "email": f"{rng.choice(['info', 'sales', 'contact', 'noreply', 'user'])}{n}@{rng.choice(['mailbulk', 'tempmail', 'seo-mail'])}.example",
        "url": rng.choice(SPAM_SITES),
    }


def build():
    corpus = articles(GLOBAL_VOICES)
    hams = [ham_item(i, rng.choice(corpus), corpus) for i in range(300)]
    # Scraped-comment spam copies what readers wrote elsewhere (here: the ham above, no links).
    plain_ham = [item["body"] for item in hams if "http" not in item["body"]]
    spams = [spam_item(i, rng.choice(corpus), plain_ham) for i in range(300)]
    return write_set("comment_spam_heldback.jsonl", hams + spams)


if __name__ == "__main__":
    build()

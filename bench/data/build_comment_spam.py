"""Builds bench/data/comment_spam.jsonl, the labelled set bench/comment_spam.py measures.

Every item is written for this project; nothing is copied from a third-party corpus.
- ham: reader comments in the voices news sites see (agreement, dissent, questions,
  corrections, first-hand accounts, links to one source), written by hand as templates and
  filled with the headlines of the demo's Wikinews articles (ingest/data/wikinews.jsonl,
  CC BY 2.5) so they talk about real stories. Includes hard cases: readers writing about
  casinos, loans, crypto and medicines in a news context, and readers who paste two links.
- spam: the families seen in WordPress/Akismet spam queues (pharma, casino, loans, SEO and
  backlink offers, crypto "recovery", work-from-home, adult, spun praise with a link in the
  website field, BBCode/HTML link dumps), written by hand as templates with the spinning
  ({a|b}) bots use.
Run `uv run python bench/data/build_comment_spam.py` to rebuild; the output is deterministic.
"""

import random

from comment_sets import WIKINEWS, articles, spin, write_set

rng = random.Random(20261128)

HAM_TEMPLATES = [
    "I think the piece on {title} misses the bigger picture. The local reaction was very different from what is described here.",
    "Thank you for covering {title}. Hardly anyone else did, and the details about the timeline were really useful.",
    "Does anyone know whether there will be a follow-up on {title}? The last paragraph leaves a lot of open questions.",
    "Small correction: the article on {title} gives the wrong date in the second paragraph. It happened a day earlier.",
    "I was there when this happened ({title}). It was chaotic, but people helped each other far more than the report suggests.",
    "Strongly disagree with the framing of {title}. Both sides made mistakes and only one is named here.",
    "Good summary of {title}, but I would have liked a quote from the opposition as well.",
    "The numbers in the {title} story don't add up: 40% of 2,000 is 800, not 600.",
    "My family lives near the area in {title}. Thanks for the clear reporting, it helped us understand what is going on.",
    "Why is {title} only being reported now? This was known weeks ago.",
    "Interesting. The official statement on {title} is here: https://www.gov.example/press/statement",
    "For context on {title}, the original report is worth reading: https://news.example.org/2004/report.html",
    "As someone who works in this field, {title} is more complicated than the headline suggests. The regulation changed twice last year.",
    "Well written. I shared {title} with my students today and it started a good discussion.",
    "I can't believe this. {title} should be on every front page.",
    "This is exactly why independent reporting matters. Keep going.",
    "Not sure about the conclusion. Correlation is not causation, and the study cited is small.",
    "Could you add a map? It is hard to follow where each place in {title} is.",
    "Lol, the politicians involved in {title} will say anything to get re-elected.",
    "The translation of the minister's quote in {title} is off. In the original she said 'may', not 'will'.",
    "Thanks. Short and clear.",
    "I read this twice and still do not understand who is paying for it. Can someone explain?",
    "Sad news. My thoughts are with the families.",
    "Here is the data from the statistics office for anyone interested: https://stats.example.org/table-42 and the older series https://stats.example.org/table-41",
    "The casino licence mentioned in {title} was granted in 2003, not 2004; the council minutes are public.",
    "The IMF loan in {title} comes with conditions that will hit pensioners first. That deserves its own article.",
    "Crypto exchanges collapsing was predictable. {title} shows regulators were asleep.",
    "My father was on that medication for years; the side effects mentioned in {title} are real and under-reported.",
    "Free spins of the news cycle: yesterday outrage, today silence. {title} will be forgotten by Friday.",
    "Great article, thanks for sharing the sources at the end.",
    "Nice post. The photo of the harbour in {title} brought back memories.",
    "I have bookmarked this and will check back for updates on {title}.",
    "Great article! Keep up the good work on {title}.",
    "Buy local, they say, but the factory in {title} just closed. What now?",
    "Online betting ads are everywhere during the tournament, and {title} barely mentions it.",
    "Is the poker tournament in {title} the same one that was cancelled last year?",
    "SEO aside, your headlines are much clearer than most sites. {title} was easy to find.",
    "Working from home has changed our town too, as {title} describes: half the shops are empty.",
    "Visit the museum if you can; the exhibition in {title} is worth the trip.",
    "Check out the archive section of your own site: there was a similar story in 2003.",
]
NAMES = [
    "Maria",
    "John K.",
    "A. Okafor",
    "Lena",
    "Pedro Alvarez",
    "mike_t",
    "Sunita",
    "Yuki",
    "Old Reader",
    "Frank",
    "Chloé",
    "Oleksandr",
    "Ahmed",
    "Grace W",
    "T. Nguyen",
    "Birgit",
    "Kwame",
    "Sam",
    "R",
    "Élodie Martin",
]
HAM_SITES = ["", "", "", "", "https://maria-writes.example.net", "https://blog.example.org/pedro", "http://lena.example"]

SPAM_TEMPLATES = [
    "{Buy|Order|Get} cheap viagra {online|now|today} without prescription {https://pills-{n}.example|http://rx{n}.example/buy}",
    "Best online casino bonus {2024|2025|2026}! Free spins and no deposit bonus at https://casino{n}.example",
    "{Need|Want} fast cash? Payday loans approved in minutes, no credit check: http://loans{n}.example",
    "[url=http://pharma{n}.example]cialis generic[/url] [url=http://pharma{n}.example/levitra]levitra[/url]",
    '<a href="http://seo{n}.example">SEO services</a> <a href="http://seo{n}.example/links">buy backlinks</a>',
    "I earn $500 a day working from home! {Click|Visit} my site to see how: https://earn{n}.example",
    "{Great|Nice|Awesome} post! {Thanks for sharing|Keep up the good work}. Check out my site for more tips.",
    "{Very informative|Really helpful} article. I have bookmarked your site. {Visit|Check out} my blog too!",
    "We offer high quality backlinks and guest posting services for your website. Contact us: https://backlinks{n}.example",
    "Lost your bitcoin to scammers? Recover your lost funds with a certified recovery expert. WhatsApp +1 555 0100 {n}",
    "Contact this hacker on telegram @hack{n} he recovered my stolen crypto in 24 hours",
    "Hot singles in your area want to chat! https://date{n}.example",
    "Replica watches and designer handbags at 80% off https://replica{n}.example/sale",
    "Keto diet pills melt fat fast! {Order|Buy} now at https://keto{n}.example",
    "Bitcoin doubler: send 0.1 BTC, get 0.2 BTC back. Trusted crypto investment platform https://btc{n}.example",
    "Hi, I {like|love|enjoy} reading your blog posts. Please visit our website for the best deals: https://deals{n}.example https://deals{n}.example/shoes",
    "essay writing service cheap essay writing service https://essay{n}.example essay help",
    "thanks for sharing, very informative. {my site|my blog}: http://site{n}.example",
    "xxx porn videos free https://tube{n}.example",
    "Forex signals with 95% accuracy. Join our trading bot: https://fx{n}.example",
    "I {really|truly} enjoyed reading this post, {great|nice} blog. Keep posting!",
    "{Good|Nice} info. https://a{n}.example https://b{n}.example https://c{n}.example",
    "Online pharmacy: tramadol, xanax, valium overnight shipping http://meds{n}.example",
    "Your article is {very|so} {helpful|informative}. Visit our store for cheap jerseys http://jerseys{n}.example",
    "Earn money online with passive income, $300 per day guaranteed. https://income{n}.example",
]
SPAM_NAMES = [
    "Best SEO Agency",
    "cheap viagra",
    "Online Casino",
    "payday loans",
    "Jessica",
    "Crypto Recovery",
    "buy backlinks",
    "Keto Shop",
    "Mark",
    "Replica Watches",
    "Emma",
    "Plumber London",
    "Top Dating Site",
    "Anna",
    "Essay Writing Service",
]
SPAM_SITES = [
    "",
    "https://cheap-pills.example",
    "https://seo-agency.example",
    "https://casino-bonus.example",
    "https://loans-online.example",
    "https://my-blog-xyz.example",
    "https://replica-shop.example",
]


def build():
    corpus = articles(WIKINEWS)
    items = []
    for i in range(400):
        template, name = HAM_TEMPLATES[i % len(HAM_TEMPLATES)], rng.choice(NAMES)
        article = rng.choice(corpus)  # the comment is on this article and may quote its headline
        body = template.format(title=article["title"])
        items.append(
            {
                "label": "ham",
                "source": "hand-written template + Wikinews headline",
                "article": article["id"],
                "body": body,
                "name": name,
                "email": f"{name.split()[0].lower().strip('._')}{rng.randint(1, 99)}@mail.example",
                "url": rng.choice(HAM_SITES),
            }
        )
    for i in range(400):
        template, name = SPAM_TEMPLATES[i % len(SPAM_TEMPLATES)], rng.choice(SPAM_NAMES)
        body = spin(rng, template).replace("{n}", str(i))
        items.append(
            {
                "label": "spam",
                "source": "hand-written bot template, spun",
                # Bots post under any article; a rng of its own keeps the spun texts as they were.
                "article": corpus[random.Random(i).randrange(len(corpus))]["id"],
                "body": body,
                "name": name,
                "email": f"promo{i}@bulk.example",
                "url": rng.choice(SPAM_SITES),
            }
        )
    return write_set("comment_spam.jsonl", items)


if __name__ == "__main__":
    build()

"""Build comment_spam_heldback8.jsonl: the eighth held-back set (300 ham, 300 spam).

Written blind: without opening comments/ or bench/comment_spam.py, without reading any earlier
set's .jsonl or any earlier builder's templates (only the first lines of one builder, for the
import style), and without running any filter or the benchmark over this set (see
bench/data/README.md). Comments are posted under the Global Voices posts of 2022
(ingest/data/globalvoices-2022-teasers.jsonl, CC BY 3.0). What a comment takes from its post is
the post's date (`$dow` weekday, `$month`, `$day`, and the date parts `$y`/`$mm`/`$dd` inside
some links) and its region through a hand-written phrase (`REGION_PHRASES`, `$region`); never the
title, the teaser or the author. Run from anywhere: `python3 bench/data/build_comment_spam_heldback8.py`.
"""

import datetime
import random
import re
import string

from comment_sets import GLOBAL_VOICES, articles, spin, write_set

rng = random.Random(20261128_8)

# A phrase of this set's own per region; the first region of a post found here is used.
REGION_PHRASES = {
    "Caribbean": ["the Caribbean", "the islands"],
    "East Asia": ["East Asia", "that corner of Asia"],
    "Sub-Saharan Africa": ["sub-Saharan Africa", "that side of Africa"],
    "Middle East & North Africa": ["the Middle East", "the Arab world"],
    "Eastern & Central Europe": ["Eastern Europe", "the old Eastern bloc"],
    "Central Asia & Caucasus": ["Central Asia", "the Caucasus and the steppe"],
    "South Asia": ["South Asia", "the subcontinent"],
    "Oceania": ["the Pacific", "the Pacific islands"],
    "Latin America": ["Latin America", "the Andes and the south"],
    "North America": ["North America"],
    "Western Europe": ["Western Europe"],
    # posts that carry only a country
    "Iran": ["the Gulf"],
    "Turkey": ["Anatolia"],
    "China": ["the mainland"],
    "Afghanistan": ["the Hindu Kush"],
    "Trinidad & Tobago": ["the islands"],
    "Azerbaijan": ["the Black Sea region"],
    "Russia": ["the Black Sea region"],
}

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def region_of(post):
    for r in post["regions"]:
        if r in REGION_PHRASES:
            return REGION_PHRASES[r]
    return None


POSTS = []
for p in articles(GLOBAL_VOICES):
    phrases = region_of(p)
    if phrases is None:
        continue
    d = datetime.date.fromisoformat(p["date"])
    POSTS.append(
        {
            "id": p["id"],
            "vars": {
                "region": rng.choice(phrases),
                "dow": DAYS[d.weekday()],
                "month": MONTHS[d.month - 1],
                "day": f"{d.day} {MONTHS[d.month - 1]}",
                "y": f"{d.year}",
                "mm": f"{d.month:02d}",
                "dd": f"{d.day:02d}",
                "later": DAYS[(d.weekday() + 2) % 7],
            },
        }
    )

# --- disguises bots use ---------------------------------------------------------------------
HOMO = str.maketrans({"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "i": "і", "y": "у"})


def homo(s):
    return s.translate(HOMO)


def zw(s):
    return "\u200b".join(s)


def fw(s):
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else ("\u3000" if c == " " else c) for c in s)


def bold(s):
    out = []
    for c in s:
        if "A" <= c <= "Z":
            out.append(chr(0x1D400 + ord(c) - 65))
        elif "a" <= c <= "z":
            out.append(chr(0x1D41A + ord(c) - 97))
        elif "0" <= c <= "9":
            out.append(chr(0x1D7CE + ord(c) - 48))
        else:
            out.append(c)
    return "".join(out)


def spaced(s):
    return " ".join(s)


def leet(s):
    return s.translate(str.maketrans({"a": "4", "e": "3", "i": "1", "o": "0", "s": "5"}))


def hexid(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def digits(n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def alnum(n):
    return "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(n))


# --- ham ------------------------------------------------------------------------------------
# (template id, body, own names or None for the shared pool). $vars come from the post; $yt,
# $tw, $h8, $n6 are random link parts. {a|b} is spun per record.
HAM = [
    (
        "thanks-short",
        "{Thank you for this.|Thanks for writing this up.|Thanks, really useful.} Hardly anyone covers $region {properly|at all} where I live.",
        None,
    ),
    (
        "thanks-late",
        "Only saw this on {Sunday|the weekend|my lunch break}, a while after it went up on $dow. Worth the read, thank you.",
        None,
    ),
    ("one-word-wow", "{Wow.|Wow|Oof.|Grim.|Unreal.}", None),
    ("one-word-this", "{This.|This 👆|^ this|Exactly.}", None),
    ("emoji-only", "{🙏🏽|👏👏👏|💔|🙏 ❤️|😔}", None),
    (
        "agree-finally",
        "Finally someone says it. Everybody in $region knew this {for years|for a decade}, it just never made it into the papers in English.",
        None,
    ),
    (
        "dissent-oneside",
        "{Very|Pretty} one-sided piece. You quote activists and bloggers but not a single official or anyone who supports the government. I'm not saying they're right, but readers should hear both and decide.",
        None,
    ),
    (
        "dissent-reply",
        "@{Marek|Dan|Lina|tomasz_k} 'both sides' is doing a lot of work in your comment. One side has the police, the courts and the TV channels.",
        None,
    ),
    (
        "anger-gov",
        "Disgusting. {Every|Each} year the same promises and every year people in $region pay for it while ministers fly to conferences. I am so tired.",
        None,
    ),
    ("anger-caps", "THEY KNEW. THEY ALWAYS KNOW. nobody will go to jail for this, watch", None),
    (
        "sarcasm-report",
        "Oh good, another {commission|inquiry|task force}. That will fix it. The last one published its report in a drawer.",
        None,
    ),
    (
        "sarcasm-west",
        "Can't wait for the {big|major} Western papers to discover this story in about six months and call it 'little known'.",
        None,
    ),
    ("joke-wifi", "Read this on a bus with one bar of signal, took longer to load than the reforms took to stall 😂", None),
    (
        "joke-auntie",
        "My aunt forwarded this to the family group with 'SEE?? I TOLD YOU' so congratulations, you have settled a 15-year argument",
        None,
    ),
    (
        "question-translate",
        "Is there a version of this in the local language? I'd like to share it with my {parents|grandmother|neighbours} who don't read English.",
        None,
    ),
    ("question-update", "Any update since $month? Last I heard the case was adjourned again.", None),
    (
        "question-source",
        "Where does the figure in the third paragraph come from? Not doubting it, I just want to cite it {in a class|in a report for work|on my thesis}.",
        None,
    ),
    (
        "question-help",
        "How can people outside $region help that isn't just 'share this'? Is there an organisation on the ground you'd trust?",
        None,
    ),
    (
        "question-date",
        "Small thing: was this written before or after the announcement on the $later? Some of it reads like it was overtaken by events.",
        None,
    ),
    (
        "correction-date",
        "Correction: the law was passed in 2019, not 2018. The president signed it in February 2019 and it came into force that July.",
        None,
    ),
    (
        "correction-figure",
        "I think there's a zero missing or extra somewhere. 40,000 displaced is what the ministry said, 400,000 is the UN estimate for the whole region. Those are very different stories.",
        None,
    ),
    ("correction-typo", "Typo in the caption of the second photo, the name is spelled two different ways. Otherwise great work.", None),
    (
        "correction-geo",
        "Minor but the town isn't on the coast, it's about 60 km inland on the river. I grew up 20 minutes from there.",
        None,
    ),
    (
        "correction-currency",
        "The price quoted is in local currency, not dollars, right? Otherwise bread would cost more than in Zurich lol",
        None,
    ),
    (
        "local-fuel",
        "Can confirm from the ground. Fuel went from roughly 2 to 5 a litre between December and $month and the minibus drivers just pass it on to us. My commute costs a third of what I earn now.",
        None,
    ),
    ("local-power", "we had power for 4 hours today. 4. and they want to talk about digital transformation", None),
    (
        "local-market",
        "I sell vegetables in the central market. Since $month half my customers buy by the piece not by the kilo. Nobody writes about that but that is the real news.",
        None,
    ),
    (
        "local-checkpoint",
        "My brother drives the route between the two cities every week. He says there are now six checkpoints where there used to be one, and at two of them you pay 'tea money' or you wait.",
        None,
    ),
    (
        "local-flood",
        "The water reached our second step this time. The drains were cleaned in 2019 and not since. Neighbours are moving furniture to the roof before each rain.",
        None,
    ),
    (
        "local-diaspora",
        "Reading this from Toronto. My mother still lives there and calls every $dow, she says the same things but quieter, because people listen.",
        None,
    ),
    (
        "local-school",
        "I'm a teacher there. We got the new curriculum books in $month, six months late, and there are 30 books for 52 kids. This article is accurate.",
        None,
    ),
    (
        "job-nurse",
        "As a nurse who worked two years in a district hospital in $region: the shortage is not only doctors. We had one working oxygen concentrator for the whole ward.",
        None,
    ),
    (
        "job-lawyer",
        "Lawyer here. The detail that matters is that the detention was extended by an administrative order, not by a judge. That's what makes it so hard to challenge.",
        None,
    ),
    (
        "job-pilot",
        "Retired airline pilot. Flew into that airport for years in the 90s; the runway lights were solar even then, the government just took credit later 🙂",
        None,
    ),
    (
        "job-farmer",
        "Farmer, 12 hectares, mostly maize. Fertiliser doubled, the subsidy card never arrived. We planted less this season. Simple as that.",
        None,
    ),
    (
        "job-dev",
        "I'm a software developer and half my team is in $region. Two of them lost internet for {three days|most of a week} during the shutdown and still somehow apologised to us for it.",
        None,
    ),
    (
        "job-student",
        "Student here, writing my dissertation on exactly this. It's really hard to find sources in English, so thank you.",
        None,
    ),
    (
        "reply-agree",
        "@{Aisha|Joao|mk_reads|Ruth} exactly what I was going to say. The numbers were never the issue, the enforcement was.",
        None,
    ),
    ("reply-disagree", "@{Peter|Olu|vanya77|Chen} respectfully, you don't live there. It's easy to be calm about it from abroad.", None),
    ("reply-thread", "@{Samira|Gus|nightbus} I think you replied to the wrong comment? Nobody here said that.", None),
    ("lowercase-typo", "i dont understand why this isnt bigger news, its been months and nobody talks abuot it", None),
    ("lowercase-tired", "so tired of reading the same story every year with a diferent date on it", None),
    (
        "long-argument",
        "I'll push back a bit on the framing.\n\nYes, the government has handled this badly, and the arrests are indefensible. But the piece treats the protest movement as one thing. It isn't. There are at least three groups with very different demands, and one of them has been pretty open about wanting the old system back.\n\nIf outlets like this one want to be taken seriously by people in the middle, they need to show that complexity instead of a simple good-guys-bad-guys story. Otherwise you're only writing for people who already agree.",
        None,
    ),
    (
        "long-history",
        "Some history people outside $region may not know: the same province had almost exactly this crisis in the late 1980s. Then, too, the capital blamed foreign agitators, then, too, the local press was closed, and then, too, it ended with an amnesty nobody trusted.\n\nI'm not saying history repeats. I'm saying the people in charge today were junior officials in those years, and they learned the playbook.",
        None,
    ),
    (
        "long-economics",
        "A few things missing from the economics here.\n\n1) The currency lost about a third against the dollar last year, so 'wages rose 20%' means they fell.\n2) Remittances are now bigger than the whole agriculture budget.\n3) The IMF programme ends next year and nobody has said what happens after.\n\nNot a criticism of the writer, it's a short piece, but it changes how you read the quotes.",
        None,
    ),
    (
        "scam-crypto",
        "Careful everyone: in the replies under posts like this on {Facebook|X|Instagram} there are always accounts offering to 'recover' crypto or 'help families with USDT'. They are scammers. A friend lost 900 dollars to one.",
        None,
    ),
    (
        "scam-betting",
        "The betting ads are everywhere now. My nephew is 16 and has three apps on his phone, the football sponsors are all betting brands. Nobody in parliament wants to touch it because they all get money from it.",
        None,
    ),
    (
        "scam-loanapp",
        "The loan apps are the real scandal. They read your contacts and when you're late they message your whole family and your boss. My cousin borrowed 50 dollars and paid back 140.",
        None,
    ),
    (
        "scam-medicine",
        "Insulin was unavailable in the public pharmacies for most of $month. Private pharmacies had it at four times the price. People with diabetes here ration it, that's the truth.",
        None,
    ),
    (
        "scam-sms",
        "Same wave of fake SMS here: 'your parcel is held, pay 1.99 customs fee' with a link. My father almost typed his card number. Please tell your parents.",
        None,
    ),
    (
        "scam-whatsapp",
        "The rumours in the WhatsApp groups are worse than the news itself. My mother's group said the water was poisoned, and the shops ran out of bottled water in an hour.",
        None,
    ),
    (
        "scam-donation",
        "Please only donate through organisations you can verify. After the last disaster there were dozens of fake pages using photos from it, with bank details of individuals.",
        None,
    ),
    (
        "scam-visa",
        "Visa agents promising jobs abroad for a 'processing fee' are all over my town right now. Three guys from my street paid and nobody has heard back. It's the same story as this but nobody reports it.",
        None,
    ),
    (
        "helpline",
        "If anyone reading this is struggling: you don't have to go through it alone. Befrienders Worldwide lists helplines by country. Take care of yourselves 💛",
        None,
    ),
    (
        "messaging-signal",
        "Journalists there mostly moved to Signal after the arrests. Telegram is not end-to-end by default, people still don't know that.",
        None,
    ),
    (
        "messaging-vpn",
        "VPN use tripled in a week the last time they blocked the apps. My grandmother learned to use one. Governments never learn that blocks just teach people workarounds.",
        None,
    ),
    (
        "crypto-remit",
        "People criticise crypto but for my family it's how money arrives. The banks take 12% and it takes a week. USDT arrives in minutes. Not saying it's great, just the reality.",
        None,
    ),
    ("whatabout", "And when the same thing happened in Europe last year, where was the outrage? Double standards as always.", None),
    (
        "defend-gov",
        "The government is not perfect but it inherited a disaster. Ten years ago there was no road to my village at all. Some balance please.",
        None,
    ),
    (
        "grief",
        "My uncle was one of the people detained. He came home after 40 days and he doesn't talk about it. Thank you for writing their names.",
        None,
    ),
    ("praise-photos", "The photos are stunning. Who took them? Would love to see more of their work.", None),
    (
        "book-rec",
        "If anyone wants background, the book by the journalist who covered the 2008 events is very good, it's translated into English now. Can't remember the exact title, something about 'the long summer'.",
        None,
    ),
    ("podcast", "Heard a podcast interview with one of the people quoted here, was good to read it in more detail. Keep it up.", None),
    (
        "mixed-feelings",
        "Not sure how I feel about this. I agree with the goal but the methods {scare me|worry me} a bit. We've seen where that goes.",
        None,
    ),
    ("subscribe", "Is there a newsletter for $region coverage only? I'd subscribe in a second.", None),
    (
        "translator-thanks",
        "Shout-out to whoever translated the quotes, it's really hard to keep the tone of that kind of humour and you did.",
        None,
    ),
    ("tired-doomscroll", "Read this at 2am instead of sleeping. Great. Now I'll lie awake thinking about it.", None),
    (
        "rebuttal-stats",
        "The 'record turnout' claim doesn't hold up. Official turnout was 48.7%, versus 52.1% in the previous vote. It's right there in the commission's own tables.",
        None,
    ),
    (
        "pedant-name",
        "It's not the 'Ministry of Information' anymore, it was merged into the Ministry of Digital Development in 2020. Doesn't change the point.",
        None,
    ),
    (
        "covid-shot",
        "We only got the second dose in our district in {$month|spring}, a year after the capital. Whenever people talk about 'vaccine hesitancy' they forget there were no vaccines.",
        None,
    ),
    (
        "bored-troll-reply",
        "@{truthseeker_88|Kev|realpatriot} nobody is paying me, I'm just a person who reads. Not everything is a plot.",
        None,
    ),
    (
        "sports-aside",
        "Off topic but the football team from there just qualified and my whole neighbourhood was in the street last night. Some good news for once ⚽",
        None,
    ),
    (
        "climate",
        "This is what climate change looks like for people who did nothing to cause it. The {dry season|rainy season} is a month off now, every year.",
        None,
    ),
    (
        "expat-guilt",
        "I left in 2015 and every article like this makes me feel guilty and relieved at the same time. Not a nice feeling.",
        None,
    ),
    (
        "shop-owner",
        "We run a small guesthouse near the border. Bookings dropped by about 70% since $month. We're holding on, but if anyone has ever thought of visiting, now is when it matters.",
        ["Casa Luz guesthouse", "Hill View Homestay", "Mama Ade's Kitchen", "Old Port Café"],
    ),
    (
        "ngo-volunteer",
        "I volunteer with a refugee legal aid group. The new rule means families have 14 days instead of 90 to appeal. Most don't even find out in time.",
        None,
    ),
    (
        "musician",
        "Musician here. Two of the artists mentioned are friends, they can't perform at home anymore so they're touring small venues abroad. Go see them if they come to your city!",
        None,
    ),
    ("question-archive", "Is there an archive of your older coverage of $region? The site search only shows the last year for me.", None),
]

# Readers who cite something: one link.
HAM += [
    (
        "link-reuters",
        "Reuters had the numbers a few days later: https://www.reuters.com/world/{africa|asia-pacific|middle-east|europe}/government-raises-fuel-prices-again-$y-$mm-$dd/ worth reading alongside this.",
        None,
    ),
    ("link-bbc", "BBC covered the same story from the other side: https://www.bbc.com/news/world-$n8", None),
    (
        "link-aljazeera",
        "Al Jazeera did a longer piece with interviews: https://www.aljazeera.com/news/$y/$m1/$d1/families-wait-for-news-of-detained-relatives",
        None,
    ),
    (
        "link-guardian-tail",
        "related: https://www.theguardian.com/world/$y/{jan|feb|mar}/$dd/activists-say-crackdown-is-worst-in-decade?CMP=Share_AndroidApp_Other",
        None,
    ),
    ("link-apnews", "AP's version is more cautious about the casualty figures: https://apnews.com/article/$h32", None),
    (
        "link-wiki",
        "For background there's a decent Wikipedia article on the earlier protests: https://en.wikipedia.org/wiki/{2019_protests|Internet_censorship_and_surveillance_by_country|Freedom_of_the_press}",
        None,
    ),
    ("link-youtube", "There's video of the march here, filmed from a balcony: https://www.youtube.com/watch?v=$yt", None),
    ("link-youtu-be", "the speech everyone is quoting, full version https://youtu.be/$yt?si=$a16", None),
    (
        "link-x",
        "One of the organisers posted a thread with photos from that day: https://x.com/{ana_reporta|kofi_writes|lenanews}/status/$tw",
        None,
    ),
    (
        "link-un",
        "The UN rapporteur's statement from $month says basically the same: https://www.ohchr.org/en/press-releases/$y/$mm/{statement-special-rapporteur|experts-alarmed-arrests}",
        None,
    ),
    (
        "link-reliefweb",
        "Situation report with district-level numbers: https://reliefweb.int/report/{world|country}/situation-report-{no-4|no-7|no-12}-$y",
        None,
    ),
    (
        "link-doi",
        "There's a good academic paper on how these laws spread between countries, open access: https://doi.org/10.1080/{13510347|01436597}.$y.{1998755|2011032|1987654}",
        None,
    ),
    (
        "link-wayback",
        "The ministry deleted the original statement, archived copy: https://web.archive.org/web/$y$mm$dd$n6/https://mfa.gov.{kz|az|by}/en/press/statement-$n4",
        None,
    ),
    ("link-archive-ph", "paywalled, here's an archive: https://archive.ph/$a5", None),
    (
        "link-substack",
        "I wrote about what this means for the teachers' union on my Substack, if anyone's interested: https://{notesfromthe|inkandvillage|slowsignal}.substack.com/p/what-the-new-law-means-for-teachers",
        None,
    ),
    (
        "link-hrw",
        "Human Rights Watch documented similar cases last year: https://www.hrw.org/news/$y/$mm/$dd/{arbitrary-detentions-continue|activists-targeted}",
        None,
    ),
    (
        "link-scam-advice",
        "If you got one of those 'parcel fee' texts, you can report it here (UK): https://www.ncsc.gov.uk/collection/phishing-scams/report-scam-text-message",
        None,
    ),
    (
        "link-local-paper",
        "The local paper had it first, in the local language but Google Translate does ok: https://{newsday.co.tt|www.thecitizen.co.tz|jamaica-gleaner.com|www.newsday.co.zw}/news/$y/$mm/$dd/{residents-protest-water-cuts|council-meeting-ends-in-chaos}/?utm_source=whatsapp",
        None,
    ),
    ("link-owid", "For anyone who wants the long-run picture: https://ourworldindata.org/{extreme-poverty|internet|child-mortality}", None),
    (
        "link-reddit",
        "there was a huge thread about this on reddit with people from there https://www.reddit.com/r/worldnews/comments/$r6/comment/$r7/",
        None,
    ),
    (
        "link-mastodon",
        "A researcher I follow posted a good breakdown: https://mastodon.social/@{datagirl|plainlanguage|sahel_maps}/$n18",
        None,
    ),
    ("link-telegram", "The opposition's Telegram channel posted the original video: https://t.me/s/{freepress_live|citywatch_news}", None),
    (
        "link-worldbank",
        "World Bank data on remittances as share of GDP for context: https://data.worldbank.org/indicator/BX.TRF.PWKR.DT.GD.ZS",
        None,
    ),
    ("link-rsf", "RSF ranking for comparison: https://rsf.org/en/index", None),
    ("link-donate", "For those asking how to help, the Red Cross appeal is here: https://www.icrc.org/en/donate", None),
    (
        "link-petition",
        "there's a petition going round, not sure petitions do anything but: https://www.change.org/p/{release-the-journalists|stop-the-evictions}",
        None,
    ),
]

# Readers who cite two or three.
HAM += [
    (
        "links-two-sources",
        "Two sources that contradict the official line:\nhttps://www.amnesty.org/en/latest/news/$y/$mm/{detainees-tortured|crackdown-widens}/\nhttps://cpj.org/$y/$mm/{journalist-detained|reporter-arrested-at-home}/",
        None,
    ),
    (
        "links-compare",
        "Compare how the state broadcaster covered it (https://www.youtube.com/watch?v=$yt) with the independent station (https://www.youtube.com/watch?v=$yt2). Same day, different country.",
        None,
    ),
    (
        "links-data",
        "Data if anyone wants to check the claims: https://data.worldbank.org/indicator/NY.GDP.PCAP.CD and https://www.imf.org/en/Countries — the decline started well before $month.",
        None,
    ),
]

# Other languages.
HAM += [
    ("lv-paldies", "Paldies par rakstu. Pie mums par to gandrīz neraksta.", ["Ilze B.", "Jānis", "Kristaps O."]),
    ("sl-strinjam", "Se popolnoma strinjam. Žalostno, da se to še vedno dogaja leta 2022.", ["Nejc", "Tjaša Kovač", "Miha"]),
    ("be-dziakuj", "Дзякуй за праўду. У нас гэтага не пакажуць па тэлевізары.", ["Алесь", "Ганна К.", "vitaut_m"]),
    ("mn-bayarlalaa", "Баярлалаа, маш сайн нийтлэл байна. Манайд ч бас ийм асуудал бий.", ["Bold", "Саруул", "Tuvshin"]),
    ("ky-ras", "Туура айтасыз. Биздин айылда да ушундай болду, бирок эч ким жазбайт.", ["Азамат", "Айгерим", "nurbek_kg"]),
    ("tg-rost", "Ҳамааш рост аст. Ташаккур барои ин мақола.", ["Фаррух", "Мадина", "Dilshod"]),
    ("pa-translit", "bilkul sahi gall aa. saade pind vich vi ehi haal aa, koi nahi sunda", ["Gurpreet", "Harjit Sandhu", "Simran K"]),
    ("ig-daalu", "Daalụ maka akụkọ a. Ihe a na-eme anyị kwa ụbọchị.", ["Chinedu", "Ngozi O.", "Obinna"]),
    ("rw-murakoze", "Murakoze cyane kuri iyi nkuru. Ni ukuri rwose.", ["Eric N.", "Aline", "Jean-Paul M."]),
    ("sn-ndatenda", "Ndatenda neshoko iri. Ndizvo chaizvo zviri kuitika kumusha.", ["Tendai", "Rudo M.", "Farai"]),
    ("mg-misaotra", "Misaotra betsaka tamin'ity lahatsoratra ity. Marina tokoa izany.", ["Hery", "Voahangy R.", "Tojo"]),
    (
        "jm-patois",
        "A true ting dis. Dem deh pon TV a chat bout growth an mi cyaan even buy a bag a rice wid wah mi mek inna a week.",
        ["Shanice", "Dwayne from MoBay", "Big Andre"],
    ),
    (
        "tt-trini",
        "Allyuh real bold to write this lol. Everybody in rumshop talking bout it but not one minister would say it straight.",
        ["Kerry-Ann", "Ravi from Chaguanas", "doubles_man"],
    ),
    ("pap-danki", "Danki pa e artíkulo. Nos tambe ta sinti e mesun kos aki na isla.", ["Shurendy", "Maria Elena", "Jurick"]),
    ("gl-grazas", "Grazas por contalo. Aquí en Galicia case non chega ningunha información sobre isto.", ["Uxía", "Brais", "Antía Lema"]),
    ("eu-eskerrik", "Eskerrik asko artikulu honengatik. Oso interesgarria.", ["Iker", "Ane", "Mikel Etxeberria"]),
    ("mt-grazzi", "Grazzi tal-artiklu. Hawn Malta ftit li xejn nisimgħu dwar dan.", ["Charlene", "Joseph B.", "Kurt"]),
    ("ga-go-raibh", "Go raibh maith agat as seo. Alt an-mhaith.", ["Siobhán", "Cathal", "Aoife Ní Bhriain"]),
    (
        "sq-faleminderit",
        "Faleminderit për artikullin. Edhe te ne ndodh e njëjta gjë, por askush nuk flet.",
        ["Arben", "Elira", "Dritan K."],
    ),
    ("mk-blagodaram", "Благодарам за текстот. Точно така е, а никој не сака да зборува за тоа.", ["Марија", "Goran", "Бојан"]),
    ("tpi-tenkyu", "Tenkyu tru long dispela stori. Em i tru tumas, ol pipol long ples i save.", ["Kila", "Maria T.", "Junior from Lae"]),
    ("zh-xiexie", "谢谢分享。国内完全看不到这种报道，只能翻墙来看。", ["小王", "Lin", "匿名读者"]),
    (
        "pt-br-raiva",
        "Que absurdo. Aqui no Brasil a gente também vive isso, mas ninguém fala. Obrigada pela matéria!",
        ["Camila", "Rafa", "Juliana S."],
    ),
    (
        "fr-question",
        "Est-ce qu'il existe une version française de cet article ? J'aimerais le partager avec ma famille à Dakar.",
        ["Aminata", "Cheikh", "Fatou D."],
    ),
    ("ru-ironic", "Ну конечно, по телевизору у нас про это ни слова. Спасибо, что пишете.", ["Дмитрий", "olga_spb", "Серёжа"]),
    ("tet-obrigadu", "Obrigadu barak ba artigu ida ne'e. Ita-nia povu mós hasoru problema hanesan.", ["Maun Zito", "Joaquina", "Ego"]),
    ("to-malo", "Mālō ʻaupito ki he fakamatala ni. ʻOku moʻoni ʻaupito.", ["Sione", "Mele F.", "Viliami"]),
    ("wo-jerejef", "Jërëjëf ci bataaxal bi. Dëgg la, noonu lay doxe fii itam.", ["Moussa", "Awa Ndiaye", "Modou"]),
    (
        "ln-matondo",
        "Matondo mingi mpo na lisolo oyo. Ezali solo, tozali komona yango mokolo na mokolo.",
        ["Patrick M.", "Grâce", "Jean-Marie"],
    ),
    (
        "es-correccion",
        "Pequeña corrección: la ley se aprobó en 2021, no en 2020. Por lo demás, excelente artículo.",
        ["Lucía", "Andrés M.", "Valentina"],
    ),
]

# Reader names of every kind for templates without their own.
READERS = [
    "Tomás Herrera",
    "Priya Raman",
    "Kwame Asante",
    "Hannah Lindqvist",
    "Yusuf Demir",
    "Mei-Ling Chou",
    "Grace Wanjiru",
    "Nikolai Petrov",
    "Aroha Ngata",
    "Dilnoza Yusupova",
    "Femi Adeyemi",
    "Claire Dubois",
    "Rashid Karimov",
    "Sofía Quispe",
    "Tevita Fifita",
    "Leila Haddad",
    "Marcus Bell",
    "Anh Nguyen",
    "Bongani Dlamini",
    "Ines Ferreira",
    "Ravi",
    "Marta",
    "Kofi",
    "Jess",
    "Olek",
    "Nadia",
    "Sam",
    "Tariq",
    "Amaka",
    "Lukas",
    "Fatima",
    "Dave",
    "Yuki",
    "Elena",
    "Ibrahim",
    "Rosa",
    "Paul",
    "Zhanar",
    "old_reader",
    "kettle_on",
    "mapsandmud",
    "quietlyfurious",
    "daria.k",
    "bbq_uncle",
    "nomadlaw",
    "sunday_fixer",
    "thebluefern",
    "j.m.okafor",
    "R. Singh",
    "A. Kowalczyk",
    "T. Moreno",
    "Dr. Ahmed",
    "Prof. Wen",
    "Granny Pat",
    "Concerned in Leeds",
    "Maria from Lisbon",
    "Sipho in Durban",
    "A reader in Almaty",
    "Tbilisi guy",
    "Kingston Kid",
    "Mama T",
    "Uncle Bola",
    "anon",
    "Anonymous",
    "JB",
    "K",
    "mx. river",
    "Father Michael",
    "Sister Agnes",
    "Ahmed's Barbershop",
    "Green Valley Co-op",
    "Riverside Books",
    "Ola's Tailoring",
    "Lakeside Radio",
    "Pietro Russo",
    "Ayesha Siddiqui",
    "Oksana H.",
    "Miguel Ángel",
    "Chidi",
    "Kirra",
    "Noa Levi",
    "Emre",
    "Soraya",
    "Jonah Fuimaono",
    "Tuğba",
    "Hamid",
    "Beatriz",
    "Ewa",
    "Kemal",
    "Wanjiku",
    "Dmytro",
    "Ana Paula",
    "Baptiste",
    "Niamh",
    "Sione",
    "Farida",
    "Juan Pablo Rojas",
    "Henrik",
    "Ama Serwaa",
    "Thandiwe",
    "Ishaan",
]

MAILBOXES = ["gmail.com"] * 6 + [
    "yahoo.com",
    "outlook.com",
    "hotmail.com",
    "proton.me",
    "icloud.com",
    "yahoo.co.uk",
    "web.de",
    "mail.ru",
    "yandex.ru",
    "orange.fr",
    "gmx.net",
    "live.com",
    "yahoo.fr",
    "rediffmail.com",
    "naver.com",
    "bigpond.com",
    "protonmail.com",
    "hey.com",
]


def slug(name, sep="."):
    s = re.sub(r"[^a-z0-9]+", sep, name.lower().encode("ascii", "ignore").decode()).strip(sep)
    return s or "reader"


def reader_email(name):
    base = slug(name, rng.choice([".", "_", ""])) if rng.random() < 0.8 else slug(name.split()[0])
    if rng.random() < 0.4:
        base += digits(rng.choice([2, 2, 4]))
    return f"{base}@{rng.choice(MAILBOXES)}"


def reader_site(name):
    s = slug(name, "")
    return rng.choice(
        [
            f"https://{s}.substack.com",
            f"https://{s}.wordpress.com",
            f"https://{s}.blogspot.com",
            f"https://medium.com/@{s}",
            f"https://github.com/{s}",
            f"https://www.linkedin.com/in/{slug(name, '-')}-{hexid(8)}/",
            f"https://mastodon.social/@{s}",
            f"https://{rng.choice(['hachyderm.io', 'mstdn.social', 'todon.eu'])}/@{s}",
            f"https://bsky.app/profile/{s}.bsky.social",
            f"https://www.{s}.net",
            f"https://{s}.com",
            f"http://{s}.org",
        ]
    )


BUSINESS = {
    "Ahmed's Barbershop",
    "Green Valley Co-op",
    "Riverside Books",
    "Ola's Tailoring",
    "Lakeside Radio",
    "Casa Luz guesthouse",
    "Hill View Homestay",
    "Mama Ade's Kitchen",
    "Old Port Café",
}

# --- spam -----------------------------------------------------------------------------------
# (template id, family, body (text or a function of nothing, for disguises), names, websites or
# None, mailbox: "throw" (free mailbox, random local part), "own" (a mailbox on the website's
# domain) or a list).
SPAM = [
    # pharma
    (
        "rx-noprescription",
        "pharma",
        "{Buy|Order} {Tramadol|Xanax|Oxycodone|Adderall} online without prescription, {overnight|discreet} delivery {USA|UK|EU}, pay by crypto. https://{rxhaven24|medsnopresc|pillcourier-direct}.{shop|store}/{buy-tramadol-50mg|xanax-2mg-bars}",
        ["Buy Tramadol Online", "Generic Xanax", "Order Adderall"],
        ["https://rxhaven24.shop"],
        "own",
    ),
    (
        "rx-ed",
        "pharma",
        lambda: (
            homo("Cheap viagra and cialis")
            + " 100mg from $$0.49 per pill! Free pills with every order >> "
            + spin(rng, "{https://bluepill-outlet.top/|https://cialis-cheapest.xyz/?ref=}")
            + alnum(6)
        ),
        ["cheap cialis", "viagra 100mg", "sildenafil best price"],
        None,
        "throw",
    ),
    (
        "rx-glp1",
        "pharma",
        "Lose 15kg in 8 weeks with {semaglutide|tirzepatide} pens, no doctor visit needed. WhatsApp +44 7700 900{4|6|8}{1|3|7}{2|5|9} or order at slimpen-pharma[.]com",
        ["Ozempic Supplier UK", "Mounjaro pens", "Dr. Helen (weight loss)"],
        None,
        "throw",
    ),
    (
        "rx-fake-reader",
        "pharma",
        "Very good article! I have read it with my wife. By the way if someone have problem with blood sugar I recommend this natural method that helped my father: https://glucobalance-{official|usa|store}.com/?aff=$n4",
        ["James Miller", "Anna Schmidt", "Robert Evans"],
        None,
        "throw",
    ),
    (
        "rx-ru",
        "pharma",
        "Препараты для потенции без рецепта, доставка по всей России, анонимно. Пишите в телеграм @apteka_{dostavka|24ru|shop}",
        ["Аптека 24", "Дженерики"],
        None,
        "throw",
    ),
    # casino / betting
    (
        "casino-slot-gacor",
        "casino",
        "Slot gacor hari ini {maxwin|anti rungkad}, deposit pulsa tanpa potongan, link alternatif: https://{gacor88|hoki777|zeus-maxwin}.{vip|online|site}/daftar",
        ["SLOT GACOR", "situs slot resmi", "Bandar Toto"],
        ["https://gacor88.vip"],
        "throw",
    ),
    (
        "casino-freespins",
        "casino",
        "🎰 Claim {200|300|500} FREE SPINS no deposit required!! Use code {WIN2022|SPINMAX|LUCKY500} at https://bit.ly/$a7 🎰",
        ["Free Spins 2022", "Best Online Casino", "casino bonus"],
        None,
        "throw",
    ),
    (
        "casino-aviator",
        "casino",
        lambda: (
            "Aviator predictor "
            + bold("100% WORKING")
            + " signals, I made 3x my money yesterday. Join telegram t.me/aviator_"
            + spin(rng, "{signals_pro|predictor_vip|king}")
        ),
        ["Aviator King", "Predictor Bot", "Mike_Aviator"],
        None,
        "throw",
    ),
    (
        "betting-fixed",
        "betting",
        "FIXED MATCHES 100% SURE. Odds {12.50|25.00|45.00} this weekend. Pay after win. Contact WhatsApp: +1 555 01{23|45|67} whatsapp or email fixedodds.{king|vip}@gmail.com",
        ["Fixed Matches", "Sure Odds Agent", "Correct Score Tips"],
        None,
        "throw",
    ),
    (
        "betting-ptbr",
        "betting",
        "Ganhei R$$ {1.200|3.500|800} ontem no {tigrinho|Fortune Tiger} 🐯 plataforma nova pagando muito, link na bio ou https://{pg-tigre|fortunebet|ganhafacil}.bet/?c=$n5",
        ["Plataforma Pagante", "Tigrinho Oficial", "Bia Ganhos"],
        None,
        "throw",
    ),
    (
        "betting-spaced",
        "betting",
        lambda: "Best odds for the derby at " + spaced("BETWIN365") + " dot " + spaced("com") + " — 100% welcome bonus up to 500",
        ["sports betting tips", "BetWin365"],
        None,
        "throw",
    ),
    # loans
    (
        "loan-instant",
        "loans",
        "Need urgent cash? Get {500|1000|2500} dollars today, {no credit check|bad credit OK}, approval in 5 minutes: https://{quickcash-now|paydayfast|easyloan24}.net/apply?src=cmt",
        ["Payday Loans Online", "Bad Credit Loans", "Instant Cash Advance"],
        ["https://quickcash-now.net", "https://paydayfast.net"],
        "own",
    ),
    (
        "loan-testimonial",
        "loans",
        "I want to thank {Mr. Williams|Mrs. Carol Davis|Dr. Patrick} for the loan of {$$50,000|$$80,000|€30,000} at 2% interest that saved my business when the banks refused me. If you need a genuine lender contact {him|her} on {carolloanfirm|williamsfinance.services|patrickcredit}@gmail.com",
        ["Sandra Lopez", "Grace Johnson", "Mary Anne Cole"],
        None,
        "throw",
    ),
    (
        "loan-id",
        "loans",
        "Pinjaman online cepat cair tanpa BI checking, cukup KTP. Hubungi WA 0812-0000-{11|22|33}{45|67|89}",
        ["Pinjol Resmi", "Dana Cepat"],
        None,
        "throw",
    ),
    (
        "loan-bbcode",
        "loans",
        "[url=https://{cashadvance|loanlenders}-direct.{info|biz}/]payday loans online same day[/url] [b]no credit check[/b]",
        ["loans online"],
        None,
        "throw",
    ),
    # crypto
    (
        "crypto-recovery",
        "crypto",
        "I lost {$$74,000|$$120,000|$$39,500} to a fake investment platform and thought it was gone forever until I found {CYBER TRACE HUB|Recovery Wizard Spyhack|Trust Geeks Hack Expert}. They recovered everything within {48 hours|a week}. Email: {cybertracehub|wizardspyhack|trustgeeks}@{techie.com|proton.me|consultant.com} WhatsApp +1 (555) 01{12|34|56}",
        ["Linda Turner", "Michael Grant", "Sophie Walker"],
        None,
        "throw",
    ),
    (
        "crypto-mentor",
        "crypto",
        "Investing in bitcoin with {Mrs. Angela Rose|Mr. Edward Hartley|Expert Daniel Crane} has been the best decision of my life, I earned {$$18,000|$$25,600} in two weeks. Message {her|him} on Instagram @{angela_rose_fx|edward.trades|danielcrane_official}",
        ["Jessica", "Tom Robinson", "Kelly Ann"],
        None,
        "throw",
    ),
    (
        "crypto-airdrop",
        "crypto",
        lambda: (
            "🚀 "
            + spin(rng, "{$$PEPE2|$$MOONX|$$WLD}")
            + " AIRDROP is LIVE! Connect your wallet and claim 1,000 tokens free before it ends → https://claim-"
            + spin(rng, "{airdrop|rewards|drop}")
            + "-"
            + alnum(5).lower()
            + ".web.app"
        ),
        ["Airdrop Official", "Crypto Rewards", "🎁 Claim Now"],
        None,
        "throw",
    ),
    (
        "crypto-wallet-sync",
        "crypto",
        "Having issues with your wallet? {Pending transactions|Missing tokens|Validation error}? Rectify it with the decentralized support dapp: https://{walletrectify|dapps-resolve|syncnode-fix}.app",
        ["Wallet Support", "DApp Connect"],
        None,
        "throw",
    ),
    (
        "crypto-signals",
        "crypto",
        "Free crypto signals 90% accuracy 📈 join {5000|12000}+ members t.me/{whale_signals_free|binance_pumps_vip|cryptoeagle_signals}",
        ["Crypto Signals", "Whale Alert VIP"],
        None,
        "throw",
    ),
    (
        "crypto-pig",
        "crypto",
        "Hello dear, I saw your comment and you seem like a kind person. I am {Lina|Jessie|Cindy} from {Singapore|Hong Kong|Taipei}, working in finance. Can we be friends? My WhatsApp +65 8000 {1122|3344|5566} 😊",
        ["Lina Wong", "Jessie Chen", "Cindy"],
        None,
        "throw",
    ),
    (
        "crypto-zh",
        "crypto",
        "日赚{500|800|1000}U，USDT搬砖项目，零风险，带新人。飞机 @{usdt_banzhuan|hk_money88} 微信 {wx|vx}{8|9}{86|27}{11|55}",
        ["USDT项目", "跑分招募"],
        None,
        "throw",
    ),
    (
        "crypto-elon",
        "crypto",
        lambda: (
            "Elon is giving away 5,000 BTC to celebrate! Send 0.1 BTC and receive 0.2 back instantly. Official page: "
            + zw("elon-btc-event")
            + ".com"
        ),
        ["Tesla Giveaway", "Elon Musk Event"],
        None,
        "throw",
    ),
    (
        "crypto-vi",
        "crypto",
        "Nhóm tín hiệu {coin|crypto} miễn phí, lãi {30|50}%/tháng, inbox Zalo 09{0|3|8}{1|2|3}.000.{111|222|333}",
        ["Tín hiệu VIP", "Hội đầu tư"],
        None,
        "throw",
    ),
    # SEO
    (
        "seo-guest-post",
        "seo",
        "Hi team, I'm {Emma|Sarah|Jason} from {RankLift Media|OutreachPeak|LinkLadder Digital}. We'd love to contribute a high-quality guest post to your site. We can also pay for a do-follow link. Let me know your price! {emma|sarah|jason}@{ranklift-media|outreachpeak|linkladderdigital}.com",
        ["Emma Clarke", "Sarah - Outreach", "Jason Reed"],
        ["https://ranklift-media.com", "https://outreachpeak.com"],
        "own",
    ),
    (
        "seo-praise-name",
        "seo",
        "{Great|Nice|Excellent|Very informative} {article|post|read}, {thanks for sharing|keep it up|bookmarked}!",
        ["Roofing Contractor Dallas", "best kitchen remodel Denver", "Plumber Near Me", "Tree Removal Austin", "Carpet Cleaning Sydney"],
        [
            "https://dallasroofpros.com",
            "https://denverkitchenremodels.co",
            "https://24hourplumber-near.me",
            "https://austintreeguys.net",
            "https://sydneycarpetclean.com.au",
        ],
        "own",
    ),
    (
        "seo-praise-long",
        "seo",
        "I {really|truly} appreciate the effort that went into this. It's rare to find such {well-researched|in-depth} content these days. I've shared it with my colleagues and will definitely come back for more {updates|posts}.",
        ["Best Mattress 2022", "Cheap Flights Deals", "SEO Agency London", "Car Accident Lawyer"],
        [
            "https://bestmattressguide.org",
            "https://cheapflightdealz.com",
            "https://seoagencylondon.co.uk",
            "https://caraccident-attorneys.com",
        ],
        "own",
    ),
    (
        "seo-copied-reader",
        "seo",
        "Finally someone says it. Hardly anyone covers $region properly, the big outlets only show up when there's a disaster.",
        ["buy instagram likes", "essay writing service", "home loans india", "dubai desert safari"],
        ["https://getlikesfast.net", "https://essayhelpnow.org", "https://homeloanz.in", "https://dubaisafari-deals.ae"],
        "own",
    ),
    (
        "seo-link-body",
        "seo",
        "Thanks for the information. If you're looking for {affordable|trusted} {web design in Lagos|movers in Toronto|dentist in Istanbul}, check out https://{lagoswebpros|torontomoverspro|istanbuldentalsmile}.com",
        ["Web Design Lagos", "Toronto Movers", "Hair Transplant Turkey"],
        None,
        "throw",
    ),
    (
        "seo-html",
        "seo",
        '<a href="https://{bestvpnreviews|topcbdoils|cheapessayhelp}.{org|net}/">{best vpn 2022|cbd oil for pain|cheap essays}</a> good post, very useful',
        ["admin", "guest"],
        None,
        "throw",
    ),
    (
        "seo-markdown",
        "seo",
        "Interesting perspective. [{Check my blog on this topic|Read more here}](https://{finance-tips-daily|worldtravelhacks|techgadgetzone}.blogspot.com/$y/$mm/{best-credit-cards|cheap-flights|top-10-phones}.html)",
        ["Finance Tips", "Travel Hacks", "Tech Zone"],
        None,
        "throw",
    ),
    (
        "seo-plugin-question",
        "seo",
        "Hey there! Do you know if they make any plugins to help with SEO? I'm trying to get my blog to rank for some targeted keywords but I'm not seeing very good gains. If you know of any please share. Cheers!",
        ["Search Engine Optimization", "seo services", "website traffic"],
        ["https://rankmeup-seo.com", "https://trafficbooster.pro", "https://seoservice4u.net"],
        "own",
    ),
    (
        "seo-spun-generic",
        "seo",
        "{Hello|Hi|Hey} {there|everyone}, {I think|it seems} this is an {excellent|awesome|fantastic} {blog|website|web site}. I stumbled upon it ;) I'm going to {come back|return|revisit} once again since I {bookmarked|saved as a favorite} it. Money and freedom is the {best|greatest} way to change, may you be rich and continue to {help|guide} other people.",
        ["bandar judi", "casino online", "jasa backlink", "situs togel"],
        ["https://jasabacklinkmurah.id", "https://judionline88.asia", "https://togelresmi.link"],
        "throw",
    ),
    (
        "seo-url-name",
        "seo",
        "{Nice one|Good read|very nice}",
        ["https://www.fastloansusa.com", "www.bestreplicawatch.cn", "cheap-jerseys-wholesale.com"],
        ["https://fastloansusa.com", "http://bestreplicawatch.cn"],
        "throw",
    ),
    (
        "seo-ru-forum",
        "seo",
        "Прогон сайта по {2000|5000|10000} форумам и блогам, рост позиций за неделю. Цены от 990 руб. Подробнее: http://{progon-xrumer|seo-progon}.ru",
        ["Прогон Хрумером", "SEO раскрутка"],
        None,
        "throw",
    ),
    # essay mills
    (
        "essay-writing",
        "essays",
        "Struggling with assignments? Our PhD writers will do your {essay|dissertation|research paper} in 3 hours, plagiarism free, 25% OFF today: https://{essaypro-help|writemypaper4me|gradeboost-writers}.com/order",
        ["Essay Writing Service", "Write My Essay", "Dissertation Help UK"],
        ["https://essaypro-help.com", "https://gradeboost-writers.com"],
        "own",
    ),
    (
        "essay-exam",
        "essays",
        "We take online exams and classes for you! {Proctored exams|GED|TOEFL|Nursing exams} guaranteed A/B grade. Text {+1 555 0188|+1 555 0174} or email takemyclass.{pro|help}@gmail.com",
        ["Take My Online Class", "Exam Helper"],
        None,
        "throw",
    ),
    (
        "essay-praise",
        "essays",
        "This article helped me a lot for my {sociology|politics|international relations} assignment, thank you!! Students who need help can also check https://{assignmentguru|homeworkace}.co.uk",
        ["Assignment Help", "Homework Ace"],
        None,
        "throw",
    ),
    # adult / dating
    (
        "adult-cam",
        "adult",
        lambda: (
            "Hоt girls in your {city|area} waiting for you 💋 no registration ➜ "
            + spin(rng, "{https://tinyurl.com/|https://cutt.ly/}")
            + alnum(7)
        ),
        ["Sexy Anna", "Jenny 💋", "Meet Singles"],
        None,
        "throw",
    ),
    (
        "adult-dating",
        "adult",
        lambda: (
            fw("Lonely?")
            + " "
            + spin(rng, "{I am Kate, 24, looking for a man for serious relationship|Bored housewife looking for fun tonight}")
            + ". Write me: kate"
            + digits(3)
            + "@"
            + spin(rng, "{love-mail.net|inbox.lv|mail.ru}")
        ),
        ["Kate", "Natalia", "Lovely Lily"],
        None,
        "throw",
    ),
    (
        "adult-escort",
        "adult",
        "VIP escorts {Dubai|Istanbul|Bangkok|Nairobi} 24/7, real photos, incall/outcall. WhatsApp +971 50 000 {12|34|56}{78|90}",
        ["Dubai Escorts", "Call Girls Service"],
        ["https://vip-companions-dxb.com"],
        "throw",
    ),
    (
        "adult-spaced",
        "adult",
        lambda: spaced("FREE") + " adult chat ▶ " + spin(rng, "{h o t c a m z . c o m|s e x y c h a t . l i v e}"),
        ["chatbabes", "hot cam"],
        None,
        "throw",
    ),
    # fake support
    (
        "support-airline",
        "support",
        "For {booking changes|refunds|cancellation} call {Emirates|Qatar Airways|Delta} customer service number +1-888-555-01{09|19|29} (toll free) 24/7 live person",
        ["Airlines Helpline", "Flight Reservations"],
        ["https://airlines-helpdesk.org"],
        "throw",
    ),
    (
        "support-wallet",
        "support",
        "{Coinbase|Binance|MetaMask} support number ☎ +1 (855) 555-0{142|167|199} call now for locked account, 24 hours help desk",
        ["Crypto Support", "Wallet Helpdesk"],
        None,
        "throw",
    ),
    (
        "support-printer",
        "support",
        lambda: homo("HP printer offline?") + " call +1-800-555-0" + digits(3) + " for instant tech support, driver setup and wifi issues",
        ["Printer Help", "HP Support Number"],
        ["https://printer-offline-fix.com"],
        "throw",
    ),
    # counterfeit
    (
        "fake-docs",
        "counterfeit",
        "We produce REGISTERED passports, driver's licenses, ID cards, residence permits, IELTS certificates for all countries. Database registered. Contact: {docsworld|realdocuments|globalpapers}{77|22}@proton.me / Telegram @{realdocs_global|papersworld}",
        ["Buy Real Passport", "Documents Online"],
        None,
        "throw",
    ),
    (
        "fake-money",
        "counterfeit",
        "Buy undetectable counterfeit money {USD|EUR|GBP}, grade AAA, passes all tests. WhatsApp +44 7700 900{321|654|987}",
        ["Counterfeit Notes", "Prop Money Shop"],
        None,
        "throw",
    ),
    (
        "fake-watches",
        "counterfeit",
        "High quality {Rolex|Omega|Patek Philippe} replica watches 1:1 from $$129, free shipping worldwide: www.{luxwatchreplica|swisscopies}.{cn|top}",
        ["replica watches", "rolex replica"],
        ["http://luxwatchreplica.cn"],
        "throw",
    ),
    (
        "fake-sneakers",
        "counterfeit",
        "Cheap {Nike|Jordan|Yeezy} shoes outlet sale 70% off!! https://{nikeoutlet-sale|jordanshoes-cheap}.{shop|store}",
        ["cheap nike shoes", "jordan outlet"],
        None,
        "throw",
    ),
    # IPTV / streaming
    (
        "iptv-sub",
        "iptv",
        "Best IPTV subscription {2022|2023} 20,000+ live channels, 4K, sports & PPV, free 24h trial! Order: https://{iptvsmarters-pro|strongiptv|kingiptv4k}.com",
        ["IPTV UK", "Best IPTV Provider", "4K IPTV"],
        ["https://strongiptv.com"],
        "own",
    ),
    (
        "iptv-stream",
        "iptv",
        lambda: "Watch live football free HD no ads ⚽ " + spin(rng, "{livesoccer-hd|streameast-live|totalsportek-free}") + "[.]com",
        ["Live Stream HD", "Football Streams"],
        None,
        "throw",
    ),
    (
        "iptv-vpn",
        "iptv",
        "Get {83%|79%} off the fastest VPN + 3 months free, unblock any streaming site: https://go.{fastvpn-deal|securetunnel}.com/aff_c?offer_id=$n3&aff_id=$n4",
        ["VPN Deals", "Best VPN 2022"],
        None,
        "throw",
    ),
    # work from home / tasks
    (
        "wfh-mom",
        "wfh",
        "I'm making {$$90|$$85|$$95} an hour working from home. I was shocked when my neighbor told me she was averaging $${8,500|9,200} but I see how it works now. Go to this site for more details ➤➤ https://{workhome22|cashpay99|onlinejobs-now}.blogspot.com",
        ["Lisa Davis", "Nancy Roberts", "Julia"],
        None,
        "throw",
    ),
    (
        "wfh-tasks",
        "wfh",
        "Part-time job, like YouTube videos and earn {$$50-$$300|200-800 INR|$$100} daily. No experience, pay same day. Contact HR on WhatsApp wa.me/4477009000{12|35|78}",
        ["HR Recruiter Emma", "Part Time Job", "Amazon HR"],
        None,
        "throw",
    ),
    (
        "wfh-hinglish",
        "wfh",
        "Ghar baithe kamaye ₹{2000|5000} roz, sirf mobile se. Telegram join karo t.me/{earn_daily_india|workfromhome_jobs}",
        ["Online Job India", "Daily Earning"],
        None,
        "throw",
    ),
    (
        "wfh-leet",
        "wfh",
        lambda: leet("Earn easy money online") + " $$500/day!! just " + bold("CLICK") + " " + spin(rng, "{rb.gy/|t.ly/|is.gd/}") + alnum(6),
        ["easymoney", "cashnow"],
        None,
        "throw",
    ),
    # hacker for hire
    (
        "hacker-hire",
        "hacker",
        "Need to {catch a cheating spouse|hack WhatsApp|change university grades|clear your credit score}? Contact {HACKERSTEVEN|Hacktech Solutions|GHOSTHACKER} on {hackersteven|hacktechsolutions}@{cyberservices.com|proton.me} or WhatsApp +1 555 0{133|156|171}. Fast and discreet!",
        ["Alice Bennett", "Greg", "Vanessa Cole"],
        None,
        "throw",
    ),
    (
        "hacker-tg",
        "hacker",
        lambda: (
            "𝐏𝐑𝐎 𝐇𝐀𝐂𝐊𝐄𝐑 available for any job: social media, phone, bank transfer recovery. Telegram @"
            + spin(rng, "{darkhack_pro|cybergod01|hackwizard}")
        ),
        ["Pro Hacker", "CyberGod"],
        None,
        "throw",
    ),
    # spell casters
    (
        "spell-caster",
        "spell",
        "My husband left me for another woman and I was so heartbroken until I contacted {Dr. Ogumu|Priest Oba|Dr. Alaba} a great spell caster who brought him back within 72 hours. He can also cure HIV and help you win lottery. Email {drogumu|priestoba|dralaba}spelltemple@gmail.com",
        ["Jennifer Hayes", "Monica Reed", "Patricia"],
        None,
        "throw",
    ),
    (
        "spell-love",
        "spell",
        "POWERFUL LOVE SPELLS 💕 lost love, marriage, money, protection. Call/WhatsApp +27 60 000 {1234|5678}. Results guaranteed, Maama {Fazila|Zuri}",
        ["Maama Fazila", "Love Spells Caster"],
        ["https://maamafazila-spells.co.za"],
        "own",
    ),
    # diet / CBD
    (
        "diet-keto",
        "diet",
        "Shark Tank {keto|slimming} gummies 🍬 melt belly fat without diet! Special offer today only https://{ketoburn-official|slimgummies-us}.com/?sid=$n5",
        ["Keto Gummies", "Slim Fast Gummies"],
        None,
        "throw",
    ),
    (
        "cbd-oil",
        "diet",
        "I suffered from anxiety and joint pain for years, CBD oil changed my life. Order yours at https://{pureleaf-cbd|calmcbd-store}.com use code RELIEF20",
        ["CBD Oil UK", "Pure CBD"],
        ["https://pureleaf-cbd.com"],
        "own",
    ),
    # visa / immigration
    (
        "visa-canada",
        "visa",
        "CANADA {WORK PERMIT|LMIA JOBS|VISA} 2022 🇨🇦 Free visa sponsorship for {truck drivers|caregivers|farm workers}. Apply now, limited slots. WhatsApp +1 555 0{101|148|192} or email canada.jobsvisa{22|23}@gmail.com",
        ["Canada Immigration", "Visa Agent Officer", "LMIA Jobs"],
        None,
        "throw",
    ),
    (
        "visa-greencard",
        "visa",
        "Green card lottery {DV-2024|DV-2023} registration is now open! Increase your chances 10x with our premium application: https://{dv-lottery-usa|greencard-apply}.org",
        ["USA Green Card", "DV Lottery Help"],
        ["https://dv-lottery-usa.org"],
        "own",
    ),
    # followers / reviews
    (
        "followers-buy",
        "followers",
        "Buy {real Instagram followers|TikTok likes|YouTube subscribers} cheap, instant delivery, 100% safe: https://{followergrow|likesfast|subsboost}.net",
        ["Buy Followers", "Instagram Growth"],
        ["https://followergrow.net"],
        "own",
    ),
    (
        "reviews-buy",
        "followers",
        "Boost your business with 5-star {Google|Trustpilot} reviews from real local accounts. DM us on Telegram @{reviewboost|5starsagency}",
        ["Review Boost", "5 Stars Agency"],
        None,
        "throw",
    ),
    # prize / phishing
    (
        "prize-winner",
        "prize",
        "🎉 Congratulations! Your email was selected in the {Google|Coca-Cola|Microsoft} $month promotion, you won {$$850,000|£500,000}. Send your name, address and phone to claims.dept{01|77}@{outlook.com|consultant.com} to claim.",
        ["Promotion Team", "Claims Department"],
        None,
        "throw",
    ),
    (
        "phish-parcel",
        "prize",
        "Your package is on hold due to unpaid shipping fee (1.99). Update delivery details: https://{dhl-redelivery|ups-track-parcel|royalmail-fee}-{help|center}.com/track/$n6",
        ["DHL Express", "Parcel Service"],
        None,
        "throw",
    ),
    (
        "phish-giftcard",
        "prize",
        "FREE {Amazon|Steam|Google Play} gift card codes 2022, working generator 👉 https://{free-giftcards|codegen}.{xyz|click}/$a6",
        ["Free Gift Cards", "giftcard generator"],
        None,
        "throw",
    ),
    # other languages
    (
        "es-casino",
        "casino",
        "Gana dinero fácil con el mejor casino online de {México|Argentina|Colombia}, bono del 200% en tu primer depósito 👉 https://{casinomx|apuestasya}.{vip|club}/registro",
        ["Casino Online", "Apuestas Ya"],
        None,
        "throw",
    ),
    (
        "tr-bahis",
        "casino",
        "Deneme bonusu veren siteler {2022|2023} 👉 {bahisbonus|denemebonus}.{net|org} güncel giriş adresi",
        ["Deneme Bonusu", "Bahis Siteleri"],
        ["https://denemebonus.net"],
        "throw",
    ),
    (
        "ar-loan",
        "loans",
        "قرض سريع بدون كفيل وبدون تحويل راتب، للتواصل واتساب ‎+966 50 000 {1234|9876}",
        ["تمويل فوري", "قروض شخصية"],
        None,
        "throw",
    ),
    (
        "ko-toto",
        "casino",
        "토토사이트 추천 먹튀검증 완료 메이저놀이터 {가입머니|첫충} 지급 👉 {toto-major|safe-toto}.{com|kr}",
        ["먹튀검증", "메이저사이트"],
        None,
        "throw",
    ),
    (
        "fr-voyance",
        "spell",
        "Voyance gratuite par téléphone 🔮 retour affectif en 7 jours, {Marabout|Médium} {Koffi|Sidibé} 📞 +33 6 39 98 {12|34} {56|78}",
        ["Marabout Koffi", "Voyance Pure"],
        None,
        "throw",
    ),
    (
        "th-slot",
        "casino",
        "สล็อตเว็บตรง แตกง่าย ฝากถอนไม่มีขั้นต่ำ สมัครเลย 👉 https://{slotpg|pgthai}{88|168}.com",
        ["สล็อต PG", "เว็บตรง"],
        None,
        "throw",
    ),
]

# --- assembly -------------------------------------------------------------------------------
B64 = string.ascii_letters + string.digits + "-_"
B36 = string.ascii_lowercase + string.digits


def link_parts():
    return {
        "yt": "".join(rng.choice(B64) for _ in range(11)),
        "yt2": "".join(rng.choice(B64) for _ in range(11)),
        "tw": "14" + digits(17),
        "h32": hexid(32),
        "r6": "".join(rng.choice(B36) for _ in range(6)),
        "r7": "".join(rng.choice(B36) for _ in range(7)),
        "a5": alnum(5),
        "a6": alnum(6),
        "a7": alnum(7),
        "a16": alnum(16),
        "n3": digits(3),
        "n4": digits(4),
        "n5": digits(5),
        "n6": digits(6),
        "n8": "6" + digits(7),
        "n18": "10" + digits(16),
    }


def fill(body, post):
    text = body() if callable(body) else body
    text = spin(rng, text)
    v = dict(post["vars"], **link_parts())
    v["m1"], v["d1"] = str(int(v["mm"])), str(int(v["dd"]))
    return string.Template(text).safe_substitute(v)


# Posts: most of them, 1 to 8 comments each, 600 in all.
chosen = rng.sample(POSTS, 132)
per_post = {p["id"]: rng.randint(1, 8) for p in chosen}
while sum(per_post.values()) != 600:
    pid = rng.choice(list(per_post))
    if sum(per_post.values()) > 600 and per_post[pid] > 1:
        per_post[pid] -= 1
    elif sum(per_post.values()) < 600 and per_post[pid] < 8:
        per_post[pid] += 1
BY_ID = {p["id"]: p for p in POSTS}
slots = [BY_ID[pid] for pid, n in per_post.items() for _ in range(n)]
rng.shuffle(slots)


def allot(templates, total, cap):
    counts = {t[0]: 1 for t in templates}
    while sum(counts.values()) < total:
        tid = rng.choice(templates)[0]
        if counts[tid] < cap:
            counts[tid] += 1
    return counts


def n_links(body):
    return len(re.findall(r"https?://", body))


one_link = [t for t in HAM if t[0].startswith("link-")]
multi_link = [t for t in HAM if t[0].startswith("links-")]
no_link = [t for t in HAM if not t[0].startswith(("link-", "links-"))]
ham_counts = {}
ham_counts.update(allot(one_link, 64, 4))
ham_counts.update(allot(multi_link, 9, 4))
ham_counts.update(allot(no_link, 227, 4))

RETOUCH = [
    lambda s: s.rstrip(".!"),
    lambda s: s.lower(),
    lambda s: s + " 🙏",
    lambda s: s[0].lower() + s[1:],
    lambda s: s + "\n\n(edit: typo)",
    lambda s: s.upper() if len(s) < 60 else s + " Just my two cents.",
]

records = []
seen = set()
for tid, body, names in HAM:
    for _ in range(ham_counts[tid]):
        post = slots.pop()
        text = fill(body, post)
        tries = 0
        while text in seen and tries < 25:
            text, tries = fill(body, post), tries + 1
        for fix in RETOUCH:
            if text not in seen:
                break
            text = fix(fill(body, post))
        assert text not in seen, tid
        seen.add(text)
        name = rng.choice(names or READERS)
        if name in BUSINESS:
            dom = slug(name, "") + rng.choice([".com", ".net", ".co"])
            email = f"{rng.choice(['info', 'hello', 'contact'])}@{dom}"
            url = f"https://{dom}" if rng.random() < 0.6 else ""
        else:
            email = reader_email(name)
            url = reader_site(name) if rng.random() < 0.085 else ""
        records.append(
            {
                "label": "ham",
                "source": f"heldback8:ham:{tid}",
                "article": post["id"],
                "body": text,
                "name": name,
                "email": email,
                "url": url,
            }
        )

THROWAWAY = [
    "gmail.com",
    "gmail.com",
    "outlook.com",
    "hotmail.com",
    "yahoo.com",
    "yandex.com",
    "mail.ru",
    "163.com",
    "qq.com",
    "proton.me",
    "gmx.com",
    "aol.com",
    "inbox.lv",
    "tutanota.com",
]


def throwaway(name):
    base = rng.choice(
        [
            slug(name, "")[:10] or "user",
            "".join(rng.choice(string.ascii_lowercase) for _ in range(8)),
            rng.choice(["info", "promo", "best", "seo", "bonus", "top"]) + slug(name, "")[:6],
        ]
    )
    return f"{base}{digits(rng.choice([2, 3, 4, 5]))}@{rng.choice(THROWAWAY)}"


spam_counts = {t[0]: 4 for t in SPAM}  # 75 templates, 4 records each
for tid, _fam, body, names, urls, mail in SPAM:
    for _ in range(spam_counts[tid]):
        post = slots.pop()
        text = fill(body, post)
        name = spin(rng, rng.choice(names))
        url = rng.choice(urls) if urls and rng.random() < 0.9 else ""
        if mail == "own" and url:
            dom = re.sub(r"^https?://(www\.)?", "", url).split("/")[0]
            email = f"{rng.choice(['info', 'contact', 'sales', 'support', 'marketing', 'admin'])}@{dom}"
        else:
            email = throwaway(name)
        records.append(
            {
                "label": "spam",
                "source": f"heldback8:spam:{tid}",
                "article": post["id"],
                "body": text,
                "name": name,
                "email": email,
                "url": url,
            }
        )

assert not slots
rng.shuffle(records)
write_set("comment_spam_heldback8.jsonl", records)

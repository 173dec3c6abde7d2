"""Build comment_spam_heldback6.jsonl: the sixth held-back set (300 ham, 300 spam).

Written without opening comments/ or bench/comment_spam.py, without reading any earlier set or
builder's templates (only the import lines of one builder), and without running any filter over
this set (see bench/data/README.md). Comments are posted under the English Wikinews articles of
2020 (CC BY 2.5). Those records carry no `categories`, so each article's place and subject (in
Wikinews' category words) are written by hand in `PLACES` below; comments take the place
(`$place`), the subject (`$cat`, `$topic`) and the date (`$when`, `$day`, `$dow`, ...), never the
title and never a phrase of the body. Run from anywhere: `python3 bench/data/build_comment_spam_heldback6.py`.
"""

import datetime
import random
import re
import unicodedata
from string import Template

from comment_sets import WIKINEWS, articles, spin, write_set

rng = random.Random(20261128_6)

# id | place | subject. Written by hand for this set (the 2020 records have empty categories).
# Left out: the worldwide case count and the two science pieces without a clear place.
PLACES = """
e1cc1cd85985|Samoa|Health
4ad5512fe8af|Iraq|Politics and conflicts
aafee3e24c0c|Iraq|Politics and conflicts
b181a7ab00e3|Iran|Disasters and accidents
da917dd551fa|Norway|Disasters and accidents
d4c395914b7f|Greece|Economy and business
30b42e810484|Egypt|Politics and conflicts
6e570c67ca52|Oman|Obituaries
351468125eba|Iran|Disasters and accidents
4bd5eea3be24|United States|Politics and conflicts
76c79991081f|Puerto Rico|Disasters and accidents
28108ad63c0e|Ukraine|Politics and conflicts
5d145e3ca02e|China|Health
85cc17dcf22d|Germany|Health
b99b9a0fee68|United States|Obituaries
0e3bd1fb1777|United Kingdom|Crime and law
74c39a88b10e|China|Health
2200080f9b45|United States|Elections
eddf69bf7243|Switzerland|Health
687859ea9289|United States|Crime and law
d6e64ea05679|United States|Crime and law
3684739d37a5|United States|Elections
9eb5de0e8b84|United States|Elections
87e2db926297|Egypt|Obituaries
3f838d63837c|United States|Elections
2bfbc4f91baa|Iran|Health
8bf35d976bff|Argentina|Human rights
a86156d2d136|United States|Elections
cd5cfec5a331|India|Transport
51af32d57202|India|Transport
5261d4485796|United States|Elections
68b75b3e8299|United Kingdom|Obituaries
c625f4b95507|United States|Sports
8a9b9f579858|Australia|Economy and business
ceaf8a9e946a|Switzerland|Health
bab1bd962c95|Northern Mariana Islands|Elections
84b1b0a7d2f4|United States|Human rights
34cf2ddce8ee|United States|Health
92a47498fd1e|India|Health
f6cc88d2995b|United States|Elections
f3f02fb78979|United States|Science and technology
78680019a14f|United States|Elections
0d9ca7a75ff8|Bangladesh|Health
224c5df09ad5|United States|Elections
de9d733f2f33|United Kingdom|Obituaries
7dcde94615c5|Iran|Sports
b9555c809cca|United States|Elections
705886806250|United States|Elections
9c3ce7ba808c|United States|Health
9163282c03f1|Netherlands|Science and technology
aaa2ef149d83|Philippines|Media
f62602ddb8e4|United States|Crime and law
f27a047dfcb9|Chile|Space
5eadaae9e358|Japan|Obituaries
f9b3bf58f967|Georgia|Sports
b9159cb211a7|United States|Health
eee45ef30ddc|United States|Space
c5de60b85e16|South Sudan|Obituaries
7fcfda3f9eaf|United States|Disasters and accidents
dd75ea6c5350|United Kingdom|Health
eb74daab7c41|Yemen|Media
9d570ac9d23a|Wales|Disasters and accidents
4f20fe784e20|India|Environment
1e5c81a86c20|Burundi|Obituaries
f9659e81f5bd|India|Environment
2c0a4b9b146f|United States|Elections
cf8ab3738d1f|Poland|Economy and business
245f5668371d|United Kingdom|Crime and law
0f38c240aef8|Finland|Computing
9100f9b8b8a4|Iran|Politics and conflicts
fa8b2bdfcc68|Australia|Human rights
a2b401de1785|France|Space
68baed789231|Canada|Crime and law
848fece92441|South Korea|Obituaries
7ea3e9e75358|Serbia|Politics and conflicts
43116baefc80|United States|Elections
558c314476a5|Belarus|Elections
2700a201b127|India|Disasters and accidents
20f4ec2c2a7c|United States|Elections
dc05833107b7|United States|Disasters and accidents
b3fb9a979a28|Australia|Sports
5f59f378b725|Russia|Politics and conflicts
9ec0be5dcc84|Australia|Sports
ec0c9e990c97|United States|Elections
42f715990549|Australia|Sports
38b0bb90300f|United States|Obituaries
1132b659b882|India|Obituaries
5793d7c79099|Germany|Politics and conflicts
db5bf072fb45|United Kingdom|Disasters and accidents
935f319a607e|United States|Elections
1d1a2002a721|United Kingdom|Crime and law
22a81282c55d|United States|Health
807c1e2f1feb|United States|Obituaries
ac402a75ff5f|United States|Elections
9b69c3aeb64d|United States|Elections
28c295c03e84|Australia|Elections
3ccea3139eba|United States|Elections
05fac847862d|United States|Elections
6d09efb89451|United States|Computing
b4a473024150|United States|Elections
f38d993d5b24|United States|Elections
01584077d867|United States|Elections
df9c26638c71|United States|Elections
553396af8db9|United States|Elections
3cfb6f4fc0aa|Turkey|Disasters and accidents
e4c49b647ba2|United States|Politics and conflicts
28b66795ffc5|United States|Crime and law
5e51cc6343ff|United States|Politics and conflicts
d7782c2509f4|Australia|Elections
65f400e5c59b|Australia|Elections
5b7de9034526|United States|Computing
b7e70c78ce8a|United States|Politics and conflicts
f3e299e4273b|United States|Computing
26408d80a8cf|Slovakia|Health
e94b59f7bdc7|United States|Space
211fbbadbdf0|Antarctica|Health
d37000e8f38f|United States|Obituaries
"""

TOPIC = {
    "Health": "public health",
    "Politics and conflicts": "politics",
    "Elections": "elections",
    "Crime and law": "crime and courts",
    "Disasters and accidents": "disasters",
    "Obituaries": "obituaries",
    "Sports": "sport",
    "Science and technology": "science",
    "Economy and business": "business",
    "Computing": "tech",
    "Space": "space",
    "Human rights": "human rights",
    "Environment": "wildlife",
    "Transport": "the railways",
    "Media": "press freedom",
}
THE = {"United States", "United Kingdom", "Philippines", "Netherlands", "Northern Mariana Islands"}

corpus = {a["id"]: a for a in articles(WIKINEWS)}
ARTS = []
for line in PLACES.strip().splitlines():
    short, place, cat = line.split("|")
    art = corpus["wn-" + short]
    assert art["date"].startswith("2020"), art["id"]
    ARTS.append({"id": art["id"], "date": art["date"], "place": place, "cat": cat})


def slug(text, sep="-"):
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", sep, text.lower()).strip(sep)


def alnum(n, chars="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"):
    return "".join(rng.choice(chars) for _ in range(n))


def digits(n):
    return str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def hexs(n):
    return alnum(n, "0123456789abcdef")


HANDLES = [
    "kestrel_77",
    "mbali.n",
    "OldTrainGuy",
    "tomasz_w",
    "hyacinth",
    "JaneInLeeds",
    "Rustam",
    "ngozi",
    "pete_k",
    "ana.lu",
    "Koorosh",
    "grumpyfinn",
    "Siosaia",
    "dhruv",
    "liesl",
    "marco_polo_not_that_one",
    "Yerlan",
    "the_other_dave",
    "bea",
    "Wiremu",
]


def fields(art):
    """What a comment may take from its article: place, subject, date."""
    d = datetime.date.fromisoformat(art["date"])
    place = art["place"]
    later = d + datetime.timedelta(days=rng.randint(2, 9))
    return {
        "place": ("the " + place) if place in THE else place,
        "Place": ("The " + place) if place in THE else place,
        "pslug": slug(place),
        "pwiki": place.replace(" ", "_"),
        "cat": art["cat"],
        "topic": TOPIC[art["cat"]],
        "when": d.strftime("%B %Y"),
        "mon": d.strftime("%B"),
        "mon3": d.strftime("%b").lower(),
        "mm": d.strftime("%m"),
        "dd": d.strftime("%d"),
        "year": "2020",
        "day": f"{d.day} {d.strftime('%B')}",
        "usday": f"{d.strftime('%B')} {d.day}",
        "dow": d.strftime("%A"),
        "iso": art["date"],
        "dmy": d.strftime("%d.%m.%Y"),
        "later": f"{later.day} {later.strftime('%B')}",
        # fresh random tokens, as links carry them
        "yt": alnum(11, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_"),
        "tw": "12" + digits(17),
        "n3": digits(3),
        "n4": digits(4),
        "n5": digits(5),
        "n6": digits(6),
        "m4": digits(4),
        "lb6": alnum(6, "abcdefghijklmnopqrstuvwxyz0123456789"),
        "n7": digits(7),
        "n8": digits(8),
        "hex": hexs(32),
        "b6": alnum(6),
        "b7": alnum(7),
        "secs": f"{rng.randint(30, 900)}s",
        "h": (h := rng.choice(HANDLES)),
        "h2": rng.choice([x for x in HANDLES if x != h]),
        "hs": slug(rng.choice(HANDLES), "_"),
        "hs2": slug(rng.choice(HANDLES), ""),
        "stamp": d.strftime("%Y%m%d") + digits(6),
    }


def fill(text, art):
    return Template(spin(rng, text)).substitute(fields(art))


# ---------------------------------------------------------------- ham
# (template id, language, text, options). Options: "cats"/"places" limit the articles a
# template is posted under; "who" gives the template its own voices (name, mailbox, website).
HAM = [
    # thanks, agreement
    (
        "thanks-quiet",
        "en",
        "Thank you for covering this. {Hardly anyone|Nobody} in my feed {even mentioned|said a word about} $place {that week|at the time|in $mon}.",
        {},
    ),
    (
        "thanks-plain",
        "en",
        "{Clear|Good|Straight}, {no-nonsense|sober} {write-up|report}{. More like this please.|, thanks.|. Appreciated.|. Bookmarked.}",
        {},
    ),
    (
        "thanks-city",
        "en",
        "Reading this from {Bergen|Tartu|Kaunas|Durban|Hobart|Pune|Valparaíso|Kutaisi|Da Nang} {on my lunch break|at 2am|on the bus}. {Thanks for the context.|Good to have a plain account.|Shared it with my brother.}",
        {},
    ),
    (
        "agree-above",
        "en",
        "@$h {exactly this|this 100%|agreed}. {People forget how fast it all moved in $mon.|That is the part nobody wants to talk about.|Said it better than I could.}",
        {},
    ),
    ("one-word", "en", "{Finally.|Wow.|Unbelievable.|Sad.|Called it.|Good.|Yikes.|Respect.|Noted.|Huh.}", {}),
    ("emoji-only", "en", "{🙏|😢|👏👏|🤦‍♂️|💔|😮|🔥🔥|🕯️}", {}),
    (
        "agree-long-time",
        "en",
        "Been reading this site since {2011|the Arab Spring|before the redesign} and this is {exactly why|why} I still {come back|check it every morning}: dates, names, {no adjectives|no screaming headline}.",
        {},
    ),
    # dissent, anger, sarcasm, jokes
    (
        "dissent-framing",
        "en",
        "I think the framing is off. You make it sound like $place {had no choice|was a bystander}, and that is simply not how {people there|most people I know there} saw it in $when.",
        {},
    ),
    (
        "anger-gov",
        "en",
        "{Absolutely disgraceful.|Disgusting.|Shameful.} {Every single|Each} official who {signed off on|looked away from} this should {resign|be named}. {Nothing will happen of course.|And they wonder why nobody trusts them.}",
        {},
    ),
    (
        "sarcasm-shocked",
        "en",
        "Shocked, {SHOCKED|shocked I tell you}, that {this happened|nobody saw it coming}. {Said no one in $place ever.|/s|Who could have predicted it. Everyone. Everyone could.}",
        {},
    ),
    ("joke-2020", "en", '2020 {really said|speedrunning} "hold my beer" {again|every single week}{ 🙃|| lol}', {}),
    (
        "sarcasm-experts",
        "en",
        "Ah yes, {the experts|the usual experts|my uncle on Facebook} have {spoken|weighed in}. {Can't wait for the correction in three weeks.|Bet the story changes by $later.}",
        {},
    ),
    (
        "dissent-bias",
        "en",
        "{This site|Wikinews} is {supposed to be|meant to be} neutral but {every|each} $topic story {leans|tilts} the same way. {Try quoting someone from the other side for once.|Where is the other side's statement?}",
        {},
    ),
    ("angry-caps", "en", "{WHY|HOW} IS {NOBODY|NO ONE} TALKING ABOUT {THIS|THE TIMELINE}?? {it was all there in $mon|read it again}", {}),
    (
        "joke-dad",
        "en",
        'My dad {read the headline|saw this on the TV} and {asked if $place is near Ohio|said he "always knew"|went straight back to his crossword}. {Priorities.|Love him.}',
        {},
    ),
    # questions
    (
        "q-source",
        "en",
        "{Genuine question|Honest question}: where does the number in the {second|third} paragraph come from? {Is there a link to the original statement?|I can't find it anywhere official.}",
        {},
    ),
    (
        "q-update",
        "en",
        "Any {update|follow-up} on this? {It has been months.|Did anyone ever get charged?|What happened after $later?}",
        {},
    ),
    (
        "q-why-date",
        "en",
        "Why {is this dated|does it say} $day? I {remember|thought} it was {a day earlier|the weekend before}{ here|| in my timezone}.",
        {},
    ),
    (
        "q-help",
        "en",
        "{How|Where} can people {outside|abroad} actually help {with this|in $place}? {Not looking for a GoFundMe, something real.|Is there an official appeal?}",
        {},
    ),
    (
        "q-translate",
        "en",
        "Is there a {version|translation} of this in {Spanish|French|Arabic|Portuguese}? My {mother|neighbour|grandad} would {want to read it|like to read it}.",
        {},
    ),
    # corrections with figures and dates
    (
        "corr-date",
        "en",
        "{Small|Minor} correction: {the vote|the announcement|it} was on {a|the} $dow, not the day before. {Otherwise spot on.|Please fix.|Check the official record.}",
        {},
    ),
    (
        "corr-figure",
        "en",
        "The {figure|number} you give is {out of date|from the previous day}. By {$later|the end of $mon} it was {roughly|about} {12|18|27|40} % higher{, per the ministry's own count.|.}",
        {},
    ),
    (
        "corr-name",
        "en",
        'Typo in the {third|fourth|last} paragraph: {"goverment"|"the the"|"recieved"}. {Sorry, can\'t help it.|Former proofreader here.}',
        {},
    ),
    (
        "corr-map",
        "en",
        "{Just to be precise|For the record}, the {town|place} mentioned is in the {north|south-east|west} of $place, {not the capital region.|about {200|350|90} km from the capital.}",
        {},
    ),
    # first-hand local
    (
        "local-saw",
        "en",
        "I live {ten minutes|half an hour|a few streets} from where this happened. {The sirens went on most of the night.|Roads were closed until the afternoon.|Everyone in our building was outside on the phone.}",
        {"cats": {"Disasters and accidents", "Crime and law"}},
    ),
    (
        "local-shops",
        "en",
        "{Here|Where I live} in $place the shops were {empty|cleared out} by $later. {Pasta, rice, soap. Everything.|My pharmacist said she had never seen anything like it.}",
        {"cats": {"Health", "Economy and business"}},
    ),
    (
        "local-nurse",
        "en",
        "{ICU nurse here|I'm a nurse on a respiratory ward}. {What you read in $when was the polite version.|We were reusing masks by the end of $mon.} {Please just listen to the guidance.|Thank you to everyone who stayed home.}",
        {"cats": {"Health"}, "who": ["Ruth A.", "Nurse Ama", "Teodora Vlahović", "Kealoha"]},
    ),
    (
        "local-poll",
        "en",
        "{Worked at a polling station that day|Volunteered as a poll worker}. Queue {out the door by 7am|round the block}, {lots of first-time voters|people patient as anything}. {Proud of my town honestly.|Long day.}",
        {"cats": {"Elections"}},
    ),
    (
        "local-quake",
        "en",
        "{We felt it on the fourth floor|It woke the whole street}. {Books off the shelves|The dog knew before we did}, {nobody hurt in our block thank god.|cracks in the stairwell.}",
        {"cats": {"Disasters and accidents"}, "places": {"Turkey", "Puerto Rico"}},
    ),
    (
        "local-rugby",
        "en",
        "{Was at the ground for this one.|Watched from the hill.} {Great atmosphere for a club game|Sausage sizzle sold out by half time}, {well played both sides.|the young lads up front were brilliant.}",
        {"cats": {"Sports"}, "places": {"Australia"}},
    ),
    # @-replies
    (
        "reply-mild",
        "en",
        "@$h I {see your point|get what you mean} but {the article doesn't say that|that's not what happened in $mon}. {Read it again?|Look at the dates.}",
        {},
    ),
    ("reply-thanks", "en", "@$h thanks for the {link|explanation}, {didn't know that|that clears it up}{.| 👍}", {}),
    ("reply-snark", "en", "@$h {sure, and I'm the Queen of Sheba|ok buddy|lol no}.", {}),
    (
        "reply-both",
        "en",
        "@$h @$h2 {you're both|can we all} {arguing about different things|calm down}. {The article is about $place, not your pet topic.|Take it to DMs.}",
        {},
    ),
    # lower case, typos
    ("lc-cant-believe", "en", "cant beleive this {happend|happened} in $year {tbh|honestly} {im still shocked|the world is mad}", {}),
    (
        "lc-my-cousin",
        "en",
        "my cousin {lives|is studying} in $place and {she said its way worse than the news says|he says its calmer then the news makes it look}",
        {},
    ),
    (
        "lc-typo-long",
        "en",
        "ppl keep saying {its fine|it will blow over} but no one {rembers|remembers} what happend last time. {thier|their} memory is {like a|a} goldfish",
        {},
    ),
    # long arguments
    (
        "long-history",
        "en",
        "I want to push back a little on the comments here.\n\nFirst, the situation in $place did not start in $when. Anyone who followed it over the previous decade knows the institutions were {hollowed out|worn down} long before, and this was the {predictable|visible} result.\n\nSecond, outside commentators love a single villain. It is {more comfortable|easier} than admitting that the boring stuff, budgets, procurement, who gets promoted, is where these things are decided.\n\nThird, none of this excuses anyone. It just means the fix is {slower|duller} than a resignation.",
        {},
    ),
    (
        "long-media",
        "en",
        "Two thoughts.\n\nOne: the coverage of $topic in $year was {wildly|badly} uneven. Some outlets did careful work, others ran whatever came in on the wire with a scarier headline.\n\nTwo: small sites like this one, written by volunteers, ended up being {more careful|more sober} than papers with a hundred staff. That should embarrass somebody.",
        {},
    ),
    (
        "long-econ",
        "en",
        "People keep asking who pays for all this. The answer, as always, is whoever cannot move their money. Pensions, renters, small shops.\n\nIn $place the bill will land {in two or three years|after the next election}, when everyone has forgotten the headlines from $mon. {Mark my words.|Save this comment.}",
        {},
    ),
    # readers who say what they do
    (
        "job-teacher",
        "en",
        "{Secondary school|Primary} teacher here. {I used this in class today|Going to use this with my year 10s} to talk about {how to read a news report|checking dates and sources}. {Thanks for keeping it simple.|They had good questions.}",
        {"who": ["Ms Okonkwo", "Mr. Lindqvist", "Hana (teacher)", "Sefa"]},
    ),
    (
        "job-pilot",
        "en",
        "{Retired|Former} airline pilot. {The speculation in some of these comments is unhelpful.|Please wait for the investigation report before blaming anyone.} {These things are almost never one cause.|It takes months for good reason.}",
        {"cats": {"Disasters and accidents", "Transport"}, "who": ["Capt. R. Menon (ret.)", "Graham Pollard", "Ilse"]},
    ),
    (
        "job-lawyer",
        "en",
        "{Lawyer here (not legal advice)|Practising barrister}: the {key|important} point is {procedural|about jurisdiction}. {The outcome will turn on that, not on the headlines.|Expect appeals.}",
        {
            "cats": {"Crime and law", "Politics and conflicts", "Human rights"},
            "who": ["Adv. Farah Siddiqui", "J. Okafor", "Counsel Mendes"],
        },
    ),
    (
        "job-farmer",
        "en",
        "{Farmer|Dairy farmer} in {the Midwest|Victoria|Punjab|the Waikato}. {Nobody in the cities thinks about what this does to feed prices.|Our co-op lost two buyers the week after.}",
        {"who": ["Big Al", "Gurpreet Sandhu", "Maureen at Three Oaks Farm", "Hank W."]},
    ),
    (
        "job-dev",
        "en",
        "{Sysadmin|Developer} {for 15 years|at a small hosting company}. {We ran a lot of this in production; the migration is not trivial.|This is why you keep your own mirrors.}",
        {"cats": {"Computing"}, "who": ["ops_jana", "Mikko H.", "Deb", "rootbeer"]},
    ),
    (
        "job-coach",
        "en",
        "{Chess coach here|I coach juniors}. {She was an inspiration to the girls in my club.|Great to read a long interview instead of a tweet.}",
        {"cats": {"Sports"}, "places": {"Iran", "Georgia"}},
    ),
    # scams, crypto, betting, loans, medicines, apps, donations, helplines (news context)
    (
        "scam-sms",
        "en",
        '{Heads up|PSA}: since this story {broke|came out} I have had {three|four} texts {"from the health ministry"|about a "relief payment"} asking me to click a link and enter my bank details. {Don\'t.|Delete them.} {No real agency texts you like that.|Report them to your carrier.}',
        {},
    ),
    (
        "scam-crypto-replies",
        "en",
        'Every post about $place on {Twitter|Instagram} now has ten replies from "crypto recovery experts" {and|or} "Bitcoin mentors". {Block and report, they are all the same scam.|If someone offers to get your money back for a fee, it is a second scam.}',
        {},
    ),
    (
        "betting-ads",
        "en",
        "{Can we talk about|Nobody mentions} how many betting ads {were on TV|ran} during {the empty-stadium weeks|lockdown}? {My nephew is 16 and knows all the odds apps.|It is a public health story too.}",
        {"cats": {"Sports", "Health", "Economy and business"}},
    ),
    (
        "loan-apps",
        "en",
        "In {our|my} {area|town} people {lost work in $mon and|lost their shifts and} went straight to those instant loan apps. {Some are charging what works out at 300 % a year.|Then the apps text your contacts when you're late.} {That's the story nobody covers.|Shameful.}",
        {},
    ),
    (
        "meds-price",
        "en",
        "{My mum|My husband} {is diabetic|needs inhalers} and the {pharmacy|chemist} {ran out|was rationing} by $later. {Please don't panic-buy medicines.|People ordering pills from random websites is the next disaster.}",
        {"cats": {"Health"}},
    ),
    (
        "whatsapp-rumours",
        "en",
        "{Half|Most} of {my family's|our} {WhatsApp|Telegram} group {believed|shared} a voice note saying {garlic water cures it|the army was about to close the city}. {I sent them this instead.|Fact-checking your aunties is a full-time job.}",
        {"cats": {"Health", "Politics and conflicts", "Elections"}},
    ),
    (
        "donate-check",
        "en",
        "If you want to donate, {check the charity is registered|go through an organisation you already know}. {After the last disaster there were fake appeals within hours.|Fake fundraising pages pop up every time.}",
        {"cats": {"Disasters and accidents", "Health", "Obituaries"}},
    ),
    (
        "helpline",
        "en",
        "If {this story|reading this} {brought stuff up for you|hit you hard}, {please talk to someone|you are not alone}. {In the UK Samaritans are on 116 123, free, any time.|Most countries have a free crisis line, look yours up.} {❤️|Take care of yourselves.}",
        {"cats": {"Obituaries", "Crime and law"}},
    ),
    (
        "crypto-skeptic",
        "en",
        '{Funny|Interesting} how every {crisis|scandal} ends with someone {pitching|selling} a token. {Saw a "$place relief coin" advertised yesterday.|There was a "relief coin" within a week.} {Please nobody buy it.|Absolute grift.}',
        {},
    ),
    (
        "vpn-news",
        "en",
        "{My|A} {friend|colleague} in $place says {the news sites are blocked and people use VPNs to read them|the mobile internet is throttled every evening}. {Keep publishing, people do read it.|Thank you for keeping this accessible.}",
        {"cats": {"Politics and conflicts", "Elections", "Media"}},
    ),
    # named / business / place voices
    (
        "cafe-owner",
        "en",
        "{We run a small café|Our family restaurant}{ near the station|| in the old town}. {Lost most of the season, but regulars kept ordering takeaway.|Rent didn't stop even if customers did.} {Grateful for them.|Hang in there everyone.}",
        {"cats": {"Health", "Economy and business"}, "who": ["Kafe Nordlys", "Mama Rosa's", "Tbilisi Bakery", "Café Lumière"]},
    ),
    (
        "ngo-volunteer",
        "en",
        "{Volunteer with a local food bank|We run a community pantry}. {Demand tripled between $mon and the summer.|We are short on drivers more than food.} {If you can spare a Saturday, call your local one.|Thanks to everyone who gives.}",
        {"cats": {"Health", "Economy and business", "Human rights"}},
    ),
    (
        "place-voice",
        "en",
        "{As|Speaking as} someone {from|who grew up in} $place: {most people there just want a normal life, not to be a headline.|the diaspora is following this closely.}",
        {},
    ),
    # short mid
    (
        "rip",
        "en",
        "{RIP.|Rest in peace.|Such a loss.|Gone too soon.} {Condolences to the family.|Thoughts with those who loved them.|🕯️|}",
        {"cats": {"Obituaries"}},
    ),
    (
        "rip-memory",
        "en",
        "{I met them once|Saw them once at an event} {years ago|in the nineties}. {Kind, funny, took time for everyone.|Signed my programme and asked my name.} {A sad $dow.|Still can't believe it.}",
        {"cats": {"Obituaries"}},
    ),
    (
        "science-wow",
        "en",
        "{This is a|What a} {fascinating|wonderful} {piece|interview}. {Sent it to my daughter who wants to study physics.|More science like this please.|The questions were really good.}",
        {"cats": {"Science and technology", "Space"}},
    ),
    (
        "space-launch",
        "en",
        "{Watched the launch|Watched it} live with my kids. {They were screaming.|First launch we've watched together.} {What a time.|Goosebumps.}",
        {"cats": {"Space"}},
    ),
    (
        "election-tired",
        "en",
        "{Can't wait|Counting the days} for this {election|campaign} to be over. {Every ad break is the same three faces.|My phone gets a campaign text a day.}",
        {"cats": {"Elections"}},
    ),
    (
        "election-turnout",
        "en",
        "{Turnout|The turnout figure} is the {real|actual} story here. {Compare it with the previous cycle.|Young voters showed up this time.}",
        {"cats": {"Elections"}},
    ),
    (
        "mask-debate",
        "en",
        "{Wearing a mask is not a political statement|It's a bit of cloth}, it's {manners|basic courtesy}. {Honestly.|Don't know why this is so hard.}",
        {"cats": {"Health"}},
    ),
    (
        "mask-dissent",
        "en",
        "{Sorry but|I'll say it:} {the rules change every fortnight|nobody explains the evidence} and then people are surprised {when folks stop listening|that trust is gone}.",
        {"cats": {"Health"}},
    ),
    (
        "oss-thanks",
        "en",
        "{Great|Nice} to see {open source|free software} covered here. {Most news sites ignore it until something breaks.|Please do more of these interviews.}",
        {"cats": {"Computing"}},
    ),
    (
        "sport-fan",
        "en",
        "{Sport without fans|Games without a crowd} {just isn't the same|feel weird}. {Still glad they're playing.|Miss the noise.}",
        {"cats": {"Sports"}},
    ),
    (
        "wildlife-anger",
        "en",
        "{What kind of person|Who} does this to an animal? {Forest departments need more staff, not speeches.|Hope they get the maximum sentence.}",
        {"cats": {"Environment"}},
    ),
    (
        "long-fraud-explainer",
        "en",
        '{Since a few people asked|For those asking|Because my mum nearly fell for one, here is} how these fake "relief" messages work:\n\n1. They text or WhatsApp you with a link that looks official.\n2. The page asks for your ID number and then your card "to verify".\n3. A day later someone calls pretending to be your bank to "stop the fraud" and asks for the code they just sent you.\n\nNo real bank or ministry will ever ask for that code. {Hang up and call the number on the back of your card.|Tell your parents.}',
        {},
    ),
    (
        "question-loan",
        "en",
        '{Does anyone know|Anyone know} if the {emergency|relief} loans for small businesses in $place {are actually paid out yet|need collateral}? {My brother applied in $mon and heard nothing.|The bank just keeps saying "in process".}',
        {"cats": {"Health", "Economy and business"}},
    ),
    # links: one
    (
        "link-wiki",
        "en",
        "{Background|Some background} for anyone {new to this|confused}: https://en.wikipedia.org/wiki/$pwiki {(the history section is good)|— the politics section explains a lot}",
        {},
    ),
    (
        "link-yt",
        "en",
        "{Footage from that day|Someone filmed it}: https://www.youtube.com/watch?v=$yt{&t=$secs|} {Turn the sound down.|Hard to watch.|}",
        {},
    ),
    ("link-youtu-be", "en", "{Good explainer video|Decent 10-minute explainer} if you don't want to read: https://youtu.be/$yt", {}),
    (
        "link-tweet",
        "en",
        "{The statement|The original statement} was posted {here|first on Twitter}: https://twitter.com/$hs/status/$tw{?s=20|?s=21|}",
        {},
    ),
    ("link-ap", "en", "{AP has more detail|More detail on AP}: https://apnews.com/$hex", {}),
    (
        "link-guardian",
        "en",
        "{The Guardian|Guardian} {had a longer piece|covered this too} https://www.theguardian.com/world/$year/$mon3/$dd/$pslug-{latest|news|live}?CMP=share_btn_{tw|fb|link}",
        {},
    ),
    ("link-bbc", "en", "{BBC's version|Same story on the BBC}: https://www.bbc.com/news/world-$n8 {— slightly different numbers|}", {}),
    (
        "link-reuters",
        "en",
        "Reuters {reported the same day|had it first}: https://www.reuters.com/article/us-$pslug-{politics|health|news}-idUSKBN2$b6",
        {},
    ),
    (
        "link-un",
        "en",
        "{UN statement|The UN's statement}: https://news.un.org/en/story/$year/$mm/$n7",
        {"cats": {"Politics and conflicts", "Human rights", "Health", "Media"}},
    ),
    (
        "link-who",
        "en",
        "{For the actual numbers|Official numbers|Rather than trusting the comments|Primary source} see the WHO {situation reports|daily reports}: https://www.who.int/emergencies/diseases/novel-coronavirus-2019/situation-reports",
        {"cats": {"Health"}},
    ),
    (
        "link-doi",
        "en",
        "{The paper is open access|Here's the paper}: https://doi.org/10.{1038|1101|1126|1371}/{s41586-020-|2020.$mm.$dd.|}$n5{ (preprint, not peer reviewed yet)|}",
        {"cats": {"Science and technology", "Space", "Health"}},
    ),
    (
        "link-archive",
        "en",
        "{Archived copy|Archived}, since the original {was edited|got taken down}: https://web.archive.org/web/$stamp/https://twitter.com/$hs/status/$tw",
        {},
    ),
    (
        "link-reddit",
        "en",
        "{There's a good thread|Good discussion} on reddit from people {who live there|on the ground}: https://www.reddit.com/r/worldnews/comments/$b6/{comment|live_thread|megathread}/",
        {},
    ),
    (
        "link-substack",
        "en",
        "I wrote {a longer|a} {take|piece} on this: https://$hs2.substack.com/p/{what-nobody-says|the-numbers|notes-from}-$pslug",
        {},
    ),
    (
        "link-scamwatch",
        "en",
        "{If you got one of those texts|If you got the fake relief SMS}, report it here: https://www.scamwatch.gov.au/report-a-scam {(Australia) or your country's equivalent.|}",
        {},
    ),
    (
        "link-ftc",
        "en",
        "{Reminder|PSA}: the FTC has a page on the stimulus-check scams: https://consumer.ftc.gov/consumer-alerts/$year/$mm/{coronavirus-scams|checks-from-the-government}",
        {"places": {"United States"}},
    ),
    (
        "link-local-abc",
        "en",
        "{ABC local radio|The ABC} covered it {too|the same week}: https://www.abc.net.au/news/$iso/$pslug-{update|story}/$n8",
        {"places": {"Australia"}},
    ),
    (
        "link-map",
        "en",
        "{For those asking where|Where it happened}: https://goo.gl/maps/$b6$b6",
        {"cats": {"Disasters and accidents", "Crime and law", "Sports"}},
    ),
    (
        "link-owid",
        "en",
        "{Chart for comparison|Put it in context}: https://ourworldindata.org/coronavirus/country/$pslug",
        {"cats": {"Health"}},
    ),
    ("link-mastodon", "en", "{A journalist I follow|Someone on the ground} posted photos: https://mastodon.social/@$hs/10$n8$n6", {}),
    # links: two or more
    (
        "links-two",
        "en",
        "Two {sources|reports} that {disagree|don't match} on the {numbers|timeline}: https://www.reuters.com/world/$pslug-$n6 and https://www.aljazeera.com/news/$year/$mm/$dd/$pslug-{update|latest}. {Which is right?|Someone should check.}",
        {},
    ),
    (
        "links-reading",
        "en",
        "{Further reading|Reading list} for anyone interested:\n- https://en.wikipedia.org/wiki/$pwiki\n- https://www.crisisgroup.org/{global|europe-central-asia|middle-east-north-africa|asia}/$pslug\n- https://www.britannica.com/place/$pwiki",
        {},
    ),
    (
        "links-gov-and-fact",
        "en",
        "{The official announcement|Official source} https://www.gov.uk/government/news/$pslug-update-$n4 vs {the fact-check|a fact check} https://fullfact.org/{health|online}/$pslug-claim-$n3/",
        {"cats": {"Health", "Politics and conflicts"}},
    ),
    # non-English
    (
        "no-thanks",
        "nb",
        "Takk for en {ryddig|grundig|nøktern} sak. {Norske aviser skrev nesten ingenting om dette.|Fint å lese noe uten overskrifter som skriker.}",
        {},
    ),
    (
        "da-question",
        "da",
        "Jeg forstår ikke, hvorfor ingen {stiller spørgsmål ved|undrer sig over} tallene. {Hvor kommer de fra?|Hvem har talt dem?}",
        {},
    ),
    ("fi-train", "fi", "Kiitos jutusta! {Luin tämän junassa matkalla töihin.|Luin tämän aamukahvin kanssa.|Jaoin tämän isälleni.}", {}),
    ("et-overview", "et", "{Väga hea|Hea} ülevaade. {Meie uudistes sellest peaaegu ei räägitud.|Aitäh!}", {}),
    ("lt-sequel", "lt", "Ačiū už straipsnį. {Ar bus tęsinys?|Laukiu daugiau.|Labai įdomu.}", {}),
    (
        "sk-news",
        "sk",
        "Ďakujem za článok. {U nás sa o tom v správach skoro nehovorilo.|Konečne niečo bez politikárčenia.|Zdieľam ďalej.}",
        {},
    ),
    ("hr-thanks", "hr", "Hvala na članku. {Kod nas se o tome gotovo ništa nije pisalo.|Tužno.|Pozdrav iz Splita.}", {}),
    ("bg-when", "bg", "Благодаря за статията. {Кога ще има продължение?|Много полезно.|У нас почти никой не писа за това.}", {}),
    ("ka-thanks", "ka", "გმადლობთ სტატიისთვის! {ძალიან საინტერესოა.|🙏|}", {}),
    ("hy-thanks", "hy", "Շնորհակալություն հոդվածի համար։ {Շատ հետաքրքիր է։|👍|}", {}),
    ("az-nobody", "az", "Məqalə üçün təşəkkürlər. {Bizdə bu barədə heç kim yazmadı.|Çox maraqlıdır.|Paylaşdım.}", {}),
    ("uz-thanks", "uz", "Maqola uchun rahmat. {Bu haqida bizda deyarli yozishmadi.|Juda qiziq.|Davomini kutamiz.}", {}),
    ("yue-clear", "yue", "多謝分享，{呢篇寫得好清楚。|終於有篇唔偏頗嘅報道。|轉發咗俾屋企人睇。}", {}),
    ("ml-sad", "ml", "{വളരെ ദുഃഖകരം.|ഇത് വളരെ ദുഃഖകരമാണ്.|നന്ദി.} {🙏|}", {"places": {"India"}}),
    ("mr-nice", "mr", "{खूप छान लेख.|छान माहिती.} {धन्यवाद!|🙏|}", {"places": {"India", "Bangladesh"}}),
    ("ha-thanks", "ha", "Na gode da wannan labari. {Allah ya kiyaye.|Mun gani.|}", {}),
    ("af-papers", "af", "Dankie vir die artikel. {Ek het dit nie in ons koerante gesien nie.|Baie insiggewend.|Stuur dit aan my pa.}", {}),
    ("is-thanks", "is", "Takk fyrir greinina{.|!| 👍}", {}),
    ("cy-sad", "cy", "{Diolch am yr erthygl.|Diolch.} {Trist iawn.|Meddyliau gyda'r teulu.|}", {"places": {"Wales", "United Kingdom"}}),
    (
        "it-corr",
        "it",
        "Scusate, ma la data {nel secondo paragrafo|nel testo} è giusta? {Mi risulta fosse il giorno prima.|A me risulta il $dmy.}",
        {},
    ),
    (
        "nl-lab",
        "nl",
        "Ik werk zelf in een lab en {dit soort onderzoek krijgt veel te weinig aandacht|dit is precies het werk dat nooit in de krant komt}. {Dank!|Mooi interview.}",
        {"cats": {"Science and technology", "Space"}},
    ),
    ("uk-little", "uk", "Дякую за матеріал. {У нас про це мало пишуть.|Дуже цікаво.|Чекаю продовження.}", {}),
    ("fa-home", "fa", "{ممنون از گزارش.|ممنون.} {رسانه‌های داخلی چیزی ننوشتند.|خیلی غم‌انگیز است.}", {"places": {"Iran"}}),
    (
        "es-ba",
        "es",
        "Desde {Buenos Aires|Santiago|Rosario}: {acá se habla de esto todos los días.|gracias por cubrirlo.|por fin una nota sin tanta opinión.}",
        {"places": {"Argentina", "Chile", "Antarctica"}},
    ),
    (
        "no-link",
        "nb",
        "NRK {hadde|har} {mer om dette|en lengre sak}: https://www.nrk.no/{norge|rogaland|urix}/$pslug-1.$n8",
        {"places": {"Norway", "Finland"}},
    ),
]
assert len({t[0] for t in HAM}) == len(HAM)


# ---------------------------------------------------------------- voices
READERS = [
    "Ingrid Solheim",
    "Mehmet Yıldırım",
    "Priya Raghunathan",
    "Tomás Ferreira",
    "Aigerim",
    "Kofi",
    "Lena",
    "jbrennan",
    "Sione Tuilagi",
    "Marjorie Kettering",
    "Dmitri",
    "Ayesha K",
    "Carlos M.",
    "Oluwaseun Adeyemi",
    "Björn",
    "Nguyen Thi Lan",
    "the_other_dave",
    "kestrel_77",
    "Wiremu Pōtae",
    "Hamid R.",
    "Giulia",
    "Sam",
    "Fatoumata Diallo",
    "Rustam Karimov",
    "Eilidh MacLeod",
    "Ngozi",
    "Pete from Swansea",
    "Linh",
    "Anonymous reader",
    "Mariam Al-Sayed",
    "OldTrainGuy",
    "Yuki T.",
    "Tariq",
    "Reader in Rotterdam",
    "Bogdan Petrescu",
    "Chiara Bellini",
    "K. Mensah",
    "Rosa",
    "grumpyfinn",
    "Thandiwe Mokoena",
    "Jakub",
    "Esperanza Quispe",
    "hyacinth",
    "Sunil Bhatt",
    "Dave",
    "Mo",
    "Helga Brandt",
    "Luis",
    "a nurse",
    "Siosaia",
    "Annelise de Wet",
    "Zurab",
    "Natalia Kovalenko",
    "Ahmed (Cairo)",
    "Jenny W",
    "Moana",
    "Arash",
    "Kasia",
    "Leilani",
]
MAILHOSTS = ["gmail.com"] * 9 + [
    "yahoo.com",
    "outlook.com",
    "hotmail.com",
    "icloud.com",
    "proton.me",
    "gmx.de",
    "web.de",
    "mail.ru",
    "yandex.ru",
    "orange.fr",
    "libero.it",
    "seznam.cz",
    "wp.pl",
    "hotmail.co.uk",
    "yahoo.co.in",
    "rediffmail.com",
    "bigpond.com",
    "naver.com",
    "qq.com",
    "online.no",
    "abv.bg",
    "inbox.lv",
    "mail.ee",
    "me.com",
]
# readers who leave a website: name, mailbox, website
SITE_READERS = [
    ("Halvor Moen", "halvor@moen-foto.no", "https://moen-foto.no"),
    ("Ruta Zukauskaite", "ruta.zukauskaite@gmail.com", "https://rutaz.substack.com"),
    ("tkaminski", "tomek.kaminski@wp.pl", "https://github.com/tkaminski"),
    ("Dr. Neha Kulkarni", "neha.kulkarni@outlook.com", "https://www.linkedin.com/in/neha-kulkarni-md/"),
    ("Chris Oduya", "chris@oduya.dev", "https://oduya.dev/blog"),
    ("Margit", "margit.vaher@mail.ee", "https://margitloeb.wordpress.com"),
    ("Salote Fifita", "salote.f@gmail.com", "https://mastodon.nz/@salote"),
    ("Friends of Kerala Wildlife", "contact@kerala-wildlife-friends.org", "https://kerala-wildlife-friends.org"),
    ("Andrés Villalobos", "avillalobos@gmail.com", "https://andresvillalobos.cl"),
    ("Marek Hudák", "marek.hudak@seznam.cz", "https://marekhudak.blogspot.com"),
    ("Sunshine Coast Rugby fan", "scrugbyfan@bigpond.com", "https://scrugbytalk.blogspot.com"),
    ("Jo Whitlow", "jo@whitlowwrites.com", "https://whitlowwrites.com"),
    ("Emre", "emre.aksoy@gmail.com", "https://emreaksoy.medium.com"),
    ("Tbilisi Photo Walks", "hello@tbilisiphotowalks.ge", "https://tbilisiphotowalks.ge"),
    ("Kwame Asante", "k.asante@proton.me", "https://bsky.app/profile/kwameasante.bsky.social"),
    ("Lotte", "lotte.jansen@gmail.com", "https://lottejansen.nl"),
    ("Ibrahim Musa", "ibrahim.musa@yahoo.com", "https://www.linkedin.com/in/ibrahimmusa-journalist/"),
    ("Wendy (Reading)", "wendy.p@hotmail.co.uk", "https://readinglocalhistory.org.uk"),
]


def mailbox(name):
    base = slug(name.split("(")[0], rng.choice([".", "_", ""])) or "reader"
    if rng.random() < 0.45:
        base += str(rng.choice([rng.randint(1, 99), rng.randint(1960, 2004)]))
    return f"{base}@{rng.choice(MAILHOSTS)}"


def ham_voice(opts):
    if "who" in opts and rng.random() < 0.8:
        name = rng.choice(opts["who"])
        return name, mailbox(name), ""
    if rng.random() < 0.12:
        return rng.choice(SITE_READERS)
    name = rng.choice(READERS)
    return name, mailbox(name), ""


# ---------------------------------------------------------------- spam disguises
CYR = str.maketrans({"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "i": "і"})


def homoglyph(text):
    return "".join(ch.translate(CYR) if rng.random() < 0.5 else ch for ch in text)


def zw(text):
    return "\u200b".join(text)


def fullwidth(text):
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else "\u3000" if c == " " else c for c in text)


def mathbold(text):
    out = []
    for c in text:
        if "A" <= c <= "Z":
            out.append(chr(0x1D400 + ord(c) - 65))
        elif "a" <= c <= "z":
            out.append(chr(0x1D41A + ord(c) - 97))
        elif "0" <= c <= "9":
            out.append(chr(0x1D7CE + ord(c) - 48))
        else:
            out.append(c)
    return "".join(out)


def spaced(text):
    return " ".join(text)


def leet(text):
    return text.translate(str.maketrans({"a": "4", "e": "3", "i": "1", "o": "0", "s": "5"}))


DISGUISE = {"homoglyph": homoglyph, "zw": zw, "full": fullwidth, "bold": mathbold, "spaced": spaced, "leet": leet}
DISGUISED = re.compile(r"<(homoglyph|zw|full|bold|spaced|leet):([^<>]*)>")


def disguise(text):
    return DISGUISED.sub(lambda m: DISGUISE[m.group(1)](m.group(2)), text)


# ---------------------------------------------------------------- spam
# (template id, family, body, names, mailboxes, websites). Bodies may use <kind:text> to
# disguise text the way bots do (see DISGUISE); "" as a website means none.
THROW = ["$b7$n3@gmail.com", "$b6.$n4@outlook.com", "$b7@mail.ru", "$b6$n3@yahoo.com", "$b7@proton.me", "$b6$n4@hotmail.com"]
SPAM = [
    # pharma
    (
        "rx-nopresc",
        "pharma",
        "{Buy|Order} {tramadol|modafinil|alprazolam} online {without prescription|no Rx}, {overnight|discreet} delivery {worldwide|to $place}. {Best price guaranteed|Bitcoin accepted}: https://rx-nightowl24.shop/?p=$n4&ref=cmt",
        ["tramadol online", "Buy Modafinil", "RxNightOwl"],
        THROW,
        ["https://rx-nightowl24.shop/", ""],
    ),
    (
        "rx-spaced",
        "pharma",
        "<spaced:CIALIS> 20mg {90|120} pills — {0.79|0.59} USD per pill!! >>> apteka-ultra-24 [.] com <<<",
        ["Cheap pills", "Pharmacy Ultra"],
        THROW,
        [""],
    ),
    (
        "rx-glp1",
        "pharma",
        "{Ozempic|Semaglutide} pens {in stock|available}, no {waiting list|doctor visit}. {Ship from EU in 48h.|Fast EU shipping.} {WhatsApp|Text} +44 7700 900$n3",
        ["Weightloss Pens EU", "Dr. Klara Weiss"],
        THROW,
        ["", "https://slimpen-direct.eu"],
    ),
    (
        "rx-ru",
        "pharma",
        "Купить {виагру|сиалис} без рецепта с доставкой {по всей России|за 1 день}. Анонимно, оплата при получении: http://apteka-bezrecepta24.ru/{viagra|cialis}",
        ["Аптека 24", "Виагра недорого"],
        ["$b7@mail.ru", "$b6@yandex.ru"],
        [""],
    ),
    (
        "rx-html",
        "pharma",
        '<a href="https://generic-meds-hub.top/valium">generic valium</a> <a href="https://generic-meds-hub.top/adderall">buy adderall online</a> <a href="https://generic-meds-hub.top/">online pharmacy no prescription</a>',
        ["adderall without prescription", "valium 10mg"],
        THROW,
        ["https://generic-meds-hub.top/"],
    ),
    # casino / betting
    (
        "cas-gacor",
        "casino",
        "Situs slot gacor {hari ini|terpercaya} {maxwin|anti rungkad}!! Daftar {sekarang|langsung} {bonus new member 100%|deposit pulsa tanpa potongan} 👉 https://gacor{88|77|99}-{resmi|login}.xyz",
        ["SLOT GACOR", "link slot88", "Bandar Togel"],
        ["$b7@gmail.com"],
        ["https://gacor88-resmi.xyz", ""],
    ),
    (
        "cas-spins",
        "casino",
        "🎰 {200|250} FREE SPINS no deposit for {new players|readers from $place}! {Claim now|Limited time} → bit.ly/$b7",
        ["FreeSpins Bonus", "Casino Bonus 2020"],
        THROW,
        [""],
    ),
    (
        "cas-aviator",
        "casino",
        "{Aviator predictor|Aviator signals} {100% accurate|working 2020}, {I won|made} {$$2,300|450k KES} {this week|yesterday}. Join telegram @aviator_{king|signals}_$n3",
        ["Aviator Predictor", "Brian Aviator"],
        THROW,
        [""],
    ),
    (
        "cas-fixed",
        "casino",
        "{100% sure|Sure} fixed matches {this weekend|today}! {HT/FT|Correct score} {odds 40+|guaranteed}. {Contact|WhatsApp} +234 81$n4$m4 or fixedmatch.vip@gmail.com",
        ["Fixed Matches Pro", "SureOdds"],
        THROW,
        ["", "https://fixedmatches-vip.top"],
    ),
    (
        "cas-full",
        "casino",
        "<full:CASINO ONLINE BONUS 500%> {— jogue agora|— play now} www.lucky-jackpot-$n3.com",
        ["LuckyJackpot"],
        THROW,
        ["https://lucky-jackpot-777.com"],
    ),
    (
        "cas-pt",
        "casino",
        "{Apostas|Aposte} no {futebol|Brasileirão} com {bônus de R$$500|cashback diário}! {Cadastre-se|Cadastro} em https://apostaforte-{br|oficial}.bet/?afil=$n4",
        ["Aposta Forte", "Bônus Bet"],
        ["$b6@gmail.com"],
        [""],
    ),
    # loans
    (
        "loan-instant",
        "loans",
        "{Need money fast|Urgent loan}? {Get|Approved} up to {$$5,000|50,000} {in 10 minutes|same day}, {no credit check|bad credit OK}. {Apply|Whatsapp} +1 (415) 555-01$n3{ now|}",
        ["Quick Loans", "Loan Agent Mary"],
        THROW,
        ["", "https://instacash-lenders.online"],
    ),
    (
        "loan-testimony",
        "loans",
        "My name is {Jessica|Ruth|Grace} from {Texas|Manchester|Johannesburg}. I {was scammed by 3 fake lenders|was denied by every bank} before I met {Mr. Benjamin Lee|Mrs. Eleanor Hart} who gave me a loan of {$$250,000|$$80,000} at 2% interest. {Contact him|Contact her} via email: {benjaminlee.loanoffice|eleanorhart.finance}@gmail.com",
        ["$b6 grace", "Jessica Morgan", "Ruth Ellison"],
        THROW,
        [""],
    ),
    (
        "loan-es",
        "loans",
        "¿Necesitas un préstamo? {Préstamos|Créditos} rápidos {sin aval|sin buró}, {respuesta en 24h|hasta 500.000}. Escríbenos al WhatsApp +52 55 $n4 $m4",
        ["Préstamos Rápidos", "Crédito Fácil"],
        ["$b6@hotmail.com"],
        [""],
    ),
    (
        "loan-bb",
        "loans",
        "[url=https://paydayloans-easyapprove.com]{payday loans|bad credit loans}[/url] [url=https://paydayloans-easyapprove.com/online]{cash advance online|installment loans}[/url]",
        ["payday loans online"],
        THROW,
        ["https://paydayloans-easyapprove.com"],
    ),
    # crypto
    (
        "cry-recovery",
        "crypto",
        "I lost {2.3 BTC|$$46,000|my life savings} to a fake {trading platform|broker} {last year|in $mon}. {I was devastated|I thought it was over} until I {found|was referred to} {RecoverPro Tech|Cyber Recoup Hub} who {recovered all my funds|got my money back} in {48 hours|a week}. {Reach them|Email}: {recoverprotech|cyberrecouphub}@{proton.me|consultant.com}",
        ["Amanda Schulz", "Linda Coleman", "Robert V."],
        THROW,
        [""],
    ),
    (
        "cry-mentor",
        "crypto",
        "{Investing|Trading} with {Mrs. Cynthia Grey|Mr. Daniel Ortega} has {changed my life|been a blessing}, {I started with $$1,000 and now earn $$9,400 weekly|my first withdrawal came in 7 days}. {Contact her|Message him} on WhatsApp +1 (213) 555-01$n3 {🙏|💯|}",
        ["Sandra Bullard", "Kevin Mahoney", "Patricia W."],
        THROW,
        [""],
    ),
    (
        "cry-airdrop",
        "crypto",
        "🚀 {$$PEPE2|$$MOON|$$SHIBX} AIRDROP {is LIVE|LIVE now}! {Connect your wallet|Claim} and get {500 USDT|free tokens} → https://claim-{pepe2|moonx|shibx}-airdrop.app",
        ["Airdrop Alert", "${b6}_eth"],
        THROW,
        [""],
    ),
    (
        "cry-sync",
        "crypto",
        "{Wallet not syncing|Transaction stuck|Can't withdraw}? {Validate|Rectify} your {wallet|dApp} on the {decentralized|secure} protocol: wallet-rectify-node[.]com {— works for MetaMask, Trust, Ledger|}",
        ["DApp Support", "Wallet Rectify"],
        THROW,
        [""],
    ),
    (
        "cry-signals",
        "crypto",
        "📈 {Free|VIP} crypto signals {95% accuracy|daily}! {Join our|Join} Telegram t.me/{btc_whale_signals|pumpgroup_official}$n3 {🔥🔥|}",
        ["Crypto Whale", "Signals VIP"],
        THROW,
        [""],
    ),
    (
        "cry-pig",
        "crypto",
        "Hello, {sorry to bother you|I saw your comment}. I am {Lina|Vivian|Jessie} from {Hong Kong|Singapore}, I {work in fashion|run a small jewellery shop} and my uncle taught me {short-term gold contracts|crypto trading}. {Can we be friends? My WhatsApp +852 5$n3 $n4|Add me on Line: lina$n3} 😊",
        ["Lina Chen", "Vivian", "Jessie W."],
        THROW,
        [""],
    ),
    (
        "cry-celeb",
        "crypto",
        "{Elon|The billionaire} {just confirmed|revealed} on live TV the {platform|app} that turns {$$250 into $$8,000|250 into 10k} a month. {Watch before it's deleted|Register while spots are open}: https://news-{finance|money}-{today|update}.live/{quantum|bitcoin}-{profit|code}?cid=$n5",
        ["Breaking Finance", "Mark T."],
        THROW,
        [""],
    ),
    (
        "cry-zh",
        "crypto",
        "{USDT跑分|数字货币搬砖}，{日赚500+|稳赚不赔}，{零门槛|无需经验}，{加微信|加TG}：{pf$n4|usdt_$b6}",
        ["跑分团队", "币圈老王"],
        ["$n8@qq.com", "$b6@163.com"],
        [""],
    ),
    (
        "cry-vi",
        "crypto",
        "Nhóm {kèo|tín hiệu} {coin|Bitcoin} {miễn phí|VIP}, {lợi nhuận 30%/tuần|x10 tài khoản}. Liên hệ Zalo 09$n4$m4",
        ["Kèo Coin VIP", "Tín Hiệu BTC"],
        THROW,
        [""],
    ),
    (
        "cry-html",
        "crypto",
        '<a href="https://quantum-ai-trade.pro/?aff=$n4"><bold:Quantum AI> {trading app|trading bot}</a> {— start with 250|is it legit? yes}',
        ["Quantum AI review", "Quantum AI"],
        THROW,
        ["https://quantum-ai-trade.pro"],
    ),
    # SEO / backlinks / guest posts
    (
        "seo-outreach",
        "seo",
        "Hi {team|Editor}, I {love|enjoy} your {content|articles} on $topic. {We|I} {would like to|want to} {publish a guest post|buy a sponsored post} on your site {with a do-follow link|with 1 dofollow link}. {What is your price?|Budget is $$50-$$100.} Reply to {outreach|links}.$lb6@gmail.com",
        ["Sophia | Outreach", "Emily (Content Team)", "Guest Post Team"],
        THROW,
        [""],
    ),
    (
        "seo-backlinks",
        "seo",
        "{Boost|Rank} your {website|site} to Google #1 with {5000|10000} {high DA|DA50+} backlinks {for only $$29|— PBN + web2.0}! {Order|Order now}: https://linkbooster-seo.store",
        ["SEO Expert", "Cheap Backlinks"],
        THROW,
        ["https://linkbooster-seo.store"],
    ),
    (
        "seo-praise-site",
        "seo",
        "{Great|Very informative|Nice} {article|post}{, thanks for sharing|. Keep it up|. Really helpful}{!|.}",
        ["roof repair Tampa", "best dentist in Dubai", "Plumber Near Me", "packers and movers Pune", "emergency locksmith Leeds"],
        [
            "info@tampa-roof-repair-pros.com",
            "dr.office@smiledentaldubai-clinic.ae",
            "bookings.247plumbers@gmail.com",
            "contact@puneshifting-packers.in",
            "leedslockrescue@outlook.com",
        ],
        [
            "https://tampa-roof-repair-pros.com",
            "https://smiledentaldubai-clinic.ae",
            "https://24-7-plumbers-near.me",
            "https://puneshifting-packers.in",
            "https://leeds-lock-rescue.co.uk",
        ],
    ),
    (
        "seo-copied",
        "seo",
        "{I was in $place in $mon and honestly the mood was nothing like the TV made it look.|My cousin lives in $place and says it is calmer than the news suggests.|Been reading this site for years and this is why I keep coming back.} {Thanks for the balanced view.|Good to read something sober.}",
        ["Sarah Jenkins", "best CBD gummies", "Mark Ellison", "buy instagram followers cheap"],
        ["sarah.jenkins.$n3@gmail.com", "$b6@outlook.com"],
        [
            "https://sarahjenkins-realty-austin.com",
            "https://cbdgummies-bestdeals.shop",
            "https://bathroom-remodel-austin.net",
            "https://followerspike-ig.com",
        ],
    ),
    (
        "seo-question",
        "seo",
        "{Hey there|Hello}! Do you know if they make any {plugins|widgets} to {help with SEO|protect against hackers}? I'm trying to get my {blog|site} to rank for some targeted keywords but I'm not seeing very good {success|gains}. If you know of any please share. {Thanks!|Cheers!}",
        ["home decor ideas", "Kitchen Remodeling"],
        THROW,
        ["https://homedecor-inspo-daily.blog", "https://kitchenremodel-pros.net"],
    ),
    (
        "seo-md",
        "seo",
        "{Really|Such a} {useful|great} {read|read!}. For anyone {searching|looking} for [{cheap|affordable} essay writing service]({https://essaypro-helpers.net|https://writemypaper-fast.org}) or [{car accident lawyer|injury lawyer} near me](https://injurylaw-$n3.com) check these out.",
        ["Olivia Grant", "$b6"],
        THROW,
        [""],
    ),
    (
        "seo-urlname",
        "seo",
        "{Thanks for the info|Informative post}{ 👍|.}",
        ["https://vape-wholesale-direct.com", "www.luxury-villa-bali.rent", "https://cheap-flights-deal.travel"],
        THROW,
        ["https://vape-wholesale-direct.com", "https://luxury-villa-bali.rent", "https://cheap-flights-deal.travel"],
    ),
    (
        "seo-ru",
        "seo",
        "Прогон {сайта|хрумером} {по 50 000 форумов|по профилям}, {рост ТИЦ|рост позиций} {гарантирован|за 2 недели}. Telegram: @progon_$b6",
        ["Прогон сайта", "SEO продвижение"],
        ["$b7@yandex.ru"],
        [""],
    ),
    # essay mills
    (
        "essay-write",
        "essay",
        "{Struggling|Stressed} with {assignments|your dissertation}? {Our|We have} {PhD writers|native UK writers} {write any essay in 3 hours|with plagiarism-free work}. {Use code|Code} FIRST20 at https://essaysurge-uk.com",
        ["Essay Help UK", "Assignment Writer"],
        THROW,
        ["https://essaysurge-uk.com"],
    ),
    (
        "essay-exam",
        "essay",
        "{I|We} can take your {online exam|proctored exam|TEAS, GRE, GMAT} {and guarantee A|for you — 100% pass}. {Email|Contact} examtakerpro$n3@gmail.com {or text +1 (646) 555-01$n3|}",
        ["Exam Taker Pro", "Online Class Help"],
        THROW,
        [""],
    ),
    (
        "essay-html",
        "essay",
        '{Good post.|Nice.} <a href="https://dissertationhelp-online.co.uk">dissertation writing help</a>',
        ["dissertation help"],
        THROW,
        ["https://dissertationhelp-online.co.uk"],
    ),
    # adult / dating
    (
        "adult-singles",
        "adult",
        "{Lonely|Bored} tonight? {Hot singles in $place|Girls near you} want to {meet|chat} {NOW|tonight} 💋 → {cutt.ly|tinyurl.com|rb.gy}/$b7",
        ["Dating Tonight", "Meet Singles"],
        THROW,
        [""],
    ),
    (
        "adult-photos",
        "adult",
        "hi {dear|baby} {my photos here|see my pics} 😘 <homoglyph:sexy girls> <zw:chat now> https://t.ly/$b6",
        ["Anna", "Kristina 23", "Sweet Lily"],
        ["$b6$n3@mail.ru", "$b7@gmail.com"],
        [""],
    ),
    (
        "adult-ja",
        "adult",
        "{今すぐ|無料で}会える{人妻|女の子}が{あなたの近くに|多数登録中}💕 {登録無料|完全無料} https://deai-{love|match}-$n3.jp",
        ["出会い系", "ゆい"],
        ["$b6@yahoo.co.jp"],
        [""],
    ),
    (
        "adult-escort",
        "adult",
        "{VIP|Elite} {escorts|models} in {Dubai|Istanbul|$place} {24/7|incall/outcall}, {real photos|100% genuine}. WhatsApp +971 5$n4$m4",
        ["Escort Service", "Dubai Models VIP"],
        THROW,
        ["", "https://vip-models-dxb.com"],
    ),
    # fake support numbers
    (
        "sup-coinbase",
        "support",
        "{Coinbase|Binance} {support number|customer care} 📞 +1 (888) 555-01$n3 {24/7 helpline|call now for account locked, login issue, withdrawal pending}",
        ["Coinbase Support Number", "Binance Helpline"],
        THROW,
        [""],
    ),
    (
        "sup-quickbooks",
        "support",
        "<bold:QuickBooks Payroll Support> {+1-844-555-01$n3|1-800-555-01$n3} {for all errors|H202, 6000 series} {— toll free|}",
        ["QuickBooks Support", "QB Helpline"],
        THROW,
        ["https://qbsupport-helpdesk.online"],
    ),
    (
        "sup-airline",
        "support",
        "{To change or cancel your flight|For Delta reservations and refunds} call {+1 (877) 555-01$n3|the travel desk} {anytime|24/7}. {Lowest fares|No hold time}.",
        ["Delta Airlines Reservations", "Airline Booking Desk"],
        THROW,
        ["https://flightdesk-bookings.travel"],
    ),
    (
        "sup-printer",
        "support",
        "{HP|Epson} printer {offline|not printing}? {Expert technicians|Certified support} on <spaced:1-888-555-01$n3>",
        ["Printer Offline Fix", "HP Support"],
        THROW,
        [""],
    ),
    # counterfeit
    (
        "fake-docs",
        "counterfeit",
        "{Buy|Get} {real and fake|registered} {passports|driver's licenses|ID cards|residence permits} {for all countries|of EU and USA}, {biometric|registered in database}. {Contact|Telegram} @docs_$b6 or {worlddocs|globaldocs}$n3@protonmail.com",
        ["Documents Online", "Real Passports"],
        THROW,
        [""],
    ),
    (
        "fake-watches",
        "counterfeit",
        "{Swiss|AAA} replica {watches|Rolex, Omega, AP} {1:1 quality|super clone}, {free shipping|ship worldwide}: http://replica-{timepiece|watch}-store$n3.cn",
        ["Replica Watches", "rolex replica"],
        THROW,
        ["http://replica-watch-store.cn"],
    ),
    (
        "fake-notes",
        "counterfeit",
        "{Undetectable|High quality} counterfeit {money|banknotes} {USD, EUR, GBP|for sale}, {passes UV pen tests|grade A}. WhatsApp +44 7700 900$n3",
        ["Counterfeit Money", "Undetectable Notes"],
        THROW,
        [""],
    ),
    # IPTV / streaming
    (
        "iptv",
        "iptv",
        "<bold:IPTV> {20,000+|30k} {channels|live channels & VOD} {4K, no buffering|all sports PPV}, {24h free trial|free test}. WhatsApp +44 7700 900$n3 / iptv-supremacy.tv",
        ["Best IPTV 2020", "IPTV Supremacy"],
        THROW,
        ["https://iptv-supremacy.tv"],
    ),
    (
        "stream-free",
        "iptv",
        "{Watch|Stream} {NBA|Premier League|UFC} live {free|HD} {no signup|without cable} 👉 https://{sportsfeed|live-hd}-stream{24|tv}.xyz/{live|watch}?id=$n4",
        ["Live Stream HD", "Free Sports"],
        THROW,
        [""],
    ),
    (
        "vpn-deal",
        "iptv",
        "{92% OFF|Black Friday} {VPN deal|lifetime VPN} {— unblock Netflix, BBC iPlayer|} {only 1.99/month|today only}: https://is.gd/$b6",
        ["VPN Deals", "Secure VPN"],
        THROW,
        [""],
    ),
    # work from home / task jobs
    (
        "wfh-mom",
        "wfh",
        "{I|My neighbour} {make|made} {$$8,500 a month|$$92 an hour} {working from home|online}. {I never thought it was possible but|Everybody must try this job now}. {Check|Go to} this {site|link}: <leet:workhomepay>[.]com",
        ["Jessica Hill", "Amber Reed"],
        THROW,
        [""],
    ),
    (
        "wfh-task",
        "wfh",
        "{Part-time job|Online job}: {like YouTube videos|rate hotels} and earn {50-300 USD a day|up to 800 INR per task}. {No experience needed.|Work from phone.} Telegram @HR_{Julia|Alice}_$n3",
        ["HR Julia", "Recruiter Alice"],
        THROW,
        [""],
    ),
    (
        "wfh-pt",
        "wfh",
        "{Renda extra|Trabalhe em casa}: {ganhe R$$300 por dia|trabalho simples no celular}, {sem experiência|pagamento via Pix}. {Chama no|Me chama no} WhatsApp (11) 9$n4-$m4",
        ["Renda Extra", "Trabalho em Casa"],
        ["$b6@gmail.com"],
        [""],
    ),
    (
        "wfh-data",
        "wfh",
        "{Hiring|We are hiring} {data entry|typing} {operators|workers} {from home|worldwide}, {weekly pay|paid daily}. Apply: https://{remote|global}-jobs-now.work/apply?src=$n4",
        ["Remote Jobs", "Job Portal"],
        THROW,
        ["https://remote-jobs-now.work"],
    ),
    # hacker for hire
    (
        "hack-spouse",
        "hacker",
        "{If you suspect your spouse is cheating|Need access to your partner's phone}, {contact|hire} {hackgenius|cyberghost}$n3 at {gmail dot com|proton dot me}. {He|They} {got me into my husband's WhatsApp|hacked the phone} {in 2 hours|without him knowing}. {Discreet|Fast} {service|work}.",
        ["Mary Pallister", "Hannah Cole", "Grace Daniels"],
        THROW,
        [""],
    ),
    (
        "hack-credit",
        "hacker",
        "{Fix|Boost} your credit score to {800+|780} {in 7 days|fast}, {remove|delete} {late payments|evictions|hard inquiries}. {Also change school grades.|} {Email|Contact} creditfixguru$n3@gmail.com",
        ["Credit Fix Guru", "Hacker For Hire"],
        THROW,
        [""],
    ),
    # spell casters
    (
        "spell-lover",
        "spell",
        "{I want to thank|All thanks to} {Dr. Ogundele|Priest Babaji|Dr. Akhigbe} {the great spell caster|for his love spell} {who brought my ex back|my husband came back} {within 48 hours|after 3 days}. {Contact him|Email} {drogundelespelltemple|babajitemple$n3}@gmail.com or WhatsApp +234 9$n4$m4{ 🙏|}",
        ["Jennifer Adams", "Maria Lopes", "Clara Bennett"],
        THROW,
        [""],
    ),
    (
        "spell-lotto",
        "spell",
        "{I won|I finally won} the {lottery|Powerball} {after 15 years of playing|with lucky numbers} {from|given by} {Dr. Azuka|Papa Kwesi}. {I am now a millionaire|My life changed}. {Visit|See} https://powerful-spells-$n3.com",
        ["Rebecca T.", "Alan Murdoch"],
        THROW,
        [""],
    ),
    # diet / CBD
    (
        "diet-keto",
        "diet",
        "{Doctors hate this|Shark Tank} {keto gummies|keto pills}: {lose 12 kg in 30 days|melt belly fat} {without diet|fast}! 👉 https://keto-{slim|burn}-{official|store}.shop/order?aff=$n4",
        ["Keto Gummies Official", "Slim Keto"],
        THROW,
        [""],
    ),
    (
        "cbd",
        "diet",
        "{Pure|Full spectrum} <homoglyph:CBD oil> {for anxiety, pain and sleep|1000mg}, {lab tested|organic}, {free shipping|30% off today}. {Order|Shop}: www.cbd-serenity-$n3.shop",
        ["CBD Serenity", "Hemp Oil Shop"],
        THROW,
        ["https://cbd-serenity-store.shop"],
    ),
    (
        "diet-de",
        "diet",
        "{Abnehmen|Schnell abnehmen} ohne Sport! {Die neue|Diese} {Fettverbrenner-Kapsel|Kapsel} {aus der Apotheke|aus der Höhle der Löwen} {wirkt in 14 Tagen|schmilzt Bauchfett}: https://schlank-kapsel-$n3.de",
        ["Abnehmen Schnell", "Dr. Schlank"],
        ["$b6@web.de", "$b7@gmx.de"],
        [""],
    ),
    # visa / immigration
    (
        "visa-canada",
        "visa",
        "{Canada|Canadian} {work permit|LMIA jobs} {available|2020} {for all nationals|with visa sponsorship}, {no IELTS needed|processing in 2 weeks}. {Send your CV to|Email} canadajobs.lmia$n3@gmail.com",
        ["Canada Immigration Agency", "Work Permit Canada"],
        THROW,
        [""],
    ),
    (
        "visa-greencard",
        "visa",
        "{Your|The} {US Green Card lottery|DV-2022} {application|result}: {guaranteed winning|we apply for you}, {fee only $$199|100% selection}. https://greencard-{usa|dv}-apply.org/{form|register}",
        ["Green Card Agency", "DV Lottery Help"],
        THROW,
        ["https://greencard-usa-apply.org"],
    ),
    (
        "visa-schengen",
        "visa",
        "Schengen {visa|visa appointment} {without interview|in 5 days}, {all embassies|Italy, France, Germany}. {Bank statement and hotel booking provided.|Documents arranged.} WhatsApp +971 5$n4$m4",
        ["Visa Consultant", "Schengen Agent"],
        THROW,
        [""],
    ),
    # followers / reviews
    (
        "followers",
        "followers",
        "{Buy|Get} {Instagram|TikTok} followers {real and active|cheap} — {1000 for $$2.99|10k in 24h}. {Instant delivery!|No password needed.} https://followerpeak-$n3.com",
        ["Buy Followers", "Insta Growth"],
        THROW,
        ["https://followerpeak.com"],
    ),
    (
        "reviews",
        "followers",
        "{Need|Buy} {5-star Google reviews|Trustpilot reviews} for your business? {Real accounts, non-drop|Local guides, safe}. {Contact|Skype} live:reviews_$b6",
        ["Review Service", "5 Star Reviews"],
        THROW,
        [""],
    ),
    (
        "followers-tr",
        "followers",
        "{Türk|Gerçek} takipçi {satın al|paketleri} — {1000 takipçi 9 TL|anında teslimat}, {şifre gerekmez|%100 güvenli}! https://takipci-{hizli|ucuz}$n3.com.tr",
        ["Takipçi Satın Al", "Ucuz Takipçi"],
        ["$b6@hotmail.com"],
        [""],
    ),
    # prize / phishing
    (
        "prize-winner",
        "prize",
        "Congratulations! {Your email was selected|You are our lucky visitor} {in the 2020 Google Users promotion|today} and {won an iPhone 11 Pro|won $$1,000 gift card}. {Claim|Confirm} {before midnight|within 24 hours}: https://claim-reward-$n4.win",
        ["Winner Notification", "Promo Desk"],
        THROW,
        [""],
    ),
    (
        "parcel",
        "prize",
        "{Your package|Your parcel} {is on hold|could not be delivered} {due to unpaid customs fee (1.99)|— address incomplete}. {Update your details|Reschedule}: https://{dhl-express|post-redelivery}-{track|help}.info/$b6",
        ["Delivery Notice", "DHL Express"],
        THROW,
        [""],
    ),
    (
        "relief-grant",
        "prize",
        '{COVID-19|Coronavirus} {relief|stimulus} {grant|payment} of {$$1,200|€800} {now available|approved} for residents of $place. {Check your eligibility|Claim yours}: <a href="https://gov-relief-portal.org-claim.info/form">official portal</a>',
        ["Relief Program", "Gov Grants Info"],
        THROW,
        [""],
    ),
    (
        "phish-mail",
        "prize",
        "<zw:URGENT>: {your account will be suspended|unusual sign-in detected}. {Verify|Secure} {your account|now} at {http://verify-account-secure.top|bit.ly/$b7} or reply with your {login|password} to {security|support}.$lb6@outlook.com",
        ["Account Security", "Security Team"],
        THROW,
        [""],
    ),
    (
        "prize-ar",
        "prize",
        "مبروك! {لقد ربحت|فزت} {جائزة|بقسيمة} {بقيمة 5000 ريال|شرائية} {من مسابقة رمضان|الكبرى}. {للاستلام|استلم الآن}: https://jaezat-$n3.online",
        ["مسابقة الجوائز", "إدارة المسابقة"],
        THROW,
        [""],
    ),
]
assert len({t[0] for t in SPAM}) == len(SPAM)


# ---------------------------------------------------------------- assembly
LINKED = re.compile(r"https?://")


def fits(opts, art):
    return ("cats" not in opts or art["cat"] in opts["cats"]) and ("places" not in opts or art["place"] in opts["places"])


# articles: most of them, 2 to 12 comments each
chosen = rng.sample(ARTS, 104)
room = {a["id"]: 2 for a in chosen}
weight = {a["id"]: rng.choice([1, 1, 1, 2, 2, 3, 5]) for a in chosen}
while sum(room.values()) < 600:
    aid = rng.choices(list(weight), weights=list(weight.values()))[0]
    if room[aid] < 12:
        room[aid] += 1
BY_ID = {a["id"]: a for a in chosen}

# records per template
plain = [t for t in HAM if len(LINKED.findall(t[2])) == 0]
three = {t[0] for t in HAM if LINKED.search(t[2])} | {t[0] for t in rng.sample(plain, 36)}
jobs = [("ham", t, t[3], 3 if t[0] in three else 2) for t in HAM]
five = {t[0] for t in rng.sample(SPAM, 300 - 4 * len(SPAM))}
jobs += [("spam", t, {}, 5 if t[0] in five else 4) for t in SPAM]
slots = [(label, t, opts) for label, t, opts, n in jobs for _ in range(n)]
rng.shuffle(slots)
slots.sort(key=lambda s: not s[2])  # constrained templates take their articles first


def place_for(opts):
    open_ = [aid for aid, n in room.items() if n > 0]
    good = [aid for aid in open_ if fits(opts, BY_ID[aid])] or open_
    aid = rng.choices(good, weights=[room[a] for a in good])[0]
    room[aid] -= 1
    return BY_ID[aid]


def tidy(text):
    return re.sub(r"[ \t]{2,}", " ", text).replace(" \n", "\n").strip()


items, seen = [], set()
for label, t, opts in slots:
    art = place_for(opts)
    if label == "ham":
        tid, lang, text, opts = t
        for _ in range(60):
            body = tidy(fill(text, art))
            if body not in seen:
                break
        else:
            raise SystemExit(f"ham template {tid} cannot make a new body")
        seen.add(body)
        name, email, url = ham_voice(opts)
    else:
        tid, family, text, names, mails, sites = t
        body = tidy(disguise(fill(text, art)))
        # where a template lists one website per name, they go together (a trade's name and site)
        k = rng.randrange(len(names))
        name = fill(names[k], art)
        email = fill(mails[k] if len(mails) == len(names) else rng.choice(mails), art).lower()
        url = fill(sites[k] if len(sites) == len(names) else rng.choice(sites), art)
    assert url == "" or url.startswith(("http://", "https://")), url
    items.append(
        {"label": label, "source": f"heldback6:{label}:{tid}", "article": art["id"], "body": body, "name": name, "email": email, "url": url}
    )

# ham first, then spam, each in the order drawn
items.sort(key=lambda i: i["label"] != "ham")
write_set("comment_spam_heldback6.jsonl", items)

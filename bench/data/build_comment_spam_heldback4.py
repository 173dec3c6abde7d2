"""Build comment_spam_heldback4.jsonl: the fourth held-back set of labelled reader comments.

Written blind to the filter: its author did not open comments/ or bench/comment_spam.py, any
earlier set's .jsonl or any earlier builder's templates, and ran no filter over this set.
See bench/data/README.md (held-back 4) for where every part came from.

Comments are posted under the Global Voices posts of 2022-02-01 to 2022-03-04 and take from each
post only its region and topic tags ($place, $topic), never its title or teaser.
Templates use $slots (string.Template), then {a|b} spinning, then [[kind:text]] obfuscation.
"""

import random
import re
import string
import unicodedata

from comment_sets import GLOBAL_VOICES, articles, spin, write_set

SEED = 20261128_4
NAME = "comment_spam_heldback4.jsonl"
FIRST_DAY = "2022-02-01"
BROAD_REGIONS = {
    "Sub-Saharan Africa",
    "South Asia",
    "Caribbean",
    "Middle East & North Africa",
    "Eastern & Central Europe",
    "Western Europe",
    "Latin America",
    "East Asia",
    "Central Asia & Caucasus",
    "Southeast Asia",
    "North America",
    "Oceania",
}

# ---------------------------------------------------------------- obfuscation, as spammers do it
HOMOGLYPHS = str.maketrans("aceopxyiABCEHKMOPTX", "асеорхуіАВСЕНКМОРТХ")
LEET = str.maketrans("aeiostAEIOST", "43105+431057")


def fullwidth(text):
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else ("\u3000" if c == " " else c) for c in text)


def bold(text):
    out = []
    for c in text:
        if "A" <= c <= "Z":
            out.append(chr(0x1D400 + ord(c) - ord("A")))
        elif "a" <= c <= "z":
            out.append(chr(0x1D41A + ord(c) - ord("a")))
        else:
            out.append(c)
    return "".join(out)


OBFUSCATE = {
    "zw": lambda t: "\u200b".join(t),
    "fw": fullwidth,
    "hg": lambda t: t.translate(HOMOGLYPHS),
    "sp": lambda t: " ".join(t.replace(" ", "")),
    "dot": lambda t: ".".join(t.replace(" ", "")),
    "leet": lambda t: t.translate(LEET),
    "bold": bold,
}
MARKED = re.compile(r"\[\[(\w+):(.*?)\]\]", re.S)

# ---------------------------------------------------------------- readers' names and mailboxes
NAMES = {
    "en": "Aisha Bello|Tom Whitaker|Priya Raman|Daniel Okafor|Grace Liu|Sean Murphy|Fatima Zahra|"
    "Lucas Meyer|Hannah Brooks|Kwame Asante|Rosa Delgado|Ibrahim Sesay|Emily Carter|Ravi Menon|"
    "Claire Dubois|Jonah Feld|Nadia Haddad|Mark Osei|Sophie Lindqvist|Tariq Mahmood|Beth O'Neill|"
    "Chinedu Eze|Laura Petrescu|Ahmed Yusuf|Mei Tanaka|Oliver Grant|Zanele Dube|Carlos Ribeiro|"
    "jk|mike_t|Nomvula|Sam P.|anon reader|Rick from Leeds|dee|Bongani|v.k.|Joanna",
    "pl": "Kasia Nowak|Piotr Wiśniewski|Agnieszka Zielińska|Tomek K.|Marta Kowalczyk|Paweł",
    "vi": "Nguyễn Văn Hùng|Trần Thị Lan|Phạm Minh Tuấn|Lê Thu Hà|Hoàng Đức",
    "tl": "Maricel Santos|Jun dela Cruz|Rowena Bautista|Paolo Reyes|Ate Joy",
    "am": "Selam Tesfaye|Abebe Girma|Hana Bekele|Dawit M.",
    "fa": "Shirin Ahmadi|Reza Karimi|Parisa Mohammadi|Babak",
    "el": "Eleni Papadopoulou|Giorgos K.|Nikos Andreou|Maria Georgiou",
    "he": "Noa Levi|Yossi Cohen|Tamar Mizrahi|Avi B.",
    "ko": "김민지|Park Jisoo|이준호|Choi Hyun",
    "th": "Somchai P.|Nattaya Srisuk|Kanya|Anan Wongsa",
    "ro": "Andrei Popescu|Ioana Dumitru|Mihai Ionescu|Elena R.",
    "ms": "Nurul Aisyah|Faizal Rahman|Siti Hajar|Azman",
    "bn": "Rahim Uddin|Nusrat Jahan|Tanvir Hasan|Sumaiya",
    "yo": "Adebayo Ogunleye|Funmilayo Adeyemi|Tunde|Bisi Alade",
}
MAIL = {
    "en": "gmail.com|yahoo.com|outlook.com|hotmail.co.uk|proton.me|icloud.com|aol.com|btinternet.com",
    "pl": "wp.pl|o2.pl|gmail.com|interia.pl",
    "vi": "gmail.com|yahoo.com.vn",
    "tl": "gmail.com|yahoo.com.ph",
    "am": "gmail.com|yahoo.com",
    "fa": "gmail.com|yahoo.com",
    "el": "gmail.com|yahoo.gr|otenet.gr",
    "he": "gmail.com|walla.co.il",
    "ko": "naver.com|daum.net|gmail.com",
    "th": "gmail.com|hotmail.com",
    "ro": "yahoo.ro|gmail.com",
    "ms": "gmail.com|yahoo.com.my",
    "bn": "gmail.com|yahoo.com",
    "yo": "gmail.com|yahoo.com",
}
SPAM_MAIL = "gmail.com|outlook.com|mail.ru|yandex.com|163.com|hotmail.com|proton.me|gmx.com|yahoo.com"

# ---------------------------------------------------------------- what readers link to
SOURCES = [
    "https://www.reuters.com/world/$slug-2022-02-$day/",
    "https://apnews.com/article/$hex",
    "https://en.wikipedia.org/wiki/$wplace",
    "https://www.youtube.com/watch?v=$vid",
    "https://youtu.be/$vid",
    "https://www.bbc.com/news/world-$n8",
    "https://www.aljazeera.com/news/2022/2/$d/$slug",
    "https://www.theguardian.com/world/2022/feb/$d/$slug",
    "https://www.hrw.org/news/2022/02/$day/$slug",
    "https://reliefweb.int/report/$pslug/$slug",
    "https://data.worldbank.org/country/$pslug",
    "https://twitter.com/$handle/status/14$n8$n8",
    "https://web.archive.org/web/202202$day$n6/https://www.rferl.org/a/$slug/$n8.html",
    "https://$handle.substack.com/p/$slug",
    "https://doi.org/10.$n4/$hex",
    "https://www.dw.com/en/$slug/a-$n8",
    "https://www.unhcr.org/news/stories/$slug",
    "https://t.me/s/$handle",
    "https://globalvoices.org/2021/$mm/$day/$slug/",
    "https://www.amnesty.org/en/documents/$hex/",
    "https://www.npr.org/2022/02/$day/$n6/$slug",
    "http://www.$pslug-times.com/news/$slug?utm_source=whatsapp",
]
SLUG_WORDS = [
    "protest",
    "election",
    "court",
    "ruling",
    "prices",
    "fuel",
    "strike",
    "floods",
    "border",
    "journalists",
    "arrested",
    "report",
    "census",
    "ban",
    "water",
    "schools",
    "vote",
    "drought",
    "bill",
    "refugees",
]
HANDLES = [
    "mariam_reports",
    "localdesk",
    "thekwesi",
    "factcheckmoe",
    "rightsobs",
    "ollie_maps",
    "datadesk",
    "yara_n",
    "southdesk",
    "bulletin24",
]

# ---------------------------------------------------------------- ham: (template, body, name, website)
# name: "@lang" for a reader from that language's names, else a {spun} literal.
# website: "" or a {spun} string; $blog is a personal site built from the name.
HAM = [
    ("thanks-short", "Thank you for covering $place. Almost nobody else does.", "@en", ""),
    (
        "agree-long",
        "I agree with most of this. What people outside $place don't get is how slow everything moves: a court case on $topic can take {six|eight|ten} years, and by then everyone has forgotten. Good that someone is keeping a record.",
        "@en",
        "",
    ),
    (
        "angry-gov",
        "The government in $place should be ashamed. Every year the same promises and every year the same result. I'm done voting for any of them.",
        "@en",
        "",
    ),
    ("sarcasm-surprise", "Shocked, SHOCKED I tell you, that the people in charge of $topic turned out to be the problem. 🙄", "@en", ""),
    (
        "question-source",
        "Where does the figure for $place come from? I can't find it anywhere in the official statistics. Genuinely asking, not trolling.",
        "@en",
        "",
    ),
    (
        "correction-number",
        "Small correction: the population of the capital is closer to $big thousand, not the number in the piece. The last census was in $year.",
        "@en",
        "",
    ),
    ("correction-date", "The law mentioned here was passed in $year, not last year. Still a good article.", "@en", ""),
    (
        "local-account",
        "I live about $n km from where this happened in $place. The roads were closed for two days and nobody told us anything. The story here matches what my neighbours saw.",
        "@en",
        "",
    ),
    (
        "local-prices",
        "Here in $place a bag of rice went from $n to {double|almost triple} that in a year. Salaries didn't move. That's the real story on $topic.",
        "@en",
        "",
    ),
    ("reply-disagree", "@$other with respect, you're wrong. I grew up there and it was never like you describe.", "@en", ""),
    ("reply-agree", "@$other exactly this. Said it better than I could.", "@en", ""),
    ("reply-question", "@$other do you have a source for that? Not saying you're wrong, I'd like to read it.", "@en", ""),
    ("one-word", "{Heartbreaking.|Finally.|Wow.|Thank you.|Brave.}", "@en", ""),
    (
        "lowercase-typo",
        "this is so sad i didnt know things were this bad in $place. my cousin moved there last yr and never mentioned it",
        "@en",
        "",
    ),
    ("emoji-support", "Standing with the people of $place 🙏❤️✊", "@en", ""),
    (
        "book-rec",
        "If anyone wants the background on $topic, read '{The Shadow of the Sun|Half of a Yellow Sun|The Years of Rice and Salt|Empire of Pain}'. Not the same country but the same pattern.",
        "@en",
        "",
    ),
    (
        "podcast-rec",
        "There was a good episode on this on the {BBC's The Documentary|Rest of World podcast|Throughline podcast|Global News Podcast} last month, worth a listen for the history.",
        "@en",
        "",
    ),
    (
        "ngo-rec",
        "For anyone asking how to help: {Médecins Sans Frontières|the ICRC|UNICEF|GiveDirectly|the Committee to Protect Journalists} works there. Give to them, not to random GoFundMe pages.",
        "@en",
        "",
    ),
    (
        "crypto-news",
        "People keep saying bitcoin will save $place from inflation. Half my family lost money on a 'crypto investment club' that promised 30% a month. Please be careful.",
        "@en",
        "",
    ),
    (
        "crypto-remit",
        "Honest question: are people in $place really using USDT to get money from relatives abroad? Western Union fees here are {8|9|11}%, so I understand why.",
        "@en",
        "",
    ),
    (
        "betting-youth",
        "Sports betting apps are everywhere here now. Every second ad on the bus is for one. Young men spend their whole wage on it. Nobody in parliament talks about it.",
        "@en",
        "",
    ),
    (
        "pharmacy-shortage",
        "Pharmacies in $place have had no insulin for weeks. My mother pays {three|four} times the price at a private pharmacy. This is what $topic means for ordinary people.",
        "@en",
        "",
    ),
    (
        "loan-sharks",
        "The loan apps are the worst. 20% a WEEK, and if you're late they message everyone in your contacts. My colleague had to change her number.",
        "@en",
        "",
    ),
    (
        "jobs-abroad",
        "My nephew was offered a job abroad through a recruiter on Facebook. $n hundred dollars 'fee' and then nothing. The visa was fake. Report these people.",
        "@en",
        "",
    ),
    (
        "visa-queue",
        "The visa appointment system is broken. You can only get a slot through agents who charge ${n}0 dollars. The embassy says it's free. Ha.",
        "@en",
        "",
    ),
    (
        "scam-sms",
        "Got an SMS yesterday saying my parcel was held at customs and to pay a 'fee' through a link. Same week as this story. Scammers read the news too.",
        "@en",
        "",
    ),
    (
        "hotline",
        "If you're in $place and affected, the Red Cross family tracing line is on their website. Call them, not numbers people post in comments.",
        "@en",
        "",
    ),
    (
        "whatsapp-group",
        "Our neighbourhood WhatsApp group has been collecting blankets and food since the weekend. If you're local, ask at the mosque on the main road, they know us.",
        "@en",
        "",
    ),
    ("price-fuel", "Fuel went up $pct% overnight. Taxi drivers here went on strike this morning. Expect more of this.", "@en", ""),
    (
        "long-three-para",
        "I want to push back a bit on the framing.\n\nYes, the protests about $topic were big. But in the smaller towns people are much more divided, and many quietly support the government because they remember what came before.\n\nNone of that makes the crackdown acceptable. I just think outside readers should know it isn't one country speaking with one voice.",
        "@en",
        "",
    ),
    (
        "teacher",
        "I teach history to teenagers and I'm going to use this piece in class next week. They know nothing about $place and this is a good way in.",
        "@en",
        "",
    ),
    (
        "diaspora",
        "Left $place in $year. Reading this from {Toronto|Melbourne|Berlin|Houston|Dubai} and I still feel sick. Nothing changes.",
        "@en",
        "",
    ),
    (
        "skeptic",
        "This reads like a press release from one side. Where's the response from the authorities? I'm not defending them but a news site should ask.",
        "@en",
        "",
    ),
    ("conspiracy-pushback", "To the people in the comments saying this is all staged: I have family there. It isn't.", "@en", ""),
    ("money-donation", "Sent $n dollars to a local food bank after reading this. Not much but it's something.", "@en", ""),
    (
        "scam-warning-charity",
        "Heads up, there are fake 'donate for $place' pages on Instagram already. Check that the charity is registered before giving anything.",
        "@en",
        "",
    ),
    ("translation-q", "Is there a version of this in the local language? I'd like to share it with my grandparents.", "@en", ""),
    (
        "journalist",
        "Reporter here, I covered $topic in the region for a few years. The detail about the local officials is accurate, and it was not easy to get. Respect to whoever did the legwork.",
        "{Ana Ruiz, freelance journalist|M. Haddad (reporter)|J. Osei, correspondent}",
        "",
    ),
    (
        "shop-owner",
        "I run a small shop and the import rules changed three times since January. I can't plan anything. This article explains it better than the ministry does.",
        "{Zeynep's Corner Shop|Baraka Hardware|Lim Bros Grocery|Mama Ngozi Kitchen}",
        "",
    ),
    (
        "ngo-volunteer",
        "Volunteering with a food distribution project near the border. Numbers are up $pct% on last month. Thank you for not letting this story disappear.",
        "{Sara – volunteer, food bank|NGO volunteer|Red Crescent volunteer}",
        "",
    ),
    (
        "pharmacist",
        "As a pharmacist: the shortage is real, it's not hoarding. Wholesalers simply aren't delivering because of the currency.",
        "{Pharmacist, Lagos|Dr. K. Mensah (pharmacist)|R. Iyer, pharmacist}",
        "",
    ),
    (
        "lawyer",
        "Lawyer here. What the article calls a 'ban' is technically an administrative order, which is why it can be challenged in court. That matters.",
        "{A. Rahman, advocate|Human rights lawyer|M. Costa, attorney}",
        "",
    ),
    (
        "blogger-site",
        "I've been writing about $topic in $place on my blog for a while; this is one of the few English pieces that gets the local context right.",
        "@en",
        "$blog",
    ),
    (
        "photographer-site",
        "Beautiful and sad. I photographed the same area in $year, it was full of life then.",
        "@en",
        "{https://www.$nslug.photo|https://$nslug.format.com|https://www.instagram.com/$nslug}",
    ),
    (
        "company-site",
        "We source coffee from farmers in this region and can confirm the prices they get haven't kept up at all.",
        "{Hillside Roasters|Kettle & Bean Co.|Mountain Harvest Coffee}",
        "{https://hillsideroasters.co.uk|https://kettleandbean.com|https://www.mountainharvest.coffee}",
    ),
    (
        "dev-portfolio",
        "Built a small map of the incidents from the public reports if anyone is interested, it's on my GitHub.",
        "@en",
        "https://github.com/$nslug",
    ),
    (
        "linkedin",
        "Worked in humanitarian logistics in the region for 5 years. The access problems described are exactly right.",
        "@en",
        "https://www.linkedin.com/in/$nslug-$n4",
    ),
    ("pl-angry", "Ten rząd w ogóle nie słucha ludzi. U nas w Polsce było to samo z cenami prądu.", "@pl", ""),
    ("pl-question", "Czy ktoś wie, ile osób faktycznie wyjechało z $place? Słyszałem różne liczby.", "@pl", ""),
    ("vi-thanks", "Cảm ơn bài viết. Ở Việt Nam chúng tôi cũng gặp vấn đề tương tự về giá xăng.", "@vi", ""),
    ("vi-scam", "Cẩn thận với các nhóm Zalo 'đầu tư' hứa lãi 30%/tháng, bác tôi mất hết tiền tiết kiệm.", "@vi", ""),
    ("tl-ofw", "Kawawa naman ang mga OFW dito. Ang mahal ng placement fee tapos peke pa pala yung trabaho.", "@tl", ""),
    ("tl-taglish", "grabe talaga, sana may gawin ang gobyerno. same thing happened sa province namin last year", "@tl", ""),
    ("am-support", "ለሰላም እንጸልያለን። ህዝቡ በቂ ስቃይ አይቷል።", "@am", ""),
    ("fa-comment", "ممنون از این گزارش. قیمت دارو در ایران هم هر ماه بالاتر می‌رود و کسی پاسخگو نیست.", "@fa", ""),
    ("el-comment", "Πολύ σωστό άρθρο. Κι εμείς στην Ελλάδα ζήσαμε κάτι παρόμοιο με την κρίση.", "@el", ""),
    ("he-comment", "כתבה חשובה. מקווה שיותר אנשים יקראו אותה.", "@he", ""),
    ("ko-comment", "좋은 기사 감사합니다. 한국 언론에서는 거의 다루지 않는 내용이네요.", "@ko", ""),
    ("th-comment", "ขอบคุณสำหรับข่าวนี้ค่ะ ที่ไทยก็มีปัญหาแก๊งคอลเซ็นเตอร์หลอกเงินเหมือนกัน", "@th", ""),
    ("ro-comment", "Exact la fel se întâmplă și la noi în România cu prețurile la energie. Mulțumesc pentru articol.", "@ro", ""),
    ("ms-comment", "Terima kasih atas laporan ini. Harap kerajaan ambil tindakan segera.", "@ms", ""),
    ("bn-comment", "খুবই দুঃখজনক। আমাদের দেশেও একই অবস্থা, জিনিসপত্রের দাম আকাশছোঁয়া।", "@bn", ""),
    ("yo-comment", "Ẹ ṣé o fún ìròyìn yìí. Ọlọ́run á ràn wá lọ́wọ́.", "@yo", ""),
    ("naija-pidgin", "Na wa o. Dem go still come beg for vote next year. $place people no dey learn?", "@yo", ""),
    ("bengali-english", "Same happening in Dhaka, garment workers not paid for $n weeks. No one covers it.", "@bn", ""),
    # one link
    ("src-wire", "Reuters had more detail on the numbers: $src", "@en", ""),
    ("src-wiki", "Background for anyone unfamiliar with $place: $src", "@en", ""),
    ("src-video", "Video from the day, filmed by a friend of mine: $src (warning, it's hard to watch)", "@en", ""),
    ("src-report", "The full report is worth reading, the summary leaves out the part on $topic. $src", "@en", ""),
    ("src-correction", "The article says $n people, but the official figure released yesterday is higher: $src", "@en", ""),
    (
        "src-scam-advice",
        "For the people asking about the fake job offers, this guide on how to spot them is good: {https://www.consumer.ftc.gov/articles/job-scams|https://www.actionfraud.police.uk/a-z-of-fraud/recruitment-scams|https://www.ilo.org/global/topics/fair-recruitment/lang--en/index.htm}",
        "@en",
        "",
    ),
    ("src-archive", "The original statement was deleted, here's an archived copy: $src", "@en", ""),
    ("src-thread", "There's a good thread from a local reporter here https://twitter.com/$handle/status/14$n8$n8", "@en", ""),
    ("src-ownblog", "I wrote a longer piece on this from the ground if anyone's interested: $blogpost", "@en", "$blog"),
    ("src-tl", "Eto yung link ng balita sa atin: $src", "@tl", ""),
    ("src-pl", "Więcej szczegółów tutaj: $src", "@pl", ""),
    ("src-lower", "lol they literally said the opposite last month $src", "@en", ""),
    ("src-unhcr", "UN refugee agency numbers for $place are here, updated weekly: https://data.unhcr.org/en/country/$pslug", "@en", ""),
    ("src-earlier", "This has been going on for years, the same outlet covered the earlier protests too: $src", "@en", ""),
    (
        "src-podcast-link",
        "The podcast episode I mentioned: {https://open.spotify.com/episode/$hex|https://podcasts.apple.com/us/podcast/id$n8}",
        "@en",
        "",
    ),
    ("src-petition", "Families of the detained started a petition, if anyone wants to sign: https://www.change.org/p/$slug", "@en", ""),
    (
        "src-donate",
        "If you want to donate, use the official page, not links people post: {https://www.icrc.org/en/donate|https://www.msf.org/donate|https://www.unicef.org/donate}",
        "@en",
        "",
    ),
    (
        "src-report-fraud",
        "I reported the fake recruiter, you can do it online too: {https://reportfraud.ftc.gov/|https://www.scamwatch.gov.au/report-a-scam|https://cybercrime.gov.in/}",
        "@en",
        "",
    ),
    ("src-vi", "Bài gốc bằng tiếng Việt ở đây: $src", "@vi", ""),
    ("src-ro", "Un articol bun despre asta în presa românească: https://www.g4media.ro/$slug.html", "@ro", ""),
    ("src-ko", "관련 기사 링크: $src", "@ko", ""),
    ("src-own-photos", "wrote about the price rises in my town last week, photos included $blogpost", "@en", ""),
    # two or more links
    (
        "src-two-fact",
        "Fact check: the piece says $pct% but the World Bank has $n% (https://data.worldbank.org/country/$pslug) and the IMF slightly higher (https://www.imf.org/en/Countries/$pslug). Both are 2021 figures though.",
        "@en",
        "",
    ),
    (
        "src-two",
        "Two sources that disagree with each other on the casualty figure: $src and $src2. The truth is probably somewhere in between.",
        "@en",
        "",
    ),
    ("src-three", "Reading list for anyone who wants to go deeper on $topic:\n1. $src\n2. $src2\n3. $src3", "@en", "$blog"),
]

# ---------------------------------------------------------------- spam: (template, family, body, name, website, $dom)
SPAM = [
    # pharma
    (
        "rx-plain",
        "pharma",
        "Buy {generic Viagra|Cialis 20mg|sildenafil} online without prescription, discreet shipping worldwide, {50%|40%} off today: https://$dom/",
        "{Cheap Cialis|Buy Viagra Online|Pharmacy Store}",
        "https://$dom/",
        "{rx-direct24.com|bestmedsnow.net|pillsoutlet.shop}",
    ),
    (
        "rx-hg",
        "pharma",
        "[[hg:tramadol]] and [[hg:oxycodone]] available, no rx needed, overnight delivery. Order at $dom",
        "{Meds Online|Pain Relief Shop}",
        "https://$dom",
        "{painfreerx.store|medsquick.top}",
    ),
    (
        "rx-spaced",
        "pharma",
        "need [[sp:XANAX]] or [[sp:ADDERALL]]? text me on telegram @{pharmaguy|rxplug247} fast and safe",
        "{Alex|rxplug}",
        "",
        "",
    ),
    (
        "rx-ozempic",
        "pharma",
        "Lost 18kg in 3 months with Ozempic, no doctor visit needed! I ordered here 👉 https://$dom/semaglutide",
        "{Jessica M.|Weight Loss Tips}",
        "https://$dom",
        "{glp1-pharmacy.com|slimrx.store}",
    ),
    # casino, betting, toto
    (
        "casino-bonus",
        "casino",
        "Best online casino 2022 🎰 500 free spins no deposit, instant withdrawal. Sign up: https://$dom/?ref=$n6",
        "{Casino Bonus|Free Spins 2022|Slot Online Gacor}",
        "https://$dom",
        "{luckyspin777.com|royalwin88.bet|megaslot.vip}",
    ),
    (
        "toto-ko",
        "casino",
        "안전한 토토사이트 추천 ✅ 먹튀검증 완료 메이저놀이터 가입코드 $n4 ▶ $dom",
        "{토토사이트|먹튀검증}",
        "https://$dom",
        "{toto-major.com|mtpolice88.com}",
    ),
    (
        "slot-id",
        "casino",
        "Situs slot gacor hari ini, maxwin pasti! Daftar sekarang di $dom bonus new member 100%",
        "{Slot Gacor|Situs Slot}",
        "https://$dom",
        "{slot88gacor.xyz|pragmaticwin.net}",
    ),
    (
        "betting-fw",
        "casino",
        "[[fw:BEST BETTING ODDS]] — {football|cricket|tennis} tips daily, 95% win rate. Join $dom",
        "{Bet Tips|Sure Odds}",
        "https://$dom",
        "{sureodds-vip.com|fixedtips.net}",
    ),
    (
        "fixed-match",
        "casino",
        "FIXED MATCHES 100% SURE. HT/FT 2/1 odds 30+. Contact WhatsApp +44 7$n3 $n6 payment after win",
        "Fixed Matches",
        "",
        "",
    ),
    # loans
    (
        "loan-instant",
        "loans",
        "Need urgent loan? We offer loans at 2% interest to individuals and companies. No credit check. Email: {loanfirm|quickfinance}$n4@$mail",
        "{Mr. Robert Loan|Quick Finance Ltd}",
        "",
        "",
    ),
    (
        "loan-testimony",
        "loans",
        "I was rejected by {3|4|5} banks until a friend introduced me to Mrs. {Helen|Mary} Williams who gave me a loan of $$${n}0,000 in 24 hours. Contact her on {WhatsApp|email} +1 ($n3) 555-$n4",
        "{Angela R.|Testimony}",
        "",
        "",
    ),
    (
        "loan-payday",
        "loans",
        "Payday loans same day, bad credit OK 💸 {apply in 2 minutes|approval in 5 min}: https://$dom/apply",
        "{Payday Loans Online|Cash Advance}",
        "https://$dom",
        "{cashnow-loans.com|fastpayday.us}",
    ),
    # crypto and recovery
    (
        "crypto-recovery",
        "crypto",
        "I lost $big,000 USD to a fake crypto platform. Thanks to {CYBER GENIE RECOVERY|BLOCKCHAIN HACK PRO|FAST RECOVERY WIZARD} I got all my funds back in 72 hours. Contact: {recovery|wizard}$n4@$mail",
        "{Linda Foster|Mark Reyes}",
        "",
        "",
    ),
    (
        "crypto-mentor",
        "crypto",
        "Thanks to expert trader {Mrs. Olivia Brown|Mr. James Carter} my $$${n}0,000 investment became $$$big,000 in 3 weeks. DM on Telegram @{olivia_trades|jamescfx}",
        "{Sandra|Happy Investor}",
        "",
        "",
    ),
    (
        "crypto-celebrity",
        "crypto",
        "Elon Musk just launched a new platform that pays 5x, government is trying to stop it! Register before it's closed: $short",
        "{Breaking News|Money Daily}",
        "",
        "",
    ),
    (
        "crypto-airdrop",
        "crypto",
        "🚀 $$TOKEN airdrop is LIVE. Connect wallet to claim 2500 tokens: https://$dom/claim",
        "{Airdrop Official|Web3 Rewards}",
        "https://$dom",
        "{claim-airdrop.app|wallet-rewards.io}",
    ),
    (
        "crypto-wallet",
        "crypto",
        "Your wallet needs to be validated to avoid suspension. Sync here: $dom/validate (secure)",
        "Wallet Support",
        "https://$dom",
        "{dapps-rectify.net|walletsync-node.com}",
    ),
    (
        "crypto-signal",
        "crypto",
        "Free crypto signals group, 90% accuracy 📈📈 join 👉 t.me/{signals_vip|pumpcallsx}",
        "{Crypto Signals|Trader Joe}",
        "",
        "",
    ),
    (
        "crypto-ru",
        "crypto",
        "Заработок на криптовалюте от 5000$ в неделю без вложений! Пиши в телеграм @{cryptoboss_ru|zarabotok24}",
        "{Иван|Криптовалюта}",
        "",
        "",
    ),
    (
        "crypto-pig",
        "crypto",
        "hi, I'm a businesswoman from Singapore, I teach people to invest in gold and crypto. add my whatsapp +65 8$n3 $n4 to learn 😊",
        "{Lily Chen|Vivian Wong}",
        "",
        "",
    ),
    # prize, phishing
    (
        "prize-winner",
        "prize",
        "🎉 Congratulations! Your email was selected as winner of $$${n},000,000 in the 2022 Global Lottery. Claim at $short with code WN-$n6",
        "Lottery Department",
        "",
        "",
    ),
    (
        "phish-account",
        "prize",
        "Your account will be closed in 24 hours due to unusual activity. Verify now: http://$dom/login",
        "{Security Team|Account Service}",
        "",
        "{secure-verify-account.com|login-support-center.net}",
    ),
    (
        "giftcard",
        "prize",
        "Get a free $$${n}0 {Amazon|Walmart|Steam} gift card, just complete the survey ➡ $short",
        "{Free Gift Cards|Giveaway}",
        "",
        "",
    ),
    # SEO, backlinks, guest posts
    (
        "seo-outreach",
        "seo",
        "Hi admin, I noticed your site could rank higher on Google. We provide high DA backlinks and guest posts from ${n}0 USD. Email {seo|outreach}@$dom",
        "{SEO Expert|Link Building Agency}",
        "https://$dom",
        "{rankboostseo.com|linkmasterpro.net}",
    ),
    (
        "seo-guestpost",
        "seo",
        "Do you accept guest posts? I'd like to contribute an article on {technology|travel|finance} with one dofollow link. Please reply to $nslug@$mail",
        "{Guest Post Team|Content Writer}",
        "",
        "",
    ),
    (
        "seo-bbcode",
        "seo",
        "[url=https://$dom/]{best roofing company|plumber near me|cheap movers}[/url] [url=https://$dom/services]{emergency repair|24/7 service}[/url]",
        "{Roofing Contractor Austin|Plumber Near Me}",
        "https://$dom",
        "{austinroofpros.com|plumbing-247.net}",
    ),
    (
        "seo-html",
        "seo",
        'Great article! <a href="https://$dom">{web design agency|digital marketing}</a> <a href="https://$dom/seo">seo services</a>',
        "{Web Design Dubai|Digital Marketing Agency}",
        "https://$dom",
        "{webdesign-dubai.ae|growthdigital.agency}",
    ),
    (
        "seo-praise-site",
        "seo",
        "{Very informative post, thank you for sharing.|This is exactly what I was looking for, great content!|Nice blog, keep it up.}",
        "{Interior Design Services|Best Dentist in Miami|Carpet Cleaning London}",
        "https://{www.|}$brand{-online|-pro|24|hq|-deals}.{com|net|co|shop}",
        "",
    ),
    (
        "seo-copied",
        "seo",
        "I live about $n km from where this happened. The roads were closed and nobody told us anything.",
        "{Home Loans Calculator|Car Rental Dubai|Cheap Flights}",
        "https://{www.|}$brand{-online|-pro|24|hq|-deals}.{com|net|co|shop}",
        "",
    ),
    (
        "seo-markdown",
        "seo",
        "For more info on this topic see [{best VPN deals|cheap web hosting|buy instagram followers}](https://$dom/?aff=$n4)",
        "{Tech Reviews|Deal Hunter}",
        "",
        "{topdeals-review.com|hostcompare.site}",
    ),
    # essays
    (
        "essay-mill",
        "essay",
        "Struggling with your {dissertation|assignment|nursing essay}? Our PhD writers deliver in 3 hours, 100% plagiarism-free. Order: https://$dom",
        "{Essay Writing Service|Pay For Essay}",
        "https://$dom",
        "{essaypro-writers.com|myassignmenthelp.org}",
    ),
    (
        "essay-whatsapp",
        "essay",
        "Homework help ✍️ all subjects, online exams, proctored tests. WhatsApp +1 ($n3) $n3b-$n4",
        "{Assignment Help|Exam Help}",
        "",
        "",
    ),
    # adult, dating
    ("adult-cam", "adult", "Hot [[zw:girls]] waiting for you 🔥 no registration: $short", "{Anna|Sweet Kate}", "", ""),
    (
        "dating-bot",
        "adult",
        "Hi, I saw your comment, you seem interesting 😘 I'm lonely tonight, write me here $dom/u/$n6",
        "{Kristina, 24|Mila}",
        "",
        "{date-meetup.online|flirtlocal.club}",
    ),
    (
        "escort",
        "adult",
        "Call girls available in {Dubai|Bangalore|Lagos}, 100% real photos, VIP service. Contact $dom",
        "{VIP Escorts|Call Girls}",
        "https://$dom",
        "{vip-escorts-city.com|hotcallgirls.in}",
    ),
    # fake support numbers
    (
        "support-printer",
        "support",
        "{HP printer|QuickBooks|Coinbase} support number ☎ +1-8{00|44|55|66|77|88}-$n3-$n4 call 24/7 for any issue (toll free)",
        "{Customer Support|Helpline}",
        "",
        "",
    ),
    (
        "support-airline",
        "support",
        "To change your flight call {Delta|Emirates|Qatar Airways} reservations ☎ +1 (888) $n3-$n4 — 24 hours live agent",
        "{Airline Reservations|Flight Booking Number}",
        "",
        "",
    ),
    # counterfeit goods and documents
    (
        "docs-fake",
        "counterfeit",
        "Buy real and fake passports, driver's license, ID cards, residence permits, IELTS certificates. Contact: {docs|papers}$n4@$mail or WhatsApp +44 7$n3$n6",
        "{Documents Online|Registered Docs}",
        "",
        "",
    ),
    (
        "replica-watch",
        "counterfeit",
        "AAA replica {Rolex|Omega|Patek} watches, swiss movement, free shipping 👉 https://$dom",
        "{Replica Watches|Luxury Watches}",
        "https://$dom",
        "{swissreplica-shop.com|watchclone.cn}",
    ),
    (
        "counterfeit-money",
        "counterfeit",
        "Undetectable counterfeit notes for sale, USD EUR GBP, passes pen test. Telegram @{money_print|cleanbills}",
        "Counterfeit Money",
        "",
        "",
    ),
    # IPTV, VPN, streams
    (
        "iptv",
        "iptv",
        "Best IPTV subscription 2022 — 20,000+ channels, 4K, sports & PPV, free 24h trial: https://$dom",
        "{IPTV Provider|Buy IPTV}",
        "https://$dom",
        "{iptv-smarters-pro.net|bestiptvuk.co}",
    ),
    ("stream-free", "iptv", "Watch {the Olympics|Premier League|UFC} LIVE free HD ➡ $short no signup", "{Live Stream|HD Stream}", "", ""),
    (
        "vpn-deal",
        "iptv",
        "Use [[bold:NordVPN]] with 75% off to read news blocked in your country 🔒 $dom/deal",
        "{VPN Deals|Privacy Tips}",
        "",
        "{vpn-promo.net|secure-vpn-deals.com}",
    ),
    # work from home
    (
        "wfh-google",
        "wfh",
        "I'm making $$${n}0 a day working from home with Google. Last month I earned $$$big,000. Copy this site → $dom",
        "{Maria J.|Work From Home}",
        "https://$dom",
        "{homejob-income.com|onlinecash99.net}",
    ),
    (
        "wfh-data-entry",
        "wfh",
        "Part-time job offer: simple liking of YouTube videos, earn 200-800 daily, contact HR on WhatsApp +62 8$n4 $n4b",
        "{HR Department|Recruiter Anna}",
        "",
        "",
    ),
    # hacker for hire
    (
        "hacker",
        "hacker",
        "Need to hack {WhatsApp|Instagram|a cheating spouse's phone}? Or change school grades? Contact {HACKNET|GHOSTHACKER} on {hacknet|ghost}$n4@$mail, fast and discreet",
        "{Hacker for Hire|Ethical Hacker}",
        "",
        "",
    ),
    # spell casters
    (
        "spell-caster",
        "spell",
        "My husband left me for {6 months|2 years} until I contacted Dr. {Ogun|Oduduwa|Zuma} the great spell caster. He came back in 48 hours! Email: dr{ogun|zuma}spell@$mail",
        "{Jennifer Adams|Grateful Wife}",
        "",
        "",
    ),
    (
        "spell-lottery",
        "spell",
        "Dr. {Ilekun|Abiola} gave me the winning lottery numbers after a prayer. I won $$$big,000. WhatsApp him +234 8$n3 $n6",
        "{Patricia|Lucky Winner}",
        "",
        "",
    ),
    # diet pills, supplements
    (
        "diet-keto",
        "diet",
        "{Keto|Slim} Gummies 🍬 burn belly fat fast, as seen on Shark Tank! Official site: https://$dom",
        "{Keto Gummies|Official Slim Shop}",
        "https://$dom",
        "{ketogummies-official.com|slimfast-us.store}",
    ),
    ("diet-leet", "diet", "[[leet:lose weight fast]] with our natural pills, 30 days money back → $short", "Natural Health", "", ""),
    # immigration and visa scams
    (
        "visa-canada",
        "visa",
        "Canada work visa in 2 weeks, no IELTS, 100% guaranteed. Jobs for {drivers|caregivers|farm workers}. Apply: https://$dom or WhatsApp +1 (647) $n3-$n4",
        "{Canada Immigration Agent|Visa Consultant}",
        "https://$dom",
        "{canadavisa-fast.com|migrate-now.ca}",
    ),
    (
        "visa-greencard",
        "visa",
        "Green card lottery 2023 registration open, pay $$${n}0 processing fee at $dom/dv to secure your slot",
        "{DV Lottery Center|US Visa Help}",
        "",
        "{dv-lottery-register.org|usvisa-help.net}",
    ),
    # fake reviews, followers
    (
        "followers",
        "followers",
        "Buy real Instagram followers & TikTok likes, instant delivery, cheapest price 💯 $dom",
        "{Social Growth|Buy Followers}",
        "https://$dom",
        "{followersboost.net|getlikes.io}",
    ),
    (
        "reviews",
        "followers",
        "We post 5-star Google and Trustpilot reviews for your business, from real accounts. Contact {reviewpro|5starboost}@$mail",
        "{Review Service|Reputation Experts}",
        "",
        "",
    ),
    # generic praise and copied text with a commercial name/url
    (
        "praise-spun",
        "praise",
        "{Great|Awesome|Wonderful} {article|post|piece}! {I really enjoyed reading it|Thanks for sharing this information|Very helpful}. {Keep it up|Bookmarked}!",
        "{Buy Sofa Online|Best CBD Oil|Solar Panels Texas}",
        "https://{www.|}$brand{-online|-pro|24|hq|-deals}.{com|net|co|shop}",
        "",
    ),
    (
        "praise-link",
        "praise",
        "Thanks for this, very useful. I also found some good tips here: $dom",
        "{Lisa|Mark}",
        "",
        "{https://home-decor-tips.site|https://tipsandreviews.blog}",
    ),
    (
        "name-url",
        "seo",
        "{Nice article, thank you|good read|Interesting, thanks}",
        "https://$dom",
        "",
        "{cheapessays.site|bestcasino.club|pharmadirect.top}",
    ),
    (
        "pl-loan",
        "loans",
        "Pożyczka bez BIK i bez zaświadczeń, decyzja w 15 minut! Sprawdź: $dom",
        "{Pożyczki Online|Chwilówki}",
        "https://$dom",
        "{szybka-pozyczka24.pl|chwilowkabezbik.com.pl}",
    ),
    (
        "hi-betting",
        "casino",
        "Cricket betting ID chahiye? 5 minute me ID milegi, 100% trusted. WhatsApp karo +91 9$n3$n6 🏏",
        "{Online Cricket ID|Betting ID Provider}",
        "",
        "",
    ),
    (
        "bracket-domain",
        "pharma",
        "cheap {modafinil|armodafinil} for students and night shifts, order at $dom[.]com",
        "{Smart Pills|Study Boost}",
        "",
        "{smartpills-store|modalert24}",
    ),
    (
        "ig-handle",
        "followers",
        "DM @{growth.guru.official|viral_boost_agency} on Instagram to get 10k followers in 1 week 💯",
        "{Growth Guru|Viral Boost}",
        "",
        "",
    ),
    # shorteners, contact handles, multi-language
    ("short-only", "praise", "{wow|check this|must see} $short", "{John|user$n4}", "", ""),
    (
        "pt-cassino",
        "casino",
        "Ganhe dinheiro jogando no melhor cassino online do Brasil 🇧🇷 bônus de R$ 500! Acesse $dom",
        "{Cassino Online|Bet Brasil}",
        "https://$dom",
        "{betbrasil777.com|cassinopix.bet}",
    ),
    ("zh-invest", "crypto", "稳赚不赔的投资项目，日收益5%，加微信 {ly88|vip66}$n4 了解详情", "{投资顾问|理财}", "", ""),
    (
        "vi-loan",
        "loans",
        "Vay tiền online nhanh chỉ cần CCCD, giải ngân trong 15 phút, lãi suất thấp. Zalo: 09$n4$n4b",
        "{Vay Nhanh|Tài Chính 24h}",
        "",
        "",
    ),
    (
        "ar-pharma",
        "pharma",
        "حبوب تكبير وتخسيس أصلية، توصيل سريع لجميع الدول. واتساب +971 5$n4$n4b",
        "{صيدلية أونلاين|منتجات أصلية}",
        "",
        "",
    ),
    (
        "th-casino",
        "casino",
        "เว็บพนันออนไลน์ สล็อตแตกง่าย ฝากถอนไม่มีขั้นต่ำ สมัครเลย $dom",
        "{สล็อตออนไลน์|บาคาร่า}",
        "https://$dom",
        "{ufa-slot888.com|pgslot-th.net}",
    ),
]

SHORTENERS = ["bit.ly", "tinyurl.com", "cutt.ly", "is.gd", "rb.gy", "t.ly", "shorturl.at"]
SHORT_FRESH = string.ascii_letters + string.digits


def first_names(rng):
    return rng.choice(NAMES["en"].split("|")).split()[0].strip(".")


def slug(text):
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "", plain.lower()) or "reader"


def place_of(art, rng):
    regions = [r for r in art["regions"] if r not in BROAD_REGIONS] or art["regions"]
    return rng.choice(regions)


def topic_of(art, rng):
    topics = [t for t in art["topics"] if t != "Citizen Media"] or ["this story"]
    return rng.choice(topics).lower()


def slots(rng, art, nslug):
    place = place_of(art, rng)
    base = {
        "place": place,
        "topic": topic_of(art, rng),
        "other": first_names(rng),
        "n": str(rng.randint(2, 40)),
        "n3": str(rng.randint(200, 989)),
        "n3b": str(rng.randint(200, 989)),
        "n4": str(rng.randint(1000, 9999)),
        "n4b": str(rng.randint(1000, 9999)),
        "n6": str(rng.randint(100000, 999999)),
        "n8": str(rng.randint(10000000, 99999999)),
        "big": str(rng.randint(12, 480)),
        "pct": str(rng.randint(8, 65)),
        "year": str(rng.randint(1998, 2021)),
        "day": f"{rng.randint(1, 28):02d}",
        "d": str(rng.randint(1, 28)),
        "mm": f"{rng.randint(1, 12):02d}",
        "hex": "".join(rng.choice("0123456789abcdef") for _ in range(rng.choice((12, 32)))),
        "vid": "".join(rng.choice(SHORT_FRESH + "-_") for _ in range(11)),
        "slug": "-".join(rng.sample(SLUG_WORDS, 3)),
        "pslug": re.sub(r"[^a-z0-9]+", "-", place.lower()).strip("-"),
        "wplace": place.replace(" ", "_"),
        "handle": rng.choice(HANDLES),
        "nslug": nslug,
        "mail": rng.choice(SPAM_MAIL.split("|")),
        "short": f"https://{rng.choice(SHORTENERS)}/" + "".join(rng.choice(SHORT_FRESH) for _ in range(7)),
        "blog": rng.choice(
            [
                f"https://{nslug}.wordpress.com",
                f"https://{nslug}.substack.com",
                f"https://www.{nslug}.net",
                f"https://{nslug}.blogspot.com",
                f"https://medium.com/@{nslug}",
            ]
        ),
    }
    base["blogpost"] = base["blog"].rstrip("/") + "/" + base["slug"]
    for key, pattern in zip(("src", "src2", "src3"), rng.sample(SOURCES, 3), strict=True):
        fresh = dict(base, slug="-".join(rng.sample(SLUG_WORDS, 3)), n8=str(rng.randint(10000000, 99999999)))
        fresh["hex"] = "".join(rng.choice("0123456789abcdef") for _ in range(rng.choice((12, 32))))
        base[key] = fill(pattern, fresh)
    return base


def fill(text, values):
    return string.Template(text).safe_substitute(values)


def render(rng, text, values):
    text = spin(rng, fill(text, values))
    return MARKED.sub(lambda m: OBFUSCATE[m.group(1)](m.group(2)), text)


def reader(rng, spec):
    if spec.startswith("@"):
        lang = spec[1:]
        name = rng.choice(NAMES[lang].split("|"))
        domain = rng.choice(MAIL[lang].split("|"))
    else:
        name = spin(rng, spec)
        domain = rng.choice(MAIL["en"].split("|"))
    plain = slug(name) if slug(name) != "reader" else "user"
    local = rng.choice([plain, plain + str(rng.randint(1, 99)), plain[:8] + str(rng.randint(1960, 2004))])
    return name, plain, f"{local}@{domain}"


def spammer_mail(rng, name, site):
    local = rng.choice(
        [
            "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(6, 10))) + str(rng.randint(10, 9999)),
            slug(name)[:12] + str(rng.randint(1, 999)),
        ]
    )
    host = site.split("//")[-1].split("/")[0] if site and rng.random() < 0.4 else rng.choice(SPAM_MAIL.split("|"))
    return f"{local}@{host}"


def counts(n, templates):
    return [n // templates + (i < n % templates) for i in range(templates)]


def build():
    rng = random.Random(SEED)
    posts = [a for a in articles(GLOBAL_VOICES) if a["date"] >= FIRST_DAY and a["regions"]]
    items = []
    for label, templates in (("ham", HAM), ("spam", SPAM)):
        for template, k in zip(templates, counts(300, len(templates)), strict=True):
            for _ in range(k):
                art = rng.choice(posts)
                if label == "ham":
                    key, body, name_spec, site = template
                    name, nslug, email = reader(rng, name_spec)
                    values = slots(rng, art, nslug)
                else:
                    key, _family, body, name_spec, site, dom = template
                    values = slots(rng, art, "user")
                    values["dom"] = spin(rng, dom)
                    name = render(rng, name_spec, values)
                    values["nslug"] = slug(name)[:10]
                    values["brand"] = slug(name)
                url = render(rng, site, values)
                items.append(
                    {
                        "label": label,
                        "source": f"heldback4:{label}:{key}",
                        "article": art["id"],
                        "body": render(rng, body, values),
                        "name": name,
                        "email": email if label == "ham" else spammer_mail(rng, name, url),
                        "url": url,
                    }
                )
    rng.shuffle(items)
    return items


if __name__ == "__main__":
    write_set(NAME, build())

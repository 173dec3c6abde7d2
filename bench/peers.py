"""Our seed article and front page beside WordPress and Ghost on the same content.

Sets up the two peers from their packages (Debian's `wordpress` with its default theme
Twenty Twenty-Three behind nginx + php-fpm on MariaDB; npm's `ghost` 5 with Casper on SQLite),
loads into each the stories our demo's front page shows (the seed article first) with the same
pictures, then screenshots the article and the front page of all three at 390 and 1280 px and
measures what a first view costs (bytes transferred, requests, third-party requests, fonts, LCP).
docs/peers.md is the recipe; docs/design.md shows the result. Nothing here goes in the repository
but this script: the peers' code and data live under WORK (default /tmp/peers).

    uv run python bench/peers.py export      # our demo must be serving on OURS (port 8200)
    uv run python bench/peers.py wordpress   # installs, imports, serves on 8201
    uv run python bench/peers.py ghost       # Ghost unpacked in WORK/ghost/app; serves on 8202
    uv run python bench/peers.py capture [SITE ...]  # screenshots to docs/img/peers/, figures
    uv run python bench/peers.py lighthouse [SITE ...]  # npm i -E lighthouse@12.2.3 in WORK/lh
    uv run python bench/peers.py stop        # stops the servers this script started
"""

import html
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parent.parent
WORK = Path(os.environ.get("PEERS_WORK") or Path(tempfile.gettempdir()) / "peers")
OURS = os.environ.get("PEERS_OURS", "http://127.0.0.1:8200")
WP_PORT, GHOST_PORT = 8201, 8202
WP = f"http://127.0.0.1:{WP_PORT}"
GHOST = f"http://127.0.0.1:{GHOST_PORT}"
STORIES = 12  # the seed article and the next 11 stories of our front page
WP_DB = os.environ.get("PEERS_WP_DB", "wn_peers_wp")
WP_CONFIG = Path("/etc/wordpress/config-wnpeers.php")  # Debian's wp-config.php reads it
GHOST_EMAIL, GHOST_PASSWORD = "editor@example.com", "peers-compare-2026"
SHOTS = ROOT / "docs" / "img" / "peers"


def export():
    """Write WORK/content.json: the stories on our front page, in its order, with pictures."""
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "windownews.settings")
    import django

    django.setup()
    from newsroom.models import ArticlePage

    page = requests.get(OURS + "/", timeout=30).text
    slugs = list(dict.fromkeys(re.findall(r'href="/news/([a-z0-9-]+)/"', page)))
    articles, pictures = [], WORK / "pictures"
    pictures.mkdir(parents=True, exist_ok=True)
    for slug in slugs:
        article = ArticlePage.objects.live().filter(slug=slug).first()
        if article is None or article.picture is None:  # a live page, not an article
            continue
        picture = pictures / Path(article.picture.file.name).name
        shutil.copyfile(article.picture.file.path, picture)
        articles.append(
            {
                "slug": slug,
                "title": article.title,
                "topic": article.topic.title if article.topic_id else "News",
                "standfirst": article.standfirst,
                "excerpt": article.opening(),
                "body_html": body_html(article),
                "credit_html": str(article.credit()),
                "published_gmt": article.published_at.strftime("%Y-%m-%d %H:%M:%S"),
                "tags": [tag.name for tag in article.tags.all()],
                "picture": str(picture),
                "picture_alt": article.picture_alt,
                "caption": caption(article),
            }
        )
        if len(articles) == STORIES:
            break
    content = {
        "site": "Global WindowNews",
        "tagline": "World news, as it happens",
        "seed_slug": articles[0]["slug"],
        "articles": articles,
    }
    (WORK / "content.json").write_text(json.dumps(content, indent=1))
    print(f"exported {len(articles)} stories (seed: {articles[0]['slug']}) to {WORK}")


def caption(article):
    """The caption our article shows under its picture (templates/newsroom/lead_image.html)."""
    if article.lead_image_id:
        return " ".join(filter(None, [article.lead_image_caption, article.lead_image_credit]))
    title = article.generated_image.title
    return f"{title}. Boundaries: Natural Earth" if title.startswith("Map") else ""


def body_html(article):
    """The body as plain HTML any theme styles: paragraphs, headings and quotes."""
    parts = []
    for block in article.body:
        if block.block_type == "paragraph":
            parts.append(block.value.source)
        elif block.block_type == "heading":
            parts.append(f"<h2>{html.escape(str(block.value))}</h2>")
        elif block.block_type == "quote":
            text = block.value.get("text") or block.value.get("quote") or ""
            parts.append(f"<blockquote><p>{html.escape(str(text))}</p></blockquote>")
    return "\n".join(parts)


def content():
    return json.loads((WORK / "content.json").read_text())


def start(name, command, **kwargs):
    """A server in its own process group; its pid goes to WORK/run/NAME.server for `stop`."""
    (WORK / "run").mkdir(parents=True, exist_ok=True)
    log = open(WORK / "run" / f"{name}.log", "ab")  # noqa: SIM115 (the child keeps it open)
    process = subprocess.Popen(
        command, stdout=log, stderr=subprocess.STDOUT, start_new_session=True, **kwargs
    )
    (WORK / "run" / f"{name}.server").write_text(str(process.pid))
    return process


def wait_for(url, seconds=120):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if requests.get(url, timeout=10).status_code < 500:
                return
        except requests.RequestException:
            pass
        time.sleep(2)
    raise SystemExit(f"{url} did not answer in {seconds} s")


NGINX = """daemon off; user www-data; pid {work}/run/nginx.pid; worker_processes 1;
error_log {work}/run/nginx-error.log;
events {{ worker_connections 256; }}
http {{
  include /etc/nginx/mime.types; access_log off;
  client_body_temp_path {work}/run/nginx-body; fastcgi_temp_path {work}/run/nginx-fastcgi;
  proxy_temp_path {work}/run/nginx-proxy; uwsgi_temp_path {work}/run/nginx-uwsgi;
  scgi_temp_path {work}/run/nginx-scgi;
  # What a WordPress host turns on: gzip for text, long expiry for theme and upload files.
  gzip on; gzip_types text/css application/javascript application/json image/svg+xml;
  server {{
    listen 127.0.0.1:{port}; root /usr/share/wordpress; index index.php;
    location ^~ /wp-content/uploads/ {{ alias {work}/wp-content/uploads/; expires 30d; }}
    location ~* \\.(css|js|woff2?|svg|png|jpe?g|webp)$ {{ expires 30d; try_files $uri =404; }}
    location / {{ try_files $uri $uri/ /index.php?$args; }}
    location ~ \\.php$ {{
      include /etc/nginx/fastcgi_params; fastcgi_param HTTP_HOST $http_host;
      fastcgi_param SCRIPT_FILENAME $document_root$fastcgi_script_name;
      fastcgi_param WORDPRESS_CONFIG wnpeers; fastcgi_pass unix:{work}/run/php-fpm.sock;
    }}
  }}
}}
"""
PHP_FPM = """[global]
pid = {work}/run/php-fpm.pid
error_log = {work}/run/php-fpm-error.log
daemonize = no
[peers]
user = www-data
group = www-data
listen = {work}/run/php-fpm.sock
listen.owner = www-data
pm = static
pm.max_children = 2
"""
WP_SETTINGS = """<?php
define('DB_NAME', '{db}'); define('DB_USER', 'root'); define('DB_PASSWORD', '');
define('DB_HOST', '127.0.0.1:3306'); define('WP_CONTENT_DIR', '{work}/wp-content');
define('WP_HOME', '{url}'); define('WP_SITEURL', '{url}');
define('AUTOMATIC_UPDATER_DISABLED', true); define('DISABLE_WP_CRON', true);
"""


def wordpress():
    """Debian's WordPress, installed and filled by bench/peers_wordpress.php, behind nginx."""
    subprocess.run(
        ["mysql", "-h127.0.0.1", "-uroot", "-e", f"CREATE DATABASE IF NOT EXISTS {WP_DB}"],
        check=True,
    )
    uploads = WORK / "wp-content" / "uploads"
    uploads.mkdir(parents=True, exist_ok=True)
    for part in ("themes", "plugins"):
        link = WORK / "wp-content" / part
        if not link.exists():
            link.symlink_to(f"/usr/share/wordpress/wp-content/{part}")
    WP_CONFIG.write_text(WP_SETTINGS.format(db=WP_DB, work=WORK, url=WP))
    env = dict(os.environ, WORDPRESS_CONFIG="wnpeers")
    subprocess.run(
        ["php", str(ROOT / "bench" / "peers_wordpress.php"), str(WORK / "content.json"), WP],
        check=True,
        env=env,
    )
    subprocess.run(["chown", "-R", "www-data:www-data", str(uploads)], check=True)
    (WORK / "run").mkdir(exist_ok=True)
    (WORK / "run" / "php-fpm.conf").write_text(PHP_FPM.format(work=WORK))
    (WORK / "run" / "nginx.conf").write_text(NGINX.format(work=WORK, port=WP_PORT))
    start("php-fpm", ["php-fpm8.2", "-F", "-y", str(WORK / "run" / "php-fpm.conf")])
    start("nginx", ["nginx", "-c", str(WORK / "run" / "nginx.conf")])
    wait_for(WP + "/")
    print(f"WordPress (Twenty Twenty-Three) at {WP}/")


def ghost():
    """npm's Ghost 5 (Casper bundled) on SQLite; content through its Admin API."""
    app = WORK / "ghost" / "app"
    data = WORK / "ghost" / "content"
    if not data.exists():
        shutil.copytree(app / "content", data, symlinks=True)
        (data / "data").mkdir(exist_ok=True)
    env = dict(
        os.environ,
        NODE_ENV="production",
        url=GHOST,
        server__host="127.0.0.1",
        server__port=str(GHOST_PORT),
        database__client="sqlite3",
        database__connection__filename=str(data / "data" / "ghost.db"),
        database__useNullAsDefault="true",
        paths__contentPath=str(data),
        security__staffDeviceVerification="false",
        mail__transport="Direct",
        logging__transports='["stdout"]',
        privacy__useUpdateCheck="false",
        privacy__useGravatar="false",
        privacy__useRpcPing="false",
    )
    start("ghost", ["node", "index.js"], cwd=app, env=env)
    wait_for(GHOST + "/ghost/api/admin/site/")
    admin = GHOST + "/ghost/api/admin"
    session = requests.Session()
    session.headers["Origin"] = GHOST
    setup = session.get(admin + "/authentication/setup/", timeout=30).json()
    if not setup["setup"][0]["status"]:
        session.post(
            admin + "/authentication/setup/",
            json={
                "setup": [
                    {
                        "name": "Newsroom",
                        "email": GHOST_EMAIL,
                        "password": GHOST_PASSWORD,
                        "blogTitle": content()["site"],
                    }
                ]
            },
            timeout=60,
        ).raise_for_status()
    session.post(
        admin + "/session/",
        json={"username": GHOST_EMAIL, "password": GHOST_PASSWORD},
        timeout=60,
    ).raise_for_status()
    # Ghost's default cover is a picture on ghost.org; our demo has no cover picture either.
    # New Ghost 5 sites start on Source; Casper, the theme we compare with, ships beside it.
    session.put(admin + "/themes/casper/activate/", timeout=60).raise_for_status()
    settings = {
        "settings": [
            {"key": "description", "value": content()["tagline"]},
            {"key": "cover_image", "value": ""},
        ]
    }
    session.put(admin + "/settings/", json=settings, timeout=30).raise_for_status()
    existing = session.get(admin + "/posts/?limit=all&fields=slug", timeout=30).json()["posts"]
    existing = {post["slug"] for post in existing}
    for slug in existing - {a["slug"] for a in content()["articles"]}:  # Ghost's welcome posts
        post = session.get(f"{admin}/posts/slug/{slug}/", timeout=30).json()["posts"][0]
        session.delete(f"{admin}/posts/{post['id']}/", timeout=30)
    seed = content()["seed_slug"]
    for article in reversed(content()["articles"]):
        if article["slug"] in existing:
            continue
        with open(article["picture"], "rb") as file:
            upload = session.post(
                admin + "/images/upload/",
                files={"file": (Path(article["picture"]).name, file, "image/jpeg")},
                data={"purpose": "image"},
                timeout=120,
            )
        upload.raise_for_status()
        post = {
            "title": article["title"],
            "slug": article["slug"],
            "html": article["body_html"]
            + (f"<p><em>{article['credit_html']}</em></p>" if article["credit_html"] else ""),
            "status": "published",
            "published_at": article["published_gmt"].replace(" ", "T") + ".000Z",
            "custom_excerpt": article["standfirst"][:300] or None,  # else Ghost's own excerpt
            "feature_image": upload.json()["images"][0]["url"],
            "feature_image_alt": article["picture_alt"][:191],
            "feature_image_caption": article["caption"] or None,
            "tags": [{"name": article["topic"]}] + [{"name": t} for t in article["tags"]],
            "featured": article["slug"] == seed,
        }
        session.post(
            admin + "/posts/?source=html", json={"posts": [post]}, timeout=120
        ).raise_for_status()
        print("Ghost:", article["slug"])
    print(f"Ghost (Casper) at {GHOST}/")


VIEWPORTS = {390: (390, 844, True), 1280: (1280, 800, False)}  # width: (w, h, mobile)
LCP_JS = """() => new Promise(resolve => {
  new PerformanceObserver(list => {
    const entries = list.getEntries(); resolve(entries[entries.length - 1].startTime);
  }).observe({type: 'largest-contentful-paint', buffered: true});
  setTimeout(() => resolve(null), 3000);
})"""


# How many of the exported stories have a link (headline or picture) inside the first screen.
FIRST_SCREEN_JS = """slugs => new Set([...document.querySelectorAll('a[href]')].filter(a => {
  const r = a.getBoundingClientRect();
  return r.height > 0 && r.top < innerHeight && r.bottom > 0;
}).map(a => slugs.find(s => a.getAttribute('href').includes(s))).filter(Boolean)).size"""


def pages():
    seed = content()["seed_slug"]
    return {
        "ours": {"home": OURS + "/", "article": f"{OURS}/news/{seed}/"},
        "wordpress": {"home": WP + "/", "article": f"{WP}/?name={seed}"},
        "ghost": {"home": GHOST + "/", "article": f"{GHOST}/{seed}/"},
    }


def capture():
    """Screenshots (1.5 screens) and first-view figures of each page at 390 and 1280 px."""
    from playwright.sync_api import sync_playwright

    SHOTS.mkdir(parents=True, exist_ok=True)
    figures, slugs = [], [a["slug"] for a in content()["articles"]]
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium")
        wanted = sys.argv[2:] or list(pages())  # e.g. `capture ours ghost`
        for site, urls in pages().items():
            if site not in wanted:
                continue
            for kind, url in urls.items():
                for width, (w, h, mobile) in VIEWPORTS.items():
                    context = browser.new_context(
                        viewport={"width": w, "height": h}, is_mobile=mobile, has_touch=mobile
                    )
                    page = context.new_page()
                    measured = measure(context, page, url)
                    # The picture is of a second view (fonts and pictures cached), so a font
                    # that missed its swap window on this loaded machine does not skew it.
                    page.reload(wait_until="networkidle", timeout=120_000)
                    page.evaluate("document.fonts.ready.then(() => true)")
                    measured["stories_in_first_screen"] = page.evaluate(FIRST_SCREEN_JS, slugs)
                    path = SHOTS / f"{site}-{kind}-{width}.png"
                    page.screenshot(
                        path=str(path),
                        full_page=True,
                        clip={"x": 0, "y": 0, "width": w, "height": int(h * 1.5)},
                    )
                    subprocess.run(
                        [
                            "pngquant",
                            "--force",
                            "--quality",
                            "50-80",
                            "--speed",
                            "1",
                            "--skip-if-larger",
                            "--ext",
                            ".png",
                            str(path),
                        ],
                        check=False,
                    )
                    figures.append({"site": site, "page": kind, "width": width, **measured})
                    context.close()
        browser.close()
    stored = WORK / "figures.json"
    kept = (
        [f for f in json.loads(stored.read_text()) if f["site"] not in wanted]
        if (stored.exists())
        else []
    )
    figures = kept + figures
    stored.write_text(json.dumps(figures, indent=1))
    print_figures(figures)


def measure(context, page, url):
    """A first view with an empty cache: what went over the wire, by kind, and LCP."""
    cdp = context.new_cdp_session(page)
    cdp.send("Network.enable")
    cdp.send("Network.setCacheDisabled", {"cacheDisabled": True})
    kinds, sizes, failed = {}, {}, []
    cdp.on(
        "Network.responseReceived",
        lambda e: kinds.__setitem__(e["requestId"], (e["type"], e["response"]["url"])),
    )
    cdp.on(
        "Network.loadingFinished",
        lambda e: sizes.__setitem__(e["requestId"], e["encodedDataLength"]),
    )
    cdp.on("Network.loadingFailed", lambda e: failed.append(e["requestId"]))
    urls = {}
    cdp.on(
        "Network.requestWillBeSent", lambda e: urls.__setitem__(e["requestId"], e["request"]["url"])
    )
    page.goto(url, wait_until="load", timeout=120_000)
    lcp = page.evaluate(LCP_JS)
    page.wait_for_timeout(1500)  # late requests (lazy pictures in view, scripts' own loads)
    cdp.send("Network.setCacheDisabled", {"cacheDisabled": False})
    host = url.split("/")[2]
    by_kind, third_party = {}, set()
    for request_id, size in sizes.items():
        kind, address = kinds.get(request_id, ("Other", urls.get(request_id, "")))
        by_kind[kind] = by_kind.get(kind, 0) + size
        if address.startswith("http") and address.split("/")[2] != host:
            third_party.add(address)
    for request_id in failed:
        address = urls.get(request_id, "")
        if address.startswith("http") and address.split("/")[2] != host:
            third_party.add(address)
    return {
        "url": url,
        "requests": len(sizes) + len(failed),
        "bytes": sum(sizes.values()),
        "by_kind": by_kind,
        "third_party": sorted(third_party),
        "lcp_ms": round(lcp) if lcp else None,
    }


def print_figures(figures):
    load = os.getloadavg()
    print(f"load average {load[0]:.1f} {load[1]:.1f} {load[2]:.1f}; first view, empty cache")
    print(
        f"{'site':<10} {'page':<8} {'px':>5} {'requests':>8} {'KB':>7} {'fonts KB':>8} "
        f"{'JS KB':>6} {'CSS KB':>6} {'img KB':>6} {'3rd-party':>9} {'LCP ms':>7} {'stories':>7}"
    )
    for f in figures:
        k = f["by_kind"]
        print(
            f"{f['site']:<10} {f['page']:<8} {f['width']:>5} {f['requests']:>8} "
            f"{f['bytes'] / 1024:>7.1f} {k.get('Font', 0) / 1024:>8.1f} "
            f"{k.get('Script', 0) / 1024:>6.1f} {k.get('Stylesheet', 0) / 1024:>6.1f} "
            f"{k.get('Image', 0) / 1024:>6.1f} {len(f['third_party']):>9} "
            f"{f['lcp_ms'] if f['lcp_ms'] is not None else '-':>7} "
            f"{f.get('stories_in_first_screen', '-'):>7}"
        )
        for address in f["third_party"]:
            print(f"{'':<10} third party: {address[:100]}")


def lighthouse():
    """Lighthouse 12 (npm, installed in WORK/lh), mobile defaults, on each page; scores printed."""
    binary = WORK / "lh" / "node_modules" / ".bin" / "lighthouse"
    env = dict(os.environ, CHROME_PATH="/usr/bin/chromium")
    rows, wanted = [], sys.argv[2:] or list(pages())  # e.g. `lighthouse ghost`
    for site, urls in pages().items():
        if site not in wanted:
            continue
        for kind, url in urls.items():
            report = WORK / "lh" / f"{site}-{kind}.json"
            subprocess.run(
                [
                    str(binary),
                    url,
                    "--quiet",
                    "--output=json",
                    f"--output-path={report}",
                    "--chrome-flags=--headless=new --no-sandbox",
                    "--only-categories=performance,accessibility,best-practices,seo",
                ],
                check=False,
                env=env,
            )
            if not report.exists():
                continue
            result = json.loads(report.read_text())
            scores = [round((c["score"] or 0) * 100) for c in result["categories"].values()]
            audits = result["audits"]
            rows.append(
                (
                    site,
                    kind,
                    scores,
                    audits["largest-contentful-paint"]["displayValue"],
                    audits["cumulative-layout-shift"]["displayValue"],
                    audits["total-byte-weight"]["numericValue"] / 1024,
                )
            )
    load = os.getloadavg()
    print(f"Lighthouse {result['lighthouseVersion']}, mobile; load average {load[0]:.1f}")
    print(f"{'site':<10} {'page':<8} {'perf/a11y/bp/seo':<17} {'LCP':>7} {'CLS':>6} {'KB':>7}")
    for site, kind, scores, lcp, cls, weight in rows:
        print(
            f"{site:<10} {kind:<8} {'/'.join(map(str, scores)):<17} {lcp:>7} {cls:>6} "
            f"{weight:>7.1f}"
        )


def stop():
    for pid_file in sorted((WORK / "run").glob("*.server")):
        pid = int(pid_file.read_text())
        try:
            os.killpg(pid, signal.SIGTERM)
            print("stopped", pid_file.stem, pid)
        except ProcessLookupError:
            pass
        pid_file.unlink()
    if WP_CONFIG.exists():
        WP_CONFIG.unlink()


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else ""
    actions = {
        "export": export,
        "wordpress": wordpress,
        "ghost": ghost,
        "capture": capture,
        "lighthouse": lighthouse,
        "stop": stop,
    }
    if command in actions:
        actions[command]()
    else:
        raise SystemExit(__doc__)

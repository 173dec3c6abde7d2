"""The one settings module. It reads typed environment variables (see `env.py`)
and runs with none set: SQLite under `var/`, a disk cache (diskcache) every process shares
and tasks run in-process. Production switches on DATABASE_URL, REDIS_URL and friends."""

import os
import secrets
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP

from windownews.env import (
    env_bool,
    env_choice,
    env_header,
    env_int,
    env_list,
    env_str,
    env_url,
)

BASE_DIR = Path(__file__).resolve().parent.parent
DATA_DIR = Path(env_str("WINDOWNEWS_DATA_DIR", str(BASE_DIR / "var"))).resolve()

# "demo" is the embedded default (one machine, no services); "production" demands
# real secrets and hosts instead of inventing them.
ENVIRONMENT = env_choice("WINDOWNEWS_ENV", ("demo", "production"), "demo")
PRODUCTION = ENVIRONMENT == "production"
DEBUG = env_bool("DEBUG", False)


def _demo_secret_key() -> str:
    """A key generated once and kept in the data folder, for the demo only."""
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    key_file = DATA_DIR / "secret_key"
    if not key_file.exists():
        key_file.write_text(secrets.token_urlsafe(50))
        key_file.chmod(0o600)
    return key_file.read_text().strip()


SECRET_KEY = env_str("SECRET_KEY")
if not SECRET_KEY:
    if PRODUCTION:
        raise ImproperlyConfigured("SECRET_KEY must be set when WINDOWNEWS_ENV=production.")
    SECRET_KEY = _demo_secret_key()

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", [] if PRODUCTION else ["127.0.0.1", "localhost", "[::1]"])
if PRODUCTION and not ALLOWED_HOSTS:
    raise ImproperlyConfigured("ALLOWED_HOSTS must be set when WINDOWNEWS_ENV=production.")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
SITE_URL = env_url("SITE_URL", ("http", "https")) or "http://127.0.0.1:8000"

# --- Database -----------------------------------------------------------------
DATABASE_URL = env_url("DATABASE_URL", ("postgres", "postgresql", "sqlite"))
if DATABASE_URL:
    try:
        DATABASES = {
            "default": dj_database_url.parse(
                DATABASE_URL, conn_max_age=env_int("DB_CONN_MAX_AGE", 60, minimum=0)
            )
        }
    except ValueError as error:
        raise ImproperlyConfigured(f"DATABASE_URL is not usable: {error}") from None
else:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": DATA_DIR / "windownews.sqlite3",
            # WAL lets readers carry on while the worker or an editor writes.
            "OPTIONS": {
                "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
                "transaction_mode": "IMMEDIATE",
                # The demo's server and its scheduler process write side by side: a writer
                # waits for the other's transaction rather than failing after 5 s.
                "timeout": 30,
            },
        }
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Applications ---------------------------------------------------------------
INSTALLED_APPS = [
    "newsroom",
    "comments",
    "discovery",
    "syndication",
    "live",
    "ninja",  # serves the API docs' Swagger UI from its own static files, not from a CDN
    "ingest",
    "following",
    "pictures",
    "entities",
    "windownews",
    "anymail",
    # No wagtail.contrib.forms: the site has no form pages, and its menu item asked the
    # database for them on every admin page.
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.frontend_cache",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_tasks_db",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    # Reader search's SearchVectorField (discovery.SearchEntry): written and read on PostgreSQL
    # only, but the model, its migrations and its checks are the same on SQLite.
    "django.contrib.postgres",
]

MIDDLEWARE = [
    # Behind NUM_PROXIES proxies, REMOTE_ADDR becomes the reader's (client_address.py).
    "windownews.client_address.ClientAddressMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    # Strips lone surrogates and control characters from every GET/POST field (input_text.py).
    "windownews.input_text.CleanInputMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # /?p=12 and friends: WordPress addresses on a path that is not a 404 (ingest.wordpress).
    "ingest.wordpress.middleware.OldQueryRedirectMiddleware",
]

ROOT_URLCONF = "windownews.urls"
WSGI_APPLICATION = "windownews.wsgi.application"
ASGI_APPLICATION = "windownews.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "windownews.context.site",
            ],
        },
    }
]

# --- Cache and tasks -------------------------------------------------------------
REDIS_URL = env_url("REDIS_URL", ("redis", "rediss", "unix"))
CACHE_SECONDS = env_int("CACHE_SECONDS", 300, minimum=0)

# --- Live coverage (live/) --------------------------------------------------------
# Seconds between readers' polls of a live page; 0 stops every reader's polling at once.
LIVE_POLL_SECONDS = env_int("LIVE_POLL_SECONDS", 5, minimum=0)
# How long shared caches keep the newest answer to a poll: the origin's load per live page.
LIVE_FRESH_SECONDS = env_int("LIVE_FRESH_SECONDS", 3, minimum=1)
LIVE_POSTS_PER_MINUTE = env_int("LIVE_POSTS_PER_MINUTE", 12, minimum=1)
if REDIS_URL:
    # django-redis keeps one client per server; Django's own backend builds a redis.Redis per
    # call (~45 µs each, 10-25 calls a render).
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "wn",
        }
    }
else:
    # On disk, not in local memory: the demo's scheduler is another process than the server, and
    # its purges must reach the pages the server caches. diskcache (SQLite and files): an atomic
    # incr and add across processes, and a set costs ~0.1 ms where Django's file cache lists
    # every file it holds (~4 ms at 3,000 entries; a page render does dozens). No default expiry
    # and no eviction: a purge counter that expired or was evicted could bring back a page it
    # had purged. One SQLite file (Django closes caches after each request, and each file is
    # then opened again); a read waits up to a second for it rather than miss.
    CACHES = {
        "default": {
            "BACKEND": "diskcache.DjangoCache",
            "LOCATION": DATA_DIR / "cache",
            "TIMEOUT": None,
            "SHARDS": 1,
            "DATABASE_TIMEOUT": 1.0,
            "OPTIONS": {"eviction_policy": "none"},
        }
    }

TASKS_BACKEND = env_choice(
    "TASKS_BACKEND", ("immediate", "database"), "database" if PRODUCTION else "immediate"
)
TASKS = {
    "default": {
        "BACKEND": "django_tasks_db.DatabaseBackend"
        if TASKS_BACKEND == "database"
        else "django.tasks.backends.immediate.ImmediateBackend",
    }
}

# --- Mail (Django 6.1 mailers) ----------------------------------------------------
# Production speaks SMTP (MAIL_HOST ...) or, with MAIL_BACKEND=anymail.backends.<esp>.EmailBackend,
# any provider django-anymail knows; its settings come from ANYMAIL_* variables, e.g.
# ANYMAIL_POSTMARK_SERVER_TOKEN. The demo writes every email as a file under MAIL_FILE_DIR.
MAIL_FILE_DIR = DATA_DIR / "outbox"
MAIL_BACKEND = env_str(
    "MAIL_BACKEND",
    "django.core.mail.backends.smtp.EmailBackend"
    if PRODUCTION
    else "django.core.mail.backends.filebased.EmailBackend",
)
if MAIL_BACKEND.endswith("smtp.EmailBackend"):
    MAIL_OPTIONS = {
        "host": env_str("MAIL_HOST", "localhost"),
        "port": env_int("MAIL_PORT", 25, minimum=1),
        "username": env_str("MAIL_USERNAME"),
        "password": env_str("MAIL_PASSWORD"),
        "use_tls": env_bool("MAIL_USE_TLS", False),
        "timeout": env_int("MAIL_TIMEOUT", 30, minimum=1),
    }
elif MAIL_BACKEND.endswith("filebased.EmailBackend"):
    MAIL_OPTIONS = {"file_path": str(MAIL_FILE_DIR)}
else:
    MAIL_OPTIONS = {}
MAILERS = {"default": {"BACKEND": MAIL_BACKEND, "OPTIONS": MAIL_OPTIONS}}
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "newsroom@windownews.invalid")
ANYMAIL = {
    name.removeprefix("ANYMAIL_"): env_str(name)
    for name in os.environ
    if name.startswith("ANYMAIL_")
}

# --- Static and media files ------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = DATA_DIR / "static"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = DATA_DIR / "media"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # Hashed names (in CSS and in the web manifest), plus gzip and brotli copies that WhiteNoise
    # serves to browsers that accept them, with "Cache-Control: max-age=315360000, public,
    # immutable" on hashed names. The copies cost ~14 s of CPU once per change of the static
    # files (the demo stamps them).
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "windownews.static_storage.StaticStorage"
    },
}
WHITENOISE_MAX_AGE = 3600  # names without a hash (none linked from our pages)

# --- Internationalisation ----------------------------------------------------------
LANGUAGE_CODE = "en"
TIME_ZONE = env_str("TIME_ZONE", "UTC")
USE_I18N = True
USE_TZ = True

# --- Security ----------------------------------------------------------------------
SESSION_COOKIE_HTTPONLY = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
X_FRAME_OPTIONS = "DENY"
if PRODUCTION:
    # Behind a TLS-terminating proxy (pagecache/deploy/nginx-tls.conf) the app sees plain HTTP;
    # this header, which the proxy sets and overwrites, says the reader's request was HTTPS.
    SECURE_PROXY_SSL_HEADER = env_header("PROXY_SSL_HEADER", "X-Forwarded-Proto: https")
    SECURE_SSL_REDIRECT = env_bool("SSL_REDIRECT", True)
    SECURE_HSTS_SECONDS = env_int("HSTS_SECONDS", 365 * 24 * 3600, minimum=0)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("HSTS_INCLUDE_SUBDOMAINS", True)
    SECURE_HSTS_PRELOAD = env_bool("HSTS_PRELOAD", True)
    SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES", True)
    CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
    # The health check answers the load balancer over plain HTTP.
    SECURE_REDIRECT_EXEMPT = [r"^healthz$"]

# Reader pages run no inline script or style: site.js and site.css only (JSON-LD is data, which
# script-src does not govern). No nonce: the page cache serves one copy of a page to everyone.
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:"],
    "frame-src": ["https:"],  # video and audio embeds from their providers
    "object-src": [CSP.NONE],
    "base-uri": [CSP.NONE],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
}
# The Wagtail admin (and the preview inside it) still needs inline scripts and styles.
ADMIN_CSP = {
    **SECURE_CSP,
    "script-src": [CSP.SELF, CSP.UNSAFE_INLINE],
    "style-src": [CSP.SELF, CSP.UNSAFE_INLINE],
    "img-src": [CSP.SELF, "data:", "blob:"],
    "frame-src": [CSP.SELF, "https:"],
    "base-uri": [CSP.SELF],
    "frame-ancestors": [CSP.SELF],
}
# Features no page of ours uses are switched off for it and anything it embeds.
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "browsing-topics",
        "camera",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "payment",
        "usb",
    )
}

# --- Wagtail -----------------------------------------------------------------------
WAGTAIL_SITE_NAME = env_str("SITE_NAME", "Global WindowNews")
WAGTAILADMIN_BASE_URL = SITE_URL
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp", "avif"]
# newsroom: uploads are checked by header (40 megapixels at most, so a decompression bomb is
# refused before decoding) and re-encoded without EXIF or trailing bytes (newsroom/images.py).
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILIMAGES_IMAGE_FORM_BASE = "newsroom.images.NewsroomImageForm"
WAGTAIL_I18N_ENABLED = False
# Staff privacy: no MD5 of anyone's email goes to gravatar.com and no admin page calls out to
# wagtail.io; avatars are the ones staff upload to their own profile.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAILEMBEDS_RESPONSIVE_HTML = True
TAGGIT_CASE_INSENSITIVE = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {
        "handlers": ["console"],
        "level": env_choice("LOG_LEVEL", ("debug", "info", "warning", "error"), "info").upper(),
    },
    # Per-task and per-page chatter; the audit log keeps who did what.
    "loggers": {name: {"level": "WARNING"} for name in ("django.tasks", "wagtail")},
}

# --- Page cache: page cache, stampede protection, purge, CDN (pagecache/) ------------------
INSTALLED_APPS.insert(0, "pagecache")
# First, so it sees the final response and answers hits before anything else runs.
MIDDLEWARE.insert(0, "pagecache.middleware.PageCacheMiddleware")
# Outside the page cache: Django answers If-None-Match/If-Modified-Since from the validators
# of every response, cached (ETag, Last-Modified from the store) or not.
MIDDLEWARE.insert(0, "django.middleware.http.ConditionalGetMiddleware")
# Off under DEBUG, pages and fragments alike, so an edited template shows at once.
PAGECACHE_ENABLED = not DEBUG
PAGECACHE_STAMPEDE_PROTECTION = env_bool("PAGECACHE_STAMPEDE_PROTECTION", True)
PAGECACHE_STALE_SECONDS = env_int(
    "PAGECACHE_STALE_SECONDS", 60, minimum=0
)  # served stale while one request rebuilds
PAGECACHE_FRAGMENT_SECONDS = (
    env_int("PAGECACHE_FRAGMENT_SECONDS", 3600, minimum=0) if PAGECACHE_ENABLED else 0
)  # shared fragments: until purged, at most this; 0 = off
PAGECACHE_LOCK_SECONDS = env_int(
    "PAGECACHE_LOCK_SECONDS", 10, minimum=1
)  # longest a rebuild may hold the lock
# Where cached pages are also written for nginx to serve without Python (README's recipe).
PAGECACHE_PAGE_DIR = env_str("PAGECACHE_PAGE_DIR")
WAGTAILFRONTENDCACHE = {}
if env_str("FRONTEND_CACHE_VARNISH_URL"):
    WAGTAILFRONTENDCACHE["varnish"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": env_url("FRONTEND_CACHE_VARNISH_URL", ("http", "https")),
    }
if env_str("CLOUDFLARE_ZONE_ID"):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "BEARER_TOKEN": env_str("CLOUDFLARE_API_TOKEN"),
        "ZONEID": env_str("CLOUDFLARE_ZONE_ID"),
    }
    if not WAGTAILFRONTENDCACHE["cloudflare"]["BEARER_TOKEN"]:
        raise ImproperlyConfigured("CLOUDFLARE_API_TOKEN must be set with CLOUDFLARE_ZONE_ID.")
if env_str("CLOUDFRONT_DISTRIBUTION_ID"):
    WAGTAILFRONTENDCACHE["cloudfront"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
        "DISTRIBUTION_ID": env_str("CLOUDFRONT_DISTRIBUTION_ID"),
    }
# One JSON object per line (python-json-logger), with whatever a call passed as `extra=`.
JSON_LOG_FORMATTER = {
    "()": "pythonjsonlogger.json.JsonFormatter",
    "fmt": "{asctime}{levelname}{name}{message}",
    "style": "{",
    "rename_fields": {"asctime": "time", "levelname": "level", "name": "logger"},
}
if env_choice("LOG_FORMAT", ("plain", "json"), "json" if PRODUCTION else "plain") == "json":
    LOGGING["formatters"]["json"] = JSON_LOG_FORMATTER
    LOGGING["handlers"]["console"]["formatter"] = "json"

# --- Syndication: the read API (syndication/api.py) ----------------------------------
# Any site may read the API from a browser; it only answers GET, so CORS opens nothing else.
INSTALLED_APPS.append("corsheaders")
MIDDLEWARE.insert(
    MIDDLEWARE.index("django.middleware.common.CommonMiddleware"),
    "corsheaders.middleware.CorsMiddleware",
)
CORS_URLS_REGEX = r"^/api/"
CORS_ALLOW_ALL_ORIGINS = True
CORS_ALLOW_METHODS = ("GET", "HEAD", "OPTIONS")
CORS_EXPOSE_HEADERS = ("ETag", "Last-Modified")
# Requests per minute per client address, counted in the cache (Redis in production).
API_REQUESTS_PER_MINUTE = env_int("API_REQUESTS_PER_MINUTE", 120, minimum=1)
# Proxies in front of the app that append to X-Forwarded-For (0: trust only the socket's address);
# every per-address limit counts the reader's address (windownews/client_address.py).
NUM_PROXIES = env_int("NUM_PROXIES", 0, minimum=0)
# The API's throttle reads REMOTE_ADDR, where that middleware has already put the reader's address.
NINJA_NUM_PROXIES = 0

# --- Following: readers follow story-lines, authors and tags (following/) ------------------
# Subscribing, per client address and per email address; django-ratelimit's syntax ("5/h").
FOLLOWING_RATE_PER_IP = env_str("FOLLOWING_RATE_PER_IP", "20/h")
FOLLOWING_RATE_PER_ADDRESS = env_str("FOLLOWING_RATE_PER_ADDRESS", "5/h")
# Alerts per task: one SMTP connection each; several workers send batches side by side.
FOLLOWING_BATCH_SIZE = env_int("FOLLOWING_BATCH_SIZE", 500, minimum=1)
# The daily digests leave at this hour of the newsroom's time zone (Settings → Newsroom).
FOLLOWING_DIGEST_HOUR = env_int("FOLLOWING_DIGEST_HOUR", 7, minimum=0)

# --- Sign-in throttling (django-axes; windownews/sign_in.py) ---------------------------
# Failed passwords are counted per account and per client address: either reaching the limit
# refuses every password, the right one too, until the cool-off ends or an administrator
# unlocks it (Settings → Locked sign-ins, or `manage.py axes_reset_username NAME`).
INSTALLED_APPS.append("axes")
MIDDLEWARE.append("axes.middleware.AxesMiddleware")  # last, as axes asks
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env_int("LOGIN_FAILURE_LIMIT", 10, minimum=1)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("LOGIN_LOCKOUT_MINUTES", 15, minimum=1))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
# A guess during the lockout does not push its end further out.
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "windownews.sign_in.locked_out"
AXES_ENABLE_ADMIN = False  # Django's admin site is not served; the Wagtail admin shows them
AXES_VERBOSE = False  # our own warning names each lockout (sign_in.py)

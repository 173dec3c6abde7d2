"""The one settings module. It reads typed environment variables (see `env.py`)
and runs with none set: SQLite under `var/`, a local-memory cache and tasks run
in-process. Production switches on DATABASE_URL, REDIS_URL and friends."""

import os
import secrets
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from windownews.env import env_bool, env_choice, env_int, env_list, env_str, env_url

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
            },
        }
    }
USING_POSTGRES = DATABASES["default"]["ENGINE"].endswith("postgresql")
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
    "entities",
    "windownews",
    "anymail",
    "wagtail.contrib.forms",
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
]
if USING_POSTGRES:
    INSTALLED_APPS.append("django.contrib.postgres")

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "pagecache.sites.SiteLookupMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
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
    CACHES = {
        "default": {
            "BACKEND": "pagecache.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "wn",
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "windownews",
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
    # Hashed names for far-future caching. Production also stores gzip/brotli copies for
    # WhiteNoise; the demo's granian serves the files itself, so it skips that (~14 s of CPU).
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if PRODUCTION
        else "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"
    },
}
WHITENOISE_MAX_AGE = 3600

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
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES", True)
    CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE

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
PAGECACHE_STAMPEDE_PROTECTION = env_bool("PAGECACHE_STAMPEDE_PROTECTION", True)
PAGECACHE_STALE_SECONDS = env_int(
    "PAGECACHE_STALE_SECONDS", 60, minimum=0
)  # served stale while one request rebuilds
PAGECACHE_FRAGMENT_SECONDS = env_int(
    "PAGECACHE_FRAGMENT_SECONDS", 3600, minimum=0
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
if env_choice("LOG_FORMAT", ("plain", "json"), "json" if PRODUCTION else "plain") == "json":
    LOGGING["formatters"]["json"] = {"()": "pagecache.logs.JsonFormatter"}
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
# Proxies in front of the app that append to X-Forwarded-For (0: trust only the socket's address).
NINJA_NUM_PROXIES = env_int("NUM_PROXIES", 0, minimum=0)

# --- Following: readers follow story-lines, authors and tags (following/) ------------------
# Subscribing, per client address and per email address; django-ratelimit's syntax ("5/h").
FOLLOWING_RATE_PER_IP = env_str("FOLLOWING_RATE_PER_IP", "20/h")
FOLLOWING_RATE_PER_ADDRESS = env_str("FOLLOWING_RATE_PER_ADDRESS", "5/h")
# Alerts per task: one SMTP connection each; several workers send batches side by side.
FOLLOWING_BATCH_SIZE = env_int("FOLLOWING_BATCH_SIZE", 500, minimum=1)

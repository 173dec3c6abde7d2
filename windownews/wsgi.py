"""The one WSGI entry (settings.WSGI_APPLICATION, and what `windownews serve` runs): Django,
behind the page cache's fast path (pagecache/wsgi.py)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "windownews.settings")
django_application = get_wsgi_application()

# After Django is set up:
from pagecache.wsgi import FastPath  # noqa: E402
from windownews.startup import settle  # noqa: E402

application = FastPath(django_application)
settle()

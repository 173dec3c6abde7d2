"""WordPress's GMT date strings, kept to the second."""

from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

FORMAT = "%Y-%m-%d %H:%M:%S"
EARLIEST = 1971  # a never-published post's pubDate reads 1970-01-01 or the year -1


def gmt(value):
    """'2010-01-07 19:40:00' -> an aware UTC datetime; WordPress's zero date -> None."""
    if not value or value.startswith("0000"):
        return None
    try:
        return datetime.strptime(value.strip(), FORMAT).replace(tzinfo=UTC)
    except ValueError:
        return None


def usable(value):
    """A real date in WordPress's format (not its zero date, not before 1971)."""
    found = gmt(value)
    return found is not None and found.year >= EARLIEST


def rfc822(value):
    """An RSS pubDate ('Wed, 20 Oct 2010 14:08:20 +0000') in WordPress's GMT format, or ''."""
    try:
        found = parsedate_to_datetime(value.strip())
    except (TypeError, ValueError, IndexError):
        return ""
    if found.tzinfo is None:
        found = found.replace(tzinfo=UTC)
    return found.astimezone(UTC).strftime(FORMAT)

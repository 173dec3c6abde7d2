"""WordPress's GMT date strings, kept to the second."""

from datetime import UTC, datetime


def gmt(value):
    """'2010-01-07 19:40:00' -> an aware UTC datetime; WordPress's zero date -> None."""
    if not value or value.startswith("0000"):
        return None
    try:
        return datetime.strptime(value.strip(), "%Y-%m-%d %H:%M:%S").replace(tzinfo=UTC)
    except ValueError:
        return None

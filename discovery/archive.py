"""Date archives: /archive/2022/, /archive/2022/03/, /archive/2022/03/16/."""

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from django.utils import timezone


@dataclass(frozen=True)
class Period:
    start: date
    end: date  # exclusive
    label: str

    @classmethod
    def of(cls, year, month=None, day=None):
        """The period, or None for a date that does not exist (month 13, 30 February)."""
        try:
            if day is not None:
                start = date(year, month, day)
                return cls(start, start + timedelta(days=1), start.strftime("%-d %B %Y"))
            if month is not None:
                start = date(year, month, 1)
                return cls(
                    start, date(year + month // 12, month % 12 + 1, 1), start.strftime("%B %Y")
                )
            return cls(date(year, 1, 1), date(year + 1, 1, 1), str(year))
        except (ValueError, OverflowError):
            return None

    def filter(self, articles):
        zone = timezone.get_current_timezone()
        start, end = (datetime.combine(d, time.min, tzinfo=zone) for d in (self.start, self.end))
        return articles.filter(published_at__gte=start, published_at__lt=end)

"""Reading the date line: 'July 6, 1963', '6 July 1963', '1963-07-06', 'July 1963'."""
from __future__ import annotations

import datetime
import re

MONTHS = {name: number for number, name in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august",
     "september", "october", "november", "december"], start=1)}
MONTHS.update({name[:3]: number for name, number in list(MONTHS.items())})
MONTHS["sept"] = 9

_MONTH = r"(?P<month>[A-Za-z]+)\.?"
PATTERNS = [
    re.compile(rf"^{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})$"),
    re.compile(rf"^(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH},?\s+(?P<year>\d{{4}})$"),
    re.compile(r"^(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})$"),
    re.compile(rf"^{_MONTH},?\s+(?P<year>\d{{4}})$"),
    re.compile(r"^(?P<year>\d{4})$"),
]


def parse_date(text: str) -> str | None:
    """The ISO form (YYYY, YYYY-MM or YYYY-MM-DD) of a date line, or None."""
    text = text.strip()
    for pattern in PATTERNS:
        match = pattern.match(text)
        if not match:
            continue
        parts = match.groupdict()
        year = int(parts["year"])
        month = parts.get("month")
        if month is None:
            return f"{year:04d}"
        month_number = int(month) if month.isdigit() else MONTHS.get(month.lower())
        if not month_number or not 1 <= month_number <= 12:
            return None
        if parts.get("day") is None:
            return f"{year:04d}-{month_number:02d}"
        try:
            return datetime.date(year, month_number, int(parts["day"])).isoformat()
        except ValueError:
            return None
    return None

"""The post's local time zone: ages and letter dates follow the calendar at Entikong."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

# West Kalimantan keeps Western Indonesian Time (WIB, UTC+7).
POST_TIMEZONE = ZoneInfo("Asia/Pontianak")


def local_date(moment: datetime) -> date:
    """The calendar date at the post for an aware moment (e.g. a convoy's arrival)."""
    return moment.astimezone(POST_TIMEZONE).date()

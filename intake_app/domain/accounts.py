"""Rules for officer accounts: usernames, passwords, NIP, and the login lockout."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

USERNAME_PATTERN = re.compile(r"[a-z0-9][a-z0-9._-]{1,31}")
NIP_PATTERN = re.compile(r"\d{18}")  # Nomor Induk Pegawai: 18 digits
MIN_PASSWORD_LENGTH = 8

MAX_FAILURES = 5
FIRST_LOCK = timedelta(seconds=30)
LONGEST_LOCK = timedelta(hours=1)


class AccountRuleError(ValueError):
    """Input that breaks an account rule; the message names the rule (English)."""


def normalize_username(text: str) -> str:
    username = text.strip().lower()
    if not USERNAME_PATTERN.fullmatch(username):
        raise AccountRuleError(
            "a username is 2-32 characters: letters, digits, '.', '_' or '-', "
            "starting with a letter or digit"
        )
    return username


def normalize_nip(text: str | None) -> str | None:
    if text is None or not text.strip():
        return None
    nip = re.sub(r"[\s.]", "", text)
    if not NIP_PATTERN.fullmatch(nip):
        raise AccountRuleError("a NIP has 18 digits")
    return nip


def check_password(password: str, *, username: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise AccountRuleError(f"a password has at least {MIN_PASSWORD_LENGTH} characters")
    if password.strip().lower() == username.lower():
        raise AccountRuleError("a password must differ from the username")


@dataclass(frozen=True)
class LockState:
    """Failed logins in a row, and until when the account refuses every attempt."""

    failures: int = 0
    locked_until: datetime | None = None

    def remaining_seconds(self, now: datetime) -> int:
        """Whole seconds left (rounded up) for the login dialog's countdown; 0 if open."""
        if self.locked_until is None or self.locked_until <= now:
            return 0
        left = (self.locked_until - now).total_seconds()
        return int(left) + (0 if left == int(left) else 1)


def lock_period(failures: int) -> timedelta:
    """No lock below MAX_FAILURES; then 30 s, doubling with each further failure, up to 1 h."""
    if failures < MAX_FAILURES:
        return timedelta(0)
    return min(FIRST_LOCK * 2 ** (failures - MAX_FAILURES), LONGEST_LOCK)


def after_failure(state: LockState, now: datetime) -> LockState:
    failures = state.failures + 1
    period = lock_period(failures)
    return LockState(failures, now + period if period else None)


def after_success() -> LockState:
    return LockState()

"""Handover letter numbers: configurable pattern, yearly sequence, formatting and parsing back.

Design note — desk codes rather than reserved blocks. A post may run several desks (PCs or
laptops) that are offline for days and cannot ask each other for the next number. Two ways keep
numbers unique: give each desk a block of sequence numbers in advance (1-499 desk A, 500-999
desk B), or put a desk code in the number and let every desk count from 1 on its own. Blocks
need someone to hand them out and to hand out more when one runs dry, which an offline desk
cannot ask for in the middle of a convoy; they leave unexplained gaps and print numbers out of
date order, which auditors query. Desk codes need no coordination at all after setup: each desk
keeps one counter per year, its numbers are gapless except for voided letters (which stay on
record), and uniqueness follows from the pattern, so `validate_pattern(..., multi_desk=True)`
demands {desk}. The price is that the post has one series per desk, which reads naturally on
paper (B/012/A/...), and that desk codes must be distinct, a one-time setting at installation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from itertools import pairwise

PLACEHOLDERS = frozenset({"seq", "year", "month", "month_roman", "desk"})
# Only the numeric counters may be zero padded ({seq:03}, {month:02}).
PADDABLE = frozenset({"seq", "month"})
_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
# A desk code sits inside a letter number: short, no separators, upper case.
DESK_CODE_RE = re.compile(r"[A-Z0-9]{1,8}")
_FIELD_RE = re.compile(r"\{([^{}]*)\}")
_SPEC_RE = re.compile(r"0([1-9])")


class PatternProblem(StrEnum):
    EMPTY = "empty"
    MISSING_SEQ = "missing_seq"
    MISSING_YEAR = "missing_year"
    MISSING_DESK = "missing_desk"  # several desks count on their own: the code keeps them apart
    UNKNOWN_PLACEHOLDER = "unknown_placeholder"
    BAD_FORMAT_SPEC = "bad_format_spec"
    DUPLICATE_PLACEHOLDER = "duplicate_placeholder"
    ADJACENT_PLACEHOLDERS = "adjacent_placeholders"  # nothing between them: cannot be read back
    UNBALANCED_BRACE = "unbalanced_brace"


@dataclass(frozen=True)
class ParsedNumber:
    """What a letter number says; month and desk are None when the pattern lacks them."""

    seq: int
    year: int
    month: int | None = None
    desk: str | None = None


@dataclass(frozen=True)
class _Field:
    name: str
    width: int  # zero-padding width, 0 for none


_Token = str | _Field


def validate_pattern(pattern: str, *, multi_desk: bool = False) -> tuple[PatternProblem, ...]:
    """Every problem of `pattern`, in a stable order; empty when it can be used."""
    tokens, problems = _tokenize(pattern)
    names = [t.name for t in tokens if isinstance(t, _Field)]
    found = set(problems)
    if not pattern.strip():
        found.add(PatternProblem.EMPTY)
    if "seq" not in names:
        found.add(PatternProblem.MISSING_SEQ)
    if "year" not in names:
        found.add(PatternProblem.MISSING_YEAR)
    if multi_desk and "desk" not in names:
        found.add(PatternProblem.MISSING_DESK)
    if len(names) != len(set(names)):
        found.add(PatternProblem.DUPLICATE_PLACEHOLDER)
    if any(isinstance(a, _Field) and isinstance(b, _Field) for a, b in pairwise(tokens)):
        found.add(PatternProblem.ADJACENT_PLACEHOLDERS)
    return tuple(p for p in PatternProblem if p in found)


def valid_desk_code(desk: str) -> bool:
    return DESK_CODE_RE.fullmatch(desk) is not None


def roman_month(month: int) -> str:
    """Month 1-12 in Roman numerals, as Indonesian letter numbers write it (2 → "II")."""
    if not 1 <= month <= 12:
        raise ValueError(f"month out of range: {month}")
    return _ROMAN[month - 1]


def format_number(pattern: str, *, seq: int, issued_on: date, desk: str = "") -> str:
    """The letter number for `seq` issued on `issued_on`; the pattern must be valid.

    Raises ValueError on an invalid pattern, a sequence below 1, or an invalid desk code when
    the pattern uses {desk}: these are configuration bugs, caught by `validate_pattern` first.
    """
    tokens = _usable_tokens(pattern)
    if seq < 1:
        raise ValueError(f"sequence starts at 1: {seq}")
    values = {
        "seq": seq,
        "year": issued_on.year,
        "month": issued_on.month,
        "month_roman": roman_month(issued_on.month),
        "desk": desk,
    }
    uses_desk = any(isinstance(t, _Field) and t.name == "desk" for t in tokens)
    if uses_desk and not valid_desk_code(desk):
        raise ValueError(f"invalid desk code: {desk!r}")
    return "".join(t if isinstance(t, str) else _render(values[t.name], t.width) for t in tokens)


def parse_number(pattern: str, number: str) -> ParsedNumber | None:
    """Read seq, year, month and desk back from `number`; None when it does not fit `pattern`.

    Strict on purpose (it verifies letters): the number must be exactly what `format_number`
    would print, so "B/0001/..." does not pass for "B/001/...".
    """
    tokens = _usable_tokens(pattern)
    match = _regex(tokens).fullmatch(number.strip())
    if match is None:
        return None
    widths = {t.name: t.width for t in tokens if isinstance(t, _Field)}
    found = match.groupdict()
    seq = int(found["seq"])
    if seq < 1 or found["seq"] != _render(seq, widths["seq"]):
        return None
    month: int | None = None
    if found.get("month") is not None:
        month = int(found["month"])
        if not 1 <= month <= 12 or found["month"] != _render(month, widths["month"]):
            return None
    if found.get("month_roman") is not None:
        from_roman = _ROMAN.index(found["month_roman"]) + 1
        if month is not None and month != from_roman:
            return None
        month = from_roman
    return ParsedNumber(seq=seq, year=int(found["year"]), month=month, desk=found.get("desk"))


def next_sequence(last_seq_this_year: int | None) -> int:
    """The next number of the year; pass the highest ever reserved, voided ones included.

    A voided letter stays on record with its number, so reusing it would make two letters
    share one number; gaps are explained by the void record instead.
    """
    if last_seq_this_year is None:
        return 1
    if last_seq_this_year < 0:
        raise ValueError(f"negative sequence: {last_seq_this_year}")
    return last_seq_this_year + 1


def last_sequence(
    numbers: Iterable[ParsedNumber], *, year: int, desk: str | None = None
) -> int | None:
    """Highest sequence of `year` (and `desk`) among letters on record, to rebuild a counter.

    After a restore from backup the counter may lag behind letters already printed and synced;
    the letters themselves are the truth. Other years do not count: the sequence restarts.
    """
    seqs = [n.seq for n in numbers if n.year == year and n.desk == desk]
    return max(seqs, default=None)


def _tokenize(pattern: str) -> tuple[list[_Token], list[PatternProblem]]:
    tokens: list[_Token] = []
    problems: list[PatternProblem] = []
    pos = 0
    for m in _FIELD_RE.finditer(pattern):
        if m.start() > pos:
            tokens.append(pattern[pos : m.start()])
        pos = m.end()
        name, _, spec = m.group(1).partition(":")
        if name not in PLACEHOLDERS:
            problems.append(PatternProblem.UNKNOWN_PLACEHOLDER)
            continue
        width = 0
        if ":" in m.group(1):
            spec_match = _SPEC_RE.fullmatch(spec)
            if name not in PADDABLE or spec_match is None:
                problems.append(PatternProblem.BAD_FORMAT_SPEC)
                continue
            width = int(spec_match.group(1))
        tokens.append(_Field(name, width))
    if pos < len(pattern):
        tokens.append(pattern[pos:])
    if any(isinstance(t, str) and ("{" in t or "}" in t) for t in tokens):
        problems.append(PatternProblem.UNBALANCED_BRACE)
    return tokens, problems


def _usable_tokens(pattern: str) -> list[_Token]:
    problems = validate_pattern(pattern)
    if problems:
        raise ValueError(f"unusable letter number pattern: {', '.join(problems)}")
    return _tokenize(pattern)[0]


def _regex(tokens: list[_Token]) -> re.Pattern[str]:
    parts: list[str] = []
    for t in tokens:
        if isinstance(t, str):
            parts.append(re.escape(t))
        elif t.name in PADDABLE:
            parts.append(rf"(?P<{t.name}>\d+)")  # canonical form checked after the match
        elif t.name == "year":
            parts.append(r"(?P<year>\d{4})")
        elif t.name == "month_roman":
            # Longest first so XII is not read as XI followed by I.
            alternatives = "|".join(sorted(_ROMAN, key=len, reverse=True))
            parts.append(rf"(?P<month_roman>{alternatives})")
        else:
            parts.append(rf"(?P<desk>{DESK_CODE_RE.pattern})")
    return re.compile("".join(parts))


def _render(value: int | str, width: int) -> str:
    return f"{value:0{width}d}" if width and isinstance(value, int) else str(value)

"""What a saved person record still lacks, so officers can finish it later."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Missing(StrEnum):
    AGE = "age"  # no birth date, birth year or estimate
    DOCUMENT_NUMBER = "document_number"  # a passport or SPLP without its number
    ORIGIN = "origin"  # no regency of origin
    REASONS = "reasons"  # no reason for deportation


@dataclass(frozen=True)
class RecordFacts:
    has_age: bool
    document_type: str
    document_number: str | None
    regency_code: str | None
    reasons: tuple[str, ...]


def missing_fields(facts: RecordFacts) -> tuple[Missing, ...]:
    """Ordered as the form reads, so the list says what to fill in next.

    An unaccompanied minor is not "missing" a guardian: that is a finding, flagged on its
    own, not a gap in the record.
    """
    missing: list[Missing] = []
    if not facts.has_age:
        missing.append(Missing.AGE)
    if facts.document_type != "none" and not facts.document_number:
        missing.append(Missing.DOCUMENT_NUMBER)
    if not facts.regency_code:
        missing.append(Missing.ORIGIN)
    if not facts.reasons:
        missing.append(Missing.REASONS)
    return tuple(missing)

"""The list of names sent ahead of a convoy: who is still expected, and picking them."""

from __future__ import annotations

import uuid
from datetime import date

from pydantic import BaseModel, ConfigDict
from sqlmodel import col, select

from intake_app.domain.enums import DeportationReason, Sex, TravelDocType
from intake_app.storage.database import Database
from intake_app.storage.models import ManifestEntry


class ManifestEntryPublic(BaseModel):
    model_config = ConfigDict(frozen=True, from_attributes=True)

    id: uuid.UUID
    convoy_id: uuid.UUID
    row_number: int
    full_name: str
    sex: Sex
    birth_date: date | None
    birth_year: int | None
    estimated_age: int | None
    birth_place: str | None
    document_type: TravelDocType
    document_number: str | None
    reasons: tuple[DeportationReason, ...]
    address: str | None
    person_id: uuid.UUID | None

    def pick_label(self) -> str:
        """One line to find the entry by typing part of a name or document number."""
        born = self.birth_date.strftime("%d-%m-%Y") if self.birth_date else self.birth_year
        parts = [self.full_name, self.document_number or "-", str(born or "-")]
        return " | ".join(parts)


class ManifestQuery:
    def __init__(self, db: Database) -> None:
        self._db = db

    def pending(self, convoy_id: uuid.UUID) -> list[ManifestEntryPublic]:
        """Entries of the convoy's list not yet registered as arrived, in list order."""
        with self._db.read() as session:
            rows = session.exec(
                select(ManifestEntry)
                .where(ManifestEntry.convoy_id == convoy_id, col(ManifestEntry.person_id).is_(None))
                .order_by(col(ManifestEntry.row_number))
            ).all()
            return [ManifestEntryPublic.model_validate(row) for row in rows]

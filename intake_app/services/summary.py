"""Head counts of what a data folder holds (for `intake-app summary` and the status bar)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict
from sqlalchemy import func
from sqlmodel import Session, col, select

from intake_app.storage.database import Database
from intake_app.storage.models import Convoy, Handover, ManifestEntry, OutboxEntry, Person


class Summary(BaseModel):
    model_config = ConfigDict(frozen=True)

    convoys: int
    expected: int  # on a manifest, not yet arrived
    registered: int
    minors: int
    unaccompanied_minors: int
    handovers: int  # letters issued and not voided
    pending_sync: int  # changes not yet in a batch for head office


def summarize(db: Database) -> Summary:
    with db.read() as session:
        return summarize_session(session)


def summarize_session(session: Session) -> Summary:
    def count(statement) -> int:  # type: ignore[no-untyped-def]
        return int(session.exec(statement).one())

    # Three counts, each answered from an index (is_minor; the partial index of the
    # unaccompanied, migration 0007): one FILTERed count would read every person row.
    minors = count(select(func.count()).select_from(Person).where(col(Person.is_minor) == True))  # noqa: E712
    unaccompanied = count(
        select(func.count()).select_from(Person).where(col(Person.unaccompanied) == True)  # noqa: E712
    )
    return Summary(
        convoys=count(select(func.count()).select_from(Convoy)),
        expected=count(
            select(func.count())
            .select_from(ManifestEntry)
            .where(col(ManifestEntry.person_id).is_(None))
        ),
        registered=count(select(func.count()).select_from(Person)),
        minors=minors,
        unaccompanied_minors=unaccompanied,
        handovers=count(
            select(func.count()).select_from(Handover).where(Handover.status == "issued")
        ),
        pending_sync=count(
            select(func.count()).select_from(OutboxEntry).where(col(OutboxEntry.batch_id).is_(None))
        ),
    )

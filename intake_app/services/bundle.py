"""The set of services one data folder offers; app.py builds it, widgets receive it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from uuid import UUID

from intake_app.services.accounts import OfficerSession
from intake_app.services.convoys import ConvoyService
from intake_app.services.handovers import HandoverService
from intake_app.services.manifests import ManifestQuery
from intake_app.services.people import PeopleService
from intake_app.services.people_query import PeopleQuery
from intake_app.services.search import PersonSearch
from intake_app.services.summary import Summary, summarize
from intake_app.services.sync_export import SyncExporter
from intake_app.storage.database import Database


@dataclass(frozen=True)
class AppServices:
    data_dir: Path
    db: Database
    now: Callable[[], datetime]
    convoys: ConvoyService
    people: PeopleService
    people_query: PeopleQuery
    manifests: ManifestQuery
    search: PersonSearch
    sync_export: SyncExporter
    handovers: HandoverService
    # The officer who logged in (app.py and cli.py always set it; some tests build without).
    session: OfficerSession | None = None

    @property
    def officer_id(self) -> UUID | None:
        """The logged-in officer, recorded on every record and audit entry they make."""
        return self.session.officer.id if self.session else None

    def summary(self) -> Summary:
        return summarize(self.db)

    @classmethod
    def build(
        cls,
        data_dir: Path,
        db: Database,
        now: Callable[[], datetime],
        session: OfficerSession | None = None,
    ) -> AppServices:
        return cls(
            data_dir=data_dir,
            db=db,
            now=now,
            convoys=ConvoyService(db, now=now),
            people=PeopleService(db, now=now),
            people_query=PeopleQuery(db),
            manifests=ManifestQuery(db),
            search=PersonSearch(db),
            sync_export=SyncExporter(db, data_dir, now),
            handovers=HandoverService(db, data_dir, now),
            session=session,
        )

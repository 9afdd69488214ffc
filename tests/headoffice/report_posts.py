"""Two generated posts (tests/services/report_world.py) sent to head office as real batches."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine
from sqlmodel import select

from intake_app.domain.enums import ChangeKind
from intake_app.headoffice.ingest import ingest_batch
from intake_app.headoffice.keys import PUBLIC_KEYS_FILE, HeadOfficeIdentity
from intake_app.headoffice.registry import trust_post
from intake_app.services.posts import ENTIKONG_POST, PostDraft
from intake_app.storage.journal import record_outbox
from intake_app.storage.models import Convoy, Person, PersonLink
from tests.services.accounts_world import open_test_folder
from tests.services.report_world import World, build_world, convoys_in_period, in_period

ARUK_POST = PostDraft(
    code="P4MI-SBS",
    name="Pos Pelayanan P4MI Sambas - PLBN Aruk",
    place="Aruk",
    letterhead_lines=("KEMENTERIAN PELINDUNGAN PEKERJA MIGRAN INDONESIA", "Pos PLBN Aruk"),
)
JOURNALED = {  # create_post journals the post itself
    Convoy: ChangeKind.CONVOY,
    Person: ChangeKind.PERSON,
    PersonLink: ChangeKind.PERSON_LINK,
}


@dataclass
class SentPost:
    code: str
    name: str
    world: World
    services: Any

    def people(self, date_from: date, date_to: date) -> list[dict[str, Any]]:
        """The persons of the period as the report tests count them (depot, linked added)."""
        return [
            dict(p, linked=p["id"] in self.world.linked)
            for p in in_period(self.world, date_from, date_to)
        ]

    def convoys(self, date_from: date, date_to: date) -> int:
        return convoys_in_period(self.world, date_from, date_to)


def send_two_posts(
    engine: Engine, identity: HeadOfficeIdentity, keys_dir: Path, work: Path, now: datetime
) -> Iterator[list[SentPost]]:
    """Entikong (seed 7) and Aruk (seed 11): generated, journaled, exported and ingested; then
    one Entikong person is edited (a second version) and sent again, so that head office
    must count the newest version."""
    sent: list[SentPost] = []
    try:
        for draft, seed in ((ENTIKONG_POST, 7), (ARUK_POST, 11)):
            services = open_test_folder(work / draft.code, now=lambda: now)
            world = build_world(services.db, seed=seed, now=now, post_draft=draft)
            sent.append(SentPost(draft.code, draft.name, world, services))
            _journal_everything(services.db, now)
            services.sync_export.add_headoffice_keys(keys_dir / PUBLIC_KEYS_FILE)
            services.sync_export.ensure_post_keys()
            key_file = Path(services.sync_export.post_public_key_path)
            trust_post(engine, key_file, post_code=draft.code, now=now)
            _send(engine, identity, services, work / f"usb-{draft.code}", now)
        entikong = sent[0]
        _edit_one_person(entikong, now)
        _send(engine, identity, entikong.services, work / "usb-again", now)
        yield sent
    finally:
        for post in sent:
            post.services.db.dispose()


def _journal_everything(db: Any, now: datetime) -> None:
    """build_world writes rows directly; queue each for head office as the services would."""
    with db.write() as session:
        for model, kind in JOURNALED.items():
            for record in session.exec(select(model)).all():
                record_outbox(session, kind=kind, record=record, now=now, flush=False)


def _edit_one_person(post: SentPost, now: datetime) -> None:
    """A person in January changes sex and disposition (a correction): version 2."""
    january = post.people(date(2026, 1, 1), date(2026, 1, 31))
    target = next(p for p in january if p["sex"] == "L" and p["disposition"] is None)
    with post.services.db.write() as session:
        person = session.get(Person, target["id"])
        person.sex = "P"
        person.disposition = "family"
        person.version += 1
        session.add(person)
        record_outbox(session, kind=ChangeKind.PERSON, record=person, now=now)
    for values in post.world.persons:
        if values["id"] == target["id"]:
            values.update(sex="P", disposition="family")


def _send(
    engine: Engine, identity: HeadOfficeIdentity, services: Any, out: Path, now: datetime
) -> None:
    out.mkdir()
    result = services.sync_export.export(out)
    assert result.path is not None, "nothing to export"
    receipt = ingest_batch(engine, identity, Path(result.path).read_bytes(), now=now).receipt
    assert receipt["counts"]["conflicts"] == 0 and receipt["counts"]["applied"] > 0

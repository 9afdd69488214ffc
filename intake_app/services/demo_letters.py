"""Demo letters: a family, a transport list, a child to UPTD PPA and a self-return."""

from __future__ import annotations

import uuid
from datetime import datetime
from pathlib import Path

from sqlmodel import Session, col, select

from intake_app.domain.enums import Disposition
from intake_app.services.demo import DEMO_USERNAME
from intake_app.services.handover_facts import HandoverDraft, RecipientDraft, WitnessDraft
from intake_app.services.handovers import HandoverService, IssuedLetter
from intake_app.storage.database import Database
from intake_app.storage.models import Convoy, Family, Officer, Person

FAMILY_LABEL = "Keluarga ibu dan dua anak"  # as services/demo.py names the household
TRANSPORT_COUNT = 20
VILLAGE_WITNESS = WitnessDraft(
    name="Markus Dedi", position="Kepala Desa", institution="Pemerintah Desa Entikong"
)
HUSBAND = RecipientDraft(
    name="Yohanes Ajun",
    id_number="6103011201800001",
    address="Dusun Entikong RT 002/RW 001, Desa Entikong, Kabupaten Sanggau",
    phone="0812-5678-9012",
    relationship="Suami",
)
TRANSPORT = RecipientDraft(
    name="Agus Salim",
    id_number="6171010506780003",
    position="Koordinator Angkutan",
    institution="PO Bus Setia Kawan Pontianak",
    phone="0813-4567-8901",
)
CHILD_PROTECTION = RecipientDraft(
    name="Siti Rahmawati, S.Sos.",
    id_number="198501012010012001",
    position="Pekerja Sosial",
    institution="UPTD PPA Kabupaten Sanggau",
    address="Jl. Jenderal Sudirman, Sanggau",
)
POLICE_WITNESS = WitnessDraft(
    name="Bripka Andreas Lumban", position="Anggota Unit PPA", institution="Polres Sanggau"
)


def issue_demo_letters(db: Database, data_dir: Path, *, now: datetime) -> tuple[IssuedLetter, ...]:
    """Issue the four demo handovers through the same service an officer uses."""
    service = HandoverService(db, data_dir, lambda: now)
    with db.read() as session:
        officer_id = session.exec(select(Officer.id).where(Officer.username == DEMO_USERNAME)).one()
        convoy = session.exec(select(Convoy).order_by(col(Convoy.arrival_at).desc())).first()
        if convoy is None:
            return ()
        family, child, adults = _pick(session, convoy.id)

    def draft(to: Disposition, ids: list[uuid.UUID], **extra: object) -> HandoverDraft:
        return HandoverDraft.model_validate(
            {"convoy_id": convoy.id, "person_ids": tuple(ids), "recipient_type": to, **extra}
        )

    issued = [
        service.issue(
            draft(
                Disposition.FAMILY,
                family,
                recipient=HUSBAND,
                witnesses=(VILLAGE_WITNESS,),
                condition="dalam keadaan baik",
                items="1 (satu) tas pakaian dan dokumen perjalanan (SPLP)",
            ),
            officer_id=officer_id,
        ),
        service.issue(
            draft(
                Disposition.TRANSPORT_PROVIDER,
                adults[:TRANSPORT_COUNT],
                recipient=TRANSPORT,
                condition="dalam keadaan baik",
                items="Tiket bus Entikong - Pontianak",
            ),
            officer_id=officer_id,
        ),
    ]
    if child is not None:
        # An unaccompanied child is referred before the handover closes the record.
        service.record_referral(
            child,
            to=Disposition.CHILD_PROTECTION,
            reference="Pemberitahuan ke UPTD PPA Kabupaten Sanggau (demo)",
            officer_id=officer_id,
        )
        issued.append(
            service.issue(
                draft(
                    Disposition.CHILD_PROTECTION,
                    [child],
                    recipient=CHILD_PROTECTION,
                    witnesses=(POLICE_WITNESS,),
                    condition="dalam keadaan baik",
                ),
                officer_id=officer_id,
            )
        )
    if len(adults) > TRANSPORT_COUNT:
        issued.append(
            service.issue(
                draft(Disposition.SELF_RETURN, [adults[TRANSPORT_COUNT]]), officer_id=officer_id
            )
        )
    return tuple(issued)


def _pick(
    session: Session, convoy_id: uuid.UUID
) -> tuple[list[uuid.UUID], uuid.UUID | None, list[uuid.UUID]]:
    """The mother with her two children, the unaccompanied child, and adults on their own."""
    # By name: the demo registers everyone at one instant, and the pick must repeat exactly.
    people = session.exec(
        select(Person)
        .where(Person.convoy_id == convoy_id)
        .order_by(col(Person.full_name), col(Person.id))
    ).all()
    family_id = session.exec(
        select(Family.id).where(Family.convoy_id == convoy_id, Family.label == FAMILY_LABEL)
    ).first()
    family = [p.id for p in people if family_id is not None and p.family_id == family_id]
    child = next((p.id for p in people if p.unaccompanied), None)
    guardians = {p.guardian_id for p in people if p.guardian_id}
    adults = [
        p.id
        for p in people
        if not p.is_minor
        and p.family_id is None
        and p.id not in guardians
        and not p.pregnant
        and not p.trafficking_suspected
    ]
    return family, child, adults

"""The post this installation belongs to, and the officer accounts that work in it."""

from __future__ import annotations

import uuid
from datetime import datetime

from pydantic import BaseModel, ConfigDict
from sqlmodel import Session, select

from intake_app.domain.enums import ChangeKind, OfficerRole
from intake_app.services.errors import ErrorCode, ServiceError
from intake_app.storage.journal import record_change
from intake_app.storage.models import LocalSetting, Officer, Post

DEFAULT_LETTER_PATTERN = "B/{seq}/BP3MI.KB/PB.05.03/{month_roman}/{year}"
DEVICE_ID_KEY = "device_id"


class PostDraft(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True)

    code: str
    name: str
    place: str
    letterhead_lines: tuple[str, ...]
    letter_number_pattern: str = DEFAULT_LETTER_PATTERN
    desk_code: str = "A"


class PostPublic(BaseModel):
    model_config = ConfigDict(frozen=True, from_attributes=True)

    id: uuid.UUID
    code: str
    name: str
    place: str


def create_post(session: Session, draft: PostDraft, *, now: datetime) -> Post:
    if session.exec(select(Post)).first() is not None:
        raise ServiceError(ErrorCode.INVALID_INPUT, "this database already belongs to a post")
    post = Post.model_validate(
        {**draft.model_dump(), "letterhead_lines": list(draft.letterhead_lines), "created_at": now}
    )
    session.add(post)
    session.add(LocalSetting(key=DEVICE_ID_KEY, value=str(uuid.uuid4())))
    record_change(
        session,
        kind=ChangeKind.POST,
        record=post,
        officer_id=None,
        action="post.create",
        now=now,
    )
    return post


# The post this program is made for. Used until the setup wizard has stored the post's own
# details, so that a fresh data folder can take a convoy at once.
ENTIKONG_POST = PostDraft(
    code="P4MI-SGU",
    name="Pos Pelayanan P4MI Sanggau - PLBN Entikong",
    place="Entikong",
    letterhead_lines=(
        "KEMENTERIAN PELINDUNGAN PEKERJA MIGRAN INDONESIA",
        "BALAI PELAYANAN PELINDUNGAN PEKERJA MIGRAN INDONESIA KALIMANTAN BARAT",
        "Pos Pelayanan P4MI Sanggau, PLBN Entikong, Kabupaten Sanggau",
    ),
)


def ensure_post(session: Session, *, now: datetime) -> Post:
    """The post of this database, set up with the Entikong defaults when there is none."""
    post = session.exec(select(Post)).first()
    return post if post is not None else create_post(session, ENTIKONG_POST, now=now)


def the_post(session: Session) -> Post:
    post = session.exec(select(Post)).first()
    if post is None:
        raise ServiceError(ErrorCode.NO_POST, "this database has not been set up for a post yet")
    return post


def create_officer(
    session: Session,
    *,
    username: str,
    full_name: str,
    role: OfficerRole,
    now: datetime,
    nip: str | None = None,
    position: str | None = None,
) -> Officer:
    officer = Officer.model_validate(
        {
            "username": username,
            "full_name": full_name,
            "role": role,
            "nip": nip,
            "position": position,
            "created_at": now,
        }
    )
    session.add(officer)
    session.flush()
    return officer

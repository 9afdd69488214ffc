"""Synthetic post databases of N persons, shaped like Entikong's intake and built in bulk."""

from __future__ import annotations

import hashlib
import json
import math
import random
import shutil
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from faker import Faker

from intake_app.app import open_data_dir
from intake_app.domain.clock import local_date
from intake_app.domain.completeness import RecordFacts, missing_fields
from intake_app.domain.enums import ChangeKind, ConvoyKind, Depot, OfficerRole, Sex
from intake_app.domain.minors import AgeFacts, derive_flags
from intake_app.domain.names import name_key
from intake_app.paths import database_path
from intake_app.services import convoys, people, posts
from intake_app.services.bundle import AppServices
from intake_app.services.demo import DEMO_POST, ORIGINS, REASONS, SECTORS
from intake_app.services.people import PersonDraft
from intake_app.services.setup import SupervisorDraft, setup_post
from intake_app.storage.database import key_pragma_value
from intake_app.storage.journal import canonical_json, record_change
from intake_app.storage.keyring import Keyring, officer_label
from intake_app.storage.models import Family, Person

# Bump whenever the generated data changes, so that cached builds are made again.
# 2: the folder is set up as the app sets one up (key file, SQLCipher database, supervisor).
# 3: the convoy-count index of migration 0007.
GENERATOR_VERSION = 3
SEED = 2026
# The synthetic post's clock (the tests' fixed now, 09:00 WIB); the newest convoy came yesterday.
NOW = datetime(2026, 2, 5, 2, 0, tzinfo=UTC)
OFFICER_USERNAME = "petugas.bench"
# The supervisor who set the post up; benchmarks log in as this account, with the post's
# real key-file cost (argon2id), as an officer at the desk would.
SUPERVISOR_USERNAME = "supervisor.bench"
SUPERVISOR_PASSWORD = "Bench-Entikong-2026"
MARKER = "BUILT.json"
_FLUSH_PERSONS = 20_000
_BOOLEAN_COLUMNS = [name for name, info in Person.model_fields.items() if info.annotation is bool]
_DRAFT_FIELDS = [name for name in PersonDraft.model_fields if name != "manifest_entry_id"]
_MALAYSIAN_STATES = ["Sarawak"] * 8 + ["Sabah", "Johor", "Selangor", "Kuala Lumpur"]
Progress = Callable[[str], None]


@dataclass(frozen=True)
class ConvoyPlan:
    index: int
    size: int
    arrival_at: datetime
    depot: Depot


@dataclass
class ConvoyContent:
    """One convoy's people in registration order; links are indexes into these lists."""

    families: list[str]  # labels
    persons: list[dict[str, Any]]  # PersonDraft fields plus _at, _family, _guardian


class Generator:
    """Realistic Indonesian identities, fast: Faker fills name pools once, Random combines."""

    def __init__(self, seed: int = SEED) -> None:
        fake = Faker("id_ID")
        fake.seed_instance(seed)
        self.rng = random.Random(seed)
        # Faker's id_ID lists are a few hundred names each; drawing a few thousand times
        # collects nearly all of them without calling Faker per person (too slow at 1M).
        self.male = sorted({fake.first_name_male() for _ in range(3000)})
        self.female = sorted({fake.first_name_female() for _ in range(3000)})
        self.last = sorted({fake.last_name() for _ in range(3000)})
        self.cities = sorted({fake.city() for _ in range(1000)})
        self.streets = sorted({fake.street_address() for _ in range(3000)})

    def uuid(self) -> uuid.UUID:
        # Seeded, so that the same N gives the same database on every machine.
        return uuid.UUID(int=self.rng.getrandbits(128), version=4)

    def plan(self, persons: int) -> list[ConvoyPlan]:
        """Convoys of 40-400 people, oldest first, mid-morning arrivals a few days apart."""
        rng = self.rng
        sizes = []
        while sum(sizes) < persons:
            sizes.append(min(rng.randint(40, 400), persons - sum(sizes)))
        arrival = datetime(2026, 2, 4, 3, 30, tzinfo=UTC)  # 10:30 WIB the day before NOW
        arrivals = []
        for _ in sizes:
            arrivals.append(arrival)
            arrival -= timedelta(days=rng.choice((1, 1, 2, 2, 3, 4)))
            arrival = arrival.replace(hour=rng.randint(1, 4), minute=rng.randint(0, 59))
        # Oldest first; the remainder convoy (possibly small) is the oldest, not the newest.
        sizes.reverse()
        arrivals.reverse()
        return [
            ConvoyPlan(i, size, at, Depot.SEMUJA if rng.random() < 0.6 else Depot.BEKENU)
            for i, (size, at) in enumerate(zip(sizes, arrivals, strict=True))
        ]

    def name(self, sex: str, father: str | None = None) -> str:
        rng = self.rng
        first = rng.choice(self.male if sex == Sex.MALE else self.female)
        if rng.random() < 0.35:  # two given names are common ("Siti Aminah", "Dimas Teguh")
            first = f"{first} {rng.choice(self.male if sex == Sex.MALE else self.female)}"
        style = rng.random()
        if father is not None and style < 0.5:  # Malay patronymic (Sambas families)
            return f"{first} {'bin' if sex == Sex.MALE else 'binti'} {father}"
        if style < 0.12:
            return first.split()[0]  # mononyms are normal
        if style < 0.22:
            return f"{first} {'bin' if sex == Sex.MALE else 'binti'} {rng.choice(self.male)}"
        if style < 0.24:
            return f"{first} anak {rng.choice(self.male)}"  # Iban
        return f"{first} {rng.choice(self.last)}"

    def convoy(self, plan: ConvoyPlan) -> ConvoyContent:
        """Single adults, families of a parent with 1-3 children, ~1% unaccompanied minors."""
        rng = self.rng
        arrival = local_date(plan.arrival_at)
        at = plan.arrival_at + timedelta(minutes=rng.randint(30, 60))
        content = ConvoyContent([], [])

        def add(person: dict[str, Any]) -> int:
            nonlocal at
            at += timedelta(seconds=rng.uniform(45, 150))  # one interview at the desk
            person["_at"] = at
            content.persons.append(person)
            return len(content.persons) - 1

        while len(content.persons) < plan.size:
            left = plan.size - len(content.persons)
            pick = rng.random()
            if pick < 0.06 and left >= 2:
                sex = Sex.FEMALE if rng.random() < 0.65 else Sex.MALE
                parent = self.person(arrival, sex, rng.randint(24, 50))
                content.families.append(f"Keluarga {parent['full_name']}")
                family = len(content.families) - 1
                parent["_family"] = family
                parent_index = add(parent)
                father = parent["full_name"].split()[0] if sex == Sex.MALE else None
                for _ in range(min(rng.randint(1, 3), left - 1)):
                    child_sex = rng.choice((Sex.MALE, Sex.FEMALE))
                    child = self.person(arrival, child_sex, rng.randint(0, 15), father=father)
                    child.pop("district_code", None)  # the parent's origin is the child's
                    child.update(
                        _family=family,
                        _guardian=parent_index,
                        guardian_relationship="ibu" if sex == Sex.FEMALE else "ayah",
                        regency_code=parent.get("regency_code"),
                        province_code=parent.get("province_code"),
                    )
                    add(child)
            elif pick < 0.072:
                add(self.person(arrival, rng.choice((Sex.MALE, Sex.FEMALE)), rng.randint(14, 16)))
            else:
                sex = Sex.MALE if rng.random() < 0.7 else Sex.FEMALE
                age = rng.randint(60, 70) if rng.random() < 0.02 else rng.randint(19, 58)
                add(self.person(arrival, sex, age))
        return content

    def person(
        self, arrival: date, sex: str, age: int, *, father: str | None = None
    ) -> dict[str, Any]:
        """PersonDraft fields of one person (plain values, as a form would submit them)."""
        rng = self.rng
        adult = age >= 18
        p: dict[str, Any] = {"full_name": self.name(sex, father), "sex": str(sex)}
        known = rng.random()
        birth = None
        if known < 0.93 or not adult:
            birth = arrival - timedelta(days=age * 365 + rng.randint(30, 360))
            p["birth_date"] = birth
        elif known < 0.96:
            p["birth_year"] = arrival.year - age
        elif known < 0.99:
            p["estimated_age"] = age
        pick = rng.random()
        if not adult and pick < 0.5:
            p["document_type"] = "none"
        elif pick < 0.50:
            p["document_type"] = "passport"
            p["document_number"] = f"{rng.choice('CEX')}{rng.randint(1000000, 9999999)}"
        elif pick < 0.52:
            p["document_type"] = "passport"  # number not legible yet: an incomplete record
        elif pick < 0.85:
            p["document_type"] = "splp"
            p["document_number"] = f"KCH-{arrival.year}-{rng.randint(1, 99999):05d}"
        else:
            p["document_type"] = "none"
        regency = rng.choice(ORIGINS) if rng.random() < 0.96 else None
        if regency is not None:
            p["regency_code"] = regency
            p["province_code"] = regency[:2]
            if rng.random() < 0.3:
                p["district_code"] = f"{regency}.{rng.randint(1, 20):02d}"
        if birth is not None and rng.random() < (0.35 if adult else 0.1):
            day = birth.day + (40 if sex == Sex.FEMALE else 0)  # Dukcapil's rule for women
            region = (regency or rng.choice(ORIGINS)).replace(".", "")
            p["nik"] = (
                f"{region}{rng.randint(1, 20):02d}{day:02d}{birth.month:02d}"
                f"{birth.year % 100:02d}{rng.randint(1, 9999):04d}"
            )
        if rng.random() < 0.97:
            p["reasons"] = tuple(rng.choice(REASONS))
        if rng.random() < 0.6:
            p["birth_place"] = rng.choice(self.cities)
        if rng.random() < 0.3:
            p["address"] = f"{rng.choice(self.streets)}, {rng.choice(self.cities)}"
        if adult:
            if rng.random() < 0.85:
                p["sector"] = rng.choice(SECTORS)
            if rng.random() < 0.25:
                p["phone"] = f"08{rng.randint(11, 99)}{rng.randint(1000000, 99999999)}"
            if rng.random() < 0.7:
                p["malaysia_state"] = rng.choice(_MALAYSIAN_STATES)
            if rng.random() < 0.6:
                p["years_in_malaysia"] = rng.randint(1, 20)
            if rng.random() < 0.5:
                p["entry_route"] = rng.choice(("official", "unofficial"))
            if rng.random() < 0.6:
                p["detention_days"] = rng.randint(7, 180)
            if sex == Sex.FEMALE and rng.random() < 0.03:
                p["pregnant"] = True
            if rng.random() < 0.02:
                p["sick"] = True
        else:
            p["sector"] = "ikut_orang_tua"
        return p


@dataclass(frozen=True)
class BuildInfo:
    persons: int
    convoys: int
    families: int
    minors: int
    unaccompanied: int
    seconds: float
    megabytes: float
    generator_version: int = GENERATOR_VERSION
    seed: int = SEED


def ensure_built(root: Path, persons: int, progress: Progress) -> tuple[Path, BuildInfo]:
    """The data folder of a post with `persons` persons under `root`, built when missing."""
    final = root / f"post-{persons}-v{GENERATOR_VERSION}-s{SEED}"
    marker = final / MARKER
    if marker.exists():
        progress(f"reusing the {persons:,}-person database in {final}")
        return final, BuildInfo(**json.loads(marker.read_text()))
    partial = root / f".building-{final.name}"
    shutil.rmtree(partial, ignore_errors=True)
    info = build(partial, persons, progress)
    (partial / MARKER).write_text(json.dumps(info.__dict__, indent=1))
    shutil.rmtree(final, ignore_errors=True)
    partial.rename(final)  # only a finished build is ever found under the final name
    return final, info


def open_services(data_dir: Path, now: Callable[[], datetime] = lambda: NOW) -> AppServices:
    """Log into a built folder as the app does (key from the password, checks, login audit)."""
    return open_data_dir(data_dir, SUPERVISOR_USERNAME, SUPERVISOR_PASSWORD, now=now)


def database_key(data_dir: Path) -> bytes:
    """The folder's database key, unwrapped with the bench supervisor's password."""
    keyring = Keyring.load(data_dir)
    return keyring.unwrap(officer_label(SUPERVISOR_USERNAME), SUPERVISOR_PASSWORD)


def raw_connect(path: Path, key: bytes, **options: Any) -> Any:
    """A plain DB-API connection to the encrypted database (sqlite3's own API, SQLCipher)."""
    from sqlcipher3 import dbapi2 as sqlcipher

    conn = sqlcipher.connect(str(path), **options)
    conn.execute(f'PRAGMA key="{key_pragma_value(key)}"')
    return conn


def set_up(data_dir: Path, now: datetime) -> AppServices:
    """An empty post set up as the setup wizard does, logged in as the bench supervisor."""
    from intake_app.app import services_for

    result = setup_post(
        data_dir,
        DEMO_POST,
        SupervisorDraft(SUPERVISOR_USERNAME, "Supervisor Benchmark", SUPERVISOR_PASSWORD),
        now=now,
        check_strength=False,
    )
    return services_for(result.session, now=lambda: now)


def build(data_dir: Path, persons: int, progress: Progress, seed: int = SEED) -> BuildInfo:
    """Set up with the app, bulk-insert all but the newest convoy, register that one properly."""
    started = time.perf_counter()
    gen = Generator(seed)
    plans = gen.plan(persons)
    setup_at = plans[0].arrival_at - timedelta(days=30)
    services = set_up(data_dir, setup_at)
    key = services.db.key
    assert key is not None
    with services.db.write() as session:
        post = posts.the_post(session)
        officer = posts.create_officer(
            session,
            username=OFFICER_USERNAME,
            full_name="Petugas Benchmark",
            role=OfficerRole.OFFICER,
            now=setup_at,
            position="Pengantar Kerja Ahli Pertama",
        )
        post_id, officer_id = post.id, officer.id
    services.db.dispose()

    path = database_path(data_dir)
    conn = raw_connect(path, key, isolation_level=None)
    try:
        counts = _bulk(conn, gen, plans[:-1], post_id, officer_id, progress)
    finally:
        conn.close()

    # The newest convoy goes through the app's own services, so the pending outbox and the
    # tail of the audit chain are exactly what a desk writes.
    services = open_services(data_dir)
    try:
        with services.db.write() as session:
            families, minors, unaccompanied = _register(session, gen, plans[-1], officer_id)
    finally:
        services.db.dispose()
    return BuildInfo(
        persons=persons,
        convoys=len(plans),
        families=counts[0] + families,
        minors=counts[1] + minors,
        unaccompanied=counts[2] + unaccompanied,
        seconds=round(time.perf_counter() - started, 1),
        megabytes=round(path.stat().st_size / 1e6, 1),
    )


def _bulk(
    conn: Any,
    gen: Generator,
    plans: list[ConvoyPlan],
    post_id: uuid.UUID,
    officer_id: uuid.UUID,
    progress: Progress,
) -> tuple[int, int, int]:
    # Only for the build: nothing here has to survive a power cut, the build is redone.
    conn.execute("PRAGMA journal_mode=MEMORY")
    conn.execute("PRAGMA synchronous=OFF")
    conn.execute("PRAGMA cache_size=-1000000")
    conn.execute("PRAGMA temp_store=MEMORY")
    conn.execute("BEGIN")
    # Indexes and the search trigger are made again afterwards with their own SQL text:
    # sorting once is much faster than a million random B-tree inserts.
    deferred = conn.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE tbl_name = 'person' AND sql IS NOT NULL"
        " AND (type = 'index' OR name = 'person_search_ai') ORDER BY rowid"
    ).fetchall()
    for kind, name, _sql in deferred:
        conn.execute(f"DROP {kind.upper()} {name}")
    writer = _BulkWriter(conn, post_id, officer_id)
    total = sum(plan.size for plan in plans)
    done = 0
    for plan in plans:
        writer.convoy(plan, gen.convoy(plan), gen)
        done += plan.size
        if writer.pending >= _FLUSH_PERSONS:
            writer.flush()
            progress(f"  {done:,}/{total:,} persons inserted")
    writer.flush()
    # The outbox of the bulk part was sent to head office and purged (DESIGN.md §7); its
    # sequence numbers stay used, as they would.
    conn.execute("DELETE FROM outboxentry")
    conn.execute(
        "UPDATE sqlite_sequence SET seq = seq + ? WHERE name = 'outboxentry'", (writer.changes,)
    )
    for _kind, name, sql in deferred:
        progress(f"  creating {name}")
        conn.execute(sql)
    progress("  building the person_search index")
    conn.execute("INSERT INTO person_search(person_search) VALUES ('rebuild')")
    conn.execute("COMMIT")
    conn.execute("PRAGMA journal_mode=WAL")
    return writer.families, writer.minors, writer.unaccompanied


class _BulkWriter:
    """Rows of convoys, families, persons and the audit chain, buffered for executemany."""

    def __init__(self, conn: Any, post_id: uuid.UUID, officer: uuid.UUID) -> None:
        self.conn = conn
        self.post = post_id.hex
        self.officer, self.officer_str = officer.hex, str(officer)
        self.columns = [row[1] for row in conn.execute("PRAGMA table_info(person)")]
        template: dict[str, Any] = dict.fromkeys(self.columns)
        template.update(
            document_type="none",
            reasons="[]",
            earlier_deportations=0,
            status="registered",
            version=1,
            missing="[]",
            incomplete=0,
            created_by=self.officer,
            updated_by=self.officer,
        )
        template.update(dict.fromkeys(_BOOLEAN_COLUMNS, 0))
        self.template = template
        self.prev_hash = conn.execute(
            "SELECT hash FROM auditentry ORDER BY seq DESC LIMIT 1"
        ).fetchone()[0]
        self.convoys: list[tuple[Any, ...]] = []
        self.family_rows: list[tuple[Any, ...]] = []
        self.persons: list[tuple[Any, ...]] = []
        self.audit: list[tuple[Any, ...]] = []
        self.changes = self.families = self.minors = self.unaccompanied = 0

    @property
    def pending(self) -> int:
        return len(self.persons)

    def convoy(self, plan: ConvoyPlan, content: ConvoyContent, gen: Generator) -> None:
        convoy_id = gen.uuid()
        created = plan.arrival_at - timedelta(hours=gen.rng.uniform(2, 20))
        self.convoys.append(
            (
                convoy_id.hex,
                self.post,
                _ts(plan.arrival_at),
                str(plan.depot),
                None,
                str(ConvoyKind.DEPORTATION),
                _letter_number(plan),
                (local_date(plan.arrival_at) - timedelta(days=2)).isoformat(),
                plan.size,
                _vehicles(plan.size),
                None,
                self.officer,
                _ts(created),
                _ts(created),
                1,
            )
        )
        self._audit(gen, "convoy.create", ChangeKind.CONVOY, convoy_id, created)
        arrival = local_date(plan.arrival_at)
        family_ids: dict[int, uuid.UUID] = {}
        person_ids: list[uuid.UUID] = []
        for spec in content.persons:
            at: datetime = spec["_at"]
            family = spec.get("_family")
            if family is not None and family not in family_ids:
                family_ids[family] = gen.uuid()
                created = at - timedelta(seconds=1)
                self.family_rows.append(
                    (family_ids[family].hex, convoy_id.hex, content.families[family], _ts(created))
                )
                self._audit(gen, "family.create", ChangeKind.FAMILY, family_ids[family], created)
                self.families += 1
            person_id = gen.uuid()
            person_ids.append(person_id)
            row = self.template.copy()
            for name in _DRAFT_FIELDS:
                if name in spec:
                    row[name] = _sql_value(spec[name])
            guardian = spec.get("_guardian")
            row.update(
                id=person_id.hex,
                convoy_id=convoy_id.hex,
                family_id=family_ids[family].hex if family is not None else None,
                guardian_id=person_ids[guardian].hex if guardian is not None else None,
                created_at=_ts(at),
                updated_at=_ts(at),
            )
            self._derive(row, spec, arrival)
            self.persons.append(tuple(row[c] for c in self.columns))
            self._audit(gen, "person.create", ChangeKind.PERSON, person_id, at)

    def _derive(self, row: dict[str, Any], spec: dict[str, Any], arrival: date) -> None:
        """The derived columns, by the same domain rules PeopleService applies."""
        reasons = [str(reason) for reason in spec.get("reasons", ())]
        row["reasons"] = json.dumps(reasons)
        row["name_key"] = name_key(spec["full_name"])
        facts = AgeFacts(spec.get("birth_date"), spec.get("birth_year"), spec.get("estimated_age"))
        flags = derive_flags(facts, arrival=arrival, has_guardian="_guardian" in spec)
        row["is_minor"], row["unaccompanied"] = int(flags.is_minor), int(flags.unaccompanied)
        row["elderly"] = int(flags.elderly)
        self.minors += flags.is_minor
        self.unaccompanied += flags.unaccompanied
        missing = missing_fields(
            RecordFacts(
                has_age=any(v is not None for v in facts.__dict__.values()),
                document_type=spec.get("document_type", "none"),
                document_number=spec.get("document_number"),
                regency_code=spec.get("regency_code"),
                reasons=tuple(reasons),
            )
        )
        row["missing"] = json.dumps([str(item) for item in missing])
        row["incomplete"] = int(bool(missing))

    def _audit(
        self, gen: Generator, action: str, kind: ChangeKind, record: uuid.UUID, at: datetime
    ) -> None:
        # The same hash as storage/journal.py's entry_hash, without building ORM objects.
        entry_id = gen.uuid()
        fields = {
            "id": str(entry_id),
            "at": at.isoformat(),
            "officer_id": self.officer_str,
            "action": action,
            "record_kind": str(kind),
            "record_id": str(record),
            "detail": {"version": 1},
        }
        digest = hashlib.sha256(self.prev_hash.encode("ascii"))
        digest.update(canonical_json(fields))
        entry_hash = digest.hexdigest()
        self.audit.append(
            (
                entry_id.hex,
                _ts(at),
                self.officer,
                action,
                str(kind),
                record.hex,
                '{"version": 1}',
                self.prev_hash,
                entry_hash,
            )
        )
        self.prev_hash = entry_hash
        self.changes += 1

    def flush(self) -> None:
        conn = self.conn
        conn.executemany(f"INSERT INTO convoy VALUES ({','.join('?' * 15)})", self.convoys)
        conn.executemany("INSERT INTO family VALUES (?, ?, ?, ?)", self.family_rows)
        conn.executemany(
            f"INSERT INTO person ({','.join(self.columns)}) "
            f"VALUES ({','.join('?' * len(self.columns))})",
            self.persons,
        )
        conn.executemany(
            "INSERT INTO auditentry (id, at, officer_id, action, record_kind, record_id, detail,"
            " prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            self.audit,
        )
        self.convoys, self.family_rows, self.persons, self.audit = [], [], [], []


def _register(
    session: Any, gen: Generator, plan: ConvoyPlan, officer_id: uuid.UUID
) -> tuple[int, int, int]:
    content = gen.convoy(plan)
    created = plan.arrival_at - timedelta(hours=3)
    convoy = convoys.create_in_session(
        session,
        convoys.ConvoyDraft(
            arrival_at=plan.arrival_at,
            depot=plan.depot,
            kind=ConvoyKind.DEPORTATION,
            kjri_letter_number=_letter_number(plan),
            kjri_letter_date=local_date(plan.arrival_at) - timedelta(days=2),
            expected_count=plan.size,
            vehicles=_vehicles(plan.size),
        ),
        officer_id=officer_id,
        now=created,
    )
    family_ids: dict[int, uuid.UUID] = {}
    person_ids: list[uuid.UUID] = []
    minors = unaccompanied = 0
    for spec in content.persons:
        at = spec["_at"]
        family = spec.get("_family")
        if family is not None and family not in family_ids:
            group = Family(
                convoy_id=convoy.id,
                label=content.families[family],
                created_at=at - timedelta(seconds=1),
            )
            session.add(group)
            record_change(
                session,
                kind=ChangeKind.FAMILY,
                record=group,
                officer_id=officer_id,
                action="family.create",
                now=at - timedelta(seconds=1),
            )
            family_ids[family] = group.id
        guardian = spec.get("_guardian")
        draft = PersonDraft(
            convoy_id=convoy.id,
            family_id=family_ids.get(family) if family is not None else None,
            guardian_id=person_ids[guardian] if guardian is not None else None,
            **{name: spec[name] for name in _DRAFT_FIELDS if name in spec},
        )
        person = people.register_in_session(session, draft, officer_id=officer_id, now=at)
        person_ids.append(person.id)
        minors += person.is_minor
        unaccompanied += person.unaccompanied
    return len(family_ids), minors, unaccompanied


def _letter_number(plan: ConvoyPlan) -> str:
    return f"{1000 + plan.index}/PK/B/SKEL/{plan.arrival_at:%m/%Y}/KCH"


def _vehicles(size: int) -> str:
    return f"{math.ceil(size / 45)} bus (KJRI Kuching)"


def _ts(moment: datetime) -> str:
    """A UTC moment as SQLAlchemy's SQLite dialect stores it (naive, microseconds)."""
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def _sql_value(value: Any) -> Any:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, date):
        return value.isoformat()
    return value

"""Closed vocabularies shared by every layer (stored by their string value)."""

from __future__ import annotations

from enum import StrEnum


class Sex(StrEnum):
    MALE = "L"  # laki-laki
    FEMALE = "P"  # perempuan


class Depot(StrEnum):
    SEMUJA = "semuja"  # DTI Semuja, Serian
    BEKENU = "bekenu"  # DTI Bekenu, Miri
    OTHER = "other"


class ConvoyKind(StrEnum):
    DEPORTATION = "deportation"
    CONSULATE_REPATRIATION = "consulate_repatriation"
    OTHER = "other"


class TravelDocType(StrEnum):
    PASSPORT = "passport"
    SPLP = "splp"  # Surat Perjalanan Laksana Paspor, issued by the consulate
    NONE = "none"


class DeportationReason(StrEnum):
    NO_PASSPORT = "no_passport"
    NO_WORK_PERMIT = "no_work_permit"
    OVERSTAY = "overstay"
    ILLEGAL_ENTRY = "illegal_entry"
    GAMBLING = "gambling"
    DRUGS = "drugs"
    OTHER_CRIME = "other_crime"
    BORN_IN_MALAYSIA_UNDOCUMENTED = "born_in_malaysia_undocumented"
    OTHER = "other"


class Sector(StrEnum):
    SERVICES = "jasa"
    CONSTRUCTION = "konstruksi"
    PLANTATION = "perkebunan"
    INDUSTRY = "industri"
    SHIPPING = "perkapalan"  # perkapalan / ABK
    DOMESTIC_WORK = "plrt"
    SHOP = "kedai"
    FOLLOWING_SPOUSE = "ikut_pasangan"
    FOLLOWING_PARENTS = "ikut_orang_tua"
    OTHER = "lainnya"


class EntryRoute(StrEnum):
    OFFICIAL = "official"
    UNOFFICIAL = "unofficial"


class GuardianRelationship(StrEnum):
    MOTHER = "ibu"
    FATHER = "ayah"
    RELATIVE = "kerabat"
    OTHER = "lainnya"


class PersonStatus(StrEnum):
    EXPECTED = "expected"  # on a manifest, not yet arrived (kept on ManifestEntry)
    REGISTERED = "registered"  # arrived and registered, waiting for a disposition
    CLOSED = "closed"  # left the post by a recorded disposition


class Disposition(StrEnum):
    SELF_RETURN = "self_return"  # pulang mandiri
    FAMILY = "family"
    REGENCY_GOVERNMENT = "regency_government"  # Pemda / Satgas
    SOCIAL_SERVICES = "social_services"  # Dinas Sosial
    CHILD_PROTECTION = "child_protection"  # UPTD PPA / DP3A
    POLICE = "police"
    BP3MI_SHELTER = "bp3mi_shelter"
    TRANSPORT_PROVIDER = "transport_provider"
    OTHER = "other"


class OfficerRole(StrEnum):
    OFFICER = "officer"
    SUPERVISOR = "supervisor"


class ChangeKind(StrEnum):
    """What an outbox entry carries to head office."""

    POST = "post"
    CONVOY = "convoy"
    MANIFEST_ENTRY = "manifest_entry"
    PERSON = "person"
    FAMILY = "family"
    HANDOVER = "handover"
    PERSON_LINK = "person_link"
    AUDIT = "audit"

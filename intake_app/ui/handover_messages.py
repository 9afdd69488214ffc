"""The handover rules explained in Indonesian: why a handover is refused, and what to do."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from intake_app.domain.enums import Disposition
from intake_app.domain.handover_rules import OverrideProblem, RuleCode, RuleResult, RuleViolation
from intake_app.services.errors import ErrorCode

_CONTEXT = "HandoverMessages"

# "%1" is the person's name, "%2" the accompanying adult's name.
_RULES: dict[RuleCode, str] = {
    RuleCode.NO_PERSONS: QT_TRANSLATE_NOOP(
        "HandoverMessages", "Belum ada orang yang dipilih. Centang orang pada daftar."
    ),
    RuleCode.PERSON_LISTED_TWICE: QT_TRANSLATE_NOOP(
        "HandoverMessages", "%1 tercantum dua kali. Hapus salah satunya."
    ),
    RuleCode.PERSON_ALREADY_CLOSED: QT_TRANSLATE_NOOP(
        "HandoverMessages",
        "%1 sudah diserahterimakan dengan surat lain. Bila surat itu salah, supervisor "
        "membatalkannya dulu di halaman Serah Terima.",
    ),
    RuleCode.MINOR_SELF_RETURN: QT_TRANSLATE_NOOP(
        "HandoverMessages",
        "%1 masih anak (di bawah 18 tahun) dan tidak boleh pulang mandiri. Serahkan anak "
        "bersama pendampingnya kepada keluarga atau instansi, atau kepada UPTD PPA / DP3A "
        "atau Dinas Sosial.",
    ),
    RuleCode.MINOR_WITHOUT_GUARDIAN: QT_TRANSLATE_NOOP(
        "HandoverMessages",
        "%1 masih anak, dan pendampingnya (%2) tidak ikut dalam serah terima ini. Pilih juga "
        'pendampingnya (tombol "Pilih satu keluarga"), atau serahkan anak kepada UPTD PPA / '
        "DP3A atau Dinas Sosial dengan saksi.",
    ),
    RuleCode.MINOR_WITNESS_MISSING: QT_TRANSLATE_NOOP(
        "HandoverMessages",
        "%1 masih anak dan diserahkan tanpa pendamping: serah terima ini wajib disaksikan. "
        "Isi nama, jabatan dan instansi saksi (misalnya petugas instansi lain di pos).",
    ),
    RuleCode.UNACCOMPANIED_MINOR_WRONG_RECIPIENT: QT_TRANSLATE_NOOP(
        "HandoverMessages",
        "%1 adalah anak tanpa pendamping: hanya boleh diserahkan kepada UPTD PPA / DP3A atau "
        "Dinas Sosial, dengan saksi. Ubah jenis penerima.",
    ),
    RuleCode.PREGNANT_MINOR_WRONG_RECIPIENT: QT_TRANSLATE_NOOP(
        "HandoverMessages",
        "%1 adalah anak dengan kondisi kesehatan khusus (lihat data kesehatan): hanya boleh "
        "diserahkan kepada UPTD PPA / DP3A atau Dinas Sosial.",
    ),
    RuleCode.TRAFFICKING_WRONG_RECIPIENT: QT_TRANSLATE_NOOP(
        "HandoverMessages",
        "%1 memiliki indikasi TPPO: hanya boleh diserahkan kepada Kepolisian, Dinas Sosial "
        "atau Shelter BP3MI (untuk anak juga UPTD PPA / DP3A). Ubah jenis penerima.",
    ),
    RuleCode.REFERRAL_MISSING: QT_TRANSLATE_NOOP(
        "HandoverMessages",
        "%1 wajib dirujuk lebih dulu (anak tanpa pendamping, anak dengan kondisi khusus, atau "
        'indikasi TPPO). Catat nomor laporan atau surat rujukannya dengan tombol "Catat '
        'rujukan".',
    ),
    RuleCode.RECIPIENT_NAME_MISSING: QT_TRANSLATE_NOOP(
        "HandoverMessages", "Nama penerima (pihak kedua) belum diisi."
    ),
    RuleCode.RECIPIENT_RELATIONSHIP_MISSING: QT_TRANSLATE_NOOP(
        "HandoverMessages",
        "Hubungan keluarga penerima dengan orang yang dijemput belum diisi (Pasal 13 huruf e).",
    ),
    RuleCode.RECIPIENT_INSTITUTION_MISSING: QT_TRANSLATE_NOOP(
        "HandoverMessages", "Nama instansi penerima belum diisi."
    ),
    RuleCode.RECIPIENT_ID_NUMBER_MISSING: QT_TRANSLATE_NOOP(
        "HandoverMessages", "NIK penerima belum diisi (lihat KTP penjemput)."
    ),
    RuleCode.RECIPIENT_POSITION_MISSING: QT_TRANSLATE_NOOP(
        "HandoverMessages", "Jabatan penerima belum diisi."
    ),
    RuleCode.WITNESS_MISSING: QT_TRANSLATE_NOOP(
        "HandoverMessages",
        "Penjemputan oleh keluarga wajib disaksikan (Pasal 13 huruf e): isi saksi dari "
        "pemerintah desa atau kabupaten.",
    ),
    RuleCode.WITNESS_DETAILS_MISSING: QT_TRANSLATE_NOOP(
        "HandoverMessages", "Setiap saksi perlu jabatan dan instansinya."
    ),
}
_OVERRIDABLE = QT_TRANSLATE_NOOP(
    "HandoverMessages",
    "Supervisor dapat menyetujui tanpa ini, dengan alasan tertulis yang dicetak pada surat.",
)
_NOT_OVERRIDABLE = QT_TRANSLATE_NOOP(
    "HandoverMessages", "Aturan ini melindungi orangnya dan tidak dapat dikecualikan."
)
# About a person, but facts rather than protections: saying "protects the person" would mislead.
_FACTS = frozenset({RuleCode.PERSON_ALREADY_CLOSED, RuleCode.PERSON_LISTED_TWICE})
_ALLOWED = QT_TRANSLATE_NOOP("HandoverMessages", "Serah terima dapat dilakukan.")
_OVERRIDDEN = QT_TRANSLATE_NOOP(
    "HandoverMessages",
    "Serah terima dapat dilakukan atas persetujuan supervisor; alasannya dicetak pada surat.",
)
_OVERRIDE_PROBLEMS = {
    OverrideProblem.REASON_MISSING: QT_TRANSLATE_NOOP(
        "HandoverMessages",
        "Tulis alasan persetujuan supervisor di kolom alasan; alasan itu dicetak pada surat.",
    ),
    OverrideProblem.NOT_SUPERVISOR: QT_TRANSLATE_NOOP(
        "HandoverMessages", "Hanya supervisor yang dapat menyetujui pengecualian."
    ),
}
_ERRORS = {
    ErrorCode.HANDOVER_TIME_INVALID: QT_TRANSLATE_NOOP(
        "HandoverMessages",
        "Waktu serah terima tidak boleh sebelum kedatangan atau di masa depan.",
    ),
    ErrorCode.NOT_IN_CONVOY: QT_TRANSLATE_NOOP(
        "HandoverMessages", "Semua orang dalam satu serah terima harus dari kedatangan yang sama."
    ),
    ErrorCode.NOT_FOUND: QT_TRANSLATE_NOOP(
        "HandoverMessages", "Data tidak ditemukan lagi. Tutup jendela ini dan muat ulang."
    ),
    ErrorCode.ALREADY_VOIDED: QT_TRANSLATE_NOOP("HandoverMessages", "Surat ini sudah dibatalkan."),
    ErrorCode.REASON_REQUIRED: QT_TRANSLATE_NOOP("HandoverMessages", "Alasan wajib diisi."),
    ErrorCode.SUPERVISOR_REQUIRED: QT_TRANSLATE_NOOP(
        "HandoverMessages", "Hanya supervisor yang dapat melakukan ini."
    ),
    ErrorCode.LETTER_PATTERN_INVALID: QT_TRANSLATE_NOOP(
        "HandoverMessages", "Pola nomor surat pada pengaturan pos tidak valid."
    ),
    ErrorCode.PERSON_CLOSED: QT_TRANSLATE_NOOP(
        "HandoverMessages", "Orang ini sudah diserahterimakan."
    ),
}
_UNKNOWN_ERROR = QT_TRANSLATE_NOOP(
    "HandoverMessages", "Tidak dapat diproses. Periksa isian lalu coba lagi."
)

RECIPIENT_LABELS: dict[Disposition, str] = {
    Disposition.FAMILY: QT_TRANSLATE_NOOP("HandoverMessages", "Keluarga / kuasanya"),
    Disposition.REGENCY_GOVERNMENT: QT_TRANSLATE_NOOP(
        "HandoverMessages", "Pemerintah kabupaten / Satgas"
    ),
    Disposition.SOCIAL_SERVICES: QT_TRANSLATE_NOOP("HandoverMessages", "Dinas Sosial"),
    Disposition.CHILD_PROTECTION: QT_TRANSLATE_NOOP("HandoverMessages", "UPTD PPA / DP3A"),
    Disposition.POLICE: QT_TRANSLATE_NOOP("HandoverMessages", "Kepolisian"),
    Disposition.BP3MI_SHELTER: QT_TRANSLATE_NOOP("HandoverMessages", "Shelter BP3MI Pontianak"),
    Disposition.TRANSPORT_PROVIDER: QT_TRANSLATE_NOOP("HandoverMessages", "Penyedia angkutan"),
    Disposition.OTHER: QT_TRANSLATE_NOOP("HandoverMessages", "Lainnya"),
    Disposition.SELF_RETURN: QT_TRANSLATE_NOOP(
        "HandoverMessages", "Pulang mandiri (surat pernyataan)"
    ),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def recipient_label(kind: Disposition) -> str:
    return _tr(RECIPIENT_LABELS[kind])


def violation_text(
    violation: RuleViolation, names: dict[object, str], guardians: dict[object, str]
) -> str:
    """One violation as a sentence naming the person, plus whether it can be overridden."""
    name = names.get(violation.person_id, "") if violation.person_id else ""
    guardian = guardians.get(violation.person_id, "") if violation.person_id else ""
    sentence = (
        _tr(_RULES[violation.code])
        .replace("%1", name)
        .replace("%2", guardian or QCoreApplication.translate("HandoverMessages", "tidak ada"))
    )
    if violation.overridable:
        return f"{sentence} {_tr(_OVERRIDABLE)}"
    if violation.person_id is not None and violation.code not in _FACTS:
        return f"{sentence} {_tr(_NOT_OVERRIDABLE)}"
    return sentence  # always obtainable by asking, or a fact: nothing to override


def verdict(result: RuleResult) -> str:
    if result.allowed:
        return _tr(_OVERRIDDEN) if result.overridden else _tr(_ALLOWED)
    if result.override_problem is not None:
        return _tr(_OVERRIDE_PROBLEMS[result.override_problem])
    return ""


def error_text(code: ErrorCode) -> str:
    return _tr(_ERRORS.get(code, _UNKNOWN_ERROR))

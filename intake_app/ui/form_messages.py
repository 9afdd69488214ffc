"""Indonesian messages for the codes the domain and services return about a person."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from intake_app.domain.ages import BirthDateProblem
from intake_app.domain.completeness import Missing
from intake_app.domain.mrz import MrzProblem
from intake_app.domain.nik import NikProblem, NikWarning
from intake_app.services.errors import ErrorCode

_CONTEXT = "FormMessages"

_MESSAGES: dict[object, str] = {
    BirthDateProblem.IN_FUTURE: QT_TRANSLATE_NOOP(
        "FormMessages", "Tanggal lahir tidak boleh setelah tanggal kedatangan."
    ),
    BirthDateProblem.TOO_OLD: QT_TRANSLATE_NOOP(
        "FormMessages", "Tanggal lahir terlalu lampau (lebih dari 110 tahun)."
    ),
    NikProblem.WRONG_LENGTH: QT_TRANSLATE_NOOP("FormMessages", "NIK harus 16 angka."),
    NikProblem.NOT_DIGITS: QT_TRANSLATE_NOOP("FormMessages", "NIK hanya berisi angka."),
    NikProblem.UNKNOWN_PROVINCE: QT_TRANSLATE_NOOP(
        "FormMessages", "Kode provinsi pada NIK (2 angka pertama) tidak dikenal."
    ),
    NikProblem.UNKNOWN_REGENCY: QT_TRANSLATE_NOOP(
        "FormMessages", "Kode kabupaten/kota pada NIK tidak boleh 00."
    ),
    NikProblem.UNKNOWN_DISTRICT: QT_TRANSLATE_NOOP(
        "FormMessages", "Kode kecamatan pada NIK tidak boleh 00."
    ),
    NikProblem.BAD_DATE: QT_TRANSLATE_NOOP(
        "FormMessages",
        "Tanggal lahir di dalam NIK (angka 7-12) tidak valid; untuk perempuan tanggal + 40.",
    ),
    NikProblem.ZERO_SERIAL: QT_TRANSLATE_NOOP(
        "FormMessages", "Nomor urut NIK (4 angka terakhir) tidak boleh 0000."
    ),
    NikWarning.SEX_MISMATCH: QT_TRANSLATE_NOOP(
        "FormMessages",
        "Periksa: menurut NIK jenis kelaminnya lain (perempuan: tanggal lahir + 40).",
    ),
    NikWarning.BIRTH_DATE_MISMATCH: QT_TRANSLATE_NOOP(
        "FormMessages", "Periksa: tanggal lahir di NIK berbeda dengan tanggal lahir yang diisi."
    ),
    NikWarning.REGION_NOT_CURRENT: QT_TRANSLATE_NOOP(
        "FormMessages", "Periksa: kode wilayah NIK tidak ada di daftar Kemendagri terbaru."
    ),
    Missing.AGE: QT_TRANSLATE_NOOP("FormMessages", "umur / tanggal lahir"),
    Missing.DOCUMENT_NUMBER: QT_TRANSLATE_NOOP("FormMessages", "nomor dokumen"),
    Missing.ORIGIN: QT_TRANSLATE_NOOP("FormMessages", "daerah asal"),
    Missing.REASONS: QT_TRANSLATE_NOOP("FormMessages", "alasan deportasi"),
    ErrorCode.GUARDIAN_IS_MINOR: QT_TRANSLATE_NOOP(
        "FormMessages",
        "Pendamping harus orang dewasa. Pilih orang tua atau kerabat dewasa dari rombongan ini.",
    ),
    ErrorCode.GUARDIAN_NOT_IN_CONVOY: QT_TRANSLATE_NOOP(
        "FormMessages", "Pendamping harus terdaftar di kedatangan yang sama."
    ),
    ErrorCode.GUARDIAN_IS_SELF: QT_TRANSLATE_NOOP(
        "FormMessages", "Seseorang tidak dapat menjadi pendamping dirinya sendiri."
    ),
    ErrorCode.PERSON_CLOSED: QT_TRANSLATE_NOOP(
        "FormMessages", "Orang ini sudah diserahterimakan; perubahan memerlukan supervisor."
    ),
    ErrorCode.ALREADY_ARRIVED: QT_TRANSLATE_NOOP(
        "FormMessages", "Nama di daftar ini sudah didaftarkan sebelumnya."
    ),
    ErrorCode.EARLIER_IS_SELF: QT_TRANSLATE_NOOP(
        "FormMessages", "Orang ini tidak dapat ditautkan ke catatannya sendiri."
    ),
    ErrorCode.EARLIER_NOT_BEFORE: QT_TRANSLATE_NOOP(
        "FormMessages",
        "Catatan sebelumnya harus dari kedatangan lain yang tiba lebih dahulu.",
    ),
    ErrorCode.ALREADY_LINKED: QT_TRANSLATE_NOOP(
        "FormMessages", "Catatan ini sudah ditautkan ke orang ini; tidak perlu ditautkan lagi."
    ),
    ErrorCode.INVALID_INPUT: QT_TRANSLATE_NOOP(
        "FormMessages", "Ada isian yang tidak valid. Periksa kembali formulir."
    ),
    ErrorCode.NOT_FOUND: QT_TRANSLATE_NOOP(
        "FormMessages", "Data tidak ditemukan; mungkin sudah diubah di meja lain."
    ),
}


# Kept apart from _MESSAGES: MRZ and NIK codes share values such as "wrong_length".
_MRZ_MESSAGES: dict[object, str] = {
    MrzProblem.WRONG_LENGTH: QT_TRANSLATE_NOOP(
        "FormMessages", "MRZ harus 2 baris masing-masing 44 karakter."
    ),
    MrzProblem.BAD_CHARACTERS: QT_TRANSLATE_NOOP(
        "FormMessages", "MRZ hanya berisi huruf A-Z, angka dan tanda <."
    ),
    MrzProblem.NOT_TD3: QT_TRANSLATE_NOOP(
        "FormMessages", "Ini bukan MRZ paspor (harus diawali P)."
    ),
    MrzProblem.DOCUMENT_NUMBER_CHECK: QT_TRANSLATE_NOOP(
        "FormMessages", "Digit pemeriksa nomor paspor salah: periksa nomor paspor."
    ),
    MrzProblem.BIRTH_DATE_CHECK: QT_TRANSLATE_NOOP(
        "FormMessages", "Digit pemeriksa tanggal lahir salah."
    ),
    MrzProblem.EXPIRY_DATE_CHECK: QT_TRANSLATE_NOOP(
        "FormMessages", "Digit pemeriksa masa berlaku salah."
    ),
    MrzProblem.OPTIONAL_DATA_CHECK: QT_TRANSLATE_NOOP(
        "FormMessages", "Digit pemeriksa data tambahan salah."
    ),
    MrzProblem.COMPOSITE_CHECK: QT_TRANSLATE_NOOP(
        "FormMessages", "Digit pemeriksa gabungan (akhir baris 2) salah."
    ),
    MrzProblem.BAD_BIRTH_DATE: QT_TRANSLATE_NOOP(
        "FormMessages", "Tanggal lahir di MRZ tidak valid."
    ),
    MrzProblem.BAD_EXPIRY_DATE: QT_TRANSLATE_NOOP(
        "FormMessages", "Masa berlaku di MRZ tidak valid."
    ),
    MrzProblem.BAD_SEX: QT_TRANSLATE_NOOP("FormMessages", "Jenis kelamin di MRZ tidak valid."),
}

# Codes of different enums may share a value ("wrong_length" of NIK and of MRZ): StrEnum
# members hash and compare like their value, so the key must include the enum class.
_BY_KIND = {
    (type(code), str(code)): text
    for table in (_MESSAGES, _MRZ_MESSAGES)
    for code, text in table.items()
}


def message(code: object) -> str:
    """The translated sentence for a code; the code itself if none is known."""
    text = _BY_KIND.get((type(code), str(code)))
    return QCoreApplication.translate(_CONTEXT, text) if text else str(code)

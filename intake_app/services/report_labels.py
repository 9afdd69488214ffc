"""Indonesian row labels of the report tables, keyed by the stored codes."""

from __future__ import annotations

UNKNOWN = "Tidak diketahui"

SEX_AGE = {"adult": "Dewasa (18 tahun ke atas)", "minor": "Anak (di bawah 18 tahun)"}
DEPOT = {
    "semuja": "DTI Semuja (Serian)",
    "bekenu": "DTI Bekenu (Miri)",
    "other": "Depot lain",
}
TRAVEL_DOCUMENT = {"passport": "Paspor", "splp": "SPLP", "none": "Tanpa dokumen"}
SECTOR = {
    "jasa": "Jasa",
    "konstruksi": "Konstruksi",
    "perkebunan": "Perkebunan",
    "industri": "Industri",
    "perkapalan": "Perkapalan / ABK",
    "plrt": "Penata laksana rumah tangga (PLRT)",
    "kedai": "Kedai / toko",
    "ikut_pasangan": "Ikut suami/istri",
    "ikut_orang_tua": "Ikut orang tua",
    "lainnya": "Lainnya",
}
REASON = {
    "no_passport": "Tidak memiliki paspor",
    "no_work_permit": "Tidak memiliki izin kerja",
    "overstay": "Melebihi izin tinggal (overstay)",
    "illegal_entry": "Masuk secara tidak resmi",
    "gambling": "Perjudian",
    "drugs": "Narkotika",
    "other_crime": "Tindak pidana lain",
    "born_in_malaysia_undocumented": "Lahir di Malaysia tanpa dokumen",
    "other": "Lainnya",
    "": "Alasan tidak dicatat",
}
DISPOSITION = {
    "self_return": "Pulang mandiri",
    "family": "Dijemput keluarga",
    "regency_government": "Pemerintah kabupaten / Satgas",
    "social_services": "Dinas Sosial",
    "child_protection": "UPTD PPA / DP3A",
    "police": "Kepolisian (TPPO)",
    "bp3mi_shelter": "Shelter BP3MI",
    "transport_provider": "Penyedia transportasi",
    "other": "Lainnya",
    "": "Belum ada disposisi (menunggu)",
}
REPEAT = {"repeat": "Pernah dideportasi sebelumnya", "first": "Baru pertama kali"}
VULNERABLE = {
    "pregnant": "Hamil",
    "elderly": "Lanjut usia (60 tahun ke atas)",
    "disability": "Penyandang disabilitas",
    "trafficking_suspected": "Indikasi TPPO",
    "violence_victim": "Korban kekerasan",
}
CHILDREN = {"accompanied": "Didampingi orang dewasa", "unaccompanied": "Tanpa pendamping"}
BIRTH_REGISTRATION = {
    "needed": "Perlu pencatatan kelahiran",
    "not_needed": "Tidak perlu / sudah tercatat",
}
MONTHS = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
)  # fmt: skip


def long_date(value) -> str:  # type: ignore[no-untyped-def]
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}"

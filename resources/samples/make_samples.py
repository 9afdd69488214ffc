"""Regenerates manifest_bekenu_indonesian.xlsx: run `python resources/samples/make_samples.py`."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

HERE = Path(__file__).resolve().parent
TARGET = HERE / "manifest_bekenu_indonesian.xlsx"

HEADERS = (
    "No",
    "Nama Lengkap",
    "No. Paspor/\nSPLP",  # wrapped in its cell, as many depot sheets are
    "Jenis Kelamin",
    "Tempat Lahir",
    "Tanggal\nLahir",
    "Umur",
    "Pelanggaran",
    "Alamat",
    "Keterangan",
)

# Birth dates are real Excel date cells, except where the depot typed text: an unknown day and
# month, a dash, a two-digit year. `None` leaves a row empty, as officers do between pages.
PEOPLE: tuple[tuple[object, ...] | None, ...] = (
    (1, "SAHRUL RAMADHAN", "C2345671", "Laki-laki", "Sambas", date(1994, 1, 12), 32,
     "Overstay", "Dusun Sajingan, Kec. Sajingan Besar, Kab. Sambas, Kalbar", None),
    (2, "Sri Rahayu", "E3456712", "Perempuan", "Ponorogo", date(1987, 8, 30), 38,
     "Tidak memiliki izin kerja", "Ds. Jenangan, Kec. Jenangan, Kab. Ponorogo, Jatim", None),
    (3, "YUSUF BIN HAMZAH", "-", "L", "Nunukan", "00/00/1985", 40,
     "Masuk tanpa dokumen resmi (Seksyen 6(1)(c))", "Kab. Nunukan, Kaltara", None),
    (4, "Maria Ulfa", "SPLP-KCH-2026-00031", "P", "Sanggau", date(2001, 3, 3), 24,
     "Overstay", "Kec. Entikong, Kab. Sanggau, Kalbar", "SPLP dari KJRI Kuching"),
    (5, "Daeng Mattiro", "X4567123", "L", "Bone", "17/05/90", 35,
     "Pelanggaran izin tinggal (overstay)", "Kab. Bone, Sulsel", None),
    (6, "Petrus Lawing", "C5671234", "Laki-laki", "Putussibau", date(1979, 11, 2), 46,
     "Narkoba", "Kab. Kapuas Hulu, Kalbar", "Masa tahanan selesai"),
    (7, "Nurul Hidayah", "-", "Perempuan", "Sambas", date(1998, 6, 21), 27,
     "Masuk tanpa izin", "Desa Sebubus, Kec. Paloh, Kab. Sambas, Kalbar", "Ibu dari No. 8"),
    (8, "Aisyah Putri", "-", "Perempuan", "Miri, Sarawak", date(2016, 9, 9), 9,
     "Lahir di Malaysia tanpa dokumen", "Desa Sebubus, Kec. Paloh, Kab. Sambas, Kalbar",
     "Anak dari No. 7"),
    (9, "Hasanudin", "E6712345", "L", "Makassar", date(1983, 4, 15), 42,
     "Judi", "Kota Makassar, Sulsel", None),
    (10, "Kadek Ayu Lestari", "C7123456", "P", "Buleleng", date(1995, 12, 1), 30,
     "Overstay", "Kab. Buleleng, Bali", None),
    None,
    (11, "MUHAMMAD IQBAL", "C8123457", "L", "Pontianak", date(1991, 7, 7), 34,
     "Tidak memiliki izin kerja", "Kota Pontianak, Kalbar", None),
    (12, "Yakobus Ding", "-", "L", "Malinau", "-", 50,
     "Masuk tanpa izin", "Kab. Malinau, Kaltara", "Tanggal lahir tidak diketahui"),
    (13, "Siti Khodijah", "C9123458", "P", "Lombok Timur", date(1989, 2, 14), 36,
     "Overstay", "Kab. Lombok Timur, NTB", None),
    (14, "Rahmat", "0045678", "L", "Sintang", date(1975, 10, 10), 50,
     "Seksyen 15(1)(c)", "Kab. Sintang, Kalbar", None),
    (15, "La Ode Hamid", "X9234567", "Laki-laki", "Buton", date(1980, 1, 31), 46,
     "Overstay dan tidak memiliki izin kerja", "Kab. Buton, Sultra", None),
)  # fmt: skip


def build(target: Path = TARGET) -> Path:
    workbook = Workbook()
    # A summary sheet comes first in some depot workbooks: the reader must skip it.
    summary = workbook.active
    summary.title = "Ringkasan"
    summary.append(["Jumlah deportan", 15])
    summary.append(["Laki-laki", 9])
    summary.append(["Perempuan", 6])

    sheet = workbook.create_sheet("Daftar Nama")
    sheet.append(["DAFTAR NAMA WNI DEPORTASI DARI DEPO TAHANAN IMIGRESEN BEKENU, MIRI"])
    sheet.append(["Rombongan tiba di PLBN Entikong, 5 Februari 2026"])
    sheet.append([])
    sheet.append(HEADERS)
    for cell in sheet[4]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True)
    for person in PEOPLE:
        if person is None:
            # openpyxl writes no XML for an empty row: a real gap, as in Excel.
            sheet.append([])
            continue
        sheet.append(list(person))
        birth = sheet.cell(row=sheet.max_row, column=6)
        if isinstance(birth.value, date):
            birth.number_format = "DD/MM/YYYY"
    # Fixed times so that regenerating the file changes nothing but its zip timestamps.
    workbook.properties.created = workbook.properties.modified = datetime(2026, 2, 4, 8, 0)
    workbook.save(target)
    return target


if __name__ == "__main__":
    build()

"""Rebuild the example workbooks in this folder from the public lists in `inputs/data/`.

A maintainer's tool only: the workbooks it writes are committed, and nothing else in the project
(the package, its tests, the README's commands) needs this script or the lists it reads.

    python inputs/make_examples.py            # reads inputs/data/ (SOURCES.md says whence)

Names and kecamatan are real (Kemendagri codes, Kemdikbud school list); the counts of people
still to record are made up, seeded, to match the campaigns' published totals.
"""

from __future__ import annotations

import csv
import random
import sys
from datetime import date
from pathlib import Path

import openpyxl
from openpyxl.styles import Font

HERE = Path(__file__).parent


def _sheet(
    book: openpyxl.Workbook, title: str, header: list[str], rows: list[list[object]]
) -> None:
    ws = book.create_sheet(title)
    ws.append(header)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for row in rows:
        ws.append(row)
    for i, name in enumerate(header, start=1):
        width = max(len(str(name)), *(len(str(r[i - 1] or "")) for r in rows)) if rows else 12
        ws.column_dimensions[openpyxl.utils.get_column_letter(i)].width = min(width + 2, 45)
    ws.freeze_panes = "A2"


def surakarta(data: Path) -> None:
    """Surakarta 2016: 4,160 people not yet recorded in 51 kelurahan, swept Mon-Wed, two a day."""
    rnd = random.Random(2016)
    with open(data / "surakarta_kelurahan.csv", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    weights = [int(r["population"]) if r["population"] else rnd.randint(4000, 12000) for r in rows]
    weights = [w**0.5 for w in weights]  # a flatter spread: the unrecorded are few everywhere
    total = 4160
    people = [max(20, round(total * w / sum(weights))) for w in weights]
    people[-1] += total - sum(people)
    poor = {"Mojosongo", "Jebres", "Semanggi", "Pucangsawit", "Joyosuran"}
    sites = []
    for i, (r, n) in enumerate(zip(rows, people, strict=True), start=1):
        sites.append(
            [
                f"SKA-{i:02d}",
                f"Kelurahan {r['kelurahan']}",
                "kelurahan",
                r["kecamatan"],
                n,
                "tersendat" if r["kelurahan"] in poor else "lancar",
                None,
                3,
                None,
                None,
                None,
                f"Kantor Kelurahan {r['kelurahan']}",
                "",
            ]
        )
    book = openpyxl.Workbook()
    book.remove(book.active)
    _sheet(
        book,
        "Lokasi",
        ["id_lokasi", "nama", "jenis", "kecamatan", "jumlah", "jaringan", "kapasitas",
         "prioritas", "mulai", "selesai", "tutup", "kontak", "catatan"],
        sites,
    )  # fmt: skip
    _sheet(
        book,
        "Alat",
        ["id_alat", "nama", "tidak_tersedia"],
        [["A1", "Alat perekaman 1", None], ["A2", "Alat perekaman 2", None],
         ["A3", "Alat perekaman 3", "2016-09-19..2016-09-23"], ["A4", "Alat perekaman 4", None]],
    )  # fmt: skip
    _sheet(
        book,
        "Pengaturan",
        ["kunci", "nilai"],
        [["mulai", date(2016, 7, 11)], ["batas", date(2016, 10, 31)],
         ["kapasitas_lancar", 40], ["kapasitas_tersendat", 20],
         ["libur_nasional", "ID"], ["wilayah", "Kota Surakarta"]],
    )  # fmt: skip
    _sheet(
        book,
        "Aturan",
        ["jenis", "hari", "maks_lokasi_per_hari", "min_alat", "maks_alat"],
        [["kelurahan", "Sen-Rab", 2, 1, 2]],
    )
    _sheet(
        book,
        "Agenda",
        ["tanggal", "alat", "keterangan"],
        [["Kamis", 1, "Pelayanan keliling (Kamis sore)"],
         ["Minggu", 1, "Car Free Day Jl. Slamet Riyadi"],
         ["Jumat", 1, "Kunjungan rumah lansia dan orang sakit"]],
    )  # fmt: skip
    _sheet(book, "Libur", ["tanggal", "keterangan"], [["2016-08-18", "Rapat kerja Disdukcapil"]])
    # Printing, August 2016: about 315 cards a day, 2,822 records waiting, overtime at 1,553 a
    # day; the counter's own requests beside the campaign (assumed 150 a day).
    _sheet(
        book,
        "Cetak",
        ["butir", "jumlah", "tanggal", "kelas", "keterangan"],
        [["kapasitas", 315, None, None, "rata-rata kantor dan kecamatan"],
         ["lembur", 1553, None, None, "dengan lembur (hari ditentukan kemudian)"],
         ["antrean", 2822, None, "perubahan", "siap cetak pada awal kampanye"],
         ["loket", 150, None, "perubahan", "permohonan loket per hari (perkiraan)"],
         ["target", None, date(2016, 10, 31), None, "KTP kampanye selesai dicetak"]],
    )  # fmt: skip
    for ws in book.worksheets:
        for row in ws.iter_rows(min_row=2):
            for cell in row:
                if isinstance(cell.value, date):
                    cell.number_format = "yyyy-mm-dd"
    book.save(HERE / "surakarta-2016.xlsx")


def sukoharjo(data: Path) -> None:
    """Sukoharjo 2022: SMA/SMK students 16+ for the 2024 election, Aug-Dec, two kits a visit."""
    rnd = random.Random(2022)
    with open(data / "sukoharjo_schools.csv", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    sweep = ["Sukoharjo", "Weru", "Bulu", "Mojolaban", "Polokarto"]
    rows.sort(key=lambda r: (sweep.index(r["kecamatan"]) if r["kecamatan"] in sweep else 9,
                             r["kecamatan"], r["school"]))  # fmt: skip
    poor = {"Weru", "Bulu", "Polokarto", "Nguter", "Tawangsari"}
    sites = []
    for i, r in enumerate(rows, start=1):
        big = r["students_est"] or r["students"]
        people = round(int(big) * rnd.uniform(0.07, 0.10)) if big else rnd.randint(15, 70)
        kec = r["kecamatan"]
        closed = "2022-09-26..2022-09-30" if r["kind"] == "SMA" and i % 3 == 0 else None
        sites.append(
            [f"SKH-{i:02d}", r["school"].title().replace("Sman", "SMAN").replace("Smkn", "SMKN")
             .replace("Smas", "SMAS").replace("Smks", "SMKS").replace("Sma ", "SMA ")
             .replace("Smk ", "SMK "),
             "school", kec, people, "poor" if kec in poor else "good", None,
             4 if kec in sweep[:3] else 3, None, "2022-12-02", closed,
             "", f"NPSN {r['npsn']}" if r["npsn"] else ""]
        )  # fmt: skip
    book = openpyxl.Workbook()
    book.remove(book.active)
    _sheet(
        book,
        "Sites",
        ["site_id", "name", "type", "kecamatan", "people", "network", "rate", "priority",
         "earliest", "latest", "closed", "contact", "notes"],
        sites,
    )  # fmt: skip
    _sheet(
        book,
        "Kits",
        ["kit_id", "name", "unavailable"],
        [["K1", "Kit 1", None], ["K2", "Kit 2", None], ["K3", "Kit 3", None],
         ["K4", "Kit 4", "2022-10-10..2022-10-14"]],
    )  # fmt: skip
    _sheet(
        book,
        "Settings",
        ["key", "value"],
        [["start", date(2022, 8, 1)], ["deadline", date(2022, 12, 23)],
         ["rate_good", 25], ["rate_poor", 10], ["holidays", "ID"],
         ["region", "Kabupaten Sukoharjo"]],
    )  # fmt: skip
    _sheet(
        book,
        "Rules",
        ["type", "weekdays", "max_sites_per_day", "min_kits", "max_kits"],
        [["school", "Mon-Fri", None, 2, 2]],
    )
    _sheet(
        book,
        "Reserved",
        ["date", "kits", "label"],
        [["Fri", 1, "Home visits for the old and the sick"]],
    )
    _sheet(
        book,
        "Closures",
        ["date", "reason"],
        [["2022-08-16..2022-08-18", "Independence Day events"],
         ["2022-12-26", "Cuti bersama Natal"]],
    )  # fmt: skip
    # Printing, 2022: blanks ran out nationwide in September; damaged and lost cards first,
    # then the first-time voters, changes deferred; 200-300 counter requests a day (assumed
    # 100 damaged, 150 changes). Stock and delivery figures are illustrative.
    _sheet(
        book,
        "Printing",
        ["item", "count", "date", "class", "note"],
        [["rate", 300, None, None, "cards a working day"],
         ["overtime", 450, None, None, "with overtime (days decided when needed)"],
         ["stock", 6000, None, None, "blanks on hand on 1 August"],
         ["delivery", 5000, date(2022, 10, 17), None, "from Ditjen Dukcapil"],
         ["counter", 100, None, "damaged", "damaged or lost cards a day"],
         ["counter", 150, None, "change", "changes of data a day"],
         ["target", None, date(2022, 12, 23), None, "campaign cards printed"]],
    )  # fmt: skip
    book.save(HERE / "sukoharjo-2022.xlsx")


if __name__ == "__main__":
    source = Path(sys.argv[1] if len(sys.argv) > 1 else HERE / "data")
    surakarta(source)
    sukoharjo(source)
    print("wrote", HERE / "surakarta-2016.xlsx", "and", HERE / "sukoharjo-2022.xlsx")

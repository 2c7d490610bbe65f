"""Write made-up name lists for the two examples, beside their workbooks (a maintainer's tool;
the lists it writes are committed):

    python inputs/make_lists.py

- `sukoharjo-2022-lists/`: one Dapodik-style export per school (`<NPSN>.csv`, or
  `<site id>.csv` for a school without one), a workbook of late additions whose rows name
  their school (`tambahan-kelas-x.xlsx`), and the NIKs already recorded (`sudah-terekam.csv`);
- `surakarta-2016-lists/`: one SIAK-style export of residents not yet recorded per kecamatan
  (`<kecamatan>.xlsx`, a `kelurahan` column), and `sudah-terekam.csv`.

Nobody in them is real. Names are drawn from short lists of common Javanese names; every
NIK ends in the serial `0000`, which no NIK issued has (serials start at 0001), so no NIK
here can be a real person's. Each list has the mistakes real lists have: a row listed twice
(the same NIK, or the same name and birth date without a NIK), people already recorded, people
too young on the visit day or turning 16 during the campaign, NIKs whose birth date or sex is
not the row's, NIKs of another regency, dates written two ways, and a NIK saved as a number.
"""

from __future__ import annotations

import csv
import random
import sys
from datetime import date, timedelta
from pathlib import Path

import openpyxl

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent))

from scheduler.reader import read_problem  # noqa: E402

GIVEN_M = [
    "Adi",
    "Agus",
    "Bagus",
    "Bayu",
    "Budi",
    "Dimas",
    "Eko",
    "Fajar",
    "Galih",
    "Hendra",
    "Joko",
    "Yoga",
    "Rizky",
    "Slamet",
    "Teguh",
    "Wahyu",
    "Yusuf",
    "Arif",
    "Dwi",
    "Rudi",
]
GIVEN_F = [
    "Ayu",
    "Dewi",
    "Endah",
    "Fitri",
    "Indah",
    "Lestari",
    "Nur",
    "Putri",
    "Ratna",
    "Rini",
    "Sari",
    "Siti",
    "Sri",
    "Tri",
    "Wulan",
    "Yuni",
    "Anisa",
    "Dian",
    "Maya",
    "Novi",
]
FAMILY = ["Pratama", "Saputra", "Wibowo", "Santoso", "Nugroho", "Hidayat", "Setiawan",
          "Purnomo", "Kurniawan", "Susanto", "Rahayu", "Handayani", "Wulandari", "Lestari",
          "Anggraini", "Permatasari", "Utami", "Sulistyo", "Haryanto", "Prasetyo"]  # fmt: skip


class Niks:
    """Made-up NIKs: region + kecamatan + DDMMYY (+40 for women) + serial 0000, unique."""

    def __init__(self) -> None:
        self.used: set[str] = set()

    def make(self, region: str, born: date, female: bool) -> str:
        day = born.day + (40 if female else 0)
        for kec in range(1, 100):
            nik = f"{region}{kec:02d}{day:02d}{born:%m%y}0000"
            if nik not in self.used:
                self.used.add(nik)
                return nik
        raise RuntimeError("out of made-up NIKs for one birth date")


def _name(rnd: random.Random, female: bool) -> str:
    return f"{rnd.choice(GIVEN_F if female else GIVEN_M)} {rnd.choice(FAMILY)}"


def _day(rnd: random.Random, first: date, last: date) -> date:
    return first + timedelta(days=rnd.randrange((last - first).days + 1))


def _person(
    rnd: random.Random, niks: Niks, region: str, first: date, last: date
) -> dict[str, object]:
    female = rnd.random() < 0.5
    born = _day(rnd, first, last)
    return {"name": _name(rnd, female), "female": female, "born": born,
            "nik": niks.make(region, born, female)}  # fmt: skip


def _spoil(rnd: random.Random, rows: list[dict[str, object]], niks: Niks, other: str) -> None:
    """The mistakes real lists have, a few of each, in place."""
    n = len(rows)
    for r in rnd.sample(rows, max(1, n // 50)):  # the NIK's birth date is not the row's
        born = r["born"]
        assert isinstance(born, date)
        r["born"] = born + timedelta(days=rnd.choice((-3, 1, 31)))
    for r in rnd.sample(rows, max(1, n // 50)):  # another regency's NIK
        born, female = r["born"], r["female"]
        assert isinstance(born, date) and isinstance(female, bool)
        r["nik"] = niks.make(other, born, female)
    for r in rnd.sample(rows, max(1, n // 25)):  # listed twice: the same NIK
        rows.insert(rnd.randrange(len(rows) + 1), dict(r))
    for r in rnd.sample(rows, max(1, n // 60)):  # twice, the second time without a NIK
        rows.insert(rnd.randrange(len(rows) + 1), {**r, "nik": ""})


def sukoharjo() -> None:
    problem = read_problem(HERE / "sukoharjo-2022.xlsx")
    out = HERE / "sukoharjo-2022-lists"
    out.mkdir(exist_ok=True)
    rnd, niks = random.Random(2022), Niks()
    recorded: list[str] = []
    extra: list[list[object]] = []
    for site in problem.sites:
        # Grades XI and XII, 16 by the campaign's start; grade X, some 16 during it, some not.
        rows = [_person(rnd, niks, "3311", date(2005, 1, 1), date(2006, 7, 31))
                for _ in range(round(site.people * 1.05))]  # fmt: skip
        already = [_person(rnd, niks, "3311", date(2005, 1, 1), date(2006, 7, 31))
                   for _ in range(max(1, site.people // 12))]  # fmt: skip
        recorded += [str(r["nik"]) for r in already]
        rows += already
        rows += [_person(rnd, niks, "3311", date(2006, 8, 1), date(2007, 6, 30))
                 for _ in range(max(1, site.people // 8))]  # fmt: skip
        _spoil(rnd, rows, niks, "3372")
        npsn = site.notes.removeprefix("NPSN ").strip()
        path = out / f"{npsn or site.site_id}.csv"
        late = rows[-2:] if site.site_id in ("SKH-07", "SKH-21", "SKH-33") else []
        rows = rows[: len(rows) - len(late)]
        for r in late:
            extra.append([site.name, r["name"], r["nik"], "P" if r["female"] else "L",
                          r["born"], "X"])  # fmt: skip
        with open(path, "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, delimiter=";")
            w.writerow(["Nama", "NISN", "NIK", "JK", "Tempat Lahir", "Tanggal Lahir", "Rombel"])
            for i, r in enumerate(rows):
                born = r["born"]
                assert isinstance(born, date)
                when = f"{born:%d/%m/%Y}" if i % 3 else born.isoformat()  # two ways, mixed
                grade = "XII" if born.year == 2005 else "XI" if born < date(2006, 8, 1) else "X"
                w.writerow([r["name"], f"00{rnd.randrange(10**8):08d}", r["nik"],
                            "P" if r["female"] else "L", "Sukoharjo", when,
                            f"{grade} {rnd.choice('ABCDE')}"])  # fmt: skip
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "Tambahan"
    ws.append(["Sekolah", "Nama", "NIK", "Jenis Kelamin", "Tanggal Lahir", "Kelas"])
    for row in extra:
        ws.append(row)
    for cell in ws["C"][1:]:
        cell.number_format = "@"
    ws["C2"].value = int(str(ws["C2"].value))  # a NIK typed as a number
    for cell in ws["E"][1:]:
        cell.number_format = "dd/mm/yyyy"
    book.save(out / "tambahan-kelas-x.xlsx")
    with open(out / "sudah-terekam.csv", "w", encoding="utf-8", newline="") as f:
        f.write("NIK\n" + "".join(f"{n}\n" for n in sorted(recorded)))


def surakarta() -> None:
    problem = read_problem(HERE / "surakarta-2016.xlsx")
    out = HERE / "surakarta-2016-lists"
    out.mkdir(exist_ok=True)
    rnd, niks = random.Random(2016), Niks()
    recorded: list[str] = []
    by_kecamatan: dict[str, list[list[object]]] = {}
    for site in problem.sites:
        kelurahan = site.name.removeprefix("Kelurahan ")
        rows = [_person(rnd, niks, "3372", date(1940, 1, 1), date(2000, 7, 11))
                for _ in range(site.people)]  # fmt: skip
        already = [_person(rnd, niks, "3372", date(1950, 1, 1), date(1999, 12, 31))
                   for _ in range(max(1, site.people // 10))]  # fmt: skip
        recorded += [str(r["nik"]) for r in already]
        rows += already
        rows += [_person(rnd, niks, "3372", date(2000, 7, 12), date(2001, 3, 31))
                 for _ in range(max(1, site.people // 15))]  # fmt: skip
        _spoil(rnd, rows, niks, "3311")
        for r in rows:
            born = r["born"]
            assert isinstance(born, date)
            by_kecamatan.setdefault(site.kecamatan, []).append(
                [r["nik"], r["name"], "PEREMPUAN" if r["female"] else "LAKI-LAKI", born,
                 f"{rnd.randint(1, 12):03d}", f"{rnd.randint(1, 9):03d}", kelurahan]
            )  # fmt: skip
    for kecamatan, rows in by_kecamatan.items():
        book = openpyxl.Workbook()
        ws = book.active
        ws.title = "Belum Rekam"
        ws.append(["NIK", "NAMA_LGKP", "JENIS_KELAMIN", "TGL_LHR", "NO_RT", "NO_RW",
                   "KEL_NAME"])  # fmt: skip
        for row in rows:
            ws.append(row)
        for cell in ws["A"][1:]:
            cell.number_format = "@"
        for cell in ws["D"][1:]:
            cell.number_format = "dd/mm/yyyy"
        book.save(out / f"{kecamatan.lower().replace(' ', '-')}.xlsx")
    with open(out / "sudah-terekam.csv", "w", encoding="utf-8", newline="") as f:
        f.write("nik\n" + "".join(f"{n}\n" for n in sorted(recorded)))


if __name__ == "__main__":
    sukoharjo()
    surakarta()
    print("wrote", HERE / "sukoharjo-2022-lists", "and", HERE / "surakarta-2016-lists")

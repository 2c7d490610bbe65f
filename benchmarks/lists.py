"""Measure reading and reconciling a regency's name lists: 100,000 rows in 300 files.

    python benchmarks/lists.py             # csv and xlsx, 100,000 rows in 300 files
    python benchmarks/lists.py --smoke     # 3,000 rows in 30 files (the tests run it)

Each case runs in a fresh process, so its peak memory is its own: it writes made-up lists for
a generated 300-site season (students per school as Dapodik exports, one file a site; a tenth
of the rows repeated, a twelfth already recorded), then times `read_lists` and `reconcile`,
what `outreach lists` and `plan --lists` do before planning.
"""

from __future__ import annotations

import argparse
import csv
import multiprocessing
import random
import resource
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.generate import campaign  # noqa: E402
from scheduler.lists import read_lists  # noqa: E402
from scheduler.reconcile import reconcile  # noqa: E402

HEADER = ["Nama", "NISN", "NIK", "JK", "Tempat Lahir", "Tanggal Lahir", "Rombel"]


def write_lists(folder: Path, rows: int, files: int, kind: str) -> None:
    """`rows` made-up students in `files` lists, one per site of a 300-site season."""
    import openpyxl

    problem = campaign(300, 6)
    rnd = random.Random(1)
    per = rows // files
    for f, site in enumerate(problem.sites[:files]):
        body = []
        for i in range(per):
            born = date(2005, 1, 1) + timedelta(days=rnd.randrange(900))
            female = rnd.random() < 0.5
            nik = f"3311{f % 99 + 1:02d}{born.day + 40 * female:02d}{born:%m%y}{i % 10000:04d}"
            sex = "P" if female else "L"
            nisn = f"00{rnd.randrange(10**8):08d}"
            body.append([f"Siswa {f} {i}", nisn, nik, sex, "Sukoharjo", f"{born:%d/%m/%Y}", "XI A"])
        body += [list(r) for r in rnd.sample(body, per // 10)]
        if kind == "csv":
            with open(folder / f"{site.site_id}.csv", "w", encoding="utf-8", newline="") as out:
                csv.writer(out, delimiter=";").writerows([HEADER, *body])
        else:
            book = openpyxl.Workbook(write_only=True)
            ws = book.create_sheet()
            ws.append(HEADER)
            for r in body:
                ws.append(r)
            book.save(folder / f"{site.site_id}.xlsx")


def measure(kind: str, rows: int, files: int) -> tuple[str, int, int, float, float, int]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        write_lists(folder, rows, files, kind)
        problem = campaign(300, 6)
        began = time.perf_counter()
        lists = read_lists([folder], problem)
        read = time.perf_counter() - began
        rec = reconcile(problem, lists)
        total = time.perf_counter() - began
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        assert rec.to_plan > 0
        return kind, len(lists.people), len(lists.files), read, total, round(peak)


def _child(args: tuple[str, int, int]) -> tuple[str, int, int, float, float, int]:
    return measure(*args)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="3,000 rows in 30 files")
    args = parser.parse_args(argv)
    rows, files = (3_000, 30) if args.smoke else (100_000, 300)
    print("| lists | rows read | files | read s | read + reconcile s | peak MiB |")
    print("|---|---|---|---|---|---|")
    context = multiprocessing.get_context("spawn")
    for kind in ("csv", "xlsx"):
        with context.Pool(1) as pool:
            kind, n, f, read, total, peak = pool.apply(_child, ((kind, rows, files),))
        print(f"| {kind} | {n:,} | {f} | {read:.1f} | {total:.1f} | {peak:,} |")


if __name__ == "__main__":
    main()

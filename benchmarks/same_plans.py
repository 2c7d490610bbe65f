"""Do two versions of the planner write the same workbooks? Plans and re-plans the two
examples and a 227-site regency with `--repeatable`, then compares two such runs cell by cell.

    python benchmarks/same_plans.py record before/     # on the old code
    python benchmarks/same_plans.py record after/      # on the new code
    python benchmarks/same_plans.py compare before/ after/

`record` runs the CLI (`python -m scheduler`) from this checkout, so it measures the code beside
it. A re-plan is two weeks in, the last working day before it lost on every kit, every other
earlier row reported done as planned. `compare` prints every sheet and cell that differs (the
seconds a run took, which no two runs share, are left out) and exits 1 if any does.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import openpyxl

ROOT = Path(__file__).parent.parent
sys.path.insert(0, str(ROOT))

# (case, --lang, --time-limit in deterministic seconds)
CASES = [("surakarta-2016", "id", 5.0), ("sukoharjo-2022", "id", 5.0),
         ("sukoharjo-2022", "en", 5.0), ("regency-227", "id", 10.0)]  # fmt: skip
PROGRESS = {"id": ("Realisasi", "selesai", "batal"), "en": ("Progress", "done", "lost")}
# A run's own seconds ("12.3 s", "12,3 detik") differ between any two runs.
SECONDS = re.compile(r"\d+([.,]\d+)? ?(s|detik|seconds?)\b")


def _input(case: str, folder: Path) -> Path:
    if case != "regency-227":
        return ROOT / "inputs" / f"{case}.xlsx"
    from benchmarks.generate import regency
    from scheduler.plan import Plan
    from scheduler.writer import build_workbook
    from scheduler.xlsx import save_atomically

    path = folder / "regency-227.xlsx"
    save_atomically(build_workbook(regency(date(2022, 12, 23), kits=7), Plan((), (), ())), path)
    return path


def _cli(*args: str) -> None:
    done = subprocess.run([sys.executable, "-m", "scheduler", *args], cwd=ROOT)
    if done.returncode not in (0, 3):
        raise SystemExit(f"outreach {' '.join(args)}: exit {done.returncode}")


def _as_date(value: object) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    return value if isinstance(value, date) else None


def _report_two_weeks(plan: Path, lang: str, out: Path) -> date:
    """Fill the plan's Progress sheet as staff would two weeks in; return --today."""
    sheet_name, done, lost = PROGRESS[lang]
    book = openpyxl.load_workbook(plan)
    sheet = book[sheet_name]
    rows = list(sheet.iter_rows(min_row=2))
    days = sorted({d for row in rows if (d := _as_date(row[0].value)) is not None})
    today = days[0] + timedelta(days=14)
    lost_day = max(d for d in days if d < today)
    for row in rows:
        day = _as_date(row[0].value)
        if day is not None and day < today:
            row[5].value = lost if day == lost_day else done
    book.save(out)
    return today


def record(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for case, lang, limit in CASES:
        name = f"{case}-{lang}"
        plan = folder / f"{name}-plan.xlsx"
        common = ["--lang", lang, "--repeatable", "--time-limit", str(limit), "--force", "-q"]
        _cli("plan", str(_input(case, folder)), "-o", str(plan), *common)
        reported = folder / f"{name}-reported.xlsx"
        today = _report_two_weeks(plan, lang, reported)
        replan = folder / f"{name}-replan.xlsx"
        _cli("replan", str(reported), "--today", today.isoformat(), "-o", str(replan), *common)
        print(f"{name}: {plan.name}, {replan.name} (re-planned on {today})")


def _cell(value: object) -> object:
    return SECONDS.sub("<seconds>", value) if isinstance(value, str) else value


def compare(before: Path, after: Path) -> int:
    differences = 0
    for old in sorted(before.glob("*-plan.xlsx")) + sorted(before.glob("*-replan.xlsx")):
        new = after / old.name
        if not new.exists():
            print(f"{old.name}: missing from {after}")
            differences += 1
            continue
        a = openpyxl.load_workbook(old, read_only=True)
        b = openpyxl.load_workbook(new, read_only=True)
        if a.sheetnames != b.sheetnames:
            print(f"{old.name}: sheets {a.sheetnames} -> {b.sheetnames}")
            differences += 1
        for name in (n for n in a.sheetnames if n in b.sheetnames):
            rows_a = [tuple(map(_cell, r)) for r in a[name].iter_rows(values_only=True)]
            rows_b = [tuple(map(_cell, r)) for r in b[name].iter_rows(values_only=True)]
            for i in range(max(len(rows_a), len(rows_b))):
                ra = rows_a[i] if i < len(rows_a) else ()
                rb = rows_b[i] if i < len(rows_b) else ()
                for j in range(max(len(ra), len(rb))):
                    va = ra[j] if j < len(ra) else None
                    vb = rb[j] if j < len(rb) else None
                    if va != vb:
                        differences += 1
                        if differences <= 200:
                            cell = f"{openpyxl.utils.get_column_letter(j + 1)}{i + 1}"
                            print(f"{old.name} {name}!{cell}: {va!r} -> {vb!r}")
    print(f"{differences} cell(s) differ" if differences else "every cell the same")
    return 1 if differences else 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    verbs = parser.add_subparsers(dest="verb", required=True)
    verbs.add_parser("record").add_argument("folder", type=Path)
    both = verbs.add_parser("compare")
    both.add_argument("before", type=Path)
    both.add_argument("after", type=Path)
    args = parser.parse_args()
    if args.verb == "record":
        record(args.folder)
    else:
        raise SystemExit(compare(args.before, args.after))


if __name__ == "__main__":
    main()

"""Realistic generated campaigns for the benchmarks (and for trying the tool at scale).

A regency's season, August to December 2022: SMA/SMK schools (two kits a visit, Mon-Fri) and
kelurahan/desa offices (one or two kits, Mon-Wed, a few a day), swept kecamatan by kecamatan;
70% of sites on a good network; some schools closed for two weeks of exams, some sites only
early or only late in the season; Friday home visits take a kit, and with six kits or more a
Thursday mobile service takes another. The people are drawn, then scaled so that the season
needs about `load` of the kit-days it has: tight enough that the finish date matters.

    python benchmarks/generate.py 400 6 -o inputs-400.xlsx     # as an input workbook
"""

from __future__ import annotations

import argparse
import dataclasses
import random
from datetime import date, timedelta
from pathlib import Path

from scheduler.capacity import capacity
from scheduler.problem import GOOD, POOR, Kit, Problem, Reservation, Settings, Site, SiteType
from scheduler.workdays import build_calendar, national_holidays

START, DEADLINE = date(2022, 8, 1), date(2022, 12, 23)
EXAMS = (date(2022, 9, 19), date(2022, 9, 30))  # a mid-term fortnight at some schools


def campaign(n_sites: int, n_kits: int, seed: int = 1, load: float = 0.5) -> Problem:
    rnd = random.Random(seed)
    kecamatan = [f"Kec {i:02d}" for i in range(max(3, n_sites // 15))]
    types = (
        SiteType("school", frozenset(range(5)), None, 1, 2),
        SiteType("kelurahan", frozenset({0, 1, 2}), max(2, n_kits - 1), 1, 2),
    )
    exams = frozenset(EXAMS[0] + timedelta(days=i) for i in range((EXAMS[1] - EXAMS[0]).days + 1))
    sites = []
    for i in range(n_sites):
        school = rnd.random() < 0.4
        earliest = latest = None
        roll = rnd.random()
        if roll < 0.10:
            earliest = date(2022, 9, 1)  # "after the new school year settles"
        elif roll < 0.25:
            latest = date(2022, 10, 31)  # "before the election staff need the hall"
        sites.append(
            Site(
                f"S{i:04d}",
                f"{'SMA' if school else 'Desa'} {i}",
                "school" if school else "kelurahan",
                kecamatan[min(len(kecamatan) - 1, i * len(kecamatan) // n_sites)],
                rnd.randint(30, 250) if school else rnd.randint(20, 120),
                network=GOOD if rnd.random() < 0.7 else POOR,
                priority=rnd.randint(1, 5),
                earliest=earliest,
                latest=latest,
                closed=exams if school and rnd.random() < 0.3 else frozenset(),
            )
        )
    duties = [Reservation(1, "Home visits", weekdays=frozenset({4}))]
    if n_kits >= 6:
        duties.append(Reservation(1, "Mobile service", weekdays=frozenset({3})))
    problem = Problem(
        Settings(START, DEADLINE, region=f"Generated {n_sites}/{n_kits}"),
        tuple(sites),
        tuple(Kit(f"K{i:02d}") for i in range(1, n_kits + 1)),
        types,
        (),
        tuple(duties),
        national_holidays("ID", START, DEADLINE),
    )
    # Scale the people so that the season needs about `load` of its free kit-days, and less
    # when a type's own visits-a-day limit would then rule everyone out.
    cal = build_calendar(problem)
    needed = sum(problem.kit_days_needed(s) for s in problem.sites)
    scale = load * sum(cal.free_kits) / needed
    while True:
        scaled = dataclasses.replace(
            problem,
            sites=tuple(
                dataclasses.replace(s, people=max(10, round(s.people * scale)))
                for s in problem.sites
            ),
        )
        if capacity(scaled, cal).earliest_finish is not None or scale < 0.05:
            return scaled
        scale *= 0.95


def regency(
    deadline: date = DEADLINE,
    seed: int = 1,
    schools: int = 60,
    offices: int = 167,
    kits: int = 6,
    crowd: float = 1.0,
) -> Problem:
    """A regency's sweep as issue 10 describes it: SMA/SMK (two kits a visit, Mon-Fri), then
    kelurahan (Mon-Wed, two a day) and desa (Mon-Thu, four a day) offices with one kit, six
    kits of which one is out for a fortnight in October, Friday home visits taking a kit.
    `crowd` multiplies every site's people (issue 25's season far too short for its deadline)."""
    rnd = random.Random(seed)
    kecamatan = [f"Kec {i:02d}" for i in range(12)]
    types = (
        SiteType("school", frozenset(range(5)), None, 2, 2),
        SiteType("kelurahan", frozenset({0, 1, 2}), 2, 1, 1),
        SiteType("desa", frozenset({0, 1, 2, 3}), 4, 1, 1),
    )
    sites = []
    for i in range(schools + offices):
        kind = "school" if i < schools else ("kelurahan" if rnd.random() < 0.3 else "desa")
        sites.append(
            Site(
                f"R{i:03d}",
                f"{kind.title()} {i}",
                kind,
                kecamatan[rnd.randrange(len(kecamatan))],
                round(crowd * (rnd.randint(30, 150) if kind == "school" else rnd.randint(10, 35))),
                network=GOOD if rnd.random() < 0.7 else POOR,
                priority=rnd.randint(1, 5),
                latest=date(2022, 10, 31) if rnd.random() < 0.1 else None,
            )
        )
    out = frozenset(date(2022, 10, 10) + timedelta(days=i) for i in range(14))
    kit_list = (Kit("K01", unavailable=out), *(Kit(f"K{i:02d}") for i in range(2, kits + 1)))
    return Problem(
        Settings(START, deadline, region=f"Regency {schools + offices}/{kits}"),
        tuple(sites),
        kit_list,
        types,
        (),
        (Reservation(1, "Home visits", weekdays=frozenset({4})),),
        national_holidays("ID", START, DEADLINE),
    )


def twice(deadline: date = date(2022, 11, 30)) -> Problem:
    """A 281-site regency season with about twice the people that fit by its deadline: 31,587
    people where no plan records more than 16,350 (`scheduler.solver.overload.day_bound`),
    the overloaded season of issue 26 (benchmarks/README.md, "Overloaded seasons")."""
    return regency(deadline, schools=60, offices=221, kits=8, crowd=3.0)


def main() -> None:
    from scheduler.plan import Plan
    from scheduler.writer import build_workbook
    from scheduler.xlsx import save_atomically

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sites", type=int)
    parser.add_argument("kits", type=int)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("-o", "--output", type=Path, required=True)
    args = parser.parse_args()
    problem = campaign(args.sites, args.kits, args.seed)
    # An empty plan's workbook carries the inputs as `Input ...` sheets, which `outreach plan`
    # reads like an input workbook.
    save_atomically(build_workbook(problem, Plan((), (), ())), args.output)
    print(f"{args.output}: {len(problem.sites)} sites, {problem.people:,} people")


if __name__ == "__main__":
    main()

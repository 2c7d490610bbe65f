"""Progress while a command works, on a terminal or in a log."""

from __future__ import annotations

import threading
from datetime import date

import click
from rich.console import Console
from rich.markup import escape

from scheduler.budget import Budget
from scheduler.cli.frame import _LANG, _n, _t
from scheduler.formats import day_text
from scheduler.problem import Problem
from scheduler.workdays import Calendar


def _size(problem: Problem, cal: Calendar) -> str:
    return _t(
        "progress.size", sites=_n(len(problem.sites)), people=_n(problem.people),
        kits=len(problem.kits), days=len(cal.working_days),
    )  # fmt: skip


class _Progress:
    """Progress while a command works: a live line on a terminal; off a terminal (a log file,
    a scheduled job) a plain line every few seconds, so a log shows the run is alive; nothing
    with --quiet. Both say the stage, the best so far and the time used of the time asked."""

    EVERY = 5.0  # seconds between plain lines

    def __init__(self, quiet: bool, budget: Budget) -> None:
        self.quiet, self.budget = quiet, budget
        self.text = _t("progress.reading")
        self.console = Console(stderr=True)
        self.done = threading.Event()
        self.thread: threading.Thread | None = None

    days: tuple[date, ...] = ()  # the solve's calendar days: a finish value is one of them

    def __call__(self, stage: str, seconds: float, value: float, bound: float) -> None:
        """The stage and its best so far, as the office reads it: people as a count, the
        finish as a date; the other stages' values are solver sums, so only their name."""
        name = _t(f"stage.{stage}")
        if stage == "people":
            self.text = _t("progress.stage", stage=name, value=_n(value))
        elif stage == "finish" and 1 <= value <= len(self.days):
            # The finish is a count of the calendar's days (holidays and closures are not
            # among them); a search's open weekend shows as the working day before it.
            days = self.days[: int(value)]
            day = next((d for d in reversed(days) if d.weekday() < 5), days[-1])
            self.text = _t("progress.stage", stage=name, value=day_text(day, _LANG[0]))
        else:
            self.text = _t("progress.stage_only", stage=name)

    def step(self, text: str) -> None:
        self.text = text

    def say(self, text: str) -> None:
        """A line that matters now (the size of what is planned): at once, in a log too."""
        self.text = text
        if not self.quiet and not self.console.is_terminal:
            click.echo(self.line(), err=True)

    def line(self) -> str:
        used = self.budget.elapsed()
        if self.budget.repeatable:
            return _t("progress.time", text=self.text, used=used)
        return _t("progress.time_of", text=self.text, used=used, limit=self.budget.limit)

    def __enter__(self) -> _Progress:
        if self.quiet:
            return self
        if self.console.is_terminal:
            # What the line holds (a file, a region, a site) is the user's text, never markup.
            status = self.console.status(escape(self.line()))
            status.start()

            def tick() -> None:
                while not self.done.wait(0.5):
                    status.update(escape(self.line()))
                status.stop()

        else:

            def tick() -> None:
                while not self.done.wait(self.EVERY):
                    click.echo(self.line(), err=True)

        self.thread = threading.Thread(target=tick, daemon=True)
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.done.set()
        if self.thread is not None:
            self.thread.join()

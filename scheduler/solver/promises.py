"""What a re-plan owes the sites the previous plan told: the stability stage's terms beyond
"this site's visit changed".

A site the previous plan visited and the new plan drops is a broken promise (the school or
office waited for the team): it costs its weight once more than a moved one. A site the
previous plan did not visit and the new plan adds must be told too, but no expectation is
broken: it costs less than any move (`ADDED`, whenever its visit is, so that no visit is put
off to cost less). Sites the previous plan visited whose visit had to change (`forced`) cost
their change whatever the plan, so only their drop is weighed here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from ortools.sat.python import cp_model

from scheduler.plan import Visit

if TYPE_CHECKING:
    from scheduler.solver.site_vars import SiteVars


ADDED = 1  # an added site; a moved one costs `change_weight`, at least twice this


def change_weight(n_days: int, first: int) -> int:
    """A changed visit's weight: twice the working days from its first day (day index
    `first`) to the end, so that a change tomorrow costs more than one next month and any
    change more than an added site."""
    return 2 * max(1, n_days - first)


@dataclass(frozen=True)
class Promises:
    """Per site in the model: the weight its drop costs (previous plan's sites), or the sites
    whose being added costs `ADDED` (`new`)."""

    dropped: tuple[tuple[str, int], ...]  # site id, weight of having no visit in the model
    new: tuple[str, ...]  # site ids the previous plan did not visit

    def cost(self, rest: dict[str, tuple[tuple[date, int], ...]], n: int) -> int:
        """The terms' value for a plan: `rest` the model's part of each site's visit."""
        drops = sum(w for s, w in self.dropped if not rest.get(s))
        news = sum(ADDED for s in self.new if rest.get(s))
        return drops + news


def promise_terms(
    sites: list[SiteVars],
    weights: dict[str, int],
    promised: frozenset[str],
    kept: set[str],
    n_days: int,
) -> tuple[Promises, list[cp_model.LinearExprT]]:
    """`weights`: each previous-plan site's weight (how soon its previous visit was);
    `promised`: every site the previous plan visits from today on; `kept`: the sites with
    kept days (not dropped, whatever the model adds to them)."""
    dropped: list[tuple[str, int]] = []
    new: list[str] = []
    terms: list[cp_model.LinearExprT] = []
    for sv in sites:
        sid = sv.site.site_id
        visited = cp_model.LinearExpr.sum(list(sv.start.values()))  # 1 iff it has a run
        if sid in kept and sid in promised:
            continue
        if sid in promised:
            weight = weights.get(sid, change_weight(n_days, 0))
            dropped.append((sid, weight))
            terms.append(weight * (1 - visited))
        else:
            new.append(sid)
            terms.append(ADDED * visited)
    return Promises(tuple(dropped), tuple(new)), terms


def first_days(previous: tuple[Visit, ...], index: dict[date, int], n_days: int) -> dict[str, int]:
    """Each previous visit's weight: the working days from its first day to the end."""
    return {
        v.site_id: change_weight(
            n_days, min((index[d] for d, _ in v.days if d in index), default=0)
        )
        for v in previous
    }

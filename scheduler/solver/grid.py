"""The day grid: the CP-SAT model every stage searches, one constraint family per method.

Kits are interchangeable on a day, so the model counts kits per site per day and
`kit_ids.assign_kits` hands out kit ids afterwards. Kept visits are not variables: the grid is
built on the residual (`residual`), so it holds only what may still change (docs/MODEL.md).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from ortools.sat.python import cp_model

from scheduler.plan import Visit
from scheduler.problem import Site
from scheduler.solver.call import check_stop
from scheduler.solver.daily import DailyRule
from scheduler.solver.held import entries_of, held_counts, hint_held, kecamatan_entries
from scheduler.solver.promises import Promises, change_weight, first_days, promise_terms
from scheduler.solver.residual import Residual, merge_visits
from scheduler.solver.site_vars import SiteVars


class DayGrid:
    """The day grid: per site and working day, visited or not and with how many kits; per
    working day, whether it is on or before the finish. Each constraint family is one method
    below, built in this order (the order fixes the model CP-SAT sees, and so the plan)."""

    def __init__(self, residual: Residual) -> None:
        self.r = residual
        self.problem = residual.problem
        self.cal = residual.calendar
        self.rule = DailyRule.of(residual)
        self.model = cp_model.CpModel()
        self.sites: list[SiteVars] = []
        self.kept = {v.site_id: v for v in residual.kept}
        self.kept_days = {
            v.site_id: {self.cal.index(d): k for d, k in v.days} for v in residual.kept
        }  # fmt: skip
        self._finish_days()
        self._kept_days_open()
        for site in self.problem.sites:
            check_stop()  # seconds at 2,000 sites: a stop must not wait for it
            if site.people > 0:
                self.sites.append(self._add_site(site))
        self.kits_on, self.visits_on = self._per_day()
        self._daily_kits()
        self._type_limits()
        # The continuity stage's held counts and entries, built when that stage first asks
        # (`continuity`): every stage before it would carry them for nothing.
        self.held: dict[tuple[str, int], cp_model.IntVar] = {}
        self.entries: list[tuple[str, int, cp_model.IntVar]] = []
        self._continuity: cp_model.LinearExprT | None = None
        # Per site of the previous plan: its visit, "unchanged" (None: a forced change), weight.
        self.same: list[tuple[Visit, cp_model.IntVar | None, int]] = []
        self._objectives()

    def _finish_days(self) -> None:
        """The finish: open[t] says day t is on or before it; monotone, so sum(open) is the
        finish in days."""
        m, n_days = self.model, len(self.cal.days)
        self.open = [m.new_bool_var(f"open[{t}]") for t in range(n_days)]
        for t in range(n_days - 1):
            m.add(self.open[t] >= self.open[t + 1])

    def _kept_days_open(self) -> None:
        """Every day up to the last kept visit is on or before the finish."""
        m = self.model
        last_kept = max((t for days in self.kept_days.values() for t in days), default=-1)
        for t in range(last_kept + 1):
            m.add(self.open[t] == 1)

    def _per_day(
        self,
    ) -> tuple[dict[int, list[cp_model.LinearExprT]], dict[tuple[str, int], list[cp_model.IntVar]]]:
        """The kits sent on each day (by index), and the visits of each type on each day."""
        kits_on: dict[int, list[cp_model.LinearExprT]] = defaultdict(list)
        visits_on: dict[tuple[str, int], list[cp_model.IntVar]] = defaultdict(list)
        for sv in self.sites:
            for t, k in sv.kits.items():
                kits_on[t].append(k)
                visits_on[(sv.site.type, t)].append(sv.visit[t])
        return kits_on, visits_on

    def _daily_kits(self) -> None:
        """Each day's kits within the kits free, scaled by open[t] (the LP then sees that a
        later finish is what more kit-days cost)."""
        for t, ks in self.kits_on.items():
            self.model.add(sum(ks) <= self.rule.kits(t) * self.open[t])

    def _type_limits(self) -> None:
        """Each type's visits a day within its limit less the kept visits there, scaled by
        open[t], so the LP sees site-days as well as kit-days."""
        for rules in self.problem.site_types:
            if rules.max_sites_per_day is None:
                continue
            for t in range(len(self.cal.days)):
                vs = self.visits_on.get((rules.name, t), [])
                room = self.rule.visits(rules.name, t)
                if vs and room is not None:
                    self.model.add(sum(vs) <= room * self.open[t])

    def _kecamatan_entries(self) -> list[tuple[str, int, cp_model.IntVar]]:
        """Kits entering each kecamatan from one working day to the next, counted on the kits
        held there (`held.py`: a kit stays where it last worked; kept visits as constants)."""
        kecamatan_of = {s.site_id: s.kecamatan for s in self.problem.sites}
        kec_kits: dict[tuple[str, int], list[cp_model.LinearExprT]] = defaultdict(list)
        for sv in self.sites:
            for t, k in sv.kits.items():
                kec_kits[(sv.site.kecamatan, t)].append(k)
        for site_id, days in self.kept_days.items():
            for t, k in days.items():
                kec_kits[(kecamatan_of[site_id], t)].append(k)
        self.held, entries = kecamatan_entries(
            self.model, kec_kits, len(self.cal.days), len(self.r.whole.kits)
        )
        return entries

    def _objectives(self) -> None:
        """Each stage's objective as an expression (kept visits as constants)."""
        residual = self.r
        variable = {sv.site.site_id for sv in self.sites}
        self.people: cp_model.LinearExprT = residual.kept_people + cp_model.LinearExpr.sum(
            [sv.people for sv in self.sites if sv.people is not None]
        )
        self.finish = sum(self.open)
        priority_of = {s.site_id: s.priority for s in self.problem.sites}
        kept_priority = sum(
            priority_of[s] * (max(days) + 1)
            for s, days in self.kept_days.items()
            if s not in variable
        )
        self.completion = kept_priority + sum(
            sv.site.priority * sv.last_day for sv in self.sites if sv.last_day is not None
        )
        kept_kit_days = sum(v.kit_days for v in residual.kept)
        self.kit_days = kept_kit_days + cp_model.LinearExpr.sum(
            [k for sv in self.sites for k in sv.kits.values()]
        )
        self.stability: cp_model.LinearExprT = 0  # re-plans: set by `add_stability`
        self.promises = Promises((), ())

    @property
    def continuity(self) -> cp_model.LinearExprT:
        """Kecamatan entries, each outweighing every kit-day, then kit-days."""
        if self._continuity is None:
            self.entries = self._kecamatan_entries()
            entries = cp_model.LinearExpr.sum([e for _, _, e in self.entries])
            self._continuity = self.entry_weight() * entries + self.kit_days
        return self._continuity

    def entry_weight(self) -> int:
        """More than every kit-day the campaign has, so entries never trade against kit-days."""
        return len(self.r.whole.kits) * len(self.cal.days) + 1

    def _add_site(self, site: Site) -> SiteVars:
        """A site's variables: its visit days (`_visit_days`) and what they add up to."""
        sv = SiteVars(site, self.problem.rate(site))
        self._visit_days(sv)
        self._one_run(sv)
        self._people_recorded(sv)
        self._last_day(sv)
        return sv

    def _visit_days(self, sv: SiteVars) -> None:
        """On each allowed day with room for its type: visited or not, with the type's fewest
        to most kits (no more than are free) when visited, only on or before the finish, and
        one run: a visit day either continues yesterday's visit or starts the site's run."""
        m, cal, site = self.model, self.cal, sv.site
        rules = self.problem.site_type(site)
        sid = site.site_id
        previous: cp_model.IntVar | None = None
        for t in cal.allowed[sid]:
            if not self.rule.open_to(site.type, t, rules.min_kits):
                previous = None  # no visit possible: the run breaks here
                continue
            v = m.new_bool_var(f"visit[{sid},{t}]")
            top = min(rules.max_kits, cal.free_kits[t])
            if top == rules.min_kits:
                k: cp_model.LinearExprT = rules.min_kits * v
            else:
                kv = m.new_int_var(0, top, f"kits[{sid},{t}]")
                m.add(kv >= rules.min_kits * v)
                m.add(kv <= top * v)
                k = sv.kit_vars[t] = kv
            start = m.new_bool_var(f"start[{sid},{t}]")
            # A visit day either continues yesterday's visit or starts the (only) run.
            m.add(v <= start + (previous if previous is not None else 0))
            m.add(start <= v)
            m.add(v <= self.open[t])
            sv.visit[t], sv.kits[t], sv.start[t] = v, k, start
            previous = v

    def _one_run(self, sv: SiteVars) -> None:
        """At most one run (one start), of no more days than are useful."""
        if sv.start:
            self.model.add(sum(sv.start.values()) <= 1)
            self.model.add(sum(sv.visit.values()) <= self.problem.most_useful_days(sv.site))

    def _people_recorded(self, sv: SiteVars) -> None:
        """The people recorded: no more than the site has, nor than its kit-days record."""
        site = sv.site
        sv.people = self.model.new_int_var(0, site.people, f"people[{site.site_id}]")
        self.model.add(sv.people <= sv.rate * sum(sv.kits.values()))

    def _last_day(self, sv: SiteVars) -> None:
        """The site's last day (a day count): no earlier than any visit day, its kept days
        or its run's start (redundant, for the LP)."""
        m, cal, site = self.model, self.cal, sv.site
        sid = site.site_id
        n_days = len(cal.days)
        sv.last_day = m.new_int_var(0, n_days, f"last[{sid}]")
        for t, v in sv.visit.items():
            m.add(sv.last_day >= (t + 1) * v)
        kept = self.kept_days.get(sid)
        if kept:  # a kept visit before the rest: the site's last day is at least its own
            m.add(sv.last_day >= max(kept) + 1)
        # Redundant, for the LP: the last day is no earlier than the first.
        m.add(sv.last_day >= sum((t + 1) * st for t, st in sv.start.items()))

    def add_stability(
        self, previous: tuple[Visit, ...], promised: frozenset[str] = frozenset()
    ) -> cp_model.LinearExprT:
        """Sites whose visit differs from the previous plan, each weighted by how soon its
        previous visit was (a change tomorrow costs more than one next month). A site whose
        previous visit is kept costs nothing; one whose previous days are no longer
        possible costs its weight whatever the plan (the change is forced). Dropped and added
        sites cost too (`promises`): every site to notify is weighed."""
        by_site = {sv.site.site_id: sv for sv in self.sites}
        n = len(self.cal.days)
        index = {d: t for t, d in enumerate(self.cal.days)}
        told = promised | {v.site_id for v in previous}
        self.promises, terms = promise_terms(
            self.sites, first_days(previous, index, n), told, set(self.kept), n
        )
        for prev in previous:
            sv = by_site.get(prev.site_id)
            if sv is None:
                continue  # kept as it was, or nothing left to plan there
            days = {self.cal.index(d): k for d, k in prev.days if d in self.cal.days}
            weight = change_weight(n, min(days, default=0))
            if len(days) < len(prev.days) or any(t not in sv.visit for t in days):
                self.same.append((prev, None, weight))
                terms.append(weight)
                continue
            same = self.model.new_bool_var(f"same[{prev.site_id}]")
            inside = sum(sv.visit[t] for t in days)
            outside = sum(v for t, v in sv.visit.items() if t not in days)
            # "same": every previous day visited and no other (nothing when not same).
            self.model.add(inside - outside >= len(days)).only_enforce_if(same)
            for t, k in days.items():
                self.model.add(sv.kits[t] == k).only_enforce_if(same)
            terms.append(weight * (1 - same))
            self.same.append((prev, same, weight))
        return cp_model.LinearExpr.sum(terms)

    def rest_days(self, visit: Visit | None) -> tuple[tuple[date, int], ...]:
        """The part of a (merged) visit the model decides: its days beyond the kept ones."""
        if visit is None:
            return ()
        kept = self.kept.get(visit.site_id)
        if kept is None:
            return visit.days
        kept_days = {d for d, _ in kept.days}
        return tuple((d, k) for d, k in visit.days if d not in kept_days)

    def changes(self, visits: tuple[Visit, ...]) -> int:
        """The stability objective of a plan: weights of the sites whose visit changed."""
        by_site = {v.site_id: v for v in visits}
        rest = {s: self.rest_days(v) for s, v in by_site.items()}
        return sum(
            w for prev, _, w in self.same if rest.get(prev.site_id, ()) != prev.days
        ) + self.promises.cost(rest, len(self.cal.days))

    def finish_of(self, model: cp_model.CpModel) -> cp_model.LinearExprT:
        """The finish expression over a clone of the model (same variable indices)."""
        return sum(model.get_bool_var_from_proto_index(o.index) for o in self.open)

    def require_everyone(self) -> None:
        """Once everyone fits: each site's kit-days and days in whole numbers, for the LP."""
        for sv in self.sites:
            site = sv.site
            self.model.add(sum(sv.kits.values()) >= self.problem.kit_days_needed(site))
            self.model.add(sum(sv.visit.values()) >= self.problem.days_needed(site))
            self.model.add(sum(sv.start.values()) == 1)

    def hint(self, visits: tuple[Visit, ...]) -> None:
        """A complete hint: every variable's value in the given (merged) plan."""
        m, cal = self.model, self.cal
        m.clear_hints()
        by_site = {v.site_id: v for v in visits}
        last_used = max((cal.index(d) for v in visits for d, _ in v.days), default=-1)
        for sv in self.sites:
            check_stop()
            visit = by_site.get(sv.site.site_id)
            days = {cal.index(d): k for d, k in self.rest_days(visit)}
            kept = self.kept.get(sv.site.site_id)
            people = (visit.people if visit else 0) - (kept.people if kept else 0)
            first = min(days) if days else None
            for t, v in sv.visit.items():
                m.add_hint(v, t in days)
                m.add_hint(sv.start[t], t == first)
                if t in sv.kit_vars:
                    m.add_hint(sv.kit_vars[t], days.get(t, 0))
            assert sv.people is not None and sv.last_day is not None
            m.add_hint(sv.people, max(0, people))
            last = max(list(days) + list(self.kept_days.get(sv.site.site_id, {})), default=-1)
            m.add_hint(sv.last_day, last + 1)
        for t, o in enumerate(self.open):
            m.add_hint(o, t <= last_used)
        if self.held:
            hint_held(m, self.held, self.entries, self.held_of(visits))
        for prev, same, _ in self.same:
            if same is not None:
                m.add_hint(same, self.rest_days(by_site.get(prev.site_id)) == prev.days)

    def held_of(self, visits: tuple[Visit, ...]) -> dict[tuple[str, int], int]:
        """Per kecamatan and working day, the kits held there in a (merged) plan (`held.py`)."""
        kecamatan = {s.site_id: s.kecamatan for s in self.problem.sites}
        sent: dict[tuple[str, int], int] = defaultdict(int)
        for v in visits:
            for d, k in v.days:
                sent[(kecamatan[v.site_id], self.cal.index(d))] += k
        return held_counts(sent, len(self.cal.days), len(self.r.whole.kits))

    def visits_from(self, solver: cp_model.CpSolver) -> tuple[Visit, ...]:
        """The solved plan, kept visits included (one visit per site)."""
        rest = []
        for sv in self.sites:
            days = tuple(
                (self.cal.days[t], int(solver.value(sv.kits[t])))
                for t in sorted(sv.visit)
                if solver.value(sv.visit[t])
            )
            assert sv.people is not None
            people = int(solver.value(sv.people))
            if days and people > 0:
                rest.append(Visit(sv.site.site_id, days, people))
        return merge_visits(self.r.kept, rest)

    def evaluate(self, visits: tuple[Visit, ...], stage: str) -> int:
        """A stage's objective for a given (merged) plan, computed without the solver."""
        index = self.cal.index
        if stage == "people":
            return sum(v.people for v in visits)
        if stage == "finish":
            return max((index(d) + 1 for v in visits for d, _ in v.days), default=0)
        if stage == "stability":
            return self.changes(visits)
        if stage == "completion":
            site = {s.site_id: s for s in self.problem.sites}
            return sum(site[v.site_id].priority * (index(v.days[-1][0]) + 1) for v in visits)
        entries = entries_of(self.held_of(visits), len(self.cal.days))
        return self.entry_weight() * entries + sum(v.kit_days for v in visits)

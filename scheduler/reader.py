"""Read an input workbook (docs/WORKBOOKS.md) into a Problem, reporting every mistake at once.

Each mistake names the sheet, the row and the column (or the settings key) and says what is
expected, so a coordinator can fix the workbook without reading code. Headers match without
regard to case, spaces, `_` and `-`, in English or Indonesian.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

import openpyxl
from defusedxml import ElementTree
from openpyxl.utils.exceptions import InvalidFileException
from openpyxl.worksheet.worksheet import Worksheet

from scheduler.dates import (
    format_weekdays,
    is_weekday_text,
    parse_date,
    parse_date_list,
    parse_weekdays,
)
from scheduler.errors import InputError, WorkbookError
from scheduler.messages import TYPE_NAMES, Both, Msg, message_of
from scheduler.plan import DONE, LOST, PARTIAL, ProgressRow
from scheduler.problem import (
    CAMPAIGN,
    DEFAULT_TYPES,
    GOOD,
    KELURAHAN,
    POOR,
    PRINT_CLASSES,
    SCHOOL,
    Closure,
    Kit,
    Printing,
    Problem,
    Reservation,
    Settings,
    Site,
    SiteAges,
    SiteType,
)
from scheduler.workdays import allowed_days, build_calendar, is_country_code, national_holidays

T = TypeVar("T")

# Prefix of the sheets in which a plan workbook carries the inputs it was planned from.
EMBEDDED = "Input "


def norm(text: object) -> str:
    return "".join(ch for ch in str(text).lower() if ch not in " _-\t\n")


SHEETS: dict[str, tuple[str, str]] = {
    "sites": ("Sites", "Lokasi"),
    "kits": ("Kits", "Alat"),
    "settings": ("Settings", "Pengaturan"),
    "rules": ("Rules", "Aturan"),
    "closures": ("Closures", "Libur"),
    "reserved": ("Reserved", "Agenda"),
    "printing": ("Printing", "Cetak"),
    "progress": ("Progress", "Realisasi"),
    "ages": ("Ages", "Usia"),
}

# The sheets of an input workbook a person fills (the template's); `ages` is written from name
# lists, `progress` is a plan workbook's.
INPUT_SHEETS = ("sites", "kits", "settings", "rules", "closures", "reserved", "printing")

COLUMNS: dict[str, dict[str, tuple[str, ...]]] = {
    "sites": {
        "site_id": ("site_id", "id_lokasi"),
        "name": ("name", "nama"),
        "type": ("type", "jenis"),
        "kecamatan": ("kecamatan",),
        "people": ("people", "jumlah"),
        "network": ("network", "jaringan"),
        "rate": ("rate", "kapasitas"),
        "priority": ("priority", "prioritas"),
        "earliest": ("earliest", "mulai"),
        "latest": ("latest", "selesai"),
        "closed": ("closed", "tutup"),
        "contact": ("contact", "kontak"),
        "notes": ("notes", "catatan"),
    },
    "kits": {
        "kit_id": ("kit_id", "id_alat"),
        "name": ("name", "nama"),
        "unavailable": ("unavailable", "tidak_tersedia"),
    },
    "rules": {
        "type": ("type", "jenis"),
        "weekdays": ("weekdays", "hari"),
        "max_sites_per_day": ("max_sites_per_day", "maks_lokasi_per_hari"),
        "min_kits": ("min_kits", "min_alat"),
        "max_kits": ("max_kits", "maks_alat"),
    },
    "closures": {"date": ("date", "tanggal"), "reason": ("reason", "keterangan")},
    "reserved": {
        "date": ("date", "tanggal"),
        "kits": ("kits", "alat"),
        "label": ("label", "keterangan"),
    },
    "printing": {
        "item": ("item", "butir"),
        "count": ("count", "jumlah"),
        "date": ("date", "tanggal"),
        "class": ("class", "kelas"),
        "note": ("note", "keterangan"),
    },
    "ages": {
        "site_id": ("site_id", "id_lokasi"),
        "age": ("age", "umur"),
        "date": ("date", "tanggal"),
        "people": ("people", "jumlah"),
    },
    "progress": {
        "date": ("date", "tanggal"),
        "kit_id": ("kit", "alat"),
        "site_id": ("site_id", "id_lokasi"),
        "planned": ("planned", "rencana"),
        "recorded": ("recorded", "terekam"),
        "status": ("status",),
    },
}
REQUIRED = {
    "sites": ("site_id", "name", "type", "kecamatan", "people"),
    "kits": ("kit_id",),
    "rules": ("type",),
    "closures": ("date",),
    "reserved": ("date", "kits"),
    "printing": ("item",),
    "progress": ("date", "kit_id", "site_id", "planned", "recorded", "status"),
    "ages": ("site_id", "age", "date", "people"),
}
SETTINGS_KEYS = {
    "start": ("start", "mulai"),
    "deadline": ("deadline", "batas"),
    "rate_good": ("rate_good", "kapasitas_lancar"),
    "rate_poor": ("rate_poor", "kapasitas_tersendat"),
    "holidays": ("holidays", "libur_nasional"),
    "region": ("region", "wilayah"),
    "stall_good": ("stall_good", "macet_lancar"),
    "stall_poor": ("stall_poor", "macet_tersendat"),
    "stalled_share": ("stalled_share", "porsi_macet"),
    "stalled_rate_good": ("stalled_rate_good", "kapasitas_macet_lancar"),
    "stalled_rate_poor": ("stalled_rate_poor", "kapasitas_macet_tersendat"),
    "turnout": ("turnout", "kehadiran"),
}
# The hidden input sheets every plan workbook has had (a plan says which others it has).
EMBEDDED_SHEETS = ("Sites", "Kits", "Settings", "Rules", "Closures", "Reserved")
# The Settings keys a plan always writes a value for: blank in a plan, it was deleted.
ALWAYS_WRITTEN = ("start", "deadline", "rate_good", "rate_poor", "holidays", "stall_good",
                  "stall_poor", "stalled_share", "turnout")  # fmt: skip
TYPE_WORDS = {"school": SCHOOL, "sekolah": SCHOOL, "kelurahan": KELURAHAN}
# The Printing sheet's items, and the built-in print classes, in both languages.
PRINT_ITEMS = {
    "rate": ("rate", "kapasitas"),
    "overtime": ("overtime", "lembur"),
    "stock": ("stock", "stok"),
    "delivery": ("delivery", "kiriman"),
    "backlog": ("backlog", "antrean"),
    "counter": ("counter", "loket"),
    "class": ("class", "kelas"),
    "target": ("target", "target"),
}
CLASS_WORDS = {"damaged": "damaged", "rusak": "damaged", "campaign": CAMPAIGN,
               "kampanye": CAMPAIGN, "change": "change", "perubahan": "change"}  # fmt: skip
STATUS_WORDS = {
    "done": DONE, "selesai": DONE, "partial": PARTIAL, "sebagian": PARTIAL,
    "lost": LOST, "batal": LOST,
}  # fmt: skip
NETWORK_WORDS = {"good": GOOD, "lancar": GOOD, "poor": POOR, "tersendat": POOR}


@dataclass
class _Row:
    sheet: str
    number: int
    cells: dict[str, Any]
    headers: dict[str, str]  # field -> header text as written
    columns: dict[str, int] = field(default_factory=dict)  # field -> column index (0-based)


class _Reader:
    def __init__(self, path: Path, prefix: str = "") -> None:
        self.path = path
        self.prefix = prefix
        self.errors: list[InputError] = []
        self._site_rows: dict[str, _Row] = {}
        self.progress_sheet, self.progress_headers = "Progress", dict[str, str]()
        self._formulas: dict[str, set[tuple[int, int]]] = {}
        self._formula_book: Any = None
        inspect_file(path)
        try:
            # Read-only: rows stream from the file, so a stray value at row 1,048,576 costs a
            # tenth of a second, not the minute and gigabytes a fully loaded sheet took.
            self.book = openpyxl.load_workbook(path, data_only=True, read_only=True)
        except FileNotFoundError:
            raise WorkbookError(path, [InputError("file", Msg("no_such_file"))]) from None
        except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError):
            raise WorkbookError(
                path,
                [InputError("file", Msg("not_xlsx", what=_format_of(path)))],
            ) from None

    def close(self) -> None:
        self.book.close()
        if self._formula_book is not None:
            self._formula_book.close()

    def formula_at(self, row: _Row, field: str) -> bool:
        """Whether the cell is a formula (whose saved value, if any, is what we read). Asked
        only of blank cells: a formula with no saved value reads as blank."""
        column = row.columns.get(field)
        if column is None:
            return False
        if row.sheet not in self._formulas:
            if self._formula_book is None:
                self._formula_book = openpyxl.load_workbook(
                    self.path, data_only=False, read_only=True
                )
            self._formulas[row.sheet] = {
                (r, c)
                for r, values in enumerate(
                    self._formula_book[row.sheet].iter_rows(values_only=True), 1
                )
                for c, v in enumerate(values)
                if isinstance(v, str) and v.startswith("=")
            }
        return (row.number, column) in self._formulas[row.sheet]

    def unique_id(
        self, row: _Row, field: str, given: str, seen: dict[str, tuple[int, str]], what: str
    ) -> bool:
        """An id not used before on its sheet. Ids that differ only in case or spacing
        ("skh-05", "SKH-05 ") are the same to a person reading the plan, so they clash too."""
        key = "".join(given.split()).casefold()
        if key not in seen:
            seen[key] = (row.number, given)
            return True
        number, first = seen[key]
        if first == given:
            message = Msg("id_again", given=given, row=number, what=Msg(f"what.{what}"))
        else:
            message = Msg(
                "id_clash", given=given, first=first, row=number, what=Msg(f"what.{what}")
            )
        self.error(row, field, message)
        return False

    def no_saved_value(self, row: _Row, field: str) -> None:
        self.error(row, field, Msg("no_saved_value"))

    # -- cells --------------------------------------------------------------------------------

    def error(self, row: _Row | None, field: str | None, message: str, sheet: str = "") -> None:
        if row is None:
            self.errors.append(InputError(sheet, message, None, field))
        else:
            column = row.headers.get(field, field) if field else None
            self.errors.append(InputError(row.sheet, message, row.number, column))

    def parse(self, row: _Row, field: str, fn: Callable[[Any], T], default: T) -> T:
        value = row.cells.get(field)
        if _blank(value):
            if value is None and self.formula_at(row, field):
                self.no_saved_value(row, field)
            return default
        try:
            return fn(value)
        except ValueError as e:
            self.error(row, field, message_of(e))
            return default

    def text(self, row: _Row, field: str) -> str:
        value = row.cells.get(field)
        return "" if _blank(value) else str(value).strip()

    def required(self, row: _Row, field: str) -> bool:
        value = row.cells.get(field)
        if _blank(value):
            if value is None and self.formula_at(row, field):
                self.no_saved_value(row, field)
            else:
                self.error(row, field, Msg("required"))
            return False
        return True

    # -- sheets -------------------------------------------------------------------------------

    def sheet(self, key: str, required: bool) -> Worksheet | None:
        names = SHEETS[key]
        wanted = {norm(self.prefix + n) for n in names}
        for ws in self.book.worksheets:
            if norm(ws.title) in wanted:
                return ws
        if required:
            present = ", ".join(ws.title for ws in self.book.worksheets)
            self.errors.append(
                InputError(
                    Both(self.prefix + names[1], self.prefix + names[0]),
                    Msg(
                        "missing_sheet",
                        name=Both(names[1], names[0]),
                        other=Both(names[0], names[1]),
                        present=present,
                    ),
                )
            )
        return None

    def rows(self, key: str, required: bool) -> Iterator[_Row]:
        ws = self.sheet(key, required)
        if ws is None:
            return
        columns = COLUMNS[key]
        lookup = {norm(alias): field for field, aliases in columns.items() for alias in aliases}
        raw = ws.iter_rows(values_only=True)
        header = next(raw, None) or ()
        index: dict[str, int] = {}
        headers: dict[str, str] = {}
        for i, cell in enumerate(header):
            if _blank(cell):
                continue
            field = lookup.get(norm(cell))
            if field and field not in index:
                index[field] = i
                headers[field] = str(cell).strip()
        missing = [f for f in REQUIRED[key] if f not in index]
        for field in missing:
            en, idn = columns[field][0], columns[field][-1]
            alias = Msg("or_alias", alias=Both(en, idn)) if idn != en else ""
            name = Both(idn, en)  # the header as the office's template writes it
            self.errors.append(
                InputError(ws.title, Msg("missing_column", name=name, alias=alias), 1, name)
            )
        if missing:
            return
        for number, values in enumerate(raw, start=2):
            if all(_blank(v) for v in values):
                continue
            cells = {f: values[i] if i < len(values) else None for f, i in index.items()}
            yield _Row(ws.title, number, cells, headers, index)

    # -- the problem --------------------------------------------------------------------------

    def read(self) -> Problem:
        if self.prefix:
            self.check_embedded()  # its errors stop the reading below from making a problem
        settings = self.read_settings()
        types = self.read_types()
        sites = self.read_sites(types)
        kits = self.read_kits()
        closures = self.read_closures()
        reservations = self.read_reserved()
        printing = self.read_printing(settings)
        ages = self.read_ages({s.site_id for s in sites})
        if self.errors or settings is None:
            raise WorkbookError(self.path, self.errors)
        holidays = national_holidays(settings.holidays, settings.start, settings.deadline)
        problem = Problem(
            settings=settings,
            sites=tuple(sites),
            kits=tuple(kits),
            site_types=tuple(types.values()),
            closures=tuple(closures),
            reservations=tuple(reservations),
            holidays=holidays,
            printing=printing,
            ages=ages,
        )
        self.check_windows(problem)
        if self.errors:
            raise WorkbookError(self.path, self.errors)
        return problem

    def read_settings(self) -> Settings | None:
        ws = self.sheet("settings", required=True)
        if ws is None:
            return None
        lookup = {norm(a): key for key, aliases in SETTINGS_KEYS.items() for a in aliases}
        values: dict[str, Any] = {}
        rows: dict[str, int] = {}
        written: dict[str, str] = {}  # each key as the sheet writes it
        for number, row in enumerate(ws.iter_rows(values_only=True), start=1):
            cells = [*row, None, None]
            key, value = cells[0], cells[1]
            if _blank(key):
                continue
            name = lookup.get(norm(key))
            if name is None:
                if number == 1 and norm(key) in ("key", "kunci", "setting", "pengaturan"):
                    continue  # a header row
                known = Both(
                    ", ".join(a[-1] for a in SETTINGS_KEYS.values()), ", ".join(SETTINGS_KEYS)
                )
                self.errors.append(
                    InputError(ws.title, Msg("unknown_key", key=key, known=known), number, "A")
                )
                continue
            if name in rows:
                twice = Msg("key_twice", key=str(key).strip(), first=rows[name])
                self.errors.append(InputError(ws.title, twice, number, "A"))
                continue
            values[name], rows[name], written[name] = value, number, str(key).strip()

        def named(name: str) -> str:
            """A key as the sheet writes it, or (a missing one) as the language names it:
            `mulai` for start."""
            if name in written:
                return f"key {written[name]}"
            return Both(f"key {SETTINGS_KEYS[name][-1]}", f"key {name}")

        def get(name: str, fn: Callable[[Any], T], default: T | None) -> T | None:
            value = values.get(name)
            if _blank(value):
                if self.prefix and name in ALWAYS_WRITTEN:  # a plan's input is never defaulted
                    self.errors.append(InputError(ws.title, Msg("plan.value_missing", name=name),
                                                  rows.get(name), f"key {name}"))  # fmt: skip
                    return None
                if default is None:
                    self.errors.append(
                        InputError(
                            ws.title,
                            Msg("key_missing", name=Both(SETTINGS_KEYS[name][-1], name)),
                            rows.get(name),
                            named(name),
                        )
                    )
                return default
            try:
                return fn(value)
            except ValueError as e:
                self.errors.append(InputError(ws.title, message_of(e), rows.get(name), named(name)))
                return None

        start = get("start", parse_date, None)
        deadline = get("deadline", parse_date, None)
        rate_good = get("rate_good", _positive_int, 25)
        rate_poor = get("rate_poor", _positive_int, 10)
        country = get("holidays", lambda v: str(v).strip(), "ID") or "ID"
        region = "" if _blank(values.get("region")) else str(values["region"]).strip()
        if not is_country_code(country):
            self.errors.append(
                InputError(
                    ws.title,
                    Msg("unknown_country", country=country),
                    rows.get("holidays"),
                    named("holidays"),
                )
            )
        if start and deadline and deadline < start:
            self.errors.append(
                InputError(
                    ws.title,
                    Msg("deadline_before_start", deadline=deadline, start=start),
                    rows.get("deadline"),
                    named("deadline"),
                )
            )
            return None
        base = Settings(date.min, date.min)  # for the defaults of the risk settings
        stall_good = get("stall_good", _chance, base.stall_good)
        stall_poor = get("stall_poor", _chance, base.stall_poor)
        stalled_share = get("stalled_share", _chance, base.stalled_share)
        stalled_good = get("stalled_rate_good", _whole, -1)  # -1: not set, the share applies
        stalled_poor = get("stalled_rate_poor", _whole, -1)
        turnout = get("turnout", _turnout, base.turnout)
        if start is None or deadline is None or rate_good is None or rate_poor is None:
            return None
        if stall_good is None or stall_poor is None or turnout is None:
            return None
        if stalled_good is None or stalled_poor is None or stalled_share is None:
            return None
        return Settings(
            start, deadline, rate_good, rate_poor, country, region, stall_good, stall_poor,
            turnout, stalled_share, None if stalled_good < 0 else stalled_good,
            None if stalled_poor < 0 else stalled_poor,
        )  # fmt: skip

    def read_types(self) -> dict[str, SiteType]:
        types = {t.name: t for t in DEFAULT_TYPES}
        generic = SiteType("", frozenset(range(5)), None, 1, 1)
        seen: set[str] = set()
        for row in self.rows("rules", required=False):
            if not self.required(row, "type"):
                continue
            name = _type_name(self.text(row, "type"))
            if name in seen:
                self.error(row, "type", Msg("type_twice", name=name))
                continue
            seen.add(name)
            base = types.get(name, generic)
            weekdays = self.parse(row, "weekdays", parse_weekdays, base.weekdays)
            limit = self.parse(row, "max_sites_per_day", _positive_int, base.max_sites_per_day)
            if _blank(row.cells.get("max_sites_per_day")) and "max_sites_per_day" in row.cells:
                limit = None  # a blank cell in a present column means "no limit"
            lo = self.parse(row, "min_kits", _positive_int, base.min_kits)
            hi = self.parse(row, "max_kits", _positive_int, base.max_kits)
            if lo > hi:
                self.error(row, "max_kits", Msg("kits_order", hi=hi, lo=lo))
                hi = lo
            types[name] = SiteType(name, weekdays, limit, lo, hi)
        return types

    def read_sites(self, types: dict[str, SiteType]) -> list[Site]:
        sites: list[Site] = []
        first_row: dict[str, tuple[int, str]] = {}
        for row in self.rows("sites", required=True):
            ok = all([self.required(row, f) for f in REQUIRED["sites"] if f != "people"])
            site_id = self.text(row, "site_id")
            if site_id and not self.unique_id(row, "site_id", site_id, first_row, "site"):
                ok = False
            kind = _type_name(self.text(row, "type"))
            if kind and kind not in types:
                named = sorted((TYPE_NAMES.get(t, t), t) for t in types)
                known = Both(", ".join(i for i, _ in named), ", ".join(sorted(types)))
                self.error(
                    row,
                    "type",
                    Msg("unknown_type", value=self.text(row, "type"), known=known),
                )
                ok = False
            people = self.parse(row, "people", _whole, -1)
            if _blank(row.cells.get("people")) and not self.formula_at(row, "people"):
                self.error(row, "people", Msg("people_empty"))
            if people < 0:
                ok = False
            network = self.parse(row, "network", _network, GOOD)
            rate = self.parse(row, "rate", _positive_int, None)
            priority = self.parse(row, "priority", _priority, 3)
            earliest = self.parse(row, "earliest", parse_date, None)
            latest = self.parse(row, "latest", parse_date, None)
            if earliest and latest and latest < earliest:
                self.error(
                    row, "latest", Msg("latest_before_earliest", latest=latest, earliest=earliest)
                )
                ok = False
            closed = self.parse(row, "closed", parse_date_list, frozenset[date]())
            if ok:
                sites.append(
                    Site(
                        site_id=site_id,
                        name=self.text(row, "name"),
                        type=kind,
                        kecamatan=self.text(row, "kecamatan"),
                        people=people,
                        network=network,
                        rate=rate,
                        priority=priority,
                        earliest=earliest,
                        latest=latest,
                        closed=closed,
                        contact=self.text(row, "contact"),
                        notes=self.text(row, "notes"),
                    )
                )
                self._site_rows[site_id] = row
        if not first_row and not self.errors:
            self.errors.append(InputError(self.prefix + "Sites", Msg("no_sites")))
        return sites

    def read_kits(self) -> list[Kit]:
        kits: list[Kit] = []
        first_row: dict[str, tuple[int, str]] = {}
        any_row = False
        for row in self.rows("kits", required=True):
            any_row = True
            if not self.required(row, "kit_id"):
                continue
            kit_id = self.text(row, "kit_id")
            if not self.unique_id(row, "kit_id", kit_id, first_row, "kit"):
                continue
            out = self.parse(row, "unavailable", parse_date_list, frozenset[date]())
            kits.append(Kit(kit_id, self.text(row, "name"), out))
        ws = self.sheet("kits", required=False)
        if ws is not None and not any_row:
            self.errors.append(InputError(ws.title, Msg("no_kits")))
        return kits

    def read_closures(self) -> list[Closure]:
        closures: list[Closure] = []
        for row in self.rows("closures", required=False):
            if not self.required(row, "date"):
                continue
            days = self.parse(row, "date", parse_date_list, frozenset[date]())
            reason = self.text(row, "reason")
            closures.extend(Closure(d, reason) for d in sorted(days))
        return closures

    def read_reserved(self) -> list[Reservation]:
        out: list[Reservation] = []
        for row in self.rows("reserved", required=False):
            if not (self.required(row, "date") & self.required(row, "kits")):
                continue
            kits = self.parse(row, "kits", _positive_int, 0)
            value = row.cells["date"]
            if is_weekday_text(value):
                weekdays, days = parse_weekdays(value), frozenset[date]()
            else:
                weekdays = frozenset()
                days = self.parse(row, "date", _dates_or_weekday, frozenset())
            if kits and (days or weekdays):
                out.append(Reservation(kits, self.text(row, "label"), days, weekdays))
        return out

    def read_printing(self, settings: Settings | None) -> Printing | None:
        """The Printing sheet: one row per item (rate, overtime, stock, delivery, backlog,
        counter, class, target). No sheet, or no rows: no print projection."""
        lookup = {norm(a): item for item, aliases in PRINT_ITEMS.items() for a in aliases}
        once: dict[str, _Row] = {}
        values: dict[str, Any] = {}
        overtime_days: set[date] = set()
        overtime_weekdays: set[int] = set()
        deliveries: list[tuple[date, int]] = []
        backlog: list[tuple[str, int, _Row]] = []
        counter: list[tuple[str, int, _Row]] = []
        classes: list[str] = []
        any_row = False
        for row in self.rows("printing", required=False):
            any_row = True
            if not self.required(row, "item"):
                continue
            item = lookup.get(norm(row.cells["item"]))
            if item is None:
                known = ", ".join(f"{en} ({idn})" for en, idn in PRINT_ITEMS.values())
                self.error(row, "item", Msg("print.item", value=self.text(row, "item"),
                                            known=known))  # fmt: skip
                continue
            if item in ("rate", "stock", "target"):
                if item in once:
                    self.error(row, "item", Msg("print.once", item=self.text(row, "item"),
                                                row=once[item].number))  # fmt: skip
                    continue
                once[item] = row
            if item == "class":
                if self.required(row, "class"):
                    classes.append(_class_name(self.text(row, "class")))
                continue
            if item == "target":
                if self.required(row, "date"):
                    values["target"] = self.parse(row, "date", parse_date, None)
                continue
            if not self.required(row, "count"):
                continue
            least = 1 if item in ("rate", "overtime") else 0
            count = self.parse(row, "count", _positive_int if least else _whole, None)
            if count is None:
                continue
            if item in ("rate", "stock"):
                values[item] = count
            elif item == "overtime":
                values["overtime_rate"] = count
                when = row.cells.get("date")
                if _blank(when):
                    continue  # a rate only: the fixes search says on which days it would help
                if is_weekday_text(when):
                    overtime_weekdays.update(self.parse(row, "date", parse_weekdays, frozenset()))
                else:
                    overtime_days.update(self.parse(row, "date", parse_date_list, frozenset()))
            elif item == "delivery":
                if not self.required(row, "date"):
                    continue
                day = self.parse(row, "date", parse_date, None)
                if day is not None and settings is not None and day < settings.start:
                    self.error(row, "date", Msg("print.delivery_early", day=day,
                                                start=settings.start))  # fmt: skip
                elif day is not None:
                    deliveries.append((day, count))
            else:
                name = _class_name(self.text(row, "class")) if self.text(row, "class") else ""
                if not name:
                    name = "damaged" if item == "backlog" else "change"
                (backlog if item == "backlog" else counter).append((name, count, row))
        if not any_row:
            return None
        order = tuple(dict.fromkeys(classes)) if classes else PRINT_CLASSES
        if CAMPAIGN not in order:
            order = (*order, CAMPAIGN)
        for name, _, row in backlog + counter:
            if name not in order:
                self.error(row, "class", Msg("print.class", value=name, known=", ".join(order)))
        if "rate" not in values:
            ws = self.sheet("printing", required=False)
            self.errors.append(InputError(ws.title if ws else "Printing", Msg("print.no_rate")))
            return None
        if self.errors:
            return None
        return Printing(
            rate=values["rate"],
            overtime_rate=values.get("overtime_rate"),
            overtime_days=frozenset(overtime_days),
            overtime_weekdays=frozenset(overtime_weekdays),
            stock=values.get("stock"),
            deliveries=tuple(sorted(deliveries)),
            backlog=tuple((n, c) for n, c, _ in backlog),
            counter=tuple((n, c) for n, c, _ in counter),
            classes=order,
            target=values.get("target"),
        )

    def read_ages(self, site_ids: set[str]) -> tuple[SiteAges, ...]:
        """The Ages sheet (written from name lists): per site, how many of its people turn 16
        or 17 on a day. No sheet: ages are not known."""
        days: dict[tuple[str, int], dict[date, int]] = {}
        for row in self.rows("ages", required=False):
            if not all([self.required(row, f) for f in REQUIRED["ages"]]):
                continue
            site = self.text(row, "site_id")
            if site not in site_ids:
                self.error(row, "site_id", Msg("ages.site", site=site))
                continue
            age = self.parse(row, "age", _whole, 0)
            if age not in (16, 17):
                self.error(row, "age", Msg("ages.age"))
                continue
            day = self.parse(row, "date", parse_date, None)
            people = self.parse(row, "people", _positive_int, 0)
            if day is not None and people:
                per = days.setdefault((site, age), {})
                per[day] = per.get(day, 0) + people
        return tuple(
            SiteAges(
                site,
                tuple(sorted(days.get((site, 16), {}).items())),
                tuple(sorted(days.get((site, 17), {}).items())),
            )
            for site in sorted({s for s, _ in days})
        )

    def check_windows(self, problem: Problem) -> None:
        """Each site with people to record must have at least one day its rules allow."""
        days = build_calendar(problem).days
        for site in problem.sites:
            if site.people and not allowed_days(problem, site, days):
                row = self._site_rows[site.site_id]
                rules = problem.site_type(site)
                days_text = Both(
                    format_weekdays(rules.weekdays, "id"), format_weekdays(rules.weekdays)
                )
                lo = site.earliest or problem.settings.start
                hi = site.latest or problem.settings.deadline
                self.error(
                    row,
                    "earliest" if site.earliest else "type",
                    Msg("no_day", site=site.site_id, lo=lo, hi=hi, days=days_text),
                )

    def read_progress(self, problem: Problem, today: date) -> tuple[ProgressRow, ...]:
        sites = {x.site_id for x in problem.sites}
        kits = {k.kit_id for k in problem.kits}
        out: list[ProgressRow] = []
        for row in self.rows("progress", required=True):
            ok = all([self.required(row, f) for f in ("date", "kit_id", "site_id")])
            day = self.parse(row, "date", parse_date, None)
            kit, site = self.text(row, "kit_id"), self.text(row, "site_id")
            if kit and kit not in kits:
                self.error(row, "kit_id", Msg("unknown_kit", kit=kit))
                ok = False
            if site and site not in sites:
                self.error(row, "site_id", Msg("unknown_site", site=site))
                ok = False
            planned = self.parse(row, "planned", _whole, 0)
            recorded = self.parse(row, "recorded", _whole, None)
            bad_recorded = not _blank(row.cells.get("recorded")) and recorded is None
            status = self.parse(row, "status", _status, None)
            bad_status = not _blank(row.cells.get("status")) and status is None
            reported = recorded is not None or status is not None
            if day is not None and day >= today and reported:
                self.error(
                    row,
                    "recorded" if recorded is not None else "status",
                    Msg("not_past", day=day, today=today),
                )
                ok = False
            self.progress_sheet, self.progress_headers = row.sheet, row.headers
            if ok and day is not None and not bad_recorded and not bad_status:
                out.append(ProgressRow(day, kit, site, planned, recorded, status, row.number))
        return tuple(out)  # the rows it could read; `self.errors` holds the others' mistakes

    def check_embedded(self) -> None:
        """A plan's hidden input sheets are all there and whole: every sheet, column and row
        its `Input Plan` sheet says the plan was made with (plans written before it said so:
        the sheets every plan has). A sheet or row deleted would otherwise be read as the
        default, and the new plan made with rules the old one was not."""
        wrote: dict[str, tuple[int | None, list[str]]] = {n: (None, []) for n in EMBEDDED_SHEETS}
        plan = self.sheet_named(EMBEDDED + "Plan")
        for key, value, *_ in plan.iter_rows(values_only=True) if plan else ():
            kind, _, name = str(key or "").partition(" ")
            count, columns = wrote.get(name, (None, []))
            if kind == "rows" and isinstance(value, int):
                wrote[name] = (value, columns)
            elif kind == "columns" and isinstance(value, str):
                wrote[name] = (count, [c.strip() for c in value.split(",") if c.strip()])
        for name, (count, columns) in wrote.items():
            title = EMBEDDED + name
            ws = self.sheet_named(title)
            if ws is None:
                self.errors.append(InputError(title, Msg("plan.sheet_missing", sheet=title)))
                continue
            raw = ws.iter_rows(values_only=True)
            header = {norm(h) for h in next(raw, None) or () if not _blank(h)}
            for column in columns:
                if norm(column) not in header:
                    lost = Msg("plan.column_missing", sheet=title, column=column)
                    self.errors.append(InputError(title, lost, 1, column))
            found = sum(1 for values in raw if not all(_blank(v) for v in values))
            if count is not None and found != count:
                self.errors.append(InputError(title, Msg("plan.rows_changed", sheet=title,
                                                         found=found, wrote=count)))  # fmt: skip

    def read_version(self) -> int:
        ws = self.sheet_named(EMBEDDED + "Plan")
        if ws is None:
            return 1
        for key, value, *_ in ws.iter_rows(values_only=True):
            if norm(key) == "version" and isinstance(value, int):
                return value
        return 1

    def sheet_named(self, title: str) -> Worksheet | None:
        for ws in self.book.worksheets:
            if norm(ws.title) == norm(title):
                return ws
        return None


@dataclass(frozen=True)
class PlanFile:
    """What a plan workbook carries: its inputs, its Progress sheet as staff filled it (with
    the sheet's title and headers, to locate a row's mistakes), and its version."""

    problem: Problem
    progress: tuple[ProgressRow, ...]
    version: int
    progress_sheet: str = "Progress"
    progress_headers: dict[str, str] = field(default_factory=dict)
    # With `read_plan(..., keep_errors=True)`: the Progress cells that could not be read (their
    # rows are left out of `progress`), so that the re-plan's audit of the rest is listed with
    # them in one run.
    errors: tuple[InputError, ...] = ()


def read_plan(path: Path | str, today: date, keep_errors: bool = False) -> PlanFile:
    """A plan workbook's inputs, its Progress sheet as staff filled it, and its version.

    A Progress cell that cannot be read raises WorkbookError, or with `keep_errors` is kept
    in `PlanFile.errors`; the inputs the plan carries must read in any case."""
    path = Path(path)
    reader = _Reader(path)
    try:
        plan = _read_plan(reader, path, today)
    finally:
        reader.close()
    if plan.errors and not keep_errors:
        raise WorkbookError(path, list(plan.errors))
    return plan


def _read_plan(reader: _Reader, path: Path, today: date) -> PlanFile:
    if reader.sheet_named(EMBEDDED + "Sites") is None:
        raise WorkbookError(
            path,
            [InputError("file", Msg("not_a_plan"))],
        )
    reader.prefix = EMBEDDED
    problem = reader.read()
    reader.prefix = ""
    rows = reader.read_progress(problem, today)
    return PlanFile(
        problem,
        rows,
        reader.read_version(),
        reader.progress_sheet,
        reader.progress_headers,
        tuple(reader.errors),
    )


def _format_of(path: Path) -> Msg:
    """What a file that is not an .xlsx workbook is, as its owner knows it."""
    kind = {".ods": "format.ods", ".csv": "format.csv"}.get(path.suffix.lower(), "format.other")
    return Msg(kind)


def is_plan(path: Path | str) -> bool:
    """Whether a workbook is a plan (it carries its inputs), rather than an input workbook."""
    reader = _Reader(Path(path))
    try:
        return reader.sheet_named(EMBEDDED + "Sites") is not None
    finally:
        reader.close()


def read_problem(path: Path | str) -> Problem:
    """The problem in an input workbook, or in the input sheets a plan workbook carries."""
    path = Path(path)
    reader = _Reader(path)
    try:
        titles = {norm(ws.title) for ws in reader.book.worksheets}
        if norm(EMBEDDED + "Sites") in titles:
            reader.prefix = EMBEDDED
        return reader.read()
    finally:
        reader.close()


# What a campaign workbook may unpack to. A 1,000-site plan is 3.3 MB in all, its largest
# sheet 0.9 MB; these leave room for a province's 20,000 sites many times over, and refuse
# a "decompression bomb" (a small file that inflates to gigabytes) before anything is parsed.
PART_LIMIT = 64 * 2**20
TOTAL_LIMIT = 256 * 2**20
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # an OLE container: old .xls, or encrypted


def inspect_file(path: Path) -> None:
    """Refuse, with a located reason, what openpyxl should not be asked to open: an
    encrypted workbook, an old .xls, or an archive that would inflate past the limits."""
    try:
        with open(path, "rb") as f:
            head = f.read(2**20)
    except FileNotFoundError:
        raise WorkbookError(path, [InputError("file", Msg("no_such_file"))]) from None
    if head.startswith(_OLE):
        why = Msg("encrypted") if "EncryptionInfo".encode("utf-16-le") in head else Msg("old_xls")
        raise WorkbookError(path, [InputError("file", why)])
    try:
        with zipfile.ZipFile(path) as archive:
            parts = archive.infolist()
            names = _sheet_parts(archive)
    except (zipfile.BadZipFile, OSError):
        return  # not a zip: openpyxl says so, with the usual advice
    for part in parts:
        if part.file_size > PART_LIMIT:
            what = (
                Msg("sheet_named", name=names[part.filename])
                if part.filename in names
                else part.filename
            )
            size, limit = round(part.file_size / 2**20), PART_LIMIT // 2**20
            why = Msg("part_too_big", what=what, size=size, limit=limit)
            raise WorkbookError(path, [InputError("file", why)])
    total = sum(p.file_size for p in parts)
    if total > TOTAL_LIMIT:
        why = Msg("book_too_big", size=round(total / 2**20), limit=TOTAL_LIMIT // 2**20)
        raise WorkbookError(path, [InputError("file", why)])


def _sheet_parts(archive: zipfile.ZipFile) -> dict[str, str]:
    """Part name -> sheet title, from the workbook's own small index (if it is small)."""
    try:
        book = archive.getinfo("xl/workbook.xml")
        rels = archive.getinfo("xl/_rels/workbook.xml.rels")
    except KeyError:
        return {}
    if book.file_size > 2**20 or rels.file_size > 2**20:
        return {}
    try:
        targets = {
            r.get("Id"): "xl/" + r.get("Target", "").lstrip("/").removeprefix("xl/")
            for r in ElementTree.fromstring(archive.read(rels)).iter()
            if r.get("Id")
        }
        return {
            targets[rid]: sheet.get("name", "")
            for sheet in ElementTree.fromstring(archive.read(book)).iter()
            if sheet.tag.endswith("}sheet") and (rid := sheet.get(f"{{{_REL_NS}}}id")) in targets
        }
    except (ElementTree.ParseError, KeyError, ValueError):
        return {}


_REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _whole(value: object) -> int:
    if isinstance(value, bool):
        raise ValueError(Msg("not_whole", value=value))
    if isinstance(value, int):
        n = value
    elif isinstance(value, float) and value.is_integer():
        n = int(value)
    else:
        text = str(value).strip().replace(" ", "")
        if not text.lstrip("-").isdigit():
            raise ValueError(Msg("not_whole", value=value))
        n = int(text)
    if n < 0:
        raise ValueError(Msg("negative", n=n))
    return n


def _chance(value: object) -> float:
    """A probability: 0.2, 20% or "20%"."""
    text = str(value).strip().replace(",", ".")
    try:
        x = float(text[:-1]) / 100 if text.endswith("%") else float(text)
    except ValueError:
        raise ValueError(Msg("not_chance", value=value)) from None
    if not 0 <= x <= 1:
        raise ValueError(Msg("chance_range", value=value))
    return x


def _turnout(value: object) -> float:
    x = _chance(value)
    if x == 0:
        raise ValueError(Msg("turnout_zero"))
    return x


def _positive_int(value: object) -> int:
    n = _whole(value)
    if n < 1:
        raise ValueError(Msg("at_least_one", n=n))
    return n


def _priority(value: object) -> int:
    n = _whole(value)
    if not 1 <= n <= 5:
        raise ValueError(Msg("not_priority", n=n))
    return n


def _status(value: object) -> str:
    key = norm(value)
    if key not in STATUS_WORDS:
        raise ValueError(Msg("not_status", value=value))
    return STATUS_WORDS[key]


def _network(value: object) -> str:
    key = norm(value)
    if key not in NETWORK_WORDS:
        raise ValueError(Msg("not_network", value=value))
    return NETWORK_WORDS[key]


def _class_name(text: str) -> str:
    """A print class as written: the built-in ones in either language, others as they are."""
    key = text.strip().lower()
    return CLASS_WORDS.get(norm(key), key)


def _type_name(text: str) -> str:
    key = text.strip().lower()
    return TYPE_WORDS.get(norm(key), key)


def _dates_or_weekday(value: object) -> frozenset[date]:
    try:
        return parse_date_list(value)
    except ValueError:
        raise ValueError(Msg("not_date_or_weekday", value=value)) from None

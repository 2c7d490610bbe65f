"""Read name lists (students per school, residents per kelurahan, NIKs already recorded) into
frozen data, reporting every mistake at once (docs/WORKBOOKS.md, "Input: name lists").

A list is untrusted personal data: reading costs what the file holds (rows and bytes are
bounded before anything is parsed), and no message this module makes holds a name, a NIK or a
birth date from a list: only the file, the row numbers, the column and what to do.

The tabular work (header matching, cleaning a column of NIKs or dates, finding the site of
each row) is done a column at a time with pandas, over every file's rows at once, so a
regency's lists take seconds (benchmarks/README.md).
"""

from __future__ import annotations

import codecs
import csv
import dataclasses
import difflib
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pandas as pd
from python_calamine import CalamineError

from scheduler.errors import InputError, WorkbookError
from scheduler.messages import Msg, say
from scheduler.problem import Problem

# Headers as a school's Dapodik export or a SIAK export writes them, and in English; matched
# as the workbook's are (case, spaces, `_`, `-` and `.` ignored).
LIST_COLUMNS: dict[str, tuple[str, ...]] = {
    "name": ("name", "nama", "nama_lengkap", "nama_siswa", "nama_peserta_didik", "nama_penduduk",
             "nama_lgkp"),
    "nik": ("nik", "no_nik", "nomor_induk_kependudukan"),
    "nisn": ("nisn",),
    "sex": ("sex", "gender", "jenis_kelamin", "jk", "l/p"),
    "birth_place": ("place_of_birth", "birth_place", "tempat_lahir"),
    "birth_date": ("date_of_birth", "birth_date", "tanggal_lahir", "tgl_lahir", "tgl_lhr"),
    "class": ("class", "kelas", "rombel"),
    "rt": ("rt", "no_rt"),
    "rw": ("rw", "no_rw"),
    "rt_rw": ("rt_rw", "rt/rw"),
    "npsn": ("npsn",),
    "site_id": ("site_id", "id_lokasi"),
    "site": ("site", "lokasi", "school", "sekolah", "nama_sekolah", "kelurahan", "desa",
             "kelurahan_desa", "kel/desa", "kel_name", "nama_kel"),
}  # fmt: skip
LIST_SUFFIXES = (".csv", ".xlsx")
# A regency's lists are some 100,000 rows; these bounds leave room for a large city many times
# over and refuse, before parsing, what would take minutes and gigabytes.
MAX_ROWS = 200_000  # in one file
MAX_TOTAL = 1_000_000  # in all the files of one run
MAX_BYTES = 64 * 2**20  # one csv file
SHOWN_ROWS = 8  # row numbers listed in one message; the rest are counted

MALE, FEMALE = "M", "F"
SEX_WORDS = {"l": MALE, "lk": MALE, "lakilaki": MALE, "pria": MALE, "m": MALE, "male": MALE,
             "p": FEMALE, "pr": FEMALE, "perempuan": FEMALE, "wanita": FEMALE, "f": FEMALE,
             "female": FEMALE}  # fmt: skip

STUDENTS, RESIDENTS, RECORDED = "students", "residents", "recorded"


def norm(text: object) -> str:
    return "".join(ch for ch in str(text).lower() if ch not in " _-\t\n.")


class ListsError(WorkbookError):
    """The lists cannot be reconciled; `errors` lists every reason, in every file."""

    def render(self, lang: str) -> str:
        head = say("errors.head", lang, path=self.path, count=len(self.errors))
        lines = "\n".join(f"  - {e.render(lang)}" for e in self.errors)
        return f"{head}\n{lines}\n{say('lists.next', lang)}"


@dataclass(frozen=True)
class Person:
    """One listed row: whom the counts are about. Only name-list files and by-name outputs
    ever hold these fields; every other output holds counts and row numbers (and a Person's
    repr, in a traceback or a debugger, shows no name, NIK or birth date)."""

    file: int  # index into `Lists.files`
    row: int  # the row number as the spreadsheet shows it (the header is row 1)
    site_id: str
    name: str = dataclasses.field(repr=False)
    nik: str = dataclasses.field(repr=False)  # 16 digits, or "" when missing or unreadable
    birth: date = dataclasses.field(repr=False)
    sex: str = dataclasses.field(repr=False)  # MALE, FEMALE, or "" when not given
    order: str  # class (students) or RT/RW (residents): the order of a by-name list
    nik_bad: bool = False  # a NIK was written but is not 16 digits (or lost digits)


@dataclass(frozen=True)
class ListFile:
    path: str
    kind: str  # STUDENTS, RESIDENTS or RECORDED
    rows: int  # data rows read


@dataclass(frozen=True)
class ListWarning:
    """Rows of one file that are read but need a look (a NIK saved as a number, say)."""

    file: str
    column: str
    rows: tuple[int, ...]
    message: str


@dataclass(frozen=True)
class Lists:
    files: tuple[ListFile, ...]
    people: tuple[Person, ...]
    recorded: frozenset[str]  # NIKs already recorded
    warnings: tuple[ListWarning, ...] = ()


def list_files(paths: Iterable[Path]) -> list[Path]:
    """The files named, and the .csv and .xlsx files in the folders named, in name order (not
    Excel's `~$` lock files); each once."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += sorted(
                p
                for p in path.iterdir()
                if p.suffix.lower() in LIST_SUFFIXES and not p.name.startswith(("~$", "."))
            )
        else:
            found.append(path)
    return list({p.resolve(): p for p in found}.values())


_FIELD_OF = {norm(a): f for f, aliases in LIST_COLUMNS.items() for a in aliases}


def is_name_list(path: Path) -> bool:
    """Whether the file's header row heads a NIK column, or a name and a date of birth column
    (as a name list does; an input or plan workbook does not). Reads the header row only."""
    try:
        if path.suffix.lower() == ".csv":
            with open(path, encoding="utf-8-sig", errors="replace") as f:
                first = f.readline()
            cells = re.split(r"[;,\t]", first)
        else:
            cells = list(pd.read_excel(path, sheet_name=0, nrows=0, engine="calamine").columns)
    except (OSError, ValueError, KeyError, IndexError, CalamineError):
        return False
    fields = {_FIELD_OF.get(norm(str(c).strip().strip('"'))) for c in cells}
    return "nik" in fields or {"name", "birth_date"} <= fields


def read_lists(paths: Iterable[Path], problem: Problem) -> Lists:
    """Every list named (files, or folders of them), matched to the problem's sites. Raises
    WorkbookError with every mistake found, in every file, located."""
    files = list_files(paths)
    named = ", ".join(str(p) for p in paths)
    if not files:
        raise ListsError(named, [InputError("file", Msg("lists.none"))])
    sites = _SiteIndex(problem)
    out_files: list[ListFile] = []
    readers: list[_File] = []
    frames: list[pd.DataFrame] = []
    recorded: set[str] = set()
    total = 0
    for path in files:
        reader = _File(path, len(out_files), sites)
        readers.append(reader)
        frame = reader.load(MAX_TOTAL - total)
        if frame is None:
            continue
        total += len(frame)
        kind, rows = reader.fields(frame)
        out_files.append(ListFile(str(path), kind, len(frame)))
        if rows is None:
            continue
        if kind == RECORDED:
            recorded |= _recorded(rows, reader)
        elif len(rows):
            frames.append(rows)
    # One pass over every file's rows at once: the per-file cost is reading the file only.
    people = _people(pd.concat(frames, ignore_index=True), readers, sites.start) if frames else []
    errors = [e for r in readers for e in r.errors]
    if errors:
        raise ListsError(named, errors)
    warnings = tuple(w for r in readers for w in r.warnings)
    return Lists(tuple(out_files), tuple(people), frozenset(recorded), warnings)


class _SiteIndex:
    """A row's site, by NPSN, site id or name (case and spacing ignored)."""

    def __init__(self, problem: Problem) -> None:
        self.ids = {norm(s.site_id): s.site_id for s in problem.sites}
        self.npsn: dict[str, str] = {}
        names: dict[str, list[str]] = defaultdict(list)
        for s in problem.sites:
            found = _NPSN.search(s.notes)
            if found:
                self.npsn[found.group(1)] = s.site_id
            names[_name_key(s.name)].append(s.site_id)
            bare = _name_key(re.sub(r"^(kelurahan|desa|kel\.?)\s+", "", s.name, flags=re.I))
            if bare != _name_key(s.name):
                names[bare].append(s.site_id)
        self.names = dict(names)
        self.labels = {s.site_id: s.name for s in problem.sites}
        self.start = problem.settings.start

    def find(self, text: str, how: str) -> tuple[str | None, Msg | None]:
        """(site id, None), or (None, why not) for an unknown or ambiguous site."""
        if how == "npsn":
            digits = re.sub(r"\D", "", text)
            if digits in self.npsn:
                return self.npsn[digits], None
            return None, Msg("lists.unknown_npsn", npsn=text)
        if how == "site_id" or norm(text) in self.ids:
            if norm(text) in self.ids:
                return self.ids[norm(text)], None
            return None, Msg("lists.unknown_site_id", site=text, near=self.nearest(text))
        matches = self.names.get(_name_key(text), [])
        if len(set(matches)) == 1:
            return matches[0], None
        if matches:
            return None, Msg("lists.ambiguous_site", site=text, ids=", ".join(sorted(matches)))
        return None, Msg("lists.unknown_site", site=text, near=self.nearest(text))

    def nearest(self, text: str) -> str:
        choices = {**{k: v for k, vs in self.names.items() for v in vs}, **self.ids}
        close = difflib.get_close_matches(_name_key(text), list(choices), n=1, cutoff=0.0)
        if not close:
            return "-"
        site_id = choices[close[0]]
        return f"{site_id} ({self.labels[site_id]})"


# A school's NPSN (8 digits) as the Sites sheet's notes carry it: "NPSN 20310417".
_NPSN = re.compile(r"NPSN\W*(\d{8})", re.I)


def _name_key(text: str) -> str:
    return " ".join(re.sub(r"[^\w ]", " ", str(text).casefold()).split())


class _File:
    def __init__(self, path: Path, index: int, sites: _SiteIndex) -> None:
        self.path, self.index, self.sites = path, index, sites
        self.errors: list[InputError] = []
        self.warnings: list[ListWarning] = []
        self.where = path.name
        self.shown: dict[str, str] = {f: aliases[0] for f, aliases in LIST_COLUMNS.items()}

    def error(self, message: str, rows: Iterable[int] = (), column: str | None = None) -> None:
        shown = list(rows)
        if len(shown) > 1:  # one entry for many rows: the list stays readable
            message = Msg("lists.rows", what=message, rows=rows_text(shown), count=len(shown))
        self.errors.append(InputError(self.where, message, shown[0] if len(shown) == 1 else None,
                                      column))  # fmt: skip

    def warn(self, message: str, rows: list[int], column: str) -> None:
        self.warnings.append(ListWarning(self.where, column, tuple(rows), message))

    # -- the file ---------------------------------------------------------------------------

    def load(self, room: int) -> pd.DataFrame | None:
        """The file's cells as text (dates as dates), its header row as column names; None
        (with the reason recorded) when it cannot or should not be read."""
        limit = min(MAX_ROWS, room)
        suffix = self.path.suffix.lower()
        try:
            if suffix == ".csv":
                frame = self._csv(limit)
            elif suffix == ".xlsx":
                frame = self._xlsx(limit)
            else:
                self.error(Msg("lists.not_a_list"))
                return None
        except FileNotFoundError:
            self.errors.append(InputError(self.where, Msg("no_such_file")))
            return None
        except WorkbookError as e:
            self.errors += [InputError(self.where, x.message, x.row, x.column) for x in e.errors]
            return None
        except pd.errors.ParserError as e:  # "Expected 3 fields in line 7, saw 4"
            line = re.search(r"line (\d+)", str(e))
            row = int(line.group(1)) if line else None
            self.errors.append(InputError(self.where, Msg("lists.extra_cells"), row))
            return None
        except (ValueError, OSError, UnicodeError, csv.Error, KeyError, CalamineError) as e:
            self.errors.append(
                InputError(self.where, Msg("lists.unreadable", what=type(e).__name__))
            )
            return None
        if frame is None:
            return None
        if len(frame) > limit:
            self.error(Msg("lists.too_many_rows", limit=limit))
            return None
        return frame

    def _csv(self, limit: int) -> pd.DataFrame | None:
        size = self.path.stat().st_size
        if size > MAX_BYTES:
            self.error(Msg("lists.too_big", size=round(size / 2**20), limit=MAX_BYTES // 2**20))
            return None
        with open(self.path, "rb") as f:
            head = f.read(4096)
        encoding = "utf-8-sig"
        try:  # a character cut at the 4,096th byte is not a mistake
            codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
        except UnicodeDecodeError:
            encoding = "cp1252"  # an export saved by an older Excel
        first = head.decode(encoding, errors="replace").splitlines()[:1] or [""]
        sep = max((";", ",", "\t"), key=first[0].count)
        frame = pd.read_csv(
            self.path, sep=sep, dtype=str, keep_default_na=False, encoding=encoding,
            nrows=limit + 1, header=0, skip_blank_lines=False,
        )  # fmt: skip
        # Blank lines are kept while reading, so each row keeps its line's number.
        return frame[~(frame.fillna("") == "").all(axis=1)]

    def _xlsx(self, limit: int) -> pd.DataFrame:
        from scheduler.reader import inspect_file  # the workbook's own limits (zip bombs)

        inspect_file(self.path)
        frame = pd.read_excel(
            self.path, sheet_name=0, header=0, dtype=object, nrows=limit + 1, engine="calamine"
        )
        return frame.dropna(how="all")

    # -- the rows ---------------------------------------------------------------------------

    def fields(self, frame: pd.DataFrame) -> tuple[str, pd.DataFrame | None]:
        """The file's kind, and its rows under the fields' names (with `_row`, the row number,
        `_file` and `site_id`); None when its columns do not make a list."""
        columns: dict[str, str] = {}
        for header in frame.columns:
            field = _FIELD_OF.get(norm(header))
            if field and field not in columns:
                columns[field] = str(header)
        self.shown = {f: columns.get(f, LIST_COLUMNS[f][0]) for f in LIST_COLUMNS}
        out = pd.DataFrame({f: frame[h] for f, h in columns.items()}, index=frame.index)
        out["_row"] = frame.index.to_numpy() + 2  # the header is row 1
        out["_file"] = self.index
        if "nik" in columns and "name" not in columns and "birth_date" not in columns:
            return RECORDED, out
        if "name" not in columns and "nik" not in columns:
            self.error(Msg("lists.no_columns"))
            return STUDENTS, None
        if "birth_date" not in columns and "nik" not in columns:
            self.error(Msg("lists.no_birth_column"))
            return STUDENTS, None
        kind = RESIDENTS if {"rt", "rw", "rt_rw"} & set(columns) else STUDENTS
        for field in LIST_COLUMNS:
            if field not in out:
                out[field] = ""
        if kind == RESIDENTS and "rt" in columns:
            rt, rw = out["rt"].map(_cell_text), out["rw"].map(_cell_text)
            out["rt_rw"] = rt.str.zfill(3) + "/" + rw.str.zfill(3)
        out["order"] = _texts(out["rt_rw" if kind == RESIDENTS else "class"])
        out["site_id"] = self._sites(out, columns)
        return kind, out[["_row", "_file", "site_id", "name", "nik", "birth_date", "sex", "order"]]

    def _sites(self, frame: pd.DataFrame, columns: dict[str, str]) -> pd.Series:
        """Each row's site id (None where it is not known, with the error recorded): by the
        row's NPSN, site id or site name, or, in a list without them, the file's own name."""
        how = next((f for f in ("npsn", "site_id", "site") if f in columns), None)
        if how is None:
            stem = self.path.stem
            site, why = self.sites.find(stem, "npsn" if stem.isdigit() else "name")
            if site is None:
                self.errors.append(InputError(self.where, Msg("lists.file_site", why=why)))
            return pd.Series(site, index=frame.index, dtype=object)
        values = _texts(frame[how])
        found: dict[str, str | None] = {}
        whys: dict[str, str] = {"": Msg("lists.no_site")}
        for value in values.unique():
            found[value], why = self.sites.find(value, how) if value else (None, None)
            if why is not None:
                whys[value] = why
        out = values.map(found)
        problems: dict[str, list[int]] = defaultdict(list)
        for value, row in zip(values, frame["_row"], strict=True):
            if value in whys:
                problems[whys[value]].append(int(row))
        for message, at in problems.items():
            self.error(message, at, self.shown[how])
        return out


def _recorded(frame: pd.DataFrame, reader: _File) -> set[str]:
    niks, bad, _ = _niks(frame["nik"])
    if bad.any():
        reader.warn(Msg("lists.nik_bad"), frame["_row"][bad].tolist(), reader.shown["nik"])
    return set(niks[niks != ""])


def _people(frame: pd.DataFrame, readers: list[_File], start: date) -> list[Person]:
    """Every listed row of every file, cleaned a column at a time; the rows that cannot be
    read are reported to their file's reader, by row number."""
    rows = frame["_row"]

    def report(mask: pd.Series, message: str, field: str, warn: bool = False) -> None:
        if not mask.any():
            return
        for index, at in rows[mask].groupby(frame["_file"][mask]):
            reader = readers[int(index)]
            column = reader.shown[field]
            if warn:
                reader.warn(message, at.tolist(), column)
            else:
                reader.error(message, at.tolist(), column)

    names = _texts(frame["name"])
    niks, nik_bad, as_number = _niks(frame["nik"])
    report(as_number, Msg("lists.nik_number"), "nik", warn=True)
    report(nik_bad, Msg("lists.nik_bad"), "nik", warn=True)
    neither = (names == "") & (niks == "")
    report(neither, Msg("lists.no_one"), "name")
    births = _dates(frame["birth_date"])
    missing = births.isna()
    from_nik = pd.Series(None, index=frame.index, dtype=object)
    from_nik[missing] = niks[missing].map(lambda nik: nik_birth(nik, start) if nik else None)
    written = _texts(frame["birth_date"]) != ""
    guessed = missing & written & from_nik.notna()
    report(guessed, Msg("lists.birth_from_nik"), "birth_date", warn=True)
    births[missing] = from_nik[missing]
    no_birth = births.isna() & ~neither
    report(no_birth, Msg("lists.no_birth"), "birth_date")
    odd = pd.Series([d is not None and d == d and not (d.year >= 1900 and d <= start)
                     for d in births], index=frame.index)  # fmt: skip
    report(odd, Msg("lists.odd_birth"), "birth_date")
    sexes = frame["sex"].map(lambda s: SEX_WORDS.get(norm(s), "?") if _cell_text(s) else "")
    report(sexes == "?", Msg("lists.sex"), "sex", warn=True)
    ok = ~(neither | no_birth | odd) & frame["site_id"].notna()
    columns = (frame["_file"], rows, frame["site_id"], names, niks, births, sexes,
               frame["order"], nik_bad)  # fmt: skip
    return [
        Person(int(f), int(r), s, n, k, b, "" if x == "?" else x, o, bool(bad))
        for f, r, s, n, k, b, x, o, bad in zip(*(c[ok].tolist() for c in columns), strict=True)
    ]


def rows_text(rows: Sequence[int]) -> str:
    """The first SHOWN_ROWS row numbers, ", ..." after them when there are more."""
    text = ", ".join(str(r) for r in rows[:SHOWN_ROWS])
    return text + (", ..." if len(rows) > SHOWN_ROWS else "")


def _texts(column: pd.Series) -> pd.Series:
    """A column's cells as stripped text ("" for blank), at once where they are all text."""
    if isinstance(column.dtype, pd.StringDtype):  # a csv's columns
        return column.fillna("").str.strip()
    return column.map(_cell_text)


def _cell_text(value: Any) -> str:
    if value is None or (isinstance(value, float) and value != value):
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _niks(column: pd.Series) -> tuple[pd.Series, pd.Series, pd.Series]:
    """(NIKs as 16 digits or "", written but unreadable, saved as a number). A NIK typed into
    a number cell keeps only Excel's 15 significant digits, so it is read but warned about."""
    as_number = column.map(lambda v: isinstance(v, int | float) and not isinstance(v, bool))
    text = _texts(column).str.replace(r"[\s.'`]", "", regex=True)
    good = text.str.fullmatch(r"\d{16}")
    niks = text.where(good, "")
    bad = (text != "") & ~good
    return niks, bad, as_number & (text != "")


_DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%d/%m/%y")


def _dates(column: pd.Series) -> pd.Series:
    """Birth dates as dates (None where unreadable): Excel dates, Excel serial numbers, and
    text in ISO or day-first forms, mixed in one column as exports mix them."""
    out = pd.Series(None, index=column.index, dtype=object)
    is_date = column.map(lambda v: isinstance(v, date))
    out[is_date] = column[is_date].map(lambda v: v.date() if isinstance(v, datetime) else v)
    serial = column.map(
        lambda v: isinstance(v, int | float) and not isinstance(v, bool) and 1 <= v <= 80000
    )
    epoch = date(1899, 12, 30)
    out[serial] = column[serial].map(lambda v: epoch + timedelta(days=int(v)))
    rest = ~is_date & ~serial
    text = column[rest].map(_cell_text).str.split(" ").str[0]
    parsed = pd.Series(pd.NaT, index=text.index, dtype="datetime64[ns]")
    for fmt in _DATE_FORMATS:
        missing = parsed.isna()
        if not missing.any():
            break
        parsed[missing] = pd.to_datetime(text[missing], format=fmt, errors="coerce")
    good = parsed.notna()
    out[good[good].index] = parsed[good].dt.date
    return out


def nik_birth(nik: str, by: date) -> date | None:
    """The birth date a NIK encodes (digits 7-12, DDMMYY, day + 40 for women), or None. The
    century is the one that makes the person born by `by` (the campaign's start), and at most
    100 then."""
    if len(nik) != 16:
        return None
    day, month, year = int(nik[6:8]), int(nik[8:10]), int(nik[10:12])
    if day > 40:
        day -= 40
    century = 2000 if 2000 + year <= by.year else 1900
    try:
        return date(century + year, month, day)
    except ValueError:
        return None


def nik_sex(nik: str) -> str:
    return FEMALE if int(nik[6:8]) > 40 else MALE


def mask_nik(nik: str) -> str:
    """A NIK as it may be printed: the region code and the last two digits, the birth date and
    most of the serial hidden (`3311**********01`)."""
    if len(nik) != 16:
        return ""
    return nik[:4] + "*" * 10 + nik[-2:]

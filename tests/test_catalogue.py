"""Issue 22, item 3: every text a person reads is in one catalogue (`scheduler.catalogue`),
each entry naming both languages; numbers and dates go through one formatter per kind
(`scheduler.formats`); the modules of words and dates import in one direction."""

from __future__ import annotations

import ast
import re
from datetime import date
from pathlib import Path

import pytest

from scheduler import replan
from scheduler.catalogue import Words
from scheduler.catalogue.calendar import DAY_ABBR, DAY_NAMES, MONTH_NAMES
from scheduler.formats import (
    date_range,
    day_name,
    day_text,
    decimal,
    letter_date,
    long_date,
    number,
    percent,
    weekdays_text,
)
from scheduler.labels import placed_text, reason_text
from scheduler.messages import WORDS

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "scheduler"
CATALOGUE = PACKAGE / "catalogue"


def _modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if CATALOGUE not in p.parents)


# -- one catalogue, both languages named ---------------------------------------------------


def test_every_entry_is_words_with_both_languages():
    names = (*DAY_NAMES, *DAY_ABBR, *MONTH_NAMES)
    for key, words in [*WORDS.items(), *((w.en, w) for w in names)]:
        assert isinstance(words, Words), key
        assert isinstance(words.id, str) and isinstance(words.en, str), key
        assert words.id.strip(), key
        # An Indonesian letter's address ends "di tempat"; an English one has no such line.
        assert words.en.strip() or key == "field.at_place", key


def test_an_entry_without_a_language_cannot_be_made():
    with pytest.raises(TypeError):
        Words(id="hanya Indonesia")  # type: ignore[call-arg]


def test_every_replan_reason_is_a_key_worded_in_both_languages():
    own = ast.parse(Path(replan.__file__).read_text(encoding="utf-8")).body
    names = [n.targets[0].id for n in own if isinstance(n, ast.Assign)
             and isinstance(n.targets[0], ast.Name) and isinstance(n.value, ast.Constant)
             and isinstance(n.value.value, str)]  # fmt: skip
    placed = [getattr(replan, k) for k in names if k.startswith("PLACED_")]
    reasons = [getattr(replan, k) for k in names if not k.startswith("PLACED_")]
    assert len(reasons) > 20 and len(placed) == 5  # first, room, window, keep, announced
    for code in reasons:
        assert re.fullmatch(r"[a-z_]+", code), code  # a key, not an English sentence
        assert reason_text(code, "id") != reason_text(code, "en"), code
    for code in placed:
        assert placed_text(code, "id") and placed_text(code, "en"), code
    assert reason_text(replan.LOST_DAY, "id") == "hari batal"
    assert reason_text(replan.LOST_DAY, "en") == "lost day"


def test_no_module_chooses_words_by_language_inline():
    """Words are chosen by language in one place, `Words.of`; the formatters choose a
    number's separators. (cli/frame.py swaps its Indonesian --help into click's objects only when
    the run is Indonesian: the texts are the catalogue's, the swap is click's mechanism.)"""
    allowed = {("formats.py", 1), ("frame.py", 1)}
    choice = re.compile(r"""(==|!=)\s*["'](id|en)["']|["'](id|en)["']\s*(==|!=)""")
    found = {}
    for path in _modules():
        hits = [n for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                if choice.search(line)]  # fmt: skip
        if hits:
            found[path.name] = hits
    assert {(name, len(hits)) for name, hits in found.items()} <= allowed, found


# A heuristic for "a text meant for a person": two or more words, one of them a common
# Indonesian or English word. Docstrings, the English --help (`help=`, the options' own
# texts: their Indonesian is `catalogue.help`) and the spellings the readers accept are not.
_COMMON = set(
    re.findall(
        r"\w+",
        "yang dan tidak untuk dari hari lokasi alat orang belum sudah dengan sebelum sesudah "
        "tulis baris kolom berkas rencana jadwal atau pada ini mulai tanggal batas waktu lain "
        "the and not for from of to is are day days site sites kit kits people planned write "
        "row column file plan before after or on this with no more fewer by",
    )
)
# Texts that are English on purpose, with why.
_NOT_FOR_PEOPLE = {
    # Invariants of the problem's dataclasses and the checker's rules: a bug report for the
    # developers (the readers word every mistake a person can make, with its cell).
    "problem.py": "invariants",
    "checker.py": "a broken rule is a bug report",
    # Input spellings a reader accepts, not words it writes.
    "workdays.py": "holiday codes a person may write",
    "letters.py": "region prefixes a person may write",
}
_BUG = re.compile(r"^bug: ")


def _prose(text: str) -> bool:
    words = [w.strip(".,;:()!?\"'`").lower() for w in re.sub(r"\{[^}]*\}", " ", text).split()]
    words = [w for w in words if re.fullmatch(r"[a-z][a-z'-]*", w)]
    return len(words) >= 2 and any(w in _COMMON for w in words)


def _texts(tree: ast.AST) -> list[tuple[int, str]]:
    skip: set[int] = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(body, list) and body and isinstance(body[0], ast.Expr):
            skip.add(id(body[0].value))  # a docstring
        if isinstance(node, ast.keyword) and node.arg in ("help", "show_default"):
            skip.update(id(n) for n in ast.walk(node.value))
        if isinstance(node, ast.FunctionDef):
            for expr in node.decorator_list:  # click's options and arguments, in English
                skip.update(id(n) for n in ast.walk(expr))
            if "option" in node.name:
                for expr in node.args.defaults:
                    skip.update(id(n) for n in ast.walk(expr))
        if isinstance(node, ast.Call) and "option" in ast.unparse(node.func):
            skip.update(id(n) for n in ast.walk(node))
        if isinstance(node, ast.Assert | ast.Raise) and (
            not isinstance(node, ast.Raise) or "Assertion" in ast.unparse(node)
        ):
            skip.update(id(n) for n in ast.walk(node))  # "never happens" is for developers
        if isinstance(node, ast.JoinedStr):
            skip.update(id(v) for v in node.values)
    out = []
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            out.append((node.lineno, node.value))
        elif isinstance(node, ast.JoinedStr):
            parts = (v.value if isinstance(v, ast.Constant) else "{}" for v in node.values)
            out.append((node.lineno, "".join(str(p) for p in parts)))
    return [(n, t) for n, t in out if _prose(t) and not _BUG.match(t)]


def test_no_module_outside_the_catalogue_holds_words_for_people():
    found = []
    for path in _modules():
        if path.name in _NOT_FOR_PEOPLE:
            continue
        for n, text in _texts(ast.parse(path.read_text(encoding="utf-8"))):
            found.append(f"{path.relative_to(ROOT)}:{n}: {text[:80]!r}")
    assert not found, "\n".join(found)


def test_the_heuristic_finds_a_sentence_and_passes_a_key():
    tree = ast.parse('x = "Jadwal baru dikirim"\ny = say("plan.written")\nz = f"{n} sites left"')
    assert [n for n, _ in _texts(tree)] == [1, 3]


# -- one formatter per kind ------------------------------------------------------------------

MON = date(2022, 9, 12)


def test_each_kind_of_number_and_date_in_both_languages():
    assert (number(9320, "id"), number(9320, "en")) == ("9.320", "9,320")
    assert (decimal(14.75, "id"), decimal(14.75, "en")) == ("14,8", "14.8")
    assert (percent(0.528, "id"), percent(0.528, "en")) == ("52,8%", "52.8%")
    assert (day_text(MON, "id"), day_text(MON, "en")) == ("Sen 12/09/2022", "Mon 12/09/2022")
    assert day_text(MON, "id", full=True) == "Senin 12/09/2022"
    assert (day_name(MON, "id"), day_name(MON, "en")) == ("Senin", "Monday")
    assert long_date(MON, "id") == "Senin, 12 September 2022"
    assert letter_date(date(2022, 8, 1), "id") == "1 Agustus 2022"
    assert letter_date(date(2022, 8, 1), "en") == "1 August 2022"
    wed = date(2022, 9, 14)
    assert date_range(MON, wed, "id") == "12/09/2022 - 14/09/2022"
    assert date_range(MON, wed, "id", weekday=True) == "Sen 12/09/2022 - Rab 14/09/2022"
    assert date_range(None, wed, "en") == "… - 14/09/2022"
    assert (weekdays_text({0, 1, 2, 3, 4}, "id"), weekdays_text({0, 2}, "en")) == (
        "Sen-Jum",
        "Mon,Wed",
    )


def test_no_module_formats_a_date_by_itself():
    """Dates reach people through `formats` (`date_text`, `day_text`, `date_range`, ...): no
    other module writes `{day:%d/%m/%Y}` or calls strftime."""
    own = re.compile(r"\{[^}\"]*:%[a-zA-Z]|strftime\(")
    for path in _modules():
        if path.name == "formats.py":
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            assert not own.search(line), (path.name, n, line)


# -- no import circle among the modules of words and dates -----------------------------------

OWN = {"messages", "labels", "formats", "dates", "scenarios", "template", "catalogue",
       "catalogue.terminal", "catalogue.workbook", "catalogue.calendar", "catalogue.help"}  # fmt: skip


def _imports() -> dict[str, set[str]]:
    """Each module of the package and the package modules it imports, lazily or not."""
    graph: dict[str, set[str]] = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(PACKAGE).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        seen = graph.setdefault(name, set())
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.ImportFrom)
                and node.module
                and node.module.startswith("scheduler.")
            ):
                seen.add(node.module.removeprefix("scheduler."))
            elif isinstance(node, ast.Import):
                seen.update(
                    a.name.removeprefix("scheduler.")
                    for a in node.names
                    if a.name.startswith("scheduler.")
                )
    return graph


def test_no_circle_through_the_modules_of_words_and_dates():
    graph = _imports()

    def reaches(start: str, goal: str) -> bool:
        todo, seen = [start], set()
        while todo:
            here = todo.pop()
            for there in graph.get(here, ()):
                if there == goal:
                    return True
                if there not in seen:
                    seen.add(there)
                    todo.append(there)
        return False

    circles = sorted(m for m in OWN if m in graph and reaches(m, m))
    assert not circles, circles


def test_an_indonesian_sheet_gives_its_number_cells_indonesian_separators():
    from scheduler.template import build_template

    for lang, count in (("id", "[$-421]#,##0"), ("en", "#,##0")):
        sites = build_template(lang, date(2022, 8, 1)).worksheets[0]
        assert sites.cell(row=2, column=5).value == 80
        assert sites.cell(row=2, column=5).number_format == count, lang

"""Every word true (issue 21): what the tool tells schools, staff and managers is true of the
plan. One test (or a few) per item of the issue, each failing on the code before it."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from scheduler.budget import Budget
from scheduler.capacity import capacity
from scheduler.cli import progress as cli_progress
from scheduler.formats import decimal, fill, number, percent
from scheduler.messages import WORDS, say
from scheduler.problem import Holiday, Kit
from scheduler.workdays import build_calendar
from tests.conftest import MONDAY, problem, site

ROOT = Path(__file__).resolve().parent.parent


# -- 2. kit-days are counted on working days ------------------------------------------------


def test_kit_days_available_are_counted_on_working_days_not_weekends():
    # Two weeks with a weekend between and a holiday on the second Wednesday: 9 working
    # days, 2 kits, so 18 kit-days, though the calendar holds the weekend too.
    p = problem(
        (site("S1", 40),),
        kits=2,
        deadline=date(2024, 1, 19),
        holidays=(Holiday(date(2024, 1, 17), "libur"),),
    )
    cal = build_calendar(p)
    assert len(cal.working_days) == 9
    assert capacity(p, cal).kit_days_available == 18


def test_a_weekend_day_a_type_visits_counts_its_kits():
    from scheduler.problem import SiteType

    every_day = SiteType("school", frozenset(range(7)), None, 1, 2)
    p = problem((site("S1", 40),), kits=2, deadline=date(2024, 1, 14), types=(every_day,))
    assert capacity(p).kit_days_available == 2 * 7


def test_kit_days_available_are_those_the_sites_may_take(tmp_path):
    """Kelurahan only, Mon-Wed, two a day, one kit each: 4 kits offer 2 kit-days a visiting
    day, not 4 every working day; a short plan's Summary says so, beside its reason."""
    import openpyxl

    from scheduler.solver import SolverOptions, solve
    from scheduler.writer import write_plan

    sites = tuple(site(f"K{i}", 60, type="kelurahan") for i in range(8))
    p = problem(sites, kits=4, deadline=date(2024, 1, 19))  # two weeks: 6 kelurahan days
    assert capacity(p).kit_days_available == 12
    out = tmp_path / "plan.xlsx"
    write_plan(p, solve(p, SolverOptions(time_limit=2)), out, lang="en")
    rows = {r[0]: r for r in openpyxl.load_workbook(out)["Summary"].iter_rows(values_only=True)}
    assert rows["Kit-days used"][1:3] == (12, "of 12 available"), rows["Kit-days used"]


def test_a_finish_bound_that_says_nothing_gives_no_gap_and_a_gap_is_in_working_days(tmp_path):
    import dataclasses

    import openpyxl

    from scheduler.plan import Stage
    from scheduler.solver import SolverOptions, solve
    from scheduler.writer import write_plan

    # From Mon 8 Jan: the calendar's 30th day is Tue 6 Feb, its 27th Sat 3 Feb.
    p = problem((site("S1", 40),), kits=1, deadline=date(2024, 2, 16))
    plan = solve(p, SolverOptions(time_limit=2))
    cal = build_calendar(p)

    def note(stage: Stage, bound: date) -> str:
        finish = cal.days[stage.value - 1]
        stages = tuple(stage if s.name == "finish" else s for s in plan.stages)
        shown = dataclasses.replace(plan, stages=stages, finish=finish, finish_bound=bound)
        out = tmp_path / "plan.xlsx"
        write_plan(p, shown, out, lang="en")
        ws = openpyxl.load_workbook(out)["Summary"]
        return next(r[2] for r in ws.iter_rows(values_only=True) if r[0] == "Finish date")

    assert cal.days[29] == date(2024, 2, 6) and cal.days[26] == date(2024, 2, 3)
    # No bound known (0): nothing is said about how far.
    assert note(Stage("finish", "feasible", 30, 0), cal.days[29]) == "not proven earliest"
    # A bound 3 calendar days before: 2 working days apart (Mon 5, Tue 6).
    said = note(Stage("finish", "feasible", 30, 27), cal.days[26])
    assert "(2 working days apart)" in said and "3 February 2024" in said, said


# -- 4. numbers as the language writes them ------------------------------------------------


def test_numbers_in_a_template_follow_the_language():
    text = "{n:,} dari {total:,} orang ({s:.1f} dtk, {p:.1%})"
    assert fill(text, "id", n=775, total=1050, s=14.8, p=0.528) == (
        "775 dari 1.050 orang (14,8 dtk, 52,8%)"
    )
    assert fill(text, "en", n=775, total=1050, s=14.8, p=0.528) == (
        "775 dari 1,050 orang (14.8 dtk, 52.8%)"
    )
    assert number(2998, "id") == "2.998" and percent(0.299, "id") == "29,9%"


def test_every_catalogue_number_reads_indonesian_in_indonesian():
    """Every numeric field of every template, filled with 1234.5 (or 1234), has no English
    thousands separator or decimal point in Indonesian."""
    for key, words in WORDS.items():
        indonesian = words.id
        for field, spec in re.findall(r"{(\w+):([^}]*[,.%][^}]*)}", indonesian):
            value: float = 1234 if spec.endswith((",", "d")) else 1234.5
            text = fill("{x:" + spec + "}", "id", x=value)
            assert "1,2" not in text and not re.search(r"\d\.\d(?!\d\d)", text), (key, field)


def test_no_module_formats_a_number_a_person_reads_by_itself():
    """Numbers reach people through the formatters (`formats.fill`, `number`, `decimal`,
    `percent`): no other module writes `{x:,}`, `{x:.1f}` or `{x:.0%}` into text, nor formats
    catalogue words with `str.format`."""
    allowed = {"formats.py"}
    # The column-width estimate measures text, it is not read.
    width_estimate = re.compile(r'f"\{v:,\}" if isinstance\(v, int\)')
    for path in sorted((ROOT / "scheduler").rglob("*.py")):
        if path.name in allowed:
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if width_estimate.search(line):
                continue
            assert not re.search(r'f"[^"]*\{[^}"]*:[^}"]*[,%f]\}', line), (path.name, n, line)
            assert ".format(" not in line, (path.name, n, line)


def test_the_written_line_gives_seconds_the_indonesian_way():
    assert say("plan.written", "id", out="x.xlsx", seconds=decimal(14.8, "id")).endswith(
        "(14,8 dtk)"
    )


# -- 6. the progress line's finish date is a day of the calendar ------------------------------


def test_progress_line_finish_date_skips_a_holiday():
    # Mon 8 .. Fri 19 Jan 2024 with Wed 10 a holiday: the 3rd day of the calendar is Thu 11,
    # not Wed 10 (calendar days from the start would say).
    p = problem(
        (site("S1", 40),),
        kits=(Kit("K1"),),
        deadline=date(2024, 1, 19),
        holidays=(Holiday(date(2024, 1, 10), "libur"),),
    )
    cal = build_calendar(p)
    progress = cli_progress._Progress(True, Budget(15, False))
    progress.days = cal.days
    progress("finish", 0.0, 3, 1)
    assert "11/01/2024" in progress.text, progress.text
    # The 5th and 6th days are the weekend: shown as Friday 12.
    progress("finish", 0.0, 6, 1)
    assert "12/01/2024" in progress.text, progress.text
    assert cal.days[0] == MONDAY


# -- 1. a status word comes from the status ------------------------------------------------


def test_a_partial_day_is_called_partial_with_every_kit_of_that_day(tmp_path):
    import openpyxl
    from click.testing import CliRunner

    from scheduler.cli import main
    from tests.test_replan import plan_v1, report, visits

    def replan(lang: str, out: Path) -> str:
        args = ["replan", str(plan), "--today", "2024-01-17", "--freeze-days", "0", "-o",
                str(out), "--lang", lang, "--time-limit", "3"]  # fmt: skip
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 0, result.output
        return result.output

    plan = plan_v1(tmp_path)
    before = visits(plan)
    first = min(before, key=lambda s: min(before[s]))  # one day, two kits
    day = min(before[first])[0]
    # One row of the two says partial with 13 (as staff write it on the day's first row),
    # the other is left blank.
    kits = sorted(k for d, k in before[first] if d == day)
    report(plan, lambda d, kit, site, n: (
        ((13, "partial") if kit == kits[0] else None) if site == first
        else (n, "done")) if d < date(2024, 1, 17) else None)  # fmt: skip
    out = tmp_path / "v2.xlsx"
    output = replan("en", out)
    line = next(x for x in output.splitlines() if x.strip().startswith(f"- {first}:"))
    assert "(partial)" in line and "(lost)" not in line, line
    book = openpyxl.load_workbook(out)
    row = next(r for r in book["Changes"].iter_rows(min_row=2, values_only=True) if r[0] == first)
    assert "(partial)" in row[3] and "(lost)" not in row[3], row
    assert row[5] == "K1, K2", row  # both kits that worked the day, not the reported one only
    notice = next(ws for ws in book.worksheets if ws.title.endswith(first))
    old = [r[1] for r in notice.iter_rows(values_only=True) if r[0] == "Previous days"]
    assert old and "(partial)" in old[0] and "cancel" not in old[0].lower(), old
    # In Indonesian the same day is "sebagian", never "batal".
    text = replan("id", tmp_path / "id.xlsx")
    assert "(sebagian)" in text and "(batal)" not in text, text


# -- 3. the Progress sheet refuses what the re-plan refuses; check audits it -------------------


def _three_mistakes(tmp_path: Path) -> Path:
    """A plan whose Progress has three mistakes on three rows: words for a count, an unknown
    status, and a lost day with people recorded."""
    import openpyxl

    from tests.test_replan import plan_v1

    plan = plan_v1(tmp_path)
    book = openpyxl.load_workbook(plan)
    ws = book["Progress"]
    rows = list(ws.iter_rows(min_row=2, max_row=4))
    rows[0][4].value, rows[0][5].value = "tujuh belas", "done"
    rows[1][4].value, rows[1][5].value = 5, "finished"
    rows[2][4].value, rows[2][5].value = 5, "lost"
    book.save(plan)
    return plan


def test_one_replan_run_lists_every_progress_mistake(tmp_path):
    from click.testing import CliRunner

    from scheduler.cli import main

    plan = _three_mistakes(tmp_path)
    args = ["replan", str(plan), "--today", "2024-01-31", "-o", str(tmp_path / "v2.xlsx")]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 1, result.output
    assert "3 problem(s) to fix" in result.output, result.output
    for row in ("row 2", "row 3", "row 4"):
        assert f"Progress {row}" in result.output, result.output


def test_check_on_a_plan_audits_its_progress_as_replan_does(tmp_path):
    from click.testing import CliRunner

    from scheduler.cli import main
    from tests.test_replan import plan_v1

    (tmp_path / "clean").mkdir()
    clean = plan_v1(tmp_path / "clean")
    ok = CliRunner().invoke(main, ["check", str(clean)])
    assert ok.exit_code == 0 and "valid" in ok.output, ok.output
    plan = _three_mistakes(tmp_path)
    result = CliRunner().invoke(main, ["check", str(plan)])
    assert result.exit_code == 1, result.output
    assert "valid" not in result.output and "3 problem(s) to fix" in result.output, result.output
    assert "lost but 5 recorded" in result.output, result.output


def test_progress_validation_stops_what_the_replan_refuses(tmp_path):
    import openpyxl
    from click.testing import CliRunner

    from scheduler.cli import main
    from tests.conftest import write_workbook
    from tests.test_replan import campaign_sheets

    for lang, lost in (("en", "lost"), ("id", "batal")):
        inp = write_workbook(tmp_path / f"c-{lang}.xlsx", campaign_sheets())
        out = tmp_path / f"p-{lang}.xlsx"
        args = ["plan", str(inp), "-o", str(out), "--lang", lang, "--time-limit", "3", "-q"]
        assert CliRunner().invoke(main, args).exit_code == 0
        ws = openpyxl.load_workbook(out)["Realisasi" if lang == "id" else "Progress"]
        checks = {str(dv.sqref).split(":")[0]: dv for dv in ws.data_validations.dataValidation}
        status, recorded = checks["F2"], checks["E2"]
        for dv in (status, recorded):
            assert dv.showErrorMessage and dv.errorStyle == "stop", dv
        assert lost in status.formula1
        # A count is a whole number from 0, and none on a lost day.
        assert "INT(E2)" in recorded.formula1 and f'F2<>"{lost}"' in recorded.formula1
        assert recorded.type == "custom" and "ISNUMBER(E2)" in recorded.formula1


# -- 8. advice that keeps the work ---------------------------------------------------------


def test_a_plan_saved_as_ods_is_told_to_save_as_xlsx_not_to_start_again(tmp_path):
    from click.testing import CliRunner

    from scheduler.cli import main

    ods = tmp_path / "plan.ods"
    ods.write_bytes(b"PK\x03\x04 not really a zip")  # what openpyxl refuses, as an .ods
    for lang in ("id", "en"):
        result = CliRunner().invoke(main, ["replan", str(ods), "--today", "2024-01-15",
                                           "--lang", lang])  # fmt: skip
        assert result.exit_code == 1, result.output
        assert "template" not in result.output and "Exception" not in result.output
        assert ".ods" in result.output and "(.xlsx)" in result.output, result.output
        assert "outreach check" not in result.output  # check could not open it either


def test_template_refuses_a_name_it_would_then_refuse_to_read(tmp_path):
    from click.testing import CliRunner

    from scheduler.cli import main

    result = CliRunner().invoke(main, ["template", str(tmp_path / "x.xls")])
    assert result.exit_code == 2 and not (tmp_path / "x.xls").exists(), result.output
    assert "x.xlsx" in result.output
    plan = CliRunner().invoke(main, ["plan", "in.xlsx", "-o", str(tmp_path / "p.ods")])
    assert plan.exit_code == 2 and "p.xlsx" in plan.output, plan.output


def test_template_on_an_existing_file_does_not_advise_an_option_it_lacks(tmp_path):
    from click.testing import CliRunner

    from scheduler.cli import main

    path = tmp_path / "Data Kampanye" / "kampanye.xlsx"
    path.parent.mkdir()
    first = CliRunner().invoke(main, ["template", str(path)])
    assert first.exit_code == 0 and f'`outreach plan "{path}"`' in first.output, first.output
    again = CliRunner().invoke(main, ["template", str(path)])
    assert again.exit_code == 2 and "--force" in again.output and " -o " not in again.output


# -- 7. click's frame in the user's language; --lang before the command ---------------------


def test_usage_errors_and_help_frame_are_indonesian_by_default(monkeypatch):
    from click.testing import CliRunner

    from scheduler.cli import main

    monkeypatch.delenv("OUTREACH_LANG")
    for args, said in (
        (["plan"], "Argumen belum diberikan 'INPUT.xlsx'"),
        (["foo"], "Tidak ada perintah 'foo'"),
        (["plan", "--bogus", "x.xlsx"], "Tidak ada opsi '--bogus'"),
    ):
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 2, result.output
        assert said in result.output and "Kesalahan:" in result.output, result.output
        for english in ("Usage:", "Error:", "Missing", "No such", "Try "):
            assert english not in result.output, (args, result.output)
    shown = CliRunner().invoke(main, ["-h"]).output
    assert "Pemakaian:" in shown and "Opsi:" in shown and "Perintah:" in shown, shown
    assert "Usage:" not in shown and "Options:" not in shown


def test_lang_before_the_command_switches_everything(monkeypatch):
    from click.testing import CliRunner

    from scheduler.cli import main

    monkeypatch.delenv("OUTREACH_LANG")
    shown = CliRunner().invoke(main, ["--lang", "en", "-h"])
    assert shown.exit_code == 0, shown.output
    assert "Usage:" in shown.output and "Show this message and exit." in shown.output
    assert "Tampilkan" not in shown.output and "Pemakaian" not in shown.output, shown.output
    check = CliRunner().invoke(
        main, ["--lang", "en", "check", str(ROOT / "inputs/surakarta-2016.xlsx")]
    )
    assert "working days" in check.output, check.output
    # The command's own --lang still wins.
    again = CliRunner().invoke(main, ["--lang", "en", "check", "--lang", "id",
                                      str(ROOT / "inputs/surakarta-2016.xlsx")])  # fmt: skip
    assert "hari kerja" in again.output, again.output
    # And the next run in the same process starts from the setting again.
    plain = CliRunner().invoke(main, ["check", str(ROOT / "inputs/surakarta-2016.xlsx")])
    assert "hari kerja" in plain.output, plain.output


# -- 7. the Indonesian as an office writes it: the glossary is kept ---------------------------


def _glossary() -> list[tuple[str, list[str]]]:
    """(Indonesian term, variant regexes) for each row of docs/GLOSSARY.md's table."""
    out = []
    for line in (ROOT / "docs/GLOSSARY.md").read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in re.split(r"(?<!\\)\|", line.strip().strip("|"))]
        if len(cells) != 5 or cells[0] in ("thing", "---"):
            continue
        variants = [v.replace("\\|", "|") for v in re.findall(r"`([^`]+)`", cells[3])]
        out.append((cells[2], variants))
    return out


def _glossary_variants() -> list[tuple[str, str]]:
    return [(term, v) for term, variants in _glossary() for v in variants]


def _indonesian_texts() -> list[tuple[str, str]]:
    from scheduler.catalogue.help import CLICK_ID, HELP_ID

    texts = [(k, v.id) for k, v in WORDS.items()]
    texts += [(f"help.{k}", v) for k, v in HELP_ID.items()]
    texts += [(f"click.{k}", v) for k, v in CLICK_ID.items()]
    return texts


def test_the_glossary_has_its_terms_and_variants():
    variants = _glossary_variants()
    terms = {term for term, _ in _glossary()}
    for word in ("KTP-el", "batas waktu", "waktu hitung", "alat", "macet", "sasaran"):
        assert any(word in t for t in terms), word
    assert len(variants) >= 12


def test_no_indonesian_text_uses_a_variant_the_glossary_forbids():
    found = []
    for where, text in _indonesian_texts():
        for term, variant in _glossary_variants():
            for line in text.splitlines():
                # Option names and commands are typed as they are: `--kits`, `--deadline`.
                plain = re.sub(r"`[^`]*`|--[\w-]+|\w+=\w+|\{[^}]*\}", "", line)
                if re.search(variant, plain, flags=re.IGNORECASE):
                    found.append(f"{where}: {variant!r} (write {term}): {line.strip()}")
    assert not found, "\n".join(found)


def test_errors_on_an_indonesian_workbook_name_its_own_sheets_keys_and_types(tmp_path):
    from click.testing import CliRunner

    from scheduler.cli import main
    from scheduler.template import build_template

    book = build_template("id")
    for row in book["Pengaturan"].iter_rows():
        if row[0].value == "mulai":
            row[1].value = None
    del book["Alat"]
    book["Lokasi"].cell(row=2, column=3).value = "pasar"
    path = tmp_path / "kampanye.xlsx"
    book.save(path)
    for cell in book["Lokasi"][1]:
        if cell.value == "jumlah":
            cell.value = "orang?"  # the people column is gone
    book.save(tmp_path / "tanpa-jumlah.xlsx")
    result = CliRunner().invoke(main, ["check", str(path), "--lang", "id"])
    assert result.exit_code == 1, result.output
    said = result.output
    assert "kunci mulai" in said and "kunci start" not in said, said
    assert "(kelurahan, sekolah)" in said and "school" not in said, said
    assert "Alat: sheet tidak ada: tambahkan sheet bernama Alat (atau Kits)" in said, said
    no_people = CliRunner().invoke(main, ["check", str(tmp_path / "tanpa-jumlah.xlsx"),
                                          "--lang", "id"]).output  # fmt: skip
    assert "kolom jumlah: tambahkan kolom berjudul jumlah (atau people)" in no_people
    english = CliRunner().invoke(main, ["check", str(path), "--lang", "en"]).output
    assert "key start" in english and "(kelurahan, school)" in english, english
    assert "add a sheet named Kits (or Alat)" in english, english


# -- 10. Windows: patterns, and the README's PowerShell lines ---------------------------------


def test_plan_batch_expands_a_pattern_itself_as_windows_shells_do_not(tmp_path, monkeypatch):
    from scheduler.batch import inputs_of
    from tests.conftest import valid_sheets, write_workbook

    folder = tmp_path / "jateng"
    folder.mkdir()
    for name in ("sragen", "boyolali", "~$sragen", "boyolali-plan"):
        write_workbook(folder / f"{name}.xlsx", valid_sheets())
    (folder / "notes.txt").write_text("x")
    monkeypatch.chdir(tmp_path)
    found = inputs_of((Path("jateng/*.xlsx"),))
    assert [p.name for p in found] == ["boyolali.xlsx", "sragen.xlsx"]
    assert inputs_of((Path("jateng/nothing-*.xlsx"),)) == [Path("jateng/nothing-*.xlsx")]


def test_a_change_letter_calls_a_partial_day_partial():
    """The field letters (scheduler/letters.py) mark a cut-short day with its own status."""
    from scheduler.fieldwork import letters
    from scheduler.plan import ProgressRow

    mon, tue, thu = date(2024, 1, 8), date(2024, 1, 9), date(2024, 1, 11)
    p = problem((site("A", 50), site("B", 50)), kits=2)
    old = [ProgressRow(mon, "K1", "A", 25, 10, "partial"), ProgressRow(mon, "K2", "B", 25, 0,
           "lost"), ProgressRow(tue, "K1", "A", 25), ProgressRow(tue, "K2", "B", 25)]  # fmt: skip
    new = [*old[:2], ProgressRow(thu, "K1", "A", 40), ProgressRow(thu, "K2", "B", 50)]
    made = {x.site.site_id: x for x in letters(p, new, since=tue, previous=old)}
    assert (made["A"].partial, made["A"].lost) == ((mon,), ())
    assert (made["B"].lost, made["B"].partial) == ((mon,), ())

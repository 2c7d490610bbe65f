"""Issue 11: every word the terminal shows comes from one catalogue, in Indonesian (the
default) and English; the main paths read right in both."""

from __future__ import annotations

import re
import string
from datetime import date
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from scheduler.cli import main
from scheduler.messages import MESSAGES, Msg, default_lang, say
from tests.conftest import valid_sheets, write_workbook
from tests.test_replan import plan_v1, report

ROOT = Path(__file__).resolve().parent.parent
SOURCES = sorted((ROOT / "scheduler").rglob("*.py"))


def fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("key", sorted(MESSAGES))
def test_every_message_has_both_languages_with_the_same_values(key):
    indonesian, english = MESSAGES[key]
    assert indonesian.strip() and english.strip()
    assert fields(indonesian) == fields(english), key


def test_every_key_the_code_uses_is_in_the_catalogue():
    used = set()
    for path in SOURCES:
        text = path.read_text(encoding="utf-8")
        used |= set(re.findall(r'(?:_t|Msg|say)\(\s*"([a-z_.]+)"', text))
        used |= {f"fault.{name}" for name in re.findall(r'"fault\.([A-Z_]+)"', text)}
    missing = sorted(k for k in used if k not in MESSAGES)
    assert not missing and len(used) > 100, missing


def test_a_message_is_its_english_text_and_renders_in_either_language():
    m = Msg("not_whole", value="banyak")
    assert m == '"banyak" is not a whole number'
    assert m.render("id") == '"banyak" bukan bilangan bulat'
    assert say("what.site", "id") == "lokasi"


def test_the_language_setting(monkeypatch):
    monkeypatch.delenv("OUTREACH_LANG")
    assert default_lang() == "id"
    monkeypatch.setenv("OUTREACH_LANG", "EN")
    assert default_lang() == "en"
    monkeypatch.setenv("OUTREACH_LANG", "fr")  # not one we speak: the default
    assert default_lang() == "id"


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def test_a_bad_workbook_in_indonesian_and_in_english(tmp_path, monkeypatch):
    monkeypatch.delenv("OUTREACH_LANG")
    sheets = valid_sheets()
    sheets["Sites"][1][4] = "banyak"
    sheets["Settings"][2] = ["deadline", "31-31-2024"]
    path = write_workbook(tmp_path / "bad.xlsx", sheets)
    result = run("plan", str(path), "-o", str(tmp_path / "p.xlsx"))
    assert result.exit_code == 1
    out = result.output
    assert f"{path}: 2 masalah yang harus diperbaiki:" in out
    assert 'Sites baris 2, kolom people: "banyak" bukan bilangan bulat' in out
    assert "kunci deadline:" in out and "bukan tanggal" in out
    assert "jalankan lagi (`outreach check" in out  # what to do next
    english = run("check", str(path), "--lang", "en")
    assert english.exit_code == 1
    assert 'Sites row 2, column people: "banyak" is not a whole number' in english.output
    assert "Fix the cells above, save, and run again" in english.output


def test_a_short_plan_in_indonesian(tmp_path, monkeypatch):
    monkeypatch.delenv("OUTREACH_LANG")
    sheets = valid_sheets()
    sheets["Settings"][2] = ["deadline", "2024-01-08"]
    path = write_workbook(tmp_path / "short.xlsx", sheets)
    result = run("plan", str(path), "-o", str(tmp_path / "p.xlsx"), "--time-limit", "2")
    assert result.exit_code == 3, result.output
    out = result.output
    assert "Menyusun 2 lokasi, 60 orang, 2 alat dalam 1 hari kerja" in out
    assert "orang direncanakan: 40 dari 60" in out
    assert "Tidak semua orang muat sebelum Sen 08/01/2024: 20 orang tertinggal di" in out
    assert "S2 (Kelurahan Bumi): 20 orang;" in out
    assert "  - batas waktu Sel 09/01/2024 (terbukti terkecil)" in out
    assert " people" not in out and "deadline" not in out.replace("--", "")


def test_check_in_both_languages(monkeypatch):
    monkeypatch.delenv("OUTREACH_LANG")
    monkeypatch.chdir(ROOT)
    indonesian = run("check", "inputs/sukoharjo-2022.xlsx")
    assert "hari kerja (Senin-Jumat di luar libur dan hari tutup)" in indonesian.output
    assert "Tanggal selesai paling awal yang mungkin: Rab 02/11/2022" in indonesian.output
    english = run("check", "inputs/sukoharjo-2022.xlsx", "--lang", "en")
    assert "Earliest finish any plan could reach: Wed 02/11/2022" in english.output


def test_a_replan_in_indonesian(tmp_path, monkeypatch):
    plan = plan_v1(tmp_path)
    monkeypatch.delenv("OUTREACH_LANG")
    lost_day = date(2024, 1, 9)
    report(plan, lambda day, kit, site, n: (0, "lost") if day == lost_day else (
        (n, "done") if day < lost_day else None))  # fmt: skip
    out = tmp_path / "v2.xlsx"
    result = run("replan", str(plan), "--today", "2024-01-10", "-o", str(out),
                 "--time-limit", "3")  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "Rencana ditulis ke" in result.output
    assert re.search(r"Versi 2: \d+ lokasi perlu diberi tahu", result.output)
    # A Progress mistake, located, in Indonesian.
    report(plan, lambda day, kit, site, n: ("lima", None) if day == lost_day else None)
    bad = run("replan", str(plan), "--today", "2024-01-10", "-o", str(tmp_path / "v3.xlsx"))
    assert bad.exit_code == 1
    assert 'kolom Recorded: "lima" bukan bilangan bulat' in bad.output


@pytest.mark.parametrize("command", ["plan", "check", "replan", "template", "whatif", "risk",
                                     "plan-batch"])  # fmt: skip
def test_help_in_both_languages_starts_with_an_example(command, monkeypatch):
    monkeypatch.delenv("OUTREACH_LANG")
    indonesian = run(command, "-h").output
    english = run(command, "--lang", "en", "-h").output
    for text, example in ((indonesian, "Contoh:"), (english, "Example:")):
        body = text.split("\n\n")
        assert body[2].strip().startswith(example), body[:3]  # usage, summary, then the example
        assert f"outreach {command} " in body[2]
    assert "Tampilkan bantuan ini lalu keluar." in indonesian
    assert "Show this message and exit." in english
    assert "Bahasa" in indonesian and "Language of" in english


def test_every_option_has_indonesian_help():
    from scheduler.messages import HELP_ID

    for name, command in [("main", main), *main.commands.items()]:
        assert f"cmd.{name}" in HELP_ID, name
        for p in command.params:
            if isinstance(p, click.Option):
                assert f"opt.{name}.{p.name}" in HELP_ID or f"opt.{p.name}" in HELP_ID, p.name


def test_outreach_alone_shows_where_to_start(monkeypatch):
    monkeypatch.delenv("OUTREACH_LANG")
    result = run()
    assert "Mulai di sini:" in result.output and "outreach template kampanye.xlsx" in result.output


def test_every_workbook_word_has_both_languages():
    from scheduler.labels import _WORDS

    for key, (indonesian, english) in _WORDS.items():
        assert indonesian.strip() and english.strip(), key
        assert fields(indonesian) == fields(english), key


def test_indonesian_help_leaves_the_commands_as_they_were(monkeypatch):
    # The command objects are shared by every run in a process (a test suite, a notebook):
    # wording one help in Indonesian must not change what the next run shows.
    monkeypatch.delenv("OUTREACH_LANG")
    assert "Menyusun rencana" in run("plan", "-h").output
    assert "Mulai di sini" in run().output
    assert main.commands["plan"].help.startswith("Plan a campaign")
    # Arguments have no help in every click release (8.1 has none at all).
    helps = [getattr(p, "help", None) for p in main.commands["plan"].params]
    assert all(h is None or "Bahasa" not in h for h in helps)

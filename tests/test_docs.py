"""The documents travel with the code and stay true to it: every sheet, column and settings
key the reader accepts is in docs/WORKBOOKS.md in both languages, README and --help point
there, and every command has help with an example."""

from pathlib import Path

from click.testing import CliRunner

from scheduler.cli import main
from scheduler.reader import COLUMNS, SETTINGS_KEYS, SHEETS

ROOT = Path(__file__).resolve().parent.parent
DOC = (ROOT / "docs" / "WORKBOOKS.md").read_text(encoding="utf-8")


def documented(name: str) -> bool:
    """Backticked, as a name, or (the Progress sheet's headers) capitalised as on the sheet."""
    return f"`{name}`" in DOC or f"`{name.title()}`" in DOC


def test_every_sheet_column_and_key_the_reader_accepts_is_documented_in_both_languages():
    missing = [name for names in SHEETS.values() for name in names if not documented(name)]
    for columns in COLUMNS.values():
        for aliases in columns.values():
            missing += [a for a in aliases if not documented(a)]
    missing += [a for aliases in SETTINGS_KEYS.values() for a in aliases if not documented(a)]
    assert missing == []


def test_readme_and_help_point_to_the_format_in_the_repo():
    assert "(docs/WORKBOOKS.md)" in (ROOT / "README.md").read_text(encoding="utf-8")
    assert "docs/WORKBOOKS.md" in CliRunner().invoke(main, ["--help"]).output


def test_every_command_has_help_with_an_example():
    for name in main.commands:
        text = CliRunner().invoke(main, [name, "--help"]).output
        assert "Example" in text, name
        assert f"`outreach {name}`" in (ROOT / "README.md").read_text(encoding="utf-8"), name

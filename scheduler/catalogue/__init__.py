"""Every word a person reads, in Indonesian (the default) and English, each entry naming both
languages: `terminal` (what the CLI says and its error lists), `workbook` (the words of the
plan's sheets, letters, lists and reports, the re-plan and shortfall reasons, the input
template's notes), `calendar` (day and month names), `help` (`--help` in Indonesian).

`messages.say` and `labels.word` look a key up in all of them; `formats` writes the numbers
and dates that go into them.
"""

from __future__ import annotations

from dataclasses import dataclass

LANGS = ("id", "en")


@dataclass(frozen=True, slots=True)
class Words:
    """One text in both languages."""

    id: str
    en: str

    def of(self, lang: str) -> str:
        """The text in `lang` (Indonesian unless it is English)."""
        return self.en if lang == "en" else self.id

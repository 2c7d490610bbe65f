"""Read an input workbook (docs/WORKBOOKS.md) into a Problem, reporting every mistake at once.

Each mistake names the sheet, the row and the column (or the settings key) and says what is
expected, so a coordinator can fix the workbook without reading code. Headers match without
regard to case, spaces, `_` and `-`, in English or Indonesian.

One module per sheet family (`settings`, `sites` for Rules/Sites/Kits, `days` for
Closures/Reserved, `printing`, `ages`, `plan_file` for a plan's Progress), read through `book`
(the open workbook and its located mistakes) and `cells` (what one cell holds); `sheets` names
the sheets and columns, `guard` refuses what openpyxl should not open.
"""

from scheduler.errors import WorkbookError
from scheduler.reader.guard import PART_LIMIT, TOTAL_LIMIT, inspect_file
from scheduler.reader.plan_file import PlanFile, is_plan, read_plan
from scheduler.reader.problem import read_problem
from scheduler.reader.sheets import (
    ALWAYS_WRITTEN,
    COLUMNS,
    EMBEDDED,
    EMBEDDED_SHEETS,
    INPUT_SHEETS,
    REQUIRED,
    SETTINGS_KEYS,
    SHEETS,
    norm,
)

__all__ = [
    "ALWAYS_WRITTEN",
    "COLUMNS",
    "EMBEDDED",
    "EMBEDDED_SHEETS",
    "INPUT_SHEETS",
    "PART_LIMIT",
    "REQUIRED",
    "SETTINGS_KEYS",
    "SHEETS",
    "TOTAL_LIMIT",
    "PlanFile",
    "WorkbookError",
    "inspect_file",
    "is_plan",
    "norm",
    "read_plan",
    "read_problem",
]

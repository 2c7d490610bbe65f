"""Cells, tables and files: the small pieces every workbook this package writes is made of.

Text is always written as text: a value from an input that starts like a formula (`=`, `+`, `-`,
`@`) never becomes one. Files appear whole or not at all.
"""

from __future__ import annotations

import errno
import io
import os
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import column_index_from_string, get_column_letter
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from scheduler.formats import COUNT_CELL, DATE_CELL, NUMBER_CELLS, number_cell
from scheduler.messages import Msg

HEADER_FILL = PatternFill("solid", fgColor="1F4E78")
HEADER_FONT = Font(bold=True, color="FFFFFF")
SHORT_FILL = PatternFill("solid", fgColor="FCE4D6")
FORMULA_STARTS = ("=", "+", "-", "@")


def localize_numbers(book: Workbook, lang: str) -> Workbook:
    """The book's count and percent cells with the language's separators (`number_cell`):
    once, when a workbook is built, so no writer words a number cell by itself."""
    formats = {f: number_cell(f, lang) for f in NUMBER_CELLS}
    for ws in book.worksheets:
        for cell in ws._cells.values():  # the cells written: iter_rows would make the blanks
            if cell.number_format in formats:
                cell.number_format = formats[cell.number_format]
    return book


def put(ws: Worksheet, row: int, col: int, value: Any) -> Cell:
    """Write one cell; text starting like a formula stays text (no formula injection)."""
    cell = ws.cell(row=row, column=col)
    cell.value = value
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        cell.data_type = "s"
    if isinstance(value, date):
        cell.number_format = DATE_CELL
    elif isinstance(value, int) and not isinstance(value, bool):
        cell.number_format = COUNT_CELL
    return cell


def header_row(ws: Worksheet, row: int, headers: list[str]) -> None:
    for c, h in enumerate(headers, start=1):
        cell = put(ws, row, c, h)
        cell.font, cell.fill = HEADER_FONT, HEADER_FILL
        cell.alignment = Alignment(vertical="center", wrap_text=True)


def table(ws: Worksheet, headers: list[str], rows: list[list[Any]], first_row: int = 1) -> None:
    """A header row and data rows, with filters, a frozen header and fitted widths."""
    header_row(ws, first_row, headers)
    for r, values in enumerate(rows, start=first_row + 1):
        for c, v in enumerate(values, start=1):
            put(ws, r, c, v)
    last = get_column_letter(max(1, len(headers)))
    ws.auto_filter.ref = f"A{first_row}:{last}{first_row + max(1, len(rows))}"
    ws.freeze_panes = ws.cell(row=first_row + 1, column=1)
    fit_widths(ws, headers, rows)


SHEET_TITLE_MAX = 31
_NOT_IN_TITLES = "[]:*?/\\"


def sheet_title(text: str, used: set[str]) -> str:
    """A sheet title Excel accepts, not in `used` (casefolded titles; the new one is added):
    none of []:*?/ and backslash, no apostrophe first or last, 31 characters at most, and
    unique ignoring case (as Excel compares them), with `~2`, `~3`, ... when it would clash."""
    clean = "".join("_" if ch in _NOT_IN_TITLES else ch for ch in text)
    clean = clean.strip("'") or "_"
    title, n = clean[:SHEET_TITLE_MAX].rstrip("'"), 2
    while title.casefold() in used or title.casefold() == "history":  # Excel keeps History
        tail = f"~{n}"
        title = clean[: SHEET_TITLE_MAX - len(tail)].rstrip("'") + tail
        n += 1
    used.add(title.casefold())
    return title


def fit_widths(ws: Worksheet, headers: list[str], rows: list[list[Any]]) -> None:
    """Each column as wide as its longest value, or its header's longest word (headers wrap,
    and the header row is as tall as its longest header needs)."""
    lines = 1
    for c, h in enumerate(headers, start=1):
        longest = max((len(w) for w in str(h).split()), default=0)
        for values in rows[:500]:
            v = values[c - 1] if c - 1 < len(values) else None
            text = "00/00/0000" if isinstance(v, date) else f"{v:,}" if isinstance(v, int) else v
            longest = max(longest, len(str(text or "")))
        width = min(max(longest + 2, 8), 60)
        ws.column_dimensions[get_column_letter(c)].width = width
        lines = max(lines, _lines(str(h), width))
    if lines > 1:
        first = min((cell.row for cell in ws[1] if cell.value is not None), default=1)
        ws.row_dimensions[first].height = 15 * lines


def _longest_word(text: object) -> int:
    return max((len(w) for w in str(text or "").split()), default=0)


def _lines(text: str, width: float) -> int:
    """The lines a text wraps to in a column `width` wide (about one character a unit)."""
    count, line = 1, 0
    for word in text.split():
        if line and line + 1 + len(word) > width - 1:
            count, line = count + 1, len(word)
        else:
            line += len(word) + (1 if line else 0)
    return count


# The widest a sheet's printed columns may be (in column-width units) for its 11 pt text to
# print at 8 pt or more when fitted to the A4 width (measured with LibreOffice 7: 148 units
# printed landscape at 8.2 pt, 128 portrait at 6.6 pt).
READABLE_WIDTH = {False: 104, True: 150}


def readable(ws: Worksheet, landscape: bool, last_column: int | None = None) -> None:
    """Narrow the widest printed columns, their text wrapped and rows made tall enough, so
    that the sheet fitted to the page width prints at about 8 pt or more."""
    last = last_column or ws.max_column
    letters = [get_column_letter(c) for c in range(1, last + 1)]
    widths = {x: ws.column_dimensions[x].width or 8.43 for x in letters}
    limit = READABLE_WIDTH[landscape]
    if sum(widths.values()) <= limit:
        return
    # A column keeps room for its header's longest word (headers wrap between words).
    floor = {x: min(widths[x], _longest_word(ws[f"{x}1"].value) + 2) for x in letters}

    def narrowed_to(cap: float) -> dict[str, float]:
        return {x: max(min(w, cap), floor[x]) for x, w in widths.items()}

    cap = max(widths.values())
    while cap > 10 and sum(narrowed_to(cap).values()) > limit:
        cap -= 1
    narrowed = {x: w for x, w in narrowed_to(cap).items() if w < widths[x]}
    heights: dict[int, int] = {}
    for x, width in narrowed.items():
        ws.column_dimensions[x].width = width
        for cell in ws[x]:
            title = cell.font is not None and (cell.font.sz or 11) > 11  # a heading overflows
            if isinstance(cell.value, str) and len(cell.value) > width - 1 and not title:
                cell.alignment = Alignment(
                    wrap_text=True, vertical="top", horizontal=cell.alignment.horizontal
                )
                heights[cell.row] = max(heights.get(cell.row, 1), _lines(cell.value, width))
    for row, lines in heights.items():
        current = ws.row_dimensions[row].height or 15
        ws.row_dimensions[row].height = max(current, 15 * lines)


def save_atomically(book: Workbook, path: Path, replace: bool = True) -> Path:
    # Built in memory first: a disk that fills up then fails one plain write, instead of
    # leaving openpyxl's zip half-closed (which prints a traceback when it is collected).
    buffer = io.BytesIO()
    book.save(buffer)
    return write_bytes_atomically(buffer.getvalue(), path, replace)


def write_bytes_atomically(data: bytes, path: Path, replace: bool = True) -> Path:
    return _atomically(path, lambda tmp: Path(tmp).write_bytes(data), replace)


def _atomically(path: Path, write: Callable[[str], object], replace: bool = True) -> Path:
    """Write to a temporary file beside `path`, then put it in place whole: a reader sees the
    old file or the new one, never half of one. The file gets the mode the umask gives (a
    temporary file is private), so colleagues on a shared folder can open it.

    Without `replace`, a file that appeared at `path` meanwhile (another run) is kept, and this
    one goes to the first free name beside it (`plan-2.xlsx`, ...). Returns where it went."""
    try:
        return _put(path, write, replace)
    except OSError as e:  # name the file the user asked for, not our temporary one
        raise OSError(e.errno, e.strerror, str(path)) from e


# The disk's limit on a file name's bytes, where it cannot be asked (255 on every common one).
NAME_MAX = 255
# The bytes a temporary name adds to the output's (`.NAME.` + mkstemp's 8 + `.tmp`): a name
# too long for that gets a short temporary name, so any name the disk takes can be written.
_TMP_BYTES = 14


def _put(path: Path, write: Callable[[str], object], replace: bool) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    own = len(os.fsencode(path.name)) + _TMP_BYTES <= _name_max(path.parent)
    prefix = f".{path.name}." if own else ".outreach-"
    fd, tmp = tempfile.mkstemp(prefix=prefix, suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        write(tmp)
        mask = os.umask(0)
        os.umask(mask)
        os.chmod(tmp, 0o666 & ~mask)
        if replace:
            os.replace(tmp, path)
            return path
        target = path
        for n in range(2, 1000):
            if _claim(tmp, target):
                return target
            target = path.with_name(f"{path.stem}-{n}{path.suffix}")
        raise FileExistsError(Msg("save.no_free_name", path=path))
    finally:
        Path(tmp).unlink(missing_ok=True)


def _name_max(folder: Path) -> int:
    try:
        return os.pathconf(folder, "PC_NAME_MAX")
    except (AttributeError, OSError, ValueError):  # Windows, or a folder that says nothing
        return NAME_MAX


def check_writable(folder: Path, names: list[str]) -> None:
    """Raise the OSError writing `names` into `folder` would meet (read-only, no permission,
    a name too long), before any work is done for them."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, probe = tempfile.mkstemp(prefix=".outreach-", suffix=".tmp", dir=folder)
        os.close(fd)
        os.unlink(probe)
    except OSError as e:
        raise OSError(e.errno, e.strerror, str(folder)) from e
    most = _name_max(folder)
    for name in names:
        if len(os.fsencode(name)) > most:
            raise OSError(errno.ENAMETOOLONG, os.strerror(errno.ENAMETOOLONG), str(folder / name))


def _claim(tmp: str, target: Path) -> bool:
    """Put `tmp` at `target` unless a file is there: False if one is. A hard link fails when
    the name is taken, atomically; where links are not supported (FAT USB sticks), an
    exclusive create claims the name first."""
    try:
        os.link(tmp, target)
        return True
    except FileExistsError:
        return False
    except OSError:
        pass
    try:
        os.close(os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY))
    except FileExistsError:
        return False
    os.replace(tmp, target)
    return True


def print_setup(
    ws: Worksheet, region: str, title: str, footer: str, landscape: bool, narrow: bool = True
) -> None:
    """A4, fit to the page width, the header row on every page, region and title in the page
    header, `footer` (page numbers) at the foot; `narrow`: the widest columns narrowed, their
    text wrapped, to print at about 8 pt (`readable`; a form laid out to the page keeps its
    widths)."""
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = "1:1"
    ws.print_options.gridLines = False
    ws.page_margins.left = ws.page_margins.right = 0.4
    if region:  # an empty part would garble the header string
        ws.oddHeader.left.text = _header_text(region)
    ws.oddHeader.right.text = _header_text(title)
    ws.oddFooter.center.text = footer
    area = ws.print_area
    last = None
    if area:  # 'Lokasi'!$A$1:$M$52: up to its last column
        last = column_index_from_string(str(area).split(":")[-1].split("$")[1])
    if narrow:
        readable(ws, landscape, last)


def _header_text(text: str) -> str:
    # '&' starts a code in Excel page headers; a literal one is written '&&'.
    return text.replace("&", "&&")

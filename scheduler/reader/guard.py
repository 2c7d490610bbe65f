"""What a file is, before openpyxl is asked to open it: refused with a located reason when it is
encrypted, an old .xls, or an archive that would inflate past the limits (every workbook is
untrusted)."""

from __future__ import annotations

import zipfile
from pathlib import Path

from defusedxml import ElementTree

from scheduler.errors import InputError, WorkbookError
from scheduler.messages import Msg

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


def format_of(path: Path) -> Msg:
    """What a file that is not an .xlsx workbook is, as its owner knows it."""
    kind = {".ods": "format.ods", ".csv": "format.csv"}.get(path.suffix.lower(), "format.other")
    return Msg(kind)

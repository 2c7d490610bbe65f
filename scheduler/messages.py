"""What the tool says to a person in the terminal and in its error lists, in Indonesian (the
default) and English: one catalogue of keys, each with both wordings.

A message is made where the fact is known (`Msg("not_whole", value=...)`) and worded where it
is shown (`msg.render(lang)`). `Msg` is a `str` holding the English wording, so code and tests
that compare or print a message keep working unchanged.
"""

from __future__ import annotations

import os
import string
from collections.abc import Sequence
from datetime import date
from typing import Any, TypeVar

T = TypeVar("T")

LANGS = ("id", "en")
# Site type names as an Indonesian office writes them (the rest are the same in both).
TYPE_NAMES = {"school": "sekolah"}
LANG_ENV = "OUTREACH_LANG"  # an office sets its language once: OUTREACH_LANG=en


def default_lang() -> str:
    """The language when no --lang is given: $OUTREACH_LANG if it names one, else Indonesian."""
    value = os.environ.get(LANG_ENV, "").strip().lower()
    return value if value in LANGS else "id"


class Msg(str):
    """A message by key and values; as a `str`, its English wording."""

    key: str
    params: dict[str, Any]

    def __new__(cls, key: str, /, **params: Any) -> Msg:
        self = super().__new__(cls, say(key, "en", **params))
        self.key, self.params = key, params
        return self

    def render(self, lang: str) -> str:
        return say(self.key, lang, **self.params)


class Both(str):
    """A value worded in each language (day names: Sen-Jum, Mon-Fri); as a `str`, English."""

    indonesian: str

    def __new__(cls, indonesian: str, english: str) -> Both:
        self = super().__new__(cls, english)
        self.indonesian = indonesian
        return self

    def render(self, lang: str) -> str:
        return str(self) if lang == "en" else self.indonesian


def say(key: str, lang: str, /, **params: Any) -> str:
    """The message `key` in `lang`, its values filled in (values that are messages too are
    worded in the same language)."""
    indonesian, english = MESSAGES[key]
    text = english if lang == "en" else indonesian
    worded = {k: _value(v, lang) for k, v in params.items()}
    return fill(text, lang, **worded) if worded else text


class _Numbers(string.Formatter):
    """`str.format` with numbers written as the language writes them: a field's `{n:,}`,
    `{s:.1f}` or `{p:.1%}` gives 9.320, 14,8 and 52,8% in Indonesian (9,320, 14.8, 52.8%
    in English), so no template can put an English number in Indonesian text."""

    def __init__(self, lang: str) -> None:
        self.lang = lang

    def format_field(self, value: Any, format_spec: str) -> str:
        text = format(value, format_spec)
        if self.lang == "id" and isinstance(value, int | float) and not isinstance(value, bool):
            text = text.translate(_SWAP)
        return text


_SWAP = str.maketrans(",.", ".,")


def fill(template: str, lang: str, /, **values: Any) -> str:
    """A catalogue template with its values, numbers in the language's way (`_Numbers`)."""
    return _Numbers(lang).format(template, **values)


def _value(value: Any, lang: str) -> Any:
    """A message's value as a person reads it: messages in the language, dates as
    `Sen 12/09/2022` (`Mon 12/09/2022`)."""
    if isinstance(value, str):
        return render(value, lang)
    if isinstance(value, date):
        return day_text(value, lang)
    return value


def day_text(day: date, lang: str) -> str:
    """`Sen 12/09/2022`: a date a person reads, with its weekday and year."""
    from scheduler.dates import DAY_ABBR  # dates.py words its errors with this module

    return f"{DAY_ABBR[lang][day.weekday()]} {day:%d/%m/%Y}"


def number(x: float, lang: str) -> str:
    """A count as the language writes it: 9.320 in Indonesian, 9,320 in English."""
    return fill("{x:,.0f}", lang, x=x)


def decimal(x: float, lang: str, digits: int = 1) -> str:
    """Seconds or a mean as the language writes them: 14,8 in Indonesian, 14.8 in English."""
    return fill("{x:,.{digits}f}", lang, x=x, digits=digits)


def percent(x: float, lang: str, digits: int = 1) -> str:
    """A share as the language writes it: 52,8% in Indonesian, 52.8% in English."""
    return fill("{x:.{digits}%}", lang, x=x, digits=digits)


# The lines of one list a person reads in the terminal (errors, warnings); the rest are
# counted, so 200,000 bad rows are a screenful and a count, not 20 MB.
LIST_MOST = 50


def capped(items: Sequence[T], lang: str, most: int = LIST_MOST) -> tuple[Sequence[T], str]:
    """The first `most` items, and the line that counts the rest ("" when none are left)."""
    if len(items) <= most:
        return items, ""
    return items[:most], say("list.more", lang, n=number(len(items) - most, lang))


def argument(path: object) -> str:
    """A path as it is typed in a suggested command: in double quotes when it holds a space
    or a character a shell reads; PowerShell, cmd and bash all take "C:\\Data Kampanye\\x.xlsx"."""
    text = str(path)
    plain = text and all(ch.isalnum() or ch in "._-/\\:" for ch in text)
    return text if plain else f'"{text}"'


def message_of(error: Exception) -> str:
    """An error's message as it was made (a `Msg`, worded where it is shown), else its text."""
    first = error.args[0] if error.args else ""
    return first if isinstance(first, str) else str(error)


def render(text: str, lang: str) -> str:
    """A message's wording in `lang`; plain text (a value, a name) stays as it is."""
    return text.render(lang) if isinstance(text, Msg | Both) else text


MESSAGES: dict[str, tuple[str, str]] = {
    # -- where a mistake is ---------------------------------------------------------------------
    "at.row": ("{sheet} baris {row}", "{sheet} row {row}"),
    "at.column": ("kolom {column}", "column {column}"),
    "at.key": ("kunci {key}", "key {key}"),
    "errors.head": (
        "{path}: {count} masalah yang harus diperbaiki:",
        "{path}: {count} problem(s) to fix:",
    ),
    "list.more": (
        "... dan {n} lainnya",
        "... and {n} more",
    ),
    "errors.next": (
        "Perbaiki sel-sel di atas, simpan, lalu jalankan lagi (`outreach check {arg}` memeriksa "
        "tanpa menyusun rencana).",
        "Fix the cells above, save, and run again (`outreach check {arg}` checks without "
        "planning).",
    ),
    "ages.site": (
        'lokasi "{site}" tidak ada di sheet Lokasi; tulis id lokasi seperti di sana',
        'site "{site}" is not on the Sites sheet; write the site id as it is there',
    ),
    "ages.age": ("tulis 16 atau 17", "write 16 or 17"),
    # -- name lists (scheduler/lists.py): never a name, a NIK or a birth date in a message ----
    "lists.none": (
        "tidak ada daftar nama (.csv atau .xlsx) di sana; sebutkan berkasnya atau foldernya",
        "no name list (.csv or .xlsx) there; name the files or their folder",
    ),
    "lists.rows": ("baris {rows} ({count} baris): {what}", "rows {rows} ({count} rows): {what}"),
    "lists.next": (
        "Perbaiki baris-baris di atas di daftarnya (atau minta sekolah atau kelurahan "
        "memperbaikinya), simpan, lalu jalankan lagi.",
        "Fix the rows above in the lists (or ask the school or kelurahan to), save, and run again.",
    ),
    "lists.not_a_list": (
        "bukan daftar nama; simpan sebagai .csv atau .xlsx",
        "not a name list; save it as .csv or .xlsx",
    ),
    "lists.unreadable": (
        "tidak dapat dibaca ({what}); buka dan simpan lagi sebagai .csv (UTF-8) atau .xlsx",
        "cannot be read ({what}); open it and save it again as .csv (UTF-8) or .xlsx",
    ),
    "lists.extra_cells": (
        "lebih banyak sel daripada baris judul; hapus pemisah yang berlebih, atau beri tanda "
        'kutip pada sel yang berisi pemisah ("Jl. Mawar; No. 5")',
        "more cells than the header row; remove the extra separator, or put quotes around a "
        'cell that holds one ("Jl. Mawar; No. 5")',
    ),
    "lists.too_many_rows": (
        "lebih dari {limit:,} baris; bagi daftar per sekolah atau per kelurahan",
        "more than {limit:,} rows; split the list per school or per kelurahan",
    ),
    "lists.too_big": (
        "berkas {size:,} MiB, batasnya {limit} MiB; bagi daftar per sekolah atau per kelurahan",
        "the file is {size:,} MiB, the limit {limit} MiB; split the list per school or kelurahan",
    ),
    "lists.no_columns": (
        "tidak ada kolom nama atau NIK di baris judul (baris 1); beri judul kolom `nama` dan "
        "`nik` (docs/WORKBOOKS.md, Daftar nama)",
        "no name or NIK column in the header row (row 1); head the columns `name` and `nik` "
        "(docs/WORKBOOKS.md, Name lists)",
    ),
    "lists.no_birth_column": (
        "tidak ada kolom tanggal lahir atau NIK; umur tidak bisa diperiksa: tambahkan kolom "
        "`tanggal_lahir`",
        "no date of birth or NIK column; ages cannot be checked: add a `date_of_birth` column",
    ),
    "lists.no_one": (
        "nama dan NIK kosong; isi salah satu atau hapus barisnya",
        "name and NIK are both empty; fill one or delete the row",
    ),
    "lists.no_birth": (
        "tanggal lahir kosong atau bukan tanggal, dan NIK tidak ada untuk menggantinya; tulis "
        "DD/MM/YYYY atau YYYY-MM-DD",
        "the date of birth is empty or not a date, and there is no NIK to take it from; write "
        "DD/MM/YYYY or YYYY-MM-DD",
    ),
    "lists.birth_from_nik": (
        "tanggal lahir bukan tanggal; dibaca dari NIK (periksa barisnya)",
        "the date of birth is not a date; taken from the NIK (check the row)",
    ),
    "lists.odd_birth": (
        "tanggal lahir sebelum 1900 atau sesudah awal kampanye; periksa tanggalnya",
        "the date of birth is before 1900 or after the campaign's start; check the date",
    ),
    "lists.nik_bad": (
        "NIK bukan 16 angka; dibaca tanpa NIK (tidak dicocokkan dengan yang sudah terekam)",
        "the NIK is not 16 digits; read without it (not matched against those recorded)",
    ),
    "lists.nik_number": (
        "NIK tersimpan sebagai angka: Excel hanya menyimpan 15 angka, angka terakhir bisa "
        "hilang; format kolom sebagai Teks lalu tempel NIK lagi",
        "the NIK is saved as a number: Excel keeps 15 digits, the last may be lost; format the "
        "column as Text and paste the NIKs again",
    ),
    "lists.sex": (
        "jenis kelamin bukan L atau P; dibaca tanpa jenis kelamin",
        "sex is not L or P (M or F); read without it",
    ),
    "lists.no_site": (
        "lokasi kosong; tulis NPSN, id lokasi, atau nama sekolah atau kelurahan",
        "the site is empty; write the NPSN, site id, or the school's or kelurahan's name",
    ),
    "lists.unknown_npsn": (
        'NPSN "{npsn}" tidak ada di catatan sheet Lokasi (tulis "NPSN {npsn}" di catatan '
        "sekolahnya)",
        'NPSN "{npsn}" is in no site\'s notes on the Sites sheet (write "NPSN {npsn}" in the '
        "school's notes)",
    ),
    "lists.unknown_site_id": (
        'id lokasi "{site}" tidak ada di sheet Lokasi; yang paling mirip: {near}',
        'site id "{site}" is not on the Sites sheet; the nearest: {near}',
    ),
    "lists.unknown_site": (
        'lokasi "{site}" tidak ada di sheet Lokasi; yang paling mirip: {near}. Tulis namanya '
        "seperti di sheet Lokasi, atau id lokasinya",
        'site "{site}" is not on the Sites sheet; the nearest: {near}. Write its name as the '
        "Sites sheet does, or its site id",
    ),
    "lists.ambiguous_site": (
        '"{site}" adalah nama lebih dari satu lokasi ({ids}); tulis id lokasinya',
        '"{site}" names more than one site ({ids}); write its site id',
    ),
    "lists.file_site": (
        "daftar tanpa kolom lokasi dibaca untuk lokasi yang bernama seperti berkasnya, tetapi: "
        "{why}. Tambahkan kolom `npsn` atau `id_lokasi`, atau beri nama berkas dengan id lokasi",
        "a list without a site column is read for the site its file is named after, but: "
        "{why}. Add an `npsn` or `site_id` column, or name the file after the site id",
    ),
    "usage.vote_day": (
        "--vote-day menghitung dari daftar nama: beri juga --lists",
        "--vote-day counts from name lists: give --lists too",
    ),
    "usage.region_code": (
        'kode wilayah "{value}" bukan 4 angka (3311 untuk Kabupaten Sukoharjo)',
        'region code "{value}" is not 4 digits (3311 for Kabupaten Sukoharjo)',
    ),
    "lists.read": (
        "Daftar nama: {rows} baris di {files} berkas untuk {sites} lokasi; {recorded} NIK sudah "
        "terekam",
        "Name lists: {rows} rows in {files} files for {sites} sites; {recorded} NIKs already "
        "recorded",
    ),
    "lists.counts": (
        "  {dup} tercatat dua kali, {rec} sudah terekam, {young} belum 16 tahun sampai hari "
        "terakhir lokasinya; {to_plan} direncanakan (diketik {typed})",
        "  {dup} listed twice, {rec} already recorded, {young} not 16 by their site's last "
        "day; {to_plan} to plan (typed {typed})",
    ),
    "lists.later": (
        "  {n} berumur 16 sesudah hari pertama lokasinya ({first} - {last}): tidak "
        "direncanakan dalam kunjungan ini, dihitung untuk layanan berikutnya (kantor, Car Free "
        "Day, kunjungan kedua)",
        "  {n} turn 16 after their site's first day ({first} - {last}): not planned on this "
        "visit, counted for a later service (the office, Car Free Day, a second visit)",
    ),
    "lists.unlisted": (
        "  {n} lokasi tanpa daftar ({ids}): jumlah yang diketik tetap dipakai ({typed} orang)",
        "  {n} site(s) have no list ({ids}): their typed counts are kept ({typed} people)",
    ),
    "lists.waits": (
        "  {sites} lokasi menunggu ulang tahun ke-16 (--wait-for-16): dikunjungi mulai "
        "{first} - {last}, {n} orang yang berumur 16 sesudah hari pertama lokasi ikut direncanakan",
        "  {sites} site(s) wait for 16th birthdays (--wait-for-16): visited from {first} - {last}, "
        "so {n} people who turn 16 after the site's first possible day are planned too",
    ),
    "lists.flags": (
        "  periksa (tetap dihitung): {mismatch} NIK tidak cocok dengan tanggal lahir atau jenis "
        "kelamin, {elsewhere} NIK dari luar wilayah {code}",
        "  to check (still counted): {mismatch} NIKs not matching the date of birth or sex, "
        "{elsewhere} NIKs of another region than {code}",
    ),
    "lists.warning_one": (
        "  - {file} baris {rows}, kolom {column}: {text}",
        "  - {file} row {rows}, column {column}: {text}",
    ),
    "lists.warning": (
        "  - {file} baris {rows} ({count} baris), kolom {column}: {text}",
        "  - {file} rows {rows} ({count} rows), column {column}: {text}",
    ),
    "lists.written": (
        "Rekonsiliasi ditulis ke {out} (jumlah dan nomor baris saja, tanpa nama atau NIK)",
        "Reconciliation written to {out} (counts and row numbers only, no names or NIKs)",
    ),
    "lists.sites_written": (
        "Workbook input baru dengan jumlah yang direncanakan ditulis ke {out}",
        "A new input workbook with the counts to plan written to {out}",
    ),
    "lists.cards": (
        "KTP yang menunggu ulang tahun ke-17 pemiliknya: {n}, yang terakhir {day}",
        "Cards waiting for their holders' 17th birthdays: {n}, the last on {day}",
    ),
    "lists.cards_late": (
        "  {n} di antaranya berumur 17 sesudah target cetak {target}: KTP mereka tidak bisa "
        "dicetak sebelum target, berapa pun blangkonya",
        "  {n} of them turn 17 after the print target {target}: their cards cannot be printed "
        "by then, whatever the blanks",
    ),
    "lists.vote": (
        "Berumur 17 pada {day} dan terekam sebelumnya menurut rencana ini: {n} dari {planned} "
        "yang direncanakan",
        "17 by {day} and recorded before it in this plan: {n} of the {planned} planned",
    ),
    "forget.none": (
        "tidak ada daftar nama di sana (berkas .csv atau .xlsx dengan kolom NIK, atau nama dan "
        "tanggal lahir) dan tidak ada berkas bernama dari `outreach letters --lists`",
        "no name list there (a .csv or .xlsx file with a NIK column, or name and date of birth) "
        "and no by-name file from `outreach letters --lists`",
    ),
    "forget.dry": (
        "{n} berkas data pribadi di atas akan dihapus; jalankan lagi dengan --yes untuk "
        "menghapusnya",
        "{n} personal-data files above would be removed; run again with --yes to remove them",
    ),
    "forget.done": (
        "{n} berkas data pribadi dihapus pada {day}; kosongkan juga Recycle Bin dan cadangan",
        "{n} personal-data files removed on {day}; empty the recycle bin and backups too",
    ),
    "errors.next_file": (
        "Perbaiki berkasnya seperti di atas, lalu jalankan lagi.",
        "Fix the file as above, and run again.",
    ),
    # -- the file --------------------------------------------------------------------------------
    "file": ("berkas", "file"),
    "no_such_file": (
        "berkas tidak ditemukan; periksa nama dan foldernya",
        "no such file; check its name and folder",
    ),
    "not_xlsx": (
        "bukan workbook Excel .xlsx ({what}): buka di LibreOffice atau Excel, pilih Simpan "
        "Sebagai, jenis Excel 2007-365 (.xlsx), lalu jalankan lagi dengan berkas .xlsx itu; "
        "semua sheet, Realisasi juga, ikut tersimpan",
        "not an Excel .xlsx workbook ({what}): open it in LibreOffice or Excel, Save As type "
        "Excel 2007-365 (.xlsx), and run again on that .xlsx file; every sheet, Progress too, "
        "is kept",
    ),
    "format.ods": ("lembar kerja OpenDocument .ods", "an OpenDocument .ods spreadsheet"),
    "format.csv": ("teks CSV, satu sheet saja", "CSV text, one sheet only"),
    "format.other": (
        "isinya bukan workbook .xlsx: rusak, atau disimpan dalam format lain",
        "its content is not an .xlsx workbook: damaged, or saved in another format",
    ),
    "usage.not_xlsx_out": (
        "{path}: yang ditulis adalah workbook .xlsx; beri nama berakhiran .xlsx, misalnya "
        "{suggest}",
        "{path}: what is written is an .xlsx workbook; give a name ending in .xlsx, e.g. {suggest}",
    ),
    "encrypted": (
        "workbook dilindungi kata sandi (terenkripsi): buka di Excel atau LibreOffice, hapus "
        "kata sandinya, simpan, lalu jalankan lagi",
        "the workbook is password-protected (encrypted): open it in Excel or LibreOffice, "
        "remove the password, save it, and run again",
    ),
    "old_xls": (
        "workbook Excel lama (.xls): buka lalu simpan sebagai .xlsx",
        "an old Excel .xls workbook: open it and save it as .xlsx",
    ),
    "part_too_big": (
        "{what} berukuran {size:,} MB setelah dibuka; bagian workbook kampanye di bawah "
        "{limit} MB: hapus yang tidak perlu (komentar atau gambar besar?) atau susun ulang dari "
        "`outreach template`",
        "{what} is {size:,} MB unpacked; a campaign workbook's parts are under {limit} MB: "
        "remove what does not belong (a huge comment or picture?) or rebuild it from "
        "`outreach template`",
    ),
    "sheet_named": ("sheet {name}", "sheet {name}"),
    "book_too_big": (
        "workbook berukuran {size:,} MB setelah dibuka; workbook kampanye di bawah {limit} MB: "
        "pecah per wilayah (`outreach plan-batch`) atau susun ulang",
        "the workbook unpacks to {size:,} MB; a campaign workbook is under {limit} MB: split it "
        "(`outreach plan-batch`) or rebuild it",
    ),
    "not_a_plan": (
        "bukan workbook rencana (tidak ada sheet Input tersembunyi); berikan rencana yang ditulis "
        "`outreach plan` atau `outreach replan`",
        "not a plan workbook (it has no hidden Input sheets); give the plan that "
        "`outreach plan` or `outreach replan` wrote",
    ),
    # -- sheets and columns ----------------------------------------------------------------------
    "missing_sheet": (
        "sheet tidak ada: tambahkan sheet bernama {name} (atau {other}); workbook ini berisi: "
        "{present}",
        "missing sheet: add a sheet named {name} (or {other}); the workbook has: {present}",
    ),
    "missing_column": (
        "tambahkan kolom berjudul {name}{alias} di baris 1",
        "add a column headed {name}{alias} in row 1",
    ),
    "or_alias": (" (atau {alias})", " (or {alias})"),
    "required": ("kosong; kolom ini wajib diisi", "is empty; this column is required"),
    "people_empty": (
        "kosong; tulis berapa orang yang masih harus direkam",
        "is empty; write how many people are still to record",
    ),
    "no_saved_value": (
        "berisi rumus tanpa nilai tersimpan (workbook ditulis program yang tidak menghitung): "
        "buka di Excel atau LibreOffice lalu simpan, atau ketik nilainya",
        "is a formula with no saved value (the workbook was written by a program that does "
        "not calculate): open it in Excel or LibreOffice and save it, or type the value",
    ),
    "id_again": (
        '"{given}" dipakai lagi (pertama di baris {row}); setiap {what} perlu ID sendiri',
        '"{given}" is used again (first in row {row}); each {what} needs its own id',
    ),
    "id_clash": (
        '"{given}" sama dengan ID "{first}" di baris {row}, hanya ditulis berbeda (ID dibedakan '
        "tanpa melihat huruf besar/kecil dan spasi); beri setiap {what} ID sendiri",
        '"{given}" is the same id as "{first}" in row {row}, written differently (ids are told '
        "apart ignoring case and spaces); give each {what} its own id",
    ),
    "what.site": ("lokasi", "site"),
    "what.kit": ("alat", "kit"),
    "no_sites": (
        "tidak ada lokasi: tambahkan satu baris per tempat yang dikunjungi",
        "no sites: add one row per place to visit",
    ),
    "no_kits": (
        "tidak ada alat: tambahkan satu baris per alat perekaman (kit_id K1, K2, ...)",
        "no kits: add one row per recording kit (kit_id K1, K2, ...)",
    ),
    # -- settings --------------------------------------------------------------------------------
    "key_twice": (
        "kunci {key} sudah ada di baris {first}: hapus salah satu (yang mana yang berlaku tidak "
        "jelas)",
        "key {key} is given already in row {first}: delete one (which one holds is not clear)",
    ),
    "plan.sheet_missing": (
        "sheet tersembunyi {sheet} tidak ada, padahal rencana disusun dengannya: masukannya "
        "tidak bisa dibaca kembali; pakai berkas rencana seperti yang ditulis `outreach plan`, "
        "atau susun ulang dari workbook masukan",
        "the hidden sheet {sheet} is missing, though the plan was made with it: its inputs "
        "cannot be read back; use the plan file as `outreach plan` wrote it, or plan afresh "
        "from the input workbook",
    ),
    "plan.column_missing": (
        "kolom {column} tidak ada di sheet tersembunyi {sheet}, padahal rencana disusun "
        "dengannya; pakai berkas rencana seperti yang ditulis `outreach plan`",
        "column {column} is missing from the hidden sheet {sheet}, though the plan was made "
        "with it; use the plan file as `outreach plan` wrote it",
    ),
    "plan.rows_changed": (
        "sheet tersembunyi {sheet} berisi {found} baris, padahal rencana disusun dengan {wrote}; "
        "pakai berkas rencana seperti yang ditulis `outreach plan`",
        "the hidden sheet {sheet} has {found} rows, though the plan was made with {wrote}; use "
        "the plan file as `outreach plan` wrote it",
    ),
    "plan.value_missing": (
        "kunci {name} kosong di sheet tersembunyi, padahal rencana disusun dengan sebuah nilai; "
        "pakai berkas rencana seperti yang ditulis `outreach plan`",
        "key {name} is empty in the hidden sheet, though the plan was made with a value; use "
        "the plan file as `outreach plan` wrote it",
    ),
    "unknown_key": (
        'kunci "{key}" tidak dikenal; kunci yang dikenal: {known}',
        'unknown key "{key}"; known keys: {known}',
    ),
    "key_missing": (
        "kunci {name} tidak ada atau kosong: tambahkan baris `{name}` dengan tanggal "
        "(YYYY-MM-DD) di kolom B",
        "key {name} is missing or empty: add a row `{name}` with a date (YYYY-MM-DD) in column B",
    ),
    "unknown_country": (
        '"{country}" bukan kode negara yang dikenal daftar hari libur; pakai ID (Indonesia) '
        "atau none",
        '"{country}" is not a country code the holidays list knows; use ID (Indonesia) or none',
    ),
    "deadline_before_start": (
        "batas waktu {deadline} sebelum tanggal mulai {start}",
        "deadline {deadline} is before start {start}",
    ),
    # -- rules, sites, kits ----------------------------------------------------------------------
    "type_twice": (
        'jenis "{name}" sudah punya aturan; satu baris per jenis',
        'type "{name}" has a rule already; keep one row per type',
    ),
    "kits_order": (
        "max_kits {hi} lebih kecil dari min_kits {lo}",
        "max_kits {hi} is less than min_kits {lo}",
    ),
    "unknown_type": (
        '"{value}" bukan jenis yang dikenal ({known}); pakai salah satunya atau tambahkan '
        "barisnya di sheet Aturan",
        '"{value}" is not a known type ({known}); use one of them or add a row for it on the '
        "Rules sheet",
    ),
    "latest_before_earliest": (
        "{latest} sebelum tanggal paling awal {earliest}",
        "{latest} is before the earliest date {earliest}",
    ),
    "no_day": (
        "lokasi {site} tidak punya hari kunjungan: antara {lo} dan {hi} tidak ada hari kerja "
        "pada hari yang diizinkan jenisnya ({days}) di luar hari tutupnya; perlebar "
        "earliest/latest atau hari jenisnya",
        "site {site} has no day it may be visited: between {lo} and {hi} no working day falls "
        "on its type's weekdays ({days}) outside its closed days; widen earliest/latest or "
        "its type's weekdays",
    ),
    # -- printing --------------------------------------------------------------------------------
    "print.item": (
        '"{value}" bukan butir cetak; tulis salah satu dari: {known}',
        '"{value}" is not a printing item; write one of: {known}',
    ),
    "print.once": (
        "{item} sudah ada di baris {row}; tulis sekali saja",
        "{item} is given already in row {row}; give it once",
    ),
    "print.delivery_early": (
        "kiriman {day} sebelum kampanye mulai ({start}); hitung blangko yang sudah ada sebagai "
        "stok, atau perbaiki tanggalnya",
        "delivery {day} is before the campaign starts ({start}); count blanks already here as "
        "stock, or correct the date",
    ),
    "print.class": (
        'kelas cetak "{value}" tidak dikenal; urutannya: {known} (tambahkan baris kelas untuk '
        "kelas sendiri)",
        'print class "{value}" is unknown; the order is: {known} (add a class row for a class '
        "of your own)",
    ),
    "print.no_rate": (
        "tidak ada baris kapasitas: tulis berapa KTP dicetak per hari kerja (butir kapasitas, "
        "kolom jumlah), atau hapus sheet ini",
        "no rate row: write how many cards are printed a working day (item rate, column "
        "count), or delete this sheet",
    ),
    # -- progress --------------------------------------------------------------------------------
    "unknown_kit": (
        'alat "{kit}" tidak ada di sheet Alat rencana ini',
        'kit "{kit}" is not on the Kits sheet of this plan',
    ),
    "unknown_site": (
        'lokasi "{site}" tidak ada di sheet Lokasi rencana ini',
        'site "{site}" is not on the Sites sheet of this plan',
    ),
    "not_past": (
        "{day} tidak sebelum --today {today}: hanya hari yang sudah lewat yang bisa dilaporkan; "
        "kosongkan sel atau susun ulang dengan --today yang lebih akhir",
        "{day} is not before --today {today}: only past days can be reported; clear the cell "
        "or re-plan with a later --today",
    ),
    # -- values ----------------------------------------------------------------------------------
    "not_whole": ('"{value}" bukan bilangan bulat', '"{value}" is not a whole number'),
    "negative": (
        "{n} negatif; tulis bilangan bulat >= 0",
        "{n} is negative; write a whole number >= 0",
    ),
    "not_chance": (
        '"{value}" bukan peluang; tulis 0.2 atau 20%',
        '"{value}" is not a chance; write 0.2 or 20%',
    ),
    "chance_range": (
        '"{value}" bukan peluang antara 0 dan 1 (0% dan 100%)',
        '"{value}" is not a chance between 0 and 1 (0% and 100%)',
    ),
    "turnout_zero": (
        "kehadiran 0 berarti tidak ada yang datang; tulis bagian di atas 0, misalnya 0.95",
        "a turnout of 0 means nobody comes; write a share above 0, e.g. 0.95",
    ),
    "at_least_one": ("{n} harus paling sedikit 1", "{n} must be at least 1"),
    "not_priority": (
        "{n} bukan prioritas; tulis 1 (terendah) sampai 5 (tertinggi)",
        "{n} is not a priority; write 1 (lowest) to 5 (highest)",
    ),
    "not_status": (
        '"{value}" bukan status; tulis selesai (done), sebagian (partial) atau batal (lost)',
        '"{value}" is not a status; write done (selesai), partial (sebagian) or lost (batal)',
    ),
    "not_network": (
        '"{value}" bukan jaringan; tulis lancar (good) atau tersendat (poor)',
        '"{value}" is not a network; write good (lancar) or poor (tersendat)',
    ),
    "not_date_or_weekday": (
        '"{value}" bukan tanggal, rentang a..b, atau nama hari seperti Jumat atau Fri',
        '"{value}" is not a date, a range a..b, or a weekday such as Fri or Jumat',
    ),
    "not_date": (
        '"{value}" bukan tanggal (tulis YYYY-MM-DD atau DD/MM/YYYY)',
        '"{value}" is not a date (write YYYY-MM-DD or DD/MM/YYYY)',
    ),
    "not_real_date": ('"{value}" bukan tanggal yang ada', '"{value}" is not a real date'),
    "not_date_list": (
        '"{value}" bukan tanggal atau rentang seperti 2022-12-05..2022-12-10',
        '"{value}" is not a date or a range like 2022-12-05..2022-12-10',
    ),
    "range_backwards": (
        '"{value}": rentang berakhir sebelum mulai',
        '"{value}": the range ends before it starts',
    ),
    "not_day_name": (
        '"{value}" bukan nama hari (Sen..Min atau Mon..Sun)',
        '"{value}" is not a day name (Mon..Sun or Sen..Min)',
    ),
    "no_days": (
        "tidak ada hari (tulis misalnya Sen-Jum atau Mon-Fri)",
        "no days given (write e.g. Mon-Fri or Sen-Rab)",
    ),
    "not_day_range": (
        '"{value}" bukan hari atau rentang hari seperti Sen-Jum',
        '"{value}" is not a day or a range of days like Mon-Fri',
    ),
    # -- the terminal: faults and stops ---------------------------------------------------------
    "fault.write": (
        "Tidak bisa membaca atau menulis{where}: {what}.",
        "Could not read or write{where}: {what}.",
    ),
    "fault.ENOSPC": (
        "disk penuh: kosongkan sebagian ruang, atau tulis ke tempat lain dengan -o",
        "the disk is full: free some space, or write elsewhere with -o",
    ),
    "fault.EDQUOT": (
        "kuota disk habis: kosongkan sebagian ruang, atau tulis ke tempat lain dengan -o",
        "the disk quota is used up: free some space, or write elsewhere with -o",
    ),
    "fault.EACCES": (
        "tidak ada izin: pilih folder yang boleh ditulisi (-o), atau minta akses",
        "no permission: choose a folder you may write to (-o), or ask for access",
    ),
    "fault.EPERM": (
        "tidak diizinkan: pilih folder yang boleh ditulisi (-o), atau minta akses",
        "not permitted: choose a folder you may write to (-o), or ask for access",
    ),
    "fault.EROFS": (
        "folder hanya-baca (flashdisk terkunci?): tulis ke tempat lain dengan -o",
        "the folder is read-only (a locked USB stick?): write elsewhere with -o",
    ),
    "fault.ENAMETOOLONG": (
        "path terlalu panjang: pilih path -o yang lebih pendek",
        "the path is too long: choose a shorter -o path",
    ),
    "fault.EBUSY": (
        "berkas sedang dibuka program lain (Excel?): tutup lalu jalankan lagi",
        "another program holds the file (Excel?): close it and run again",
    ),
    "fault.ENOENT": (
        "berkas atau folder tidak ada: periksa path-nya",
        "no such file or folder: check the path",
    ),
    "fault.EISDIR": ("itu folder: berikan nama berkas", "that is a folder: give a file name"),
    "fault.terminal": (
        "Yang dicetak perintah ini tidak bisa ditulis ke keluarannya (stdout: disk penuh?); "
        "berkas yang ditulisnya tidak terpengaruh.",
        "What this command prints could not be written to its output (stdout: a full disk?); "
        "the files it writes are not affected.",
    ),
    "fault.memory": (
        "Memori habis: kampanye terlalu besar untuk komputer ini; pecah per wilayah dan pakai "
        "`outreach plan-batch`.",
        "Out of memory: the campaign is too large for this computer; split it by region and "
        "use `outreach plan-batch`.",
    ),
    "fault.bug": (
        "Kesalahan internal ({what}). Ini bug: laporkan bersama workbook-nya; jalankan lagi "
        "dengan --debug untuk rinciannya.",
        "Internal error ({what}). This is a bug: please report it with the workbook; rerun "
        "with --debug for the details.",
    ),
    "stopped.nothing": ("Dihentikan; tidak ada yang ditulis.", "Stopped; nothing was written."),
    "stopping.nothing": (
        "\nMenghentikan: tidak ada yang akan ditulis. Tekan Ctrl-C sekali lagi untuk langsung "
        "keluar.",
        "\nStopping: nothing will be written. Press Ctrl-C again to quit at once.",
    ),
    "stopping": (
        "\nMenghentikan: rencana terbaik sejauh ini diperiksa lalu ditulis. Tekan Ctrl-C sekali "
        "lagi untuk keluar tanpa menulis.",
        "\nStopping: the best plan found so far is checked and written. Press Ctrl-C again to "
        "quit without writing.",
    ),
    "written_elsewhere": (
        "catatan: {asked} muncul selama perintah ini berjalan (proses lain?); berkas itu "
        "dibiarkan, dan hasil ini disimpan sebagai {wrote}",
        "note: {asked} appeared while this command ran (another run?); it is kept, and this "
        "result is saved as {wrote}",
    ),
    "usage.overwrite_input": (
        "output akan menimpa input {source}; pilih path -o lain",
        "the output would overwrite the input {source}; choose another -o path",
    ),
    "usage.exists": (
        "{path} sudah ada; pakai --force untuk menggantinya, atau -o path lain",
        "{path} exists; use --force to replace it, or -o another path",
    ),
    "usage.seed": (
        "{value} bukan benih acak: pakai bilangan bulat 0 sampai {most}",
        "{value} is not a seed: use a whole number from 0 to {most}",
    ),
    "usage.time_limit": (
        "{value} bukan waktu hitung: pakai detik dari 0,5 sampai {most} (sehari)",
        "{value} is not a time limit: use seconds from 0.5 to {most} (a day)",
    ),
    "usage.exists_no_o": (
        "{path} sudah ada; pakai --force untuk menggantinya, atau beri nama lain",
        "{path} exists; use --force to replace it, or give another name",
    ),
    "usage.chance": (
        "'{value}' bukan peluang; tulis 0.9 atau 90%",
        "'{value}' is not a chance; write 0.9 or 90%",
    ),
    "usage.chance_range": (
        "'{value}': peluang harus di atas 0 dan di bawah 1 (100%)",
        "'{value}': a chance must be above 0 and below 1 (100%)",
    ),
    "bug.rules": (
        "BUG: rencana melanggar aturan; tidak ada yang ditulis. Mohon laporkan ini:",
        "BUG: the plan breaks rules; nothing was written. Please report this:",
    ),
    # -- progress --------------------------------------------------------------------------------
    "progress.reading": ("Membaca", "Reading"),
    "progress.size": (
        "Menyusun {sites} lokasi, {people} orang, {kits} alat dalam {days} hari kerja",
        "Planning {sites} sites, {people} people, {kits} kits over {days} working days",
    ),
    "progress.stage": ("tahap {stage}: terbaik {value}", "stage {stage}: best {value}"),
    "progress.stage_only": ("tahap {stage}", "stage {stage}"),
    "stage.people": ("jumlah orang", "people"),
    "stage.stability": ("perubahan", "stability"),
    "stage.finish": ("tanggal selesai", "finish"),
    "stage.priority": ("prioritas", "priority"),
    "stage.completion": ("urutan dalam prioritas", "order within priorities"),
    "stage.continuity": ("kecamatan", "continuity"),
    "progress.time": ("{text}  ({used:,.0f} dtk)", "{text}  ({used:,.0f} s)"),
    "progress.time_of": (
        "{text}  ({used:,.0f} dari {limit:,.0f} dtk)",
        "{text}  ({used:,.0f} s of {limit:,.0f} s)",
    ),
    "progress.fixes": ("Mencari perbaikan terkecil", "Looking for the smallest fixes"),
    "progress.scenario": (
        "skenario {i} dari {n} ({left} lagi)",
        "scenario {i} of {n} ({left} to solve)",
    ),
    # -- plan ------------------------------------------------------------------------------------
    "plan.stopped": (
        "Dihentikan lebih awal (Ctrl-C): rencana terbaik sampai saat itu, sudah diperiksa, ada "
        "di {out}",
        "Stopped early (Ctrl-C): the best plan found by then, rule-checked, is in {out}",
    ),
    "plan.written": (
        "Rencana ditulis ke {out} ({seconds} dtk)",
        "Plan written to {out} ({seconds} s)",
    ),
    "plan.people": (
        "  orang direncanakan: {planned} dari {total}",
        "  people planned: {planned} of {total}",
    ),
    "plan.finish_proven": (
        "  selesai: {date} (terbukti paling awal)",
        "  finish: {date} (proven earliest possible)",
    ),
    "plan.finish_bound": (
        "  selesai: {date} (belum terbukti: tidak ada rencana yang selesai sebelum {bound}; "
        "selisih {days} hari kerja)",
        "  finish: {date} (not proven: no plan finishes before {bound}; {days} working days apart)",
    ),
    "plan.finish_open": (
        "  selesai: {date} (belum terbukti paling awal)",
        "  finish: {date} (not proven earliest)",
    ),
    "plan.people_bound": (
        "  orang: paling banyak {bound} bisa masuk (terbukti); rencana ini memuat {value}",
        "  people: at most {bound} could fit (proven); this plan has {value}",
    ),
    "plan.stage": ("  {name}: {reading}", "  {name}: {reading}"),
    "plan.class": ("  {reading}", "  {reading}"),
    "plan.not_repeatable": (
        "  catatan: waktu hitung habis sebelum pencarian selesai di komputer ini, jadi menjalankan "
        "ulang bisa memberi rencana lain; --repeatable mengulang persis (waktu hitung dalam detik "
        "deterministik)",
        "  note: the time limit cut the search short on this machine, so a rerun may give "
        "another plan; --repeatable replays exactly (the limit in deterministic seconds)",
    ),
    "plan.warning": ("  peringatan: {text}", "  warning: {text}"),
    "plan.short_open": (
        "Belum semua orang direncanakan sebelum {deadline} dalam waktu yang diberikan: {left} "
        "orang tertinggal. Belum terbukti mereka tidak bisa masuk (sampai {more} lagi mungkin "
        "bisa); --time-limit yang lebih lama mungkin memuat mereka. Yang tertinggal:",
        "Not everyone was planned by {deadline} in the time given: {left} people left out. It "
        "is not proven that they cannot fit (up to {more} more might); a longer --time-limit "
        "may fit them. Left out:",
    ),
    "plan.short": (
        "Tidak semua orang muat sebelum {deadline}: {left} orang tertinggal di",
        "Not everyone fits by {deadline}: {left} people left out at",
    ),
    "plan.short_site": (
        "  - {site} ({name}): {people} orang; {why}",
        "  - {site} ({name}): {people} people; {why}",
    ),
    "plan.fixes": (
        "Perbaikan terkecil (tiap perbaikan sudah dicoba dengan menyusun ulang rencana: dengan "
        "perbaikan itu, semua orang terjadwal):",
        "Smallest fixes (each checked by solving: with it, everyone is planned):",
    ),
    "plan.fix": ("  - {fix} ({how})", "  - {fix} ({how})"),
    "plan.fix_proven": ("terbukti terkecil", "proven smallest"),
    "plan.fix_found": ("terkecil yang ditemukan", "smallest found"),
    "plan.no_fix": (
        "  tidak ada, sekalipun batas waktu diundur sampai setahun atau alat ditambah sampai 20",
        "  none found within a year's later deadline or 20 more kits",
    ),
    "plan.fixes_stopped": (
        "  pencarian perbaikan dihentikan (Ctrl-C) sebelum selesai",
        "  the search for fixes was stopped (Ctrl-C) before it was done",
    ),
    "plan.fixes_cut": (
        "  waktu hitung habis sebelum pencarian perbaikan selesai; --time-limit yang lebih lama "
        "mungkin menemukan perbaikan (yang lebih kecil)",
        "  the time limit stopped the search for fixes before it was done; a longer "
        "--time-limit may find (smaller) fixes",
    ),
    "plan.buffer": (
        "Cadangan: diminta peluang {target} selesai sebelum {deadline}; rencana ini {chance} "
        "({runs} pengulangan dengan laju sebenarnya)",
        "Buffer: asked {target} chance of finishing by {deadline}; this plan has {chance} "
        "({runs} replays at the real rates)",
    ),
    "plan.buffer_missed": (
        "  tidak tercapai: tidak ada rencana dengan laju lebih hati-hati yang lebih baik; lihat "
        "`outreach whatif`",
        "  not reached: no plan on more cautious rates does better; see `outreach whatif`",
    ),
    "plan.buffer_cost": (
        "  direncanakan pada {share} dari laju; biayanya: selesai {finish}, bukan {plain} "
        "(tanpa cadangan {plain_chance})",
        "  planned at {share} of the rates; cost: finish {finish} instead of {plain} (without "
        "buffer {plain_chance})",
    ),
    "plan.buffer_free": (
        "  tanpa biaya: rencana biasa sudah mencapainya",
        "  no cost: the plain plan already reaches it",
    ),
    # -- check -----------------------------------------------------------------------------------
    "check.valid": ("{path}: valid. {region}", "{path}: valid. {region}"),
    "check.campaign": (
        "  kampanye {start} .. {deadline}: {days} hari kerja (Senin-Jumat di luar libur dan "
        "hari tutup)",
        "  campaign {start} .. {deadline}: {days} working days (Mon-Fri less holidays and "
        "closures)",
    ),
    "check.size": (
        "  {sites} lokasi, {people} orang, {kits} alat",
        "  {sites} sites, {people} people, {kits} kits",
    ),
    "check.kit_days": (
        "  hari-alat: {needed} dibutuhkan dari {free} yang bisa dipakai sampai batas waktu",
        "  kit-days: {needed} needed of {free} usable up to the deadline",
    ),
    "check.head": (
        "  {type:<12}{sites:>6}{people:>9}{kit_days:>18}{visit_days:>18}",
        "  {type:<12}{sites:>6}{people:>9}{kit_days:>18}{visit_days:>18}",
    ),
    "check.col.type": ("jenis", "type"),
    "check.col.sites": ("lokasi", "sites"),
    "check.col.people": ("orang", "people"),
    "check.col.kit_days": ("hari-alat", "kit-days"),
    "check.col.visit_days": ("hari kunjungan", "visit days"),
    "check.foot": (
        "  (dibutuhkan / tersedia sampai batas waktu)",
        "  (needed / available up to the deadline)",
    ),
    "check.cannot_fit": (
        "  Lokasi yang hari-harinya sendiri tidak cukup untuk orangnya:",
        "  Sites whose own allowed days cannot hold their people:",
    ),
    "check.earliest": (
        "  Tanggal selesai paling awal yang mungkin: {date} (ditentukan oleh {binding})",
        "  Earliest finish any plan could reach: {date} (set by {binding})",
    ),
    "binding.kit_days": ("hari-alat pada hari {type}", "kit-days on {type} days"),
    "binding.visits": ("kunjungan {type} per hari yang diizinkan", "{type} visits a day allowed"),
    "binding.window": ("rentang hari lokasi {site}", "the window of site {site}"),
    "binding.nothing": ("tidak ada yang perlu direkam", "nothing to record"),
    "check.impossible": (
        "  Kapasitas saja sudah tidak cukup untuk merekam semua orang sebelum {deadline} "
        "({binding}).",
        "  Capacity alone rules out recording everyone by {deadline} ({binding}).",
    ),
    # -- replan ----------------------------------------------------------------------------------
    "replan.notify": (
        "Versi {version}: {count} lokasi perlu diberi tahu",
        "Version {version}: {count} site(s) to notify",
    ),
    # -- template --------------------------------------------------------------------------------
    "template.written": (
        "Template ditulis ke {path}: isi sheet-sheetnya, lalu `outreach plan {arg}`.",
        "Template written to {path}: fill the sheets, then `outreach plan {arg}`.",
    ),
    # -- whatif ----------------------------------------------------------------------------------
    "whatif.head": (
        "{n:>2}  {finish:<11}{shift:>9} {people:>15} {kit_days:>15} {on_time:>9}  {scenario}",
        "{n:>2}  {finish:<11}{shift:>9} {people:>15} {kit_days:>15} {on_time:>9}  {scenario}",
    ),
    "whatif.col.finish": ("selesai", "finish"),
    "whatif.col.shift": ("vs dasar", "vs base"),
    "whatif.col.people": ("orang", "people"),
    "whatif.col.kit_days": ("hari-alat", "kit-days"),
    "whatif.col.on_time": ("tepat", "on time"),
    "whatif.col.cards": ("KTP siap", "cards ready"),
    "whatif.col.scenario": ("skenario", "scenario"),
    "whatif.days": ("{n:+d} hr", "{n:+d} d"),
    "whatif.unproven": (
        "  * tanggal selesai belum terbukti paling awal dalam waktu hitung",
        "  * finish not proven earliest within the time limit",
    ),
    "whatif.classes": ("Prioritas per skenario:", "Priority classes per scenario:"),
    "whatif.class": ("{n:>2}  {reading}", "{n:>2}  {reading}"),
    "whatif.written": ("Skenario ditulis ke {out}", "Scenarios written to {out}"),
    # -- risk ------------------------------------------------------------------------------------
    "risk.replaying": (
        "Mengulang {runs} kali kunjungan {sites} lokasi yang masih akan datang",
        "Replaying {runs} runs of {sites} sites' visits still to come",
    ),
    "risk.head": (
        "Risiko {path} ({runs} pengulangan, seed {seed})",
        "Risk of {path} ({runs} runs, seed {seed})",
    ),
    "risk.assumed": (
        "  asumsi: satu hari kunjungan macet dengan peluang {good} di lokasi berjaringan lancar "
        "({good_rate}), {poor} di lokasi berjaringan tersendat ({poor_rate}); kehadiran {turnout}",
        "  assumed: a good-network day stalls with chance {good} ({good_rate}), a poor one "
        "{poor} ({poor_rate}); turnout {turnout}",
    ),
    "stalled.per_kit": ("{n}/alat", "{n}/kit"),
    "stalled.share": ("{share} dari laju lokasi", "{share} of the site's rate"),
    "risk.chance": (
        "  peluang selesai sebelum batas waktu {deadline}: {chance}",
        "  chance of finishing by the deadline {deadline}: {chance}",
    ),
    "risk.windows": (
        "  peluang setiap lokasi yang hari terakhirnya sendiri sebelum batas waktu selesai "
        "tepat pada hari itu: {chance}",
        "  chance that every site whose own last day comes before the deadline is done by "
        "it: {chance}",
    ),
    "risk.never_windows": (
        "tidak pernah: ada orang tertinggal di lokasi yang hari terakhirnya sudah lewat",
        "never: people are left at sites whose own last day passed",
    ),
    "risk.never_short": (
        "tidak pernah: rencana ini meninggalkan orang",
        "never: the plan leaves people out",
    ),
    "risk.site_window": (", hari terakhirnya {day}", ", its own last day {day}"),
    "risk.cards": (
        "  KTP kampanye siap: P50 {p50}, P90 {p90}; peluang semuanya tercetak sebelum target "
        "{target}: {chance}",
        "  campaign cards ready: P50 {p50}, P90 {p90}; chance every one is printed by the "
        "target {target}: {chance}",
    ),
    "risk.later": ("lebih dari 6 bulan setelah batas waktu", "over 6 months past the deadline"),
    "risk.finish": (
        "  selesai: rencana {planned}, P50 {p50}, P90 {p90}",
        "  finish: planned {planned}, P50 {p50}, P90 {p90}",
    ),
    "risk.not_recorded": (
        "  perkiraan orang belum terekam sebelum batas waktu: {total} ({no_shows} tidak datang, "
        "{late} terlambat, {unplanned} tidak pernah direncanakan)",
        "  people expected not recorded by the deadline: {total} ({no_shows} no-shows, {late} "
        "late, {unplanned} never planned)",
    ),
    "risk.sites": (
        "  lokasi paling berisiko (peluang sebagian yang datang tidak terekam tepat waktu):",
        "  sites most at risk (chance some of those who came are not recorded in time):",
    ),
    "risk.site": (
        "    - {site} ({name}): {chance}, {people} orang{own}",
        "    - {site} ({name}): {chance}, {people} people{own}",
    ),
    "risk.written": ("Risiko ditulis ke {out}", "Risk written to {out}"),
    # -- plan-batch ------------------------------------------------------------------------------
    "batch.no_file": ("berkas tidak ada: {files}", "no such file: {files}"),
    "batch.none": (
        "tidak ada workbook .xlsx di {paths}",
        "no .xlsx workbooks found in {paths}",
    ),
    "batch.is_input": (
        "{target} adalah input; pilih folder -o lain",
        "{target} is an input; choose another -o folder",
    ),
    "batch.exist": (
        "{files} sudah ada; pakai --force untuk mengganti, atau -o folder lain",
        "{files} exist(s); use --force to replace, or -o another folder",
    ),
    "batch.progress": (
        "{done} dari {total} wilayah selesai ({seconds} dtk): {name} {status}",
        "{done} of {total} regions done ({seconds} s): {name} {status}",
    ),
    "batch.bar": ("Menyusun wilayah", "Planning regions"),
    "batch.unreachable": (
        "tidak bisa menghubungi scheduler Dask {address}: {why}",
        "cannot reach the Dask scheduler {address}: {why}",
    ),
    "batch.done": (
        "{count} wilayah dalam {seconds} dtk -> {out}",
        "{count} region(s) in {seconds} s -> {out}",
    ),
    "batch.finish": ("selesai {date}", "finish {date}"),
    "batch.no_plan": ("tanpa rencana", "no plan"),
    "batch.written": ("Ringkasan ditulis ke {out}", "Summary written to {out}"),
    "batch.died": (
        "proses yang menyusunnya berhenti dua kali ({how}: dimatikan, mungkin karena memori "
        "komputer habis); susun wilayah ini sendiri dengan `outreach plan`",
        "the process planning it ended twice ({how}: killed, perhaps because the computer ran "
        "out of memory); plan this region alone with `outreach plan`",
    ),
    "batch.exited": (
        "proses yang menyusunnya berhenti dua kali dengan kode keluar {code}; susun wilayah ini "
        "sendiri dengan `outreach plan` untuk melihat sebabnya",
        "the process planning it stopped twice with exit status {code}; plan this region alone "
        "with `outreach plan` to see why",
    ),
    "batch.hung": (
        "belum selesai setelah {seconds} dtk, jauh melewati --time-limit; prosesnya dihentikan",
        "not done after {seconds} s, far past --time-limit; its process was ended",
    ),
    "batch.no_process": (
        "tidak bisa memulai proses untuk menyusunnya ({why}); kurangi --workers",
        "could not start a process to plan it ({why}); use fewer --workers",
    ),
    "batch.dask_failed": (
        "gagal di cluster Dask ({why}); worker-nya mungkin kehabisan memori: susun wilayah ini "
        "sendiri dengan `outreach plan`",
        "failed on the Dask cluster ({why}); its worker may have run out of memory: plan this "
        "region alone with `outreach plan`",
    ),
    "batch.not_planned": (
        "tidak disusun: batch dihentikan lebih dulu",
        "not planned: the batch was stopped first",
    ),
    "batch.stopping": (
        "\nMenghentikan: wilayah yang sedang disusun diakhiri; rencana yang sudah selesai tetap "
        "ada dan ringkasan menyebut wilayah yang tidak disusun. Tekan Ctrl-C sekali lagi untuk "
        "keluar tanpa ringkasan.",
        "\nStopping: the regions under way are ended; the plans already done stay and the "
        "summary names the regions not planned. Press Ctrl-C again to quit without a summary.",
    ),
    "batch.stopped": (
        "Dihentikan: {done} dari {total} wilayah disusun dan ditulis ke {out}; {left} tidak "
        "disusun (lihat ringkasan).",
        "Stopped: {done} of {total} regions planned and written to {out}; {left} not planned "
        "(see the summary).",
    ),
    "batch.stopped_now": (
        "Dihentikan seketika: {done} rencana yang sudah selesai ada di {out}; ringkasan tidak "
        "ditulis.",
        "Stopped at once: the {done} plan(s) already done are in {out}; no summary was written.",
    ),
    # -- re-plans: Progress rows that cannot be true, and warnings -------------------------------
    "audit.twice": (
        "mengulang baris {first} (tanggal {day}, alat {kit} dan lokasi {site} yang sama): akan "
        "terhitung dua kali; hapus salah satu dari dua baris itu",
        "repeats row {first} (the same date {day}, kit {kit} and site {site}): it would be "
        "counted twice; delete one of the two rows",
    ),
    "audit.kit_twice": (
        "{sheet} baris {row}: alat {kit} ada di {site} dan, di baris {other_row}, di {other} "
        "pada {day}; keduanya dihitung (perbaiki alatnya jika salah satunya keliru)",
        "{sheet} row {row}: kit {kit} is at {site} and, in row {other_row}, at {other} on "
        "{day}; both are counted (correct the kit if one is wrong)",
    ),
    "audit.before_start": (
        "{day} sebelum kampanye mulai ({start}); perbaiki tanggalnya",
        "{day} is before the campaign starts ({start}); correct the date",
    ),
    "audit.lost_recorded": (
        "status batal tetapi {n} terekam: hari batal tidak merekam siapa pun; tulis sebagian "
        "(partial) agar terhitung, atau kosongkan angkanya",
        "status lost but {n} recorded: a lost day records nobody; write partial (sebagian) to "
        "count them, or clear the number",
    ),
    "audit.day_off": (
        "{sheet} baris {row}: {site} dilaporkan pada {day}, {off}; dihitung sebagai laporan "
        "(perbaiki tanggalnya jika salah)",
        "{sheet} row {row}: {site} reported on {day}, {off}; counted as reported (correct the "
        "date if it is wrong)",
    ),
    "audit.more": (
        "{sheet} baris {row}: {n} terekam di {site} pada {day}, lebih dari {planned} yang "
        "direncanakan (diterima)",
        "{sheet} row {row}: {n} recorded at {site} on {day}, more than the {planned} planned "
        "(accepted)",
    ),
    "audit.too_many": (
        "{site} punya {total} terekam seluruhnya, tetapi hanya {people} orang (sheet Lokasi); "
        "perbaiki angka yang diketik, atau, jika memang lebih banyak yang datang, susun ulang "
        "dengan --inputs dan workbook yang jumlah orangnya benar",
        "{site} has {total} recorded in all, but only {people} people (Sites sheet); correct "
        "the count typed, or, if more people really came, re-plan with --inputs and a "
        "workbook whose people count is right",
    ),
    "audit.unreported": (
        "{n} hari-alat yang sudah lewat belum dilaporkan (pertama {day}, alat {kit} di "
        "{site}): dianggap sesuai rencana",
        "{n} past kit-day(s) not reported (first {day}, kit {kit} at {site}): taken as planned",
    ),
    "off.holiday": ("hari libur ({name})", "a holiday ({name})"),
    "off.closed": ("hari kantor tutup ({reason})", "a day the office is closed ({reason})"),
    "off.site_closed": ("hari lokasi tutup", "a day the site is closed"),
    "off.weekday": (
        "hari {day}, bukan hari kunjungan jenisnya ({type})",
        "a {day}, not a visiting day for its type ({type})",
    ),
    "replan.after_deadline": (
        "--today {today} sesudah batas waktu {deadline}: tidak ada yang perlu disusun",
        "--today {today} is after the deadline {deadline}: nothing to plan",
    ),
    "duty.no_kit": (
        "{day}: tidak ada alat tersisa untuk tugas {label}",
        "{day}: no kit left for the duty {label}",
    ),
    # -- what-if options ------------------------------------------------------------------------
    "scenario.few_kits": (
        "--kits {count}: kampanye ini punya {kits} alat",
        "--kits {count}: the campaign has {kits} kits",
    ),
    "scenario.deadline": (
        "--deadline {day} sebelum tanggal mulai",
        "--deadline {day} is before the start",
    ),
    "scenario.type": (
        "tidak ada jenis lokasi '{type}'; jenisnya: {known}",
        "no site type '{type}'; the types are {known}",
    ),
    "scenario.site": ("tidak ada lokasi '{site}'", "no site '{site}'"),
    "scenario.kits": (
        '"{text}" bukan perubahan alat; tulis +1, +2@2022-09-01 atau -1@TANGGAL',
        '"{text}" is not a kit change; write +1, +2@2022-09-01 or -1@DATE',
    ),
    "scenario.value": ('"{text}": {why}', '"{text}": {why}'),
    "scenario.weekdays": (
        '"{text}" bukan JENIS=HARI, misalnya kelurahan=Sen-Kam',
        '"{text}" is not TYPE=WEEKDAYS, e.g. kelurahan=Mon-Thu',
    ),
    "scenario.rate": (
        '"{text}" bukan JARINGAN=LAJU dengan jaringan salah satu dari {networks} (atau lancar, '
        "tersendat) dan laju paling sedikit 1, misalnya lancar=30",
        '"{text}" is not NETWORK=RATE with network one of {networks} and a rate of at least '
        "1, e.g. good=30",
    ),
    "scenario.no_printing": (
        "{option} butuh sheet Cetak di workbook (kapasitas cetak, stok blangko)",
        "{option} needs a Printing sheet in the workbook (print rate, blank stock)",
    ),
    "scenario.blanks": (
        '"{text}" bukan tambahan blangko; tulis +500 atau +500@2022-10-03',
        '"{text}" is not a blank delivery; write +500 or +500@2022-10-03',
    ),
    "scenario.blanks_early": (
        "kiriman blangko {day} sebelum kampanye mulai",
        "a blank delivery on {day} is before the campaign starts",
    ),
    "scenario.print_rate": (
        '"{text}" bukan kapasitas cetak; tulis jumlah KTP per hari kerja, misalnya 400',
        '"{text}" is not a print rate; write cards a working day, e.g. 400',
    ),
    "too_large": (
        "{sites:,} lokasi melebihi yang bisa ditangani satu rencana ({most:,}; satu kabupaten "
        "200-400): pecah workbook per kabupaten dan susun bersama dengan `outreach plan-batch`",
        "{sites:,} sites is more than one plan handles ({most:,}; a regency has 200-400): split "
        "the workbook by regency and plan them together with `outreach plan-batch`",
    ),
    "batch.short": (
        "{people} orang di {sites} lokasi tertinggal",
        "{people} people at {sites} sites left out",
    ),
    # -- the print queue (workbook and terminal) ------------------------------------------------
    "sheet.printing": ("Cetak", "Printing"),
    "cards_ready": ("KTP Siap", "Cards ready"),
    "print.arrived": ("Siap Cetak", "Ready to print"),
    "print.printed": ("Dicetak", "Printed"),
    "print.printed_campaign": ("Dicetak (Kampanye)", "Printed (campaign)"),
    "print.queue": ("Antrean", "Waiting"),
    "print.campaign_queue": ("Antrean Kampanye", "Campaign waiting"),
    "print.stock": ("Blangko Tersisa", "Blanks left"),
    "print.delivered": ("Blangko Datang", "Blanks delivered"),
    "print.overtime": ("Lembur", "Overtime"),
    "print.certificates": ("Surat Keterangan", "Temporary certificates"),
    "print.chart_title": ("Antrean cetak dan stok blangko", "Print queue and blank stock"),
    "print.cards_axis": ("KTP", "Cards"),
    "print.heading": ("Pencetakan KTP", "Printing the cards"),
    "print.done_line": ("KTP kampanye terakhir dicetak", "Last campaign card printed"),
    "print.target_line": ("Target cetak", "Printing target"),
    "print.late": ("terlambat", "late"),
    "print.in_time": ("tepat waktu", "in time"),
    "print.never": (
        "lebih dari setahun setelah target",
        "more than a year after the target",
    ),
    "print.stock_out_line": ("Blangko habis", "Blanks run out"),
    "print.stock_enough": ("tidak habis", "never"),
    "print.certificates_line": (
        "Surat keterangan sementara",
        "Temporary certificates",
    ),
    "print.certificates_note": (
        "{campaign} di antaranya untuk peserta kampanye",
        "{campaign} of them for the campaign's people",
    ),
    "print.fixes_line": (
        "Perubahan terkecil agar semua KTP kampanye tercetak sebelum target",
        "Smallest changes to have every campaign card printed by the target",
    ),
    "print.fix_blanks": ("{n} blangko tambahan paling lambat {day}", "{n} more blanks by {day}"),
    "print.fix_overtime": (
        "lembur {n} hari kerja mulai {day}",
        "overtime on {n} working days from {day}",
    ),
    "print.no_fix": (
        "tidak ditemukan dengan blangko atau lembur saja",
        "none found with blanks or overtime alone",
    ),
    "print.cli_done": (
        "  KTP kampanye terakhir dicetak: {day} (target {target}: {how})",
        "  last campaign card printed: {day} (target {target}: {how})",
    ),
    "print.cli_stock": (
        "  blangko habis {day}: {n} surat keterangan sementara ({campaign} untuk peserta kampanye)",
        "  blanks run out {day}: {n} temporary certificates ({campaign} for the campaign's people)",
    ),
    "print.cli_fix": ("  - {fix}", "  - {fix}"),
    "print.cli_fixes": (
        "  agar semua KTP kampanye tercetak sebelum target:",
        "  to have every campaign card printed by the target:",
    ),
    # -- field papers: letters, attendance lists and the daily report ---------------------------
    "letters.written": (
        "{letters} surat ditulis ke {pdf}; {lists} daftar hadir ditulis ke {lists_path}",
        "{letters} letter(s) written to {pdf}; {lists} attendance list(s) written to {lists_path}",
    ),
    "letters.changes_only": (
        "dibandingkan dengan {previous}: hanya lokasi yang jadwalnya berubah sejak {today}",
        "compared with {previous}: only the sites whose days changed from {today}",
    ),
    "letters.hint": (
        "Surat perubahan jadwal: outreach letters {plan} --previous {previous} --today {today}",
        "Change-of-schedule letters: outreach letters {plan} --previous {previous} --today {today}",
    ),
    "letters.invitations": (
        "{n} undangan bernama ditulis ke {path}",
        "{n} invitation(s) by name written to {path}",
    ),
    "letters.by_name": (
        "{n} orang tertulis dengan nama di daftar hadir ({unnamed} baris tanpa nama); daftar "
        "hadir bernama dan undangan adalah data pribadi: simpan terpisah dari rencana, hapus "
        "setelah kampanye dengan `outreach forget {folder} --yes`",
        "{n} people listed by name on the attendance lists ({unnamed} lines without a name); "
        "the by-name lists and invitations are personal data: keep them apart from the plan, "
        "remove them when the campaign ends with `outreach forget {folder} --yes`",
    ),
    "letters.lists_differ": (
        "lokasi {site}: daftar nama memberi {listed} orang untuk direncanakan, rencana ini "
        "menghitung {planned}",
        "site {site}: the name lists give {listed} people to plan, this plan counts {planned}",
    ),
    "letters.lists_next": (
        "Daftar nama ini bukan yang dipakai untuk rencana {plan}: pakai daftar yang sama seperti "
        "`outreach plan ... --lists`, atau susun rencana lagi dengan daftar ini.",
        "These name lists are not those {plan} was planned from: give the same lists as "
        "`outreach plan ... --lists`, or plan again from these lists.",
    ),
    "letters.previous_needs_today": (
        "--previous perlu --today (tanggal penyusunan ulang)",
        "--previous needs --today (the re-planning date)",
    ),
    "att.next": (
        "Perbaiki daftar hadir di atas (atau baris Realisasi yang disebut), simpan, lalu "
        "jalankan lagi.",
        "Fix the attendance lists above (or the Progress rows named), save, and run again.",
    ),
    "att.two_ticks": (
        "{ticks} tanda pada satu baris: beri satu tanda saja (hadir, tidak hadir, sudah rekam "
        "atau menolak)",
        "{ticks} ticks on one line: tick one only (came, absent, already recorded or refused)",
    ),
    "att.no_site": (
        "tidak ada ID lokasi di atas daftar: tulis ID lokasinya, atau pakai daftar yang ditulis "
        "`outreach letters`",
        "no site ID above the list: write the site's ID, or use the list `outreach letters` wrote",
    ),
    "att.no_day": (
        "tidak ada tanggal yang terbaca di atas daftar: tulis tanggal kunjungannya (DD/MM/YYYY)",
        "no date that can be read above the list: write the visit day (DD/MM/YYYY)",
    ),
    "att.total_mismatch": (
        "jumlah yang ditulis ({written}) tidak sama dengan tanda di daftar ({ticks}); periksa "
        "daftarnya, lalu perbaiki jumlah atau tandanya",
        "the total written ({written}) does not match the ticks on the list ({ticks}); check "
        "the list, then correct the total or the ticks",
    ),
    "att.extra": (
        "{sheet}: {n} baris bertanda di bawah daftar (tidak ada di daftar); dihitung",
        "{sheet}: {n} ticked line(s) below the list (not on it); counted",
    ),
    "att.unmarked": (
        "{sheet}: {n} baris tanpa tanda; dianggap tidak hadir",
        "{sheet}: {n} line(s) with no tick; taken as absent",
    ),
    "att.unknown_site": (
        "lokasi {site} tidak ada di rencana ini: daftar dari rencana lain?",
        "site {site} is not in this plan: a list from another plan?",
    ),
    "att.twice": (
        "daftar {site} pada {day} sudah ada di sheet {other}: akan terhitung dua kali; hapus "
        "salah satunya",
        "the list of {site} on {day} is already on sheet {other}: it would be counted twice; "
        "delete one of them",
    ),
    "att.not_planned": (
        "rencana ini tidak mengunjungi {site} pada {day}: daftar dari lokasi atau hari lain? "
        "Perbaiki ID lokasi atau tanggalnya",
        "this plan does not visit {site} on {day}: a list from another site or day? Correct "
        "the site ID or the date",
    ),
    "att.progress_differs": (
        "daftar hadir {sheet} menghitung {list}, baris ini {progress}: tulis angka yang benar di "
        "salah satunya saja (kosongkan yang lain)",
        "the attendance list {sheet} counts {list}, this row {progress}: give the right number "
        "in one of them only (clear the other)",
    ),
    "att.turnout": (
        "kehadiran terukur {share} dari {lists} daftar hadir ({people} orang diharapkan): "
        "dipakai sebagai kehadiran rencana ini (sebelumnya {before})",
        "turnout measured {share} on {lists} attendance list(s) ({people} people expected): "
        "used as this plan's turnout (was {before})",
    ),
    "att.stall_good": (
        "peluang hari macet di lokasi berjaringan lancar terukur {share} dari {days} hari "
        "kunjungan yang dilaporkan, {stalled} sebagian atau batal: dipakai sebagai stall_good "
        "(sebelumnya {before})",
        "chance a good-network visit day stalls measured {share} on {days} reported visit "
        "day(s), {stalled} partial or lost: used as stall_good (was {before})",
    ),
    "att.stall_poor": (
        "peluang hari macet di lokasi berjaringan tersendat terukur {share} dari {days} hari "
        "kunjungan yang dilaporkan, {stalled} sebagian atau batal: dipakai sebagai stall_poor "
        "(sebelumnya {before})",
        "chance a poor-network visit day stalls measured {share} on {days} reported visit "
        "day(s), {stalled} partial or lost: used as stall_poor (was {before})",
    ),
    "att.stalled_share": (
        "porsi yang terekam pada hari macet terukur {share} dari {days} hari sebagian atau "
        "batal: dipakai sebagai stalled_share (sebelumnya {before})",
        "share recorded on a stalled day measured {share} on {days} partial or lost day(s): "
        "used as stalled_share (was {before})",
    ),
    "att.not_come": (
        "Belum datang, untuk kunjungan berikutnya, Car Free Day atau kunjungan rumah:",
        "Not come, for the next visit, Car Free Day or a home visit:",
    ),
    "att.not_come_site": (
        "  - {site} {day}: {n} (no. {numbers})",
        "  - {site} {day}: {n} (no. {numbers})",
    ),
    "report.why_behind": (
        "{n} lokasi tertinggal dari rencana ({people} orang)",
        "{n} site(s) behind plan ({people} people)",
    ),
    "report.why_lost": ("{n} hari-alat batal", "{n} kit-day(s) lost"),
    "report.advised": ("Susun ulang disarankan: {why}", "A re-plan is advised: {why}"),
    "report.not_advised": (
        "Susun ulang belum perlu: yang dilaporkan sesuai rencana",
        "No re-plan needed: what is reported is as planned",
    ),
    "report.head": ("Laporan harian {path}, {day}", "Daily report {path}, {day}"),
    "report.unreported": (
        "  {n} hari-alat sampai hari ini belum dilaporkan (lokasinya tidak dinilai tertinggal)",
        "  {n} kit-day(s) up to today not reported (their sites are not judged behind)",
    ),
    "report.table_head": (
        "  {name:<24} {total:>9} {planned:>13} {recorded:>10} {today:>10} {unreported:>12}",
        "  {name:<24} {total:>9} {planned:>13} {recorded:>10} {today:>10} {unreported:>12}",
    ),
    "report.col_today": ("hari ini", "today"),
    "report.col_name_kecamatan": ("kecamatan", "kecamatan"),
    "report.col_name_kit": ("alat", "kit"),
    "report.col_name_site": ("lokasi", "site"),
    "report.col_planned_total": ("rencana", "plan"),
    "report.col_planned": ("s.d. hari ini", "due by today"),
    "report.col_recorded": ("terekam", "recorded"),
    "report.col_unreported": ("belum lapor", "not reported"),
    "report.col_missing": ("kurang", "missing"),
    "report.col_days": ("hari kerja", "working days"),
    "report.behind_line": (
        "  - {site} {name}: kurang {missing} orang ({days} hari kerja)",
        "  - {site} {name}: {missing} people short ({days} working day(s))",
    ),
    "report.written": (
        "Laporan ditulis ke {pdf}; pesan WhatsApp ke {text}",
        "Report written to {pdf}; WhatsApp message to {text}",
    ),
    "report.chart_title": (
        "Orang direncanakan dan terekam (kumulatif)",
        "People planned and recorded (cumulative)",
    ),
    "report.legend_planned": ("rencana", "planned"),
    "report.legend_recorded": ("terekam", "recorded"),
    "report.legend_today": ("hari laporan", "report day"),
    "wa.title": ("Laporan Harian Perekaman KTP-el", "Daily e-KTP Recording Report"),
    "wa.today": (
        "Hari ini: {recorded} terekam (rencana {planned})",
        "Today: {recorded} recorded (plan {planned})",
    ),
    "wa.to_date": (
        "Sampai hari ini: {recorded} dari {planned} yang seharusnya ({share})",
        "To date: {recorded} of the {planned} due ({share})",
    ),
    "wa.campaign": (
        "Seluruh kampanye: {people} orang, sisa {left}",
        "Whole campaign: {people} people, {left} to go",
    ),
    "wa.unreported": ("Belum lapor: {n} hari-alat", "Not reported: {n} kit-day(s)"),
    "wa.printed": (
        "KTP kampanye tercetak (proyeksi): {printed}; surat keterangan: {certificates}",
        "Campaign cards printed (projected): {printed}; temporary certificates: {certificates}",
    ),
    "wa.behind": ("Tertinggal dari rencana: {n} lokasi", "Behind plan: {n} site(s)"),
    "wa.site": (
        "- {site} {name}: kurang {missing} ({days} hari)",
        "- {site} {name}: {missing} short ({days} day(s))",
    ),
    "wa.more": ("- dan {n} lainnya", "- and {n} more"),
    "wa.replan_yes": ("Susun ulang: disarankan", "Re-plan: advised"),
    "wa.replan_no": ("Susun ulang: belum perlu", "Re-plan: not needed"),
}


# `--help` in Indonesian: each command's text and each option's, by command name and option
# name ("opt.<command>.<option>" where one command words an option its own way). The English
# help is the code's own (docstrings and help=); the CLI swaps these in when the language is
# Indonesian. Both begin with an example.
HELP_ID: dict[str, str] = {
    "cmd.lists": """Merekonsiliasi daftar nama (LISTS: berkas .csv atau .xlsx, atau foldernya)
dengan lokasi di INPUT.xlsx, tanpa menyusun rencana.

\b
Contoh:
  outreach lists inputs/sukoharjo-2022.xlsx inputs/sukoharjo-2022-lists/
  outreach lists inputs/surakarta-2016.xlsx inputs/surakarta-2016-lists/ --sites-out solo.xlsx

Per lokasi: terdaftar, tercatat dua kali, sudah terekam, belum 16 tahun pada setiap hari
lokasi boleh dikunjungi, berumur 16 sesudah hari pertama lokasi (dihitung untuk layanan
berikutnya, kecuali --wait-for-16 menempatkan kunjungannya sesudah mereka), NIK
luar wilayah dan NIK yang tidak cocok dengan barisnya (keduanya tetap dihitung), dan jumlah
yang direncanakan di samping jumlah yang diketik. Rekonsiliasi menyebut baris dengan nama
berkas dan nomor baris, tidak pernah dengan nama atau NIK.""",
    "cmd.forget": """Menghapus berkas data pribadi kampanye yang sudah selesai: daftar nama dan
berkas bernama (`letters --lists`: daftar hadir bernama, undangan) yang disebut, atau yang ada
di folder yang disebut.

\b
Contoh:
  outreach forget inputs/sukoharjo-2022-lists/            # daftar yang akan dihapus
  outreach forget inputs/sukoharjo-2022-lists/ --yes      # menghapusnya

Hanya berkas .csv dan .xlsx yang baris pertamanya berisi kolom NIK, atau kolom nama dan tanggal
lahir, dan berkas bernama yang ditandai `letters` (sudah diisi atau belum) yang dihapus
(workbook input dan rencana, dan surat, yang berisi jumlah, tetap); folder yang menjadi kosong
ikut dihapus. Berkas yang dihapus bisa tersisa di Recycle Bin atau cadangan: kosongkan
juga.""",
    "opt.list_paths": "Daftar nama (berkas .csv atau .xlsx, atau foldernya; ulangi untuk "
    "lebih): setiap lokasi yang terdaftar direncanakan sebanyak hasil rekonsiliasi daftar (lihat "
    "`outreach lists`).",
    "opt.region_code": "Dengan daftar nama: kode 4 angka kabupaten/kota untuk memeriksa NIK "
    "(3311 untuk Kabupaten Sukoharjo). Bawaan: kode yang dibawa sebagian besar NIK di daftar.",
    "opt.lists.output": "Tempat menulis rekonsiliasi. Bawaan: outputs/<INPUT>-lists.xlsx.",
    "opt.vote_day": "Dengan daftar nama: hari KTP dibutuhkan (hari pemilu: 2024-02-14); "
    "rencana menyebut berapa orang berumur 17 pada hari itu dan sudah terekam.",
    "opt.wait_for_16": "Dengan daftar nama: tempatkan kunjungan lokasi sesudah ulang tahun "
    "ke-16 orang-orangnya bila rentang harinya masih memuat hari yang mereka butuhkan, alih-alih "
    "meninggalkan yang berumur 16 saat kampanye untuk layanan berikutnya.",
    "opt.sites_out": "Tulis juga workbook input baru: INPUT.xlsx dengan jumlah yang "
    "direncanakan di sheet Lokasi (jumlah yang diketik di sampingnya) dan sheet Usia.",
    "opt.lists.force": "Timpa berkas keluaran bila sudah ada.",
    "opt.yes": "Hapus; tanpa ini, hanya sebutkan yang akan dihapus.",
    "cmd.main": """Menyusun jadwal perekaman KTP-el jemput bola: alat mana mengunjungi sekolah atau
kelurahan mana pada hari apa, dari satu workbook Excel.

\b
Mulai di sini:
  outreach template kampanye.xlsx               workbook kosong untuk diisi
  outreach check inputs/sukoharjo-2022.xlsx     gambaran kapasitas, tanpa menyusun
  outreach plan  inputs/sukoharjo-2022.xlsx     rencana -> outputs/sukoharjo-2022-plan.xlsx

Format workbook ada di docs/WORKBOOKS.md (`outreach template` juga menulis workbook yang
menjelaskan dirinya sendiri); `outreach PERINTAH -h` menjelaskan setiap perintah. Semua yang
dicetak berbahasa Indonesia; --lang en (atau OUTREACH_LANG=en) untuk bahasa Inggris.""",
    "cmd.plan": """Menyusun rencana kampanye dari INPUT.xlsx dan menulis workbook rencana.

\b
Contoh:
  outreach plan inputs/sukoharjo-2022.xlsx
  outreach plan inputs/surakarta-2016.xlsx --lang en -o outputs/solo.xlsx
  outreach plan inputs/sukoharjo-2022.xlsx --buffer 90%

Semua orang direncanakan bila batas waktu memungkinkan; bila tidak, sebanyak mungkin, dan
rencana menyebut siapa yang tertinggal, mengapa, dan perbaikan terkecil (masing-masing
diperiksa dengan menyusun ulang): batas waktu paling awal yang memuat semua orang, berapa alat
tambahan sejak tanggal berapa, rentang hari lokasi mana yang diperlebar. Tujuan, berurutan:
jumlah orang, selesai paling awal, lokasi prioritas tinggi lebih dulu, alat tetap di satu
kecamatan.

Kode keluar: 0 semua orang terjadwal, 3 rencana ditulis tetapi tidak semua muat, 1 input
salah, 2 pemakaian salah, 4 gangguan mesin, 130 dihentikan dengan Ctrl-C (rencana terbaik yang
sudah diperiksa tetap ditulis).""",
    "cmd.check": """Memeriksa INPUT.xlsx dan menampilkan gambaran kapasitasnya, tanpa menyusun.

\b
Contoh:
  outreach check inputs/sukoharjo-2022.xlsx
  outreach check inputs/surakarta-2016.xlsx --lang en

Mencetak orang, hari-alat dan hari kunjungan yang dibutuhkan dibanding yang tersedia per jenis
lokasi, dan tanggal selesai paling awal yang mungkin (tepat bila kapasitas yang membatasi).
Kode keluar 0 bila semua bisa muat sebelum tanggal itu, 3 bila kapasitas saja sudah tidak
cukup, 1 bila input salah.""",
    "cmd.replan": """Menyusun ulang setelah keterlambatan dari PLAN.xlsx yang sheet Realisasi-nya
sudah diisi petugas.

\b
Contoh:
  outreach replan outputs/sukoharjo-2022-plan.xlsx --today 2022-09-12
  outreach replan plan-v2.xlsx --today 2022-10-03 --inputs updated.xlsx --freeze-days 5

Baris sebelum --today adalah riwayat (yang terekam dihitung; hari batal tidak menghitung
siapa pun; hari yang belum dilaporkan dianggap sesuai rencana, dengan peringatan); baris yang
tidak mungkin benar (diketik dua kali, terekam lebih banyak dari orang di lokasi) ditolak
dengan nomor barisnya. Hari yang sudah diumumkan, --freeze-days hari kerja (Senin-Jumat) mulai
hari ini, mempertahankan kunjungan yang masih diperlukan (sisanya dibebaskan dan disebut)
kecuali aturan kini melarangnya; orang yang masih tersisa dari kunjungan yang terpotong
mendapat kunjungan sendiri sesudahnya. Kunjungan lain dari rencana sebelumnya tetap kecuali
aturan, alat, atau memuat semua orang mengharuskan pindah: pertama sebanyak mungkin orang,
lalu sesedikit mungkin lokasi dipindah (perubahan yang lebih dekat lebih berat), lalu selesai
paling awal dan urutan biasa. Rencana baru punya sheet Perubahan dan surat untuk setiap lokasi
yang perlu diberi tahu.

Kode keluar: 0 semua orang terjadwal, 3 tidak semua muat, 1 input salah, 2 pemakaian salah,
4 gangguan mesin, 130 dihentikan dengan Ctrl-C (rencana terbaik yang sudah diperiksa tetap
ditulis).""",
    "cmd.template": """Menulis workbook input kosong untuk diisi, di PATH.xlsx.

\b
Contoh:
  outreach template kampanye.xlsx
  outreach plan kampanye.xlsx

Berisi setiap sheet dan judul kolom format workbook, catatan pada setiap judul, pilihan untuk
jenis, jaringan dan prioritas, pemeriksaan tanggal, aturan bawaan untuk sekolah dan
kelurahan, serta satu contoh lokasi dan dua alat, sehingga bisa langsung disusun.""",
    "cmd.whatif": """Membandingkan skenario berdampingan: tanggal selesai, orang terjadwal,
hari-alat terpakai dan peluang selesai tepat waktu (1.000 pengulangan, seperti `outreach risk`).

\b
Contoh:
  outreach whatif inputs/sukoharjo-2022.xlsx --kits +1@2022-09-01 --lost 2022-09-12..2022-09-16
  outreach whatif inputs/surakarta-2016.xlsx --weekdays kelurahan=Mon-Thu --deadline 2016-09-30
  outreach whatif inputs/sukoharjo-2022.xlsx --rate good=30 --kits -1@2022-10-03 --combined

Dasarnya adalah INPUT.xlsx apa adanya. Setiap opsi adalah satu skenario terhadap dasar itu;
ulangi opsi untuk skenario lain (--kits +1 --kits +2), tambahkan --combined untuk semuanya
sekaligus. Setiap skenario adalah rencana lengkap yang diperiksa aturannya; --time-limit
untuk semuanya (bawaan 30 di sini), dibagi rata.

Kode keluar: 0, 1 input salah, 2 pemakaian salah (opsi yang tidak terbaca atau tidak
berlaku).""",
    "cmd.risk": """Seberapa pasti rencana ini? Mengulang PLAN.xlsx --runs kali dengan jaringan dan
kehadiran yang tidak pasti, lalu melaporkan peluang selesai sebelum batas waktu (dan sebelum
hari terakhir lokasi sendiri), tanggal selesai P50 dan P90, perkiraan orang yang belum
terekam, dan lokasi paling berisiko.

\b
Contoh:
  outreach risk outputs/sukoharjo-2022-plan.xlsx --runs 1000 --seed 1

Model, dari Pengaturan rencana (bawaan dari angka Sukoharjo, 50 sehari untuk tim dua alat
bila jaringan lancar dan 20 bila macet): satu hari di lokasi berjaringan lancar macet dengan
peluang macet_lancar (0,2) dan merekam porsi_macet (0,4) dari laju lokasi; lokasi berjaringan
tersendat macet dengan peluang macet_tersendat (0,3); setiap orang datang dengan peluang
kehadiran (0,95). Yang terlewat diambil pada hari-alat kosong berikutnya dalam rentang hari
lokasi. "Selesai" berarti semua yang datang sudah terekam, untuk peluang maupun P50/P90. Baris
yang sudah dilaporkan di sheet Realisasi dihitung selesai. Rencana dan seed yang sama, jawaban
yang sama.

Kode keluar: 0, 1 input salah, 2 pemakaian salah.""",
    "cmd.plan-batch": """Menyusun setiap workbook wilayah yang disebut (atau di folder yang
disebut) sekaligus, paralel, dan menulis satu rencana per wilayah serta workbook ringkasan
dengan satu baris per wilayah: tanggal selesai, orang terjadwal dari yang dibutuhkan, status,
dan tautan ke rencananya.

\b
Contoh:
  outreach plan-batch inputs/ -o outputs/batch --workers 2
  outreach plan-batch jateng/*.xlsx -o outputs/jateng --scheduler tcp://10.0.0.5:8786

Setiap rencana sama dengan yang ditulis `outreach plan` (diperiksa aturannya, perbaikan bila
kurang). Input yang salah di satu wilayah, atau prosesnya yang mati, dilaporkan di barisnya
dan tidak menghentikan yang lain. Ctrl-C langsung berhenti: rencana yang sudah selesai tetap ada
dan ringkasan menyebut sisanya.

Kode keluar: 0 setiap wilayah terjadwal penuh, 3 ada wilayah yang kurang, 1 ada input wilayah
yang salah (atau penyusunannya gagal), 2 pemakaian salah, 4 gangguan mesin, 130 dihentikan.""",
    "opt.debug": "Tampilkan traceback lengkap dari kesalahan tak terduga.",
    "opt.main.lang": "Bahasa semua yang dikatakannya, juga sebelum perintah "
    "(outreach --lang en -h).",
    "opt.lang": "Bahasa yang dicetak perintah ini dan bahasa workbook yang ditulisnya: id "
    "(Indonesia) atau en (Inggris). Atur OUTREACH_LANG=en sekali agar bahasa Inggris menjadi "
    "bawaan.",
    "opt.template.lang": "Bahasa yang dicetak dan bahasa nama sheet, judul kolom dan catatan. "
    "Atur OUTREACH_LANG=en sekali agar bahasa Inggris menjadi bawaan.",
    "opt.output": "Tempat menulis workbook hasil.",
    "opt.plan.output": "Tempat menulis workbook rencana. Bawaan: outputs/<INPUT>-plan.xlsx.",
    "opt.replan.output": "Tempat menulis rencana baru. Bawaan: di samping PLAN, bernama -v2, "
    "-v3, ...",
    "opt.whatif.output": "Tempat menulis workbook Skenario. Bawaan: outputs/<INPUT>-whatif.xlsx.",
    "opt.risk.output": "Tempat menulis workbook Risiko. Bawaan: outputs/<PLAN>-risk.xlsx.",
    "opt.plan-batch.out_dir": "Folder untuk rencana (<input>-plan.xlsx) dan summary.xlsx.",
    "opt.buffer": "Susun untuk peluang P selesai sebelum batas waktu menurut model jaringan "
    "dan kehadiran `outreach risk` (0.9 atau 90%): laju yang hati-hati memberi kelonggaran di "
    "tempat yang perlu. Menyusun beberapa kali; Ringkasan menyebut biaya cadangan dalam "
    "tanggal selesai.",
    "opt.seed": "Seed pencarian.",
    "opt.risk.seed": "Seed acak.",
    "opt.time_limit": "Detik yang boleh dipakai seluruh perintah: membaca, menyusun, mencari "
    "perbaikan dan menulis. Workbook dan seed yang sama memberi rencana yang sama kecuali "
    "komputer terlalu lambat atau sibuk untuk menyelesaikan pencarian tepat waktu (maka "
    "dikatakan).",
    "opt.plan-batch.time_limit": "Detik yang boleh dipakai setiap wilayah: membaca, menyusun, "
    "mencari perbaikan dan menulis.",
    "opt.repeatable": "Hitung --time-limit dalam detik deterministik CP-SAT: workbook dan seed "
    "yang sama memberi rencana yang sama di komputer mana pun, berapa pun lamanya.",
    "opt.force": "Ganti berkas hasil bila sudah ada.",
    "opt.quiet": "Tanpa tampilan kemajuan dan tanpa ringkasan.",
    "opt.today": "Tanggal penyusunan ulang (YYYY-MM-DD).",
    "opt.inputs_path": "Workbook input yang diperbarui (alat keluar, hari tutup, lokasi "
    "ditambah atau dihapus, jumlah) sebagai ganti input yang dibawa rencana; lokasi dan alat "
    "dicocokkan menurut ID.",
    "opt.freeze_days": "Hari kerja mulai hari ini yang kunjungannya sudah diumumkan dan tetap "
    "(kecuali aturan kini melarang).",
    "opt.kits": "N alat tambahan (sejak TANGGAL), atau -N lebih sedikit (alat rusak sejak "
    "TANGGAL). Bisa diulang.",
    "opt.lost": "Hari hilang: tidak ada yang terekam. Bisa diulang.",
    "opt.deadline": "Batas waktu lain. Bisa diulang.",
    "opt.weekdays": "Hari kunjungan lain untuk satu jenis: kelurahan=Sen-Kam. Bisa diulang.",
    "opt.rate": "Orang per hari-alat untuk satu jaringan: lancar=30, tersendat=8. Bisa diulang.",
    "opt.blanks": "N blangko tambahan datang (pada TANGGAL; bawaan: awal kampanye). Bisa diulang.",
    "opt.print_rate": "KTP yang dicetak per hari kerja. Bisa diulang.",
    "opt.combined": "Tambahkan satu skenario dengan semua perubahan di atas sekaligus.",
    "opt.runs": "Berapa kali rencana diulang.",
    "opt.workers": "Wilayah yang disusun bersamaan, masing-masing dalam prosesnya sendiri.",
    "opt.address": "Jalankan di klaster Dask (tcp://host:8786); perlu dependensi tambahan: "
    "pip install 'outreach-scheduler[dask]', di sini dan di setiap worker.",
    "opt.version": "Tampilkan versi lalu keluar.",
    "opt.help": "Tampilkan bantuan ini lalu keluar.",
    "cmd.letters": """Menulis surat ke lokasi (satu PDF) dan daftar hadirnya (satu workbook);
dengan nama, bila --lists.

\b
Contoh:
  outreach letters outputs/sukoharjo-2022-plan.xlsx --contact "Bp. Joko, 0812 3456 7890"
  outreach letters plan-v2.xlsx --previous plan.xlsx --today 2022-09-12

Satu surat per lokasi yang dikunjungi (kepada kepala sekolah, kepada lurah): hari kunjungan,
alat, berapa orang pada sesi jam berapa, yang perlu disiapkan dan narahubung; nomor, tanda
tangan, nama dan NIP diisi kantor. Dengan --previous, hanya lokasi yang jadwalnya berubah,
sebagai perubahan jadwal dengan hari lama dan baru. Workbook daftar hadir punya satu sheet per
lokasi dan hari kunjungan, baris bernomor per sesi dan kolom tanda (hadir / tidak hadir /
sudah rekam / menolak); setelah diisi, dibaca `replan --attendance` dan `report --attendance`.

Dengan --lists (daftar nama yang dipakai menyusun rencana), orang yang dihitung rencana di
setiap lokasi mengisi baris daftar hadir dengan nama, urut kelas atau RT, dengan NIK tersamar
(<plan>-daftar-hadir-nama.xlsx), warga kelurahan mendapat undangan bernama
(<plan>-undangan.pdf), dan surat menyebut kelas atau RT setiap sesi. Kedua berkas itu data
pribadi: `outreach forget FOLDER --yes` menghapusnya.

Status keluar: 0, 1 input salah, 2 pemakaian salah, 4 gangguan mesin.""",
    "cmd.report": """Posisi kampanye pada --date: terekam hari itu dan sampai hari itu, dibanding
rencana dan dibanding yang seharusnya sudah selesai, per kecamatan, lokasi dan alat; lokasi
yang tertinggal dan berapa hari kerja; KTP tercetak dan surat keterangan sementara (dengan
sheet Cetak); perlu tidaknya susun ulang dan alasannya.

\b
Contoh:
  outreach report outputs/sukoharjo-2022-plan.xlsx --date 2022-09-16

Tiga bentuk: terminal; satu halaman PDF A4 dengan grafik orang direncanakan dan terekam; pesan
singkat untuk grup WhatsApp (berkas .txt, kurang dari 1.000 karakter). Terekam adalah yang
dilaporkan sheet Realisasi (atau --attendance); hari-alat yang belum dilaporkan dihitung
belum dilaporkan, tidak pernah sebagai terekam.

Status keluar: 0, 1 input salah, 2 pemakaian salah, 4 gangguan mesin.""",
    "opt.letters.today": "Hanya hari kunjungan mulai tanggal ini (YYYY-MM-DD).",
    "opt.letters.list_paths": "Daftar nama yang dipakai menyusun rencana (`plan --lists`; "
    "berkas atau folder, ulangi untuk lebih): daftar hadir bernama, undangan untuk warga "
    "kelurahan, kelas atau RT setiap hari di surat. Berkas pribadi tersendiri: `outreach "
    "forget` menghapusnya.",
    "opt.previous_path": "Rencana sebelum penyusunan ulang: surat hanya untuk lokasi yang "
    "jadwalnya mulai --today berubah (Perubahan jadwal), dengan hari lama dan baru.",
    "opt.contact": "Narahubung kantor yang ditulis di setiap surat.",
    "opt.dated": "Tanggal surat (bawaan: hari ini).",
    "opt.letters.out_dir": "Folder tempat menulis. Bawaan: di samping PLAN.",
    "opt.report.out_dir": "Folder tempat menulis. Bawaan: di samping PLAN.",
    "opt.letters.lang": "Bahasa yang dicetak, bahasa surat dan daftar hadir.",
    "opt.report.lang": "Bahasa yang dicetak, bahasa halaman laporan dan pesannya.",
    "opt.day": "Hari yang dilaporkan (bawaan: hari ini).",
    "opt.replan.attendance_path": "Daftar hadir yang sudah diisi (`outreach letters`): "
    "jumlahnya sebagai baris Realisasi, dan kehadiran terukurnya sebagai kehadiran rencana.",
    "opt.report.attendance_path": "Daftar hadir yang sudah diisi (`outreach letters`), "
    "dihitung sebagai baris Realisasi.",
}

# click's own frame around our words (usage line, headings, usage errors), in Indonesian; the
# CLI hands these to click in place of its gettext. Keys are click's English text exactly.
# (The help of -h and --version is worded with the rest of the help, `HELP_ID`: click words
# those once, before --lang is read.)
CLICK_ID: dict[str, str] = {
    "Usage:": "Pemakaian:",
    "[OPTIONS]": "[OPSI]",
    "COMMAND [ARGS]...": "PERINTAH [ARGUMEN]...",
    "Options": "Opsi",
    "Commands": "Perintah",
    "Error: {message}": "Kesalahan: {message}",
    "Try '{command} {option}' for help.": "Ketik '{command} {option}' untuk bantuan.",
    "Missing argument": "Argumen belum diberikan",
    "Missing option": "Opsi belum diberikan",
    "Missing parameter": "Parameter belum diberikan",
    "Missing command.": "Perintah belum diberikan.",
    "Missing {param_type}": "{param_type} belum diberikan",
    "Missing parameter: {param_name}": "Parameter belum diberikan: {param_name}",
    "No such command {name!r}.": "Tidak ada perintah {name!r}.",
    "No such option {name!r}.": "Tidak ada opsi {name!r}.",
    "Option {name!r} does not take a value.": "Opsi {name!r} tidak menerima nilai.",
    "Invalid value for {param_hint}: {message}": "Nilai tidak sah untuk {param_hint}: {message}",
    "Invalid value: {message}": "Nilai tidak sah: {message}",
    "default: {default}": "bawaan: {default}",
    "Aborted!": "Dibatalkan.",
    "{value!r} is not a valid {number_type}.": "{value!r} bukan {number_type} yang sah.",
    "{value} is not in the range {range}.": "{value} tidak dalam rentang {range}.",
    "{name} {filename!r} does not exist.": "{name} {filename!r} tidak ada.",
    "{name} {filename!r} is a directory.": "{name} {filename!r} adalah folder.",
    "{name} {filename!r} is a file.": "{name} {filename!r} adalah berkas, bukan folder.",
    "file": "berkas",
    "directory": "folder",
    "path": "path",
    "integer": "bilangan bulat",
    "float": "bilangan",
    # ngettext's pairs: the singular and the plural both worded.
    "Got unexpected extra argument ({args})": "Ada argumen lebih yang tidak dikenal ({args})",
    "Got unexpected extra arguments ({args})": "Ada argumen lebih yang tidak dikenal ({args})",
    "Did you mean {possibility}?": "Maksudnya {possibility}?",
    "(Did you mean one of: {possibilities}?)": "(Maksudnya salah satu dari: {possibilities}?)",
    "Option {name!r} requires an argument.": "Opsi {name!r} perlu nilai.",
    "Option {name!r} requires {nargs} arguments.": "Opsi {name!r} perlu {nargs} nilai.",
    "{value!r} is not {choice}.": "{value!r} bukan {choice}.",
    "{value!r} is not one of {choices}.": "{value!r} bukan salah satu dari {choices}.",
}

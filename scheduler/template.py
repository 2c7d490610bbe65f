"""An empty input workbook to start from: the contract's sheets and headers, a note on every
header, dropdowns and date checks, the default rules, and one example row so it plans as it is.

Headers and keys come from the reader's own tables, so what the template offers is exactly what
the reader accepts.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import openpyxl
from openpyxl.comments import Comment
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from scheduler.dates import format_weekdays
from scheduler.labels import word
from scheduler.problem import DEFAULT_TYPES
from scheduler.reader import COLUMNS, INPUT_SHEETS, SETTINGS_KEYS, SHEETS
from scheduler.xlsx import fit_widths, header_row, print_setup, put

ROWS = 500  # rows the dropdowns and checks cover

# What each column means, (Indonesian, English); one note per header cell.
HELP: dict[str, dict[str, tuple[str, str]]] = {
    "sites": {
        "site_id": ("Kode unik lokasi, mis. SKH-01. Wajib.", "Unique id of the site, e.g. SKH-01. Required."),
        "name": ("Nama sekolah atau kelurahan. Wajib.", "School or kelurahan name. Required."),
        "type": ("Jenis lokasi: sekolah, kelurahan, atau jenis lain yang ada di sheet Aturan. Wajib.",
                 "Site type: school, kelurahan, or another type named on the Rules sheet. Required."),
        "kecamatan": ("Kecamatan lokasi; kunjungan dikelompokkan per kecamatan. Wajib.",
                      "The site's kecamatan; visits are grouped by it. Required."),
        "people": ("Jumlah orang yang belum terekam di lokasi ini (bilangan bulat >= 0). Wajib.",
                   "People still to record here (whole number >= 0). Required."),
        "network": ("Kondisi jaringan: lancar atau tersendat. Kosong = lancar.",
                    "Network: good or poor. Blank = good."),
        "rate": ("Orang per alat per hari di lokasi ini; kosong = sesuai jaringan (Pengaturan).",
                 "People one kit records here in a day; blank = the network's rate (Settings)."),
        "priority": ("Prioritas 1 (terendah) sampai 5 (tertinggi). Kosong = 3.",
                     "Priority 1 (lowest) to 5 (highest). Blank = 3."),
        "earliest": ("Tanggal paling awal lokasi boleh dikunjungi (opsional).",
                     "First date the site may be visited (optional)."),
        "latest": ("Tanggal paling akhir lokasi boleh dikunjungi (opsional).",
                   "Last date the site may be visited (optional)."),
        "closed": ("Tanggal lokasi tutup, mis. 2022-12-05..2022-12-10; 2022-11-17 (opsional).",
                   "Dates the site is closed, e.g. 2022-12-05..2022-12-10; 2022-11-17 (optional)."),
        "contact": ("Kontak di lokasi; disalin ke jadwal.", "Contact at the site; copied to the plan."),
        "notes": ("Catatan; disalin ke jadwal.", "Notes; copied to the plan."),
    },
    "kits": {
        "kit_id": ("Kode unik alat perekaman, mis. A1. Wajib.", "Unique kit id, e.g. K1. Required."),
        "name": ("Nama alat (opsional).", "Display name (optional)."),
        "unavailable": ("Tanggal alat tidak tersedia (perbaikan, tugas lain), mis. 2022-10-10..2022-10-14.",
                        "Dates the kit is out (repair, other duty), e.g. 2022-10-10..2022-10-14."),
    },
    "rules": {
        "type": ("Nama jenis lokasi.", "The type name."),
        "weekdays": ("Hari kunjungan yang boleh, mis. Sen-Jum atau Sen,Sel,Rab.",
                     "Days this type may be visited, e.g. Mon-Fri or Mon,Tue,Wed."),
        "max_sites_per_day": ("Paling banyak lokasi jenis ini per hari; kosong = tanpa batas.",
                              "Most sites of this type visited on one day; blank = no limit."),
        "min_kits": ("Jumlah alat paling sedikit yang dikirim setiap hari kunjungan.",
                     "Fewest kits sent together on each visit day."),
        "max_kits": ("Jumlah alat paling banyak di satu lokasi dalam sehari.",
                     "Most kits at one site on one day."),
    },
    "closures": {
        "date": ("Tanggal atau rentang kantor tutup, mis. 2022-12-26 atau 2022-08-16..2022-08-18.",
                 "A date or range the office is closed, e.g. 2022-12-26 or 2022-08-16..2022-08-18."),
        "reason": ("Keterangan.", "Reason."),
    },
    "reserved": {
        "date": ("Tanggal, rentang, atau nama hari (mis. Jumat) untuk tugas tetap.",
                 "A date, a range, or a weekday (e.g. Fri) for a fixed duty."),
        "kits": ("Berapa alat yang dipakai tugas ini pada hari itu.", "How many kits the duty takes that day."),
        "label": ("Nama tugas, mis. Kunjungan rumah lansia.", "Duty name, e.g. Home visits."),
    },
    "printing": {
        "item": ("Opsional: pencetakan KTP. Butir: kapasitas (KTP per hari kerja, wajib bila sheet "
                 "ini diisi), lembur, stok (blangko di awal), kiriman (blangko datang pada tanggal), "
                 "antrean (siap cetak di awal, per kelas), loket (permohonan per hari, per kelas), "
                 "kelas (urutan cetak), target (tanggal KTP kampanye selesai). Kosongkan sheet bila "
                 "tidak dipakai.",
                 "Optional: printing the cards. Items: rate (cards a working day, required when "
                 "this sheet is used), overtime, stock (blanks at the start), delivery (blanks "
                 "arriving on a date), backlog (ready to print at the start, per class), counter "
                 "(requests a working day, per class), class (print order), target (date the "
                 "campaign's cards are wanted). Leave the sheet empty if not used."),
        "count": ("Jumlah: KTP per hari, blangko, atau catatan per hari (bilangan bulat >= 0).",
                  "Count: cards a day, blanks, or records a day (whole number >= 0)."),
        "date": ("Tanggal: kiriman, target, atau hari lembur (tanggal, rentang, atau nama hari).",
                 "Date: of a delivery, the target, or overtime days (dates, ranges or weekdays)."),
        "class": ("Kelas cetak: rusak, kampanye, perubahan, atau kelas sendiri (baris kelas).",
                  "Print class: damaged, campaign, change, or one of your own (class rows)."),
        "note": ("Keterangan (tidak dibaca).", "A note (not read)."),
    },
}  # fmt: skip
SETTINGS_HELP: dict[str, tuple[str, str]] = {
    "start": ("Hari pertama kegiatan. Wajib.", "First day of the campaign. Required."),
    "deadline": ("Hari terakhir perekaman boleh dilakukan. Wajib.",
                 "Last day on which recording may happen. Required."),
    "rate_good": ("Orang per alat per hari bila jaringan lancar (bawaan 25).",
                  "People per kit-day where the network is good (default 25)."),
    "rate_poor": ("Orang per alat per hari bila jaringan tersendat (bawaan 10).",
                  "People per kit-day where the network is poor (default 10)."),
    "holidays": ("Kode negara untuk libur nasional dan cuti bersama (ID), atau none.",
                 "Country code for national holidays and cuti bersama (ID), or none."),
    "region": ("Nama wilayah yang dicetak di setiap keluaran.", "Name printed on every output."),
    "stall_good": ("Untuk `outreach risk`: peluang satu hari macet di lokasi berjaringan lancar "
                   "(bawaan 0,2 = sehari dari lima).",
                   "For `outreach risk`: chance a day stalls at a good-network site "
                   "(default 0.2 = a day in five)."),
    "stall_poor": ("Untuk `outreach risk`: peluang satu hari macet di lokasi berjaringan "
                   "tersendat (bawaan 0,3).",
                   "For `outreach risk`: chance a day stalls at a poor-network site (default 0.3)."),
    "stalled_share": ("Pada hari macet, bagian dari laju lokasi yang tetap terekam (bawaan 0,4: "
                      "Sukoharjo 20 dari 50 sehari).",
                      "On a stalled day, the share of the site's rate still recorded (default "
                      "0.4: Sukoharjo's 20 of 50 a day)."),
    "stalled_rate_good": ("Jika diisi: orang per alat pada hari macet, jaringan lancar, sebagai "
                          "ganti porsi_macet (kosong: porsi_macet).",
                          "If set: people per kit on a stalled day, good network, instead of "
                          "stalled_share (blank: stalled_share)."),
    "stalled_rate_poor": ("Jika diisi: orang per alat pada hari macet, jaringan tersendat, "
                          "sebagai ganti porsi_macet (kosong: porsi_macet).",
                          "If set: people per kit on a stalled day, poor network, instead of "
                          "stalled_share (blank: stalled_share)."),
    "turnout": ("Bagian orang yang hadir pada hari kunjungan (bawaan 0,95).",
                "Share of the people invited who come on their visit day (default 0.95)."),
}  # fmt: skip

TYPE_VALUES = {"school": ("sekolah", "school"), "kelurahan": ("kelurahan", "kelurahan")}
NETWORK_VALUES = (("lancar", "tersendat"), ("good", "poor"))


def _name(aliases: tuple[str, ...], lang: str) -> str:
    return aliases[-1] if lang == "id" else aliases[0]


def build_template(lang: str = "id", today: date | None = None) -> Workbook:
    """The template; `today` sets the example campaign (next Monday, for twelve weeks)."""
    i = 0 if lang == "id" else 1
    today = today or date.today()
    start = today + timedelta(days=(7 - today.weekday()) % 7 or 7)
    deadline = start + timedelta(weeks=12, days=-3)
    book = openpyxl.Workbook()
    book.remove(book.active)
    sheets = {key: book.create_sheet(_name(SHEETS[key], lang)) for key in INPUT_SHEETS}
    rules_title = sheets["rules"].title

    example: dict[str, list[Any]] = {
        "sites": [["SKH-01", "SMAN 1 Contoh", TYPE_VALUES["school"][i], "Sukoharjo", 80,
                   NETWORK_VALUES[i][0], None, 3, None, None, None, "", ""]],
        "kits": [["A1" if lang == "id" else "K1", "", None],
                 ["A2" if lang == "id" else "K2", "", None]],
        "rules": [[TYPE_VALUES[t.name][i], format_weekdays(t.weekdays, lang), t.max_sites_per_day,
                   t.min_kits, t.max_kits] for t in DEFAULT_TYPES],
        "closures": [],
        "reserved": [],
        "printing": [],  # optional: an empty sheet plans without a print projection
    }  # fmt: skip
    for key in INPUT_SHEETS:
        if key == "settings":
            continue  # key / value pairs, below
        columns = COLUMNS[key]
        ws = sheets[key]
        headers = [_name(aliases, lang) for aliases in columns.values()]
        header_row(ws, 1, headers)
        for c, field in enumerate(columns, start=1):
            note = HELP[key][field][i]
            ws.cell(row=1, column=c).comment = Comment(note, "outreach", width=260, height=110)
        for r, values in enumerate(example[key], start=2):
            for c, v in enumerate(values, start=1):
                put(ws, r, c, v)
        fit_widths(ws, headers, example[key])
        ws.freeze_panes = "A2"
        for c, field in enumerate(columns, start=1):
            _validate(ws, key, field, c, lang, rules_title)

    ws = sheets["settings"]
    header_row(ws, 1, ["kunci", "nilai"] if lang == "id" else ["key", "value"])
    settings: dict[str, Any] = {
        "start": start,
        "deadline": deadline,
        "rate_good": 25,
        "rate_poor": 10,
        "holidays": "ID",
        "region": "",
        "stall_good": 0.2,
        "stall_poor": 0.3,
        "stalled_share": 0.4,
        "stalled_rate_good": None,
        "stalled_rate_poor": None,
        "turnout": 0.95,
    }
    for r, (key, aliases) in enumerate(SETTINGS_KEYS.items(), start=2):
        put(ws, r, 1, _name(aliases, lang)).comment = Comment(
            SETTINGS_HELP[key][i], "outreach", width=260, height=90
        )
        put(ws, r, 2, settings[key])
        if key in ("start", "deadline"):
            _date_check(ws, f"B{r}", lang)
    ws.column_dimensions["A"].width = 24
    ws.column_dimensions["B"].width = 16
    # Printed to be filled by hand too: A4, fitted to the width with the header on every page.
    for sheet in book.worksheets:
        print_setup(sheet, "", sheet.title, word("page", lang), landscape=sheet.max_column > 6)
    return book


def _validate(ws: Worksheet, key: str, field: str, col: int, lang: str, rules: str) -> None:
    letter = ws.cell(row=1, column=col).column_letter
    cells = f"{letter}2:{letter}{ROWS}"
    i = 0 if lang == "id" else 1
    dv: DataValidation | None = None
    if key == "sites" and field == "type":
        # The types named on the Rules sheet, so a new type there appears here too.
        dv = DataValidation(type="list", formula1=f"'{rules}'!$A$2:$A$50", allow_blank=True)
    elif key == "sites" and field == "network":
        dv = DataValidation(
            type="list", formula1=f'"{",".join(NETWORK_VALUES[i])}"', allow_blank=True
        )
    elif key == "sites" and field == "priority":
        dv = DataValidation(type="list", formula1='"1,2,3,4,5"', allow_blank=True)
    elif field in ("people", "rate", "kits", "max_sites_per_day", "min_kits", "max_kits"):
        low = "0" if field == "people" else "1"
        dv = DataValidation(
            type="whole", operator="greaterThanOrEqual", formula1=low, allow_blank=True
        )
    elif key == "sites" and field in ("earliest", "latest"):
        _date_check(ws, cells, lang)
    if dv is not None:
        dv.error = HELP[key][field][i]
        dv.errorTitle = ws.cell(row=1, column=col).value
        dv.showErrorMessage = True
        ws.add_data_validation(dv)
        dv.add(cells)


def _date_check(ws: Worksheet, cells: str, lang: str) -> None:
    dv = DataValidation(type="date", operator="greaterThan", formula1="1", allow_blank=True)
    dv.error = "Tulis tanggal, mis. 2022-08-01" if lang == "id" else "Write a date, e.g. 2022-08-01"
    dv.showErrorMessage = True
    ws.add_data_validation(dv)
    dv.add(cells)
    for row in ws[cells] if ":" in cells else [[ws[cells]]]:
        for cell in row:
            cell.number_format = "dd/mm/yyyy"

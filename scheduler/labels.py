"""Words the outputs use, in Indonesian (the default) and English."""

from __future__ import annotations

LANGS = ("id", "en")

_WORDS: dict[str, tuple[str, str]] = {
    # sheet names
    "sheet.summary": ("Ringkasan", "Summary"),
    "sheet.schedule": ("Jadwal", "Schedule"),
    "sheet.sites": ("Lokasi", "Sites"),
    "sheet.progress": ("Realisasi", "Progress"),
    "sheet.calendar": ("Kalender", "Calendar"),
    "sheet.changes": ("Perubahan", "Changes"),
    "sheet.chart": ("Grafik", "Chart"),
    "sheet.kit": ("Alat {kit}", "Kit {kit}"),
    # columns
    "date": ("Tanggal", "Date"),
    "day": ("Hari", "Day"),
    "kit": ("Alat", "Kit"),
    "site_id": ("ID Lokasi", "Site ID"),
    "site_name": ("Nama Lokasi", "Site name"),
    "type": ("Jenis", "Type"),
    "kecamatan": ("Kecamatan", "Kecamatan"),
    "network": ("Jaringan", "Network"),
    "people": ("Jumlah", "People"),
    "label": ("Keterangan", "Label"),
    "priority": ("Prioritas", "Priority"),
    "people_needed": ("Belum Terekam", "People to record"),
    "people_planned": ("Direncanakan", "Planned"),
    "people_left": ("Sisa", "Left out"),
    "first_day": ("Kunjungan Mulai", "First visit day"),
    "last_day": ("Kunjungan Selesai", "Last visit day"),
    "visit_days": ("Hari Kunjungan", "Visit days"),
    "kits": ("Alat Dikirim", "Kits"),
    "kit_days": ("Hari-Alat", "Kit-days"),
    "contact": ("Kontak", "Contact"),
    "notes": ("Catatan", "Notes"),
    "reason": ("Alasan", "Reason"),
    "planned": ("Rencana", "Planned"),
    "recorded": ("Terekam", "Recorded"),
    "status": ("Status", "Status"),
    # values
    "good": ("lancar", "good"),
    "poor": ("tersendat", "poor"),
    "school": ("sekolah", "school"),
    "kelurahan": ("kelurahan", "kelurahan"),
    "done": ("selesai", "done"),
    "partial": ("sebagian", "partial"),
    "lost": ("batal", "lost"),
    # calendar, itineraries, chart
    "off_day": ("Libur / tutup", "Day off"),
    "unavailable": ("tidak tersedia", "unavailable"),
    "legend": ("Warna kecamatan", "Kecamatan colours"),
    "weekday_note": ("Keterangan hari", "About the day"),
    "itinerary": ("Jadwal tim {kit}", "Itinerary of {kit}"),
    "page": ("Halaman &P dari &N", "Page &P of &N"),
    "cumulative": ("Kumulatif direncanakan", "Cumulative planned"),
    "total_people": ("Total yang harus direkam", "Total to record"),
    "deadline": ("Batas waktu", "Deadline"),
    "chart_title": (
        "Orang terekam (rencana) menuju batas waktu",
        "People planned towards the deadline",
    ),
    "people_axis": ("Orang", "People"),
    "optimal": ("optimal", "optimal"),
    "feasible": ("layak (belum terbukti)", "feasible (not proven)"),
    "greedy": ("rencana cepat", "greedy"),
    # re-planning
    "version": ("Versi rencana", "Plan version"),
    "replanned_on": ("disusun ulang pada", "re-planned on"),
    "recorded_line": ("Sudah terekam", "Recorded so far"),
    "unreported": ("belum dilaporkan", "not reported"),
    "old_days": ("Tanggal lama", "Old days"),
    "old_kits": ("Alat lama", "Old kits"),
    "new_days": ("Tanggal baru", "New days"),
    "new_kits": ("Alat baru", "New kits"),
    "no_changes": ("Tidak ada kunjungan yang berubah.", "No visit changed."),
    "stage.stability": (
        "perubahan dari rencana lama, berbobot (min.)",
        "changes from the previous plan, weighted (min)",
    ),
    # summary
    "title": ("Rencana Perekaman e-KTP Jemput Bola", "Mobile e-KTP Recording Plan"),
    "region": ("Wilayah", "Region"),
    "campaign": ("Masa kegiatan", "Campaign"),
    "finish": ("Selesai pada", "Finish date"),
    "finish_proven": ("terbukti paling awal", "proven earliest possible"),
    "finish_gap": (
        "belum terbukti paling awal; tidak ada rencana yang selesai sebelum {bound} "
        "(selisih {gap} hari kerja)",
        "not proven earliest; no plan finishes before {bound} ({gap} working days apart)",
    ),
    "people_line": ("Orang direncanakan", "People planned"),
    "of": ("dari", "of"),
    "kit_days_line": ("Hari-alat terpakai", "Kit-days used"),
    "available": ("tersedia", "available"),
    "working_days": ("Hari kerja", "Working days"),
    "stages": ("Tahap optimasi", "Optimisation stages"),
    "stage": ("Tahap", "Stage"),
    "value": ("Nilai", "Value"),
    "bound": ("Batas", "Bound"),
    "gap": ("Selisih", "Gap"),
    "proven": ("Terbukti", "Proven"),
    "yes": ("ya", "yes"),
    "no": ("tidak", "no"),
    "stage.people": ("orang direncanakan (maks.)", "people planned (max)"),
    "stage.finish": ("hari kerja sampai selesai (min.)", "working days to finish (min)"),
    "stage.priority": ("prioritas x hari selesai (min.)", "priority x finish day (min)"),
    "stage.continuity": (
        "alat pindah kecamatan, lalu hari-alat (min.)",
        "kits changing kecamatan, then kit-days (min)",
    ),
    "short_title": ("Lokasi yang belum terjadwal penuh", "Sites not fully planned"),
    "all_planned": (
        "Semua orang terjadwal sebelum batas waktu.",
        "Everyone is planned by the deadline.",
    ),
    "warnings": ("Peringatan", "Warnings"),
    "seed": ("Seed", "Seed"),
    "progress_help": (
        "Isi kolom Terekam (jumlah orang yang benar-benar terekam) dan Status "
        "(selesai / sebagian / batal) setiap hari; baris kosong berarti belum dilaporkan.",
        "Fill Recorded (people actually recorded) and Status (done / partial / lost) each "
        "day; a blank row is not yet reported.",
    ),
}


def word(key: str, lang: str) -> str:
    idn, en = _WORDS[key]
    return idn if lang == "id" else en


# Reasons for a change, as the re-planner words them (English) and in Indonesian.
_REASONS = {
    "lost day": "hari batal",
    "shortfall: part of its people were not recorded": "sebagian belum terekam",
    "kit out": "alat tidak tersedia",
    "kit out: not enough kits that day": "alat tidak tersedia: alat tidak cukup hari itu",
    "closure: the office is closed that day": "libur: kantor tutup hari itu",
    "closure: the site is closed that day": "libur: lokasi tutup hari itu",
    "holiday": "hari libur",
    "new site": "lokasi baru",
    "site removed": "lokasi dihapus",
    "everyone already recorded": "semua sudah terekam",
    "more people to record": "jumlah orang bertambah",
    "no longer fits before the deadline": "tidak lagi muat sebelum batas waktu",
    "moved to make room for other changes": "digeser untuk memberi tempat perubahan lain",
    "the site's window changed": "rentang tanggal lokasi berubah",
    "its type's weekdays changed": "hari kunjungan jenisnya berubah",
    "its type's kit rule changed": "aturan alat jenisnya berubah",
}


def word_or(reason: str, lang: str) -> str:
    """A change reason in the sheet's language (as it is, if not a known phrase)."""
    return _REASONS.get(reason, reason) if lang == "id" else reason

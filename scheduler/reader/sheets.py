"""The input sheets as a workbook names them: sheet titles, column headers, Settings keys and
the words a cell may hold, in English and Indonesian. Headers match without regard to case,
spaces, `_` and `-` (`norm`)."""

from __future__ import annotations

from scheduler.plan import DONE, LOST, PARTIAL
from scheduler.problem import CAMPAIGN, GOOD, KELURAHAN, POOR, SCHOOL

# Prefix of the sheets in which a plan workbook carries the inputs it was planned from.
EMBEDDED = "Input "


def norm(text: object) -> str:
    return "".join(ch for ch in str(text).lower() if ch not in " _-\t\n")


SHEETS: dict[str, tuple[str, str]] = {
    "sites": ("Sites", "Lokasi"),
    "kits": ("Kits", "Alat"),
    "settings": ("Settings", "Pengaturan"),
    "rules": ("Rules", "Aturan"),
    "closures": ("Closures", "Libur"),
    "reserved": ("Reserved", "Agenda"),
    "printing": ("Printing", "Cetak"),
    "progress": ("Progress", "Realisasi"),
    "ages": ("Ages", "Usia"),
}

# The sheets of an input workbook a person fills (the template's); `ages` is written from name
# lists, `progress` is a plan workbook's.
INPUT_SHEETS = ("sites", "kits", "settings", "rules", "closures", "reserved", "printing")

COLUMNS: dict[str, dict[str, tuple[str, ...]]] = {
    "sites": {
        "site_id": ("site_id", "id_lokasi"),
        "name": ("name", "nama"),
        "type": ("type", "jenis"),
        "kecamatan": ("kecamatan",),
        "people": ("people", "jumlah"),
        "network": ("network", "jaringan"),
        "rate": ("rate", "kapasitas"),
        "priority": ("priority", "prioritas"),
        "earliest": ("earliest", "mulai"),
        "latest": ("latest", "selesai"),
        "closed": ("closed", "tutup"),
        "contact": ("contact", "kontak"),
        "notes": ("notes", "catatan"),
    },
    "kits": {
        "kit_id": ("kit_id", "id_alat"),
        "name": ("name", "nama"),
        "unavailable": ("unavailable", "tidak_tersedia"),
    },
    "rules": {
        "type": ("type", "jenis"),
        "weekdays": ("weekdays", "hari"),
        "max_sites_per_day": ("max_sites_per_day", "maks_lokasi_per_hari"),
        "min_kits": ("min_kits", "min_alat"),
        "max_kits": ("max_kits", "maks_alat"),
    },
    "closures": {"date": ("date", "tanggal"), "reason": ("reason", "keterangan")},
    "reserved": {
        "date": ("date", "tanggal"),
        "kits": ("kits", "alat"),
        "label": ("label", "keterangan"),
    },
    "printing": {
        "item": ("item", "butir"),
        "count": ("count", "jumlah"),
        "date": ("date", "tanggal"),
        "class": ("class", "kelas"),
        "note": ("note", "keterangan"),
    },
    "ages": {
        "site_id": ("site_id", "id_lokasi"),
        "age": ("age", "umur"),
        "date": ("date", "tanggal"),
        "people": ("people", "jumlah"),
    },
    "progress": {
        "date": ("date", "tanggal"),
        "kit_id": ("kit", "alat"),
        "site_id": ("site_id", "id_lokasi"),
        "planned": ("planned", "rencana"),
        "recorded": ("recorded", "terekam"),
        "status": ("status",),
    },
}
REQUIRED = {
    "sites": ("site_id", "name", "type", "kecamatan", "people"),
    "kits": ("kit_id",),
    "rules": ("type",),
    "closures": ("date",),
    "reserved": ("date", "kits"),
    "printing": ("item",),
    "progress": ("date", "kit_id", "site_id", "planned", "recorded", "status"),
    "ages": ("site_id", "age", "date", "people"),
}
SETTINGS_KEYS = {
    "start": ("start", "mulai"),
    "deadline": ("deadline", "batas"),
    "rate_good": ("rate_good", "kapasitas_lancar"),
    "rate_poor": ("rate_poor", "kapasitas_tersendat"),
    "holidays": ("holidays", "libur_nasional"),
    "region": ("region", "wilayah"),
    "stall_good": ("stall_good", "macet_lancar"),
    "stall_poor": ("stall_poor", "macet_tersendat"),
    "stalled_share": ("stalled_share", "porsi_macet"),
    "stalled_rate_good": ("stalled_rate_good", "kapasitas_macet_lancar"),
    "stalled_rate_poor": ("stalled_rate_poor", "kapasitas_macet_tersendat"),
    "turnout": ("turnout", "kehadiran"),
}
# The hidden input sheets every plan workbook has had (a plan says which others it has).
EMBEDDED_SHEETS = ("Sites", "Kits", "Settings", "Rules", "Closures", "Reserved")
# The Settings keys a plan always writes a value for: blank in a plan, it was deleted.
ALWAYS_WRITTEN = ("start", "deadline", "rate_good", "rate_poor", "holidays", "stall_good",
                  "stall_poor", "stalled_share", "turnout")  # fmt: skip
TYPE_WORDS = {"school": SCHOOL, "sekolah": SCHOOL, "kelurahan": KELURAHAN}
# The Printing sheet's items, and the built-in print classes, in both languages.
PRINT_ITEMS = {
    "rate": ("rate", "kapasitas"),
    "overtime": ("overtime", "lembur"),
    "stock": ("stock", "stok"),
    "delivery": ("delivery", "kiriman"),
    "backlog": ("backlog", "antrean"),
    "counter": ("counter", "loket"),
    "class": ("class", "kelas"),
    "target": ("target", "target"),
}
CLASS_WORDS = {"damaged": "damaged", "rusak": "damaged", "campaign": CAMPAIGN,
               "kampanye": CAMPAIGN, "change": "change", "perubahan": "change"}  # fmt: skip
STATUS_WORDS = {
    "done": DONE, "selesai": DONE, "partial": PARTIAL, "sebagian": PARTIAL,
    "lost": LOST, "batal": LOST,
}  # fmt: skip
NETWORK_WORDS = {"good": GOOD, "lancar": GOOD, "poor": POOR, "tersendat": POOR}

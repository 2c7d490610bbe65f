"""Words the outputs use, in Indonesian (the default) and English."""

from __future__ import annotations

from datetime import date

from scheduler.dates import format_weekdays
from scheduler.messages import MESSAGES, day_text, fill, number, percent, say
from scheduler.plan import Change, ClassMove, Plan, Shortfall
from scheduler.printing import BLANKS, PrintFix
from scheduler.problem import GOOD, Problem, Settings

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
    "people_needed": ("Sasaran", "People to record"),
    "people_planned": ("Direncanakan", "Planned"),
    "people_left": ("Sisa", "Left out"),
    "first_day": ("Kunjungan Mulai", "First visit day"),
    "last_day": ("Kunjungan Selesai", "Last visit day"),
    "class_done": ("Prioritasnya Semua Selesai", "Its priority all done"),
    "class_last_day": ("semua prioritas {level} selesai", "all of priority {level} done"),
    "visit_days": ("Hari Kunjungan", "Visit days"),
    "kits": ("Alat Dikirim", "Kits"),
    "kit_days": ("Hari-Alat", "Kit-days"),
    "contact": ("Kontak", "Contact"),
    "notes": ("Catatan", "Notes"),
    "reason": ("Alasan", "Reason"),
    "planned": ("Rencana", "Planned"),
    "recorded": ("Terekam", "Recorded"),
    "status": ("Status", "Status"),
    # name lists (scheduler/lists_writer.py): counts and row numbers only
    "sheet.lists": ("Daftar Nama", "Name lists"),
    "sheet.list_rows": ("Baris Daftar", "List rows"),
    "lists.title": ("Rekonsiliasi daftar nama", "Name lists reconciled"),
    "lists.note": (
        "Hanya jumlah dan nomor baris; nama dan NIK ada di berkas daftar saja. Umur dinilai pada "
        "hari pertama lokasi boleh dikunjungi; NIK dicocokkan dengan kode wilayah {code}.",
        "Counts and row numbers only; names and NIKs stay in the list files. Ages are judged on "
        "the first day a site may be visited; NIKs are checked against region code {code}.",
    ),
    "lists.vote_line": (
        "Berumur 17 pada {day} dan terekam dalam rencana ini sebelumnya: {n:,} orang",
        "17 by {day} and recorded in this plan before it: {n:,} people",
    ),
    "lists.typed": ("Jumlah Diketik", "Typed count"),
    "lists.listed": ("Terdaftar", "Listed"),
    "lists.duplicates": ("Ganda", "Duplicates"),
    "lists.recorded": ("Sudah Terekam", "Already recorded"),
    "lists.too_young": ("Belum 16 s.d. Hari Terakhir", "Under 16 on its last day"),
    "lists.later": (
        "16 Sesudah Hari Pertama (layanan lain)",
        "16 after its first day (later service)",
    ),
    "lists.later_days": ("Ulang Tahun ke-16", "16th birthdays"),
    "lists.not_resident": ("NIK Luar Wilayah (dihitung)", "NIK of another region (counted)"),
    "lists.nik_mismatch": ("NIK Tak Cocok (dihitung)", "NIK not matching (counted)"),
    "lists.to_plan": ("Direncanakan", "To plan"),
    "lists.judged_on": ("Umur Dinilai Pada", "Ages judged on"),
    "lists.total": ("Jumlah", "Total"),
    "lists.file": ("Berkas", "File"),
    "lists.row": ("Baris", "Row"),
    "lists.what": ("Keterangan", "What"),
    "lists.of": ("Sama Dengan", "Same as"),
    "lists.kind.duplicate": ("ganda", "duplicate"),
    "lists.kind.recorded": ("sudah terekam", "already recorded"),
    "lists.kind.too_young": (
        "belum 16 sampai hari terakhir lokasi boleh dikunjungi",
        "not 16 by the site's last possible day",
    ),
    "lists.kind.later": (
        "16 sesudah hari pertama lokasi: layanan berikutnya",
        "16 after the site's first possible day: a later service",
    ),
    "lists.kind.not_resident": ("NIK luar wilayah", "NIK of another region"),
    "lists.kind.nik_mismatch": (
        "NIK tidak cocok dengan tanggal lahir atau jenis kelamin",
        "NIK does not match the date of birth or sex",
    ),
    "cards_waiting": ("KTP menunggu ulang tahun ke-17", "Cards waiting for a 17th birthday"),
    "until": ("sampai", "until"),
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
    "old_first": ("Hari lama pertama", "First old day"),
    "new_first": ("Hari baru pertama", "First new day"),
    "placed": ("Mengapa di hari itu", "Why those days"),
    "lost_mark": (" (batal)", " (lost)"),
    "partial_mark": (" (sebagian)", " (partial)"),
    "sheet.notice": ("Surat", "Notice"),
    "notice_title": (
        "Pemberitahuan perubahan jadwal perekaman KTP-el (jemput bola)",
        "Notice: your e-KTP recording visit has changed",
    ),
    "notice_date": ("Tanggal", "Date"),
    "notice_to": ("Kepada", "To"),
    "notice_old": ("Jadwal lama", "Previous days"),
    "notice_new": ("Jadwal baru", "New days"),
    "notice_cancelled": ("kunjungan dibatalkan", "the visit is cancelled"),
    "notice_kits": ("Alat perekam", "Recording kits"),
    "notice_people": ("Orang yang direncanakan", "People planned"),
    "notice_prepare": ("Yang perlu disiapkan", "Please prepare"),
    "notice_prepare_text": (
        "daftar siswa/warga yang belum merekam KTP-el beserta fotokopi Kartu Keluarga; satu "
        "ruangan dengan listrik dan meja untuk setiap alat; petugas penghubung pada hari itu",
        "the list of students or residents not yet recorded, with copies of their family card "
        "(Kartu Keluarga); a room with power and a table for each kit; a contact person on "
        "the day",
    ),
    "stage.stability": (
        "perubahan dari rencana lama, berbobot (min.)",
        "changes from the previous plan, weighted (min)",
    ),
    # summary
    "title": ("Rencana Perekaman KTP-el Jemput Bola", "Mobile e-KTP Recording Plan"),
    "region": ("Wilayah", "Region"),
    "campaign": ("Masa kegiatan", "Campaign"),
    "finish": ("Selesai pada", "Finish date"),
    "finish_proven": ("terbukti paling awal", "proven earliest possible"),
    "finish_open": ("belum terbukti paling awal", "not proven earliest"),
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
    "bound": ("Terbaik mungkin", "Bound"),
    "gap": ("Selisih", "Gap"),
    "proven": ("Terbukti", "Proven"),
    "yes": ("ya", "yes"),
    "no": ("tidak", "no"),
    "stage.people": ("orang direncanakan (maks.)", "people planned (max)"),
    "stage.finish": ("hari kerja sampai selesai (min.)", "working days to finish (min)"),
    "stage.priority": (
        "prioritas {level}: hari kerja sampai semua selesai (min.)",
        "priority {level}: working days until all done (min)",
    ),
    "stage.completion": (
        "dalam tiap prioritas: prioritas x hari selesai (min.)",
        "within each priority: priority x finish day (min)",
    ),
    "stage.continuity": (
        "alat pindah kecamatan, lalu hari-alat (min.)",
        "kits changing kecamatan, then kit-days (min)",
    ),
    "reads": ("Artinya", "What it means"),
    "read.people": (
        "{value:,} dari {total:,} orang direncanakan",
        "{value:,} of {total:,} people planned",
    ),
    "read.people_bound": ("paling banyak {bound:,} mungkin muat", "at most {bound:,} could fit"),
    "read.stability": (
        "{moved} lokasi digeser untuk memberi tempat",
        "{moved} site(s) moved to make room",
    ),
    "read.finish": ("selesai {date}", "finish {date}"),
    "read.finish_bound": (
        "tidak ada rencana yang selesai sebelum {date}",
        "no plan finishes before {date}",
    ),
    "priority_classes": ("Prioritas", "Priority classes"),
    "class_move": (
        "prioritas {level}: semua selesai {new}, sebelumnya {old}",
        "priority {level}: all done by {new}, was {old}",
    ),
    "class_move_last": ("yang terakhir: {sites}", "done last: {sites}"),
    "class_moves": ("Tanggal prioritas yang berubah", "Priority dates that moved"),
    "read.class": ("prioritas {level} ({n} {sites})", "priority {level} ({n} {sites})"),
    "read.class_short": (
        "prioritas {level} ({n} {sites}, {short} di antaranya belum terjadwal penuh)",
        "priority {level} ({n} {sites}, {short} of them not fully planned)",
    ),
    "read.site": ("lokasi", "site"),
    "read.sites": ("lokasi", "sites"),
    "read.all_done": ("semua selesai {date}", "all done by {date}"),
    "read.planned_done": (
        "kunjungan yang terjadwal selesai {date}",
        "the planned visits done by {date}",
    ),
    "read.none_planned": ("belum ada yang terjadwal", "none planned"),
    "read.others_done": ("{n} lainnya selesai {date}", "the other {n} done by {date}"),
    "read.held_from": (
        "{site} baru boleh dikunjungi mulai {date}",
        "{site} may only be visited from {date}",
    ),
    "read.held_alone": (
        "{site} tidak bisa selesai lebih awal pada hari-hari yang boleh dikunjungi",
        "{site} cannot be done sooner on the days it may be visited",
    ),
    "read.earliest": ("paling awal yang mungkin", "earliest possible"),
    "read.earliest_after": (
        "paling awal yang mungkin setelah prioritas {levels} didahulukan",
        "earliest possible once priority {levels} is",
    ),
    "read.earliest_after_many": (
        "paling awal yang mungkin setelah prioritas {levels} didahulukan",
        "earliest possible once priorities {levels} are",
    ),
    "read.and": ("dan", "and"),
    "read.class_gap": (
        "belum terbukti paling awal; tidak mungkin sebelum {date}, selisih {days} hari kerja",
        "not proven earliest; none before {date}, {days} working days apart",
    ),
    "read.class_open": (
        "paling awal yang ditemukan dalam waktu yang ada; belum terbukti",
        "the earliest found in the time; not proven",
    ),
    "read.completion": (
        "jumlah prioritas x hari kerja selesai tiap lokasi: {value}",
        "sum over sites of priority x working day done: {value}",
    ),
    "read.continuity": (
        "alat pindah kecamatan {n} kali dari satu hari kunjungan ke berikutnya",
        "kits move to another kecamatan {n} time(s) from one visit day to the next",
    ),
    "read.sweep_people": (
        "penyisiran per kecamatan memindahkan alat {n} kali, tetapi hanya merencanakan "
        "{people} orang",
        "the kecamatan-by-kecamatan sweep moves kits {n} time(s), but plans only {people} people",
    ),
    "read.sweep_finish": (
        "penyisiran per kecamatan memindahkan alat {n} kali, tetapi baru selesai {date}",
        "the kecamatan-by-kecamatan sweep moves kits {n} time(s), but finishes later, {date}",
    ),
    "read.sweep_priority": (
        "penyisiran per kecamatan memindahkan alat {n} kali, tetapi prioritas {level} baru "
        "selesai {date}",
        "the kecamatan-by-kecamatan sweep moves kits {n} time(s), but has priority {level} done "
        "later, {date}",
    ),
    "read.proven": ("terbukti terbaik", "proven best"),
    "read.gap": ("paling jauh {gap} dari yang terbaik yang mungkin", "within {gap} of the bound"),
    "read.unbounded": (
        "terbaik yang ditemukan dalam waktu yang ada; yang terbaik yang mungkin belum diketahui",
        "the best found in the time; no useful bound",
    ),
    "short_title": ("Lokasi yang belum terjadwal penuh", "Sites not fully planned"),
    "all_planned": (
        "Semua orang terjadwal sebelum batas waktu.",
        "Everyone is planned by the deadline.",
    ),
    "warnings": ("Peringatan", "Warnings"),
    "seed": ("Seed", "Seed"),
    # fixes and buffer (Summary)
    "fixes_title": (
        "Perbaikan terkecil (tiap perbaikan sudah dicoba dengan menyusun ulang rencana: semua "
        "terjadwal)",
        "Smallest fixes (each checked by solving: with it, everyone is planned)",
    ),
    "fix": ("Perbaikan", "Fix"),
    "changes_col": ("Perubahan", "Changes"),
    "smallest": ("Terbukti terkecil", "Proven smallest"),
    "fix.deadline": ("batas waktu lebih lambat", "a later deadline"),
    "fix.kits": ("alat tambahan", "more kits"),
    "fix.windows": ("rentang tanggal lokasi diperlebar", "wider site windows"),
    "no_fix": (
        "Tidak ditemukan perbaikan dalam setahun atau 20 alat tambahan.",
        "No fix found within a year or 20 more kits.",
    ),
    "stopped": ("Dihentikan", "Stopped early"),
    "stopped_text": (
        "pencarian dihentikan (Ctrl-C): ini rencana terbaik yang ditemukan sampai saat itu, "
        "sudah diperiksa terhadap semua aturan",
        "the search was stopped (Ctrl-C): this is the best plan found by then, checked "
        "against every rule",
    ),
    "repeatable": (
        "berkas dan seed yang sama memberi rencana yang sama",
        "the same workbook and seed give this plan again",
    ),
    "not_repeatable": (
        "waktu hitung habis sebelum pencarian selesai di komputer ini: menjalankan ulang bisa "
        "memberi rencana lain (--repeatable untuk hasil yang persis sama)",
        "the time limit cut the search short on this machine: a rerun may give another plan "
        "(--repeatable replays exactly)",
    ),
    "fix_unsettled": (
        "Waktu hitung habis sebelum pencarian perbaikan selesai; --time-limit yang lebih "
        "panjang mungkin menemukannya.",
        "The time limit stopped the search for fixes before it was done; a longer "
        "--time-limit may find one.",
    ),
    "fix_stopped": (
        "Pencarian perbaikan dihentikan (Ctrl-C) sebelum selesai.",
        "The search for fixes was stopped (Ctrl-C) before it was done.",
    ),
    "buffer_line": ("Cadangan waktu", "Buffer"),
    "buffer_met": (
        "diminta peluang {target:.0%} selesai tepat waktu; rencana ini {chance:.1%} "
        "({runs:,} simulasi pada kapasitas sebenarnya)",
        "asked for a {target:.0%} chance of finishing by the deadline; this plan has "
        "{chance:.1%} ({runs:,} replays at the real rates)",
    ),
    "buffer_free": (
        "tanpa biaya: rencana biasa sudah mencapainya",
        "no cost: the plain plan already reaches it",
    ),
    "buffer_cost": (
        "direncanakan pada {share:.0%} kapasitas; biaya: selesai {finish} alih-alih {plain} "
        "(+{days} hari kerja; tanpa cadangan {plain_chance:.1%})",
        "planned at {share:.0%} of the rates; cost: finish {finish} instead of {plain} "
        "(+{days} working days; without buffer {plain_chance:.1%})",
    ),
    "buffer_unmet": (
        "tidak tercapai: tidak ada rencana dengan kapasitas lebih hati-hati yang lebih baik; "
        "batas waktu lebih lambat atau alat tambahan (outreach whatif) akan menaikkannya",
        "not reached: no plan on more cautious rates does better; a later deadline or more "
        "kits (outreach whatif) would raise it",
    ),
    # what-if and risk workbooks
    "sheet.scenarios": ("Skenario", "Scenarios"),
    "sheet.risk": ("Risiko", "Risk"),
    "sheet.regions": ("Wilayah", "Regions"),
    "batch_title": ("Rekap rencana per wilayah", "Plans by region"),
    "input_file": ("Berkas masukan", "Input file"),
    "share": ("Persen", "Share"),
    "message": ("Catatan", "Note"),
    "seconds": ("Detik", "Seconds"),
    "plan_link": ("Rencana", "Plan"),
    "status.ok": ("semua terjadwal", "everyone planned"),
    "status.short": ("tidak semua muat", "not everyone fits"),
    "status.bad input": ("masukan salah", "bad input"),
    "status.failed": ("gagal", "failed"),
    "status.stopped": ("dihentikan, tidak disusun", "stopped, not planned"),
    "scenarios_title": ("Perbandingan skenario", "Scenarios compared"),
    "number": ("No", "No"),
    "scenario": ("Skenario", "Scenario"),
    "vs_baseline": ("Selisih dari dasar (hari)", "vs baseline (days)"),
    "finish_proven_col": ("Selesai terbukti paling awal", "Finish proven earliest"),
    "left_out": ("Tertinggal", "Left out"),
    "kit_days_used": ("Hari-alat terpakai", "Kit-days used"),
    "kit_days_free": ("Hari-alat tersedia", "Kit-days available"),
    "chance_on_time": ("Peluang tepat waktu", "Chance on time"),
    "risk_title": ("Risiko rencana: jaringan dan kehadiran", "Plan risk: network and turnout"),
    "plan_file": ("Rencana", "Plan"),
    "runs": ("Jumlah simulasi", "Runs"),
    "assumptions": ("Asumsi", "Assumptions"),
    "assumption_text": (
        "jaringan lancar macet {sg:.0%} hari ({rg}), tersendat macet {sp:.0%} hari "
        "({rp}); kehadiran {turnout:.0%}",
        "good network stalls {sg:.0%} of days ({rg}), poor {sp:.0%} ({rp}); turnout {turnout:.0%}",
    ),
    "planned_finish": ("Selesai menurut rencana", "Planned finish"),
    "p50": ("Selesai P50 (median)", "Finish P50 (median)"),
    "p90": ("Selesai P90", "Finish P90"),
    "beyond": ("lewat 6 bulan setelah batas waktu", "over 6 months past the deadline"),
    "never_done": (
        "tidak pernah (orang tertinggal: hari terakhir lokasi lewat, atau di luar rencana)",
        "never (people left: a site's own last day passed, or not in the plan)",
    ),
    "not_recorded": (
        "Orang diperkirakan belum terekam pada batas waktu",
        "People expected not recorded by the deadline",
    ),
    "not_recorded_split": (
        "{no_shows:,.0f} tidak hadir, {late:,.0f} terlambat, {unplanned:,} tidak terjadwal",
        "{no_shows:,.0f} no-shows, {late:,.0f} late, {unplanned:,} never planned",
    ),
    "sites_at_risk": ("Lokasi paling berisiko", "Sites most at risk"),
    "no_site_at_risk": (
        "Tidak ada lokasi yang berisiko terlambat dalam simulasi ini.",
        "No site ran late in any replay.",
    ),
    "chance_late": ("Peluang terlambat", "Chance late"),
    "expected_left": ("Perkiraan belum terekam", "Expected left"),
    "finish_histogram": ("Sebaran tanggal selesai", "Finish dates over the runs"),
    "share_by": ("Kumulatif", "Cumulative"),
    "progress_help": (
        "Isi kolom Terekam (jumlah orang yang benar-benar terekam) dan Status "
        "(selesai / sebagian / batal) setiap hari; baris kosong berarti belum dilaporkan.",
        "Fill Recorded (people actually recorded) and Status (done / partial / lost) each "
        "day; a blank row is not yet reported.",
    ),
    # letters to the sites (`outreach letters`)
    "field.letters_title": ("Surat pemberitahuan perekaman KTP-el", "e-KTP recording letters"),
    "field.no_letters": ("Tidak ada lokasi yang perlu diberi surat.", "No site needs a letter."),
    "field.head_government": ("PEMERINTAH {region}", "GOVERNMENT OF {region}"),
    "field.head_office": (
        "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL",
        "CIVIL REGISTRATION OFFICE (DISDUKCAPIL)",
    ),
    "field.head_office_short": (
        "Dinas Kependudukan dan Pencatatan Sipil",
        "Civil Registration Office",
    ),
    "field.number": ("Nomor", "Number"),
    "field.attachment": ("Lampiran", "Attachment"),
    "field.attachment_text": ("1 (satu) berkas daftar hadir", "1 (one) attendance list"),
    "field.subject_label": ("Perihal", "Subject"),
    "field.subject": ("Perekaman KTP-el jemput bola", "Mobile e-KTP recording"),
    "field.subject_change": (
        "Perubahan jadwal perekaman KTP-el jemput bola",
        "Change of schedule: mobile e-KTP recording",
    ),
    "field.to": ("Kepada Yth.", "To"),
    "field.to_head": ("Kepala {name}", "The Head of {name}"),
    "field.to_lurah": ("Lurah {name}", "The Lurah of {name}"),
    "field.at_place": ("di tempat", "at its office"),  # an Indonesian address line only
    "field.greeting": ("Dengan hormat,", "Dear Sir or Madam,"),
    "field.students": ("siswa", "students"),
    "field.residents": ("warga", "residents"),
    "field.body": (
        "Dalam rangka pelayanan perekaman KTP-el jemput bola bagi {people} wajib KTP-el yang "
        "belum merekam, kami akan melaksanakan perekaman di {name} dengan jadwal berikut:",
        "As part of the mobile e-KTP recording service for {people} who must hold an e-KTP and "
        "are not yet recorded, we will record at {name} on these days:",
    ),
    "field.body_change": (
        "Menindaklanjuti surat kami sebelumnya, jadwal perekaman KTP-el di {name} berubah. "
        "Jadwal lama: {old}. Jadwal baru:",
        "Further to our previous letter, the e-KTP recording schedule at {name} has changed. "
        "Previous days: {old}. New days:",
    ),
    "field.cancelled": (
        "Kunjungan tersebut dibatalkan; jadwal baru akan kami sampaikan bila diperlukan.",
        "That visit is cancelled; we will send new days if they are needed.",
    ),
    "field.col_day": ("Hari, tanggal", "Day, date"),
    "field.col_block": ("Sesi", "Block"),
    "field.col_hours": ("Pukul", "Hours"),
    "field.col_kits": ("Alat", "Kits"),
    "field.col_people": ("Orang", "People"),
    "field.col_numbers": ("No. daftar hadir", "List numbers"),
    "field.col_groups": ("Kelas / RT", "Classes / RT"),
    "field.block0": ("pagi", "morning"),
    "field.block1": ("siang", "afternoon"),
    "field.total": (
        "Jumlah {people} yang direncanakan: {n} orang. Mohon {people} dipanggil {order} sesuai "
        "nomor pada daftar hadir terlampir.",
        "People planned: {n} {people}. Please call the {people} {order}, by the numbers on "
        "the attached attendance list.",
    ),
    "field.order_class": ("per kelas", "class by class"),
    "field.order_rt": ("per RT", "RT by RT"),
    "field.prepare": ("Mohon disiapkan:", "Please prepare:"),
    "field.prep_room": (
        "satu ruangan dengan meja dan kursi untuk setiap alat perekam",
        "a room with a table and chairs for each recording kit",
    ),
    "field.prep_power": (
        "aliran listrik (stop kontak) untuk setiap alat",
        "power (a socket) for each kit",
    ),
    "field.prep_network": (
        "jaringan internet (Wi-Fi atau sinyal seluler yang baik) di ruangan tersebut",
        "an internet connection (Wi-Fi or a good mobile signal) in that room",
    ),
    "field.prep_kk": (
        "fotokopi Kartu Keluarga (KK) setiap {people} yang akan direkam",
        "a copy of the family card (Kartu Keluarga, KK) of each of the {people} to record",
    ),
    "field.prep_contact": (
        "petugas penghubung pada hari kunjungan",
        "a contact person on the visit days",
    ),
    "field.contact": ("Narahubung Disdukcapil: {contact}", "Office contact: {contact}"),
    "field.site_contact": ("Narahubung di lokasi: {contact}", "Contact at the site: {contact}"),
    "field.closing": (
        "Demikian pemberitahuan ini kami sampaikan. Atas perhatian dan kerja samanya kami "
        "ucapkan terima kasih.",
        "Thank you for your attention and cooperation.",
    ),
    "field.sign_title": ("Kepala Dinas", "Head of Office"),
    "field.invite_title": ("Undangan perekaman KTP-el", "Invitation to e-KTP recording"),
    "field.rt_rw": ("RT/RW {group}", "RT/RW {group}"),  # a resident's 001/004
    "field.invite_to": ("Kepada Yth. Sdr/Sdri {name}{group}", "To {name}{group}"),
    "field.invite_body": (
        "Dengan hormat, Saudara/Saudari kami undang untuk merekam KTP-el di {site} pada:",
        "You are invited to record your e-KTP at {site} on:",
    ),
    "field.invite_number": ("nomor antrean", "queue number"),
    "field.invite_bring": (
        "Mohon membawa fotokopi Kartu Keluarga (KK).",
        "Please bring a copy of your family card (Kartu Keluarga, KK).",
    ),
    # attendance lists (daftar hadir)
    "att.title": ("Daftar Hadir Perekaman KTP-el", "e-KTP Recording Attendance List"),
    "att.how": (
        "Beri tanda (v) di satu kolom per baris; tulis jumlahnya di baris Jumlah.",
        "Tick (v) one column a line; write the counts in the Total row.",
    ),
    "att.no": ("No", "No"),
    "att.block": ("Sesi", "Block"),
    "att.class": ("Kelas", "Class"),
    "att.rt": ("RT/RW", "RT/RW"),
    "att.name": ("Nama", "Name"),
    "att.nik": ("NIK", "NIK"),
    "att.came": ("Hadir", "Came"),
    "att.absent": ("Tidak hadir", "Absent"),
    "att.already": ("Sudah rekam", "Already recorded"),
    "att.refused": ("Menolak", "Refused"),
    "att.total": ("Jumlah", "Total"),
    "att.leader": ("Ketua tim", "Team leader"),
    "att.signature": ("Tanda tangan", "Signature"),
}


def stalled_text(settings: Settings, network: str, lang: str) -> str:
    """What a stalled day records, as the settings say it: "10/kit" or "40% of the site's
    rate"."""
    fixed = settings.stalled_rate_good if network == GOOD else settings.stalled_rate_poor
    if fixed is not None:
        return say("stalled.per_kit", lang, n=fixed)
    return say("stalled.share", lang, share=percent(settings.stalled_share, lang, 0))


def word(key: str, lang: str) -> str:
    """A workbook word, or (one catalogue for every word) a message of `scheduler.messages`."""
    idn, en = _WORDS[key] if key in _WORDS else MESSAGES[key]
    return idn if lang == "id" else en


def worded(key: str, lang: str, /, **values: object) -> str:
    """A workbook word with its values, numbers as the language writes them (`fill`)."""
    return fill(word(key, lang), lang, **values)


# Why a re-plan changed a site's visit (`replan` names them in English), in Indonesian.
_REASONS = {
    "lost day": "hari batal",
    "partial day": "hari terekam sebagian",
    "fewer recorded than planned": "terekam lebih sedikit dari rencana",
    "more recorded than planned": "terekam lebih banyak dari rencana",
    "kit out": "alat tidak tersedia",
    "closure: the office is closed that day": "libur: kantor tutup hari itu",
    "closure: the site is closed that day": "libur: lokasi tutup hari itu",
    "holiday": "hari libur",
    "new site": "lokasi baru",
    "site removed": "lokasi dihapus",
    "everyone already recorded": "semua sudah terekam",
    "more people to record": "jumlah orang bertambah",
    "not planned before": "belum terjadwal sebelumnya",
    "no longer fits before the deadline": "tidak lagi muat sebelum batas waktu",
    "moved to make room": "digeser untuk memberi tempat",
    "moved so that a higher-priority site goes first": (
        "digeser agar lokasi berprioritas lebih tinggi didahulukan"
    ),
    "the site's window changed": "rentang tanggal lokasi berubah",
    "after the deadline": "setelah batas waktu",
    "not a visiting day for its type": "bukan hari kunjungan jenisnya",
    "its type's weekdays changed": "hari kunjungan jenisnya berubah",
    "its type's kit rule changed": "aturan alat jenisnya berubah",
    "the first day it may be visited after the announced days": (
        "hari pertama yang boleh dikunjungi setelah hari-hari yang sudah diumumkan"
    ),
    "the first day with room for it after the announced days": (
        "hari pertama yang masih ada alat dan tempat setelah hari-hari yang sudah diumumkan"
    ),
    "the last days its own window allows": "hari-hari terakhir dalam rentang tanggal lokasi",
    "earlier days keep other sites' visits": (
        "hari-hari sebelumnya tetap untuk kunjungan lokasi lain"
    ),
}


def word_or(reason: str, lang: str) -> str:
    """A change reason in the sheet's language (as it is, if not a known phrase)."""
    return _REASONS.get(reason, reason) if lang == "id" else reason


def finish_apart(plan: Plan, working_days: tuple[date, ...]) -> int | None:
    """The working days between the earliest finish any plan could have and this plan's, when
    the solver's bound says something (within a tenth of the finish); None when it does not."""
    stage = plan.stage("finish")
    if stage is None or plan.finish is None or plan.finish_bound is None:
        return None
    if stage.bound <= 0 or 10 * (stage.value - stage.bound) > stage.value:
        return None
    return sum(1 for d in working_days if plan.finish_bound < d <= plan.finish)


def print_fix_text(fix: PrintFix, lang: str) -> str:
    """`500 more blanks by Wed 12/10/2022`, `overtime on 6 working days from ...`."""
    key = "print.fix_blanks" if fix.kind == BLANKS else "print.fix_overtime"
    return say(key, lang, n=number(fix.count, lang), day=short_date(fix.day, lang))


def short_date(day: date, lang: str) -> str:
    """`Sen 12/09/2022`: a date a person reads, with its weekday and year."""
    return day_text(day, lang)


def change_reason(change: Change, lang: str) -> str:
    """Why a visit changed, with the room it made and the days it no longer needs."""
    text = word_or(change.reason, lang)
    if change.because:
        text += (" untuk " if lang == "id" else " for ") + ", ".join(change.because)
    if change.freed and not change.new_days:
        pass  # the whole visit is gone: the old days say it
    elif change.freed and change.reason not in (
        "moved to make room",
        "moved so that a higher-priority site goes first",
    ):
        days = ", ".join(short_date(d, lang) for d in change.freed)
        text += (
            f"; {days} tidak diperlukan lagi, beri tahu lokasi"
            if lang == "id"
            else f"; {days} no longer needed, tell the site"
        )
    return text


def class_move_text(move: ClassMove, lang: str) -> str:
    """`priority 4: all done by Tue 13/09/2022, was Tue 06/09/2022; done last: SKH-19 (lost
    day)`: a class's day that a re-plan moved, and the sites that now end it, with why."""

    def day(d: date | None) -> str:
        return short_date(d, lang) if d else "-"

    text = worded("class_move", lang, level=move.level, new=day(move.new), old=day(move.old))
    if move.last:
        sites = ", ".join(f"{s} ({word_or(why, lang)})" if why else s for s, why in move.last)
        text += "; " + worded("class_move_last", lang, sites=sites)
    return text


def reported_days(change: Change, lang: str) -> list[tuple[date, str]]:
    """A changed site's lost and partial past days, each with the mark of its own status."""
    return [(d, word(f"{status}_mark", lang)) for d, status in change.reported()]


def change_text(change: Change, lang: str) -> str:
    """One line of the re-plan's list of changes: site, old and new days, why."""

    old = [short_date(d, lang) + mark for d, mark in reported_days(change, lang)]
    old += [short_date(d, lang) for d, _ in change.old_days]
    new = ", ".join(short_date(d, lang) for d, _ in change.new_days) or "-"
    why = change_reason(change, lang)
    if change.placed:
        why += "; " + word_or(change.placed, lang)
    return f"{change.site_id}: {', '.join(old) or '-'} -> {new} ({why})"


_SHORTFALL = {
    "capacity": (
        "hari-alat sebelum batas waktu tidak cukup: sudah terpakai lokasi lain",
        "not enough kit-days before the deadline: other sites take them",
    ),
    "type_limit": (
        "kunjungan {type} per hari (paling banyak {limit}) sudah penuh pada hari-hari yang "
        "masih ada alatnya",
        "the {type} visits a day (at most {limit}) are all taken on the days with kits free",
    ),
    "kits": (
        "alat kurang pada hari-hari lokasi ini boleh dikunjungi (alat keluar atau bertugas "
        "lain): paling banyak {alone:,} dari {people:,} orang",
        "too few kits on the days it may be visited (kits out or on duties): at most "
        "{alone:,} of {people:,} people",
    ),
    "window": (
        "rentang tanggalnya sendiri ({window}) terlalu pendek: paling banyak {alone:,} dari "
        "{people:,} orang",
        "its own window ({window}) is too short: at most {alone:,} of {people:,} people",
    ),
    "type_days": (
        "hari untuk {type} ({weekdays}) sebelum batas waktu terlalu sedikit: paling banyak "
        "{alone:,} dari {people:,} orang",
        "too few days allowed for a {type} ({weekdays}) before the deadline: at most "
        "{alone:,} of {people:,} people",
    ),
    "no_day": (
        "tidak ada hari yang boleh dikunjungi: hari jenisnya, rentang tanggalnya dan hari "
        "tutupnya tidak menyisakan satu pun",
        "no day it may be visited: its type's weekdays, its window and its closed days leave none",
    ),
}


def shortfall_text(problem: Problem, shortfall: Shortfall, lang: str) -> str:
    """Why a site is not fully planned (a `capacity.shortfall_reason`), in the given language."""
    site = problem.site(shortfall.site_id)
    idn, en = _SHORTFALL[shortfall.reason]
    lo = f"{site.earliest:%d/%m/%Y}" if site.earliest else "…"
    hi = f"{site.latest:%d/%m/%Y}" if site.latest else "…"
    type_name = word(site.type, lang) if site.type in ("school", "kelurahan") else site.type
    return fill(
        idn if lang == "id" else en,
        lang,
        alone=shortfall.most_alone,
        people=site.people,
        window=f"{lo} - {hi}",
        type=type_name,
        weekdays=format_weekdays(problem.site_type(site).weekdays, lang),
        limit=problem.site_type(site).max_sites_per_day,
    )

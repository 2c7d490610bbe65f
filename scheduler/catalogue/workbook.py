"""The words of the workbooks, letters, lists and reports a person reads: each key with its
Indonesian and English wording (`labels.word` and `labels.worded`)."""

from __future__ import annotations

from scheduler.catalogue import Words

WORKBOOK: dict[str, Words] = {
    # sheet names
    "sheet.summary": Words(id="Ringkasan", en="Summary"),
    "sheet.schedule": Words(id="Jadwal", en="Schedule"),
    "sheet.sites": Words(id="Lokasi", en="Sites"),
    "sheet.progress": Words(id="Realisasi", en="Progress"),
    "sheet.calendar": Words(id="Kalender", en="Calendar"),
    "sheet.changes": Words(id="Perubahan", en="Changes"),
    "sheet.chart": Words(id="Grafik", en="Chart"),
    "sheet.kit": Words(id="Alat {kit}", en="Kit {kit}"),
    # columns
    "date": Words(id="Tanggal", en="Date"),
    "day": Words(id="Hari", en="Day"),
    "kit": Words(id="Alat", en="Kit"),
    "site_id": Words(id="ID Lokasi", en="Site ID"),
    "site_name": Words(id="Nama Lokasi", en="Site name"),
    "type": Words(id="Jenis", en="Type"),
    "kecamatan": Words(id="Kecamatan", en="Kecamatan"),
    "network": Words(id="Jaringan", en="Network"),
    "people": Words(id="Jumlah", en="People"),
    "label": Words(id="Keterangan", en="Label"),
    "priority": Words(id="Prioritas", en="Priority"),
    "people_needed": Words(id="Sasaran", en="People to record"),
    "people_planned": Words(id="Direncanakan", en="Planned"),
    "people_left": Words(id="Sisa", en="Left out"),
    "first_day": Words(id="Kunjungan Mulai", en="First visit day"),
    "last_day": Words(id="Kunjungan Selesai", en="Last visit day"),
    "class_done": Words(id="Prioritasnya Semua Selesai", en="Its priority all done"),
    "class_last_day": Words(
        id="semua prioritas {level} selesai", en="all of priority {level} done"
    ),
    "visit_days": Words(id="Hari Kunjungan", en="Visit days"),
    "kits": Words(id="Alat Dikirim", en="Kits"),
    "kit_days": Words(id="Hari-Alat", en="Kit-days"),
    "contact": Words(id="Kontak", en="Contact"),
    "notes": Words(id="Catatan", en="Notes"),
    "reason": Words(id="Alasan", en="Reason"),
    "planned": Words(id="Rencana", en="Planned"),
    "recorded": Words(id="Terekam", en="Recorded"),
    "status": Words(id="Status", en="Status"),
    # name lists (scheduler/lists_writer.py): counts and row numbers only
    "sheet.lists": Words(id="Daftar Nama", en="Name lists"),
    "sheet.list_rows": Words(id="Baris Daftar", en="List rows"),
    "lists.title": Words(id="Rekonsiliasi daftar nama", en="Name lists reconciled"),
    "lists.note": Words(
        id="Hanya jumlah dan nomor baris; nama dan NIK ada di "
        "berkas daftar saja. Umur dinilai pada "
        "hari pertama lokasi boleh dikunjungi; NIK dicocokkan dengan kode wilayah {code}.",
        en="Counts and row numbers only; names and NIKs stay in the list files. Ages are judged on "
        "the first day a site may be visited; NIKs are checked against region code {code}.",
    ),
    "lists.vote_line": Words(
        id="Berumur 17 pada {day} dan terekam dalam rencana ini sebelumnya: {n:,} orang",
        en="17 by {day} and recorded in this plan before it: {n:,} people",
    ),
    "lists.typed": Words(id="Jumlah Diketik", en="Typed count"),
    "lists.listed": Words(id="Terdaftar", en="Listed"),
    "lists.duplicates": Words(id="Ganda", en="Duplicates"),
    "lists.recorded": Words(id="Sudah Terekam", en="Already recorded"),
    "lists.too_young": Words(id="Belum 16 s.d. Hari Terakhir", en="Under 16 on its last day"),
    "lists.later": Words(
        id="16 Sesudah Hari Pertama (layanan lain)", en="16 after its first day (later service)"
    ),
    "lists.later_days": Words(id="Ulang Tahun ke-16", en="16th birthdays"),
    "lists.not_resident": Words(
        id="NIK Luar Wilayah (dihitung)", en="NIK of another region (counted)"
    ),
    "lists.nik_mismatch": Words(id="NIK Tak Cocok (dihitung)", en="NIK not matching (counted)"),
    "lists.to_plan": Words(id="Direncanakan", en="To plan"),
    "lists.judged_on": Words(id="Umur Dinilai Pada", en="Ages judged on"),
    "lists.total": Words(id="Jumlah", en="Total"),
    "lists.file": Words(id="Berkas", en="File"),
    "lists.row": Words(id="Baris", en="Row"),
    "lists.what": Words(id="Keterangan", en="What"),
    "lists.of": Words(id="Sama Dengan", en="Same as"),
    "lists.kind.duplicate": Words(id="ganda", en="duplicate"),
    "lists.kind.recorded": Words(id="sudah terekam", en="already recorded"),
    "lists.kind.too_young": Words(
        id="belum 16 sampai hari terakhir lokasi boleh dikunjungi",
        en="not 16 by the site's last possible day",
    ),
    "lists.kind.later": Words(
        id="16 sesudah hari pertama lokasi: layanan berikutnya",
        en="16 after the site's first possible day: a later service",
    ),
    "lists.kind.not_resident": Words(id="NIK luar wilayah", en="NIK of another region"),
    "lists.kind.nik_mismatch": Words(
        id="NIK tidak cocok dengan tanggal lahir atau jenis kelamin",
        en="NIK does not match the date of birth or sex",
    ),
    "cards_waiting": Words(
        id="KTP menunggu ulang tahun ke-17", en="Cards waiting for a 17th birthday"
    ),
    "until": Words(id="sampai", en="until"),
    # values
    "good": Words(id="lancar", en="good"),
    "poor": Words(id="tersendat", en="poor"),
    "school": Words(id="sekolah", en="school"),
    "kelurahan": Words(id="kelurahan", en="kelurahan"),
    "done": Words(id="selesai", en="done"),
    "partial": Words(id="sebagian", en="partial"),
    "lost": Words(id="batal", en="lost"),
    # calendar, itineraries, chart
    "off_day": Words(id="Libur / tutup", en="Day off"),
    "closed_day": Words(id="tutup", en="closed"),  # a closure without a reason
    "unavailable": Words(id="tidak tersedia", en="unavailable"),
    "legend": Words(id="Warna kecamatan", en="Kecamatan colours"),
    "weekday_note": Words(id="Keterangan hari", en="About the day"),
    "itinerary": Words(id="Jadwal tim {kit}", en="Itinerary of {kit}"),
    "page": Words(id="Halaman &P dari &N", en="Page &P of &N"),
    "cumulative": Words(id="Kumulatif direncanakan", en="Cumulative planned"),
    "total_people": Words(id="Total yang harus direkam", en="Total to record"),
    "deadline": Words(id="Batas waktu", en="Deadline"),
    "chart_title": Words(
        id="Orang terekam (rencana) menuju batas waktu", en="People planned towards the deadline"
    ),
    "people_axis": Words(id="Orang", en="People"),
    "optimal": Words(id="optimal", en="optimal"),
    "feasible": Words(id="layak (belum terbukti)", en="feasible (not proven)"),
    "greedy": Words(id="rencana cepat", en="greedy"),
    # re-planning
    "version": Words(id="Versi rencana", en="Plan version"),
    "replanned_on": Words(id="disusun ulang pada", en="re-planned on"),
    "recorded_line": Words(id="Sudah terekam", en="Recorded so far"),
    "unreported": Words(id="belum dilaporkan", en="not reported"),
    "old_days": Words(id="Tanggal lama", en="Old days"),
    "old_kits": Words(id="Alat lama", en="Old kits"),
    "new_days": Words(id="Tanggal baru", en="New days"),
    "new_kits": Words(id="Alat baru", en="New kits"),
    "no_changes": Words(id="Tidak ada kunjungan yang berubah.", en="No visit changed."),
    "old_first": Words(id="Hari lama pertama", en="First old day"),
    "new_first": Words(id="Hari baru pertama", en="First new day"),
    "placed": Words(id="Mengapa di hari itu", en="Why those days"),
    "lost_mark": Words(id=" (batal)", en=" (lost)"),
    "partial_mark": Words(id=" (sebagian)", en=" (partial)"),
    "sheet.notice": Words(id="Surat", en="Notice"),
    "notice_title": Words(
        id="Pemberitahuan perubahan jadwal perekaman KTP-el (jemput bola)",
        en="Notice: your e-KTP recording visit has changed",
    ),
    "notice_date": Words(id="Tanggal", en="Date"),
    "notice_to": Words(id="Kepada", en="To"),
    "notice_old": Words(id="Jadwal lama", en="Previous days"),
    "notice_new": Words(id="Jadwal baru", en="New days"),
    "notice_cancelled": Words(id="kunjungan dibatalkan", en="the visit is cancelled"),
    "notice_kits": Words(id="Alat perekam", en="Recording kits"),
    "notice_people": Words(id="Orang yang direncanakan", en="People planned"),
    "notice_prepare": Words(id="Yang perlu disiapkan", en="Please prepare"),
    "notice_prepare_text": Words(
        id="daftar siswa/warga yang belum merekam KTP-el beserta fotokopi Kartu Keluarga; satu "
        "ruangan dengan listrik dan meja untuk setiap alat; petugas penghubung pada hari itu",
        en="the list of students or residents not yet recorded, with copies of their family card "
        "(Kartu Keluarga); a room with power and a table for each kit; a contact person on "
        "the day",
    ),
    "goal.stability": Words(
        id="perubahan dari rencana lama, berbobot (min.)",
        en="changes from the previous plan, weighted (min)",
    ),
    # summary
    "title": Words(id="Rencana Perekaman KTP-el Jemput Bola", en="Mobile e-KTP Recording Plan"),
    "region": Words(id="Wilayah", en="Region"),
    "campaign": Words(id="Masa kegiatan", en="Campaign"),
    "finish": Words(id="Selesai pada", en="Finish date"),
    "finish_proven": Words(id="terbukti paling awal", en="proven earliest possible"),
    "finish_open": Words(id="belum terbukti paling awal", en="not proven earliest"),
    "finish_gap": Words(
        id="belum terbukti paling awal; tidak ada rencana yang selesai sebelum {bound} "
        "(selisih {gap} hari kerja)",
        en="not proven earliest; no plan finishes before {bound} ({gap} working days apart)",
    ),
    "people_line": Words(id="Orang direncanakan", en="People planned"),
    "of": Words(id="dari", en="of"),
    "kit_days_line": Words(id="Hari-alat terpakai", en="Kit-days used"),
    "available": Words(id="tersedia", en="available"),
    "working_days": Words(id="Hari kerja", en="Working days"),
    "stages": Words(id="Tahap optimasi", en="Optimisation stages"),
    "stage": Words(id="Tahap", en="Stage"),
    "value": Words(id="Nilai", en="Value"),
    "bound": Words(id="Terbaik mungkin", en="Bound"),
    "gap": Words(id="Selisih", en="Gap"),
    "proven": Words(id="Terbukti", en="Proven"),
    "yes": Words(id="ya", en="yes"),
    "no": Words(id="tidak", en="no"),
    "goal.people": Words(id="orang direncanakan (maks.)", en="people planned (max)"),
    "goal.finish": Words(id="hari kerja sampai selesai (min.)", en="working days to finish (min)"),
    "goal.priority": Words(
        id="prioritas {level}: hari kerja sampai semua selesai (min.)",
        en="priority {level}: working days until all done (min)",
    ),
    "goal.completion": Words(
        id="dalam tiap prioritas: prioritas x hari selesai (min.)",
        en="within each priority: priority x finish day (min)",
    ),
    "goal.continuity": Words(
        id="alat pindah kecamatan, lalu hari-alat (min.)",
        en="kits changing kecamatan, then kit-days (min)",
    ),
    "reads": Words(id="Artinya", en="What it means"),
    "read.people": Words(
        id="{value:,} dari {total:,} orang direncanakan", en="{value:,} of {total:,} people planned"
    ),
    "read.people_bound": Words(
        id="paling banyak {bound:,} mungkin muat", en="at most {bound:,} could fit"
    ),
    "read.stability": Words(
        id="{count} lokasi perlu diberi tahu: {dropped} batal, {added} baru, {moved} bergeser "
        "({room} untuk memberi tempat)",
        en="{count} site(s) to notify: {dropped} dropped, {added} new, {moved} moved ({room} to "
        "make room)",
    ),
    "read.finish": Words(id="selesai {date}", en="finish {date}"),
    "read.finish_bound": Words(
        id="tidak ada rencana yang selesai sebelum {date}", en="no plan finishes before {date}"
    ),
    "priority_classes": Words(id="Prioritas", en="Priority classes"),
    "class_move": Words(
        id="prioritas {level}: semua selesai {new}, sebelumnya {old}",
        en="priority {level}: all done by {new}, was {old}",
    ),
    "class_move_last": Words(id="yang terakhir: {sites}", en="done last: {sites}"),
    "class_moves": Words(id="Tanggal prioritas yang berubah", en="Priority dates that moved"),
    "read.class": Words(id="prioritas {level} ({n} {sites})", en="priority {level} ({n} {sites})"),
    "read.class_short": Words(
        id="prioritas {level} ({n} {sites}, {short} di antaranya belum terjadwal penuh)",
        en="priority {level} ({n} {sites}, {short} of them not fully planned)",
    ),
    "read.site": Words(id="lokasi", en="site"),
    "read.sites": Words(id="lokasi", en="sites"),
    "read.all_done": Words(id="semua selesai {date}", en="all done by {date}"),
    "read.planned_done": Words(
        id="kunjungan yang terjadwal selesai {date}", en="the planned visits done by {date}"
    ),
    "read.none_planned": Words(id="belum ada yang terjadwal", en="none planned"),
    "read.others_done": Words(id="{n} lainnya selesai {date}", en="the other {n} done by {date}"),
    "read.held_from": Words(
        id="{site} baru boleh dikunjungi mulai {date}", en="{site} may only be visited from {date}"
    ),
    "read.held_alone": Words(
        id="{site} tidak bisa selesai lebih awal pada hari-hari yang boleh dikunjungi",
        en="{site} cannot be done sooner on the days it may be visited",
    ),
    "read.earliest": Words(id="paling awal yang mungkin", en="earliest possible"),
    "read.earliest_after": Words(
        id="paling awal yang mungkin setelah prioritas {levels} didahulukan",
        en="earliest possible once priority {levels} is",
    ),
    "read.earliest_after_many": Words(
        id="paling awal yang mungkin setelah prioritas {levels} didahulukan",
        en="earliest possible once priorities {levels} are",
    ),
    "read.and": Words(id="dan", en="and"),
    "read.class_gap": Words(
        id="belum terbukti paling awal; tidak mungkin sebelum {date}, selisih {days} hari kerja",
        en="not proven earliest; none before {date}, {days} working days apart",
    ),
    "read.class_open": Words(
        id="paling awal yang ditemukan dalam waktu yang ada; belum terbukti",
        en="the earliest found in the time; not proven",
    ),
    "read.completion": Words(
        id="jumlah prioritas x hari kerja selesai tiap lokasi: {value}",
        en="sum over sites of priority x working day done: {value}",
    ),
    "read.continuity": Words(
        id="alat pindah kecamatan {n} kali dari satu hari kunjungan ke berikutnya",
        en="kits move to another kecamatan {n} time(s) from one visit day to the next",
    ),
    "read.sweep_people": Words(
        id="penyisiran per kecamatan memindahkan alat {n} kali, tetapi hanya merencanakan "
        "{people} orang",
        en="the kecamatan-by-kecamatan sweep moves kits {n} time(s), but plans only {people} "
        "people",
    ),
    "read.sweep_finish": Words(
        id="penyisiran per kecamatan memindahkan alat {n} kali, tetapi baru selesai {date}",
        en="the kecamatan-by-kecamatan sweep moves kits {n} time(s), but finishes later, {date}",
    ),
    "read.sweep_priority": Words(
        id="penyisiran per kecamatan memindahkan alat {n} kali, tetapi prioritas {level} baru "
        "selesai {date}",
        en="the kecamatan-by-kecamatan sweep moves kits {n} time(s), but has priority {level} "
        "done later, {date}",
    ),
    "read.sweep_class_people": Words(
        id="penyisiran per kecamatan memindahkan alat {n} kali, tetapi hanya merencanakan "
        "{people} orang di lokasi prioritas {level}",
        en="the kecamatan-by-kecamatan sweep moves kits {n} time(s), but plans only {people} "
        "people at priority {level} sites",
    ),
    "read.proven": Words(id="terbukti terbaik", en="proven best"),
    "read.gap": Words(
        id="paling jauh {gap} dari yang terbaik yang mungkin", en="within {gap} of the bound"
    ),
    "read.unbounded": Words(
        id="terbaik yang ditemukan dalam waktu yang ada; yang terbaik yang mungkin belum diketahui",
        en="the best found in the time; no useful bound",
    ),
    "short_title": Words(id="Lokasi yang belum terjadwal penuh", en="Sites not fully planned"),
    "all_planned": Words(
        id="Semua orang terjadwal sebelum batas waktu.", en="Everyone is planned by the deadline."
    ),
    "warnings": Words(id="Peringatan", en="Warnings"),
    "seed": Words(id="Seed", en="Seed"),
    # fixes and buffer (Summary)
    "fixes_title": Words(
        id="Perbaikan terkecil (tiap perbaikan sudah dicoba dengan menyusun ulang rencana: semua "
        "terjadwal)",
        en="Smallest fixes (each checked by solving: with it, everyone is planned)",
    ),
    "fix": Words(id="Perbaikan", en="Fix"),
    "changes_col": Words(id="Perubahan", en="Changes"),
    "smallest": Words(id="Terbukti terkecil", en="Proven smallest"),
    "fix.deadline": Words(id="batas waktu lebih lambat", en="a later deadline"),
    "fix.kits": Words(id="alat tambahan", en="more kits"),
    "fix.windows": Words(id="rentang tanggal lokasi diperlebar", en="wider site windows"),
    "no_fix": Words(
        id="Tidak ditemukan perbaikan dalam setahun atau 20 alat tambahan.",
        en="No fix found within a year or 20 more kits.",
    ),
    "stopped": Words(id="Dihentikan", en="Stopped early"),
    "stopped_text": Words(
        id="pencarian dihentikan (Ctrl-C): ini rencana terbaik yang ditemukan sampai saat itu, "
        "sudah diperiksa terhadap semua aturan",
        en="the search was stopped (Ctrl-C): this is the best plan found by then, checked "
        "against every rule",
    ),
    "repeatable": Words(
        id="berkas dan seed yang sama memberi rencana yang sama",
        en="the same workbook and seed give this plan again",
    ),
    "not_repeatable": Words(
        id="waktu hitung habis sebelum pencarian selesai di komputer ini: menjalankan ulang bisa "
        "memberi rencana lain (--repeatable untuk hasil yang persis sama)",
        en="the time limit cut the search short on this machine: a rerun may give another plan "
        "(--repeatable replays exactly)",
    ),
    "fix_unsettled": Words(
        id="Waktu hitung habis sebelum pencarian perbaikan selesai; --time-limit yang lebih "
        "panjang mungkin menemukannya.",
        en="The time limit stopped the search for fixes before it was done; a longer "
        "--time-limit may find one.",
    ),
    "fix_stopped": Words(
        id="Pencarian perbaikan dihentikan (Ctrl-C) sebelum selesai.",
        en="The search for fixes was stopped (Ctrl-C) before it was done.",
    ),
    "buffer_line": Words(id="Cadangan waktu", en="Buffer"),
    "buffer_met": Words(
        id="diminta peluang {target:.0%} selesai tepat waktu; rencana ini {chance:.1%} "
        "({runs:,} simulasi pada kapasitas sebenarnya)",
        en="asked for a {target:.0%} chance of finishing by the deadline; this plan has "
        "{chance:.1%} ({runs:,} replays at the real rates)",
    ),
    "buffer_free": Words(
        id="tanpa biaya: rencana biasa sudah mencapainya",
        en="no cost: the plain plan already reaches it",
    ),
    "buffer_cost": Words(
        id="direncanakan pada {share:.0%} kapasitas; biaya: selesai {finish} alih-alih {plain} "
        "(+{days} hari kerja; tanpa cadangan {plain_chance:.1%})",
        en="planned at {share:.0%} of the rates; cost: finish {finish} instead of {plain} "
        "(+{days} working days; without buffer {plain_chance:.1%})",
    ),
    "buffer_unmet": Words(
        id="tidak tercapai: tidak ada rencana dengan kapasitas lebih hati-hati yang lebih baik; "
        "batas waktu lebih lambat atau alat tambahan (outreach whatif) akan menaikkannya",
        en="not reached: no plan on more cautious rates does better; a later deadline or more "
        "kits (outreach whatif) would raise it",
    ),
    # what-if and risk workbooks
    "sheet.scenarios": Words(id="Skenario", en="Scenarios"),
    "sheet.risk": Words(id="Risiko", en="Risk"),
    "sheet.regions": Words(id="Wilayah", en="Regions"),
    "batch_title": Words(id="Rekap rencana per wilayah", en="Plans by region"),
    "input_file": Words(id="Berkas masukan", en="Input file"),
    "share": Words(id="Persen", en="Share"),
    "message": Words(id="Catatan", en="Note"),
    "seconds": Words(id="Detik", en="Seconds"),
    "plan_link": Words(id="Rencana", en="Plan"),
    "status.ok": Words(id="semua terjadwal", en="everyone planned"),
    "status.short": Words(id="tidak semua muat", en="not everyone fits"),
    "status.bad input": Words(id="masukan salah", en="bad input"),
    "status.failed": Words(id="gagal", en="failed"),
    "status.stopped": Words(id="dihentikan, tidak disusun", en="stopped, not planned"),
    "scenarios_title": Words(id="Perbandingan skenario", en="Scenarios compared"),
    "number": Words(id="No", en="No"),
    "scenario": Words(id="Skenario", en="Scenario"),
    "vs_baseline": Words(id="Selisih dari dasar (hari)", en="vs baseline (days)"),
    "finish_proven_col": Words(id="Selesai terbukti paling awal", en="Finish proven earliest"),
    "left_out": Words(id="Tertinggal", en="Left out"),
    "kit_days_used": Words(id="Hari-alat terpakai", en="Kit-days used"),
    "kit_days_free": Words(id="Hari-alat tersedia", en="Kit-days available"),
    "chance_on_time": Words(id="Peluang tepat waktu", en="Chance on time"),
    "risk_title": Words(
        id="Risiko rencana: jaringan dan kehadiran", en="Plan risk: network and turnout"
    ),
    "plan_file": Words(id="Rencana", en="Plan"),
    "runs": Words(id="Jumlah simulasi", en="Runs"),
    "assumptions": Words(id="Asumsi", en="Assumptions"),
    "assumption_text": Words(
        id="jaringan lancar macet {sg:.0%} hari ({rg}), tersendat macet {sp:.0%} hari "
        "({rp}); kehadiran {turnout:.0%}",
        en=(
            "good network stalls {sg:.0%} of days ({rg}), poor "
            "{sp:.0%} ({rp}); turnout {turnout:.0%}"
        ),
    ),
    "planned_finish": Words(id="Selesai menurut rencana", en="Planned finish"),
    "p50": Words(id="Selesai P50 (median)", en="Finish P50 (median)"),
    "p90": Words(id="Selesai P90", en="Finish P90"),
    "beyond": Words(id="lewat 6 bulan setelah batas waktu", en="over 6 months past the deadline"),
    "never_done": Words(
        id="tidak pernah (orang tertinggal: hari terakhir lokasi lewat, atau di luar rencana)",
        en="never (people left: a site's own last day passed, or not in the plan)",
    ),
    "not_recorded": Words(
        id="Orang diperkirakan belum terekam pada batas waktu",
        en="People expected not recorded by the deadline",
    ),
    "not_recorded_split": Words(
        id="{no_shows:,.0f} tidak hadir, {late:,.0f} terlambat, {unplanned:,} tidak terjadwal",
        en="{no_shows:,.0f} no-shows, {late:,.0f} late, {unplanned:,} never planned",
    ),
    "sites_at_risk": Words(id="Lokasi paling berisiko", en="Sites most at risk"),
    "no_site_at_risk": Words(
        id="Tidak ada lokasi yang berisiko terlambat dalam simulasi ini.",
        en="No site ran late in any replay.",
    ),
    "chance_late": Words(id="Peluang terlambat", en="Chance late"),
    "expected_left": Words(id="Perkiraan belum terekam", en="Expected left"),
    "finish_histogram": Words(id="Sebaran tanggal selesai", en="Finish dates over the runs"),
    "share_by": Words(id="Kumulatif", en="Cumulative"),
    "progress_help": Words(
        id="Isi kolom Terekam (jumlah orang yang benar-benar terekam) dan Status "
        "(selesai / sebagian / batal) setiap hari; baris kosong berarti belum dilaporkan.",
        en="Fill Recorded (people actually recorded) and Status (done / partial / lost) each "
        "day; a blank row is not yet reported.",
    ),
    # letters to the sites (`outreach letters`)
    "field.letters_title": Words(
        id="Surat pemberitahuan perekaman KTP-el", en="e-KTP recording letters"
    ),
    "field.no_letters": Words(
        id="Tidak ada lokasi yang perlu diberi surat.", en="No site needs a letter."
    ),
    "field.head_government": Words(id="PEMERINTAH {region}", en="GOVERNMENT OF {region}"),
    "field.head_office": Words(
        id="DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL", en="CIVIL REGISTRATION OFFICE (DISDUKCAPIL)"
    ),
    "field.head_office_short": Words(
        id="Dinas Kependudukan dan Pencatatan Sipil", en="Civil Registration Office"
    ),
    "field.number": Words(id="Nomor", en="Number"),
    "field.attachment": Words(id="Lampiran", en="Attachment"),
    "field.attachment_text": Words(id="1 (satu) berkas daftar hadir", en="1 (one) attendance list"),
    "field.subject_label": Words(id="Perihal", en="Subject"),
    "field.subject": Words(id="Perekaman KTP-el jemput bola", en="Mobile e-KTP recording"),
    "field.subject_change": Words(
        id="Perubahan jadwal perekaman KTP-el jemput bola",
        en="Change of schedule: mobile e-KTP recording",
    ),
    "field.to": Words(id="Kepada Yth.", en="To"),
    "field.to_head": Words(id="Kepala {name}", en="The Head of {name}"),
    "field.to_lurah": Words(id="Lurah {name}", en="The Lurah of {name}"),
    # How an Indonesian address ends; an English one has no such line.
    "field.at_place": Words(id="di tempat", en=""),
    "field.greeting": Words(id="Dengan hormat,", en="Dear Sir or Madam,"),
    "field.students": Words(id="siswa", en="students"),
    "field.residents": Words(id="warga", en="residents"),
    "field.body": Words(
        id="Dalam rangka pelayanan perekaman KTP-el jemput bola bagi {people} wajib KTP-el yang "
        "belum merekam, kami akan melaksanakan perekaman di {name} dengan jadwal berikut:",
        en="As part of the mobile e-KTP recording service for {people} who must hold an e-KTP and "
        "are not yet recorded, we will record at {name} on these days:",
    ),
    "field.body_change": Words(
        id="Menindaklanjuti surat kami sebelumnya, jadwal perekaman KTP-el di {name} berubah. "
        "Jadwal lama: {old}. Jadwal baru:",
        en="Further to our previous letter, the e-KTP recording schedule at {name} has changed. "
        "Previous days: {old}. New days:",
    ),
    "field.cancelled": Words(
        id="Kunjungan tersebut dibatalkan; jadwal baru akan kami sampaikan bila diperlukan.",
        en="That visit is cancelled; we will send new days if they are needed.",
    ),
    "field.col_day": Words(id="Hari, tanggal", en="Day, date"),
    "field.col_block": Words(id="Sesi", en="Block"),
    "field.col_hours": Words(id="Pukul", en="Hours"),
    "field.col_kits": Words(id="Alat", en="Kits"),
    "field.col_people": Words(id="Orang", en="People"),
    "field.col_numbers": Words(id="No. daftar hadir", en="List numbers"),
    "field.col_groups": Words(id="Kelas / RT", en="Classes / RT"),
    "field.block0": Words(id="pagi", en="morning"),
    "field.block1": Words(id="siang", en="afternoon"),
    "field.total": Words(
        id="Jumlah {people} yang direncanakan: {n} orang. Mohon {people} dipanggil {order} sesuai "
        "nomor pada daftar hadir terlampir.",
        en="People planned: {n} {people}. Please call the {people} {order}, by the numbers on "
        "the attached attendance list.",
    ),
    "field.order_class": Words(id="per kelas", en="class by class"),
    "field.order_rt": Words(id="per RT", en="RT by RT"),
    "field.prepare": Words(id="Mohon disiapkan:", en="Please prepare:"),
    "field.prep_room": Words(
        id="satu ruangan dengan meja dan kursi untuk setiap alat perekam",
        en="a room with a table and chairs for each recording kit",
    ),
    "field.prep_power": Words(
        id="aliran listrik (stop kontak) untuk setiap alat", en="power (a socket) for each kit"
    ),
    "field.prep_network": Words(
        id="jaringan internet (Wi-Fi atau sinyal seluler yang baik) di ruangan tersebut",
        en="an internet connection (Wi-Fi or a good mobile signal) in that room",
    ),
    "field.prep_kk": Words(
        id="fotokopi Kartu Keluarga (KK) setiap {people} yang akan direkam",
        en="a copy of the family card (Kartu Keluarga, KK) of each of the {people} to record",
    ),
    "field.prep_contact": Words(
        id="petugas penghubung pada hari kunjungan", en="a contact person on the visit days"
    ),
    "field.contact": Words(id="Narahubung Disdukcapil: {contact}", en="Office contact: {contact}"),
    "field.site_contact": Words(
        id="Narahubung di lokasi: {contact}", en="Contact at the site: {contact}"
    ),
    "field.closing": Words(
        id="Demikian pemberitahuan ini kami sampaikan. Atas perhatian dan kerja samanya kami "
        "ucapkan terima kasih.",
        en="Thank you for your attention and cooperation.",
    ),
    "field.sign_title": Words(id="Kepala Dinas", en="Head of Office"),
    "field.invite_title": Words(id="Undangan perekaman KTP-el", en="Invitation to e-KTP recording"),
    "field.rt_rw": Words(id="RT/RW {group}", en="RT/RW {group}"),  # a resident's 001/004
    "field.invite_to": Words(id="Kepada Yth. Sdr/Sdri {name}{group}", en="To {name}{group}"),
    "field.invite_body": Words(
        id="Dengan hormat, Saudara/Saudari kami undang untuk merekam KTP-el di {site} pada:",
        en="You are invited to record your e-KTP at {site} on:",
    ),
    "field.invite_number": Words(id="nomor antrean", en="queue number"),
    "field.invite_bring": Words(
        id="Mohon membawa fotokopi Kartu Keluarga (KK).",
        en="Please bring a copy of your family card (Kartu Keluarga, KK).",
    ),
    # the names of the files `letters` and `report` write, after the plan's own
    "file.letters": Words(id="surat", en="letters"),
    "file.attendance": Words(id="daftar-hadir", en="attendance"),
    "file.by_name": Words(id="daftar-hadir-nama", en="attendance-by-name"),  # personal data
    "file.invitations": Words(id="undangan", en="invitations"),  # personal data
    "file.report": Words(id="laporan", en="report"),
    # attendance lists (daftar hadir)
    "att.title": Words(id="Daftar Hadir Perekaman KTP-el", en="e-KTP Recording Attendance List"),
    "att.how": Words(
        id="Beri tanda (v) di satu kolom per baris; tulis jumlahnya di baris Jumlah.",
        en="Tick (v) one column a line; write the counts in the Total row.",
    ),
    "att.no": Words(id="No", en="No"),
    "att.block": Words(id="Sesi", en="Block"),
    "att.class": Words(id="Kelas", en="Class"),
    "att.rt": Words(id="RT/RW", en="RT/RW"),
    "att.name": Words(id="Nama", en="Name"),
    "att.nik": Words(id="NIK", en="NIK"),
    "att.came": Words(id="Hadir", en="Came"),
    "att.absent": Words(id="Tidak hadir", en="Absent"),
    "att.already": Words(id="Sudah rekam", en="Already recorded"),
    "att.refused": Words(id="Menolak", en="Refused"),
    "att.total": Words(id="Jumlah", en="Total"),
    "att.leader": Words(id="Ketua tim", en="Team leader"),
    "att.signature": Words(id="Tanda tangan", en="Signature"),
}


# What a what-if change asks, as its row and the Summary's fixes name it (`scenarios.describe`).
SCENARIOS: dict[str, Words] = {
    "describe.more_kit": Words(id="{n:,} alat tambahan", en="{n:,} more kit"),
    "describe.more_kits": Words(id="{n:,} alat tambahan", en="{n:,} more kits"),
    "describe.fewer_kit": Words(id="{n:,} alat berkurang", en="{n:,} fewer kit"),
    "describe.fewer_kits": Words(id="{n:,} alat berkurang", en="{n:,} fewer kits"),
    "describe.from": Words(id="{what} mulai {day}", en="{what} from {day}"),
    "describe.lost": Words(id="hari hilang {days}", en="days lost {days}"),
    "describe.deadline": Words(id="batas waktu {day}", en="deadline {day}"),
    "describe.weekdays": Words(id="{type}: hari {days}", en="{type}: weekdays {days}"),
    "describe.rate": Words(
        id="kapasitas jaringan {network} {rate:,}/alat/hari",
        en="{network}-network rate {rate:,}/kit-day",
    ),
    "describe.blanks": Words(id="+{n:,} blangko", en="+{n:,} blanks"),
    "describe.print_rate": Words(
        id="cetak {rate:,} KTP/hari kerja", en="print {rate:,} cards/working day"
    ),
    "describe.window": Words(id="{site}: rentang tanggal {days}", en="{site}: window {days}"),
    "describe.rate_share": Words(
        id="kapasitas direncanakan {share} dari biasanya", en="rates planned at {share}"
    ),
    "describe.baseline": Words(id="rencana dasar", en="baseline"),
    # The name of a kit a what-if adds, and the reason of a day it loses.
    "describe.extra_kit": Words(id="alat tambahan", en="extra kit"),
    "describe.lost_day": Words(id="hari hilang", en="lost day"),
}

# Why a re-plan changed a site's visit (`replan` names them by these keys), and why its new
# days are where they are (`placed.*`).
REASONS: dict[str, Words] = {
    "reason.for": Words(id="untuk {sites}", en="for {sites}"),
    "reason.freed": Words(
        id="{days} tidak diperlukan lagi, beri tahu lokasi",
        en="{days} no longer needed, tell the site",
    ),
    "reason.lost_day": Words(id="hari batal", en="lost day"),
    "reason.partial_day": Words(id="hari terekam sebagian", en="partial day"),
    "reason.fewer": Words(
        id="terekam lebih sedikit dari rencana", en="fewer recorded than planned"
    ),
    "reason.more": Words(id="terekam lebih banyak dari rencana", en="more recorded than planned"),
    "reason.kit_out": Words(id="alat tidak tersedia", en="kit out"),
    "reason.office_closed": Words(
        id="libur: kantor tutup hari itu", en="closure: the office is closed that day"
    ),
    "reason.site_closed": Words(
        id="libur: lokasi tutup hari itu", en="closure: the site is closed that day"
    ),
    "reason.holiday": Words(id="hari libur", en="holiday"),
    "reason.new_site": Words(id="lokasi baru", en="new site"),
    "reason.removed": Words(id="lokasi dihapus", en="site removed"),
    "reason.done_already": Words(id="semua sudah terekam", en="everyone already recorded"),
    "reason.more_people": Words(id="jumlah orang bertambah", en="more people to record"),
    "reason.not_planned": Words(id="belum terjadwal sebelumnya", en="not planned before"),
    "reason.more_fit": Words(
        id="kini lebih banyak orangnya terjadwal", en="more of its people fit now"
    ),
    "reason.no_longer_fits": Words(
        id="tidak lagi muat sebelum batas waktu", en="no longer fits before the deadline"
    ),
    "reason.room": Words(id="digeser untuk memberi tempat", en="moved to make room"),
    "reason.priority_first": Words(
        id="digeser agar lokasi berprioritas lebih tinggi didahulukan",
        en="moved so that a higher-priority site goes first",
    ),
    "reason.window_changed": Words(
        id="rentang tanggal lokasi berubah", en="the site's window changed"
    ),
    "reason.after_deadline": Words(id="setelah batas waktu", en="after the deadline"),
    "reason.not_type_day": Words(
        id="bukan hari kunjungan jenisnya", en="not a visiting day for its type"
    ),
    "reason.weekdays_changed": Words(
        id="hari kunjungan jenisnya berubah", en="its type's weekdays changed"
    ),
    "reason.kit_rule_changed": Words(
        id="aturan alat jenisnya berubah", en="its type's kit rule changed"
    ),
    "placed.first": Words(
        id="hari pertama yang boleh dikunjungi setelah hari-hari yang sudah diumumkan",
        en="the first day it may be visited after the announced days",
    ),
    "placed.room": Words(
        id="hari pertama yang masih ada alat dan tempat setelah hari-hari yang sudah diumumkan",
        en="the first day with room for it after the announced days",
    ),
    "placed.window": Words(
        id="hari-hari terakhir dalam rentang tanggal lokasi",
        en="the last days its own window allows",
    ),
    "placed.keep": Words(
        id="hari-hari sebelumnya tetap untuk kunjungan lokasi lain",
        en="earlier days keep other sites' visits",
    ),
    "placed.announced": Words(
        id="alat yang kosong pada hari yang sudah diumumkan",
        en="a kit left free on an announced day",
    ),
}


# Why a site is not fully planned (`capacity` names them by these keys).
SHORTFALL: dict[str, Words] = {
    "shortfall.capacity": Words(
        id="hari-alat sebelum batas waktu tidak cukup: sudah terpakai lokasi lain",
        en="not enough kit-days before the deadline: other sites take them",
    ),
    "shortfall.type_limit": Words(
        id="kunjungan {type} per hari (paling banyak {limit}) sudah penuh pada hari-hari yang "
        "masih ada alatnya",
        en="the {type} visits a day (at most {limit}) are all taken on the days with kits free",
    ),
    "shortfall.kits": Words(
        id="alat kurang pada hari-hari lokasi ini boleh dikunjungi (alat keluar atau bertugas "
        "lain): paling banyak {alone:,} dari {people:,} orang",
        en="too few kits on the days it may be visited (kits out or on duties): at most "
        "{alone:,} of {people:,} people",
    ),
    "shortfall.window": Words(
        id="rentang tanggalnya sendiri ({window}) terlalu pendek: paling banyak {alone:,} dari "
        "{people:,} orang",
        en="its own window ({window}) is too short: at most {alone:,} of {people:,} people",
    ),
    "shortfall.type_days": Words(
        id="hari untuk {type} ({weekdays}) sebelum batas waktu terlalu sedikit: paling banyak "
        "{alone:,} dari {people:,} orang",
        en="too few days allowed for a {type} ({weekdays}) before the deadline: at most "
        "{alone:,} of {people:,} people",
    ),
    "shortfall.no_day": Words(
        id="tidak ada hari yang boleh dikunjungi: hari jenisnya, rentang tanggalnya dan hari "
        "tutupnya tidak menyisakan satu pun",
        en=(
            "no day it may be visited: its type's weekdays, its "
            "window and its closed days leave none"
        ),
    ),
}


# What each column of the input template means, one note per header cell (`template`), and
# each key of its Settings sheet.
NOTES: dict[str, Words] = {
    "note.sites.site_id": Words(
        id="Kode unik lokasi, mis. SKH-01. Wajib.",
        en="Unique id of the site, e.g. SKH-01. Required.",
    ),
    "note.sites.name": Words(
        id="Nama sekolah atau kelurahan. Wajib.",
        en="School or kelurahan name. Required.",
    ),
    "note.sites.type": Words(
        id="Jenis lokasi: sekolah, kelurahan, atau jenis lain yang ada di sheet Aturan. Wajib.",
        en="Site type: school, kelurahan, or another type named on the Rules sheet. Required.",
    ),
    "note.sites.kecamatan": Words(
        id="Kecamatan lokasi; kunjungan dikelompokkan per kecamatan. Wajib.",
        en="The site's kecamatan; visits are grouped by it. Required.",
    ),
    "note.sites.people": Words(
        id="Jumlah orang yang belum terekam di lokasi ini (bilangan bulat >= 0). Wajib.",
        en="People still to record here (whole number >= 0). Required.",
    ),
    "note.sites.network": Words(
        id="Kondisi jaringan: lancar atau tersendat. Kosong = lancar.",
        en="Network: good or poor. Blank = good.",
    ),
    "note.sites.rate": Words(
        id="Orang per alat per hari di lokasi ini; kosong = sesuai jaringan (Pengaturan).",
        en="People one kit records here in a day; blank = the network's rate (Settings).",
    ),
    "note.sites.priority": Words(
        id="Prioritas 1 (terendah) sampai 5 (tertinggi). Kosong = 3.",
        en="Priority 1 (lowest) to 5 (highest). Blank = 3.",
    ),
    "note.sites.earliest": Words(
        id="Tanggal paling awal lokasi boleh dikunjungi (opsional).",
        en="First date the site may be visited (optional).",
    ),
    "note.sites.latest": Words(
        id="Tanggal paling akhir lokasi boleh dikunjungi (opsional).",
        en="Last date the site may be visited (optional).",
    ),
    "note.sites.closed": Words(
        id="Tanggal lokasi tutup, mis. 2022-12-05..2022-12-10; 2022-11-17 (opsional).",
        en="Dates the site is closed, e.g. 2022-12-05..2022-12-10; 2022-11-17 (optional).",
    ),
    "note.sites.contact": Words(
        id="Kontak di lokasi; disalin ke jadwal.",
        en="Contact at the site; copied to the plan.",
    ),
    "note.sites.notes": Words(id="Catatan; disalin ke jadwal.", en="Notes; copied to the plan."),
    "note.kits.kit_id": Words(
        id="Kode unik alat perekaman, mis. A1. Wajib.",
        en="Unique kit id, e.g. K1. Required.",
    ),
    "note.kits.name": Words(id="Nama alat (opsional).", en="Display name (optional)."),
    "note.kits.unavailable": Words(
        id="Tanggal alat tidak tersedia (perbaikan, tugas lain), mis. 2022-10-10..2022-10-14.",
        en="Dates the kit is out (repair, other duty), e.g. 2022-10-10..2022-10-14.",
    ),
    "note.rules.type": Words(id="Nama jenis lokasi.", en="The type name."),
    "note.rules.weekdays": Words(
        id="Hari kunjungan yang boleh, mis. Sen-Jum atau Sen,Sel,Rab.",
        en="Days this type may be visited, e.g. Mon-Fri or Mon,Tue,Wed.",
    ),
    "note.rules.max_sites_per_day": Words(
        id="Paling banyak lokasi jenis ini per hari; kosong = tanpa batas.",
        en="Most sites of this type visited on one day; blank = no limit.",
    ),
    "note.rules.min_kits": Words(
        id="Jumlah alat paling sedikit yang dikirim setiap hari kunjungan.",
        en="Fewest kits sent together on each visit day.",
    ),
    "note.rules.max_kits": Words(
        id="Jumlah alat paling banyak di satu lokasi dalam sehari.",
        en="Most kits at one site on one day.",
    ),
    "note.closures.date": Words(
        id="Tanggal atau rentang kantor tutup, mis. 2022-12-26 atau 2022-08-16..2022-08-18.",
        en="A date or range the office is closed, e.g. 2022-12-26 or 2022-08-16..2022-08-18.",
    ),
    "note.closures.reason": Words(id="Keterangan.", en="Reason."),
    "note.reserved.date": Words(
        id="Tanggal, rentang, atau nama hari (mis. Jumat) untuk tugas tetap.",
        en="A date, a range, or a weekday (e.g. Fri) for a fixed duty.",
    ),
    "note.reserved.kits": Words(
        id="Berapa alat yang dipakai tugas ini pada hari itu.",
        en="How many kits the duty takes that day.",
    ),
    "note.reserved.label": Words(
        id="Nama tugas, mis. Kunjungan rumah lansia.",
        en="Duty name, e.g. Home visits.",
    ),
    "note.printing.item": Words(
        id=(
            "Opsional: pencetakan KTP. Butir: kapasitas (KTP per hari kerja, wajib bila sheet "
            "ini diisi), lembur, stok (blangko di awal), kiriman (blangko datang pada tanggal), "
            "antrean (siap cetak di awal, per kelas), loket (permohonan per hari, per kelas), "
            "kelas (urutan cetak), target (tanggal KTP kampanye selesai). Kosongkan sheet bila "
            "tidak dipakai."
        ),
        en=(
            "Optional: printing the cards. Items: rate (cards a working day, required when this "
            "sheet is used), overtime, stock (blanks at the start), delivery (blanks arriving "
            "on a date), backlog (ready to print at the start, per class), counter (requests a "
            "working day, per class), class (print order), target (date the campaign's cards "
            "are wanted). Leave the sheet empty if not used."
        ),
    ),
    "note.printing.count": Words(
        id="Jumlah: KTP per hari, blangko, atau catatan per hari (bilangan bulat >= 0).",
        en="Count: cards a day, blanks, or records a day (whole number >= 0).",
    ),
    "note.printing.date": Words(
        id="Tanggal: kiriman, target, atau hari lembur (tanggal, rentang, atau nama hari).",
        en="Date: of a delivery, the target, or overtime days (dates, ranges or weekdays).",
    ),
    "note.printing.class": Words(
        id="Kelas cetak: rusak, kampanye, perubahan, atau kelas sendiri (baris kelas).",
        en="Print class: damaged, campaign, change, or one of your own (class rows).",
    ),
    "note.printing.note": Words(id="Keterangan (tidak dibaca).", en="A note (not read)."),
    "note.settings.start": Words(
        id="Hari pertama kegiatan. Wajib.",
        en="First day of the campaign. Required.",
    ),
    "note.settings.deadline": Words(
        id="Hari terakhir perekaman boleh dilakukan. Wajib.",
        en="Last day on which recording may happen. Required.",
    ),
    "note.settings.rate_good": Words(
        id="Orang per alat per hari bila jaringan lancar (bawaan 25).",
        en="People per kit-day where the network is good (default 25).",
    ),
    "note.settings.rate_poor": Words(
        id="Orang per alat per hari bila jaringan tersendat (bawaan 10).",
        en="People per kit-day where the network is poor (default 10).",
    ),
    "note.settings.holidays": Words(
        id="Kode negara untuk libur nasional dan cuti bersama (ID), atau none.",
        en="Country code for national holidays and cuti bersama (ID), or none.",
    ),
    "note.settings.region": Words(
        id="Nama wilayah yang dicetak di setiap keluaran.",
        en="Name printed on every output.",
    ),
    "note.settings.stall_good": Words(
        id=(
            "Untuk `outreach risk`: peluang satu hari macet di lokasi berjaringan lancar "
            "(bawaan 0,2 = sehari dari lima)."
        ),
        en=(
            "For `outreach risk`: chance a day stalls at a good-network site (default 0.2 = a "
            "day in five)."
        ),
    ),
    "note.settings.stall_poor": Words(
        id=(
            "Untuk `outreach risk`: peluang satu hari macet di lokasi berjaringan tersendat "
            "(bawaan 0,3)."
        ),
        en="For `outreach risk`: chance a day stalls at a poor-network site (default 0.3).",
    ),
    "note.settings.stalled_share": Words(
        id=(
            "Pada hari macet, bagian dari laju lokasi yang tetap terekam (bawaan 0,4: Sukoharjo "
            "20 dari 50 sehari)."
        ),
        en=(
            "On a stalled day, the share of the site's rate still recorded (default 0.4: "
            "Sukoharjo's 20 of 50 a day)."
        ),
    ),
    "note.settings.stalled_rate_good": Words(
        id=(
            "Jika diisi: orang per alat pada hari macet, jaringan lancar, sebagai ganti "
            "porsi_macet (kosong: porsi_macet)."
        ),
        en=(
            "If set: people per kit on a stalled day, good network, instead of stalled_share "
            "(blank: stalled_share)."
        ),
    ),
    "note.settings.stalled_rate_poor": Words(
        id=(
            "Jika diisi: orang per alat pada hari macet, jaringan tersendat, sebagai ganti "
            "porsi_macet (kosong: porsi_macet)."
        ),
        en=(
            "If set: people per kit on a stalled day, poor network, instead of stalled_share "
            "(blank: stalled_share)."
        ),
    ),
    "note.settings.turnout": Words(
        id="Bagian orang yang hadir pada hari kunjungan (bawaan 0,95).",
        en="Share of the people invited who come on their visit day (default 0.95).",
    ),
    "note.key": Words(id="kunci", en="key"),
    "note.value": Words(id="nilai", en="value"),
    "note.date_check": Words(
        id="Tulis tanggal, mis. 2022-08-01",
        en="Write a date, e.g. 2022-08-01",
    ),
    "note.kit_example": Words(id="A{n}", en="K{n}"),
}

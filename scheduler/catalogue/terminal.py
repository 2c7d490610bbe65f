"""What the tool says in the terminal and in its error lists: each key with its Indonesian and
English wording (`messages.say` fills in the values)."""

from __future__ import annotations

from scheduler.catalogue import Words

TERMINAL: dict[str, Words] = {
    # -- where a mistake is ---------------------------------------------------------------------
    "at.row": Words(id="{sheet} baris {row}", en="{sheet} row {row}"),
    "at.column": Words(id="kolom {column}", en="column {column}"),
    "at.key": Words(id="kunci {key}", en="key {key}"),
    "errors.head": Words(
        id="{path}: {count} masalah yang harus diperbaiki:", en="{path}: {count} problem(s) to fix:"
    ),
    "list.more": Words(id="... dan {n} lainnya", en="... and {n} more"),
    "errors.next": Words(
        id="Perbaiki sel-sel di atas, simpan, lalu jalankan lagi (`outreach check {arg}` memeriksa "
        "tanpa menyusun rencana).",
        en="Fix the cells above, save, and run again (`outreach check {arg}` checks without "
        "planning).",
    ),
    "ages.site": Words(
        id='lokasi "{site}" tidak ada di sheet Lokasi; tulis id lokasi seperti di sana',
        en='site "{site}" is not on the Sites sheet; write the site id as it is there',
    ),
    "ages.age": Words(id="tulis 16 atau 17", en="write 16 or 17"),
    # -- name lists (scheduler/lists.py): never a name, a NIK or a birth date in a message ----
    "lists.none": Words(
        id="tidak ada daftar nama (.csv atau .xlsx) di sana; sebutkan berkasnya atau foldernya",
        en="no name list (.csv or .xlsx) there; name the files or their folder",
    ),
    "lists.rows": Words(
        id="baris {rows} ({count} baris): {what}", en="rows {rows} ({count} rows): {what}"
    ),
    "lists.next": Words(
        id="Perbaiki baris-baris di atas di daftarnya (atau minta sekolah atau kelurahan "
        "memperbaikinya), simpan, lalu jalankan lagi.",
        en=(
            "Fix the rows above in the lists (or ask the school or "
            "kelurahan to), save, and run again."
        ),
    ),
    "lists.not_a_list": Words(
        id="bukan daftar nama; simpan sebagai .csv atau .xlsx",
        en="not a name list; save it as .csv or .xlsx",
    ),
    "lists.unreadable": Words(
        id="tidak dapat dibaca ({what}); buka dan simpan lagi sebagai .csv (UTF-8) atau .xlsx",
        en="cannot be read ({what}); open it and save it again as .csv (UTF-8) or .xlsx",
    ),
    "lists.extra_cells": Words(
        id="lebih banyak sel daripada baris judul; hapus pemisah yang berlebih, atau beri tanda "
        'kutip pada sel yang berisi pemisah ("Jl. Mawar; No. 5")',
        en="more cells than the header row; remove the extra separator, or put quotes around a "
        'cell that holds one ("Jl. Mawar; No. 5")',
    ),
    "lists.too_many_rows": Words(
        id="lebih dari {limit:,} baris; bagi daftar per sekolah atau per kelurahan",
        en="more than {limit:,} rows; split the list per school or per kelurahan",
    ),
    "lists.too_big": Words(
        id="berkas {size:,} MiB, batasnya {limit} MiB; bagi daftar per sekolah atau per kelurahan",
        en=(
            "the file is {size:,} MiB, the limit {limit} MiB; "
            "split the list per school or kelurahan"
        ),
    ),
    "lists.no_columns": Words(
        id="tidak ada kolom nama atau NIK di baris judul (baris 1); beri judul kolom `nama` dan "
        "`nik` (docs/WORKBOOKS.md, Daftar nama)",
        en="no name or NIK column in the header row (row 1); head the columns `name` and `nik` "
        "(docs/WORKBOOKS.md, Name lists)",
    ),
    "lists.no_birth_column": Words(
        id="tidak ada kolom tanggal lahir atau NIK; umur tidak bisa diperiksa: tambahkan kolom "
        "`tanggal_lahir`",
        en="no date of birth or NIK column; ages cannot be checked: add a `date_of_birth` column",
    ),
    "lists.no_one": Words(
        id="nama dan NIK kosong; isi salah satu atau hapus barisnya",
        en="name and NIK are both empty; fill one or delete the row",
    ),
    "lists.no_birth": Words(
        id="tanggal lahir kosong atau bukan tanggal, dan NIK tidak ada untuk menggantinya; tulis "
        "DD/MM/YYYY atau YYYY-MM-DD",
        en="the date of birth is empty or not a date, and there is no NIK to take it from; write "
        "DD/MM/YYYY or YYYY-MM-DD",
    ),
    "lists.birth_from_nik": Words(
        id="tanggal lahir bukan tanggal; dibaca dari NIK (periksa barisnya)",
        en="the date of birth is not a date; taken from the NIK (check the row)",
    ),
    "lists.odd_birth": Words(
        id="tanggal lahir sebelum 1900 atau sesudah awal kampanye; periksa tanggalnya",
        en="the date of birth is before 1900 or after the campaign's start; check the date",
    ),
    "lists.nik_bad": Words(
        id="NIK bukan 16 angka; dibaca tanpa NIK (tidak dicocokkan dengan yang sudah terekam)",
        en="the NIK is not 16 digits; read without it (not matched against those recorded)",
    ),
    "lists.nik_number": Words(
        id="NIK tersimpan sebagai angka: Excel hanya menyimpan 15 angka, angka terakhir bisa "
        "hilang; format kolom sebagai Teks lalu tempel NIK lagi",
        en="the NIK is saved as a number: Excel keeps 15 digits, the last may be lost; format the "
        "column as Text and paste the NIKs again",
    ),
    "lists.sex": Words(
        id="jenis kelamin bukan L atau P; dibaca tanpa jenis kelamin",
        en="sex is not L or P (M or F); read without it",
    ),
    "lists.no_site": Words(
        id="lokasi kosong; tulis NPSN, id lokasi, atau nama sekolah atau kelurahan",
        en="the site is empty; write the NPSN, site id, or the school's or kelurahan's name",
    ),
    "lists.unknown_npsn": Words(
        id='NPSN "{npsn}" tidak ada di catatan sheet Lokasi (tulis "NPSN {npsn}" di catatan '
        "sekolahnya)",
        en='NPSN "{npsn}" is in no site\'s notes on the Sites sheet (write "NPSN {npsn}" in the '
        "school's notes)",
    ),
    "lists.unknown_site_id": Words(
        id='id lokasi "{site}" tidak ada di sheet Lokasi; yang paling mirip: {near}',
        en='site id "{site}" is not on the Sites sheet; the nearest: {near}',
    ),
    "lists.unknown_site": Words(
        id='lokasi "{site}" tidak ada di sheet Lokasi; yang paling mirip: {near}. Tulis namanya '
        "seperti di sheet Lokasi, atau id lokasinya",
        en='site "{site}" is not on the Sites sheet; the nearest: {near}. Write its name as the '
        "Sites sheet does, or its site id",
    ),
    "lists.ambiguous_site": Words(
        id='"{site}" adalah nama lebih dari satu lokasi ({ids}); tulis id lokasinya',
        en='"{site}" names more than one site ({ids}); write its site id',
    ),
    "lists.file_site": Words(
        id="daftar tanpa kolom lokasi dibaca untuk lokasi yang bernama seperti berkasnya, tetapi: "
        "{why}. Tambahkan kolom `npsn` atau `id_lokasi`, atau beri nama berkas dengan id lokasi",
        en="a list without a site column is read for the site its file is named after, but: "
        "{why}. Add an `npsn` or `site_id` column, or name the file after the site id",
    ),
    "usage.vote_day": Words(
        id="--vote-day menghitung dari daftar nama: beri juga --lists",
        en="--vote-day counts from name lists: give --lists too",
    ),
    "usage.region_code": Words(
        id='kode wilayah "{value}" bukan 4 angka (3311 untuk Kabupaten Sukoharjo)',
        en='region code "{value}" is not 4 digits (3311 for Kabupaten Sukoharjo)',
    ),
    "lists.read": Words(
        id="Daftar nama: {rows} baris di {files} berkas untuk {sites} lokasi; {recorded} NIK sudah "
        "terekam",
        en="Name lists: {rows} rows in {files} files for {sites} sites; {recorded} NIKs already "
        "recorded",
    ),
    "lists.counts": Words(
        id="  {dup} tercatat dua kali, {rec} sudah terekam, {young} belum 16 tahun sampai hari "
        "terakhir lokasinya; {to_plan} direncanakan (diketik {typed})",
        en="  {dup} listed twice, {rec} already recorded, {young} not 16 by their site's last "
        "day; {to_plan} to plan (typed {typed})",
    ),
    "lists.later_line": Words(
        id="  {n} berumur 16 sesudah hari pertama lokasinya ({first} - {last}): tidak "
        "direncanakan dalam kunjungan ini, dihitung untuk layanan berikutnya (kantor, Car Free "
        "Day, kunjungan kedua)",
        en="  {n} turn 16 after their site's first day ({first} - {last}): not planned on this "
        "visit, counted for a later service (the office, Car Free Day, a second visit)",
    ),
    "lists.unlisted": Words(
        id="  {n} lokasi tanpa daftar ({ids}): jumlah yang diketik tetap dipakai ({typed} orang)",
        en="  {n} site(s) have no list ({ids}): their typed counts are kept ({typed} people)",
    ),
    "lists.waits": Words(
        id="  {sites} lokasi menunggu ulang tahun ke-16 (--wait-for-16): dikunjungi mulai "
        "{first} - {last}, {n} orang yang berumur 16 sesudah hari pertama lokasi ikut direncanakan",
        en="  {sites} site(s) wait for 16th birthdays "
        "(--wait-for-16): visited from {first} - {last}, "
        "so {n} people who turn 16 after the site's first possible day are planned too",
    ),
    "lists.flags": Words(
        id="  periksa (tetap dihitung): {mismatch} NIK tidak cocok dengan tanggal lahir atau jenis "
        "kelamin, {elsewhere} NIK dari luar wilayah {code}",
        en="  to check (still counted): {mismatch} NIKs not matching the date of birth or sex, "
        "{elsewhere} NIKs of another region than {code}",
    ),
    "lists.warning_one": Words(
        id="  - {file} baris {rows}, kolom {column}: {text}",
        en="  - {file} row {rows}, column {column}: {text}",
    ),
    "lists.warning": Words(
        id="  - {file} baris {rows} ({count} baris), kolom {column}: {text}",
        en="  - {file} rows {rows} ({count} rows), column {column}: {text}",
    ),
    "lists.written": Words(
        id="Rekonsiliasi ditulis ke {out} (jumlah dan nomor baris saja, tanpa nama atau NIK)",
        en="Reconciliation written to {out} (counts and row numbers only, no names or NIKs)",
    ),
    "lists.sites_written": Words(
        id="Workbook input baru dengan jumlah yang direncanakan ditulis ke {out}",
        en="A new input workbook with the counts to plan written to {out}",
    ),
    "lists.cards": Words(
        id="KTP yang menunggu ulang tahun ke-17 pemiliknya: {n}, yang terakhir {day}",
        en="Cards waiting for their holders' 17th birthdays: {n}, the last on {day}",
    ),
    "lists.cards_late": Words(
        id="  {n} di antaranya berumur 17 sesudah target cetak {target}: KTP mereka tidak bisa "
        "dicetak sebelum target, berapa pun blangkonya",
        en="  {n} of them turn 17 after the print target {target}: their cards cannot be printed "
        "by then, whatever the blanks",
    ),
    "lists.vote": Words(
        id="Berumur 17 pada {day} dan terekam sebelumnya menurut rencana ini: {n} dari {planned} "
        "yang direncanakan",
        en="17 by {day} and recorded before it in this plan: {n} of the {planned} planned",
    ),
    "forget.none": Words(
        id="tidak ada daftar nama di sana (berkas .csv atau .xlsx dengan kolom NIK, atau nama dan "
        "tanggal lahir) dan tidak ada berkas bernama dari `outreach letters --lists`",
        en="no name list there (a .csv or .xlsx file with a NIK column, or name and date of birth) "
        "and no by-name file from `outreach letters --lists`",
    ),
    "forget.dry": Words(
        id="{n} berkas data pribadi di atas akan dihapus; jalankan lagi dengan --yes untuk "
        "menghapusnya",
        en="{n} personal-data files above would be removed; run again with --yes to remove them",
    ),
    "forget.done": Words(
        id="{n} berkas data pribadi dihapus pada {day}; kosongkan juga Recycle Bin dan cadangan",
        en="{n} personal-data files removed on {day}; empty the recycle bin and backups too",
    ),
    "errors.next_file": Words(
        id="Perbaiki berkasnya seperti di atas, lalu jalankan lagi.",
        en="Fix the file as above, and run again.",
    ),
    # -- the file --------------------------------------------------------------------------------
    "file": Words(id="berkas", en="file"),
    "no_such_file": Words(
        id="berkas tidak ditemukan; periksa nama dan foldernya",
        en="no such file; check its name and folder",
    ),
    "not_xlsx": Words(
        id="bukan workbook Excel .xlsx ({what}): buka di LibreOffice atau Excel, pilih Simpan "
        "Sebagai, jenis Excel 2007-365 (.xlsx), lalu jalankan lagi dengan berkas .xlsx itu; "
        "semua sheet, Realisasi juga, ikut tersimpan",
        en="not an Excel .xlsx workbook ({what}): open it in LibreOffice or Excel, Save As type "
        "Excel 2007-365 (.xlsx), and run again on that .xlsx file; every sheet, Progress too, "
        "is kept",
    ),
    "format.ods": Words(id="lembar kerja OpenDocument .ods", en="an OpenDocument .ods spreadsheet"),
    "format.csv": Words(id="teks CSV, satu sheet saja", en="CSV text, one sheet only"),
    "format.other": Words(
        id="isinya bukan workbook .xlsx: rusak, atau disimpan dalam format lain",
        en="its content is not an .xlsx workbook: damaged, or saved in another format",
    ),
    "usage.not_xlsx_out": Words(
        id="{path}: yang ditulis adalah workbook .xlsx; beri nama berakhiran .xlsx, misalnya "
        "{suggest}",
        en=(
            "{path}: what is written is an .xlsx workbook; give a "
            "name ending in .xlsx, e.g. {suggest}"
        ),
    ),
    "encrypted": Words(
        id="workbook dilindungi kata sandi (terenkripsi): buka di Excel atau LibreOffice, hapus "
        "kata sandinya, simpan, lalu jalankan lagi",
        en="the workbook is password-protected (encrypted): open it in Excel or LibreOffice, "
        "remove the password, save it, and run again",
    ),
    "old_xls": Words(
        id="workbook Excel lama (.xls): buka lalu simpan sebagai .xlsx",
        en="an old Excel .xls workbook: open it and save it as .xlsx",
    ),
    "part_too_big": Words(
        id="{what} berukuran {size:,} MB setelah dibuka; bagian workbook kampanye di bawah "
        "{limit} MB: hapus yang tidak perlu (komentar atau gambar besar?) atau susun ulang dari "
        "`outreach template`",
        en="{what} is {size:,} MB unpacked; a campaign workbook's parts are under {limit} MB: "
        "remove what does not belong (a huge comment or picture?) or rebuild it from "
        "`outreach template`",
    ),
    "sheet_named": Words(id="sheet {name}", en="sheet {name}"),
    "book_too_big": Words(
        id="workbook berukuran {size:,} MB setelah dibuka; workbook kampanye di bawah {limit} MB: "
        "pecah per wilayah (`outreach plan-batch`) atau susun ulang",
        en="the workbook unpacks to {size:,} MB; a campaign workbook is under {limit} MB: split it "
        "(`outreach plan-batch`) or rebuild it",
    ),
    "not_a_plan": Words(
        id="bukan workbook rencana (tidak ada sheet Input "
        "tersembunyi); berikan rencana yang ditulis "
        "`outreach plan` atau `outreach replan`",
        en="not a plan workbook (it has no hidden Input sheets); give the plan that "
        "`outreach plan` or `outreach replan` wrote",
    ),
    # -- sheets and columns ----------------------------------------------------------------------
    "missing_sheet": Words(
        id="sheet tidak ada: tambahkan sheet bernama {name} (atau {other}); workbook ini berisi: "
        "{present}",
        en="missing sheet: add a sheet named {name} (or {other}); the workbook has: {present}",
    ),
    "missing_column": Words(
        id="tambahkan kolom berjudul {name}{alias} di baris 1",
        en="add a column headed {name}{alias} in row 1",
    ),
    "or_alias": Words(id=" (atau {alias})", en=" (or {alias})"),
    "required": Words(id="kosong; kolom ini wajib diisi", en="is empty; this column is required"),
    "people_empty": Words(
        id="kosong; tulis berapa orang yang masih harus direkam",
        en="is empty; write how many people are still to record",
    ),
    "no_saved_value": Words(
        id="berisi rumus tanpa nilai tersimpan (workbook ditulis program yang tidak menghitung): "
        "buka di Excel atau LibreOffice lalu simpan, atau ketik nilainya",
        en="is a formula with no saved value (the workbook was written by a program that does "
        "not calculate): open it in Excel or LibreOffice and save it, or type the value",
    ),
    "id_again": Words(
        id='"{given}" dipakai lagi (pertama di baris {row}); setiap {what} perlu ID sendiri',
        en='"{given}" is used again (first in row {row}); each {what} needs its own id',
    ),
    "id_clash": Words(
        id='"{given}" sama dengan ID "{first}" di baris {row}, hanya ditulis berbeda (ID dibedakan '
        "tanpa melihat huruf besar/kecil dan spasi); beri setiap {what} ID sendiri",
        en='"{given}" is the same id as "{first}" in row {row}, written differently (ids are told '
        "apart ignoring case and spaces); give each {what} its own id",
    ),
    "what.site": Words(id="lokasi", en="site"),
    "what.kit": Words(id="alat", en="kit"),
    "no_sites": Words(
        id="tidak ada lokasi: tambahkan satu baris per tempat yang dikunjungi",
        en="no sites: add one row per place to visit",
    ),
    "no_kits": Words(
        id="tidak ada alat: tambahkan satu baris per alat perekaman (kit_id K1, K2, ...)",
        en="no kits: add one row per recording kit (kit_id K1, K2, ...)",
    ),
    # -- settings --------------------------------------------------------------------------------
    "key_twice": Words(
        id="kunci {key} sudah ada di baris {first}: hapus salah satu (yang mana yang berlaku tidak "
        "jelas)",
        en="key {key} is given already in row {first}: delete one (which one holds is not clear)",
    ),
    "plan.sheet_missing": Words(
        id="sheet tersembunyi {sheet} tidak ada, padahal rencana disusun dengannya: masukannya "
        "tidak bisa dibaca kembali; pakai berkas rencana seperti yang ditulis `outreach plan`, "
        "atau susun ulang dari workbook masukan",
        en="the hidden sheet {sheet} is missing, though the plan was made with it: its inputs "
        "cannot be read back; use the plan file as `outreach plan` wrote it, or plan afresh "
        "from the input workbook",
    ),
    "plan.column_missing": Words(
        id="kolom {column} tidak ada di sheet tersembunyi {sheet}, padahal rencana disusun "
        "dengannya; pakai berkas rencana seperti yang ditulis `outreach plan`",
        en="column {column} is missing from the hidden sheet {sheet}, though the plan was made "
        "with it; use the plan file as `outreach plan` wrote it",
    ),
    "plan.rows_changed": Words(
        id="sheet tersembunyi {sheet} berisi {found} baris, "
        "padahal rencana disusun dengan {wrote}; "
        "pakai berkas rencana seperti yang ditulis `outreach plan`",
        en="the hidden sheet {sheet} has {found} rows, though the plan was made with {wrote}; use "
        "the plan file as `outreach plan` wrote it",
    ),
    "plan.value_missing": Words(
        id="kunci {name} kosong di sheet tersembunyi, padahal rencana disusun dengan sebuah nilai; "
        "pakai berkas rencana seperti yang ditulis `outreach plan`",
        en="key {name} is empty in the hidden sheet, though the plan was made with a value; use "
        "the plan file as `outreach plan` wrote it",
    ),
    "unknown_key": Words(
        id='kunci "{key}" tidak dikenal; kunci yang dikenal: {known}',
        en='unknown key "{key}"; known keys: {known}',
    ),
    "key_missing": Words(
        id="kunci {name} tidak ada atau kosong: tambahkan baris `{name}` dengan tanggal "
        "(YYYY-MM-DD) di kolom B",
        en=(
            "key {name} is missing or empty: add a row `{name}` "
            "with a date (YYYY-MM-DD) in column B"
        ),
    ),
    "unknown_country": Words(
        id='"{country}" bukan kode negara yang dikenal daftar hari libur; pakai ID (Indonesia) '
        "atau none",
        en='"{country}" is not a country code the holidays list knows; use ID (Indonesia) or none',
    ),
    "deadline_before_start": Words(
        id="batas waktu {deadline} sebelum tanggal mulai {start}",
        en="deadline {deadline} is before start {start}",
    ),
    # -- rules, sites, kits ----------------------------------------------------------------------
    "type_twice": Words(
        id='jenis "{name}" sudah punya aturan; satu baris per jenis',
        en='type "{name}" has a rule already; keep one row per type',
    ),
    "kits_order": Words(
        id="max_kits {hi} lebih kecil dari min_kits {lo}",
        en="max_kits {hi} is less than min_kits {lo}",
    ),
    "unknown_type": Words(
        id='"{value}" bukan jenis yang dikenal ({known}); pakai salah satunya atau tambahkan '
        "barisnya di sheet Aturan",
        en='"{value}" is not a known type ({known}); use one of them or add a row for it on the '
        "Rules sheet",
    ),
    "latest_before_earliest": Words(
        id="{latest} sebelum tanggal paling awal {earliest}",
        en="{latest} is before the earliest date {earliest}",
    ),
    "no_day": Words(
        id="lokasi {site} tidak punya hari kunjungan: antara {lo} dan {hi} tidak ada hari kerja "
        "pada hari yang diizinkan jenisnya ({days}) di luar hari tutupnya; perlebar "
        "earliest/latest atau hari jenisnya",
        en="site {site} has no day it may be visited: between {lo} and {hi} no working day falls "
        "on its type's weekdays ({days}) outside its closed days; widen earliest/latest or "
        "its type's weekdays",
    ),
    # -- printing --------------------------------------------------------------------------------
    "print.item": Words(
        id='"{value}" bukan butir cetak; tulis salah satu dari: {known}',
        en='"{value}" is not a printing item; write one of: {known}',
    ),
    "print.once": Words(
        id="{item} sudah ada di baris {row}; tulis sekali saja",
        en="{item} is given already in row {row}; give it once",
    ),
    "print.delivery_early": Words(
        id="kiriman {day} sebelum kampanye mulai ({start}); hitung blangko yang sudah ada sebagai "
        "stok, atau perbaiki tanggalnya",
        en="delivery {day} is before the campaign starts ({start}); count blanks already here as "
        "stock, or correct the date",
    ),
    "print.class": Words(
        id='kelas cetak "{value}" tidak dikenal; urutannya: {known} (tambahkan baris kelas untuk '
        "kelas sendiri)",
        en='print class "{value}" is unknown; the order is: {known} (add a class row for a class '
        "of your own)",
    ),
    "print.no_rate": Words(
        id="tidak ada baris kapasitas: tulis berapa KTP dicetak per hari kerja (butir kapasitas, "
        "kolom jumlah), atau hapus sheet ini",
        en="no rate row: write how many cards are printed a working day (item rate, column "
        "count), or delete this sheet",
    ),
    # -- progress --------------------------------------------------------------------------------
    "unknown_kit": Words(
        id='alat "{kit}" tidak ada di sheet Alat rencana ini',
        en='kit "{kit}" is not on the Kits sheet of this plan',
    ),
    "unknown_site": Words(
        id='lokasi "{site}" tidak ada di sheet Lokasi rencana ini',
        en='site "{site}" is not on the Sites sheet of this plan',
    ),
    "not_past": Words(
        id="{day} tidak sebelum --today {today}: hanya hari yang sudah lewat yang bisa dilaporkan; "
        "kosongkan sel atau susun ulang dengan --today yang lebih akhir",
        en="{day} is not before --today {today}: only past days can be reported; clear the cell "
        "or re-plan with a later --today",
    ),
    # -- values ----------------------------------------------------------------------------------
    "not_whole": Words(id='"{value}" bukan bilangan bulat', en='"{value}" is not a whole number'),
    "negative": Words(
        id="{n} negatif; tulis bilangan bulat >= 0", en="{n} is negative; write a whole number >= 0"
    ),
    "not_chance": Words(
        id='"{value}" bukan peluang; tulis 0.2 atau 20%',
        en='"{value}" is not a chance; write 0.2 or 20%',
    ),
    "chance_range": Words(
        id='"{value}" bukan peluang antara 0 dan 1 (0% dan 100%)',
        en='"{value}" is not a chance between 0 and 1 (0% and 100%)',
    ),
    "turnout_zero": Words(
        id="kehadiran 0 berarti tidak ada yang datang; tulis bagian di atas 0, misalnya 0.95",
        en="a turnout of 0 means nobody comes; write a share above 0, e.g. 0.95",
    ),
    "at_least_one": Words(id="{n} harus paling sedikit 1", en="{n} must be at least 1"),
    "not_priority": Words(
        id="{n} bukan prioritas; tulis 1 (terendah) sampai 5 (tertinggi)",
        en="{n} is not a priority; write 1 (lowest) to 5 (highest)",
    ),
    "not_status": Words(
        id='"{value}" bukan status; tulis selesai (done), sebagian (partial) atau batal (lost)',
        en='"{value}" is not a status; write done (selesai), partial (sebagian) or lost (batal)',
    ),
    "not_network": Words(
        id='"{value}" bukan jaringan; tulis lancar (good) atau tersendat (poor)',
        en='"{value}" is not a network; write good (lancar) or poor (tersendat)',
    ),
    "not_date_or_weekday": Words(
        id='"{value}" bukan tanggal, rentang a..b, atau nama hari seperti Jumat atau Fri',
        en='"{value}" is not a date, a range a..b, or a weekday such as Fri or Jumat',
    ),
    "not_date": Words(
        id='"{value}" bukan tanggal (tulis YYYY-MM-DD atau DD/MM/YYYY)',
        en='"{value}" is not a date (write YYYY-MM-DD or DD/MM/YYYY)',
    ),
    "not_real_date": Words(
        id='"{value}" bukan tanggal yang ada', en='"{value}" is not a real date'
    ),
    "not_date_list": Words(
        id='"{value}" bukan tanggal atau rentang seperti 2022-12-05..2022-12-10',
        en='"{value}" is not a date or a range like 2022-12-05..2022-12-10',
    ),
    "range_backwards": Words(
        id='"{value}": rentang berakhir sebelum mulai',
        en='"{value}": the range ends before it starts',
    ),
    "not_day_name": Words(
        id='"{value}" bukan nama hari (Sen..Min atau Mon..Sun)',
        en='"{value}" is not a day name (Mon..Sun or Sen..Min)',
    ),
    "no_days": Words(
        id="tidak ada hari (tulis misalnya Sen-Jum atau Mon-Fri)",
        en="no days given (write e.g. Mon-Fri or Sen-Rab)",
    ),
    "not_day_range": Words(
        id='"{value}" bukan hari atau rentang hari seperti Sen-Jum',
        en='"{value}" is not a day or a range of days like Mon-Fri',
    ),
    # -- the terminal: faults and stops ---------------------------------------------------------
    "fault.write": Words(
        id="Tidak bisa membaca atau menulis{where}: {what}.",
        en="Could not read or write{where}: {what}.",
    ),
    "fault.ENOSPC": Words(
        id="disk penuh: kosongkan sebagian ruang, atau tulis ke tempat lain dengan -o",
        en="the disk is full: free some space, or write elsewhere with -o",
    ),
    "fault.EDQUOT": Words(
        id="kuota disk habis: kosongkan sebagian ruang, atau tulis ke tempat lain dengan -o",
        en="the disk quota is used up: free some space, or write elsewhere with -o",
    ),
    "fault.EACCES": Words(
        id="tidak ada izin: pilih folder yang boleh ditulisi (-o), atau minta akses",
        en="no permission: choose a folder you may write to (-o), or ask for access",
    ),
    "fault.EPERM": Words(
        id="tidak diizinkan: pilih folder yang boleh ditulisi (-o), atau minta akses",
        en="not permitted: choose a folder you may write to (-o), or ask for access",
    ),
    "fault.EROFS": Words(
        id="folder hanya-baca (flashdisk terkunci?): tulis ke tempat lain dengan -o",
        en="the folder is read-only (a locked USB stick?): write elsewhere with -o",
    ),
    "fault.ENAMETOOLONG": Words(
        id="path terlalu panjang: pilih path -o yang lebih pendek",
        en="the path is too long: choose a shorter -o path",
    ),
    "fault.EBUSY": Words(
        id="berkas sedang dibuka program lain (Excel?): tutup lalu jalankan lagi",
        en="another program holds the file (Excel?): close it and run again",
    ),
    "fault.ENOENT": Words(
        id="berkas atau folder tidak ada: periksa path-nya",
        en="no such file or folder: check the path",
    ),
    "fault.EISDIR": Words(
        id="itu folder: berikan nama berkas", en="that is a folder: give a file name"
    ),
    "fault.terminal": Words(
        id="Yang dicetak perintah ini tidak bisa ditulis ke keluarannya (stdout: disk penuh?); "
        "berkas yang ditulisnya tidak terpengaruh.",
        en="What this command prints could not be written to its output (stdout: a full disk?); "
        "the files it writes are not affected.",
    ),
    "fault.memory": Words(
        id="Memori habis: kampanye terlalu besar untuk komputer ini; pecah per wilayah dan pakai "
        "`outreach plan-batch`.",
        en="Out of memory: the campaign is too large for this computer; split it by region and "
        "use `outreach plan-batch`.",
    ),
    "fault.bug": Words(
        id="Kesalahan internal ({what}). Ini bug: laporkan bersama workbook-nya; jalankan lagi "
        "dengan --debug untuk rinciannya.",
        en="Internal error ({what}). This is a bug: please report it with the workbook; rerun "
        "with --debug for the details.",
    ),
    "stopped.nothing": Words(
        id="Dihentikan; tidak ada yang ditulis.", en="Stopped; nothing was written."
    ),
    "stopping.nothing": Words(
        id="\nMenghentikan: tidak ada yang akan ditulis. Tekan Ctrl-C sekali lagi untuk langsung "
        "keluar.",
        en="\nStopping: nothing will be written. Press Ctrl-C again to quit at once.",
    ),
    "stopping": Words(
        id="\nMenghentikan: rencana terbaik sejauh ini diperiksa lalu ditulis. Tekan Ctrl-C sekali "
        "lagi untuk keluar tanpa menulis.",
        en="\nStopping: the best plan found so far is checked and written. Press Ctrl-C again to "
        "quit without writing.",
    ),
    "written_elsewhere": Words(
        id="catatan: {asked} muncul selama perintah ini berjalan (proses lain?); berkas itu "
        "dibiarkan, dan hasil ini disimpan sebagai {wrote}",
        en="note: {asked} appeared while this command ran (another run?); it is kept, and this "
        "result is saved as {wrote}",
    ),
    "usage.overwrite_input": Words(
        id="output akan menimpa input {source}; pilih path -o lain",
        en="the output would overwrite the input {source}; choose another -o path",
    ),
    "usage.exists": Words(
        id="{path} sudah ada; pakai --force untuk menggantinya, atau -o path lain",
        en="{path} exists; use --force to replace it, or -o another path",
    ),
    "usage.seed": Words(
        id="{value} bukan benih acak: pakai bilangan bulat 0 sampai {most}",
        en="{value} is not a seed: use a whole number from 0 to {most}",
    ),
    "usage.time_limit": Words(
        id="{value} bukan waktu hitung: pakai detik dari 0,5 sampai {most} (sehari)",
        en="{value} is not a time limit: use seconds from 0.5 to {most} (a day)",
    ),
    "usage.exists_no_o": Words(
        id="{path} sudah ada; pakai --force untuk menggantinya, atau beri nama lain",
        en="{path} exists; use --force to replace it, or give another name",
    ),
    "usage.chance": Words(
        id="'{value}' bukan peluang; tulis 0.9 atau 90%",
        en="'{value}' is not a chance; write 0.9 or 90%",
    ),
    "usage.chance_range": Words(
        id="'{value}': peluang harus di atas 0 dan di bawah 1 (100%)",
        en="'{value}': a chance must be above 0 and below 1 (100%)",
    ),
    "bug.rules": Words(
        id="BUG: rencana melanggar aturan; tidak ada yang ditulis. Mohon laporkan ini:",
        en="BUG: the plan breaks rules; nothing was written. Please report this:",
    ),
    # -- progress --------------------------------------------------------------------------------
    "progress.reading": Words(id="Membaca", en="Reading"),
    "progress.size": Words(
        id="Menyusun {sites} lokasi, {people} orang, {kits} alat dalam {days} hari kerja",
        en="Planning {sites} sites, {people} people, {kits} kits over {days} working days",
    ),
    "progress.stage": Words(id="tahap {stage}: terbaik {value}", en="stage {stage}: best {value}"),
    "progress.stage_only": Words(id="tahap {stage}", en="stage {stage}"),
    "stage.people": Words(id="jumlah orang", en="people"),
    "stage.stability": Words(id="perubahan", en="stability"),
    "stage.finish": Words(id="tanggal selesai", en="finish"),
    "stage.priority": Words(id="prioritas", en="priority"),
    "stage.completion": Words(id="urutan dalam prioritas", en="order within priorities"),
    "stage.continuity": Words(id="kecamatan", en="continuity"),
    "progress.time": Words(id="{text}  ({used:,.0f} dtk)", en="{text}  ({used:,.0f} s)"),
    "progress.time_of": Words(
        id="{text}  ({used:,.0f} dari {limit:,.0f} dtk)",
        en="{text}  ({used:,.0f} s of {limit:,.0f} s)",
    ),
    "progress.fixes": Words(id="Mencari perbaikan terkecil", en="Looking for the smallest fixes"),
    "progress.scenario": Words(
        id="skenario {i} dari {n} ({left} lagi)", en="scenario {i} of {n} ({left} to solve)"
    ),
    # -- plan ------------------------------------------------------------------------------------
    "plan.stopped": Words(
        id="Dihentikan lebih awal (Ctrl-C): rencana terbaik sampai saat itu, sudah diperiksa, ada "
        "di {out}",
        en="Stopped early (Ctrl-C): the best plan found by then, rule-checked, is in {out}",
    ),
    "plan.written": Words(
        id="Rencana ditulis ke {out} ({seconds} dtk)", en="Plan written to {out} ({seconds} s)"
    ),
    "plan.people": Words(
        id="  orang direncanakan: {planned} dari {total}",
        en="  people planned: {planned} of {total}",
    ),
    "plan.finish_proven": Words(
        id="  selesai: {date} (terbukti paling awal)",
        en="  finish: {date} (proven earliest possible)",
    ),
    "plan.finish_bound": Words(
        id="  selesai: {date} (belum terbukti: tidak ada rencana yang selesai sebelum {bound}; "
        "selisih {days} hari kerja)",
        en=(
            "  finish: {date} (not proven: no plan finishes before "
            "{bound}; {days} working days apart)"
        ),
    ),
    "plan.finish_open": Words(
        id="  selesai: {date} (belum terbukti paling awal)",
        en="  finish: {date} (not proven earliest)",
    ),
    "plan.people_bound": Words(
        id="  orang: paling banyak {bound} bisa masuk (terbukti); rencana ini memuat {value}",
        en="  people: at most {bound} could fit (proven); this plan has {value}",
    ),
    "plan.stage": Words(id="  {name}: {reading}", en="  {name}: {reading}"),
    "plan.class": Words(id="  {reading}", en="  {reading}"),
    "plan.not_repeatable": Words(
        id="  catatan: waktu hitung habis sebelum pencarian "
        "selesai di komputer ini, jadi menjalankan "
        "ulang bisa memberi rencana lain; --repeatable mengulang persis (waktu hitung dalam detik "
        "deterministik)",
        en="  note: the time limit cut the search short on this machine, so a rerun may give "
        "another plan; --repeatable replays exactly (the limit in deterministic seconds)",
    ),
    "plan.warning": Words(id="  peringatan: {text}", en="  warning: {text}"),
    "plan.short_open": Words(
        id="Belum semua orang direncanakan sebelum {deadline} dalam waktu yang diberikan: {left} "
        "orang tertinggal. Belum terbukti mereka tidak bisa masuk (sampai {more} lagi mungkin "
        "bisa); --time-limit yang lebih lama mungkin memuat mereka. Yang tertinggal:",
        en="Not everyone was planned by {deadline} in the time given: {left} people left out. It "
        "is not proven that they cannot fit (up to {more} more might); a longer --time-limit "
        "may fit them. Left out:",
    ),
    "plan.short": Words(
        id="Tidak semua orang muat sebelum {deadline}: {left} orang tertinggal di",
        en="Not everyone fits by {deadline}: {left} people left out at",
    ),
    "plan.short_site": Words(
        id="  - {site} ({name}): {people} orang; {why}",
        en="  - {site} ({name}): {people} people; {why}",
    ),
    "plan.fixes": Words(
        id="Perbaikan terkecil (tiap perbaikan sudah dicoba dengan menyusun ulang rencana: dengan "
        "perbaikan itu, semua orang terjadwal):",
        en="Smallest fixes (each checked by solving: with it, everyone is planned):",
    ),
    "plan.fix": Words(id="  - {fix} ({how})", en="  - {fix} ({how})"),
    "plan.fix_proven": Words(id="terbukti terkecil", en="proven smallest"),
    "plan.fix_found": Words(id="terkecil yang ditemukan", en="smallest found"),
    "plan.no_fix": Words(
        id="  tidak ada, sekalipun batas waktu diundur sampai setahun atau alat ditambah sampai 20",
        en="  none found within a year's later deadline or 20 more kits",
    ),
    "plan.fixes_stopped": Words(
        id="  pencarian perbaikan dihentikan (Ctrl-C) sebelum selesai",
        en="  the search for fixes was stopped (Ctrl-C) before it was done",
    ),
    "plan.fixes_cut": Words(
        id="  waktu hitung habis sebelum pencarian perbaikan selesai; --time-limit yang lebih lama "
        "mungkin menemukan perbaikan (yang lebih kecil)",
        en="  the time limit stopped the search for fixes before it was done; a longer "
        "--time-limit may find (smaller) fixes",
    ),
    "plan.buffer": Words(
        id="Cadangan: diminta peluang {target} selesai sebelum {deadline}; rencana ini {chance} "
        "({runs} pengulangan dengan laju sebenarnya)",
        en="Buffer: asked {target} chance of finishing by {deadline}; this plan has {chance} "
        "({runs} replays at the real rates)",
    ),
    "plan.buffer_missed": Words(
        id="  tidak tercapai: tidak ada rencana dengan laju lebih hati-hati yang lebih baik; lihat "
        "`outreach whatif`",
        en="  not reached: no plan on more cautious rates does better; see `outreach whatif`",
    ),
    "plan.buffer_cost": Words(
        id="  direncanakan pada {share} dari laju; biayanya: selesai {finish}, bukan {plain} "
        "(tanpa cadangan {plain_chance})",
        en="  planned at {share} of the rates; cost: finish {finish} instead of {plain} (without "
        "buffer {plain_chance})",
    ),
    "plan.buffer_free": Words(
        id="  tanpa biaya: rencana biasa sudah mencapainya",
        en="  no cost: the plain plan already reaches it",
    ),
    # -- check -----------------------------------------------------------------------------------
    "check.valid": Words(id="{path}: valid. {region}", en="{path}: valid. {region}"),
    "check.campaign": Words(
        id="  kampanye {start} .. {deadline}: {days} hari kerja (Senin-Jumat di luar libur dan "
        "hari tutup)",
        en="  campaign {start} .. {deadline}: {days} working days (Mon-Fri less holidays and "
        "closures)",
    ),
    "check.size": Words(
        id="  {sites} lokasi, {people} orang, {kits} alat",
        en="  {sites} sites, {people} people, {kits} kits",
    ),
    "check.kit_days": Words(
        id="  hari-alat: {needed} dibutuhkan dari {free} yang bisa dipakai sampai batas waktu",
        en="  kit-days: {needed} needed of {free} usable up to the deadline",
    ),
    "check.head": Words(
        id="  {type:<12}{sites:>6}{people:>9}{kit_days:>18}{visit_days:>18}",
        en="  {type:<12}{sites:>6}{people:>9}{kit_days:>18}{visit_days:>18}",
    ),
    "check.col.type": Words(id="jenis", en="type"),
    "check.col.sites": Words(id="lokasi", en="sites"),
    "check.col.people": Words(id="orang", en="people"),
    "check.col.kit_days": Words(id="hari-alat", en="kit-days"),
    "check.col.visit_days": Words(id="hari kunjungan", en="visit days"),
    "check.foot": Words(
        id="  (dibutuhkan / tersedia sampai batas waktu)",
        en="  (needed / available up to the deadline)",
    ),
    "check.cannot_fit": Words(
        id="  Lokasi yang hari-harinya sendiri tidak cukup untuk orangnya:",
        en="  Sites whose own allowed days cannot hold their people:",
    ),
    "check.earliest": Words(
        id="  Tanggal selesai paling awal yang mungkin: {date} (ditentukan oleh {binding})",
        en="  Earliest finish any plan could reach: {date} (set by {binding})",
    ),
    "binding.all_kits": Words(id="hari-alat semua alat", en="kit-days of all kits"),
    "binding.kit_days": Words(id="hari-alat pada hari {type}", en="kit-days on {type} days"),
    "binding.visits": Words(
        id="kunjungan {type} per hari yang diizinkan", en="{type} visits a day allowed"
    ),
    "binding.window": Words(id="rentang hari lokasi {site}", en="the window of site {site}"),
    "binding.nothing": Words(id="tidak ada yang perlu direkam", en="nothing to record"),
    "check.impossible": Words(
        id="  Kapasitas saja sudah tidak cukup untuk merekam semua orang sebelum {deadline} "
        "({binding}).",
        en="  Capacity alone rules out recording everyone by {deadline} ({binding}).",
    ),
    # -- replan ----------------------------------------------------------------------------------
    "replan.notify": Words(
        id="Versi {version}: {count} lokasi perlu diberi tahu",
        en="Version {version}: {count} site(s) to notify",
    ),
    # -- template --------------------------------------------------------------------------------
    "template.written": Words(
        id="Template ditulis ke {path}: isi sheet-sheetnya, lalu `outreach plan {arg}`.",
        en="Template written to {path}: fill the sheets, then `outreach plan {arg}`.",
    ),
    # -- whatif ----------------------------------------------------------------------------------
    "whatif.head": Words(
        id="{n:>2}  {finish:<11}{shift:>9} {people:>15} {kit_days:>15} {on_time:>9}  {scenario}",
        en="{n:>2}  {finish:<11}{shift:>9} {people:>15} {kit_days:>15} {on_time:>9}  {scenario}",
    ),
    "whatif.col.finish": Words(id="selesai", en="finish"),
    "whatif.col.shift": Words(id="vs dasar", en="vs base"),
    "whatif.col.people": Words(id="orang", en="people"),
    "whatif.col.kit_days": Words(id="hari-alat", en="kit-days"),
    "whatif.col.on_time": Words(id="tepat", en="on time"),
    "whatif.col.cards": Words(id="KTP siap", en="cards ready"),
    "whatif.col.scenario": Words(id="skenario", en="scenario"),
    "whatif.days": Words(id="{n:+d} hr", en="{n:+d} d"),
    "whatif.unproven": Words(
        id="  * tanggal selesai belum terbukti paling awal dalam waktu hitung",
        en="  * finish not proven earliest within the time limit",
    ),
    "whatif.classes": Words(id="Prioritas per skenario:", en="Priority classes per scenario:"),
    "whatif.class": Words(id="{n:>2}  {reading}", en="{n:>2}  {reading}"),
    "whatif.written": Words(id="Skenario ditulis ke {out}", en="Scenarios written to {out}"),
    # -- risk ------------------------------------------------------------------------------------
    "risk.replaying": Words(
        id="Mengulang {runs} kali kunjungan {sites} lokasi yang masih akan datang",
        en="Replaying {runs} runs of {sites} sites' visits still to come",
    ),
    "risk.head": Words(
        id="Risiko {path} ({runs} pengulangan, seed {seed})",
        en="Risk of {path} ({runs} runs, seed {seed})",
    ),
    "risk.assumed": Words(
        id="  asumsi: satu hari kunjungan macet dengan peluang {good} di lokasi berjaringan lancar "
        "({good_rate}), {poor} di lokasi berjaringan tersendat ({poor_rate}); kehadiran {turnout}",
        en="  assumed: a good-network day stalls with chance {good} ({good_rate}), a poor one "
        "{poor} ({poor_rate}); turnout {turnout}",
    ),
    "stalled.per_kit": Words(id="{n}/alat", en="{n}/kit"),
    "stalled.share": Words(id="{share} dari laju lokasi", en="{share} of the site's rate"),
    "risk.chance": Words(
        id="  peluang selesai sebelum batas waktu {deadline}: {chance}",
        en="  chance of finishing by the deadline {deadline}: {chance}",
    ),
    "risk.windows": Words(
        id="  peluang setiap lokasi yang hari terakhirnya sendiri sebelum batas waktu selesai "
        "tepat pada hari itu: {chance}",
        en="  chance that every site whose own last day comes before the deadline is done by "
        "it: {chance}",
    ),
    "risk.never_windows": Words(
        id="tidak pernah: ada orang tertinggal di lokasi yang hari terakhirnya sudah lewat",
        en="never: people are left at sites whose own last day passed",
    ),
    "risk.never_short": Words(
        id="tidak pernah: rencana ini meninggalkan orang", en="never: the plan leaves people out"
    ),
    "risk.site_window": Words(id=", hari terakhirnya {day}", en=", its own last day {day}"),
    "risk.cards": Words(
        id="  KTP kampanye siap: P50 {p50}, P90 {p90}; peluang semuanya tercetak sebelum target "
        "{target}: {chance}",
        en="  campaign cards ready: P50 {p50}, P90 {p90}; chance every one is printed by the "
        "target {target}: {chance}",
    ),
    "risk.later": Words(
        id="lebih dari 6 bulan setelah batas waktu", en="over 6 months past the deadline"
    ),
    "risk.finish": Words(
        id="  selesai: rencana {planned}, P50 {p50}, P90 {p90}",
        en="  finish: planned {planned}, P50 {p50}, P90 {p90}",
    ),
    "risk.not_recorded": Words(
        id="  perkiraan orang belum terekam sebelum batas waktu: {total} ({no_shows} tidak datang, "
        "{late} terlambat, {unplanned} tidak pernah direncanakan)",
        en="  people expected not recorded by the deadline: {total} ({no_shows} no-shows, {late} "
        "late, {unplanned} never planned)",
    ),
    "risk.sites": Words(
        id="  lokasi paling berisiko (peluang sebagian yang datang tidak terekam tepat waktu):",
        en="  sites most at risk (chance some of those who came are not recorded in time):",
    ),
    "risk.site": Words(
        id="    - {site} ({name}): {chance}, {people} orang{own}",
        en="    - {site} ({name}): {chance}, {people} people{own}",
    ),
    "risk.written": Words(id="Risiko ditulis ke {out}", en="Risk written to {out}"),
    # -- plan-batch ------------------------------------------------------------------------------
    "save.no_free_name": Words(
        id="tidak ada nama berkas yang bebas di samping {path}",
        en="no free name beside {path}",
    ),
    "batch.dask_missing": Words(
        id="--scheduler butuh Dask: pip install 'outreach-scheduler[dask]' (atau pip install "
        "distributed) di sini dan di setiap worker",
        en="--scheduler needs Dask: pip install 'outreach-scheduler[dask]' (or pip install "
        "distributed) here and on every worker",
    ),
    "batch.no_file": Words(id="berkas tidak ada: {files}", en="no such file: {files}"),
    "batch.none": Words(
        id="tidak ada workbook .xlsx di {paths}", en="no .xlsx workbooks found in {paths}"
    ),
    "batch.is_input": Words(
        id="{target} adalah input; pilih folder -o lain",
        en="{target} is an input; choose another -o folder",
    ),
    "batch.exist": Words(
        id="{files} sudah ada; pakai --force untuk mengganti, atau -o folder lain",
        en="{files} exist(s); use --force to replace, or -o another folder",
    ),
    "batch.progress": Words(
        id="{done} dari {total} wilayah selesai ({seconds} dtk): {name} {status}",
        en="{done} of {total} regions done ({seconds} s): {name} {status}",
    ),
    "batch.bar": Words(id="Menyusun wilayah", en="Planning regions"),
    "batch.unreachable": Words(
        id="tidak bisa menghubungi scheduler Dask {address}: {why}",
        en="cannot reach the Dask scheduler {address}: {why}",
    ),
    "batch.done": Words(
        id="{count} wilayah dalam {seconds} dtk -> {out}",
        en="{count} region(s) in {seconds} s -> {out}",
    ),
    "batch.finish": Words(id="selesai {date}", en="finish {date}"),
    "batch.no_plan": Words(id="tanpa rencana", en="no plan"),
    "batch.written": Words(id="Ringkasan ditulis ke {out}", en="Summary written to {out}"),
    "batch.signal": Words(id="sinyal {n}", en="signal {n}"),  # a process ended by one
    "batch.died": Words(
        id="proses yang menyusunnya berhenti dua kali ({how}: dimatikan, mungkin karena memori "
        "komputer habis); susun wilayah ini sendiri dengan `outreach plan`",
        en="the process planning it ended twice ({how}: killed, perhaps because the computer ran "
        "out of memory); plan this region alone with `outreach plan`",
    ),
    "batch.exited": Words(
        id="proses yang menyusunnya berhenti dua kali dengan kode keluar {code}; susun wilayah ini "
        "sendiri dengan `outreach plan` untuk melihat sebabnya",
        en="the process planning it stopped twice with exit status {code}; plan this region alone "
        "with `outreach plan` to see why",
    ),
    "batch.hung": Words(
        id="belum selesai setelah {seconds} dtk, jauh melewati --time-limit; prosesnya dihentikan",
        en="not done after {seconds} s, far past --time-limit; its process was ended",
    ),
    "batch.no_process": Words(
        id="tidak bisa memulai proses untuk menyusunnya ({why}); kurangi --workers",
        en="could not start a process to plan it ({why}); use fewer --workers",
    ),
    "batch.dask_failed": Words(
        id="gagal di cluster Dask ({why}); worker-nya mungkin kehabisan memori: susun wilayah ini "
        "sendiri dengan `outreach plan`",
        en="failed on the Dask cluster ({why}); its worker may have run out of memory: plan this "
        "region alone with `outreach plan`",
    ),
    "batch.not_planned": Words(
        id="tidak disusun: batch dihentikan lebih dulu",
        en="not planned: the batch was stopped first",
    ),
    "batch.stopping": Words(
        id="\nMenghentikan: wilayah yang sedang disusun diakhiri; rencana yang sudah selesai tetap "
        "ada dan ringkasan menyebut wilayah yang tidak disusun. Tekan Ctrl-C sekali lagi untuk "
        "keluar tanpa ringkasan.",
        en="\nStopping: the regions under way are ended; the plans already done stay and the "
        "summary names the regions not planned. Press Ctrl-C again to quit without a summary.",
    ),
    "batch.stopped": Words(
        id="Dihentikan: {done} dari {total} wilayah disusun dan ditulis ke {out}; {left} tidak "
        "disusun (lihat ringkasan).",
        en="Stopped: {done} of {total} regions planned and written to {out}; {left} not planned "
        "(see the summary).",
    ),
    "batch.stopped_now": Words(
        id="Dihentikan seketika: {done} rencana yang sudah selesai ada di {out}; ringkasan tidak "
        "ditulis.",
        en="Stopped at once: the {done} plan(s) already done are in {out}; no summary was written.",
    ),
    # -- re-plans: Progress rows that cannot be true, and warnings -------------------------------
    "audit.twice": Words(
        id="mengulang baris {first} (tanggal {day}, alat {kit} dan lokasi {site} yang sama): akan "
        "terhitung dua kali; hapus salah satu dari dua baris itu",
        en="repeats row {first} (the same date {day}, kit {kit} and site {site}): it would be "
        "counted twice; delete one of the two rows",
    ),
    "audit.kit_twice": Words(
        id="{sheet} baris {row}: alat {kit} ada di {site} dan, di baris {other_row}, di {other} "
        "pada {day}; keduanya dihitung (perbaiki alatnya jika salah satunya keliru)",
        en="{sheet} row {row}: kit {kit} is at {site} and, in row {other_row}, at {other} on "
        "{day}; both are counted (correct the kit if one is wrong)",
    ),
    "audit.before_start": Words(
        id="{day} sebelum kampanye mulai ({start}); perbaiki tanggalnya",
        en="{day} is before the campaign starts ({start}); correct the date",
    ),
    "audit.lost_recorded": Words(
        id="status batal tetapi {n} terekam: hari batal tidak merekam siapa pun; tulis sebagian "
        "(partial) agar terhitung, atau kosongkan angkanya",
        en="status lost but {n} recorded: a lost day records nobody; write partial (sebagian) to "
        "count them, or clear the number",
    ),
    "audit.day_off": Words(
        id="{sheet} baris {row}: {site} dilaporkan pada {day}, {off}; dihitung sebagai laporan "
        "(perbaiki tanggalnya jika salah)",
        en="{sheet} row {row}: {site} reported on {day}, {off}; counted as reported (correct the "
        "date if it is wrong)",
    ),
    "audit.more": Words(
        id="{sheet} baris {row}: {n} terekam di {site} pada {day}, lebih dari {planned} yang "
        "direncanakan (diterima)",
        en="{sheet} row {row}: {n} recorded at {site} on {day}, more than the {planned} planned "
        "(accepted)",
    ),
    "audit.too_many": Words(
        id="{site} punya {total} terekam seluruhnya, tetapi hanya {people} orang (sheet Lokasi); "
        "perbaiki angka yang diketik, atau, jika memang lebih banyak yang datang, susun ulang "
        "dengan --inputs dan workbook yang jumlah orangnya benar",
        en="{site} has {total} recorded in all, but only {people} people (Sites sheet); correct "
        "the count typed, or, if more people really came, re-plan with --inputs and a "
        "workbook whose people count is right",
    ),
    "audit.unreported": Words(
        id="{n} hari-alat yang sudah lewat belum dilaporkan (pertama {day}, alat {kit} di "
        "{site}): dianggap sesuai rencana",
        en="{n} past kit-day(s) not reported (first {day}, kit {kit} at {site}): taken as planned",
    ),
    "off.holiday": Words(id="hari libur ({name})", en="a holiday ({name})"),
    "off.closed": Words(
        id="hari kantor tutup ({reason})", en="a day the office is closed ({reason})"
    ),
    "off.site_closed": Words(id="hari lokasi tutup", en="a day the site is closed"),
    "off.weekday": Words(
        id="hari {day}, bukan hari kunjungan jenisnya ({type})",
        en="a {day}, not a visiting day for its type ({type})",
    ),
    "replan.after_deadline": Words(
        id="--today {today} sesudah batas waktu {deadline}: tidak ada yang perlu disusun",
        en="--today {today} is after the deadline {deadline}: nothing to plan",
    ),
    "duty.no_kit": Words(
        id="{day}: tidak ada alat tersisa untuk tugas {label}",
        en="{day}: no kit left for the duty {label}",
    ),
    # -- what-if options ------------------------------------------------------------------------
    "scenario.few_kits": Words(
        id="--kits {count}: kampanye ini punya {kits} alat",
        en="--kits {count}: the campaign has {kits} kits",
    ),
    "scenario.deadline": Words(
        id="--deadline {day} sebelum tanggal mulai", en="--deadline {day} is before the start"
    ),
    "scenario.type": Words(
        id="tidak ada jenis lokasi '{type}'; jenisnya: {known}",
        en="no site type '{type}'; the types are {known}",
    ),
    "scenario.site": Words(id="tidak ada lokasi '{site}'", en="no site '{site}'"),
    "scenario.kits": Words(
        id='"{text}" bukan perubahan alat; tulis +1, +2@2022-09-01 atau -1@TANGGAL',
        en='"{text}" is not a kit change; write +1, +2@2022-09-01 or -1@DATE',
    ),
    "scenario.value": Words(id='"{text}": {why}', en='"{text}": {why}'),
    "scenario.weekdays": Words(
        id='"{text}" bukan JENIS=HARI, misalnya kelurahan=Sen-Kam',
        en='"{text}" is not TYPE=WEEKDAYS, e.g. kelurahan=Mon-Thu',
    ),
    "scenario.rate": Words(
        id='"{text}" bukan JARINGAN=LAJU dengan jaringan salah satu dari {networks} (atau lancar, '
        "tersendat) dan laju paling sedikit 1, misalnya lancar=30",
        en='"{text}" is not NETWORK=RATE with network one of {networks} and a rate of at least '
        "1, e.g. good=30",
    ),
    "scenario.no_printing": Words(
        id="{option} butuh sheet Cetak di workbook (kapasitas cetak, stok blangko)",
        en="{option} needs a Printing sheet in the workbook (print rate, blank stock)",
    ),
    "scenario.blanks": Words(
        id='"{text}" bukan tambahan blangko; tulis +500 atau +500@2022-10-03',
        en='"{text}" is not a blank delivery; write +500 or +500@2022-10-03',
    ),
    "scenario.blanks_early": Words(
        id="kiriman blangko {day} sebelum kampanye mulai",
        en="a blank delivery on {day} is before the campaign starts",
    ),
    "scenario.print_rate": Words(
        id='"{text}" bukan kapasitas cetak; tulis jumlah KTP per hari kerja, misalnya 400',
        en='"{text}" is not a print rate; write cards a working day, e.g. 400',
    ),
    "too_large": Words(
        id="{sites:,} lokasi melebihi yang bisa ditangani satu rencana ({most:,}; satu kabupaten "
        "200-400): pecah workbook per kabupaten dan susun bersama dengan `outreach plan-batch`",
        en="{sites:,} sites is more than one plan handles ({most:,}; a regency has 200-400): split "
        "the workbook by regency and plan them together with `outreach plan-batch`",
    ),
    "batch.short": Words(
        id="{people} orang di {sites} lokasi tertinggal",
        en="{people} people at {sites} sites left out",
    ),
    # -- the print queue (workbook and terminal) ------------------------------------------------
    "sheet.printing": Words(id="Cetak", en="Printing"),
    "cards_ready": Words(id="KTP Siap", en="Cards ready"),
    "print.arrived": Words(id="Siap Cetak", en="Ready to print"),
    "print.printed": Words(id="Dicetak", en="Printed"),
    "print.printed_campaign": Words(id="Dicetak (Kampanye)", en="Printed (campaign)"),
    "print.queue": Words(id="Antrean", en="Waiting"),
    "print.campaign_queue": Words(id="Antrean Kampanye", en="Campaign waiting"),
    "print.stock": Words(id="Blangko Tersisa", en="Blanks left"),
    "print.delivered": Words(id="Blangko Datang", en="Blanks delivered"),
    "print.overtime": Words(id="Lembur", en="Overtime"),
    "print.certificates": Words(id="Surat Keterangan", en="Temporary certificates"),
    "print.chart_title": Words(
        id="Antrean cetak dan stok blangko", en="Print queue and blank stock"
    ),
    "print.cards_axis": Words(id="KTP", en="Cards"),
    "print.heading": Words(id="Pencetakan KTP", en="Printing the cards"),
    "print.done_line": Words(id="KTP kampanye terakhir dicetak", en="Last campaign card printed"),
    "print.target_line": Words(id="Target cetak", en="Printing target"),
    "print.late": Words(id="terlambat", en="late"),
    "print.in_time": Words(id="tepat waktu", en="in time"),
    "print.never": Words(
        id="lebih dari setahun setelah target", en="more than a year after the target"
    ),
    "print.stock_out_line": Words(id="Blangko habis", en="Blanks run out"),
    "print.stock_enough": Words(id="tidak habis", en="never"),
    "print.certificates_line": Words(id="Surat keterangan sementara", en="Temporary certificates"),
    "print.certificates_note": Words(
        id="{campaign} di antaranya untuk peserta kampanye",
        en="{campaign} of them for the campaign's people",
    ),
    "print.fixes_line": Words(
        id="Perubahan terkecil agar semua KTP kampanye tercetak sebelum target",
        en="Smallest changes to have every campaign card printed by the target",
    ),
    "print.fix_blanks": Words(
        id="{n} blangko tambahan paling lambat {day}", en="{n} more blanks by {day}"
    ),
    "print.fix_overtime": Words(
        id="lembur {n} hari kerja mulai {day}", en="overtime on {n} working days from {day}"
    ),
    "print.no_fix": Words(
        id="tidak ditemukan dengan blangko atau lembur saja",
        en="none found with blanks or overtime alone",
    ),
    "print.cli_done": Words(
        id="  KTP kampanye terakhir dicetak: {day} (target {target}: {how})",
        en="  last campaign card printed: {day} (target {target}: {how})",
    ),
    "print.cli_stock": Words(
        id=(
            "  blangko habis {day}: {n} surat keterangan sementara "
            "({campaign} untuk peserta kampanye)"
        ),
        en=(
            "  blanks run out {day}: {n} temporary certificates "
            "({campaign} for the campaign's people)"
        ),
    ),
    "print.cli_fix": Words(id="  - {fix}", en="  - {fix}"),
    "print.cli_fixes": Words(
        id="  agar semua KTP kampanye tercetak sebelum target:",
        en="  to have every campaign card printed by the target:",
    ),
    # -- field papers: letters, attendance lists and the daily report ---------------------------
    "letters.written": Words(
        id="{letters} surat ditulis ke {pdf}; {lists} daftar hadir ditulis ke {lists_path}",
        en=(
            "{letters} letter(s) written to {pdf}; {lists} "
            "attendance list(s) written to {lists_path}"
        ),
    ),
    "letters.changes_only": Words(
        id="dibandingkan dengan {previous}: hanya lokasi yang jadwalnya berubah sejak {today}",
        en="compared with {previous}: only the sites whose days changed from {today}",
    ),
    "letters.hint": Words(
        id="Surat perubahan jadwal: outreach letters {plan} --previous {previous} --today {today}",
        en=(
            "Change-of-schedule letters: outreach letters {plan} "
            "--previous {previous} --today {today}"
        ),
    ),
    "letters.invitations": Words(
        id="{n} undangan bernama ditulis ke {path}",
        en="{n} invitation(s) by name written to {path}",
    ),
    "letters.by_name": Words(
        id="{n} orang tertulis dengan nama di daftar hadir ({unnamed} baris tanpa nama); daftar "
        "hadir bernama dan undangan adalah data pribadi: simpan terpisah dari rencana, hapus "
        "setelah kampanye dengan `outreach forget {folder} --yes`",
        en="{n} people listed by name on the attendance lists ({unnamed} lines without a name); "
        "the by-name lists and invitations are personal data: keep them apart from the plan, "
        "remove them when the campaign ends with `outreach forget {folder} --yes`",
    ),
    "letters.lists_differ": Words(
        id="lokasi {site}: daftar nama memberi {listed} orang untuk direncanakan, rencana ini "
        "menghitung {planned}",
        en="site {site}: the name lists give {listed} people to plan, this plan counts {planned}",
    ),
    "letters.lists_next": Words(
        id="Daftar nama ini bukan yang dipakai untuk rencana "
        "{plan}: pakai daftar yang sama seperti "
        "`outreach plan ... --lists`, atau susun rencana lagi dengan daftar ini.",
        en="These name lists are not those {plan} was planned from: give the same lists as "
        "`outreach plan ... --lists`, or plan again from these lists.",
    ),
    "letters.previous_needs_today": Words(
        id="--previous perlu --today (tanggal penyusunan ulang)",
        en="--previous needs --today (the re-planning date)",
    ),
    "att.next": Words(
        id="Perbaiki daftar hadir di atas (atau baris Realisasi yang disebut), simpan, lalu "
        "jalankan lagi.",
        en="Fix the attendance lists above (or the Progress rows named), save, and run again.",
    ),
    "att.two_ticks": Words(
        id="{ticks} tanda pada satu baris: beri satu tanda saja (hadir, tidak hadir, sudah rekam "
        "atau menolak)",
        en="{ticks} ticks on one line: tick one only (came, absent, already recorded or refused)",
    ),
    "att.no_site": Words(
        id="tidak ada ID lokasi di atas daftar: tulis ID lokasinya, atau pakai daftar yang ditulis "
        "`outreach letters`",
        en=(
            "no site ID above the list: write the site's ID, or "
            "use the list `outreach letters` wrote"
        ),
    ),
    "att.no_day": Words(
        id="tidak ada tanggal yang terbaca di atas daftar: tulis tanggal kunjungannya (DD/MM/YYYY)",
        en="no date that can be read above the list: write the visit day (DD/MM/YYYY)",
    ),
    "att.total_mismatch": Words(
        id="jumlah yang ditulis ({written}) tidak sama dengan tanda di daftar ({ticks}); periksa "
        "daftarnya, lalu perbaiki jumlah atau tandanya",
        en="the total written ({written}) does not match the ticks on the list ({ticks}); check "
        "the list, then correct the total or the ticks",
    ),
    "att.extra": Words(
        id="{sheet}: {n} baris bertanda di bawah daftar (tidak ada di daftar); dihitung",
        en="{sheet}: {n} ticked line(s) below the list (not on it); counted",
    ),
    "att.unmarked": Words(
        id="{sheet}: {n} baris tanpa tanda; dianggap tidak hadir",
        en="{sheet}: {n} line(s) with no tick; taken as absent",
    ),
    "att.unknown_site": Words(
        id="lokasi {site} tidak ada di rencana ini: daftar dari rencana lain?",
        en="site {site} is not in this plan: a list from another plan?",
    ),
    "att.twice": Words(
        id="daftar {site} pada {day} sudah ada di sheet {other}: akan terhitung dua kali; hapus "
        "salah satunya",
        en="the list of {site} on {day} is already on sheet {other}: it would be counted twice; "
        "delete one of them",
    ),
    "att.not_planned": Words(
        id="rencana ini tidak mengunjungi {site} pada {day}: daftar dari lokasi atau hari lain? "
        "Perbaiki ID lokasi atau tanggalnya",
        en="this plan does not visit {site} on {day}: a list from another site or day? Correct "
        "the site ID or the date",
    ),
    "att.progress_differs": Words(
        id="daftar hadir {sheet} menghitung {list}, baris ini "
        "{progress}: tulis angka yang benar di "
        "salah satunya saja (kosongkan yang lain)",
        en="the attendance list {sheet} counts {list}, this row {progress}: give the right number "
        "in one of them only (clear the other)",
    ),
    "att.turnout": Words(
        id="kehadiran terukur {share} dari {lists} daftar hadir ({people} orang diharapkan): "
        "dipakai sebagai kehadiran rencana ini (sebelumnya {before})",
        en="turnout measured {share} on {lists} attendance list(s) ({people} people expected): "
        "used as this plan's turnout (was {before})",
    ),
    "att.stall_good": Words(
        id="peluang hari macet di lokasi berjaringan lancar terukur {share} dari {days} hari "
        "kunjungan yang dilaporkan, {stalled} sebagian atau batal: dipakai sebagai stall_good "
        "(sebelumnya {before})",
        en="chance a good-network visit day stalls measured {share} on {days} reported visit "
        "day(s), {stalled} partial or lost: used as stall_good (was {before})",
    ),
    "att.stall_poor": Words(
        id="peluang hari macet di lokasi berjaringan tersendat terukur {share} dari {days} hari "
        "kunjungan yang dilaporkan, {stalled} sebagian atau batal: dipakai sebagai stall_poor "
        "(sebelumnya {before})",
        en="chance a poor-network visit day stalls measured {share} on {days} reported visit "
        "day(s), {stalled} partial or lost: used as stall_poor (was {before})",
    ),
    "att.stalled_share": Words(
        id="porsi yang terekam pada hari macet terukur {share} dari {days} hari sebagian atau "
        "batal: dipakai sebagai stalled_share (sebelumnya {before})",
        en="share recorded on a stalled day measured {share} on {days} partial or lost day(s): "
        "used as stalled_share (was {before})",
    ),
    "att.not_come": Words(
        id="Belum datang, untuk kunjungan berikutnya, Car Free Day atau kunjungan rumah:",
        en="Not come, for the next visit, Car Free Day or a home visit:",
    ),
    "att.not_come_site": Words(
        id="  - {site} {day}: {n} (no. {numbers})", en="  - {site} {day}: {n} (no. {numbers})"
    ),
    "report.why_behind": Words(
        id="{n} lokasi tertinggal dari rencana ({people} orang)",
        en="{n} site(s) behind plan ({people} people)",
    ),
    "report.why_lost": Words(id="{n} hari-alat batal", en="{n} kit-day(s) lost"),
    "report.advised": Words(id="Susun ulang disarankan: {why}", en="A re-plan is advised: {why}"),
    "report.not_advised": Words(
        id="Susun ulang belum perlu: yang dilaporkan sesuai rencana",
        en="No re-plan needed: what is reported is as planned",
    ),
    "report.head": Words(id="Laporan harian {path}, {day}", en="Daily report {path}, {day}"),
    "report.unreported": Words(
        id="  {n} hari-alat sampai hari ini belum dilaporkan (lokasinya tidak dinilai tertinggal)",
        en="  {n} kit-day(s) up to today not reported (their sites are not judged behind)",
    ),
    "report.table_head": Words(
        id="  {name:<24} {total:>9} {planned:>13} {recorded:>10} {today:>10} {unreported:>12}",
        en="  {name:<24} {total:>9} {planned:>13} {recorded:>10} {today:>10} {unreported:>12}",
    ),
    "report.col_today": Words(id="hari ini", en="today"),
    "report.col_name_kecamatan": Words(id="kecamatan", en="kecamatan"),
    "report.col_name_kit": Words(id="alat", en="kit"),
    "report.col_name_site": Words(id="lokasi", en="site"),
    "report.col_planned_total": Words(id="rencana", en="plan"),
    "report.col_planned": Words(id="s.d. hari ini", en="due by today"),
    "report.col_recorded": Words(id="terekam", en="recorded"),
    "report.col_unreported": Words(id="belum lapor", en="not reported"),
    "report.col_missing": Words(id="kurang", en="missing"),
    "report.col_days": Words(id="hari kerja", en="working days"),
    "report.behind_line": Words(
        id="  - {site} {name}: kurang {missing} orang ({days} hari kerja)",
        en="  - {site} {name}: {missing} people short ({days} working day(s))",
    ),
    "report.written": Words(
        id="Laporan ditulis ke {pdf}; pesan WhatsApp ke {text}",
        en="Report written to {pdf}; WhatsApp message to {text}",
    ),
    "report.chart_title": Words(
        id="Orang direncanakan dan terekam (kumulatif)",
        en="People planned and recorded (cumulative)",
    ),
    "report.legend_planned": Words(id="rencana", en="planned"),
    "report.legend_recorded": Words(id="terekam", en="recorded"),
    "report.legend_today": Words(id="hari laporan", en="report day"),
    "wa.title": Words(id="Laporan Harian Perekaman KTP-el", en="Daily e-KTP Recording Report"),
    "wa.today": Words(
        id="Hari ini: {recorded} terekam (rencana {planned})",
        en="Today: {recorded} recorded (plan {planned})",
    ),
    "wa.to_date": Words(
        id="Sampai hari ini: {recorded} dari {planned} yang seharusnya ({share})",
        en="To date: {recorded} of the {planned} due ({share})",
    ),
    "wa.campaign": Words(
        id="Seluruh kampanye: {people} orang, sisa {left}",
        en="Whole campaign: {people} people, {left} to go",
    ),
    "wa.unreported": Words(id="Belum lapor: {n} hari-alat", en="Not reported: {n} kit-day(s)"),
    "wa.printed": Words(
        id="KTP kampanye tercetak (proyeksi): {printed}; surat keterangan: {certificates}",
        en="Campaign cards printed (projected): {printed}; temporary certificates: {certificates}",
    ),
    "wa.behind": Words(id="Tertinggal dari rencana: {n} lokasi", en="Behind plan: {n} site(s)"),
    "wa.site": Words(
        id="- {site} {name}: kurang {missing} ({days} hari)",
        en="- {site} {name}: {missing} short ({days} day(s))",
    ),
    "wa.more": Words(id="- dan {n} lainnya", en="- and {n} more"),
    "wa.replan_yes": Words(id="Susun ulang: disarankan", en="Re-plan: advised"),
    "wa.replan_no": Words(id="Susun ulang: belum perlu", en="Re-plan: not needed"),
}

"""`--help` and click's own frame in Indonesian. The English is the code's own (click's text, and
the commands' docstrings and help=); a test checks that every command and option has its
Indonesian here."""

from __future__ import annotations

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

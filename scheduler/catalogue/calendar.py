"""Day and month names in both languages, Monday and January first (`formats` writes dates
with them; `dates` reads the names people write, a longer list of spellings)."""

from __future__ import annotations

from scheduler.catalogue import Words

DAY_NAMES = (
    Words(id="Senin", en="Monday"),
    Words(id="Selasa", en="Tuesday"),
    Words(id="Rabu", en="Wednesday"),
    Words(id="Kamis", en="Thursday"),
    Words(id="Jumat", en="Friday"),
    Words(id="Sabtu", en="Saturday"),
    Words(id="Minggu", en="Sunday"),
)
DAY_ABBR = (
    Words(id="Sen", en="Mon"),
    Words(id="Sel", en="Tue"),
    Words(id="Rab", en="Wed"),
    Words(id="Kam", en="Thu"),
    Words(id="Jum", en="Fri"),
    Words(id="Sab", en="Sat"),
    Words(id="Min", en="Sun"),
)
MONTH_NAMES = (
    Words(id="Januari", en="January"),
    Words(id="Februari", en="February"),
    Words(id="Maret", en="March"),
    Words(id="April", en="April"),
    Words(id="Mei", en="May"),
    Words(id="Juni", en="June"),
    Words(id="Juli", en="July"),
    Words(id="Agustus", en="August"),
    Words(id="September", en="September"),
    Words(id="Oktober", en="October"),
    Words(id="November", en="November"),
    Words(id="Desember", en="December"),
)

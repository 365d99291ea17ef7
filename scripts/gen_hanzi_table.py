#!/usr/bin/env python3
"""Generates core/data/hanzi.tsv: stroke counts, stroke sequences and Mandarin readings of the
CJK ideographs, read by core/text/Collation.cpp. The output is committed; rerun this when the
Debian packages unicode-data (Unihan) or rime-data-stroke change:

    python3 scripts/gen_hanzi_table.py [core/data/hanzi.tsv]

Columns (tab-separated):
  1. the character (U+4E00-9FFF, Ext A U+3400-4DBF, compatibility U+F900-FAFF)
  2. total strokes: kTotalStrokes, first value (the zh-Hans count); 0 when unknown
  3. stroke sequence, 1 横 2 竖 3 撇 4 点/捺 5 折, from Rime's stroke.dict.yaml; may be empty
  4. primary reading: kMandarin (first value, zh-Hans), else the first of kHanyuPinyin; toneless
     syllable + tone digit, 5 = neutral, ü written v (zhang1, lv4); may be empty
  5. other readings from kHanyuPinyin in the same notation, comma-separated; may be empty

stroke.dict.yaml has two sections. The first comes from Taiwan's CNS11643 and follows Taiwan's
glyphs (氵 as 点点点, 艹 as 竖横横竖, 亅 as 折); it also fills 6,719 characters, 龙 and 罗 among
them, with one made-up 14-stroke sequence. The second, marked as "for compatibility with
Mainland China's standard Hanzi glyph", lists only the characters whose mainland sequence
differs. Names here are ordered by the mainland rules, so a character's mainland entry wins, then
its first entry, and a sequence shared by hundreds of characters is dropped as filler.
A compatibility ideograph with no data of its own takes that of its canonical equivalent."""
import bz2
import collections
import sys
import unicodedata

UNIHAN = "/usr/share/unicode"
RIME = "/usr/share/rime-data/stroke.dict.yaml"
RANGES = [(0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF)]
STROKE_DIGITS = str.maketrans("hspnz", "12345")
TONES = {"\u0304": "1", "\u0301": "2", "\u030c": "3", "\u0300": "4"}
MAINLAND_MARKER = "Mainland China"  # the comment line that opens the mainland section
FILLER_USES = 200  # no genuine stroke sequence is shared by this many characters


def wanted(cp):
    return any(lo <= cp <= hi for lo, hi in RANGES)


def unihan(name, fields):
    """{field: {code point: value}} for the given Unihan fields of the wanted ranges."""
    values = {field: {} for field in fields}
    with bz2.open(f"{UNIHAN}/{name}", "rt", encoding="utf-8") as f:
        for line in f:
            if not line.startswith("U+"):
                continue
            code, field, value = line.rstrip("\n").split("\t", 2)
            cp = int(code[2:], 16)
            if field in values and wanted(cp):
                values[field][cp] = value
    return values


def numbered(syllable):
    """'zhāng' -> 'zhang1', 'lǜ' -> 'lv4', 'de' -> 'de5'."""
    tone = "5"
    letters = []
    for ch in unicodedata.normalize("NFD", syllable.lower()):
        if ch in TONES:
            tone = TONES[ch]
        elif ch == "\u0308" and letters:  # diaeresis: ü
            letters[-1] = "v"
        elif "a" <= ch <= "z":
            letters.append(ch)
    return "".join(letters) + tone if letters else ""


def hanyu_readings(value):
    """'21521.030:zēng,céng 10.1:x' -> ['zeng1', 'ceng2', 'x5'], in order, without repeats."""
    readings = []
    for group in value.split():
        for syllable in group.split(":", 1)[-1].split(","):
            reading = numbered(syllable)
            if reading and reading not in readings:
                readings.append(reading)
    return readings


def stroke_sequences():
    """{code point: digits}: the mainland entry if any, else the first one; filler dropped."""
    first, mainland = {}, {}
    table = first
    body = False
    with open(RIME, encoding="utf-8") as f:
        for line in f:
            if line.startswith("..."):
                body = True
            elif line.startswith("#") and MAINLAND_MARKER in line:
                table = mainland
            elif body and "\t" in line:
                ch, code = line.rstrip("\n").split("\t")[:2]
                if len(ch) == 1 and wanted(ord(ch)) and code:
                    table.setdefault(ord(ch), code)
    if not mainland:
        sys.exit(f"{RIME}: no section marked '{MAINLAND_MARKER}'; check the table's layout")
    uses = collections.Counter(first.values())
    merged = {cp: code for cp, code in first.items() if uses[code] < FILLER_USES}
    merged.update(mainland)
    return {cp: code.translate(STROKE_DIGITS) for cp, code in merged.items()}


def main(out_path):
    strokes = unihan("Unihan_IRGSources.txt.bz2", ["kTotalStrokes"])["kTotalStrokes"]
    readings = unihan("Unihan_Readings.txt.bz2", ["kMandarin", "kHanyuPinyin"])
    mandarin, hanyu = readings["kMandarin"], readings["kHanyuPinyin"]
    sequences = stroke_sequences()

    def row(cp):
        count = strokes[cp].split()[0] if cp in strokes else "0"
        others = hanyu_readings(hanyu.get(cp, ""))
        primary = numbered(mandarin[cp].split()[0]) if cp in mandarin else ""
        if not primary and others:
            primary = others[0]
        others = [r for r in others if r != primary]
        fields = [count, sequences.get(cp, ""), primary, ",".join(others)]
        return fields if any(f not in ("", "0") for f in fields) else None

    rows = {}
    for lo, hi in RANGES:
        for cp in range(lo, hi + 1):
            fields = row(cp)
            canonical = unicodedata.normalize("NFC", chr(cp))
            if fields is None and canonical != chr(cp):
                fields = row(ord(canonical))
            if fields is not None:
                rows[cp] = fields

    with open(out_path, "w", encoding="utf-8", newline="\n") as out:
        out.write("# Generated by scripts/gen_hanzi_table.py; do not edit. Sources: Unihan\n"
                  "# (unicode-data: Unihan_IRGSources kTotalStrokes, Unihan_Readings kMandarin and\n"
                  "# kHanyuPinyin) and Rime's stroke.dict.yaml (rime-data-stroke; mainland entry\n"
                  "# first). Columns: char, total strokes, stroke sequence (1 h 2 s 3 p 4 n 5 z),\n"
                  "# primary reading, other readings (toneless syllable + tone 1-5, u-umlaut = v).\n")
        for cp in sorted(rows):
            out.write(chr(cp) + "\t" + "\t".join(rows[cp]) + "\n")
    with_sequence = sum(1 for fields in rows.values() if fields[1])
    with_reading = sum(1 for fields in rows.values() if fields[2])
    print(f"{out_path}: {len(rows)} characters, {with_sequence} with a stroke sequence, "
          f"{with_reading} with a reading")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "core/data/hanzi.tsv")

#!/usr/bin/env python3
"""Writes the English singular and plural of every unfinished %n string in a plurals-only .ts.

Usage: scripts/fill_english_plurals.py translations/deputydesk_en.ts

The sources mark the plural in brackets: "%n concern(s)", "%n deputy(ies)", "(s) are"; a source
with no mark ("Only the %n shown") reads the same for one and many. Prints what it filled.
"""
import html
import re
import sys

path = sys.argv[1]
text = open(path, encoding="utf-8").read()
message = re.compile(
    r'(<message numerus="yes">\s*<source>([^<]*)</source>\s*)'
    r'<translation type="unfinished">.*?</translation>', re.S)


def forms(source):
    singular = source.replace("(s) are", " is").replace("(ies)", "").replace("(s)", "")
    plural = source.replace("(s) are", "s are").replace("y(ies)", "ies").replace("(s)", "s")
    return singular, plural


def fill(match):
    one, many = forms(match.group(2))
    print("filled:", html.unescape(match.group(2)))
    return (match.group(1) + "<translation>\n            <numerusform>" + one +
            "</numerusform>\n            <numerusform>" + many +
            "</numerusform>\n        </translation>")


text = message.sub(fill, text)
open(path, "w", encoding="utf-8").write(text)

#!/usr/bin/env python3
"""Fills unfinished zh_CN entries of a .ts file from a JSON map {source: translation}.

Usage: scripts/fill_translations.py translations/deputydesk_zh_CN.ts map.json
Prints the sources still unfinished, so nothing is left behind silently.
"""
import html
import json
import re
import sys

ts_path, map_path = sys.argv[1], sys.argv[2]
text = open(ts_path, encoding="utf-8").read()
mapping = json.load(open(map_path, encoding="utf-8"))

pattern = re.compile(
    r'(<source>([^<]*)</source>(?:\s*<comment>[^<]*</comment>)?\s*)'
    r'<translation type="unfinished">(.*?)</translation>', re.S)


def fill(match):
    source = html.unescape(match.group(2))
    if source in mapping:
        escaped = html.escape(mapping[source], quote=False).replace('"', "&quot;")
        escaped = escaped.replace("'", "&apos;")
        if "numerusform" in match.group(3):  # %n messages: Chinese has one plural form
            escaped = "<numerusform>" + escaped + "</numerusform>"
        return match.group(1) + "<translation>" + escaped + "</translation>"
    return match.group(0)


text = pattern.sub(fill, text)
open(ts_path, "w", encoding="utf-8").write(text)
for match in pattern.finditer(text):
    print("unfinished:", html.unescape(match.group(2)))

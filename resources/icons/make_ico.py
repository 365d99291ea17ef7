#!/usr/bin/env python3
"""Packs PNG images into one Windows .ico (PNG-compressed entries, read by Windows Vista and later).

Usage: make_ico.py OUT.ico IN1.png IN2.png ...  (each PNG square, 1 to 256 pixels wide)
"""
import struct
import sys


def png_size(data: bytes) -> tuple[int, int]:
    if data[:8] != b"\x89PNG\r\n\x1a\n" or data[12:16] != b"IHDR":
        raise SystemExit("make_ico: not a PNG file")
    return struct.unpack(">II", data[16:24])


def main() -> None:
    if len(sys.argv) < 3:
        raise SystemExit(__doc__)
    images = [open(path, "rb").read() for path in sys.argv[2:]]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, payload = b"", b""
    for data in images:
        width, height = png_size(data)
        if width > 256 or height > 256:
            raise SystemExit(f"make_ico: {width}x{height} is larger than 256 pixels")
        entries += struct.pack("<BBBBHHII", width % 256, height % 256, 0, 0, 1, 32,
                               len(data), offset + len(payload))
        payload += data
    with open(sys.argv[1], "wb") as out:
        out.write(header + entries + payload)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Fails unless the PNG exists and is not blank: enough distinct colours and a real spread of brightness."""
import struct, sys, zlib

def pixels(path):
    data = open(path, 'rb').read()
    if data[:8] != b'\x89PNG\r\n\x1a\n':
        sys.exit(f'{path}: not a PNG')
    pos, idat, header = 8, b'', None
    while pos < len(data):
        length, kind = struct.unpack('>I4s', data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b'IHDR':
            header = struct.unpack('>IIBBBBB', body)
        elif kind == b'IDAT':
            idat += body
        pos += 12 + length
    width, height, depth, colour, _, _, interlace = header
    if depth != 8 or colour not in (2, 6) or interlace:
        sys.exit(f'{path}: unexpected PNG format {header}')
    bpp = 3 if colour == 2 else 4
    raw, stride, rows, prev = zlib.decompress(idat), width * bpp, [], bytearray(width * bpp)
    for y in range(height):
        f, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b, c = prev[i], prev[i - bpp] if i >= bpp else 0
            if f == 1: line[i] = (line[i] + a) & 255
            elif f == 2: line[i] = (line[i] + b) & 255
            elif f == 3: line[i] = (line[i] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c; pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(line); prev = line
    return width, height, bpp, rows

path = sys.argv[1]
try:
    width, height, bpp, rows = pixels(path)
except FileNotFoundError:
    sys.exit(f'{path}: no screenshot was written')
colours, lum = set(), []
for row in rows[::4]:
    for x in range(0, width * bpp, bpp * 4):
        r, g, b = row[x], row[x + 1], row[x + 2]
        colours.add((r, g, b)); lum.append((r * 299 + g * 587 + b * 114) // 1000)
mean = sum(lum) / len(lum)
spread = (sum((v - mean) ** 2 for v in lum) / len(lum)) ** 0.5
if len(colours) < 16 or spread < 8:
    sys.exit(f'{path}: looks blank ({len(colours)} colours, brightness spread {spread:.1f})')
print(f'{path}: {width}x{height}, {len(colours)} colours, brightness spread {spread:.1f}')

#!/usr/bin/env python3
"""Draws the add-in's icons: one white glyph per job on a rounded square of that job's colour.

Standard library only (the PNGs are written with zlib), so the icons can be redrawn on any machine
without downloads. Every glyph is described once in a unit square and rasterized at each size Office
asks for, with 4x4 supersampling for smooth edges.

    python3 scripts/draw-icons.py            # writes assets/icons/<job>-<size>.png
"""
import os
import struct
import sys
import zlib

SIZES = (16, 20, 24, 32, 40, 48, 64, 80)
SUPERSAMPLE = 4
WHITE = (255, 255, 255)
OUT_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "assets", "icons")


# --- shapes: predicates over a point (x, y) in the unit square, y pointing down -----------------

class Grid:
    """Snaps edges to whole pixels at one render size, so straight edges stay crisp at 16 px;
    a feature never collapses below one pixel."""

    def __init__(self, size):
        self.size = size

    def span(self, a, b):
        lo = round(a * self.size)
        hi = max(lo + 1, round(b * self.size))
        return lo / self.size, hi / self.size

    def band(self, centre, width):
        """A stripe of whole pixels around centre: equal-width stripes stay equal at every size."""
        px = max(1, round(width * self.size))
        lo = round(centre * self.size - px / 2)
        return lo / self.size, (lo + px) / self.size

    def cells(self, count, centre, cell, gap):
        """count equal cells separated by equal gaps (at least one pixel each), centred on centre."""
        c = max(1, round(cell * self.size))
        gp = max(1, round(gap * self.size))
        start = round(centre * self.size - (count * c + (count - 1) * gp) / 2)
        return [((start + i * (c + gp)) / self.size, (start + i * (c + gp) + c) / self.size)
                for i in range(count)]


def box(x0, y0, x1, y1):
    """A rectangle already in pixel-snapped coordinates."""
    return lambda x, y: x0 <= x <= x1 and y0 <= y <= y1


def rect(grid, x0, y0, x1, y1):
    x0, x1 = grid.span(x0, x1)
    y0, y1 = grid.span(y0, y1)
    return lambda x, y: x0 <= x <= x1 and y0 <= y <= y1


def round_rect(grid, x0, y0, x1, y1, r):
    x0, x1 = grid.span(x0, x1)
    y0, y1 = grid.span(y0, y1)

    def inside(x, y):
        if not (x0 <= x <= x1 and y0 <= y <= y1):
            return False
        cx = min(max(x, x0 + r), x1 - r)
        cy = min(max(y, y0 + r), y1 - r)
        return (x - cx) ** 2 + (y - cy) ** 2 <= r * r
    return inside


def segment(ax, ay, bx, by, width):
    """A stroke with round caps, so joined strokes meet without notches."""
    half = width / 2
    dx, dy = bx - ax, by - ay
    length2 = dx * dx + dy * dy

    def inside(x, y):
        t = 0.0 if length2 == 0 else max(0.0, min(1.0, ((x - ax) * dx + (y - ay) * dy) / length2))
        px, py = ax + t * dx, ay + t * dy
        return (x - px) ** 2 + (y - py) ** 2 <= half * half
    return inside


def union(*shapes):
    return lambda x, y: any(s(x, y) for s in shapes)


# --- the glyphs: (layers painted bottom to top) ------------------------------------------------
# A layer is (shape, colour); None as the colour means "the job's colour", used to cut details
# (ledger lines, grid lines, a check mark) out of the white glyph.

STROKE = 0.075


def ledger_glyph(g):
    # 台账: a bound ledger — cover, binding line, ruled lines.
    # Small icons have room for two ruled lines, larger ones for three.
    rules = (0.36, 0.5, 0.64) if g.size >= 24 else (0.4, 0.6)
    x0, x1 = g.span(0.46, 0.67)
    layers = [
        (round_rect(g, 0.25, 0.19, 0.75, 0.81, 0.05), WHITE),
        (rect(g, 0.345, 0.19, 0.395, 0.81), None),
    ]
    for y in rules:
        y0, y1 = g.band(y, STROKE)
        layers.append((box(x0, y0, x1, y1), None))
    return layers


def template_glyph(g):
    # 台账模板: a blank table — solid header row, then an empty grid to fill in.
    return [
        (round_rect(g, 0.2, 0.23, 0.8, 0.77, 0.05), WHITE),
        (rect(g, 0.2, 0.39, 0.8, 0.39 + STROKE), None),
        (rect(g, 0.2, 0.58 - STROKE / 2, 0.8, 0.58 + STROKE / 2), None),
        (rect(g, 0.5 - STROKE / 2, 0.39, 0.5 + STROKE / 2, 0.77), None),
    ]


def reconcile_glyph(g):
    # 账物核对: a count sheet ticked off.
    return [
        (round_rect(g, 0.24, 0.19, 0.76, 0.81, 0.05), WHITE),
        (union(segment(0.35, 0.51, 0.46, 0.63, 0.1), segment(0.46, 0.63, 0.66, 0.38, 0.1)), None),
    ]


def compensation_glyph(g):
    # 损坏赔偿: the yuan sign.
    w = 0.1
    stem_x0, stem_x1 = g.band(0.5, w)
    bar_x0, bar_x1 = g.span(0.32, 0.68)
    (bar1_y0, bar1_y1), (bar2_y0, bar2_y1) = g.cells(2, 0.615, 0.085, 0.06)
    return [
        (union(
            segment(0.31, 0.22, 0.5, 0.47, w),
            segment(0.69, 0.22, 0.5, 0.47, w),
            box(stem_x0, 0.47, stem_x1, g.span(0.5, 0.8)[1]),
            box(bar_x0, bar1_y0, bar_x1, bar1_y1),
            box(bar_x0, bar2_y0, bar_x1, bar2_y1),
        ), WHITE),
    ]


def plan_glyph(g):
    # 月度计划: a wall calendar with binder rings and a grid of days.
    layers = [
        (round_rect(g, 0.2, 0.25, 0.8, 0.8, 0.06), WHITE),
        (rect(g, 0.2, 0.4, 0.8, 0.4 + STROKE * 0.8), None),
        (segment(0.36, 0.17, 0.36, 0.3, 0.08), WHITE),
        (segment(0.64, 0.17, 0.64, 0.3, 0.08), WHITE),
    ]
    # Days: a 3 x 2 grid of squares cut out below the header line.
    for y0, y1 in g.cells(2, 0.62, 0.1, 0.055):
        for x0, x1 in g.cells(3, 0.5, 0.1, 0.055):
            layers.append((box(x0, y0, x1, y1), None))
    return layers


def report_glyph(g):
    # 统计报表: a bar chart on a baseline.
    return [
        (rect(g, 0.25, 0.55, 0.37, 0.74), WHITE),
        (rect(g, 0.44, 0.41, 0.56, 0.74), WHITE),
        (rect(g, 0.63, 0.25, 0.75, 0.74), WHITE),
        (rect(g, 0.2, 0.76, 0.8, 0.76 + STROKE), WHITE),
    ]


# Colours: one per job, dark enough for white glyphs to read at 16 px (contrast >= 4.5:1).
JOBS = {
    "taizhang": ((0x1F, 0x4E, 0x8C), ledger_glyph),
    "templates": ((0x0F, 0x6C, 0xBD), template_glyph),
    "reconcile": ((0x10, 0x7C, 0x41), reconcile_glyph),
    "compensation": ((0xB7, 0x47, 0x17), compensation_glyph),
    "plan": ((0x6B, 0x3F, 0xA0), plan_glyph),
    "reports": ((0x03, 0x6C, 0x70), report_glyph),
}


def background(g):
    return round_rect(g, 0.03, 0.03, 0.97, 0.97, 0.2)


def render(size, colour, glyph):
    g = Grid(size)
    layers = [(background(g), colour)] + [(shape, colour if c is None else c) for shape, c in glyph(g)]
    rows = []
    n = SUPERSAMPLE
    for py in range(size):
        row = bytearray()
        for px in range(size):
            r = g = b = covered = 0
            for sy in range(n):
                for sx in range(n):
                    x = (px + (sx + 0.5) / n) / size
                    y = (py + (sy + 0.5) / n) / size
                    top = None
                    for shape, c in layers:
                        if shape(x, y):
                            top = c
                    if top is not None:
                        r += top[0]
                        g += top[1]
                        b += top[2]
                        covered += 1
            if covered == 0:
                row += bytes((0, 0, 0, 0))
            else:
                # Colour is averaged over covered samples only; alpha carries the edge coverage.
                row += bytes((round(r / covered), round(g / covered), round(b / covered),
                              round(255 * covered / (n * n))))
        rows.append(bytes(row))
    return rows


def png_bytes(size, rows):
    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    raw = b"".join(b"\x00" + row for row in rows)  # filter type 0 on every scanline
    ihdr = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)  # 8-bit RGBA
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(raw, 9))
            + chunk(b"IEND", b""))


def main():
    os.makedirs(OUT_DIR, exist_ok=True)
    for job, (colour, glyph) in JOBS.items():
        for size in SIZES:
            path = os.path.join(OUT_DIR, f"{job}-{size}.png")
            with open(path, "wb") as f:
                f.write(png_bytes(size, render(size, colour, glyph)))
    print(f"wrote {len(JOBS) * len(SIZES)} icons to {os.path.normpath(OUT_DIR)}", file=sys.stderr)


if __name__ == "__main__":
    main()

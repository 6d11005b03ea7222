"""Draws Relance's toolbar icon (a teal tile with a white circular arrow: "follow up again") as PNGs.
Pure Python so it runs anywhere; the PNGs are committed, this script documents how they were made."""
import math, struct, zlib, sys

def png(size, pixel):
    raw = b''.join(b'\x00' + b''.join(bytes(pixel(x, y)) for x in range(size)) for y in range(size))
    def chunk(kind, data):
        return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data) & 0xffffffff)
    return b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', size, size, 8, 6, 0, 0, 0)) + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b'')

def shade(u, v):
    """Colour at (u, v) in [0,1]^2, or None for transparent."""
    r = 0.2  # corner radius of the tile
    cx, cy = min(max(u, r), 1 - r), min(max(v, r), 1 - r)
    if (u - cx) ** 2 + (v - cy) ** 2 > r * r:
        return None
    teal, white = (15, 118, 110), (255, 255, 255)
    dx, dy = u - 0.5, v - 0.5
    d = math.hypot(dx, dy)
    ang = math.degrees(math.atan2(dy, dx)) % 360
    # ring from 300° round to 240° (a gap at the top right), thickness 0.09
    if 0.22 <= d <= 0.31 and not (250 < ang < 330):
        return white
    # arrow head at the gap's end (pointing clockwise, at about 330°)
    ax, ay = 0.5 + 0.265 * math.cos(math.radians(330)), 0.5 + 0.265 * math.sin(math.radians(330))
    # triangle pointing down-right along the tangent
    tx, ty = -math.sin(math.radians(330)), math.cos(math.radians(330))
    nx, ny = math.cos(math.radians(330)), math.sin(math.radians(330))
    px, py = u - ax, v - ay
    along, across = px * tx + py * ty, px * nx + py * ny
    if -0.02 <= along <= 0.13 and abs(across) <= 0.11 * (1 - (along + 0.02) / 0.15):
        return white
    return teal

def pixel_for(size, ss=4):
    def pixel(x, y):
        acc = [0, 0, 0, 0]
        for i in range(ss):
            for j in range(ss):
                c = shade((x + (i + 0.5) / ss) / size, (y + (j + 0.5) / ss) / size)
                if c:
                    acc[0] += c[0]; acc[1] += c[1]; acc[2] += c[2]; acc[3] += 255
        n = ss * ss
        a = acc[3] // n
        if a == 0:
            return (0, 0, 0, 0)
        k = acc[3] / 255
        return (int(acc[0] / k), int(acc[1] / k), int(acc[2] / k), a)
    return pixel

out = sys.argv[1] if len(sys.argv) > 1 else 'public/icon'
for size in (16, 32, 48, 128):
    with open(f'{out}/{size}.png', 'wb') as f:
        f.write(png(size, pixel_for(size)))

"""Digits as pen strokes: thin an image to its skeleton, trace it, draw it again.

This is how the drawn-digit evaluation set is made (an MNIST test digit
re-drawn with a uniform pen at any size and place on a canvas), and how the
GUI tests trace a digit with the mouse.
"""
import numpy as np

# 8 neighbours clockwise from north, as (dy, dx): Zhang & Suen's P2..P9.
_RING = [(-1, 0), (-1, 1), (0, 1), (1, 1), (1, 0), (1, -1), (0, -1), (-1, -1)]


def skeleton(mask):
    """Zhang-Suen thinning of a boolean image to one-pixel-wide lines."""
    img = np.pad(np.asarray(mask, bool), 1).astype(np.uint8)
    h, w = img.shape
    while True:
        changed = False
        for first in (True, False):
            p = [img[1 + dy:h - 1 + dy, 1 + dx:w - 1 + dx] for dy, dx in _RING]
            count = sum(q.astype(np.int8) for q in p)
            ring = p + [p[0]]
            transitions = sum(((ring[i] == 0) & (ring[i + 1] == 1)).astype(np.int8) for i in range(8))
            n, e, s, wst = p[0], p[2], p[4], p[6]
            if first:
                side = ((n & e & s) == 0) & ((e & s & wst) == 0)
            else:
                side = ((n & e & wst) == 0) & ((n & s & wst) == 0)
            core = img[1:-1, 1:-1]
            remove = (core == 1) & (count >= 2) & (count <= 6) & (transitions == 1) & side
            if remove.any():
                core[remove] = 0
                changed = True
        if not changed:
            return img[1:-1, 1:-1].astype(bool)


def trace(skel, min_points=3):
    """Skeleton pixels -> polylines, each an (n, 2) array of (y, x) points.

    Walks from line ends first, so that a stroke is one polyline; a loop
    (the 0, the top of a 9) is closed when the walk comes back to its start.
    """
    points = {tuple(p) for p in np.argwhere(skel)}
    visited = set()

    def free_neighbours(p):
        return [(p[0] + dy, p[1] + dx) for dy, dx in _RING
                if (p[0] + dy, p[1] + dx) in points and (p[0] + dy, p[1] + dx) not in visited]

    lines = []
    while len(visited) < len(points):
        left = [p for p in points if p not in visited]
        start = min(left, key=lambda p: (len(free_neighbours(p)), p))
        path = [start]
        visited.add(start)
        while True:
            options = free_neighbours(path[-1])
            if not options:
                break
            # Straight on first; orthogonal before diagonal so corners aren't skipped.
            if len(path) > 1:
                dy, dx = path[-1][0] - path[-2][0], path[-1][1] - path[-2][1]
                options.sort(key=lambda q: -(dy * (q[0] - path[-1][0]) + dx * (q[1] - path[-1][1])))
            else:
                options.sort(key=lambda q: abs(q[0] - start[0]) + abs(q[1] - start[1]))
            path.append(options[0])
            visited.add(options[0])
        # Join the ends to lines already drawn (a branch off a junction, a loop
        # closing on itself), or the 2 loses its foot and the 0 stays open.
        path = _joined(path, visited, start_side=True)
        path = _joined(path, visited, start_side=False)
        if len(path) >= min_points:
            lines.append(np.array(path, dtype=np.float64))
    return lines


def _joined(path, visited, start_side):
    end, inner = (path[0], path[1:4]) if start_side else (path[-1], path[-4:-1])
    for dy, dx in _RING:
        q = (end[0] + dy, end[1] + dx)
        if q in visited and q not in inner and q != end:
            return [q] + path if start_side else path + [q]
    return path


def digit_strokes(image, upscale=4):
    """A 28x28 digit image (ink bright) -> polylines in 28x28 pixel coordinates."""
    # Imported here: scipy.ndimage costs ~0.4 s at the app's start, which never traces a digit.
    from scipy import ndimage

    image = np.asarray(image, dtype=np.float32)
    if image.max() > 1.0:
        image = image / 255.0
    big = ndimage.zoom(image, upscale, order=1)
    lines = trace(skeleton(big > 0.35), min_points=upscale * 2)
    # Centres of the enlarged pixels back in the original coordinates.
    return [(line + 0.5) / upscale - 0.5 for line in lines]


def render_strokes(lines, size=280, width=18.0, supersample=2):
    """Draw polylines with a round pen on a black canvas: float32 (size, size) in [0, 1].

    ``lines`` are in canvas pixel coordinates (y, x). Drawn at ``supersample``
    times the size and averaged down, so edges are anti-aliased as a
    painter's are.
    """
    from PIL import Image, ImageDraw

    big = size * supersample
    canvas = Image.new("L", (big, big), 0)
    draw = ImageDraw.Draw(canvas)
    r = width * supersample / 2
    for line in lines:
        pts = [(float(x) * supersample, float(y) * supersample) for y, x in line]
        if len(pts) > 1:
            draw.line(pts, fill=255, width=max(int(round(2 * r)), 1), joint="curve")
        for x, y in (pts[0], pts[-1]) if len(pts) > 1 else pts:
            draw.ellipse((x - r, y - r, x + r, y + r), fill=255)
    a = np.asarray(canvas, dtype=np.float32) / 255.0
    return a.reshape(size, supersample, size, supersample).mean(axis=(1, 3))


def place_strokes(lines, rng, size=280, height=(0.25, 0.9), aspect=(0.8, 1.25)):
    """Scale and move 28x28-coordinate strokes to a random size and place on a canvas.

    Returns (lines in canvas coordinates, digit height in pixels).
    """
    allpts = np.concatenate(lines)
    lo, hi = allpts.min(axis=0), allpts.max(axis=0)
    extent = np.maximum(hi - lo, 1.0)
    target_h = rng.uniform(*height) * size
    sy = target_h / extent[0]
    sx = sy * rng.uniform(*aspect)
    scale = np.array([sy, sx])
    span = extent * scale
    fit = min(1.0, (size * 0.88) / float(span.max()))  # wide digits drawn tall must still fit
    scale, span = scale * fit, span * fit
    margin = 0.06 * size
    room = np.maximum(size - 2 * margin - span, 0.0)
    offset = margin + rng.uniform(0, 1, 2) * room
    return [(line - lo) * scale + offset for line in lines], float(span[0])


def resample(line, step):
    """A polyline (n, 2) at even spacing ``step`` along its length, its ends kept."""
    line = np.asarray(line, dtype=np.float64)
    along = np.r_[0.0, np.cumsum(np.hypot(*np.diff(line, axis=0).T))]
    if len(line) < 2 or along[-1] <= step:
        return line.copy()
    s = np.linspace(0.0, along[-1], int(np.ceil(along[-1] / step)) + 1)
    return np.column_stack([np.interp(s, along, line[:, 0]), np.interp(s, along, line[:, 1])])


def jitter_strokes(lines, rng, amount=0.3, step=0.5):
    """A wobbling hand: each stroke drifts smoothly by up to ``amount`` (its own units).

    The drift is a sum of three slow waves along the stroke, so it bends the
    line the way an unsteady pen does instead of roughening its edge.
    """
    out = []
    for line in lines:
        pts = resample(line, step)
        t = np.linspace(0.0, 1.0, len(pts))[:, None]
        freq = rng.uniform(0.5, 3.0, (1, 3))
        waves = np.sin(2 * np.pi * freq * t + rng.uniform(0, 2 * np.pi, (1, 3)))
        drift = waves @ rng.normal(0.0, 1.0, (3, 2))
        drift *= amount / max(float(np.abs(drift).max()), 1e-9)
        out.append(pts + drift)
    return out


def speed_widths(line, width, strength):
    """Pen width at each point of ``line``: thinner where the hand runs (straight parts),
    thicker where it slows (turns, and the ends, where the pen starts and stops at rest).

    ``strength`` in [0, 1): 0 is one width; the width ranges over ``width * (1 +- strength)``.
    """
    n = len(line)
    if n < 9 or strength <= 0:
        return np.full(n, float(width))
    # Headings over a few points, not one: a traced stroke's pixel steps are no turns.
    span = 3
    step = line[span:] - line[:-span]
    heading = np.arctan2(step[:, 0], step[:, 1])
    turn = np.abs(np.angle(np.exp(1j * (heading[span:] - heading[:-span]))))
    slow = np.clip(np.pad(turn / (np.pi / 2), (span, span), mode="edge"), 0.0, 1.0)
    slow[[0, -1]] = 0.7  # the pen starts and stops at rest
    k = min(9, n)
    slow = np.convolve(np.pad(slow, k // 2, mode="edge"), np.ones(k) / k, mode="valid")
    return width * (1.0 - strength + 2.0 * strength * slow)


def render_pen(lines, widths, size=280, supersample=2):
    """Like ``render_strokes``, but with a width per point: ``widths`` holds an array per line.

    Each segment is drawn with the smaller width of its two ends, each point
    as a disc of its own width, so a widening stroke swells smoothly.
    """
    from PIL import Image, ImageDraw

    big = size * supersample
    canvas = Image.new("L", (big, big), 0)
    draw = ImageDraw.Draw(canvas)
    for line, width in zip(lines, widths):
        pts = [(float(x) * supersample, float(y) * supersample) for y, x in line]
        radii = np.maximum(np.asarray(width, np.float64) * supersample / 2, 0.5)
        for i, (x, y) in enumerate(pts):
            r = radii[i]
            draw.ellipse((x - r, y - r, x + r, y + r), fill=255)
            if i:
                w = max(int(round(2 * min(r, radii[i - 1]))), 1)
                draw.line([pts[i - 1], (x, y)], fill=255, width=w)
    a = np.asarray(canvas, dtype=np.float32) / 255.0
    return a.reshape(size, supersample, size, supersample).mean(axis=(1, 3))

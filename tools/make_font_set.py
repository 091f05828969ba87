"""Render the font-digit evaluation set from handwriting-style fonts Debian packages.

Used to evaluate, never to train, so that the figure keeps its meaning. Run
once after ``apt-get install`` of the packages below; the result is bundled
as ``resources/evalsets/font_digits.npz`` (ink bright on black, 140x140).

    apt-get install -y fonts-comic-neue fonts-dkg-handwriting fonts-breip fonts-bwht \
        fonts-dancingscript fonts-humor-sans fonts-kaushanscript \
        fonts-klee fonts-kristi
    .venv/bin/python tools/make_font_set.py
"""
import glob
import sys
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "evalsets" / "font_digits.npz"
# fonts-femkeklaver is left out: its digits are outlines, not strokes.
PATTERNS = ["comic-neue/*.otf", "fifthhorseman/*.ttf", "breip/*.ttf", "bwht/*.otf",
            "dancingscript/*.otf", "humor-sans/*.ttf",
            "kaushanscript/*.otf", "klee/*.ttf", "kristi/*.ttf"]
SIZE = 140
VARIANTS = 4  # size, place and slant per digit and font


def font_files():
    files = []
    for pattern in PATTERNS:
        files += sorted(glob.glob(f"/usr/share/fonts/*/{pattern}"))
    return files


def render(font_path, digit, rng):
    big = SIZE * 2
    canvas = Image.new("L", (big, big), 0)
    height = int(rng.uniform(0.35, 0.8) * big)
    font = ImageFont.truetype(font_path, height)
    draw = ImageDraw.Draw(canvas)
    left, top, right, bottom = draw.textbbox((0, 0), str(digit), font=font)
    room_x, room_y = big - (right - left), big - (bottom - top)
    x = rng.uniform(0.1, 0.9) * max(room_x, 0) - left
    y = rng.uniform(0.1, 0.9) * max(room_y, 0) - top
    draw.text((x, y), str(digit), fill=255, font=font)
    canvas = canvas.rotate(rng.uniform(-8, 8), resample=Image.BILINEAR)
    return np.asarray(canvas.resize((SIZE, SIZE), Image.BOX), dtype=np.uint8)


def main():
    files = font_files()
    if not files:
        sys.exit("no handwriting fonts found: install the Debian packages in this file's docstring")
    rng = np.random.default_rng(0)
    images, labels, fonts = [], [], []
    for i, path in enumerate(files):
        for digit in range(10):
            for _ in range(VARIANTS):
                images.append(render(path, digit, rng))
                labels.append(digit)
                fonts.append(i)
    names = np.array([Path(f).name for f in files])
    OUT.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(OUT, images=np.stack(images), labels=np.array(labels, np.uint8),
                        font=np.array(fonts, np.uint8), font_names=names)
    print(f"{len(images)} digits from {len(files)} fonts -> {OUT}")


if __name__ == "__main__":
    main()

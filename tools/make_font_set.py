"""Render the font-digit evaluation sets from handwriting-style fonts Debian packages.

Used to evaluate, never to train (no font is in any training set), so that
the figures keep their meaning. Run once after ``apt-get install`` of the
packages below; the results are bundled (ink bright on black, 140x140):

- ``resources/evalsets/font_digits.npz`` (``--set fonts``): 25 fonts, at
  random sizes, places and slants;
- ``resources/evalsets/more_font_digits.npz`` (``--set more``): 16 other
  fonts, also at small sizes, sheared, and some with their strokes
  thickened, since people write with every pen.

    apt-get install -y fonts-comic-neue fonts-dkg-handwriting fonts-breip fonts-bwht \
        fonts-dancingscript fonts-humor-sans fonts-kaushanscript \
        fonts-klee fonts-kristi
    apt-get install -y fonts-rufscript fonts-sjfonts fonts-staypuft fonts-tlwg-purisa-ttf \
        fonts-ecolier-court fonts-leckerli-one fonts-lobster fonts-seto fonts-kiloji
    .venv/bin/python tools/make_font_set.py [--set fonts|more|all]
"""
import argparse
import glob
import sys
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "evalsets" / "font_digits.npz"
MORE_OUT = ROOT / "resources" / "evalsets" / "more_font_digits.npz"
# fonts-femkeklaver is left out: its digits are outlines, not strokes.
PATTERNS = ["comic-neue/*.otf", "fifthhorseman/*.ttf", "breip/*.ttf", "bwht/*.otf",
            "dancingscript/*.otf", "humor-sans/*.ttf",
            "kaushanscript/*.otf", "klee/*.ttf", "kristi/*.ttf"]
# Kept apart from PATTERNS; Joscelyn (a secretary hand) and Havana (its 9 is a 0) are left out.
MORE_PATTERNS = ["rufscript/*.ttf", "sjfonts/*.ttf", "staypuft/*.ttf", "tlwg/Purisa*.ttf",
                 "ecolier-court/*.ttf", "leckerli-one/*.ttf", "lobster/*.otf",
                 "seto/setofont.ttf", "kiloji/kiloji*.ttf"]
SIZE = 140
VARIANTS = 4  # size, place and slant per digit and font


def font_files(patterns=PATTERNS):
    files = []
    for pattern in patterns:
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


def render_more(font_path, digit, rng):
    """Like ``render``, but down to small sizes, sheared as slanted writing is, and one in
    three with its strokes thickened (a felt pen, a marker)."""
    big = SIZE * 2
    canvas = Image.new("L", (big, big), 0)
    height = int(rng.uniform(0.2, 0.8) * big)
    font = ImageFont.truetype(font_path, height)
    draw = ImageDraw.Draw(canvas)
    left, top, right, bottom = draw.textbbox((0, 0), str(digit), font=font)
    room_x, room_y = big - (right - left), big - (bottom - top)
    x = rng.uniform(0.15, 0.85) * max(room_x, 0) - left
    y = rng.uniform(0.15, 0.85) * max(room_y, 0) - top
    thicker = int(rng.uniform(0.02, 0.07) * height) if rng.random() < 1 / 3 else 0
    draw.text((x, y), str(digit), fill=255, font=font, stroke_width=thicker, stroke_fill=255)
    shear = rng.uniform(-0.25, 0.3)
    canvas = canvas.transform(canvas.size, Image.AFFINE, (1, shear, -shear * big / 2, 0, 1, 0),
                              resample=Image.BILINEAR)
    return np.asarray(canvas.resize((SIZE, SIZE), Image.BOX), dtype=np.uint8)


def make(out, patterns, draw, seed, variants):
    files = font_files(patterns)
    if not files:
        sys.exit("no handwriting fonts found: install the Debian packages in this file's docstring")
    rng = np.random.default_rng(seed)
    images, labels, fonts = [], [], []
    for i, path in enumerate(files):
        for digit in range(10):
            for _ in range(variants):
                images.append(draw(path, digit, rng))
                labels.append(digit)
                fonts.append(i)
    names = np.array([Path(f).name for f in files])
    out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(out, images=np.stack(images), labels=np.array(labels, np.uint8),
                        font=np.array(fonts, np.uint8), font_names=names)
    print(f"{len(images)} digits from {len(files)} fonts -> {out}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--set", choices=["fonts", "more", "all"], default="all")
    which = parser.parse_args().set
    if which in ("fonts", "all"):
        make(OUT, PATTERNS, render, seed=0, variants=VARIANTS)
    if which in ("more", "all"):
        make(MORE_OUT, MORE_PATTERNS, render_more, seed=1, variants=2 * VARIANTS)


if __name__ == "__main__":
    main()

"""Draw the app icon (resources/icons/app.png): an MNIST '7' re-drawn as a pen stroke."""
import sys
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from engine import digit_strokes, load_mnist, render_strokes  # noqa: E402

SIZE = 256


def main():
    images, _ = load_mnist("test")
    lines = [line * (SIZE / 28) for line in digit_strokes(images[0])]
    ink = render_strokes(lines, size=SIZE, width=22)
    icon = Image.new("RGBA", (SIZE, SIZE), (0, 0, 0, 0))
    ImageDraw.Draw(icon).rounded_rectangle((8, 8, SIZE - 8, SIZE - 8), radius=44, fill=(28, 46, 84, 255))
    glyph = np.zeros((SIZE, SIZE, 4), np.uint8)
    glyph[..., :3] = (255, 196, 64)
    glyph[..., 3] = (np.clip(ink, 0, 1) * 255).astype(np.uint8)
    icon.alpha_composite(Image.fromarray(glyph, "RGBA"))
    out = ROOT / "resources" / "icons" / "app.png"
    out.parent.mkdir(parents=True, exist_ok=True)
    icon.save(out)
    print(out)


if __name__ == "__main__":
    main()

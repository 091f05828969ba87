"""PNG pictures of 28x28 digits: one large, or a captioned sheet (Pillow)."""
import numpy as np

from ..atomic import atomic_write


def _grey(image, scale):
    from PIL import Image

    a = np.clip(np.asarray(image, dtype=np.float32), 0, 1)
    return Image.fromarray((a * 255).astype(np.uint8), "L").resize(
        (a.shape[1] * scale, a.shape[0] * scale), Image.NEAREST)


def save_digit_png(image, path, scale=10):
    """One 28x28 image in [0, 1], enlarged ``scale`` times, bright = ink."""
    picture = _grey(image, scale)
    atomic_write(path, lambda f: picture.save(f, "PNG"))


def save_sheet_png(images, captions, path, scale=6, pad=8, stretch=True):
    """Images side by side with a caption under each.

    ``stretch`` maps each image's own range to black..white, for the eye
    only: a refined back-query is faint, yet the network reads it.
    """
    from PIL import Image, ImageDraw

    tile = 28 * scale
    sheet = Image.new("L", (len(images) * (tile + pad) + pad, tile + 2 * pad + 16), 255)
    draw = ImageDraw.Draw(sheet)
    for i, (image, caption) in enumerate(zip(images, captions)):
        if stretch:
            image = np.asarray(image, np.float32)
            image = (image - image.min()) / max(float(image.max() - image.min()), 1e-6)
        x = pad + i * (tile + pad)
        sheet.paste(_grey(image, scale), (x, pad))
        draw.text((x + tile // 2, tile + pad + 3), caption, fill=0, anchor="mt")
    atomic_write(path, lambda f: sheet.save(f, "PNG"))

"""Photos of digits on noisy, low-contrast grey paper: the clean-up finds the ink, the model reads it."""
import numpy as np
import pytest
from PIL import Image

import engine
from engine.data.drawn_sets import MORE_FONT_SET, grey_paper_photo
from engine.data.photo_clean import clean_photo, otsu


@pytest.fixture(scope="module")
def net():
    return engine.load_model()


@pytest.fixture(scope="module")
def mnist_test():
    return engine.load_mnist("test")


def ink_disc(size=200, radius=60, width=10):
    """A ring of ink (an 'O'), bright on black: (size, size) float32."""
    yy, xx = np.mgrid[0:size, 0:size]
    r = np.hypot(yy - size / 2, xx - size / 2)
    return (np.abs(r - radius) < width / 2).astype(np.float32)


def photographed(ink, paper, contrast, noise, rng, light=0.0):
    """Ink on paper of shade ``paper`` (a ramp of ``light`` across it), darkened by ``contrast``."""
    h, w = ink.shape
    shade = paper + light * (np.arange(w)[None, :] / w - 0.5)
    grey = shade * (1 - contrast * ink) + rng.normal(0, noise, ink.shape)
    return np.clip(grey, 0, 1).astype(np.float32)


def overlap(found, truth):
    found, truth = found > 0, truth > 0.5
    return (found & truth).sum() / (found | truth).sum()


def test_a_digit_on_noisy_low_contrast_grey_paper_is_read(tmp_path, net, mnist_test):
    """MNIST test digits as pencil on mid-grey paper, 20-50% contrast, 1-4% noise, JPEG."""
    images, labels = mnist_test
    rng = np.random.default_rng(4)
    picks = rng.choice(len(labels), 20, replace=False)
    read = 0
    for k, i in enumerate(picks):
        ink = np.asarray(Image.fromarray(images[i]).resize((140, 140), Image.BILINEAR)) / 255.0
        path = tmp_path / f"{k}.jpg"
        grey_paper_photo(ink.astype(np.float32), rng).save(path, quality=70)
        digit = engine.import_image(path)
        read += digit is not None and net.predict(digit.reshape(1, -1))[0] == labels[i]
    assert read >= 18, read


def test_handwriting_fonts_on_grey_paper_are_read(tmp_path, net):
    """Digits the renderer did not make (more-fonts), on grey paper: 30 of them."""
    with np.load(MORE_FONT_SET) as data:
        images, labels = data["images"], data["labels"]
    rng = np.random.default_rng(6)
    picks = rng.choice(len(labels), 30, replace=False)
    read = 0
    for k, i in enumerate(picks):
        path = tmp_path / f"{k}.png"
        grey_paper_photo(images[i] / np.float32(255), rng).save(path)
        digit = engine.import_image(path)
        read += digit is not None and net.predict(digit.reshape(1, -1))[0] == labels[i]
    assert read >= 26, read


def test_a_small_noisy_scan_like_rashids_six_is_read(tmp_path, net, mnist_test):
    """28x28, grey paper at 72%, pencil at 43%, noise: the kind of scan Rashid's noisy 6 is."""
    images, labels = mnist_test
    rng = np.random.default_rng(0)
    sixes = np.flatnonzero(labels == 6)[:10]
    read = 0
    for k, i in enumerate(sixes):
        grey = photographed(images[i] / 255.0, 0.72, 0.4, 0.02, rng)
        path = tmp_path / f"six{k}.png"
        Image.fromarray((grey * 255).astype(np.uint8)).save(path)
        read += net.predict(engine.import_image(path).reshape(1, -1))[0] == 6
    assert read >= 9, read


def test_the_ink_is_found_under_uneven_light_and_in_either_polarity():
    rng = np.random.default_rng(1)
    ink = ink_disc()
    grey = photographed(ink, 0.55, 0.3, 0.03, rng, light=0.4)  # a shadow across the sheet
    assert overlap(clean_photo(grey), ink) > 0.8
    chalk = 1.0 - photographed(ink, 0.55, 0.3, 0.03, rng)  # light ink on a dark board
    assert overlap(clean_photo(chalk), ink) > 0.8


def test_a_bold_marker_stroke_is_kept_whole():
    rng = np.random.default_rng(2)
    ink = ink_disc(radius=55, width=45)  # a third of the picture is ink
    found = clean_photo(photographed(ink, 0.6, 0.35, 0.02, rng))
    assert (found[ink > 0.5] > 0).mean() > 0.9


def test_a_blank_grey_page_gives_no_ink(tmp_path):
    rng = np.random.default_rng(3)
    page = photographed(np.zeros((120, 120), np.float32), 0.5, 0.0, 0.03, rng, light=0.2)
    assert not clean_photo(page).any()
    path = tmp_path / "page.png"
    Image.fromarray((page * 255).astype(np.uint8)).save(path)
    assert engine.import_image(path) is None


def test_otsu_splits_two_groups_between_them():
    rng = np.random.default_rng(0)
    values = np.concatenate([rng.normal(0.1, 0.02, 900), rng.normal(0.6, 0.05, 100)])
    assert 0.2 < otsu(values) < 0.5

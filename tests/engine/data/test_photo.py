import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

import engine
from engine.data.drawn_sets import paper_photo, stroke_canvas


@pytest.fixture(scope="module")
def digit():
    images, labels = engine.load_mnist("test")
    return images[1], int(labels[1])  # a 2


@pytest.fixture(scope="module")
def net():
    return engine.load_model()


def read(net, path):
    x = engine.import_image(path)
    return int(net.predict(x.reshape(1, -1))[0])


def big(image, side=200):
    return Image.fromarray(image).resize((side, side), Image.BILINEAR)


@pytest.mark.parametrize("mode", ["L", "RGB", "CMYK", "P", "I;16", "I", "F", "1", "LA", "RGBA"])
def test_every_image_mode_reads_the_digit(tmp_path, digit, net, mode):
    image, label = digit
    paper = big(255 - image)  # dark ink on white paper
    img = paper.convert(mode) if mode not in ("I;16", "I", "F") else Image.fromarray(
        (np.asarray(paper).astype(np.float32) * (257 if mode != "F" else 1 / 255)).astype(
            {"I;16": np.uint16, "I": np.int32, "F": np.float32}[mode]))
    suffix = ".tiff" if mode in ("I", "F", "CMYK") else ".png"
    path = tmp_path / f"digit{suffix}"
    img.save(path)
    assert read(net, path) == label


@pytest.mark.parametrize("fmt", ["JPEG", "BMP", "GIF"])
def test_file_formats(tmp_path, digit, net, fmt):
    image, label = digit
    path = tmp_path / f"digit.{fmt.lower()}"
    big(255 - image).convert("RGB" if fmt == "JPEG" else "L").save(path, fmt)
    assert read(net, path) == label


def test_dark_on_light_and_light_on_dark_agree(tmp_path, digit):
    image, _ = digit
    big(255 - image).save(tmp_path / "dark.png")
    big(image).save(tmp_path / "light.png")
    a = engine.import_image(tmp_path / "dark.png")
    b = engine.import_image(tmp_path / "light.png")
    np.testing.assert_allclose(a, b, atol=0.05)


def test_transparent_background_is_paper(tmp_path, digit, net):
    image, label = digit
    alpha = np.asarray(big(image))
    for shade in (0, 255):  # black ink or white ink, on nothing
        rgba = np.zeros(alpha.shape + (4,), np.uint8)
        rgba[..., :3] = shade
        rgba[..., 3] = alpha
        path = tmp_path / f"ink{shade}.png"
        Image.fromarray(rgba, "RGBA").save(path)
        assert read(net, path) == label


def test_a_photo_under_uneven_light_is_read(tmp_path, digit, net):
    image, label = digit
    rng = np.random.default_rng(3)
    path = tmp_path / "photo.jpg"
    paper_photo(stroke_canvas(image, rng), rng).save(path, quality=70)
    assert read(net, path) == label


def test_a_blank_page_gives_none(tmp_path):
    path = tmp_path / "blank.png"
    Image.new("L", (100, 100), 240).save(path)
    assert engine.import_image(path) is None


@pytest.mark.parametrize("data", [b"", b"GIF89a", b"\x89PNG\r\n\x1a\n" + bytes(50), b"BM" + bytes(60),
                                  b"\xff\xd8\xff" + bytes(100)])
def test_broken_files_raise_data_format_error(tmp_path, data):
    path = tmp_path / "broken.png"
    path.write_bytes(data)
    with pytest.raises(engine.DataFormatError) as info:
        engine.import_image(path)
    assert "broken.png" in str(info.value)


def test_a_folder_is_not_an_image(tmp_path):
    with pytest.raises(engine.DataFormatError, match="folder"):
        engine.import_image(tmp_path)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=2048))
def test_fuzz_random_bytes_only_ever_raise_data_format_error(tmp_path, data):
    path = tmp_path / "fuzz.img"
    path.write_bytes(data)
    try:
        out = engine.import_image(path)
    except engine.DataFormatError:
        return
    assert out is None or out.shape == (28, 28)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.sampled_from(["L", "RGB", "RGBA", "P", "1", "LA"]), st.integers(1, 80), st.integers(1, 80),
       st.integers(0, 2 ** 32 - 1), st.sampled_from(["PNG", "BMP", "GIF"]))
def test_fuzz_random_valid_images_never_crash(tmp_path, mode, w, h, seed, fmt):
    rng = np.random.default_rng(seed)
    img = Image.fromarray(rng.integers(0, 256, (h, w, 3), dtype=np.uint8), "RGB").convert(mode)
    if fmt == "BMP" and mode in ("LA", "RGBA"):
        fmt = "PNG"
    path = tmp_path / f"r.{fmt.lower()}"
    img.save(path, fmt)
    out = engine.import_image(path)
    assert out is None or (out.shape == (28, 28) and np.isfinite(out).all())

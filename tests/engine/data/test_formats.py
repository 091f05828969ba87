import gzip
import hashlib

import numpy as np
import pytest

import engine
from engine.resources import MNIST_DIR
from helpers import random_digits, write_csv, write_idx

# SHA-256 of the uncompressed canonical files (shared/datasets/mnist/README.md).
CANONICAL = {
    "train-images-idx3-ubyte.gz": "ba891046e6505d7aadcbbe25680a0738ad16aec93bde7f9b65e87a2fc25776db",
    "train-labels-idx1-ubyte.gz": "65a50cbbf4e906d70832878ad85ccda5333a97f0f4c3dd2ef09a8a9eef7101c5",
    "t10k-images-idx3-ubyte.gz": "0fa7898d509279e482958e8ce81c8e77db3f2f8254e26661ceb7762c4d494ce7",
    "t10k-labels-idx1-ubyte.gz": "ff7bcfd416de33731a308c3f266cc351222c34898ecbeaf847f06e48f7ec33f2",
}


@pytest.mark.parametrize("name", sorted(CANONICAL))
def test_bundled_mnist_files_are_the_canonical_ones(name):
    data = gzip.decompress((MNIST_DIR / name).read_bytes())
    assert hashlib.sha256(data).hexdigest() == CANONICAL[name]


def test_load_mnist_gives_the_documented_counts_and_first_labels():
    images, labels = engine.load_mnist("train")
    assert images.shape == (60000, 28, 28) and images.dtype == np.uint8
    assert labels.dtype == np.uint8
    assert np.bincount(labels).tolist() == [5923, 6742, 5958, 6131, 5842, 5421, 5918, 6265, 5851, 5949]
    assert labels[:5].tolist() == [5, 0, 4, 1, 9]
    assert images.mean() == pytest.approx(33.318, abs=1e-3)
    test_images, test_labels = engine.load_mnist("test")
    assert test_images.shape == (10000, 28, 28)
    assert np.bincount(test_labels).tolist() == [980, 1135, 1032, 1010, 982, 892, 958, 1028, 974, 1009]
    assert test_labels[:5].tolist() == [7, 2, 1, 0, 4]


def test_load_mnist_rejects_an_unknown_split():
    with pytest.raises(ValueError, match="split"):
        engine.load_mnist("validation")


@pytest.mark.parametrize("gz", [False, True])
def test_idx_round_trip(tmp_path, gz):
    images, labels = random_digits(7)
    img_path = write_idx(tmp_path / "img.idx", images, gz=gz)
    lab_path = write_idx(tmp_path / "lab.idx", labels, gz=gz)
    np.testing.assert_array_equal(engine.load_idx(img_path), images)
    got_images, got_labels = engine.load_idx(img_path, labels=lab_path)
    np.testing.assert_array_equal(got_images, images)
    np.testing.assert_array_equal(got_labels, labels)


def test_idx_reads_other_element_types(tmp_path):
    values = np.arange(12, dtype=np.float32).reshape(3, 4) / 7
    got = engine.load_idx(write_idx(tmp_path / "f.idx", values, type_byte=0x0D))
    np.testing.assert_array_equal(got, values)


def test_csv_round_trip(tmp_path):
    images, labels = random_digits(5)
    got_images, got_labels = engine.load_csv(write_csv(tmp_path / "d.csv", images, labels))
    np.testing.assert_array_equal(got_images, images)
    np.testing.assert_array_equal(got_labels, labels)


def test_csv_with_a_header_line(tmp_path):
    images, labels = random_digits(2)
    path = write_csv(tmp_path / "d.csv", images, labels)
    path.write_text("label," + ",".join(f"p{i}" for i in range(784)) + "\n" + path.read_text())
    assert engine.load_csv(path)[0].shape == (2, 28, 28)


def _bad(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("data, problem", [
    (b"", "too short"),
    (b"\x00\x00\x08\x03\x00\x00", "truncated"),
    (b"PK\x03\x04" + bytes(40), "magic"),
    # Claims 4 billion images: must fail on the size check, not try to allocate.
    (b"\x00\x00\x08\x03\xff\xff\xff\xff\x00\x00\x00\x1c\x00\x00\x00\x1c" + bytes(100), "header says"),
    (b"\x00\x00\x08\x01\x00\x00\x00\x05" + bytes(3), "header says"),
])
def test_malformed_idx_raises_data_format_error_naming_the_file(tmp_path, data, problem):
    path = _bad(tmp_path, "bad.idx", data)
    with pytest.raises(engine.DataFormatError, match=problem) as info:
        engine.load_idx(path)
    assert "bad.idx" in str(info.value)
    assert isinstance(info.value, ValueError)


def test_corrupt_gzip_is_a_data_format_error(tmp_path):
    data = gzip.compress(bytes(1000))[:30]
    with pytest.raises(engine.DataFormatError, match="gzip"):
        engine.load_idx(_bad(tmp_path, "bad.gz", data))


def test_idx_pair_with_mismatched_counts(tmp_path):
    images, labels = random_digits(4)
    img = write_idx(tmp_path / "i.idx", images)
    lab = write_idx(tmp_path / "l.idx", labels[:3])
    with pytest.raises(engine.DataFormatError, match="3 labels for 4 images"):
        engine.load_idx(img, labels=lab)


def test_missing_file_is_a_data_format_error(tmp_path):
    with pytest.raises(engine.DataFormatError, match="no such file"):
        engine.load_idx(tmp_path / "nope.idx")


@pytest.mark.parametrize("text, problem", [
    ("", "no data"),
    ("1,2,3\n", "785"),
    ("x" * 10 + "\n", "no data"),
    ("11," + ",".join(["0"] * 784) + "\n", "labels"),
    ("1," + ",".join(["300"] * 784) + "\n", "pixels"),
    ("1," + ",".join(["a"] * 784) + "\n", "integers"),
])
def test_malformed_csv(tmp_path, text, problem):
    path = tmp_path / "bad.csv"
    path.write_text(text)
    with pytest.raises(engine.DataFormatError, match=problem):
        engine.load_csv(path)

"""Data files that hang or exhaust: refused fast, by kind, size or declared shape, in one line."""
import os
import time

import numpy as np
import pytest
from PIL import Image

import engine
from fault_files import finishes, release_fifo
from helpers import random_digits, write_csv, write_idx

LOADERS = {
    "idx": engine.load_idx,
    "csv": engine.load_csv,
    "image": engine.import_image,
}


@pytest.mark.parametrize("loader", LOADERS.values(), ids=LOADERS.keys())
def test_a_fifo_is_refused_without_waiting_for_a_writer(tmp_path, loader):
    fifo = tmp_path / "data"
    os.mkfifo(fifo)
    ended, error = finishes(lambda: loader(fifo), 3, release_fifo(fifo))
    assert ended, "the loader waited on a FIFO"
    assert isinstance(error, engine.DataFormatError) and "pipe (FIFO)" in str(error)


@pytest.mark.parametrize("loader", LOADERS.values(), ids=LOADERS.keys())
def test_a_symlink_to_dev_zero_is_refused_without_reading(tmp_path, loader):
    link = tmp_path / "data"
    link.symlink_to("/dev/zero")
    ended, error = finishes(lambda: loader(link), 2)
    assert ended and isinstance(error, engine.DataFormatError) and "is a device" in str(error)


def test_a_1_gib_csv_is_refused_at_once_by_its_size(tmp_path):
    path = tmp_path / "big.csv"
    with open(path, "wb") as f:
        f.truncate(1 << 30)  # sparse: a GiB to stat, nothing on disk
    t0 = time.monotonic()
    with pytest.raises(engine.DataFormatError, match="1 GiB, larger than 512 MiB"):
        engine.load_csv(path)
    assert time.monotonic() - t0 < 0.5


def test_a_csv_line_with_no_end_is_refused_before_it_is_all_read(tmp_path):
    path = tmp_path / "line.csv"
    path.write_bytes(b"1," + b"0," * (32 << 20))  # 64 MiB, one line
    t0 = time.monotonic()
    with pytest.raises(engine.DataFormatError, match="line 1 is far longer than a row"):
        engine.load_csv(path)
    assert time.monotonic() - t0 < 1


def test_a_flood_of_blank_lines_is_refused(tmp_path):
    path = tmp_path / "blank.csv"
    path.write_bytes(b"\n" * 2_000_000)
    with pytest.raises(engine.DataFormatError, match="more than 1,000,000 lines"):
        engine.load_csv(path)


def test_a_csv_is_read_in_chunks_with_the_same_result(tmp_path):
    images, labels = random_digits(5000)  # two chunks of 4096 rows
    got_images, got_labels = engine.load_csv(write_csv(tmp_path / "d.csv", images, labels))
    np.testing.assert_array_equal(got_images, images)
    np.testing.assert_array_equal(got_labels, labels)
    assert got_images.dtype == np.uint8 and got_labels.dtype == np.uint8


def test_a_bad_value_in_a_later_chunk_names_the_problem(tmp_path):
    images, labels = random_digits(5000)
    path = write_csv(tmp_path / "d.csv", images, labels)
    lines = path.read_text().splitlines()
    lines[4500] = "12" + lines[4500][1:]
    path.write_text("\n".join(lines) + "\n")
    with pytest.raises(engine.DataFormatError, match="labels must be digits 0..9"):
        engine.load_csv(path)


@pytest.mark.parametrize("shape", [(0, 28, 28), (0,)])
def test_an_idx_file_with_no_items_is_refused(tmp_path, shape):
    path = write_idx(tmp_path / "empty.idx", np.zeros(shape, np.uint8))
    with pytest.raises(engine.DataFormatError, match="holds no items"):
        engine.load_idx(path)


@pytest.mark.parametrize("size", [(1_000_000, 1), (40_000_000, 1), (1, 30_000)])
def test_long_thin_images_are_refused_from_their_header(tmp_path, size):
    path = tmp_path / "strip.png"
    Image.new("L", size, 255).save(path)
    t0 = time.monotonic()
    with pytest.raises(engine.DataFormatError, match="too long and thin"):
        engine.import_image(path)
    assert time.monotonic() - t0 < 1


def test_a_wide_but_sane_photo_still_reads(tmp_path):
    images, _ = engine.load_mnist("test")
    digit = Image.fromarray(255 - images[0]).resize((112, 112))
    page = Image.new("L", (112 * 5, 112), 255)
    page.paste(digit, (224, 0))
    page.save(tmp_path / "wide.png")
    assert engine.import_image(tmp_path / "wide.png") is not None


def test_two_idx_files_are_paired_by_their_headers_not_their_names(tmp_path):
    images, labels = random_digits(5)
    # Misleading names: the images file has "label" in its name.
    img = write_idx(tmp_path / "labelled-images.idx", images)
    lab = write_idx(tmp_path / "b.idx.gz", labels, gz=True)
    assert engine.idx_pairs([str(lab), str(img)]) == [(img, lab)]
    with pytest.raises(engine.DataFormatError, match="one must hold images"):
        engine.idx_pairs([img, write_idx(tmp_path / "c.idx", images)])


def test_an_mnist_folder_is_read_by_the_exact_file_names(tmp_path):
    images, labels = random_digits(5)
    write_idx(tmp_path / "train-images-idx3-ubyte.gz", images, gz=True)
    write_idx(tmp_path / "train-labels-idx1-ubyte.gz", labels, gz=True)
    write_idx(tmp_path / "labels-of-something-else.idx", labels[:2])  # a decoy
    write_idx(tmp_path / "t10k-images-idx3-ubyte", images[:3])
    write_idx(tmp_path / "t10k-labels-idx1-ubyte", labels[:3])
    pairs = engine.idx_pairs(tmp_path)
    assert [(a.name, b.name) for a, b in pairs] == [
        ("train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz"),
        ("t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte")]
    assert len(engine.load_idx(*pairs[0])[1]) == 5
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(engine.DataFormatError, match="no MNIST files"):
        engine.idx_pairs(empty)


def test_memory_and_recursion_errors_while_reading_are_data_format_errors(tmp_path, monkeypatch):
    path = write_csv(tmp_path / "d.csv", *random_digits(3))

    def exhausted(*args, **kwargs):
        raise MemoryError

    monkeypatch.setattr(np, "loadtxt", exhausted)
    with pytest.raises(engine.DataFormatError, match="too large to read into memory"):
        engine.load_csv(path)

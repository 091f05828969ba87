"""Fuzzed IDX and CSV files: a bad file is a DataFormatError, quickly, never a crash or a hog."""
import gzip
import struct
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import engine
from helpers import only_data_format_errors

FUZZ = settings(max_examples=300, deadline=2000, suppress_health_check=[HealthCheck.function_scoped_fixture])


@FUZZ
@given(st.binary(max_size=4096))
def test_fuzz_load_idx_random_bytes(tmp_path, data):
    path = tmp_path / "f.idx"
    path.write_bytes(data)
    only_data_format_errors(engine.load_idx, path)


@FUZZ
@given(st.sampled_from([8, 9, 11, 12, 13, 14, 0, 7]), st.lists(st.integers(0, 2 ** 32 - 1), max_size=4),
       st.binary(max_size=512), st.booleans())
def test_fuzz_load_idx_plausible_headers(tmp_path, type_byte, dims, payload, gz):
    data = bytes([0, 0, type_byte, len(dims)]) + b"".join(struct.pack(">I", d) for d in dims) + payload
    path = tmp_path / "f.idx"
    path.write_bytes(gzip.compress(data) if gz else data)
    only_data_format_errors(engine.load_idx, path)


@FUZZ
@given(st.text(alphabet="0123456789,-\n .ab", max_size=3000))
def test_fuzz_load_csv(tmp_path, text):
    path = tmp_path / "f.csv"
    path.write_text(text)
    only_data_format_errors(engine.load_csv, path)


def test_a_gzip_bomb_is_refused(tmp_path):
    path = tmp_path / "bomb.idx.gz"
    header = bytes([0, 0, 8, 1]) + (2 ** 31).to_bytes(4, "big")
    with gzip.open(path, "wb", compresslevel=9) as f:
        f.write(header)
        chunk = bytes(1 << 24)
        for _ in range(70):  # 1.1 GiB of zeros, about a megabyte on disk
            f.write(chunk)
    t0 = time.monotonic()
    with pytest.raises(engine.DataFormatError, match="1 GiB"):
        engine.load_idx(path)
    assert time.monotonic() - t0 < 2
    # A claim of 8 bytes followed by a flood stops right after the claim.
    with gzip.open(path, "wb") as f:
        f.write(bytes([0, 0, 8, 1]) + (8).to_bytes(4, "big") + bytes(50_000_000))
    with pytest.raises(engine.DataFormatError, match="more data than its header"):
        engine.load_idx(path)

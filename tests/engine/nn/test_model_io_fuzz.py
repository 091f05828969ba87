"""Fuzzed model files: a bad file is a DataFormatError, quickly; nothing is ever unpickled."""
import io
import json

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

import engine
from helpers import only_data_format_errors

FUZZ = settings(max_examples=300, deadline=2000, suppress_health_check=[HealthCheck.function_scoped_fixture])


@FUZZ
@given(st.binary(max_size=4096))
def test_fuzz_load_model_random_bytes(tmp_path, data):
    path = tmp_path / "m.npz"
    path.write_bytes(data)
    only_data_format_errors(engine.load_model, path)


@FUZZ
@given(st.dictionaries(st.sampled_from(["header", "W0", "W1", "b0", "b1", "x"]),
                       arrays(st.sampled_from([np.float32, np.float64, np.uint8, np.int64, np.bool_]),
                              st.sampled_from([(784, 4), (4, 10), (4,), (10,), (3,), (0,), (2, 2)])),
                       max_size=6),
       st.sampled_from([None, {}, {"format": "digit-reader-model", "version": 1},
                        {"format": "digit-reader-model", "version": 1, "layers": [784, 4, 10],
                         "hidden_activation": "relu", "output_activation": "softmax", "loss": "ce",
                         "bias": True, "input_scale": [0, 1]}]))
def test_fuzz_load_model_structured(tmp_path, arrays_, header):
    if header is not None:
        arrays_ = dict(arrays_, header=np.frombuffer(json.dumps(header).encode(), np.uint8))
    buf = io.BytesIO()
    np.savez(buf, **arrays_)
    path = tmp_path / "m.npz"
    path.write_bytes(buf.getvalue())
    only_data_format_errors(engine.load_model, path)


def test_no_pickle_anywhere_in_model_loading(tmp_path):
    # A pickled object array inside an .npz must be refused, never unpickled.
    path = tmp_path / "evil.npz"
    buf = io.BytesIO()
    np.savez(buf, header=np.array([{"x": 1}], dtype=object))
    path.write_bytes(buf.getvalue())
    with pytest.raises(engine.DataFormatError):
        engine.load_model(path)

import numpy as np
import pytest

import engine
from engine.data.augment import augment_batch


@pytest.mark.parametrize("kind", engine.AUGMENTATIONS)
def test_augmentations_keep_shape_range_and_ink(kind):
    images = engine.to_inputs(engine.load_mnist("test")[0][:16]).reshape(16, 28, 28)
    out = augment_batch(images.copy(), kind, np.random.default_rng(0))
    assert out.shape == images.shape and out.dtype == np.float32
    assert out.min() >= 0 and out.max() <= 1.0 + 1e-6
    # Digits stay digits: most of the ink survives.
    ratio = out.sum(axis=(1, 2)) / images.sum(axis=(1, 2))
    assert (ratio > 0.6).all() and (ratio < 1.6).all()
    if kind != "none":
        assert not np.allclose(out, images)


def test_an_unknown_kind_is_refused():
    with pytest.raises(ValueError, match="augment must be one of"):
        augment_batch(np.zeros((1, 28, 28), np.float32), "blur", np.random.default_rng(0))

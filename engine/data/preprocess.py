"""Make any drawing look like an MNIST digit, and digits into network inputs.

MNIST's recipe (LeCun et al.): the digit's bounding box is scaled, keeping its
aspect ratio, to fit a 20x20 box with anti-aliasing, then placed in a 28x28
field so that its centre of mass sits at the centre. Here the scaling, the
anti-aliasing and the centring are one area-weighted resampling, so the
image is filtered once and never blurred twice.
"""
import numpy as np

BOX = 20
SIZE = 28
# Mean centre of mass of the MNIST training digits, in pixel-index coordinates
# (measured: 13.997, 14.006); +0.5 turns it into continuous coordinates.
_COM_TARGET = 14.0 + 0.5
_INK_THRESHOLD = 0.1  # fraction of the brightest pixel that counts as ink


def preprocess_canvas(image):
    """A drawing of any size -> a 28x28 MNIST-style digit, or None when blank.

    Parameters
    ----------
    image : array-like, shape (H, W)
        Ink bright on dark: float in [0, 1] or uint8 in 0..255. RGB(A) arrays
        of shape (H, W, 3|4) are averaged to grey. NaN counts as no ink.

    Returns
    -------
    ndarray, float32, shape (28, 28), values in [0, 1], or None.
    """
    return preprocess_canvas_with_frame(image)[0]


def preprocess_canvas_with_frame(image):
    """``preprocess_canvas``, and where its 28x28 field lies on the drawing.

    Returns
    -------
    (digit, frame) or (None, None) when blank
        ``digit`` as ``preprocess_canvas`` gives it; ``frame`` is
        ``(top, left, size)`` in the drawing's pixel coordinates: the 28x28
        field covers the square ``[top, top + size] x [left, left + size]``
        (partly outside the drawing, usually), so output pixel (r, c) shows
        what lies at ``(top + (r + 0.5) * size / 28, left + (c + 0.5) * size / 28)``.
        The view uses it to paint something 28x28 back over the drawing.
    """
    grey = _as_grey(image)
    if grey is None:
        return None, None
    peak = float(grey.max())
    if peak <= 0.02:
        return None, None
    ink = grey > peak * _INK_THRESHOLD
    rows = np.flatnonzero(ink.any(axis=1))
    cols = np.flatnonzero(ink.any(axis=0))
    crop = grey[rows[0]:rows[-1] + 1, cols[0]:cols[-1] + 1]
    h, w = crop.shape
    scale = BOX / max(h, w)
    mass = crop.sum(dtype=np.float64)
    # Centre of mass of the crop, pixel k spanning [k, k+1].
    com_y = float(crop.sum(axis=1) @ (np.arange(h) + 0.5)) / mass
    com_x = float(crop.sum(axis=0) @ (np.arange(w) + 0.5)) / mass
    # Whole-pixel shifts, as MNIST's centring: a half-pixel shift would smear
    # every edge over two pixels. The centre of mass lands within half a pixel.
    shift_y = round(_COM_TARGET - com_y * scale)
    shift_x = round(_COM_TARGET - com_x * scale)
    ry = _area_weights(h, scale, shift_y)
    rx = _area_weights(w, scale, shift_x)
    out = ry @ crop.astype(np.float32) @ rx.T
    top = float(out.max())
    if top <= 0:
        return None, None
    # Thin strokes come out grey after downscaling; MNIST's cores are saturated.
    out *= np.float32(1.0 / top)
    # Output coordinate u shows crop coordinate (u - shift) / scale.
    frame = (float(rows[0] - shift_y / scale), float(cols[0] - shift_x / scale), SIZE / scale)
    return np.clip(out, 0.0, 1.0, out=out), frame


def to_inputs(images):
    """uint8 images (N, 28, 28) -> float32 (N, 784) pixels in [0, 1] (a new array).

    Float images are taken as already in [0, 1].
    """
    images = np.asarray(images)
    out = images.reshape(len(images), -1).astype(np.float32)
    if images.dtype == np.uint8:
        out *= np.float32(1.0 / 255.0)
    return out


def _area_weights(n, scale, offset):
    """(28, n) matrix: input pixel k covers [k*scale+offset, (k+1)*scale+offset] of the output.

    Entry (j, k) is the overlap of that span with output pixel [j, j+1], so the
    product averages over areas when shrinking (anti-aliasing) and holds
    values when enlarging; mass outside the 28-pixel field is dropped.
    """
    starts = np.arange(n) * scale + offset
    ends = starts + scale
    j = np.arange(SIZE)[:, None]
    overlap = np.minimum(ends[None, :], j + 1) - np.maximum(starts[None, :], j)
    return np.clip(overlap, 0.0, None).astype(np.float32)


def _as_grey(image):
    a = np.asarray(image)
    if a.dtype == object or a.size == 0:
        raise ValueError("expected a 2-D image array")
    if a.ndim == 3 and a.shape[2] in (1, 3, 4):
        a = a[..., :3].mean(axis=2) if a.shape[2] != 1 else a[..., 0]
    if a.ndim != 2:
        raise ValueError(f"expected a 2-D image, got shape {a.shape}")
    if a.dtype == np.bool_:
        a = a.astype(np.float32)
    elif a.dtype == np.uint8:
        a = a.astype(np.float32) / np.float32(255)
    elif np.issubdtype(a.dtype, np.number) and not np.iscomplexobj(a):
        # Clip before the cast: a float64 beyond float32's range would overflow.
        a = np.clip(np.nan_to_num(a.astype(np.float64), nan=0.0), 0.0, 1.0).astype(np.float32)
    else:
        raise ValueError(f"expected a numeric image, got dtype {a.dtype}")
    return a

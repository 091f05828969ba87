"""Data augmentation on batches of 28x28 images with pixels in [0, 1].

``rotate`` is Rashid's recipe (``scipy.ndimage.rotate`` by up to 10 degrees);
``affine`` and ``elastic`` warp a whole batch at once with one vectorised
bilinear lookup, so they cost little next to the training step itself.
The kinds by name are ``AUGMENTATIONS`` (the registry is at the end).
"""
import numpy as np

_CENTRE = 13.5


def augment_batch(images, kind, rng):
    """A new augmented batch: images (B, 28, 28) float32 -> (B, 28, 28) float32."""
    if kind not in _KINDS:
        raise ValueError(f"augment must be one of {', '.join(AUGMENTATIONS)}, not {kind!r}")
    return _KINDS[kind](images, rng)


def vary_thickness(images, rng, fraction=0.5):
    """Thicker or thinner strokes for a random ``fraction`` of the images.

    Mouse and pen drawings have one stroke width, often unlike the writer's
    pen in MNIST: blend each chosen image part-way toward its grey dilation
    (a plus-shaped 3x3 maximum) or its erosion (the minimum).
    """
    n = len(images)
    chosen = np.flatnonzero(rng.random(n) < fraction)
    if not len(chosen):
        return images
    part = images[chosen]
    padded = np.pad(part, ((0, 0), (1, 1), (1, 1)))
    shifted = np.stack([padded[:, 1:-1, 1:-1], padded[:, :-2, 1:-1], padded[:, 2:, 1:-1],
                        padded[:, 1:-1, :-2], padded[:, 1:-1, 2:]])
    amount = rng.uniform(0.3, 1.0, len(chosen)).astype(np.float32)[:, None, None]
    thicker = rng.random(len(chosen)) < 0.5
    target = np.where(thicker[:, None, None], shifted.max(axis=0), shifted.min(axis=0))
    blended = part + (target - part) * amount
    # Erosion dims thin strokes; a drawing's ink is full strength whatever its width.
    blended /= np.maximum(blended.max(axis=(1, 2), keepdims=True), 1e-3)
    out = images.copy()
    out[chosen] = blended
    return out


def rotate_batch(images, rng, max_degrees=10.0):
    """Rashid's augmentation: each image turned by a random angle within +-10 degrees."""
    from scipy import ndimage  # here: importing it costs 0.4 s at start-up, and few recipes rotate

    angles = rng.uniform(-max_degrees, max_degrees, len(images))
    out = np.empty_like(images)
    for i, (image, angle) in enumerate(zip(images, angles)):
        out[i] = ndimage.rotate(image, angle, reshape=False, order=1, mode="constant", cval=0.0)
    return out


def affine_grid(n, rng, degrees=12.0, scale=(0.85, 1.15), aspect=0.12, shear=0.15, shift=2.0):
    """Source coordinates for n random affine maps about the image centre.

    Returns ``(ys, xs)``, each float32 (n, 28, 28): where each output pixel reads from.
    """
    theta = np.deg2rad(rng.uniform(-degrees, degrees, n))
    s = rng.uniform(*scale, n)
    a = np.exp(rng.uniform(-aspect, aspect, n))  # uneven width/height, as drawn digits have
    sh = rng.uniform(-shear, shear, n)
    cos, sin = np.cos(theta), np.sin(theta)
    # Inverse map, output offset -> source offset: a rotation with shear, over the scale.
    coef = np.empty((6, n), np.float32)
    coef[0] = (cos - sin * sh) / (s * a)  # x from x
    coef[1] = -sin / (s * a)  # x from y
    coef[2] = (sin + cos * sh) * a / s  # y from x
    coef[3] = cos * a / s  # y from y
    coef[4] = _CENTRE - rng.uniform(-shift, shift, n)  # x shift
    coef[5] = _CENTRE - rng.uniform(-shift, shift, n)  # y shift
    c = coef[:, :, None, None]
    grid = np.arange(28, dtype=np.float32) - np.float32(_CENTRE)
    gy, gx = grid[None, :, None], grid[None, None, :]
    xs = c[0] * gx + c[1] * gy + c[4]
    ys = c[2] * gx + c[3] * gy + c[5]
    return ys, xs


def elastic_field(n, rng, alpha=1.2, knots=6):
    """Elastic distortion (Simard et al., 2003): smooth random displacements.

    Simard smooths per-pixel noise with a Gaussian; smoothing noise on a
    ``knots`` x ``knots`` grid with a Gaussian basis gives fields of the same
    kind at a tenth of the cost. ``alpha`` is the RMS displacement in pixels.
    """
    basis = _smooth_basis(knots)
    noise = rng.standard_normal((2, n, knots, knots)).astype(np.float32)
    field = basis @ noise @ basis.T
    field *= np.float32(alpha) / max(float(np.sqrt(np.mean(field * field))), 1e-6)
    return field[0], field[1]


def _smooth_basis(knots):
    centres = np.linspace(0, 27, knots)
    spacing = centres[1] - centres[0]
    d = np.arange(28)[:, None] - centres[None, :]
    basis = np.exp(-0.5 * (d / spacing) ** 2)
    return (basis / basis.sum(axis=1, keepdims=True)).astype(np.float32)


def warp(images, ys, xs):
    """Bilinear lookup of ``images`` at source coordinates ``(ys, xs)``; outside is 0.

    Everything stays float32: one float64 temporary here doubles the cost.
    """
    n, h, w = images.shape
    stride = w + 2
    padded = np.zeros((n, h + 2, stride), np.float32)
    padded[:, 1:-1, 1:-1] = images
    # +1 for the zero border; clipping keeps far-away points on that border.
    y = np.clip(ys + np.float32(1), 0, np.float32(h + 0.999))
    x = np.clip(xs + np.float32(1), 0, np.float32(w + 0.999))
    fy, fx = np.floor(y), np.floor(x)
    y -= fy  # now the fractional weights
    x -= fx
    idx = fy.astype(np.intp)
    idx *= stride
    idx += fx.astype(np.intp)
    idx += (np.arange(n) * (h + 2) * stride)[:, None, None]
    flat = padded.ravel()
    top = flat[idx]
    top += (flat[idx + 1] - top) * x
    idx += stride
    bottom = flat[idx]
    bottom += (flat[idx + 1] - bottom) * x
    bottom -= top
    bottom *= y
    top += bottom
    return top


def _affine(images, rng):
    return warp(images, *affine_grid(len(images), rng))


def _elastic(images, rng):
    ys, xs = affine_grid(len(images), rng)
    dy, dx = elastic_field(len(images), rng)
    return warp(images, ys + dy, xs + dx)


_KINDS = {"none": lambda images, rng: images, "rotate": rotate_batch, "affine": _affine,
          "elastic": _elastic}
AUGMENTATIONS = tuple(_KINDS)

"""Ink out of a photo of paper: any light, any shade of paper, much noise.

A photo is light x paper x ink: the light changes slowly across the sheet,
the ink darkens the paper by a fraction of its own. So the paper's shade is
estimated everywhere (a quantile over windows wider than any stroke, then
the paper alone, with the ink left out, smoothed), and the ink is what
darkens it, as a fraction of that shade: local contrast, the same in the
shadow as in the light. What stands out of the noise by more than a
threshold (Otsu's, and never within the noise) is ink, with soft edges.
"""
import numpy as np
from scipy import ndimage

_GRID = 32  # the paper's shade is estimated on a grid this coarse: it changes slowly
_NOISE_SIGMAS = 3.0  # ink must stand this far out of the paper's noise


def clean_photo(grey):
    """A photo or scan of a digit -> ink bright on black.

    Parameters
    ----------
    grey : ndarray, float32, shape (H, W), values in [0, 1], either polarity

    Returns
    -------
    ndarray, float32, shape (H, W), ink in (0, 1], paper 0; all 0 when no ink
    stands out of the noise.
    """
    grey = np.asarray(grey, dtype=np.float32)
    if grey.size == 0 or float(grey.max() - grey.min()) <= 0.02:
        return np.zeros_like(grey)
    dark_ink = _ink_is_dark(grey)
    shade = paper_shade(grey, dark_ink)
    if dark_ink:
        contrast = (shade - grey) / np.maximum(shade, 0.05)
    else:
        contrast = (grey - shade) / np.maximum(1.0 - shade, 0.05)
    # Smoothing over about a stroke's width quiets the sensor noise far more than the ink.
    contrast = ndimage.gaussian_filter(contrast, max(0.6, max(grey.shape) / 200.0))
    contrast -= np.median(contrast)  # the paper is most of the picture: its contrast is 0
    noise = 1.4826 * float(np.median(np.abs(contrast)))
    top = float(np.percentile(contrast, 99.5))
    if top <= 0.02 or top <= _NOISE_SIGMAS * noise + 0.02:
        top = float(contrast.max())
        if top <= 0.02 or top <= 2 * _NOISE_SIGMAS * noise + 0.02:
            return np.zeros_like(grey)  # nothing stands out of the paper: a blank page
    floor = _NOISE_SIGMAS * noise
    cut = max(otsu(contrast[contrast > floor]) if np.any(contrast > floor) else floor, floor)
    # Hysteresis: fainter ink counts where it touches ink above the threshold, so a stroke
    # stays whole where the pencil was light, and noise far from any stroke goes.
    lower = max(cut - 0.5 * (cut - floor), floor, 0.1 * top)
    faint, _ = ndimage.label(contrast > lower)
    kept = np.unique(faint[contrast > cut])
    # Soft edges: a ramp from the lower threshold to the ink's full strength keeps the
    # anti-aliasing the network knows from MNIST.
    ink = np.clip((contrast - lower) / max(top - lower, 1e-6), 0.0, 1.0)
    ink[~np.isin(faint, kept[kept > 0])] = 0.0
    return drop_specks(ink.astype(np.float32))


def paper_shade(grey, dark_ink):
    """The paper's shade at every pixel, without the ink: (H, W) float32.

    A first guess is a quantile over windows half the picture wide (strokes
    are narrow, so they are outvoted); then the pixels that stand
    out from it as ink are left out and the rest is smoothed again, so that
    bold strokes do not darken the paper under them.
    """
    h, w = grey.shape
    f = max(1, int(np.ceil(max(h, w) / _GRID)))
    coarse = _block_mean(grey, f)
    # Not the median but a quantile toward the paper's side: a bold digit may cover half of
    # a window, yet hardly ever four fifths of it.
    first = ndimage.percentile_filter(coarse, 80 if dark_ink else 20,
                                      size=max(3, max(coarse.shape) // 2), mode="nearest")
    away = (first - coarse) if dark_ink else (coarse - first)
    spread = 1.4826 * float(np.median(np.abs(away - np.median(away)))) + 1e-3
    plain = (away < 2.0 * spread).astype(np.float32)
    sigma = max(coarse.shape) / 6.0
    weight = ndimage.gaussian_filter(plain, sigma, mode="nearest")
    shade = ndimage.gaussian_filter(coarse * plain, sigma, mode="nearest")
    shade = np.where(weight > 0.05, shade / np.maximum(weight, 1e-6), first)
    if f > 1 or shade.shape != grey.shape:
        shade = ndimage.zoom(shade, (h / shade.shape[0], w / shade.shape[1]), order=1,
                             mode="nearest", grid_mode=True)
        shade = _fit(shade, h, w)
    return shade.astype(np.float32)


def _ink_is_dark(grey):
    """Whether the ink is darker than the paper. The paper is most of the picture, so the
    ink is the longer tail away from the median; taken after the light's slow change
    across the sheet is removed, so that a shadow does not look like ink."""
    coarse = _block_mean(grey, max(1, int(np.ceil(max(grey.shape) / _GRID))))
    away = coarse - ndimage.gaussian_filter(coarse, max(coarse.shape) / 4.0, mode="nearest")
    middle = float(np.median(away))
    low, high = np.percentile(away, [0.5, 99.5])
    return middle - low > high - middle


def otsu(values, bins=64):
    """Otsu's threshold of ``values``: the cut that best splits them into two groups."""
    values = np.asarray(values, dtype=np.float64).ravel()
    lo, hi = float(values.min()), float(values.max())
    if hi - lo < 1e-9:
        return lo
    counts, edges = np.histogram(values, bins=bins, range=(lo, hi))
    centres = (edges[:-1] + edges[1:]) / 2
    weight = np.cumsum(counts)
    mass = np.cumsum(counts * centres)
    total, total_mass = weight[-1], mass[-1]
    below, above = weight[:-1], total - weight[:-1]
    ok = (below > 0) & (above > 0)
    between = np.zeros(bins - 1)
    mean_below = mass[:-1][ok] / below[ok]
    mean_above = (total_mass - mass[:-1][ok]) / above[ok]
    between[ok] = below[ok] * above[ok] * (mean_below - mean_above) ** 2
    # Every cut in an empty gap between the groups splits them alike: take the gap's middle.
    best = np.flatnonzero(between >= between.max() * (1 - 1e-9))
    return float((edges[1:][best[0]] + edges[1:][best[-1]]) / 2)


def drop_specks(ink):
    """Ink with the blobs far smaller than the largest (dust, grain, noise) removed."""
    labels, count = ndimage.label(ink > 0)
    if count <= 1:
        return ink
    sizes = ndimage.sum_labels(ink, labels, index=np.arange(1, count + 1))
    keep = np.zeros(count + 1, bool)
    keep[1:] = sizes >= 0.08 * sizes.max()
    return np.where(keep[labels], ink, 0.0).astype(np.float32)


def _block_mean(grey, f):
    if f <= 1:
        return grey
    h, w = grey.shape
    padded = np.pad(grey, ((0, -h % f), (0, -w % f)), mode="edge")
    return padded.reshape(padded.shape[0] // f, f, padded.shape[1] // f, f).mean(axis=(1, 3))


def _fit(a, h, w):
    """``a`` cropped or edge-padded to exactly (h, w): zoom can miss by a pixel."""
    a = a[:h, :w]
    return np.pad(a, ((0, h - a.shape[0]), (0, w - a.shape[1])), mode="edge")

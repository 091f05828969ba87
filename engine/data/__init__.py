"""Digits in and out: file formats, the bundled sets, preprocessing, augmentation,
pen strokes, photos of handwriting and the user's own digits."""

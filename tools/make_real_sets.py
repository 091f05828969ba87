"""Bundle two small sets of real handwriting for evaluation (never for training).

- ``resources/evalsets/sklearn_digits.npz``: scikit-learn's digits
  (``sklearn/datasets/data/digits.csv.gz``), the test half of UCI optdigits:
  1797 digits of 13 writers as 8x8 counts (0..16) of 32x32 bitmaps. Kept
  as the counts and labels. Optdigits is held apart: measure only.
- ``resources/evalsets/pyclustering_digits.npz``: pyclustering's digit
  samples (``pyclustering/samples/images/digits/Digit_<d>_Sample<NN>.png``),
  250 digits drawn by hand, 32x32, kept as uint8 ink bright on black.

Sources and licences: ``resources/evalsets/README.md``. The files are read
from an installed package or from a wheel / folder given on the command line:

    pip download --no-deps scikit-learn pyclustering -d /tmp/wheels
    .venv/bin/python tools/make_real_sets.py --sklearn /tmp/wheels/scikit_learn-*.whl \\
        --pyclustering /tmp/wheels/pyclustering-*.tar.gz
"""
import argparse
import gzip
import io
import re
import tarfile
import zipfile
from pathlib import Path

import numpy as np
from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "evalsets"
SKLEARN_MEMBER = "sklearn/datasets/data/digits.csv.gz"
PYCLUSTERING_PATTERN = re.compile(r"pyclustering/samples/images/digits/Digit_(\d)_Sample(\d+)\.png$")


def members(source, pattern):
    """{name: bytes} of the files under ``source`` (a folder, wheel, zip or tarball) whose
    path matches ``pattern``."""
    source = Path(source)
    found = {}
    if source.is_dir():
        for path in sorted(source.rglob("*")):
            if pattern.search(path.as_posix()):
                found[path.as_posix()] = path.read_bytes()
    elif zipfile.is_zipfile(source):
        with zipfile.ZipFile(source) as z:
            for name in z.namelist():
                if pattern.search(name):
                    found[name] = z.read(name)
    else:
        with tarfile.open(source) as t:
            for info in t.getmembers():
                if info.isfile() and pattern.search(info.name):
                    found[info.name] = t.extractfile(info).read()
    if not found:
        raise SystemExit(f"nothing matching {pattern.pattern} in {source}")
    return found


def installed(package):
    import importlib.util

    spec = importlib.util.find_spec(package)
    return Path(spec.origin).parent.parent if spec and spec.origin else None


def make_sklearn(source):
    blob = next(iter(members(source, re.compile(re.escape(SKLEARN_MEMBER) + "$")).values()))
    table = np.loadtxt(io.BytesIO(gzip.decompress(blob)), delimiter=",", dtype=np.float64)
    counts = table[:, :64].reshape(-1, 8, 8).astype(np.uint8)
    labels = table[:, 64].astype(np.uint8)
    np.savez_compressed(OUT / "sklearn_digits.npz", counts=counts, labels=labels)
    print(f"{len(labels)} sklearn digits -> {OUT / 'sklearn_digits.npz'}")


def make_pyclustering(source):
    files = members(source, PYCLUSTERING_PATTERN)
    images, labels = [], []
    for name in sorted(files, key=lambda n: tuple(map(int, PYCLUSTERING_PATTERN.search(n).groups()))):
        rgba = Image.open(io.BytesIO(files[name])).convert("RGBA")
        white = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        grey = np.asarray(Image.alpha_composite(white, rgba).convert("L"))
        images.append(255 - grey)  # ink bright on black, as the canvas draws
        labels.append(int(PYCLUSTERING_PATTERN.search(name).group(1)))
    np.savez_compressed(OUT / "pyclustering_digits.npz", images=np.stack(images).astype(np.uint8),
                        labels=np.array(labels, np.uint8))
    print(f"{len(labels)} pyclustering digits -> {OUT / 'pyclustering_digits.npz'}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sklearn", help="scikit-learn wheel or folder (default: installed)")
    parser.add_argument("--pyclustering", help="pyclustering sdist, wheel or folder "
                                               "(default: installed)")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    for make, given, package in ((make_sklearn, args.sklearn, "sklearn"),
                                 (make_pyclustering, args.pyclustering, "pyclustering")):
        source = given or installed(package)
        if source is None:
            raise SystemExit(f"{package} is not installed: give --{make.__name__[5:]} PATH")
        make(source)


if __name__ == "__main__":
    main()

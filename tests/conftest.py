import os
import sys
from pathlib import Path

# Before any Qt import: no display here, and Qt aborts without one.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

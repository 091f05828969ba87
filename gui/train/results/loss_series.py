"""The loss curve's data: fixed-size arrays that never hold more than a budget of points."""
import math

import numpy as np

SMOOTH = 0.98  # per batch: the trend line's memory is about 50 batches...
MIN_MEMORY = 20  # ...but never less than 20 points, or big buckets would make it as noisy as the raw
# The trend is an exponential mean corrected for its start, as Adam corrects its moments:
# a mean started at 0 (or at the first, highest loss) would lag behind the falling loss
# of the first batches; dividing by the weight it has gathered makes it the weighted mean
# of the points seen so far, from the first point on.


class LossSeries:
    """Mean loss per bucket of batches, and its exponentially smoothed trend.

    The worker already keeps a run under the budget; this is the GUI's own
    guarantee (a redraw costs the same whatever the run's length): when the
    arrays are full, neighbouring points are merged pairwise, weighted by
    how many batches each stands for, and room for as many again is made.
    """

    def __init__(self, budget):
        self.budget = budget
        self.x = np.empty(budget)
        self.raw = np.empty(budget)
        self.smooth = np.empty(budget)
        self.count = np.empty(budget)
        self.n = 0
        self.batches = 0  # batches the points stand for
        self._trend = math.nan
        self._mean = self._weight = 0.0

    def __len__(self):
        return self.n

    def clear(self):
        self.n = 0
        self.batches = 0
        self._restart()

    def _restart(self):
        self._trend = math.nan
        self._mean = self._weight = 0.0

    def extend(self, xs, losses, counts):
        for x, loss, count in zip(xs, losses, counts):
            if self.n == self.budget:
                self._halve()
            i = self.n
            self.x[i], self.raw[i], self.count[i] = x, loss, count
            self.smooth[i] = self._smoothed(loss, count)
            self.n += 1
            self.batches += count

    def data(self):
        """Copies of (x, raw, smooth): the plot keeps them while these arrays change."""
        n = self.n
        return self.x[:n].copy(), self.raw[:n].copy(), self.smooth[:n].copy()

    def _smoothed(self, loss, count):
        if not math.isfinite(loss):
            return self._trend
        keep = max(SMOOTH ** count, 1 - 1 / MIN_MEMORY)
        self._mean = keep * self._mean + (1 - keep) * loss
        self._weight = keep * self._weight + (1 - keep)
        self._trend = self._mean / self._weight
        return self._trend

    def _halve(self):
        n = self.n - self.n % 2
        x, raw, count = self.x[:n], self.raw[:n], self.count[:n]
        pairs = count.reshape(-1, 2)
        weights = pairs.sum(axis=1)
        finite = np.isfinite(raw).reshape(-1, 2)
        values = np.where(finite, raw.reshape(-1, 2), 0.0)
        used = (pairs * finite).sum(axis=1)
        with np.errstate(invalid="ignore", divide="ignore"):
            merged = (values * pairs).sum(axis=1) / used
        half = n // 2
        self.x[:half] = x.reshape(-1, 2)[:, 1]
        self.raw[:half] = np.where(used > 0, merged, np.nan)
        self.count[:half] = weights
        if self.n % 2:  # an odd last point moves down unchanged
            self.x[half], self.raw[half], self.count[half] = self.x[n], self.raw[n], self.count[n]
            half += 1
        self.n = half
        self._restart()
        for i in range(half):
            self.smooth[i] = self._smoothed(self.raw[i], self.count[i])

"""An epoch axis: ticks at whole epochs only (no "0.5 epoch" tick on a 2-epoch run)."""
import pyqtgraph as pg


class EpochAxis(pg.AxisItem):
    """pyqtgraph's own tick levels (1, 2, 5, 10, 20, 50... apart) without those under 1:
    a run of 3 epochs gets 0 1 2 3, one of 200 gets 0 50 100 150 200."""

    def __init__(self, orientation="bottom", **kwargs):
        super().__init__(orientation, **kwargs)
        self.enableAutoSIPrefix(False)

    def tickSpacing(self, minVal, maxVal, size):
        levels = [(spacing, offset) for spacing, offset in super().tickSpacing(minVal, maxVal, size)
                  if spacing >= 1]
        return levels or [(1.0, 0.0)]


def epoch_plot(name):
    """A PlotWidget with an epoch axis at the bottom and light grid lines; its owner
    gives it its title and axis labels, in the language of the moment."""
    plot = pg.PlotWidget(axisItems={"bottom": EpochAxis()})
    plot.setObjectName(name)
    plot.showGrid(x=True, y=True, alpha=0.2)
    for side in ("left", "bottom"):
        axis = plot.getAxis(side)
        axis.enableAutoSIPrefix(False)
        # Major and minor grid lines only: the finest level doubled the cost of a paint.
        axis.setStyle(maxTickLevel=1)
    return plot


def legend_below(plot, columns=4):
    """A legend in a row under the plot's x axis, never over the curves (it stays
    readable however many epochs the curves span)."""
    item = plot.getPlotItem()
    legend = pg.LegendItem(colCount=columns, labelTextSize="8pt", frame=False)
    item.layout.addItem(legend, 4, 1)  # rows: title, top axis, view, bottom axis, this
    item.legend = legend  # so that plot(name=...) adds its entry here
    return legend

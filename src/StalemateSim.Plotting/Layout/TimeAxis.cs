using System.Globalization;

namespace StalemateSim.Plotting;

/// <summary>
/// A dated x axis. Dates map to a continuous month index (year × 12 + month − 1, plus the
/// fraction of the month), and labelled ticks fall on month boundaries: every 1, 2, 3 or 6
/// months ("Jan 2013") or every 1, 2, 5, 10 … years ("2013"), whichever is the finest step whose
/// labels do not overlap.
/// </summary>
internal static class TimeAxis
{
    private static readonly int[] StepsInMonths = [1, 2, 3, 6, 12, 24, 60, 120, 240, 600, 1200, 2400, 6000, 12000];
    private static readonly string[] MonthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    /// <summary>Space kept between neighbouring tick labels, in pixels.</summary>
    public const double LabelGap = 12;

    /// <summary>Half the width of the widest possible label; the overhang at either end of the axis.</summary>
    public static double MaxLabelOverhang => TextMeasure.Width("May 0000", ChartFrame.TickLabelSize) / 2;

    public static double MonthIndex(DateOnly date) =>
        (date.Year * 12) + (date.Month - 1) + ((date.Day - 1) / (double)DateTime.DaysInMonth(date.Year, date.Month));

    /// <summary>
    /// The month-index range covering <paramref name="dates"/>, widened by a month on each
    /// side when all dates are equal, or null when there are none.
    /// </summary>
    public static (double Min, double Max)? Domain(IEnumerable<DateOnly> dates)
    {
        double? min = null;
        double? max = null;
        foreach (var date in dates)
        {
            var index = MonthIndex(date);
            min = min is null ? index : Math.Min(min.Value, index);
            max = max is null ? index : Math.Max(max.Value, index);
        }

        if (min is null || max is null)
        {
            return null;
        }

        return max.Value - min.Value < 1e-9 ? (min.Value - 1, max.Value + 1) : (min.Value, max.Value);
    }

    /// <summary>Labelled and minor ticks for the domain on an axis <paramref name="plotWidth"/> pixels long.</summary>
    public static IReadOnlyList<TimeTick> Ticks(double min, double max, double plotWidth)
    {
        var pixelsPerMonth = plotWidth / Math.Max(1e-9, max - min);
        var first = (long)Math.Ceiling(min - 1e-9);
        var last = (long)Math.Floor(max + 1e-9);
        foreach (var step in StepsInMonths)
        {
            var labelled = new List<TimeTick>();
            for (var k = first; k <= last; k++)
            {
                if (k % step == 0)
                {
                    labelled.Add(new TimeTick(k, Label(k, step)));
                }
            }

            var widest = TextMeasure.MaxWidth(labelled.Select(t => t.Label!), ChartFrame.TickLabelSize);
            if (labelled.Count > 1 && (step * pixelsPerMonth) < widest + LabelGap)
            {
                continue;
            }

            var minorStep = step >= 24 ? 12 : step is > 1 and < 12 ? 1 : 0;
            var ticks = new List<TimeTick>(labelled);
            if (minorStep > 0)
            {
                for (var k = first; k <= last; k++)
                {
                    if (k % minorStep == 0 && k % step != 0)
                    {
                        ticks.Add(new TimeTick(k, null));
                    }
                }
            }

            return ticks.OrderBy(t => t.MonthIndex).ToArray();
        }

        return [];
    }

    /// <summary>Draws the ticks below the plot, with light vertical grid lines at labelled ticks.</summary>
    public static void Draw(SvgCanvas canvas, PlotArea plot, LinearScale scale, IReadOnlyList<TimeTick> ticks)
    {
        canvas.BeginGroup("x-axis time-axis");
        foreach (var tick in ticks)
        {
            var x = scale.Map(tick.MonthIndex);
            if (tick.Label is not null)
            {
                canvas.Line(x, plot.Top, x, plot.Bottom, AxisPainter.GridColour, 1, "grid");
            }

            AxisPainter.DrawXTick(canvas, plot, x, tick.Label);
        }

        canvas.Line(plot.Left, plot.Bottom, plot.Right, plot.Bottom, AxisPainter.AxisColour, 1, "axis-line");
        canvas.EndGroup();
    }

    private static string Label(long monthIndex, int step)
    {
        var year = Math.Floor(monthIndex / 12.0);
        var month = (int)(monthIndex - (year * 12));
        var yearText = year.ToString("0", CultureInfo.InvariantCulture);
        return step >= 12 ? yearText : MonthNames[month] + " " + yearText;
    }
}

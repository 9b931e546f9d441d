using StalemateSim.Core.Analysis;

namespace StalemateSim.Core.Calibration;

/// <summary>Evaluates a metric window on one run's trajectory. NaN when the metric is unknown or the window lies outside the run.</summary>
public static class WindowValue
{
    public static double Of(Trajectory trajectory, MetricWindow window, int startYear, int startMonth)
    {
        int m = trajectory.IndexOf(window.Metric);
        if (m < 0)
        {
            return double.NaN;
        }

        int from = Math.Max(0, Scenarios.WorldBuilder.TickOf(window.From, startYear, startMonth));
        int to = Math.Min(trajectory.Months - 1, Scenarios.WorldBuilder.TickOf(window.To, startYear, startMonth));
        if (to < from)
        {
            return double.NaN;
        }

        ReadOnlySpan<double> s = trajectory.Series(m)[from..(to + 1)];
        switch (window.Aggregate)
        {
            case "sum":
            case "mean":
                double sum = 0;
                foreach (double v in s)
                {
                    sum += v;
                }

                return window.Aggregate == "sum" ? sum : sum / s.Length;
            case "max":
                double max = double.NegativeInfinity;
                foreach (double v in s)
                {
                    max = Math.Max(max, v);
                }

                return max;
            case "min":
                double min = double.PositiveInfinity;
                foreach (double v in s)
                {
                    min = Math.Min(min, v);
                }

                return min;
            case "first":
                return s[0];
            default:
                return s[^1];
        }
    }
}

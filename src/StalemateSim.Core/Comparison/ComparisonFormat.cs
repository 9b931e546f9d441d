using System.Globalization;

namespace StalemateSim.Core.Comparison;

/// <summary>
/// Numbers for people (console table, markdown): probabilities and population shares as percentages
/// with differences in percentage points, counts and deaths with thousands separators, others to
/// three significant figures. Plain ASCII signs.
/// </summary>
public static class ComparisonFormat
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static bool IsShare(ComparisonMetric metric) => metric.Unit is "probability" or "population share";

    /// <summary>A mean value of the metric.</summary>
    public static string Value(ComparisonMetric metric, double value) =>
        double.IsNaN(value) ? "n/a" : IsShare(metric) ? (100 * value).ToString("F1", Invariant) + "%" : Plain(value);

    /// <summary>A difference, always signed.</summary>
    public static string Difference(ComparisonMetric metric, double value)
    {
        if (double.IsNaN(value))
        {
            return "n/a";
        }

        string text = IsShare(metric) ? Signed(100 * value, "F1") + " pp" : Signed(value);
        return text;
    }

    /// <summary>An interval, e.g. <c>[-120, +35]</c> or <c>[-1.2, +3.4] pp</c>.</summary>
    public static string Interval(ComparisonMetric metric, ConfidenceInterval interval)
    {
        if (!interval.IsDefined)
        {
            return "n/a";
        }

        return IsShare(metric)
            ? $"[{Signed(100 * interval.Low, "F1")}, {Signed(100 * interval.High, "F1")}] pp"
            : $"[{Signed(interval.Low)}, {Signed(interval.High)}]";
    }

    /// <summary>An unsigned magnitude in the metric's units (for sentences).</summary>
    public static string Magnitude(ComparisonMetric metric, double value) =>
        IsShare(metric) ? (100 * Math.Abs(value)).ToString("F1", Invariant) + " percentage points" : Plain(Math.Abs(value));

    /// <summary>Three significant figures, or whole numbers with separators from 1,000.</summary>
    public static string Plain(double value)
    {
        double a = Math.Abs(value);
        string format = a >= 1000 ? "N0" : a >= 100 ? "F0" : a >= 10 ? "F1" : a >= 1 ? "F2" : a == 0 ? "F0" : "G3";
        return value.ToString(format, Invariant);
    }

    private static string Signed(double value, string? format = null)
    {
        string body = format is null ? Plain(Math.Abs(value)) : Math.Abs(value).ToString(format, Invariant);
        bool zero = body.All(c => c is '0' or '.' or ',');
        return (zero ? "" : value < 0 ? "-" : "+") + body;
    }
}

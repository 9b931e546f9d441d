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

        return IsShare(metric) ? Signed(100 * value, "F1") + " pp" : Signed(value, Format(Math.Abs(value)));
    }

    /// <summary>A difference and its interval with the same number of decimals.</summary>
    public static (string Difference, string Interval) Effect(ComparisonMetric metric, double difference, ConfidenceInterval interval)
    {
        if (IsShare(metric) || !interval.IsDefined || double.IsNaN(difference))
        {
            return (Difference(metric, difference), Interval(metric, interval));
        }

        string format = Format(Math.Max(Math.Abs(difference), Math.Max(Math.Abs(interval.Low), Math.Abs(interval.High))));
        return (Signed(difference, format), $"[{Signed(interval.Low, format)}, {Signed(interval.High, format)}]");
    }

    /// <summary>An interval, e.g. <c>[-120, +35]</c> or <c>[-1.2, +3.4] pp</c>.</summary>
    public static string Interval(ComparisonMetric metric, ConfidenceInterval interval)
    {
        if (!interval.IsDefined)
        {
            return "n/a";
        }

        string format = Format(Math.Max(Math.Abs(interval.Low), Math.Abs(interval.High)));
        return IsShare(metric)
            ? $"[{Signed(100 * interval.Low, "F1")}, {Signed(100 * interval.High, "F1")}] pp"
            : $"[{Signed(interval.Low, format)}, {Signed(interval.High, format)}]";
    }

    /// <summary>An unsigned magnitude in the metric's units (for sentences).</summary>
    public static string Magnitude(ComparisonMetric metric, double value) =>
        IsShare(metric) ? (100 * Math.Abs(value)).ToString("F1", Invariant) + " percentage points" : Plain(Math.Abs(value));

    /// <summary>Three significant figures, or whole numbers with separators from 1,000.</summary>
    public static string Plain(double value) => value.ToString(Format(Math.Abs(value)), Invariant);

    /// <summary>The format for numbers of this size: N0 from 1,000, F0 from 100, F1 from 10, F2 from 1, F3 below.</summary>
    private static string Format(double magnitude) =>
        magnitude >= 1000 ? "N0" : magnitude >= 100 ? "F0" : magnitude >= 10 ? "F1" : magnitude >= 1 ? "F2" : magnitude == 0 ? "F0" : "F3";

    private static string Signed(double value, string format)
    {
        string body = Math.Abs(value).ToString(format, Invariant);
        bool zero = body.All(c => c is '0' or '.' or ',');
        return (zero ? "" : value < 0 ? "-" : "+") + body;
    }
}

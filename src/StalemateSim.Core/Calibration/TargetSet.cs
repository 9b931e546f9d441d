namespace StalemateSim.Core.Calibration;

/// <summary>
/// Calibration targets and stylised-fact checks, in the format of <c>seeds/targets.json</c>
/// (documented in seeds/README.md). Any file in that format can be used with
/// <c>stalemate calibrate --targets FILE</c>.
/// </summary>
public sealed record TargetSet(string Path, IReadOnlyList<Target> Targets, IReadOnlyList<Check> Checks);

/// <summary>A window of a metric: its aggregate (sum, mean, max, min, first, last) over months [From, To].</summary>
public sealed record MetricWindow(string Metric, string Aggregate, string From, string To);

/// <summary>A recorded figure: a value (with a relative tolerance) or a range, for a metric window.</summary>
public sealed record Target(
    string Id,
    string Description,
    MetricWindow? Window,
    double? Value,
    double? Low,
    double? High,
    double? Tolerance,
    string Use,
    string Sources)
{
    /// <summary>The accepted interval: the range, or the value ± tolerance (± 0 without one).</summary>
    public (double Low, double High) Accepted()
    {
        if (Value is { } v)
        {
            double tol = Tolerance ?? 0;
            return (v * (1 - tol), v * (1 + tol));
        }

        return (Low ?? double.NegativeInfinity, High ?? double.PositiveInfinity);
    }

    /// <summary>The recorded figure as text: "265 (±35%)", "160–411", "≥ 496".</summary>
    public string RecordedText()
    {
        var c = System.Globalization.CultureInfo.InvariantCulture;
        if (Value is { } v)
        {
            return Tolerance is { } t && t > 0 ? string.Create(c, $"{v:#,0.##} (±{t:P0})") : string.Create(c, $"{v:#,0.##}");
        }

        return (Low, High) switch
        {
            ({ } l, { } h) => string.Create(c, $"{l:#,0.##}–{h:#,0.##}"),
            ({ } l, null) => string.Create(c, $"≥ {l:#,0.##}"),
            (null, { } h) => string.Create(c, $"≤ {h:#,0.##}"),
            _ => "n/s",
        };
    }
}

/// <summary>One comparison of a check: left op (right × scale), or left op value.</summary>
public sealed record CheckComparison(MetricWindow Left, string Op, MetricWindow? Right, double? Value, double Scale);

/// <summary>
/// A stylised fact as a check: in at least MinShare of runs, all its comparisons hold, or at least
/// <see cref="AtLeast"/> of them when that is set ("most of these places").
/// </summary>
public sealed record Check(
    string Id,
    string Description,
    string Fact,
    bool Evaluable,
    IReadOnlyList<CheckComparison> All,
    double? MinShare,
    string Note,
    string Sources)
{
    /// <summary>How many comparisons must hold in a run; null for all of them.</summary>
    public int? AtLeast { get; init; }
}

namespace StalemateSim.Core.Comparison;

/// <summary>One arm's effect on one metric: the means over paired runs, the mean paired difference and its interval.</summary>
/// <param name="Arm">The arm's id.</param>
/// <param name="ArmLabel">The arm's plain-words name.</param>
/// <param name="Metric">The metric.</param>
/// <param name="BaselineMean">Mean over the baseline's runs (measured from the arm's onset).</param>
/// <param name="ArmMean">Mean over the arm's runs.</param>
/// <param name="Difference">Mean of the per-run differences, arm − baseline.</param>
/// <param name="Interval">Confidence interval of the difference.</param>
/// <param name="N">Paired runs.</param>
/// <param name="UnpairedHalfWidth">Half-width the interval would have from independent seeds at the same N (Welch, estimated from each arm's own spread).</param>
/// <param name="RunsChanged">Runs in which the arm's value differs from the baseline's at all.</param>
public sealed record ComparisonRow(
    string Arm,
    string ArmLabel,
    ComparisonMetric Metric,
    double BaselineMean,
    double ArmMean,
    double Difference,
    ConfidenceInterval Interval,
    long N,
    double UnpairedHalfWidth,
    long RunsChanged)
{
    /// <summary>Paired over unpaired half-width: below 1 when pairing narrows the interval.</summary>
    public double PairingRatio => UnpairedHalfWidth > 0 ? Interval.HalfWidth / UnpairedHalfWidth : double.NaN;
}

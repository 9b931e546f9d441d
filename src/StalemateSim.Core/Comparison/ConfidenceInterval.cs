namespace StalemateSim.Core.Comparison;

/// <summary>A two-sided confidence interval; NaN bounds when there is too little data for one.</summary>
public readonly record struct ConfidenceInterval(double Low, double High)
{
    public static readonly ConfidenceInterval None = new(double.NaN, double.NaN);

    public double HalfWidth => (High - Low) / 2;

    public bool IsDefined => double.IsFinite(Low) && double.IsFinite(High);

    /// <summary>True when the interval lies wholly above or wholly below zero.</summary>
    public bool ExcludesZero => IsDefined && (Low > 0 || High < 0);
}

namespace StalemateSim.Plotting;

/// <summary>
/// Equal-width bins over the finite values. <see cref="Edges"/> has one more entry than
/// <see cref="Counts"/>; <see cref="Median"/> is NaN when there are no values.
/// </summary>
internal sealed record HistogramBins(double[] Edges, int[] Counts, int ValueCount, double Median)
{
    public const int MaxAutomaticBins = 200;
    public const int MaxBins = 1000;

    /// <summary>Whole-number values spanning at most this many units get one bin per whole number.</summary>
    public const int MaxUnitBins = 60;

    /// <summary>True when the bins are one per whole number, centred on it (counts such as splinters per run).</summary>
    public bool Discrete { get; init; }

    /// <summary>
    /// Bins the finite values: <paramref name="binCount"/> bins when given, otherwise the
    /// Freedman–Diaconis rule (bin width 2·IQR/n^⅓), or Sturges' rule (⌈log₂ n⌉ + 1) when the
    /// interquartile range is zero. Whole numbers over a short range (counts): one bin per whole
    /// number. All values equal: one bin around them.
    /// </summary>
    public static HistogramBins From(IEnumerable<double> values, int? binCount)
    {
        var sorted = values.Where(double.IsFinite).Order().ToArray();
        if (sorted.Length == 0)
        {
            return new HistogramBins([0, 1], [0], 0, double.NaN);
        }

        var min = sorted[0];
        var max = sorted[^1];
        var median = Quantile(sorted, 0.5);
        if (max - min <= Math.Max(Math.Abs(min), Math.Abs(max)) * 1e-12)
        {
            var (low, high) = TickSet.Padded(min, max);
            return new HistogramBins([low, high], [sorted.Length], sorted.Length, median);
        }

        if (binCount is null && max - min <= MaxUnitBins && sorted.All(v => v == Math.Round(v)))
        {
            return UnitBins(sorted, min, max, median);
        }

        var count = binCount is { } requested
            ? Math.Clamp(requested, 1, MaxBins)
            : Math.Clamp(AutomaticBinCount(sorted), 1, MaxAutomaticBins);
        var width = (max - min) / count;
        var edges = new double[count + 1];
        for (var i = 0; i < count; i++)
        {
            edges[i] = min + (i * width);
        }

        edges[count] = max;
        var counts = new int[count];
        foreach (var value in sorted)
        {
            counts[Math.Clamp((int)((value - min) / width), 0, count - 1)]++;
        }

        return new HistogramBins(edges, counts, sorted.Length, median);
    }

    /// <summary>
    /// One bin per whole number from <paramref name="min"/> to <paramref name="max"/>, each from
    /// k − ½ to k + ½, so that a count's bar sits over its tick rather than straddling two.
    /// </summary>
    private static HistogramBins UnitBins(double[] sorted, double min, double max, double median)
    {
        var count = (int)(max - min) + 1;
        var edges = new double[count + 1];
        for (var i = 0; i <= count; i++)
        {
            edges[i] = min - 0.5 + i;
        }

        var counts = new int[count];
        foreach (var value in sorted)
        {
            counts[(int)(value - min)]++;
        }

        return new HistogramBins(edges, counts, sorted.Length, median) { Discrete = true };
    }

    /// <summary>Freedman–Diaconis, falling back to Sturges when the IQR is zero.</summary>
    public static int AutomaticBinCount(IReadOnlyList<double> sorted)
    {
        var n = sorted.Count;
        var iqr = Quantile(sorted, 0.75) - Quantile(sorted, 0.25);
        var range = sorted[^1] - sorted[0];
        if (iqr > 0 && range > 0)
        {
            var width = 2 * iqr / Math.Cbrt(n);
            return (int)Math.Ceiling(range / width);
        }

        return (int)Math.Ceiling(Math.Log2(n)) + 1;
    }

    /// <summary>Quantile of sorted values by linear interpolation between order statistics (R type 7).</summary>
    public static double Quantile(IReadOnlyList<double> sorted, double p)
    {
        var position = p * (sorted.Count - 1);
        var below = (int)Math.Floor(position);
        var above = Math.Min(below + 1, sorted.Count - 1);
        return sorted[below] + ((position - below) * (sorted[above] - sorted[below]));
    }
}

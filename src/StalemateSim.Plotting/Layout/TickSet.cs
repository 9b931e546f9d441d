namespace StalemateSim.Plotting;

/// <summary>Tick positions on a numeric axis with a "nice" step of 1, 2 or 5 × 10^k.</summary>
internal sealed record TickSet(double Min, double Max, double Step, IReadOnlyList<double> Values, int Decimals)
{
    /// <summary>The tick values formatted for display.</summary>
    public IReadOnlyList<string> Labels => Values.Select(v => NumberText.Label(v, Decimals)).ToArray();

    /// <summary>
    /// Ticks spanning [<paramref name="min"/>, <paramref name="max"/>], extended outwards to
    /// multiples of the step, with roughly <paramref name="targetCount"/> intervals.
    /// </summary>
    public static TickSet Covering(double min, double max, int targetCount, double minStep = 0)
    {
        (min, max) = Padded(min, max);
        var step = Math.Max(minStep, NiceStep((max - min) / Math.Max(1, targetCount)));
        var decimals = DecimalsFor(step);
        var first = Math.Floor((min / step) + 1e-9);
        var last = Math.Ceiling((max / step) - 1e-9);
        var values = new List<double>();
        for (var k = first; k <= last; k++)
        {
            values.Add(Math.Round(k * step, Math.Min(15, decimals + 2)));
        }

        return new TickSet(values[0], values[^1], step, values, decimals);
    }

    /// <summary>Ticks at nice steps inside a fixed range (the range itself is kept).</summary>
    public static TickSet Within(double min, double max, int targetCount)
    {
        var step = NiceStep((max - min) / Math.Max(1, targetCount));
        var decimals = DecimalsFor(step);
        var first = Math.Ceiling((min / step) - 1e-9);
        var last = Math.Floor((max / step) + 1e-9);
        var values = new List<double>();
        for (var k = first; k <= last; k++)
        {
            values.Add(Math.Round(k * step, Math.Min(15, decimals + 2)));
        }

        return new TickSet(min, max, step, values, decimals);
    }

    /// <summary>A range widened when it is empty, so that a constant series still gets an axis.</summary>
    public static (double Min, double Max) Padded(double min, double max)
    {
        if (!double.IsFinite(min) || !double.IsFinite(max))
        {
            return (0, 1);
        }

        if (max < min)
        {
            (min, max) = (max, min);
        }

        if (max - min > Math.Max(Math.Abs(min), Math.Abs(max)) * 1e-9)
        {
            return (min, max);
        }

        if (min == 0)
        {
            return (0, 1);
        }

        var half = Math.Abs(min) * 0.1;
        return (min - half, max + half);
    }

    /// <summary>The step of 1, 2, 5 or 10 × 10^k nearest to <paramref name="rough"/> (on a log scale, roughly).</summary>
    public static double NiceStep(double rough)
    {
        if (!(rough > 0) || !double.IsFinite(rough))
        {
            return 1;
        }

        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var residual = rough / magnitude;
        double nice = residual < 1.5 ? 1 : residual < 3 ? 2 : residual < 7 ? 5 : 10;
        return nice * magnitude;
    }

    /// <summary>Decimals needed to print multiples of <paramref name="step"/> exactly.</summary>
    public static int DecimalsFor(double step) =>
        Math.Clamp((int)Math.Ceiling(-Math.Log10(step) - 1e-9), 0, 10);

    /// <summary>A tick count that gives roughly one tick per <paramref name="pixelsPerTick"/> pixels.</summary>
    public static int TargetCount(double lengthPixels, double pixelsPerTick) =>
        Math.Clamp((int)Math.Round(lengthPixels / pixelsPerTick), 2, 10);
}

using System.Globalization;

namespace StalemateSim.Plotting;

/// <summary>Culture-independent number formatting for SVG attributes and tick labels.</summary>
internal static class NumberText
{
    /// <summary>A coordinate or length with two fixed decimals, e.g. "12.50"; never "-0.00".</summary>
    public static string Coordinate(double value)
    {
        var rounded = Math.Round(value, 2, MidpointRounding.AwayFromZero);
        if (rounded == 0)
        {
            rounded = 0; // turns -0 into 0
        }

        return rounded.ToString("F2", CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// A tick or value label with thousands separators and a fixed number of decimals,
    /// e.g. "12,500" or "0.25".
    /// </summary>
    public static string Label(double value, int decimals)
    {
        var rounded = Math.Round(value, Math.Clamp(decimals, 0, 15), MidpointRounding.AwayFromZero);
        if (rounded == 0)
        {
            rounded = 0;
        }

        return rounded.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }

    /// <summary>An integer with thousands separators, e.g. "1,000".</summary>
    public static string Count(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}

namespace StalemateSim.Plotting;

/// <summary>
/// The Okabe–Ito colour-blind-safe palette in a fixed order. The order puts the colours with
/// the most contrast on a white background first; yellow and black come last.
/// </summary>
public static class Palette
{
    /// <summary>Okabe–Ito colours as lower-case hex strings, in the order charts use them.</summary>
    public static IReadOnlyList<string> Colours { get; } =
    [
        "#0072b2", // blue
        "#e69f00", // orange
        "#009e73", // bluish green
        "#d55e00", // vermillion
        "#cc79a7", // reddish purple
        "#56b4e9", // sky blue
        "#f0e442", // yellow
        "#000000", // black
    ];

    /// <summary>A neutral grey for reference lines, markers and "none" categories.</summary>
    public const string Neutral = "#7f7f7f";

    /// <summary>Dark grey used for axes and annotation text.</summary>
    public const string Ink = "#222222";

    /// <summary>The colour for the item at <paramref name="index"/>, wrapping around the palette.</summary>
    public static string At(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        return Colours[index % Colours.Count];
    }
}

namespace StalemateSim.Plotting;

/// <summary>How a legend entry's sample is drawn.</summary>
internal enum LegendSwatch
{
    /// <summary>A filled rectangle (bars, areas).</summary>
    Fill,

    /// <summary>A solid line.</summary>
    Line,

    /// <summary>A dashed line.</summary>
    DashedLine,

    /// <summary>A wide, pale line (network blocs).</summary>
    WideLine,

    /// <summary>A light band with a line through it (fan chart series).</summary>
    BandWithLine,

    /// <summary>A filled circle (points, network nodes).</summary>
    Circle,

    /// <summary>A vertical interval with caps (whiskers).</summary>
    Whisker,

    /// <summary>A horizontal interval with caps and a point (forest plot rows).</summary>
    IntervalWithPoint,
}

/// <summary>One legend row: a sample drawn in <paramref name="Colour"/> and a label.</summary>
internal sealed record LegendEntry(string Label, LegendSwatch Swatch, string Colour, double Opacity = 1);

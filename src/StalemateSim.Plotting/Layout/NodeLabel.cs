namespace StalemateSim.Plotting;

/// <summary>A placed node label in a network chart, with its estimated box.</summary>
internal sealed record NodeLabel(string Text, double X, double Baseline, TextAnchor Anchor, double FontSize)
{
    public double Width => TextMeasure.Width(Text, FontSize);

    public double Left => Anchor switch
    {
        TextAnchor.Middle => X - (Width / 2),
        TextAnchor.End => X - Width,
        _ => X,
    };

    public double Right => Left + Width;

    public double Top => Baseline - (TextMeasure.Ascent * FontSize);

    public double Bottom => Baseline + (TextMeasure.Descent * FontSize);

    public bool Overlaps(NodeLabel other) =>
        Left < other.Right && other.Left < Right && Top < other.Bottom && other.Top < Bottom;

    public bool IsInside(PlotArea area) =>
        Left >= area.Left && Right <= area.Right && Top >= area.Top && Bottom <= area.Bottom;
}

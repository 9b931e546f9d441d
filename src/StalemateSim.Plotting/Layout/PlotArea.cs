namespace StalemateSim.Plotting;

/// <summary>The rectangle in which data are drawn, in pixels.</summary>
internal readonly record struct PlotArea(double Left, double Top, double Width, double Height)
{
    public double Right => Left + Width;

    public double Bottom => Top + Height;

    public double CentreX => Left + (Width / 2);

    public double CentreY => Top + (Height / 2);
}

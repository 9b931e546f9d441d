namespace StalemateSim.Plotting;

/// <summary>Maps a numeric domain linearly onto a pixel range (which may run backwards).</summary>
internal readonly record struct LinearScale(double DomainMin, double DomainMax, double RangeStart, double RangeEnd)
{
    public double Map(double value)
    {
        var span = DomainMax - DomainMin;
        var t = span == 0 ? 0.5 : (value - DomainMin) / span;
        return RangeStart + (t * (RangeEnd - RangeStart));
    }
}

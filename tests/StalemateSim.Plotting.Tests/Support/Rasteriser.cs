namespace StalemateSim.Plotting.Tests.Support;

/// <summary>Skips a test (as inconclusive, with the reason) when librsvg or cairo cannot be loaded.</summary>
internal static class Rasteriser
{
    public static void AssumeAvailable()
    {
        var rasteriser = NativeRasteriser.TryLoad(NativeLibraryNames.Default, out var problem);
        Assume.That(rasteriser, Is.Not.Null, "Skipping PNG test: " + problem);
    }
}

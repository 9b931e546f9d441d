namespace StalemateSim.Plotting;

/// <summary>File names of the shared libraries the PNG rasteriser loads.</summary>
internal sealed record NativeLibraryNames(string Rsvg, string Cairo, string GObject, string GLib)
{
    /// <summary>The Linux sonames (librsvg ≥ 2.46, cairo, GLib).</summary>
    public static NativeLibraryNames Default { get; } =
        new("librsvg-2.so.2", "libcairo.so.2", "libgobject-2.0.so.0", "libglib-2.0.so.0");
}

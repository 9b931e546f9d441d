using System.Globalization;
using System.Text;
using System.Xml;

namespace StalemateSim.Plotting;

/// <summary>
/// Rasterises SVG documents to PNG in-process through the system's librsvg and cairo. Never
/// throws: when the libraries are missing or the SVG cannot be rendered, it reports why and
/// leaves the caller to keep the SVG.
/// </summary>
public static class SvgPng
{
    private static readonly Lock LoadLock = new();
    private static NativeRasteriser? cached;
    private static string? cachedProblem;
    private static bool loaded;

    /// <summary>
    /// Renders <paramref name="svg"/> at the size given by its root width and height attributes and
    /// writes it to <paramref name="pngPath"/> (through a temporary file in the same folder, then a
    /// rename, so readers never see a half-written file).
    /// </summary>
    /// <param name="svg">The SVG document.</param>
    /// <param name="pngPath">Where to write the PNG; the folder must exist.</param>
    /// <param name="problem">Null on success; otherwise a one-line reason.</param>
    /// <returns>True when the PNG was written.</returns>
    public static bool TryRender(string svg, string pngPath, out string? problem)
    {
        NativeRasteriser? rasteriser;
        lock (LoadLock)
        {
            if (!loaded)
            {
                cached = NativeRasteriser.TryLoad(NativeLibraryNames.Default, out cachedProblem);
                loaded = true;
            }

            rasteriser = cached;
            problem = cachedProblem;
        }

        return rasteriser is not null && TryRender(rasteriser, svg, pngPath, out problem);
    }

    /// <summary>As <see cref="TryRender(string, string, out string?)"/> but loading the given libraries (for tests).</summary>
    internal static bool TryRender(string svg, string pngPath, NativeLibraryNames libraries, out string? problem)
    {
        var rasteriser = NativeRasteriser.TryLoad(libraries, out problem);
        return rasteriser is not null && TryRender(rasteriser, svg, pngPath, out problem);
    }

    private static bool TryRender(NativeRasteriser rasteriser, string svg, string pngPath, out string? problem)
    {
        if (string.IsNullOrWhiteSpace(pngPath))
        {
            problem = "No PNG path given.";
            return false;
        }

        if (!TryReadSize(svg, out var width, out var height, out problem))
        {
            return false;
        }

        string? temporary = null;
        try
        {
            var fullPath = Path.GetFullPath(pngPath);
            var folder = Path.GetDirectoryName(fullPath) ?? ".";
            if (!Directory.Exists(folder))
            {
                problem = $"Folder '{folder}' does not exist.";
                return false;
            }

            temporary = Path.Combine(folder, "." + Path.GetFileName(fullPath) + "." + Path.GetRandomFileName() + ".tmp");
            problem = rasteriser.Render(Encoding.UTF8.GetBytes(svg), width, height, temporary);
            if (problem is not null)
            {
                return false;
            }

            File.Move(temporary, fullPath, overwrite: true);
            temporary = null;
            return true;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException or BadImageFormatException)
        {
            problem = "PNG rendering unavailable: " + e.Message.ReplaceLineEndings(" ");
            return false;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            problem = $"Could not write '{pngPath}': {e.Message.ReplaceLineEndings(" ")}";
            return false;
        }
        finally
        {
            if (temporary is not null)
            {
                TryDelete(temporary);
            }
        }
    }

    /// <summary>Reads the pixel size from the root element's width and height attributes.</summary>
    private static bool TryReadSize(string svg, out int width, out int height, out string? problem)
    {
        width = height = 0;
        problem = null;
        try
        {
            using var reader = XmlReader.Create(new StringReader(svg), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
            reader.MoveToContent();
            if (reader.LocalName != "svg")
            {
                problem = $"Not an SVG document: the root element is <{reader.LocalName}>.";
                return false;
            }

            if (!TryParsePixels(reader.GetAttribute("width"), out width) || !TryParsePixels(reader.GetAttribute("height"), out height))
            {
                problem = "The SVG root needs numeric width and height attributes (pixels).";
                return false;
            }

            while (reader.Read())
            {
                // Read to the end so malformed documents are reported here rather than by librsvg.
            }

            return true;
        }
        catch (XmlException e)
        {
            problem = "The SVG is not well-formed XML: " + e.Message.ReplaceLineEndings(" ");
            return false;
        }
    }

    private static bool TryParsePixels(string? text, out int pixels)
    {
        pixels = 0;
        if (text is null)
        {
            return false;
        }

        text = text.Trim();
        if (text.EndsWith("px", StringComparison.Ordinal))
        {
            text = text[..^2];
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            || !double.IsFinite(value) || value < 1 || value > 20000)
        {
            return false;
        }

        pixels = (int)Math.Ceiling(value);
        return true;
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Best effort: a stray temporary file is not worth failing over.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }
}

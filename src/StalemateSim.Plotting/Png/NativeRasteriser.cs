using System.Runtime.InteropServices;

namespace StalemateSim.Plotting;

/// <summary>
/// Renders SVG to PNG through librsvg and cairo, resolved at run time with
/// <see cref="NativeLibrary"/> so that a missing library is a reported problem, not a crash.
/// </summary>
internal sealed unsafe class NativeRasteriser
{
    private const int CairoFormatArgb32 = 0;
    private const int CairoStatusSuccess = 0;

    private readonly delegate* unmanaged[Cdecl]<byte*, nuint, nint*, nint> rsvgHandleNewFromData;
    private readonly delegate* unmanaged[Cdecl]<nint, nint, RsvgRectangle*, nint*, int> rsvgHandleRenderDocument;
    private readonly delegate* unmanaged[Cdecl]<int, int, int, nint> cairoImageSurfaceCreate;
    private readonly delegate* unmanaged[Cdecl]<nint, int> cairoSurfaceStatus;
    private readonly delegate* unmanaged[Cdecl]<nint, nint> cairoCreate;
    private readonly delegate* unmanaged[Cdecl]<nint, double, double, double, void> cairoSetSourceRgb;
    private readonly delegate* unmanaged[Cdecl]<nint, void> cairoPaint;
    private readonly delegate* unmanaged[Cdecl]<nint, byte*, int> cairoSurfaceWriteToPng;
    private readonly delegate* unmanaged[Cdecl]<nint, void> cairoDestroy;
    private readonly delegate* unmanaged[Cdecl]<nint, void> cairoSurfaceDestroy;
    private readonly delegate* unmanaged[Cdecl]<nint, void> gObjectUnref;
    private readonly delegate* unmanaged[Cdecl]<nint, void> gErrorFree;

    private NativeRasteriser(nint rsvg, nint cairo, nint gobject, nint glib)
    {
        rsvgHandleNewFromData = (delegate* unmanaged[Cdecl]<byte*, nuint, nint*, nint>)NativeLibrary.GetExport(rsvg, "rsvg_handle_new_from_data");
        rsvgHandleRenderDocument = (delegate* unmanaged[Cdecl]<nint, nint, RsvgRectangle*, nint*, int>)NativeLibrary.GetExport(rsvg, "rsvg_handle_render_document");
        cairoImageSurfaceCreate = (delegate* unmanaged[Cdecl]<int, int, int, nint>)NativeLibrary.GetExport(cairo, "cairo_image_surface_create");
        cairoSurfaceStatus = (delegate* unmanaged[Cdecl]<nint, int>)NativeLibrary.GetExport(cairo, "cairo_surface_status");
        cairoCreate = (delegate* unmanaged[Cdecl]<nint, nint>)NativeLibrary.GetExport(cairo, "cairo_create");
        cairoSetSourceRgb = (delegate* unmanaged[Cdecl]<nint, double, double, double, void>)NativeLibrary.GetExport(cairo, "cairo_set_source_rgb");
        cairoPaint = (delegate* unmanaged[Cdecl]<nint, void>)NativeLibrary.GetExport(cairo, "cairo_paint");
        cairoSurfaceWriteToPng = (delegate* unmanaged[Cdecl]<nint, byte*, int>)NativeLibrary.GetExport(cairo, "cairo_surface_write_to_png");
        cairoDestroy = (delegate* unmanaged[Cdecl]<nint, void>)NativeLibrary.GetExport(cairo, "cairo_destroy");
        cairoSurfaceDestroy = (delegate* unmanaged[Cdecl]<nint, void>)NativeLibrary.GetExport(cairo, "cairo_surface_destroy");
        gObjectUnref = (delegate* unmanaged[Cdecl]<nint, void>)NativeLibrary.GetExport(gobject, "g_object_unref");
        gErrorFree = (delegate* unmanaged[Cdecl]<nint, void>)NativeLibrary.GetExport(glib, "g_error_free");
    }

    /// <summary>
    /// Loads the libraries and resolves every function, or explains in one line why not.
    /// </summary>
    public static NativeRasteriser? TryLoad(NativeLibraryNames names, out string? problem)
    {
        problem = null;
        var handles = new nint[4];
        string[] files = [names.Rsvg, names.Cairo, names.GObject, names.GLib];
        for (var i = 0; i < files.Length; i++)
        {
            if (!NativeLibrary.TryLoad(files[i], out handles[i]))
            {
                problem = $"PNG rendering unavailable: cannot load native library '{files[i]}' (librsvg ≥ 2.46 and cairo are needed).";
                return null;
            }
        }

        try
        {
            return new NativeRasteriser(handles[0], handles[1], handles[2], handles[3]);
        }
        catch (EntryPointNotFoundException e)
        {
            problem = $"PNG rendering unavailable: a native function is missing ({e.Message}); librsvg ≥ 2.46 is needed.";
            return null;
        }
    }

    /// <summary>
    /// Renders <paramref name="svgUtf8"/> at <paramref name="width"/> × <paramref name="height"/>
    /// on white and writes a PNG to <paramref name="path"/>; returns null or the problem.
    /// </summary>
    public string? Render(byte[] svgUtf8, int width, int height, string path)
    {
        nint handle = 0;
        nint surface = 0;
        nint cr = 0;
        var pathUtf8 = Marshal.StringToCoTaskMemUTF8(path);
        try
        {
            nint error = 0;
            fixed (byte* data = svgUtf8)
            {
                handle = rsvgHandleNewFromData(data, (nuint)svgUtf8.Length, &error);
            }

            if (handle == 0)
            {
                return "librsvg could not read the SVG: " + TakeErrorMessage(error);
            }

            surface = cairoImageSurfaceCreate(CairoFormatArgb32, width, height);
            if (cairoSurfaceStatus(surface) != CairoStatusSuccess)
            {
                return $"cairo could not create a {width}×{height} image surface.";
            }

            cr = cairoCreate(surface);
            cairoSetSourceRgb(cr, 1, 1, 1);
            cairoPaint(cr);
            var viewport = new RsvgRectangle(0, 0, width, height);
            if (rsvgHandleRenderDocument(handle, cr, &viewport, &error) == 0)
            {
                return "librsvg could not render the SVG: " + TakeErrorMessage(error);
            }

            var status = cairoSurfaceWriteToPng(surface, (byte*)pathUtf8);
            return status == CairoStatusSuccess ? null : $"cairo could not write the PNG file (cairo status {status}).";
        }
        finally
        {
            if (cr != 0)
            {
                cairoDestroy(cr);
            }

            if (surface != 0)
            {
                cairoSurfaceDestroy(surface);
            }

            if (handle != 0)
            {
                gObjectUnref(handle);
            }

            Marshal.FreeCoTaskMem(pathUtf8);
        }
    }

    /// <summary>Reads the message of a GError (domain, code, message) and frees it.</summary>
    private string TakeErrorMessage(nint error)
    {
        if (error == 0)
        {
            return "no details given.";
        }

        var message = Marshal.PtrToStringUTF8(Marshal.ReadIntPtr(error, 8)) ?? "no details given.";
        gErrorFree(error);
        return message.ReplaceLineEndings(" ").Trim();
    }

    [StructLayout(LayoutKind.Sequential)]
    private readonly record struct RsvgRectangle(double X, double Y, double Width, double Height);
}

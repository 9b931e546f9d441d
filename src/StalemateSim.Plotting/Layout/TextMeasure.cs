namespace StalemateSim.Plotting;

/// <summary>
/// Estimates text extents without a font engine, from the advance widths of DejaVu Sans
/// (the first font in the charts' font-family list; the fallbacks Arial and Liberation Sans
/// are narrower, so the estimate errs on the wide side).
/// </summary>
internal static class TextMeasure
{
    /// <summary>Font ascent as a fraction of the font size (DejaVu Sans hhea ascender 1901/2048).</summary>
    public const double Ascent = 0.93;

    /// <summary>Font descent as a fraction of the font size (DejaVu Sans hhea descender 483/2048).</summary>
    public const double Descent = 0.24;

    /// <summary>Vertical space reserved for one line of text, as a multiple of the font size.</summary>
    public const double LineSpacing = 1.25;

    private const double UnitsPerEm = 2048;
    private const int FirstAscii = 32;

    // Advance widths of ASCII 32..126 in font units (2048 per em), read from DejaVuSans.ttf.
    private static readonly short[] RegularWidths =
    [
        651, 821, 942, 1716, 1303, 1946, 1597, 563, 799, 799, 1024, 1716, 651, 739, 651, 690,
        1303, 1303, 1303, 1303, 1303, 1303, 1303, 1303, 1303, 1303, 690, 690, 1716, 1716, 1716, 1087,
        2048, 1401, 1405, 1430, 1577, 1294, 1178, 1587, 1540, 604, 604, 1343, 1141, 1767, 1532, 1612,
        1235, 1612, 1423, 1300, 1251, 1499, 1401, 2025, 1403, 1251, 1403, 799, 690, 799, 1716, 1024,
        1024, 1255, 1300, 1126, 1300, 1260, 721, 1300, 1298, 569, 569, 1186, 569, 1995, 1298, 1253,
        1300, 1300, 842, 1067, 803, 1298, 1212, 1675, 1212, 1212, 1075, 1303, 690, 1303, 1716,
    ];

    // Advance widths of ASCII 32..126 in font units (2048 per em), read from DejaVuSans-Bold.ttf.
    private static readonly short[] BoldWidths =
    [
        713, 934, 1067, 1716, 1425, 2052, 1786, 627, 936, 936, 1071, 1716, 778, 850, 778, 748,
        1425, 1425, 1425, 1425, 1425, 1425, 1425, 1425, 1425, 1425, 819, 819, 1716, 1716, 1716, 1188,
        2048, 1585, 1561, 1503, 1700, 1399, 1399, 1681, 1714, 762, 762, 1587, 1305, 2038, 1714, 1741,
        1501, 1741, 1577, 1475, 1397, 1663, 1585, 2259, 1579, 1483, 1485, 936, 748, 936, 1716, 1024,
        1024, 1382, 1466, 1214, 1466, 1389, 891, 1466, 1458, 702, 702, 1362, 702, 2134, 1458, 1407,
        1466, 1466, 1010, 1219, 979, 1458, 1335, 1892, 1321, 1335, 1192, 1458, 748, 1458, 1716,
    ];

    // Characters outside ASCII: a width a little above the average lower-case letter.
    private const short OtherRegular = 1350;
    private const short OtherBold = 1480;

    /// <summary>Estimated advance width of <paramref name="text"/> in pixels.</summary>
    public static double Width(string text, double fontSize, bool bold = false)
    {
        var table = bold ? BoldWidths : RegularWidths;
        var other = bold ? OtherBold : OtherRegular;
        double units = 0;
        foreach (var c in text)
        {
            var index = c - FirstAscii;
            if (char.IsLowSurrogate(c))
            {
                continue; // counted with its high surrogate
            }

            units += index >= 0 && index < table.Length ? table[index] : other;
        }

        return units / UnitsPerEm * fontSize;
    }

    /// <summary>Width of the widest of <paramref name="texts"/>, or 0 when there are none.</summary>
    public static double MaxWidth(IEnumerable<string> texts, double fontSize, bool bold = false)
    {
        double widest = 0;
        foreach (var text in texts)
        {
            widest = Math.Max(widest, Width(text, fontSize, bold));
        }

        return widest;
    }

    /// <summary>Height of one line of text including spacing.</summary>
    public static double LineHeight(double fontSize) => LineSpacing * fontSize;

    /// <summary>
    /// The largest font size not above <paramref name="preferredSize"/> at which
    /// <paramref name="text"/> fits into <paramref name="maxWidth"/> pixels.
    /// </summary>
    public static double FitFontSize(string text, double preferredSize, double maxWidth, bool bold = false)
    {
        var widthAtOnePixel = Width(text, 1, bold);
        if (widthAtOnePixel <= 0 || widthAtOnePixel * preferredSize <= maxWidth)
        {
            return preferredSize;
        }

        return Math.Max(1, Math.Floor(maxWidth / widthAtOnePixel * 10) / 10);
    }

    /// <summary>
    /// <paramref name="text"/> shortened with an ellipsis so that it fits into
    /// <paramref name="maxWidth"/> pixels; unchanged when it already fits.
    /// </summary>
    public static string Truncate(string text, double fontSize, double maxWidth, bool bold = false)
    {
        if (Width(text, fontSize, bold) <= maxWidth)
        {
            return text;
        }

        const string Ellipsis = "\u2026";
        var length = text.Length;
        while (length > 0)
        {
            length--;
            if (length > 0 && char.IsHighSurrogate(text[length - 1]))
            {
                length--;
            }

            var candidate = string.Concat(text.AsSpan(0, length).TrimEnd(), Ellipsis);
            if (Width(candidate, fontSize, bold) <= maxWidth)
            {
                return candidate;
            }
        }

        return Ellipsis;
    }
}

using System.Globalization;

namespace StalemateSim.Core.Output;

/// <summary>Formatting for CSV cells that pandas and R read back exactly: invariant culture, shortest round-trip numbers, empty for missing.</summary>
public static class CsvText
{
    public static string Number(double value) =>
        double.IsNaN(value) || double.IsInfinity(value) ? "" : value.ToString("R", CultureInfo.InvariantCulture);

    public static string Integer(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Quotes a cell if it holds a comma, quote or line break.</summary>
    public static string Cell(string text) =>
        text.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;

    public static string Month(DateOnly date) => date.ToString("yyyy-MM", CultureInfo.InvariantCulture);
}

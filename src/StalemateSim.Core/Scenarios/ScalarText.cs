using System.Globalization;

namespace StalemateSim.Core.Scenarios;

/// <summary>Parsing and showing configuration values, which are strings until bound (invariant culture).</summary>
internal static class ScalarText
{
    public static bool TryNumber(string text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);

    public static bool TryInteger(string text, out int value) =>
        int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);

    public static bool TryIndex(string text, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);

    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>A value quoted for a message; "" also stands for an empty array.</summary>
    public static string Show(string? value) => value switch
    {
        null => "null or an empty object",
        "" => "an empty string or array",
        _ => "'" + value + "'",
    };

    /// <summary>The months since year 0 of a valid yyyy-MM month.</summary>
    public static int MonthIndex(string month) =>
        (int.Parse(month.AsSpan(0, 4), CultureInfo.InvariantCulture) * 12) + int.Parse(month.AsSpan(5, 2), CultureInfo.InvariantCulture) - 1;

    public static string MonthText(int index) =>
        FormattableString.Invariant($"{index / 12:D4}-{(index % 12) + 1:D2}");
}

using System.Globalization;

namespace StalemateSim.Core.Reference.Epstein;

/// <summary>
/// From step <paramref name="Step"/> on (inclusive, steps count from 1), the regime's legitimacy
/// is <paramref name="Legitimacy"/>, until a later change.
/// </summary>
public readonly record struct LegitimacyChange(long Step, double Legitimacy)
{
    /// <summary>
    /// Parses <c>STEP:VALUE</c>, e.g. <c>200:0.6</c> (invariant culture). Returns false with a
    /// reason when the text is malformed, the step is below 1 or the value is outside [0, 1].
    /// </summary>
    public static bool TryParse(string text, out LegitimacyChange change, out string? problem)
    {
        change = default;
        int colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon == text.Length - 1)
        {
            problem = $"'{text}' is not STEP:VALUE (e.g. 200:0.6)";
            return false;
        }

        if (!long.TryParse(text.AsSpan(0, colon), NumberStyles.Integer, CultureInfo.InvariantCulture, out long step) || step < 1)
        {
            problem = $"'{text}': the step must be a whole number of at least 1";
            return false;
        }

        if (!double.TryParse(text.AsSpan(colon + 1), NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || !(value >= 0 && value <= 1))
        {
            problem = $"'{text}': the legitimacy must be a number from 0 to 1";
            return false;
        }

        change = new LegitimacyChange(step, value);
        problem = null;
        return true;
    }
}

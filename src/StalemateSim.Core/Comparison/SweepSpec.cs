using System.Globalization;

namespace StalemateSim.Core.Comparison;

/// <summary>
/// A sensitivity sweep of one scenario parameter: <c>KEY=LOW:HIGH:STEPS</c>, STEPS evenly spaced
/// values from LOW to HIGH inclusive, each applied as <c>--set KEY=value</c> to the baseline and the arm.
/// </summary>
public sealed record SweepSpec(string Key, double Low, double High, int Steps)
{
    public const int MaxSteps = 200;

    /// <summary>
    /// The swept values, LOW first, spaced in decimal arithmetic where the bounds allow it so that
    /// 0.1:0.5:5 gives 0.1, 0.2, 0.3, 0.4, 0.5 rather than 0.30000000000000004.
    /// </summary>
    public IReadOnlyList<double> Values =>
        [.. Enumerable.Range(0, Steps).Select(i => i == 0 ? Low : i == Steps - 1 ? High : Step(i))];

    private double Step(int i)
    {
        if (Math.Abs(Low) < 1e15 && Math.Abs(High) < 1e15)
        {
            decimal low = (decimal)Low, high = (decimal)High;
            return (double)(low + ((high - low) * i / (Steps - 1)));
        }

        return Low + ((High - Low) * i / (Steps - 1));
    }

    /// <summary>The <c>--set</c> override for one value.</summary>
    public string SetFor(double value) => Key + "=" + value.ToString("R", CultureInfo.InvariantCulture);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Key}={Low:R}:{High:R}:{Steps}");

    /// <summary>Parses <c>KEY=LOW:HIGH:STEPS</c>; on failure says what was expected.</summary>
    public static bool TryParse(string? text, out SweepSpec? sweep, out string? problem)
    {
        sweep = null;
        problem = null;
        const string Expected = "expected KEY=LOW:HIGH:STEPS, e.g. rules.upkeep.desertionRate=0.1:0.5:5";
        int equals = (text ?? "").IndexOf('=', StringComparison.Ordinal);
        if (text is null || equals <= 0)
        {
            problem = $"'{text}': {Expected}";
            return false;
        }

        string key = text[..equals].Trim();
        string[] parts = text[(equals + 1)..].Split(':');
        if (parts.Length != 3
            || !double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out double low)
            || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out double high)
            || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out int steps)
            || !double.IsFinite(low) || !double.IsFinite(high))
        {
            problem = $"'{text}': {Expected}";
            return false;
        }

        if (steps < 2 || steps > MaxSteps)
        {
            problem = $"'{text}': STEPS must be between 2 and {MaxSteps}";
            return false;
        }

        if (key.Length == 0)
        {
            problem = $"'{text}': the key is empty; {Expected}";
            return false;
        }

        sweep = new SweepSpec(key, low, high, steps);
        return true;
    }
}

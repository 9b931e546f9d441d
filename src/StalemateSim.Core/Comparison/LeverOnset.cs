using StalemateSim.Core.Scenarios;

namespace StalemateSim.Core.Comparison;

/// <summary>
/// When an arm starts to differ from the baseline: the first month of any event the arm adds,
/// removes or changes (a changed event counts from the earlier of its two months), or the first
/// month of the run when the arm changes anything that is not an event. Names, descriptions,
/// provenance notes and event names and sources are ignored. Runs on common random numbers are
/// bit-identical before this month, so effects are measured from it.
/// </summary>
public static class LeverOnset
{
    /// <summary>The arm's onset tick, or null when the arm changes nothing but notes (a no-op lever).</summary>
    public static int? Of(CompiledScenario baseline, CompiledScenario arm)
    {
        IReadOnlyDictionary<string, string?> a = baseline.Document, b = arm.Document;
        var keys = new SortedSet<string>(a.Keys, StringComparer.OrdinalIgnoreCase);
        keys.UnionWith(b.Keys);
        int first = MonthIndex(baseline.Spec.Start);
        int? onset = null;
        foreach (string key in keys)
        {
            bool inA = a.TryGetValue(key, out string? va), inB = b.TryGetValue(key, out string? vb);
            if (inA == inB && string.Equals(va, vb, StringComparison.Ordinal))
            {
                continue;
            }

            string[] parts = key.Split(':');
            if (IsNote(parts))
            {
                continue;
            }

            int tick = 0;
            if (parts.Length >= 2 && parts[0].Equals("events", StringComparison.OrdinalIgnoreCase))
            {
                string at = "events:" + parts[1] + ":at";
                int? ta = MonthOf(a, at), tb = MonthOf(b, at);
                tick = Math.Min(ta ?? int.MaxValue, tb ?? int.MaxValue) is int m && m != int.MaxValue ? Math.Max(0, m - first) : 0;
            }

            onset = Math.Min(onset ?? int.MaxValue, tick);
            if (onset == 0)
            {
                break;
            }
        }

        return onset;
    }

    /// <summary>Months since year 0 of a yyyy-MM text.</summary>
    public static int MonthIndex(string month)
    {
        (int year, int m) = WorldBuilder.ParseMonth(month);
        return (year * 12) + m - 1;
    }

    private static int? MonthOf(IReadOnlyDictionary<string, string?> document, string key) =>
        document.TryGetValue(key, out string? text) && text is not null ? MonthIndex(text) : null;

    private static bool IsNote(string[] parts)
    {
        string top = parts[0];
        if (parts.Length == 1 && (top.Equals("name", StringComparison.OrdinalIgnoreCase) || top.Equals("description", StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        if (top.Equals("provenance", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return parts.Length == 3 && top.Equals("events", StringComparison.OrdinalIgnoreCase)
            && (parts[2].Equals("name", StringComparison.OrdinalIgnoreCase) || parts[2].Equals("source", StringComparison.OrdinalIgnoreCase));
    }
}

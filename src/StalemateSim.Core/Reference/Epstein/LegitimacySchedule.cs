namespace StalemateSim.Core.Reference.Epstein;

/// <summary>
/// Legitimacy as a step function of the step number: the base value until the first change, then
/// the value of the latest change whose step has come. Changes at the same step apply in the order
/// given, so the last one wins. Looking up allocates nothing.
/// </summary>
public sealed class LegitimacySchedule
{
    private readonly double _base;
    private readonly long[] _steps;
    private readonly double[] _values;

    public LegitimacySchedule(double baseLegitimacy, IReadOnlyList<LegitimacyChange> changes)
    {
        _base = baseLegitimacy;
        LegitimacyChange[] sorted = [.. changes.Select((c, i) => (Change: c, Index: i)).OrderBy(x => x.Change.Step).ThenBy(x => x.Index).Select(x => x.Change)];
        _steps = [.. sorted.Select(c => c.Step)];
        _values = [.. sorted.Select(c => c.Legitimacy)];
    }

    /// <summary>The legitimacy in force at <paramref name="step"/>.</summary>
    public double At(long step)
    {
        // The number of changes with Step <= step, by binary search for the first Step > step.
        int low = 0;
        int high = _steps.Length;
        while (low < high)
        {
            int mid = (low + high) >>> 1;
            if (_steps[mid] <= step)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low == 0 ? _base : _values[low - 1];
    }
}

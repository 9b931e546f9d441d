namespace StalemateSim.Core.Model;

/// <summary>
/// One setting of a policy event: a target, an index (a foreign force or region, or -1 for all),
/// and a value. JSON names: <c>state.militiaFunding</c>, <c>state.abuse</c>, <c>state.profiling</c>
/// (multiplies every community's profiling), <c>state.talkStance</c>, <c>state.talksWithJihadists</c>,
/// <c>foreign.militiaSupport</c>, <c>foreign.abuse</c>, <c>foreign.ID.militiaSupport</c>,
/// <c>foreign.ID.abuse</c>, <c>accord.inclusive</c> (0 or 1), <c>accord.seatValue</c>,
/// <c>region.ID.autonomy</c>, <c>region.ID.governance</c>.
/// </summary>
public readonly record struct PolicySetting(PolicyTarget Target, int Index, double Value)
{
    /// <summary>Every accepted name, with ID standing for a foreign force or region id.</summary>
    public static readonly IReadOnlyList<string> Names =
    [
        "state.militiaFunding", "state.abuse", "state.profiling", "state.talkStance", "state.talksWithJihadists",
        "foreign.militiaSupport", "foreign.abuse", "foreign.ID.militiaSupport", "foreign.ID.abuse",
        "accord.inclusive", "accord.seatValue", "region.ID.autonomy", "region.ID.governance",
    ];

    /// <summary>Parses a setting name; ids are resolved through the two lookups. False if unknown.</summary>
    public static bool TryParse(
        string name,
        double value,
        Func<string, int> foreignIndex,
        Func<string, int> regionIndex,
        out PolicySetting setting)
    {
        setting = default;
        string[] parts = name.Split('.');
        PolicyTarget? target = parts switch
        {
            ["state", "militiaFunding"] => PolicyTarget.StateMilitiaFunding,
            ["state", "abuse"] => PolicyTarget.StateAbuse,
            ["state", "profiling"] => PolicyTarget.StateProfiling,
            ["state", "talkStance"] => PolicyTarget.StateTalkStance,
            ["state", "talksWithJihadists"] => PolicyTarget.StateTalksWithJihadists,
            ["foreign", "militiaSupport"] or ["foreign", _, "militiaSupport"] => PolicyTarget.ForeignMilitiaSupport,
            ["foreign", "abuse"] or ["foreign", _, "abuse"] => PolicyTarget.ForeignAbuse,
            ["accord", "inclusive"] => PolicyTarget.AccordInclusive,
            ["accord", "seatValue"] => PolicyTarget.AccordSeatValue,
            ["region", _, "autonomy"] => PolicyTarget.RegionAutonomy,
            ["region", _, "governance"] => PolicyTarget.RegionGovernance,
            _ => null,
        };
        if (target is null)
        {
            return false;
        }

        int index = -1;
        if (parts.Length == 3)
        {
            index = parts[0] == "foreign" ? foreignIndex(parts[1]) : regionIndex(parts[1]);
            if (index < 0)
            {
                return false;
            }
        }

        setting = new PolicySetting(target.Value, index, value);
        return true;
    }
}

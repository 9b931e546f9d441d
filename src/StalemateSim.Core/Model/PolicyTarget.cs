namespace StalemateSim.Core.Model;

/// <summary>What a policy event can set. See <see cref="PolicySetting.TryParse"/> for the JSON names.</summary>
public enum PolicyTarget : byte
{
    StateMilitiaFunding,
    StateAbuse,
    StateProfiling,
    StateTalkStance,
    StateTalksWithJihadists,
    ForeignMilitiaSupport,
    ForeignAbuse,
    AccordInclusive,
    AccordSeatValue,
    RegionAutonomy,
    RegionGovernance,
}

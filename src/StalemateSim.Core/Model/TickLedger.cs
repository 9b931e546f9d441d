namespace StalemateSim.Core.Model;

/// <summary>What happened this tick, accumulated by the rules and read by the observers. Reset at the start of each tick.</summary>
public sealed class TickLedger
{
    public TickLedger(int regionCount, int communityCount, int groupCapacity)
    {
        RegionCount = regionCount;
        GroupCapacity = groupCapacity;
        DeathsByRegion = new double[regionCount];
        DeathsByPerpetrator = new double[ActorKinds.Count];
        RecruitsByKind = new double[ActorKinds.GroupKindCount];
        CivilianVictims = new double[communityCount * (groupCapacity + 1)];
    }

    public int RegionCount { get; }

    public int GroupCapacity { get; }

    public double CombatantDeaths;

    public double CivilianDeaths;

    /// <summary>National soldiers and foreign troops killed (also counted in <see cref="CombatantDeaths"/>).</summary>
    public double StateDeaths;

    public double ForeignDeaths;

    public double AttacksOnForeign;

    public double EliteRents;

    public readonly double[] DeathsByRegion;

    public readonly double[] DeathsByPerpetrator;

    public readonly double[] RecruitsByKind;

    /// <summary>
    /// Civilians of community c killed by group g at [c * (GroupCapacity + 1) + g]; the last column
    /// (g = GroupCapacity) holds victims of the state and its foreign allies.
    /// </summary>
    public readonly double[] CivilianVictims;

    public ref double VictimsOf(int community, int perpetratorGroup) =>
        ref CivilianVictims[(community * (GroupCapacity + 1)) + (perpetratorGroup < 0 ? GroupCapacity : perpetratorGroup)];

    public void Reset()
    {
        CombatantDeaths = 0;
        CivilianDeaths = 0;
        StateDeaths = 0;
        ForeignDeaths = 0;
        AttacksOnForeign = 0;
        EliteRents = 0;
        Array.Clear(DeathsByRegion);
        Array.Clear(DeathsByPerpetrator);
        Array.Clear(RecruitsByKind);
        Array.Clear(CivilianVictims);
    }
}

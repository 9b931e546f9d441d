using StalemateSim.Core.Engine;
using StalemateSim.Core.Model;
using StalemateSim.Core.Randomness;
using StalemateSim.Core.Scenarios.Spec;

namespace StalemateSim.Core.Rules.Militias;

/// <summary>
/// Self-defence militias: a frightened community with a base for self-defence (hunters'
/// associations, veterans of an earlier round) arms itself (digest 3.3 RC6, RC17, RC18; 3.11 IC1).
/// A community without a militia, with fear above <see cref="MilitiasSpec.FearThreshold"/> and a base
/// above <see cref="MilitiasSpec.BaseThreshold"/>, raises one with probability
/// <c>formationRate × (fear − fearThreshold) × base</c> a month. The militia is rooted in the
/// community, led by a new commander from it, present in its region, leans toward the state
/// (less so the more the community is profiled) and is funded by the state when the state funds
/// militias and the community is not profiled (3.4 ST2). Its fighters are the community's youth and
/// stay residents of their villages.
/// Updates the world in place, communities in index order.
/// </summary>
public sealed class MilitiasRule(MilitiasSpec spec) : IRule
{
    public const string RuleName = "militias";

    public string Name => RuleName;

    public void Apply(World world, ref Xoshiro256StarStar random)
    {
        CommunityTable cm = world.Communities;
        for (int c = 0; c < cm.Count; c++)
        {
            int militia = cm.Militia[c];
            if (militia >= 0 && world.Groups.Active[militia])
            {
                continue;
            }

            double fear = cm.Fear[c];
            double selfDefence = cm.SelfDefenceBase[c];
            if (fear <= spec.FearThreshold || selfDefence <= spec.BaseThreshold)
            {
                continue;
            }

            if (random.Chance(spec.FormationRate * (fear - spec.FearThreshold) * selfDefence))
            {
                Form(world, c);
            }
        }
    }

    private void Form(World world, int c)
    {
        double fighters = spec.InitialShare * world.Communities.YouthShare[c] * Residents(world, c);
        if (!(fighters > 0))
        {
            return;
        }

        if (!world.Groups.HasRoom || !world.Elites.HasRoom)
        {
            world.Counters.CapacityRefusals++;
            return;
        }

        GroupTable g = world.Groups;
        CommunityTable cm = world.Communities;
        StateAgent state = world.State;
        int group = g.Add(GroupKind.SelfDefence, GroupOrigin.Militia, world.Tick);
        int leader = world.Elites.Add(null, c);
        double profiling = state.Profiling[c];
        double stance = spec.Stance * (1 - profiling);

        g.Fighters[group] = fighters;
        g.PeakFighters[group] = fighters;
        g.Money[group] = fighters * spec.StartingMoneyPerFighter;
        g.Arms[group] = spec.InitialArms;
        g.Islamism[group] = cm.Islamism[c];
        g.StateStance[group] = stance;
        g.Leader[group] = leader;
        g.KinOf(group, c) = 1;
        g.PresenceIn(group, cm.Region[c]) = 1;
        g.StateFunding[group] = state.MilitiaFunding > 0 && profiling < spec.ProfiledAt ? fighters * spec.StateFundingPerFighter : 0;

        EliteTable e = world.Elites;
        e.RisenFrom[leader] = group;
        e.Ambition[leader] = spec.LeaderAmbition;
        e.Islamism[leader] = cm.Islamism[c];
        e.StateStance[leader] = stance;

        cm.Militia[c] = group;
        world.Counters.NewMilitias++;
        world.Log.Add(world.Tick, LogKind.MilitiaFormed, group, c);
    }

    private static double Residents(World world, int c)
    {
        CommunityTable cm = world.Communities;
        double total = 0;
        int first = cm.FirstVillage[c];
        int last = first + cm.VillageCount[c];
        for (int v = first; v < last; v++)
        {
            total += world.Places.Residents[v];
        }

        return total;
    }
}

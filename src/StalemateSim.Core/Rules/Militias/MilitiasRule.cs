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
/// stay residents of their villages; a community with fewer armed youth than
/// <see cref="MilitiasSpec.MinFighters"/> raises none. With <see cref="MilitiasSpec.VeteranBase"/>,
/// youth who have fought in any group add to the base (3.3 RC18).
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
            double selfDefence = SelfDefence(cm, c);
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
        if (!(fighters > 0) || fighters < spec.MinFighters)
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
        EliteTable e = world.Elites;
        double profiling = state.Profiling[c];
        double stance = spec.Stance * (1 - profiling);

        // A community's own notable without a group of his own leads its militia if there is one
        // (GATIA was raised by allies of a state-aligned Imghad general, digest 2(a)-ii); his
        // leaning then sets the militia's, and a state-aligned leader makes it pro-government (3.4 ST2).
        int leader = IdleElite(world, c);
        bool notable = leader >= 0;
        if (notable)
        {
            stance = e.StateStance[leader] != 0 ? e.StateStance[leader] * (1 - profiling) : stance;
        }

        GroupKind kind = notable && stance >= spec.ProGovernmentAt ? GroupKind.ProGovernment : GroupKind.SelfDefence;
        int group = g.Add(kind, GroupOrigin.Militia, world.Tick);
        if (!notable)
        {
            leader = e.Add(null, c);
            e.RisenFrom[leader] = group;
            e.Ambition[leader] = spec.LeaderAmbition;
            e.Islamism[leader] = cm.Islamism[c];
            e.StateStance[leader] = stance;
        }

        g.Fighters[group] = fighters;
        g.PeakFighters[group] = fighters;
        g.Money[group] = fighters * spec.StartingMoneyPerFighter;
        g.Arms[group] = spec.InitialArms;
        g.Islamism[group] = notable ? e.Islamism[leader] : cm.Islamism[c];
        g.StateStance[group] = stance;
        g.Leader[group] = leader;
        g.KinOf(group, c) = 1;
        g.PresenceIn(group, cm.Region[c]) = 1;
        g.StateFunding[group] = state.MilitiaFunding > 0 && profiling < spec.ProfiledAt ? fighters * spec.StateFundingPerFighter : 0;

        cm.Militia[c] = group;
        g.HomeCommunity[group] = c;
        world.Counters.NewMilitias++;
        world.Log.Add(world.Tick, LogKind.MilitiaFormed, group, c);
    }

    /// <summary>
    /// The community's base for self-defence: its hunters' associations and the like, plus, with
    /// <see cref="MilitiasSpec.VeteranBase"/>, its youth who have fought (digest 3.3 RC18), at most 1.
    /// </summary>
    private double SelfDefence(CommunityTable cm, int c)
    {
        double youth = cm.Population[c] * cm.YouthShare[c];
        if (spec.VeteranBase <= 0 || !(youth > 0))
        {
            return cm.SelfDefenceBase[c];
        }

        return Math.Min(1, cm.SelfDefenceBase[c] + (spec.VeteranBase * cm.Joined[c] / youth));
    }

    /// <summary>The most ambitious living elite of the community who leads no group and no wing, or -1.</summary>
    private static int IdleElite(World world, int c)
    {
        EliteTable e = world.Elites;
        GroupTable g = world.Groups;
        WingTable w = world.Wings;
        int best = -1;
        for (int i = 0; i < e.Count; i++)
        {
            if (!e.Alive[i] || e.Community[i] != c || e.Ids[i] is null || (best >= 0 && e.Ambition[i] <= e.Ambition[best]))
            {
                continue;
            }

            bool busy = false;
            for (int k = 0; k < g.Count && !busy; k++)
            {
                busy = g.Active[k] && g.Leader[k] == i;
            }

            for (int k = 0; k < w.Count && !busy; k++)
            {
                busy = w.Active[k] && g.Active[w.Group[k]] && w.Elite[k] == i;
            }

            if (!busy)
            {
                best = i;
            }
        }

        return best;
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

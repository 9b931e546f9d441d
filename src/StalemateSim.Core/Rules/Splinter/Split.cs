using StalemateSim.Core.Model;
using StalemateSim.Core.Scenarios.Spec;

namespace StalemateSim.Core.Rules.Splinter;

/// <summary>
/// A wing leaves and founds a new group (digest 3.1 SP5, SP7, SP9, SP10). The splinter takes the
/// wing's share of the parent's fighters (from every region in proportion, so the parent's presence
/// is unchanged), money and outside funding; then moves <c>homeShift</c> of its presence to its
/// community's region and is kin to that community, whose tie to the parent weakens. It follows its
/// leader: his islamism, and his stance toward the state where he has one (an elite with no leaning,
/// stance 0, keeps the parent's). Its kind follows: pro-government if its stance is positive
/// (self-defence if the parent was), jihadist if the leader is, separatist if it leaves a jihadist or
/// pro-government group, else the parent's kind. The two leaders are rivals afterwards (at least
/// <c>splitRivalry</c>; SP5, SP11), which the alliances rule reads. A pro-government splinter is
/// funded by the state at <c>stateBacking</c> per fighter while the state funds militias (SP10: the
/// state-backed patron takes the defectors in; ST2, RC12: state support keeps militias alive). The
/// wing is spent; the parent's other wings keep their fighters, so their shares of the smaller
/// parent grow.
/// </summary>
internal static class Split
{
    /// <summary>Creates the splinter; returns its index, or -1 when the group table is full.</summary>
    public static int Apply(World world, SplinterSpec spec, int wing)
    {
        GroupTable g = world.Groups;
        WingTable wings = world.Wings;
        EliteTable e = world.Elites;
        int parent = wings.Group[wing];
        int elite = wings.Elite[wing];
        int community = wings.Community[wing];
        double stance = e.StateStance[elite] != 0 ? e.StateStance[elite] : g.StateStance[parent];
        double islamism = e.Islamism[elite];
        int h = g.Add(KindOf(g.Kind[parent], stance, islamism, spec.JihadistAt), GroupOrigin.Splinter, world.Tick);
        if (h < 0)
        {
            world.Counters.CapacityRefusals++;
            return -1;
        }

        double share = Math.Min(wings.Share[wing], spec.MaxShare);
        double fighters = g.Fighters[parent] * share;
        g.Fighters[parent] -= fighters;
        g.Fighters[h] = fighters;
        g.PeakFighters[h] = fighters;
        double money = g.Money[parent] * share;
        g.Money[parent] -= money;
        g.Money[h] = money;
        double external = g.ExternalFunding[parent] * share;
        g.ExternalFunding[parent] -= external;
        g.ExternalFunding[h] = external;
        g.StateFunding[h] = g.Kind[h] == GroupKind.ProGovernment && world.State.MilitiaFunding > 0 ? fighters * spec.StateBacking : 0;
        g.Arms[h] = g.Arms[parent];
        g.Cohesion[h] = spec.SplinterCohesion;
        g.Islamism[h] = islamism;
        g.StateStance[h] = Math.Clamp(stance, -1, 1);
        g.Leader[h] = elite;
        g.Parent[h] = parent;

        int home = community >= 0 ? world.Communities.Region[community] : -1;
        double shift = home >= 0 ? spec.HomeShift : 0;
        for (int r = 0; r < g.RegionCount; r++)
        {
            g.PresenceIn(h, r) = ((1 - shift) * g.PresenceIn(parent, r)) + (r == home ? shift : 0);
        }

        g.NormalisePresence(h);

        if (community >= 0)
        {
            g.KinOf(h, community) = 1;
            g.KinOf(parent, community) *= 1 - spec.ParentKinLoss;
        }
        else
        {
            for (int c = 0; c < g.CommunityCount; c++)
            {
                g.KinOf(h, c) = g.KinOf(parent, c);
            }
        }

        int leader = g.Leader[parent];
        if (leader >= 0)
        {
            double rivalry = Math.Max(spec.SplitRivalry, e.RivalryOf(elite, leader));
            e.RivalryOf(elite, leader) = rivalry;
            e.RivalryOf(leader, elite) = rivalry;
        }

        wings.Active[wing] = false;
        RescaleWings(wings, parent, share);
        world.Counters.Splinters++;
        world.Log.Add(world.Tick, LogKind.Splinter, h, parent, elite);
        return h;
    }

    /// <summary>The kind of a splinter from its parent's kind and its own stance and ideology.</summary>
    public static GroupKind KindOf(GroupKind parent, double stance, double islamism, double jihadistAt)
    {
        if (stance > 0)
        {
            return parent == GroupKind.SelfDefence ? GroupKind.SelfDefence : GroupKind.ProGovernment;
        }

        if (islamism >= jihadistAt)
        {
            return GroupKind.Jihadist;
        }

        return parent is GroupKind.Jihadist or GroupKind.ProGovernment ? GroupKind.Separatist : parent;
    }

    /// <summary>After losing <paramref name="share"/> of its fighters, the parent's other wings hold a larger share of what is left.</summary>
    private static void RescaleWings(WingTable wings, int parent, double share)
    {
        double keep = 1 - share;
        double total = 0;
        for (int i = 0; i < wings.Count; i++)
        {
            if (wings.Active[i] && wings.Group[i] == parent)
            {
                wings.Share[i] = keep > 0 ? Math.Min(wings.Share[i] / keep, 1) : 0;
                total += wings.Share[i];
            }
        }

        if (total > 1)
        {
            for (int i = 0; i < wings.Count; i++)
            {
                if (wings.Active[i] && wings.Group[i] == parent)
                {
                    wings.Share[i] /= total;
                }
            }
        }
    }
}

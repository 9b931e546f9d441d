using StalemateSim.Core.Model;
using StalemateSim.Core.Scenarios.Spec;

namespace StalemateSim.Core.Rules.Splinter;

/// <summary>
/// The monthly hazard that a wing leaves its group (digest 3.1):
/// <code>
/// base × (1 − cohesion)² × (0.5 + ambition)                               SP3
/// + seatPull × seatValue / seatScale × ambition   [inclusive open accord]  SP1, SP2
/// + patronPull × state militia funding   [elite leans to the state, group fights it]  SP10
/// + rivalryPull × rivalry(elite, leader)                                  SP5, SP11
/// + negotiationPull   [accord open]                                       SP4
/// + designationPull   [jihadist or jihadist-allied group, counter-terror force where it operates, elite not jihadist]  SP7
/// + ideologyPull × |elite islamism − group islamism|                      SP5
/// </code>
/// The whole is × jihadistRestraint for a jihadist wing of a jihadist group (SP14).
/// A splinter expects a seat only if it could sign: a jihadist-leaning wing gets no seat pull
/// unless the state talks to jihadists (the accords rule's eligibility).
/// </summary>
internal static class SplitHazard
{
    public static double Of(World world, SplinterSpec spec, int wing)
    {
        GroupTable g = world.Groups;
        EliteTable e = world.Elites;
        int group = world.Wings.Group[wing];
        int elite = world.Wings.Elite[wing];
        double ambition = e.Ambition[elite];
        double looseness = 1 - g.Cohesion[group];
        double hazard = spec.Base * looseness * looseness * (0.5 + ambition);

        AccordState accord = world.Accord;
        bool jihadistElite = e.Islamism[elite] >= spec.JihadistAt;
        if (accord.Active && accord.Inclusive && (!jihadistElite || world.State.TalksWithJihadists > 0))
        {
            hazard += spec.SeatPull * accord.SeatValue / spec.SeatScale * ambition;
        }

        if (world.State.MilitiaFunding > 0 && e.StateStance[elite] > 0 && world.HostileToState(group))
        {
            hazard += spec.PatronPull * world.State.MilitiaFunding;
        }

        hazard += spec.RivalryPull * Math.Clamp(e.RivalryOf(elite, g.Leader[group]), 0, 1);
        if (accord.Active)
        {
            hazard += spec.NegotiationPull;
        }

        if (!jihadistElite && JihadistAligned(world, group) && CounterTerrorWhere(world, group))
        {
            hazard += spec.DesignationPull;
        }

        hazard += spec.IdeologyPull * Math.Abs(e.Islamism[elite] - g.Islamism[group]);
        if (g.Kind[group] == GroupKind.Jihadist && e.Islamism[elite] >= spec.JihadistAt)
        {
            hazard *= spec.JihadistRestraint;
        }

        return Math.Max(hazard, 0);
    }

    private static bool JihadistAligned(World world, int group)
    {
        GroupTable g = world.Groups;
        if (g.Kind[group] == GroupKind.Jihadist)
        {
            return true;
        }

        for (int other = 0; other < g.Count; other++)
        {
            if (other != group && g.Active[other] && g.Kind[other] == GroupKind.Jihadist && world.Relations.AreAllied(group, other))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A foreign counter-terror force has troops in a region where the group has fighters.</summary>
    private static bool CounterTerrorWhere(World world, int group)
    {
        ForeignTable f = world.Foreign;
        for (int force = 0; force < f.Count; force++)
        {
            if (!f.Present[force] || f.Posture[force] != ForeignPosture.CounterTerror)
            {
                continue;
            }

            for (int r = 0; r < world.Regions.Count; r++)
            {
                if (f.TroopsOf(force, r) > 0 && world.Groups.PresenceIn(group, r) > 0)
                {
                    return true;
                }
            }
        }

        return false;
    }
}

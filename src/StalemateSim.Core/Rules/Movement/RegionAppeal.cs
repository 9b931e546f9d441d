using StalemateSim.Core.Model;
using StalemateSim.Core.Scenarios.Spec;

namespace StalemateSim.Core.Rules.Movement;

/// <summary>
/// How much a region draws a group and how dangerous it is to it. Appeal is the population-weighted
/// kin of the region's communities to the group, plus (for groups at war with the state) their
/// ideological fit × grievance; danger is the share of strength there held by the group's enemies.
/// </summary>
internal static class RegionAppeal
{
    public static double Appeal(World world, int group, int region, MovementSpec spec)
    {
        CommunityTable c = world.Communities;
        GroupTable g = world.Groups;
        double weighted = 0, population = 0;
        bool againstState = world.HostileToState(group);
        GroupKind kind = g.Kind[group];
        for (int i = 0; i < c.Count; i++)
        {
            if (c.Region[i] != region)
            {
                continue;
            }

            double fit = kind == GroupKind.Jihadist ? c.Islamism[i] : kind == GroupKind.Separatist ? c.Separatism[i] : 0;
            double score = (spec.WKin * g.KinOf(group, i)) + (againstState ? spec.WFit * fit * c.Grievance[i] * (1 - c.Trust[i]) * 2 : 0);
            weighted += c.Population[i] * score;
            population += c.Population[i];
        }

        return population > 0 ? weighted / population : 0;
    }

    /// <summary>The enemies' share of armed strength in the region, measured against the group's own strength there plus a scale.</summary>
    public static double Danger(World world, int group, int region, MovementSpec spec)
    {
        GroupTable g = world.Groups;
        double enemies = world.HostileToState(group) ? Strength.OfStateSide(world, region, spec.ForeignDangerWeight) : 0;
        for (int other = 0; other < g.Count; other++)
        {
            if (other != group && g.Active[other] && world.Relations.AreHostile(group, other))
            {
                enemies += Strength.OfGroup(world, other, region);
            }
        }

        double own = Strength.OfGroup(world, group, region);
        return enemies / (enemies + own + spec.DangerScale);
    }
}

namespace StalemateSim.Core.Model;

/// <summary>
/// Fighting strength, shared by the rules that compare actors (clashes, territory, recruitment).
/// A group's strength is its fighters in the region weighted by arms and cohesion; the state's is
/// its soldiers there weighted by army cohesion, plus present foreign troops.
/// </summary>
public static class Strength
{
    /// <summary>Strength of a group in a region.</summary>
    public static double OfGroup(World world, int group, int region)
    {
        GroupTable g = world.Groups;
        return g.FightersIn(group, region) * (0.5 + g.Arms[group]) * (0.5 + (0.5 * g.Cohesion[group]));
    }

    /// <summary>Strength of the state's own army in a region (before level factors).</summary>
    public static double OfArmy(World world, int region) =>
        world.State.Force[region] * (0.25 + (0.75 * world.State.ArmyCohesion));

    /// <summary>Strength of the state side in a region: its army plus foreign troops weighted by <paramref name="foreignWeight"/>.</summary>
    public static double OfStateSide(World world, int region, double foreignWeight) =>
        OfArmy(world, region) + (foreignWeight * world.Foreign.TroopsIn[region]);

    /// <summary>Fighters of every group at war with the state, in a region.</summary>
    public static double HostileFightersIn(World world, int region)
    {
        double total = 0;
        GroupTable g = world.Groups;
        for (int i = 0; i < g.Count; i++)
        {
            if (g.Active[i] && world.HostileToState(i))
            {
                total += g.FightersIn(i, region);
            }
        }

        return total;
    }
}

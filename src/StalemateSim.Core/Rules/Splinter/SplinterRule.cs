using StalemateSim.Core.Engine;
using StalemateSim.Core.Model;
using StalemateSim.Core.Randomness;

namespace StalemateSim.Core.Rules.Splinter;

/// <summary>
/// Splintering: wings leave their groups to found new ones, and large groups raise new commanders
/// who lead the wings of later splits. Digest 3.1 SP1–SP2 (a seat at the table rewards new armed
/// groups), SP3 (weak cohesion), SP4 (talks split rebels), SP5 and SP11 (rejected or rival leaders
/// found rivals with a new ideology), SP7 (designation and intervention split the moderates off
/// jihadist-allied groups), SP9 (splits follow community and region), SP10 (a rival patron fosters
/// splits; the defectors lean to him); 7.2.3 (the number of groups grows through splits).
/// <para>
/// Each active wing whose elite is alive, does not lead the group, and would carry at least
/// <c>minFighters</c> away leaves with probability <c>1 − exp(−hazard)</c> (<see cref="SplitHazard"/>);
/// the new group is made by <see cref="Split"/>. Then commanders rise (<see cref="Commanders"/>).
/// A full group, elite or wing table refuses the event and counts it in
/// <see cref="Counters.CapacityRefusals"/>.
/// </para>
/// Updates in place: wings are visited in index order, each seeing the splits before it; wings
/// raised this month can split from next month.
/// </summary>
public sealed class SplinterRule : IRule
{
    public const string RuleName = "splinter";

    private readonly SplinterSpec _spec;
    private readonly Commanders _commanders;

    public SplinterRule(SplinterSpec spec, World world)
    {
        _spec = spec;
        _commanders = new Commanders(world.Groups.Capacity);
    }

    public string Name => RuleName;

    public void Apply(World world, ref Xoshiro256StarStar random)
    {
        WingTable wings = world.Wings;
        int count = wings.Count;
        for (int w = 0; w < count; w++)
        {
            if (!CanLeave(world, w))
            {
                continue;
            }

            double hazard = SplitHazard.Of(world, _spec, w);
            if (random.Chance(1 - Math.Exp(-hazard)))
            {
                Split.Apply(world, _spec, w);
            }
        }

        _commanders.Rise(world, _spec, ref random);
    }

    private bool CanLeave(World world, int wing)
    {
        WingTable wings = world.Wings;
        if (!wings.Active[wing])
        {
            return false;
        }

        int group = wings.Group[wing];
        int elite = wings.Elite[wing];
        GroupTable g = world.Groups;
        return g.Active[group]
            && world.Elites.Alive[elite]
            && g.Leader[group] != elite
            && g.Fighters[group] * Math.Min(wings.Share[wing], _spec.MaxShare) >= Math.Max(_spec.MinFighters, 1e-9);
    }
}

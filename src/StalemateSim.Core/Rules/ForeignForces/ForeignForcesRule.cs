using StalemateSim.Core.Engine;
using StalemateSim.Core.Model;
using StalemateSim.Core.Randomness;
using StalemateSim.Core.Scenarios.Spec;

namespace StalemateSim.Core.Rules.ForeignForces;

/// <summary>
/// Foreign forces are "hunter and hunted" (digest 3.5 FF1–FF5, FF8, FF12; 3.2 AL10; 7.2.8, 7.2.9):
/// counter-terrorism breaks up jihadist proto-states that hold towns but barely dents dispersed
/// rural guerrillas (FF1, FF2); jihadists attack foreign troops in proportion to their exposure,
/// and when one force draws down the others take its share (FF3, FF4, FF8), a new force only once
/// they have absorbed it (FF12, optional); a force that partners
/// pro-government militias funds them and makes them targets of the jihadists (AL10, FF5).
/// <para>
/// Computes <see cref="ForeignTable.TroopsIn"/> for the tick first, so it must run before every rule
/// that reads it. Updates the world in place: counter-terror losses in region order, then attacks
/// (group, region order), then partnerships.
/// </para>
/// </summary>
public sealed class ForeignForcesRule(ForeignForcesSpec spec) : IRule
{
    public const string RuleName = "foreignForces";

    public string Name => RuleName;

    public void Apply(World world, ref Xoshiro256StarStar random)
    {
        CountTroops(world);
        CounterTerror(world);
        ForeignAttacks.Apply(world, spec, ref random);
        ForeignPartnerships.Apply(world, spec);
    }

    /// <summary>All present foreign troops by region.</summary>
    internal static void CountTroops(World world)
    {
        ForeignTable f = world.Foreign;
        for (int r = 0; r < f.RegionCount; r++)
        {
            double troops = 0;
            for (int i = 0; i < f.Count; i++)
            {
                troops += f.TroopsOf(i, r);
            }

            f.TroopsIn[r] = troops;
        }
    }

    /// <summary>
    /// Share of a region's town population (capital and district centres) held by a group: the
    /// visible, targetable part of its presence.
    /// </summary>
    internal static double HeldShare(World world, int group, int region)
    {
        PlaceTable p = world.Places;
        int capital = world.Regions.CapitalPlace[region];
        int district = world.Regions.DistrictPlace[region];
        double towns = p.Initial[capital] + p.Initial[district];
        if (!(towns > 0))
        {
            return 0;
        }

        double held = (p.Owner[capital] == group ? p.Initial[capital] : 0) + (p.Owner[district] == group ? p.Initial[district] : 0);
        return held / towns;
    }

    /// <summary>Counter-terror losses of hostile jihadist (and, less, separatist) groups where counter-terror troops are.</summary>
    private void CounterTerror(World world)
    {
        ForeignTable f = world.Foreign;
        GroupTable g = world.Groups;
        for (int r = 0; r < f.RegionCount; r++)
        {
            double effect = 0;
            for (int i = 0; i < f.Count; i++)
            {
                if (f.Posture[i] is ForeignPosture.CounterTerror or ForeignPosture.StateSupport)
                {
                    effect += f.CtEffect[i] * f.TroopsOf(i, r) / 1000;
                }
            }

            if (!(effect > 0))
            {
                continue;
            }

            for (int i = 0; i < g.Count; i++)
            {
                double kindWeight = g.Kind[i] switch
                {
                    GroupKind.Jihadist => 1,
                    GroupKind.Separatist => spec.CtOnRebels,
                    _ => 0,
                };
                double there = g.FightersIn(i, r);
                if (!g.Active[i] || kindWeight <= 0 || !world.HostileToState(i) || !(there > 0) || InCeasefire(world, i))
                {
                    continue;
                }

                double held = HeldShare(world, i, r);
                double exposure = (spec.HeldWeight * held) + (spec.DispersedWeight * (1 - held));
                double share = Math.Min(spec.MaxCtLoss, kindWeight * effect * exposure);
                Casualties.KillFighters(world, i, r, there * share, ActorKind.Foreign);
            }
        }
    }

    private static bool InCeasefire(World world, int group) =>
        world.Groups.Accord[group] == AccordStatus.Signatory && world.Tick < world.Accord.CeasefireUntil;
}

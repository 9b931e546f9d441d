using StalemateSim.Core.Model;
using StalemateSim.Core.Randomness;
using StalemateSim.Core.Rules.State;
using StalemateSim.Core.Scenarios.Spec;

namespace StalemateSim.Core.Rules.ForeignForces;

/// <summary>
/// Jihadist attacks on foreign troops (digest 3.5 FF3, FF4, FF8; 7.2.9). In each region a hostile
/// jihadist group mounts <c>Poisson(attackRate × fighters there / 1000 × A / (A + armyTargetWeight × soldiers))</c>
/// attacks, where A = Σ attraction × troops of the foreign forces there: the foreign share of the
/// targets on offer. Each attack is aimed at one force with probability proportional to its
/// attraction × troops there, so attacks on a force are proportional to its weight / (A + army
/// weight): when another force leaves, the one that stays is hit more (FF4). A group that holds
/// no town (regional capital or district centre) anywhere attacks at <c>1 + guerrillaShift</c>
/// times the rate: driven from the cities, jihadists turn to guerrilla war and set out to bleed
/// the foreign forces until they leave (FF2, FF8). With <c>absorptionMonths</c>, a force deployed m
/// months ago counts with weight <c>min(1, (m + 1) / absorptionMonths)</c>, both in A and in the
/// choice of target: jihadists first avoid a new foreign force and attack it once they have absorbed
/// it (FF12; the digest records it for the 2022 Russian deployment, applying it to every new force
/// is the model's reading). With <c>armyAttackRate</c>, the same groups also attack the national
/// army: <c>Poisson(armyAttackRate × fighters there / 1000 × W / (A + W))</c> attacks, W =
/// armyTargetWeight × soldiers there, each killing <c>Poisson(deathsPerArmyAttack)</c> soldiers, who
/// count among the state's defeats (FF3, FF4: the army is the other target on offer). A group
/// that holds a town attacks the army at <c>armyAttackTownHolderShare</c> of that rate: while
/// jihadists hold cities they fight for them; driven out, they raid the soldiers (FF2).
/// </summary>
internal static class ForeignAttacks
{
    public static void Apply(World world, ForeignForcesSpec spec, ref Xoshiro256StarStar random)
    {
        GroupTable g = world.Groups;
        ForeignTable f = world.Foreign;
        for (int i = 0; i < g.Count; i++)
        {
            if (!g.Active[i] || g.Kind[i] != GroupKind.Jihadist || !world.HostileToState(i))
            {
                continue;
            }

            bool armyByTowns = spec.ArmyAttackRate > 0 && spec.ArmyAttackTownHolderShare < 1;
            bool holdsATown = (spec.GuerrillaShift > 0 || armyByTowns) && HoldsATown(world, i);
            if (spec.ArmyAttackRate > 0)
            {
                AttackArmy(world, spec, i, holdsATown, ref random);
            }

            double rate = spec.AttackRate * (spec.GuerrillaShift > 0 && !holdsATown ? 1 + spec.GuerrillaShift : 1);
            for (int r = 0; r < f.RegionCount; r++)
            {
                double fighters = g.FightersIn(i, r);
                double attraction = Attraction(f, r, world.Tick, spec.AbsorptionMonths);
                if (!(fighters > 0) || !(attraction > 0))
                {
                    continue;
                }

                double foreignShare = attraction / (attraction + (spec.ArmyTargetWeight * world.State.Force[r]));
                int attacks = random.NextPoisson(rate * fighters / 1000 * foreignShare);
                for (int a = 0; a < attacks; a++)
                {
                    int target = PickTarget(f, r, Attraction(f, r, world.Tick, spec.AbsorptionMonths), world.Tick, spec.AbsorptionMonths, ref random);
                    if (target < 0)
                    {
                        break;
                    }

                    f.Attacks[target] += 1;
                    world.Ledger.AttacksOnForeign += 1;
                    Casualties.KillForeignTroops(world, target, r, random.NextPoisson(spec.DeathsPerAttack), ActorKind.Jihadist);
                }
            }
        }
    }

    /// <summary>One group's attacks on the national army, region by region (<paramref name="holdsATown"/>: whether it holds a town, when the town-holder share needs it).</summary>
    private static void AttackArmy(World world, ForeignForcesSpec spec, int group, bool holdsATown, ref Xoshiro256StarStar random)
    {
        GroupTable g = world.Groups;
        ForeignTable f = world.Foreign;
        double rate = spec.ArmyAttackTownHolderShare < 1 && holdsATown
            ? spec.ArmyAttackRate * spec.ArmyAttackTownHolderShare
            : spec.ArmyAttackRate;
        for (int r = 0; r < f.RegionCount; r++)
        {
            double fighters = g.FightersIn(group, r);
            double army = spec.ArmyTargetWeight * world.State.Force[r];
            if (!(fighters > 0) || !(army > 0))
            {
                continue;
            }

            double share = army / (Attraction(f, r, world.Tick, spec.AbsorptionMonths) + army);
            int attacks = random.NextPoisson(rate * fighters / 1000 * share);
            for (int a = 0; a < attacks; a++)
            {
                double lost = Casualties.KillSoldiers(world, r, random.NextPoisson(spec.DeathsPerArmyAttack), ActorKind.Jihadist);
                StateDefeats.AddSoldiersLost(world, lost);
            }
        }
    }

    /// <summary>True if the group holds a regional capital or district centre anywhere.</summary>
    private static bool HoldsATown(World world, int group)
    {
        RegionTable regions = world.Regions;
        PlaceTable p = world.Places;
        for (int r = 0; r < regions.Count; r++)
        {
            if (p.Owner[regions.CapitalPlace[r]] == group || p.Owner[regions.DistrictPlace[r]] == group)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Σ attraction × troops × absorption of present forces in a region.</summary>
    private static double Attraction(ForeignTable f, int region, int tick, double absorptionMonths)
    {
        double total = 0;
        for (int i = 0; i < f.Count; i++)
        {
            total += Weight(f, i, region, tick, absorptionMonths);
        }

        return total;
    }

    /// <summary>
    /// A force's weight as a target in a region: attraction × troops there, × <c>min(1, (m + 1) /
    /// absorptionMonths)</c> m months after its deployment when absorption is on.
    /// </summary>
    private static double Weight(ForeignTable f, int force, int region, int tick, double absorptionMonths)
    {
        double w = f.Attraction[force] * f.TroopsOf(force, region);
        if (absorptionMonths > 0)
        {
            w *= Math.Min(1, (tick - f.DeployedTick[force] + 1) / absorptionMonths);
        }

        return w;
    }

    private static int PickTarget(ForeignTable f, int region, double total, int tick, double absorptionMonths, ref Xoshiro256StarStar random)
    {
        if (!(total > 0))
        {
            return -1;
        }

        double u = random.NextDouble() * total;
        int last = -1;
        for (int i = 0; i < f.Count; i++)
        {
            double w = Weight(f, i, region, tick, absorptionMonths);
            if (w > 0)
            {
                last = i;
                u -= w;
                if (u < 0)
                {
                    return i;
                }
            }
        }

        return last;
    }
}

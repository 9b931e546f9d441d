using StalemateSim.Core.Scenarios.Spec;

namespace StalemateSim.Core.Model;

/// <summary>
/// Book-keeping of deaths, used by every rule that kills, so the ledger, the places' population
/// accounts and the perpetrator metrics always agree.
/// </summary>
public static class Casualties
{
    /// <summary>
    /// Records combatant deaths of a group in a region; removes them from the group.
    /// Returns how many died (never more than the group had there).
    /// </summary>
    public static double KillFighters(World world, int victimGroup, int region, double deaths, ActorKind perpetrator)
    {
        GroupTable g = world.Groups;
        double available = g.FightersIn(victimGroup, region);
        double dead = Math.Min(Math.Max(deaths, 0), available);
        if (dead <= 0)
        {
            return 0;
        }

        double total = g.Fighters[victimGroup];
        double remaining = total - dead;
        // Presence is renormalised so that the region's share falls by exactly the dead.
        if (remaining > 1e-9)
        {
            for (int r = 0; r < g.RegionCount; r++)
            {
                double inRegion = g.FightersIn(victimGroup, r) - (r == region ? dead : 0);
                g.PresenceIn(victimGroup, r) = Math.Max(inRegion, 0) / remaining;
            }
        }

        g.Fighters[victimGroup] = Math.Max(remaining, 0);
        g.NormalisePresence(victimGroup);
        g.Losses[victimGroup] += dead;
        AddDeaths(world, region, dead, combatant: true, perpetrator);
        return dead;
    }

    /// <summary>Records deaths of national soldiers in a region.</summary>
    public static double KillSoldiers(World world, int region, double deaths, ActorKind perpetrator)
    {
        StateAgent s = world.State;
        double dead = Math.Min(Math.Max(deaths, 0), s.Force[region]);
        if (dead <= 0)
        {
            return 0;
        }

        s.Force[region] -= dead;
        s.Army = Math.Max(0, s.Army - dead);
        s.LossesThisTick += dead;
        world.Ledger.StateDeaths += dead;
        AddDeaths(world, region, dead, combatant: true, perpetrator);
        return dead;
    }

    /// <summary>Records deaths of foreign troops of one force in a region.</summary>
    public static double KillForeignTroops(World world, int force, int region, double deaths, ActorKind perpetrator)
    {
        ForeignTable f = world.Foreign;
        double dead = Math.Min(Math.Max(deaths, 0), f.TroopsOf(force, region));
        if (dead <= 0)
        {
            return 0;
        }

        f.Troops[force] = Math.Max(0, f.Troops[force] - dead);
        f.TroopsIn[region] = Math.Max(0, f.TroopsIn[region] - dead);
        world.Ledger.ForeignDeaths += dead;
        AddDeaths(world, region, dead, combatant: true, perpetrator);
        return dead;
    }

    /// <summary>
    /// Kills civilians at a place. <paramref name="perpetratorGroup"/> is the killing group, or -1
    /// for the state and its foreign allies. Returns how many died.
    /// </summary>
    public static double KillCivilians(World world, int place, double deaths, int perpetratorGroup, ActorKind perpetrator)
    {
        PlaceTable p = world.Places;
        double dead = Math.Min(Math.Max(deaths, 0), p.Residents[place]);
        if (dead <= 0)
        {
            return 0;
        }

        p.Residents[place] -= dead;
        p.Dead[place] += dead;
        double residents = Math.Max(p.Residents[place], 1);
        p.Violence[place] += 1000 * dead / residents;
        int community = p.Community[place];
        if (community >= 0)
        {
            world.Ledger.VictimsOf(community, perpetratorGroup) += dead;
        }

        AddDeaths(world, p.Region[place], dead, combatant: false, perpetrator);
        return dead;
    }

    /// <summary>The perpetrator kind of a group.</summary>
    public static ActorKind KindOf(World world, int group) => ActorKinds.Of(world.Groups.Kind[group]);

    private static void AddDeaths(World world, int region, double dead, bool combatant, ActorKind perpetrator)
    {
        TickLedger l = world.Ledger;
        if (combatant)
        {
            l.CombatantDeaths += dead;
        }
        else
        {
            l.CivilianDeaths += dead;
        }

        l.DeathsByRegion[region] += dead;
        l.DeathsByPerpetrator[(int)perpetrator] += dead;
    }
}

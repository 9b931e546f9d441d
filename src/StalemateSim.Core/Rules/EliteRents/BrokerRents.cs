using StalemateSim.Core.Model;

namespace StalemateSim.Core.Rules.EliteRents;

/// <summary>
/// Leaders' personal rents from brokerage (digest 3.6 EB1, EB2, EB10, EB14; 3.4 ST6): a share of
/// the state's funding the group receives, of foreign partners' funding, of an accord seat, and of
/// the trafficking through the towns it holds. Rents are a measure of the leader's stake in the
/// status quo; they are not taken out of the group's money (upkeep already books those flows).
/// </summary>
internal static class BrokerRents
{
    /// <summary>Sets every elite's rents for this tick and adds the total to the ledger.</summary>
    public static void Collect(World world, EliteRentsSpec spec)
    {
        EliteTable e = world.Elites;
        Array.Clear(e.Rents, 0, e.Count);
        GroupTable g = world.Groups;
        double total = 0;
        for (int group = 0; group < g.Count; group++)
        {
            int leader = g.Leader[group];
            if (!g.Active[group] || leader < 0 || !e.Alive[leader])
            {
                continue;
            }

            double rent = spec.BrokerShare * Brokered(world, spec, group);
            e.Rents[leader] += rent;
            total += rent;
        }

        world.Ledger.EliteRents += total;
    }

    /// <summary>The flows a group's leader brokers this month, thousand USD.</summary>
    public static double Brokered(World world, EliteRentsSpec spec, int group)
    {
        GroupTable g = world.Groups;
        double flows = (g.StateFunding[group] * world.State.MilitiaFunding) + g.ForeignFunding[group];
        if (world.Accord.Active && g.Accord[group] == AccordStatus.Signatory)
        {
            flows += world.Accord.SeatValue;
        }

        RegionTable regions = world.Regions;
        PlaceTable places = world.Places;
        for (int r = 0; r < regions.Count; r++)
        {
            int towns = (places.Owner[regions.CapitalPlace[r]] == group ? 1 : 0) + (places.Owner[regions.DistrictPlace[r]] == group ? 1 : 0);
            flows += spec.TraffickingValue * regions.Trafficking[r] * towns;
        }

        return flows;
    }
}

using StalemateSim.Core.Model;
using StalemateSim.Core.Randomness;

namespace StalemateSim.Core.Rules.Abuses;

/// <summary>
/// Civilian deaths of abuses in one community's villages, without a draw per village: the total is
/// one binomial draw over all the community's residents, then the deaths are placed in villages in
/// proportion to their residents by walking the villages once with the victims' positions drawn
/// in increasing order (sequential order statistics of uniforms). Cost O(villages + deaths).
/// </summary>
internal static class AbuseDeaths
{
    public static void Kill(World world, int community, double perResident, ActorKind perpetrator, ref Xoshiro256StarStar random)
    {
        if (!(perResident > 0))
        {
            return;
        }

        PlaceTable p = world.Places;
        int first = world.Communities.FirstVillage[community];
        int end = first + world.Communities.VillageCount[community];
        double residents = 0;
        for (int v = first; v < end; v++)
        {
            residents += p.Residents[v];
        }

        int deaths = (int)Math.Round(random.NextBinomial(residents, Math.Min(1, perResident)));
        if (deaths <= 0)
        {
            return;
        }

        // Positions of the victims along the villages' cumulative residents, in increasing order.
        int left = deaths;
        double position = NextPosition(0, left, residents, ref random);
        double cumulative = 0;
        for (int v = first; v < end && left > 0; v++)
        {
            cumulative += p.Residents[v];
            int here = 0;
            while (left > 0 && position < cumulative)
            {
                here++;
                left--;
                position = left > 0 ? NextPosition(position, left, residents, ref random) : position;
            }

            if (here > 0)
            {
                Casualties.KillCivilians(world, v, here, -1, perpetrator);
            }
        }
    }

    /// <summary>The smallest of <paramref name="remaining"/> uniform positions in [from, total).</summary>
    private static double NextPosition(double from, int remaining, double total, ref Xoshiro256StarStar random)
    {
        double u = random.NextDouble();
        double share = 1 - Math.Pow(1 - u, 1.0 / remaining);
        return from + ((total - from) * share);
    }
}

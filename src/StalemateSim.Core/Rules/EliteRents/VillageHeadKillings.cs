using StalemateSim.Core.Model;
using StalemateSim.Core.Randomness;
using StalemateSim.Core.Rules.Intercommunal;
using StalemateSim.Core.Scenarios.Spec;

namespace StalemateSim.Core.Rules.EliteRents;

/// <summary>
/// Jihadists kill village heads as a tactic for taking control (digest 3.7 AS4; 2(a)-iii Kouffa's
/// campaign; 7.2.6: common in the centre, unlike killings of top leaders). In each region where
/// jihadist fighters are, candidates are drawn in proportion to village residents (a Poisson number
/// with mean villageHeadRate × presence × envelope / villagePopulation, thinned by residents), so the
/// expected number of heads killed in a village agent is rate × presence × residents / villagePopulation
/// and the work done is proportional to the killings, not to the number of villages. A candidate is
/// hit only if jihadists hold it, nobody does, or the state does; a state-held village whose head is
/// killed is lost to the state with probability villageHeadControlLoss × min(1, villagePopulation / size).
/// </summary>
internal static class VillageHeadKillings
{
    /// <summary>Kills village heads this month; <paramref name="fighters"/> and <paramref name="strongest"/> are scratch by region.</summary>
    public static void Run(
        World world, EliteRentsSpec spec, CommunityVillages villages, double[] fighters, int[] strongest, ref Xoshiro256StarStar random)
    {
        CountJihadists(world, fighters, strongest);
        PlaceTable places = world.Places;
        for (int r = 0; r < fighters.Length; r++)
        {
            double f = fighters[r];
            if (f <= 0)
            {
                continue;
            }

            double presence = f / (f + spec.VillageHeadHalfFighters);
            int candidates = random.NextPoisson(spec.VillageHeadRate * presence * villages.EnvelopeOf(r) / spec.VillagePopulation);
            for (int k = 0; k < candidates; k++)
            {
                int v = villages.DrawCandidate(world, r, ref random);
                if (v < 0)
                {
                    continue;
                }

                int owner = places.Owner[v];
                bool jihadistHeld = owner >= 0 && world.Groups.Kind[owner] == GroupKind.Jihadist;
                if (!jihadistHeld && owner != Owners.State && owner != Owners.None)
                {
                    continue;
                }

                Casualties.KillCivilians(world, v, 1, jihadistHeld ? owner : strongest[r], ActorKind.Jihadist);
                world.Counters.VillageHeadsKilled++;
                double loss = spec.VillageHeadControlLoss * Math.Min(1, spec.VillagePopulation / Math.Max(places.Initial[v], 1));
                if (owner == Owners.State && random.Chance(loss))
                {
                    places.Owner[v] = Owners.None;
                    places.OwnerSince[v] = world.Tick;
                }
            }
        }
    }

    private static void CountJihadists(World world, double[] fighters, int[] strongest)
    {
        GroupTable g = world.Groups;
        Array.Clear(fighters);
        Array.Fill(strongest, -1);
        for (int group = 0; group < g.Count; group++)
        {
            if (!g.Active[group] || g.Kind[group] != GroupKind.Jihadist)
            {
                continue;
            }

            for (int r = 0; r < fighters.Length; r++)
            {
                double there = g.FightersIn(group, r);
                if (there <= 0)
                {
                    continue;
                }

                fighters[r] += there;
                if (strongest[r] < 0 || there > g.FightersIn(strongest[r], r))
                {
                    strongest[r] = group;
                }
            }
        }
    }
}

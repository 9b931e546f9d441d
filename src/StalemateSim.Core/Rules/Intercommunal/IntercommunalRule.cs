using StalemateSim.Core.Engine;
using StalemateSim.Core.Model;
using StalemateSim.Core.Randomness;

namespace StalemateSim.Core.Rules.Intercommunal;

/// <summary>
/// Cycles of cross-victimisation between communities (digest 3.11 IC1–IC7; 3.9 HU3).
/// <list type="number">
/// <item>Raids: every armed group rooted in a community raids the villages of communities its root
/// community is hostile to in the same region (<see cref="CommunalRaids"/>).</item>
/// <item>Response to this month's civilian victims (the ledger, including the raids just made):
/// victims of any perpetrator raise the community's fear; victims of a group rooted in community a
/// raise the victims' hostility toward a, and more weakly toward every community of a's identity in
/// the victims' region (IC1, IC2, IC7); victims of the state and its foreign allies raise grievance
/// against the state instead (IC3, IC4). So a raid feeds the next one: the cycle.</item>
/// <item>Resource pressure and drought raise hostility between communities of different identities
/// sharing a region (HU3 farmer–herder competition; IC5 local disputes flare).</item>
/// <item>Fear and hostility relax toward the community's starting levels (the scenario's history).</item>
/// </list>
/// Updates the world in place; reads this tick's ledger, so it must run after the rules that kill.
/// </summary>
public sealed class IntercommunalRule : IRule
{
    public const string RuleName = "intercommunal";

    private readonly IntercommunalSpec _spec;
    private readonly CommunityVillages _villages;
    private readonly double[] _baseFear;
    private readonly double[] _baseHostility;

    /// <summary>Victims of community b by groups rooted in community a this tick, at [b * Count + a].</summary>
    private readonly double[] _victimsByRoot;

    /// <summary>Shock pushing the hostility of b toward k this tick, at [b * Count + k].</summary>
    private readonly double[] _push;

    public IntercommunalRule(IntercommunalSpec spec, World world)
    {
        _spec = spec;
        _villages = new CommunityVillages(world);
        CommunityTable c = world.Communities;
        _baseFear = (double[])c.Fear.Clone();
        _baseHostility = (double[])c.Hostility.Clone();
        _victimsByRoot = new double[c.Count * c.Count];
        _push = new double[c.Count * c.Count];
    }

    public string Name => RuleName;

    public void Apply(World world, ref Xoshiro256StarStar random)
    {
        CommunalRaids.Mount(world, _spec, _villages, ref random);
        RespondToVictims(world);
        FearOccupation(world);
        AddResourcePressure(world);
        Relax(world.Communities);
    }

    /// <summary>
    /// Villagers ruled by an armed group they have no kin ties to live in fear: of its punishments
    /// of collaborators and of the fighting to come (digest 3.10 JG2; 3.3 RC26; 3.11 IC1). A
    /// community's fear rises by <c>occupationFear × share of its villagers so ruled × (1 − fear)</c>.
    /// </summary>
    private void FearOccupation(World world)
    {
        if (_spec.OccupationFear <= 0)
        {
            return;
        }

        CommunityTable c = world.Communities;
        PlaceTable p = world.Places;
        for (int b = 0; b < c.Count; b++)
        {
            double ruled = 0, all = 0;
            int end = c.FirstVillage[b] + c.VillageCount[b];
            for (int v = c.FirstVillage[b]; v < end; v++)
            {
                all += p.Residents[v];
                int owner = p.Owner[v];
                if (owner >= 0 && world.Groups.KinOf(owner, b) < _spec.RootedKin)
                {
                    ruled += p.Residents[v];
                }
            }

            if (all > 0 && ruled > 0)
            {
                c.Fear[b] += _spec.OccupationFear * (ruled / all) * (1 - c.Fear[b]);
            }
        }
    }

    /// <summary>
    /// Shock in [0,1) of <paramref name="victims"/> deaths among a community of
    /// <paramref name="population"/> people, counted over at most <see cref="IntercommunalSpec.ShockReach"/> of them.
    /// </summary>
    private double Shock(double victims, double population)
    {
        double reached = _spec.ShockReach > 0 ? Math.Min(population, _spec.ShockReach) : population;
        return reached > 0 ? 1 - Math.Exp(-(1000 * victims / reached) / _spec.ShockScale) : 0;
    }

    private void RespondToVictims(World world)
    {
        CommunityTable c = world.Communities;
        GroupTable g = world.Groups;
        TickLedger ledger = world.Ledger;
        int n = c.Count;
        for (int b = 0; b < n; b++)
        {
            double byState = ledger.VictimsOf(b, Owners.State);
            double all = byState;
            if (byState > 0)
            {
                c.Grievance[b] += _spec.StateGrievanceGain * Shock(byState, c.Population[b]) * (1 - c.Grievance[b]);
            }

            for (int group = 0; group < g.Count; group++)
            {
                double victims = ledger.VictimsOf(b, group);
                if (victims <= 0)
                {
                    continue;
                }

                all += victims;
                for (int a = 0; a < n; a++)
                {
                    if (a != b && g.KinOf(group, a) >= _spec.RootedKin)
                    {
                        _victimsByRoot[(b * n) + a] += victims;
                    }
                }
            }

            if (all > 0)
            {
                c.Fear[b] += _spec.FearGain * Shock(all, c.Population[b]) * (1 - c.Fear[b]);
            }
        }

        BlameRootCommunities(c);
    }

    /// <summary>Turns victims by root community into hostility, spread to the perpetrators' kin in the victims' region.</summary>
    private void BlameRootCommunities(CommunityTable c)
    {
        int n = c.Count;
        for (int b = 0; b < n; b++)
        {
            int first = _villages.First(c.Region[b]);
            int end = _villages.End(c.Region[b]);
            for (int a = 0; a < n; a++)
            {
                double victims = _victimsByRoot[(b * n) + a];
                if (victims <= 0)
                {
                    continue;
                }

                _victimsByRoot[(b * n) + a] = 0;
                double shock = Shock(victims, c.Population[b]);
                _push[(b * n) + a] += shock;
                for (int i = first; i < end; i++)
                {
                    int k = _villages.MemberAt(i);
                    if (k != a && k != b && c.Identity[k] == c.Identity[a])
                    {
                        _push[(b * n) + k] += _spec.KinSpread * shock;
                    }
                }
            }
        }

        for (int i = 0; i < _push.Length; i++)
        {
            double push = _push[i];
            if (push > 0)
            {
                c.Hostility[i] += _spec.HostilityGain * Math.Min(1, push) * (1 - c.Hostility[i]);
                _push[i] = 0;
            }
        }
    }

    private void AddResourcePressure(World world)
    {
        CommunityTable c = world.Communities;
        RegionTable regions = world.Regions;
        for (int r = 0; r < regions.Count; r++)
        {
            double gain = (_spec.ResourceHostility * regions.ResourcePressure[r]) + (_spec.DroughtHostility * regions.Drought[r]);
            if (gain <= 0)
            {
                continue;
            }

            gain = Math.Min(gain, 1);
            int first = _villages.First(r);
            int end = _villages.End(r);
            for (int i = first; i < end; i++)
            {
                int a = _villages.MemberAt(i);
                for (int j = first; j < end; j++)
                {
                    int b = _villages.MemberAt(j);
                    if (c.Identity[a] != c.Identity[b])
                    {
                        ref double h = ref c.HostilityOf(a, b);
                        h += gain * (1 - h);
                    }
                }
            }
        }
    }

    private void Relax(CommunityTable c)
    {
        for (int i = 0; i < c.Count; i++)
        {
            c.Fear[i] = Math.Clamp(c.Fear[i] + (_spec.FearDecay * (_baseFear[i] - c.Fear[i])), 0, 1);
        }

        double[] h = c.Hostility;
        for (int i = 0; i < h.Length; i++)
        {
            h[i] = Math.Clamp(h[i] + (_spec.HostilityDecay * (_baseHostility[i] - h[i])), 0, 1);
        }
    }
}

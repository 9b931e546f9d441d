using System.Globalization;
using StalemateSim.Core.Model;
using StalemateSim.Core.Randomness;
using StalemateSim.Core.Scenarios.Spec;

namespace StalemateSim.Core.Scenarios;

/// <summary>
/// Builds the tables of a run from a bound scenario. Ids are indexed in ordinal order, so the same
/// scenario always gives the same indices. Village sizes and thresholds are drawn from the run's
/// "world" stream, so they too are a pure function of (scenario, seed).
/// </summary>
public static class WorldBuilder
{
    private static readonly ulong WorldStream = StreamSeed.KeyOf("world");

    /// <summary>Default stance toward the state for each group kind, when the scenario gives none.</summary>
    public static double DefaultStateStance(GroupKind kind) => kind switch
    {
        GroupKind.Separatist => -0.8,
        GroupKind.Jihadist => -1.0,
        GroupKind.ProGovernment => 0.8,
        _ => 0.3,
    };

    public static World Build(ScenarioSpec spec, ulong runSeed)
    {
        var random = new Xoshiro256StarStar(StreamSeed.Derive(runSeed, WorldStream));
        (int startYear, int startMonth) = ParseMonth(spec.Start);

        string[] regionIds = SortedKeys(spec.Regions);
        string[] communityIds = SortedKeys(spec.Communities);
        string[] eliteIds = SortedKeys(spec.Elites);
        string[] groupIds = SortedKeys(spec.ArmedGroups);
        string[] forceIds = SortedKeys(spec.ForeignForces);
        var regionIndex = IndexOf(regionIds);
        var communityIndex = IndexOf(communityIds);
        var eliteIndex = IndexOf(eliteIds);
        var groupIndex = IndexOf(groupIds);
        var forceIndex = IndexOf(forceIds);

        string[] zones = spec.Regions.Values.Select(r => r.Zone).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var regions = BuildRegions(spec, regionIds, regionIndex, zones);
        var communities = BuildCommunities(spec, communityIds, communityIndex, regionIndex);
        var places = BuildPlaces(spec, regions, communities, communityIds, ref random);

        int groupCapacity = Math.Max(spec.Limits.MaxGroups, groupIds.Length);
        int eliteCapacity = Math.Max(spec.Limits.MaxElites, eliteIds.Length);
        var elites = BuildElites(spec, eliteIds, eliteIndex, communityIndex, eliteCapacity);
        var groups = new GroupTable(groupCapacity, regions.Count, communities.Count);
        var wings = new WingTable(Math.Max(spec.Limits.MaxWings, spec.ArmedGroups.Values.Sum(g => g.Wings.Count)));
        BuildGroups(spec, groupIds, groups, wings, regionIndex, communityIndex, eliteIndex, groupIndex, elites);

        var state = BuildState(spec.State, regions, communityIndex, regionIndex);
        var foreign = BuildForeign(spec, forceIds, regionIndex, regions.Count);
        var events = BuildEvents(spec, startYear, startMonth, forceIndex, regionIndex);

        var world = new World(
            spec.Months, startYear, startMonth, zones, regions, communities, places, groups, wings, elites,
            state, foreign, events, new ReachFactors(spec.Reach.Capital, spec.Reach.District, spec.Reach.Village))
        {
            InitialGroupIds = groupIds,
        };
        return world;
    }

    /// <summary>Parses yyyy-MM.</summary>
    public static (int Year, int Month) ParseMonth(string text)
    {
        var date = DateOnly.ParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
        return (date.Year, date.Month);
    }

    /// <summary>The tick of a yyyy-MM month in a run that starts at (year, month).</summary>
    public static int TickOf(string month, int startYear, int startMonth)
    {
        (int y, int m) = ParseMonth(month);
        return ((y - startYear) * 12) + (m - startMonth);
    }

    /// <summary>
    /// Writes weights keyed by id as shares that sum to 1, at <c>target[offset + index of id]</c>.
    /// Returns false (and writes nothing) when the weights sum to zero.
    /// </summary>
    private static bool FillShares(IReadOnlyDictionary<string, double> weights, Dictionary<string, int> index, double[] target, int offset)
    {
        double total = weights.Values.Sum();
        if (!(total > 0))
        {
            return false;
        }

        foreach ((string id, double w) in weights)
        {
            target[offset + index[id]] = w / total;
        }

        return true;
    }

    private static string[] SortedKeys<T>(IReadOnlyDictionary<string, T> items) =>
        items.Keys.Order(StringComparer.Ordinal).ToArray();

    private static Dictionary<string, int> IndexOf(string[] ids)
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < ids.Length; i++)
        {
            map[ids[i]] = i;
        }

        return map;
    }

    private static RegionTable BuildRegions(ScenarioSpec spec, string[] ids, Dictionary<string, int> index, string[] zones)
    {
        var regions = new RegionTable(ids.Length, zones.Length);
        for (int r = 0; r < ids.Length; r++)
        {
            RegionSpec s = spec.Regions[ids[r]];
            regions.Ids[r] = ids[r];
            regions.Zone[r] = Array.IndexOf(zones, s.Zone);
            regions.Neighbours[r] = s.Neighbours.Where(index.ContainsKey).Select(n => index[n]).Distinct().Order().ToArray();
            regions.ResourcePressure[r] = s.ResourcePressure;
            regions.Trafficking[r] = s.Trafficking;
            regions.BaseReach[r] = s.StateReach;
            regions.Reach[r] = s.StateReach;
            regions.NationalCapital[r] = s.NationalCapital;
        }

        // Neighbourhood is symmetric even if the scenario lists it one way.
        for (int r = 0; r < ids.Length; r++)
        {
            foreach (int n in regions.Neighbours[r])
            {
                if (Array.IndexOf(regions.Neighbours[n], r) < 0)
                {
                    regions.Neighbours[n] = [.. regions.Neighbours[n].Append(r).Order()];
                }
            }
        }

        return regions;
    }

    private static CommunityTable BuildCommunities(
        ScenarioSpec spec, string[] ids, Dictionary<string, int> index, Dictionary<string, int> regionIndex)
    {
        var communities = new CommunityTable(ids.Length);
        string[] identities = spec.Communities.Values.Select(c => c.Identity).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        for (int c = 0; c < ids.Length; c++)
        {
            CommunitySpec s = spec.Communities[ids[c]];
            communities.Ids[c] = ids[c];
            communities.Region[c] = regionIndex[s.Region];
            communities.Identity[c] = Array.IndexOf(identities, s.Identity);
            communities.Population[c] = s.Population;
            communities.Grievance[c] = s.Grievance;
            communities.Fear[c] = s.Fear;
            communities.Hardship[c] = s.Hardship;
            communities.Trust[c] = s.Trust;
            communities.Islamism[c] = s.Islamism;
            communities.Separatism[c] = s.Separatism;
            communities.SelfDefenceBase[c] = s.SelfDefenceBase;
            communities.YouthShare[c] = s.YouthShare;
            foreach ((string other, double h) in s.Hostility)
            {
                if (index.TryGetValue(other, out int o))
                {
                    communities.HostilityOf(c, o) = h;
                }
            }
        }

        return communities;
    }

    private static PlaceTable BuildPlaces(
        ScenarioSpec spec, RegionTable regions, CommunityTable communities, string[] communityIds, ref Xoshiro256StarStar random)
    {
        int villages = communityIds.Sum(id => spec.Communities[id].Villages);
        var places = new PlaceTable((2 * regions.Count) + villages);
        int p = 0;
        for (int r = 0; r < regions.Count; r++)
        {
            RegionSpec rs = spec.Regions[regions.Ids[r]];
            regions.CapitalPlace[r] = p;
            AddPlace(places, p++, r, PlaceLevel.Capital, -1, rs.CapitalPopulation, Owners.State, 0);
            regions.DistrictPlace[r] = p;
            AddPlace(places, p++, r, PlaceLevel.District, -1, rs.DistrictPopulation, Owners.State, 0);
            regions.Population[r] = rs.CapitalPopulation + rs.DistrictPopulation;
        }

        for (int c = 0; c < communities.Count; c++)
        {
            CommunitySpec cs = spec.Communities[communityIds[c]];
            int r = communities.Region[c];
            communities.FirstVillage[c] = p;
            communities.VillageCount[c] = cs.Villages;

            // Village sizes: lognormal weights around equal shares, normalised to the community's population.
            double totalWeight = 0;
            for (int v = 0; v < cs.Villages; v++)
            {
                double w = Math.Exp(cs.VillageSpread * random.NextGaussian());
                places.Initial[p + v] = w;
                totalWeight += w;
            }

            for (int v = 0; v < cs.Villages; v++)
            {
                double pop = cs.Population * places.Initial[p + v] / totalWeight;
                int owner = random.NextDouble() < regions.BaseReach[r] ? Owners.State : Owners.None;
                double threshold = Math.Clamp(cs.Threshold + (0.5 * cs.VillageSpread * cs.Threshold * random.NextGaussian()), 0, 1);
                AddPlace(places, p + v, r, PlaceLevel.Village, c, pop, owner, threshold);
            }

            p += cs.Villages;

            regions.Population[r] += cs.Population;
        }

        return places;
    }

    private static void AddPlace(PlaceTable places, int p, int region, PlaceLevel level, int community, double population, int owner, double threshold)
    {
        places.Region[p] = region;
        places.Level[p] = level;
        places.Community[p] = community;
        places.Initial[p] = population;
        places.Residents[p] = population;
        places.Owner[p] = owner;
        places.Threshold[p] = threshold;
    }

    private static EliteTable BuildElites(
        ScenarioSpec spec, string[] ids, Dictionary<string, int> index, Dictionary<string, int> communityIndex, int capacity)
    {
        var elites = new EliteTable(capacity);
        for (int i = 0; i < ids.Length; i++)
        {
            EliteSpec s = spec.Elites[ids[i]];
            int e = elites.Add(ids[i], s.Community is { } c && communityIndex.TryGetValue(c, out int ci) ? ci : -1);
            elites.Ambition[e] = s.Ambition;
            elites.Prestige[e] = s.Prestige;
            elites.Islamism[e] = s.Islamism;
            elites.StateStance[e] = s.StateStance;
        }

        for (int i = 0; i < ids.Length; i++)
        {
            foreach ((string rival, double intensity) in spec.Elites[ids[i]].Rivals)
            {
                if (index.TryGetValue(rival, out int j))
                {
                    // Rivalry is mutual: the stronger of the two stated intensities holds both ways.
                    double v = Math.Max(intensity, elites.RivalryOf(i, j));
                    elites.RivalryOf(i, j) = v;
                    elites.RivalryOf(j, i) = v;
                }
            }
        }

        return elites;
    }

    private static void BuildGroups(
        ScenarioSpec spec,
        string[] ids,
        GroupTable groups,
        WingTable wings,
        Dictionary<string, int> regionIndex,
        Dictionary<string, int> communityIndex,
        Dictionary<string, int> eliteIndex,
        Dictionary<string, int> groupIndex,
        EliteTable elites)
    {
        for (int i = 0; i < ids.Length; i++)
        {
            ArmedGroupSpec s = spec.ArmedGroups[ids[i]];
            int g = groups.Add(s.Kind, GroupOrigin.Initial, 0);
            groups.Fighters[g] = s.Fighters;
            groups.PeakFighters[g] = s.Fighters;
            groups.Money[g] = s.Money;
            groups.Arms[g] = s.Arms;
            groups.Cohesion[g] = s.Cohesion;
            groups.Islamism[g] = s.Islamism;
            groups.StateStance[g] = s.StateStance ?? DefaultStateStance(s.Kind);
            groups.Leader[g] = eliteIndex[s.Leader];
            groups.StateFunding[g] = s.StateFunding;
            groups.ExternalFunding[g] = s.ExternalFunding;

            FillShares(s.Presence, regionIndex, groups.Presence, g * groups.RegionCount);

            foreach ((string community, double w) in s.BaseCommunities)
            {
                groups.KinOf(g, communityIndex[community]) = w;
            }

            foreach (string wingId in s.Wings.Keys.Order(StringComparer.Ordinal))
            {
                WingSpec w = s.Wings[wingId];
                int elite = eliteIndex[w.Elite];
                int community = w.Community is { } wc ? communityIndex[wc] : elites.Community[elite];
                wings.Add(g, elite, w.Share, community);
            }
        }

        for (int i = 0; i < ids.Length; i++)
        {
            foreach ((string patron, double amount) in spec.ArmedGroups[ids[i]].Patrons)
            {
                groups.PatronFunding[(groupIndex[patron] * groups.Capacity) + i] = amount;
            }
        }
    }

    private static StateAgent BuildState(StateSpec s, RegionTable regions, Dictionary<string, int> communityIndex, Dictionary<string, int> regionIndex)
    {
        var state = new StateAgent(regions.Count, communityIndex.Count)
        {
            Army = s.Army,
            ArmyCohesion = s.ArmyCohesion,
            Budget = s.Budget,
            Abuse = s.Abuse,
            MilitiaFunding = s.MilitiaFunding,
            TalkStance = s.TalkStance,
            TalksWithJihadists = s.TalksWithJihadists,
        };
        foreach ((string community, double v) in s.Profiling)
        {
            state.Profiling[communityIndex[community]] = v;
        }

        if (!FillShares(s.Deployment, regionIndex, state.Deployment, 0))
        {
            // Without a stated deployment, the army is spread in proportion to population.
            double pop = regions.Population.Sum();
            for (int r = 0; r < regions.Count; r++)
            {
                state.Deployment[r] = pop > 0 ? regions.Population[r] / pop : 1.0 / regions.Count;
            }
        }

        return state;
    }

    private static ForeignTable BuildForeign(ScenarioSpec spec, string[] ids, Dictionary<string, int> regionIndex, int regionCount)
    {
        var foreign = new ForeignTable(ids.Length, regionCount);
        for (int f = 0; f < ids.Length; f++)
        {
            ForeignForceSpec s = spec.ForeignForces[ids[f]];
            foreign.Ids[f] = ids[f];
            foreign.Posture[f] = s.Posture;
            foreign.DefaultTroops[f] = s.Troops;
            foreign.CtEffect[f] = s.CtEffect;
            foreign.Attraction[f] = s.Attraction;
            foreign.MilitiaSupport[f] = s.MilitiaSupport;
            foreign.Abuse[f] = s.Abuse;
            FillShares(s.Deployment, regionIndex, foreign.Deployment, f * regionCount);
        }

        return foreign;
    }

    private static ScheduledEvent[] BuildEvents(
        ScenarioSpec spec, int startYear, int startMonth, Dictionary<string, int> forceIndex, Dictionary<string, int> regionIndex)
    {
        var events = new List<ScheduledEvent>();
        foreach (string id in spec.Events.Keys.Order(StringComparer.Ordinal))
        {
            EventSpec e = spec.Events[id];
            var settings = new List<PolicySetting>();
            foreach ((string name, double value) in e.Set.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            {
                if (PolicySetting.TryParse(name, value, f => forceIndex.GetValueOrDefault(f, -1), r => regionIndex.GetValueOrDefault(r, -1), out var setting))
                {
                    settings.Add(setting);
                }
            }

            events.Add(new ScheduledEvent(
                id,
                TickOf(e.At, startYear, startMonth),
                e.Type,
                e.Force is { } f ? forceIndex[f] : -1,
                e.Troops,
                e.Regions.Select(r => regionIndex[r]).ToArray(),
                e.Severity,
                e.Months,
                e.Inclusive,
                e.SeatValue,
                [.. settings]));
        }

        return [.. events.OrderBy(e => e.Tick).ThenBy(e => e.Id, StringComparer.Ordinal)];
    }
}

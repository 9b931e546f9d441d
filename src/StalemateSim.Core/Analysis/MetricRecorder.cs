using StalemateSim.Core.Model;
using StalemateSim.Core.Scenarios.Spec;

namespace StalemateSim.Core.Analysis;

/// <summary>
/// Samples the world into a <see cref="Trajectory"/> at the end of every tick. It only reads the
/// world. All buffers are sized at construction, so recording does not allocate.
/// </summary>
public sealed class MetricRecorder
{
    /// <summary>Names of the holders of places, in control-metric order: state, the four group kinds, none.</summary>
    public static readonly string[] HolderNames = ["state", "separatist", "jihadist", "proGovernment", "selfDefence", "none"];

    private const int HolderCount = 6;
    private const int NoneHolder = 5;

    private readonly World _world;
    private readonly int _zones;
    private readonly int[] _zoneDeaths;
    private readonly int[] _regionDeaths;
    private readonly int[] _deathsBy = new int[ActorKinds.Count];
    private readonly int[] _groupsOf = new int[ActorKinds.GroupKindCount];
    private readonly int[] _fightersOf = new int[ActorKinds.GroupKindCount];
    private readonly int[] _recruitsOf = new int[ActorKinds.GroupKindCount];
    private readonly int[] _control = new int[HolderCount];
    private readonly int[] _controlZone;
    private readonly int[] _capitals;
    private readonly int[] _capitalStateOf;
    private readonly int[] _capitalJihadistOf;
    private readonly int[] _capitalSeparatistOf;
    private readonly int[] _controlTop;
    private readonly int[] _controlTopGroup;
    private readonly int[] _reachAt = new int[3];
    private readonly double[] _holderPop = new double[HolderCount];
    private readonly double[] _holderZonePop;
    private readonly double[] _zonePop;
    private readonly double[] _capitalsHeld;
    private readonly double[] _capitalCount;
    private readonly double[] _actorZonePop;
    private readonly double[] _levelPop = new double[3];

    /// <summary>The places' initial populations summed (with <c>_zonePop</c>, <c>_levelPop</c> and <c>_capitalCount</c>, fixed for the run).</summary>
    private readonly double _totalPop;
    private readonly double[] _levelState = new double[3];
    private readonly bool[] _blocSeen;
    private readonly List<string> _names = [];
    private readonly int _deaths;
    private readonly int _deathsCombatants;
    private readonly int _deathsCivilians;
    private readonly int _deathsState;
    private readonly int _deathsForeign;
    private readonly int _groupsActive;
    private readonly int _groupsEffective;
    private readonly int _fightersLargest;
    private readonly int _splinters;
    private readonly int _mergers;
    private readonly int _militias;
    private readonly int _blocs;
    private readonly int _groupsWithBlocs;
    private readonly int _idps;
    private readonly int _refugees;
    private readonly int _reach;
    private readonly int _rents;
    private readonly int _foreignTroops;
    private readonly int _attacksForeign;
    private readonly int _budget;
    private readonly int _army;
    private readonly int _implementation;
    private readonly int _assassinations;
    private readonly int _coups;
    private readonly int _signatories;
    private readonly int _withdrawals;
    private readonly int _villageHeads;
    private readonly int[] _fightersOfGroup;

    public MetricRecorder(World world)
    {
        _world = world;
        _zones = world.ZoneNames.Count;
        _deaths = Add(MetricNames.Deaths);
        _deathsCombatants = Add(MetricNames.DeathsCombatants);
        _deathsCivilians = Add(MetricNames.DeathsCivilians);
        _deathsState = Add(MetricNames.DeathsState);
        _deathsForeign = Add(MetricNames.DeathsForeign);
        _zoneDeaths = new int[_zones];
        for (int z = 0; z < _zones; z++)
        {
            _zoneDeaths[z] = Add(MetricNames.DeathsInZone(world.ZoneNames[z]));
        }

        _regionDeaths = new int[world.Regions.Count];
        for (int r = 0; r < world.Regions.Count; r++)
        {
            _regionDeaths[r] = Add(MetricNames.DeathsInRegion(world.Regions.Ids[r]));
        }

        for (int k = 0; k < ActorKinds.Count; k++)
        {
            _deathsBy[k] = Add(MetricNames.DeathsBy((ActorKind)k));
        }

        _groupsActive = Add(MetricNames.GroupsActive);
        for (int k = 0; k < ActorKinds.GroupKindCount; k++)
        {
            _groupsOf[k] = Add(MetricNames.GroupsActiveOf(ActorKinds.Of((GroupKind)k)));
        }

        _groupsEffective = Add(MetricNames.GroupsEffective);
        _fightersLargest = Add(MetricNames.FightersLargest);
        for (int k = 0; k < ActorKinds.GroupKindCount; k++)
        {
            _fightersOf[k] = Add(MetricNames.FightersOf(ActorKinds.Of((GroupKind)k)));
        }

        for (int k = 0; k < ActorKinds.GroupKindCount; k++)
        {
            _recruitsOf[k] = Add(MetricNames.RecruitsOf(ActorKinds.Of((GroupKind)k)));
        }

        _splinters = Add(MetricNames.Splinters);
        _mergers = Add(MetricNames.Mergers);
        _militias = Add(MetricNames.NewMilitias);
        _blocs = Add(MetricNames.Blocs);
        _groupsWithBlocs = Add(MetricNames.GroupsWithBlocs);
        for (int h = 0; h < HolderCount; h++)
        {
            _control[h] = Add(MetricNames.ControlOf(HolderNames[h]));
        }

        _capitalStateOf = new int[world.Regions.Count];
        _capitalJihadistOf = new int[world.Regions.Count];
        _capitalSeparatistOf = new int[world.Regions.Count];
        for (int r = 0; r < world.Regions.Count; r++)
        {
            _capitalStateOf[r] = Add(MetricNames.CapitalOfRegion(HolderNames[0], world.Regions.Ids[r]));
            _capitalJihadistOf[r] = Add(MetricNames.CapitalOfRegion(ActorKinds.MetricName(ActorKind.Jihadist), world.Regions.Ids[r]));
            _capitalSeparatistOf[r] = Add(MetricNames.CapitalOfRegion(ActorKinds.MetricName(ActorKind.Separatist), world.Regions.Ids[r]));
        }

        _controlZone = new int[HolderCount * _zones];
        _capitals = new int[HolderCount * _zones];
        _controlTop = new int[_zones];
        _controlTopGroup = new int[_zones];
        for (int z = 0; z < _zones; z++)
        {
            for (int h = 0; h < HolderCount; h++)
            {
                _controlZone[(h * _zones) + z] = Add(MetricNames.ControlOf(HolderNames[h], world.ZoneNames[z]));
            }

            for (int h = 0; h < HolderCount; h++)
            {
                _capitals[(h * _zones) + z] = Add(MetricNames.CapitalsOf(HolderNames[h], world.ZoneNames[z]));
            }

            _controlTop[z] = Add(MetricNames.ControlTop(world.ZoneNames[z]));
            _controlTopGroup[z] = Add(MetricNames.ControlTopGroup(world.ZoneNames[z]));
        }

        _idps = Add(MetricNames.Idps);
        _refugees = Add(MetricNames.Refugees);
        _reach = Add(MetricNames.StateReach);
        for (int l = 0; l < 3; l++)
        {
            _reachAt[l] = Add(MetricNames.StateReachAt((PlaceLevel)l));
        }

        _rents = Add(MetricNames.EliteRents);
        _foreignTroops = Add(MetricNames.ForeignTroops);
        _attacksForeign = Add(MetricNames.AttacksForeign);
        _budget = Add(MetricNames.StateBudget);
        _army = Add(MetricNames.StateArmy);
        _implementation = Add(MetricNames.AccordImplementation);
        _assassinations = Add(MetricNames.Assassinations);
        _coups = Add(MetricNames.Coups);
        _signatories = Add(MetricNames.AccordSignatories);
        _withdrawals = Add(MetricNames.AccordWithdrawals);
        _villageHeads = Add(MetricNames.VillageHeadsKilled);

        // The groups the scenario starts with, by id; splinters and militias have no stable id.
        _fightersOfGroup = new int[world.Groups.Count];
        for (int g = 0; g < _fightersOfGroup.Length; g++)
        {
            _fightersOfGroup[g] = Add(MetricNames.FightersOfGroup(world.GroupName(g)));
        }

        _holderZonePop = new double[HolderCount * _zones];
        _zonePop = new double[_zones];
        _capitalsHeld = new double[HolderCount * _zones];
        _capitalCount = new double[_zones];
        _actorZonePop = new double[(world.Groups.Capacity + 1) * _zones];
        _blocSeen = new bool[world.Groups.Capacity];
        Trajectory = new Trajectory(_names, world.Months);
        _totalPop = TallyFixedPopulations(world.Places, world.Regions);
    }

    public Trajectory Trajectory { get; }

    /// <summary>Samples the world at the end of the current tick.</summary>
    public void Record()
    {
        World w = _world;
        int t = w.Tick;
        Trajectory tr = Trajectory;
        TickLedger ledger = w.Ledger;
        tr[_deaths, t] = ledger.CombatantDeaths + ledger.CivilianDeaths;
        tr[_deathsCombatants, t] = ledger.CombatantDeaths;
        tr[_deathsCivilians, t] = ledger.CivilianDeaths;
        tr[_deathsState, t] = ledger.StateDeaths;
        tr[_deathsForeign, t] = ledger.ForeignDeaths;
        for (int z = 0; z < _zones; z++)
        {
            tr[_zoneDeaths[z], t] = 0;
        }

        for (int r = 0; r < w.Regions.Count; r++)
        {
            tr[_regionDeaths[r], t] = ledger.DeathsByRegion[r];
            tr[_zoneDeaths[w.Regions.Zone[r]], t] += ledger.DeathsByRegion[r];
        }

        for (int k = 0; k < ActorKinds.Count; k++)
        {
            tr[_deathsBy[k], t] = ledger.DeathsByPerpetrator[k];
        }

        RecordGroups(t);
        RecordTerritory(t);

        double idps = 0, refugees = 0;
        PlaceTable places = w.Places;
        for (int p = 0; p < places.Count; p++)
        {
            idps += places.Idps[p];
            refugees += places.Refugees[p];
        }

        tr[_idps, t] = idps;
        tr[_refugees, t] = refugees;
        tr[_rents, t] = ledger.EliteRents;
        double troops = 0;
        for (int f = 0; f < w.Foreign.Count; f++)
        {
            if (w.Foreign.Present[f])
            {
                troops += w.Foreign.Troops[f];
            }
        }

        tr[_foreignTroops, t] = troops;
        tr[_attacksForeign, t] = ledger.AttacksOnForeign;
        tr[_budget, t] = w.State.Budget;
        tr[_army, t] = w.State.Army;
        tr[_implementation, t] = w.Accord.Active ? w.Accord.Implementation : 0;
        tr[_assassinations, t] = w.Counters.Assassinations;
        tr[_coups, t] = w.State.Coups;
        tr[_withdrawals, t] = w.Counters.AccordWithdrawals;
        tr[_villageHeads, t] = w.Counters.VillageHeadsKilled;
    }

    private void RecordGroups(int t)
    {
        World w = _world;
        Trajectory tr = Trajectory;
        GroupTable groups = w.Groups;
        int active = 0;
        double total = 0, sumSquares = 0, largest = 0;
        Span<double> fighters = stackalloc double[ActorKinds.GroupKindCount];
        Span<int> counts = stackalloc int[ActorKinds.GroupKindCount];
        Array.Clear(_blocSeen);
        int blocs = 0;
        for (int g = 0; g < groups.Count; g++)
        {
            if (!groups.Active[g])
            {
                continue;
            }

            active++;
            int k = (int)groups.Kind[g];
            counts[k]++;
            fighters[k] += groups.Fighters[g];
            total += groups.Fighters[g];
            sumSquares += groups.Fighters[g] * groups.Fighters[g];
            largest = Math.Max(largest, groups.Fighters[g]);
            int bloc = groups.Bloc[g];
            if (bloc >= 0 && !_blocSeen[bloc])
            {
                _blocSeen[bloc] = true;
                blocs++;
            }
        }

        tr[_groupsActive, t] = active;
        tr[_groupsEffective, t] = sumSquares > 0 ? total * total / sumSquares : 0;
        tr[_fightersLargest, t] = largest;
        for (int k = 0; k < ActorKinds.GroupKindCount; k++)
        {
            tr[_groupsOf[k], t] = counts[k];
            tr[_fightersOf[k], t] = fighters[k];
            tr[_recruitsOf[k], t] = w.Ledger.RecruitsByKind[k];
        }

        tr[_splinters, t] = w.Counters.Splinters;
        tr[_mergers, t] = w.Counters.Mergers;
        tr[_militias, t] = w.Counters.NewMilitias;
        tr[_blocs, t] = blocs;
        tr[_groupsWithBlocs, t] = active + blocs;
        int signatories = 0;
        if (w.Accord.Active)
        {
            for (int g = 0; g < groups.Count; g++)
            {
                if (groups.Active[g] && groups.Accord[g] == AccordStatus.Signatory)
                {
                    signatories++;
                }
            }
        }

        tr[_signatories, t] = signatories;
        for (int g = 0; g < _fightersOfGroup.Length; g++)
        {
            tr[_fightersOfGroup[g], t] = groups.Active[g] ? groups.Fighters[g] : 0;
        }
    }

    /// <summary>
    /// Fills the populations that never change (places' initial populations by zone and by level,
    /// and the regional capitals by zone) and returns the total, each summed in place order as
    /// the recording once summed them every month, so the same bits.
    /// </summary>
    private double TallyFixedPopulations(PlaceTable places, RegionTable regions)
    {
        double total = 0;
        for (int p = 0; p < places.Count; p++)
        {
            double pop = places.Initial[p];
            int zone = regions.Zone[places.Region[p]];
            total += pop;
            _zonePop[zone] += pop;
            _levelPop[(int)places.Level[p]] += pop;
            if (places.Level[p] == PlaceLevel.Capital)
            {
                _capitalCount[zone] += 1;
            }
        }

        return total;
    }

    private void RecordTerritory(int t)
    {
        World w = _world;
        Trajectory tr = Trajectory;
        PlaceTable places = w.Places;
        Array.Clear(_holderPop);
        Array.Clear(_holderZonePop);
        Array.Clear(_capitalsHeld);
        Array.Clear(_actorZonePop);
        Array.Clear(_levelState);
        double totalPop = _totalPop;
        int cap = w.Groups.Capacity;

        // Places come in runs with one holder, region and level (a community's villages one after
        // another, often held alike): a run's sums are kept in registers and stored when it ends,
        // instead of going through memory on every addition. Each sum still gets its places'
        // populations added one by one in place order, so the bits are those of the plain loop.
        int[] owners = places.Owner;
        int[] regionOf = places.Region;
        PlaceLevel[] levels = places.Level;
        double[] initial = places.Initial;
        int p = 0;
        while (p < places.Count)
        {
            int owner = owners[p];
            int region = regionOf[p];
            PlaceLevel level = levels[p];
            int zone = w.Regions.Zone[region];
            int holder = owner == Owners.State ? 0 : owner == Owners.None ? NoneHolder : 1 + (int)w.Groups.Kind[owner];
            int holderZone = (holder * _zones) + zone;
            // The state's row is the last; places no one holds have no row (group 0's is read, never written).
            int actorZone = ((owner == Owners.State ? cap : Math.Max(owner, 0)) * _zones) + zone;
            double held = _holderPop[holder], heldInZone = _holderZonePop[holderZone];
            double actorInZone = _actorZonePop[actorZone], stateAtLevel = _levelState[(int)level];
            int start = p;
            do
            {
                double pop = initial[p];
                held += pop;
                heldInZone += pop;
                actorInZone += pop;
                stateAtLevel += pop;
                p++;
            }
            while (p < places.Count && owners[p] == owner && regionOf[p] == region && levels[p] == level);

            _holderPop[holder] = held;
            _holderZonePop[holderZone] = heldInZone;
            if (owner != Owners.None)
            {
                _actorZonePop[actorZone] = actorInZone;
            }

            if (owner == Owners.State)
            {
                _levelState[(int)level] = stateAtLevel;
            }

            if (level == PlaceLevel.Capital)
            {
                _capitalsHeld[holderZone] += p - start;
            }
        }

        for (int r = 0; r < w.Regions.Count; r++)
        {
            int owner = places.Owner[w.Regions.CapitalPlace[r]];
            tr[_capitalStateOf[r], t] = owner == Owners.State ? 1 : 0;
            tr[_capitalJihadistOf[r], t] = owner >= 0 && w.Groups.Kind[owner] == GroupKind.Jihadist ? 1 : 0;
            tr[_capitalSeparatistOf[r], t] = owner >= 0 && w.Groups.Kind[owner] == GroupKind.Separatist ? 1 : 0;
        }

        for (int h = 0; h < HolderCount; h++)
        {
            tr[_control[h], t] = totalPop > 0 ? _holderPop[h] / totalPop : 0;
            for (int z = 0; z < _zones; z++)
            {
                tr[_controlZone[(h * _zones) + z], t] = _zonePop[z] > 0 ? _holderZonePop[(h * _zones) + z] / _zonePop[z] : 0;
                tr[_capitals[(h * _zones) + z], t] = _capitalCount[z] > 0 ? _capitalsHeld[(h * _zones) + z] / _capitalCount[z] : 0;
            }
        }

        for (int z = 0; z < _zones; z++)
        {
            // Rows past the groups formed so far are never written (they stay 0).
            double topGroup = 0;
            for (int a = 0; a < w.Groups.Count; a++)
            {
                topGroup = Math.Max(topGroup, _actorZonePop[(a * _zones) + z]);
            }

            double top = Math.Max(topGroup, _actorZonePop[(cap * _zones) + z]);
            tr[_controlTop[z], t] = _zonePop[z] > 0 ? top / _zonePop[z] : 0;
            tr[_controlTopGroup[z], t] = _zonePop[z] > 0 ? topGroup / _zonePop[z] : 0;
        }

        tr[_reach, t] = totalPop > 0 ? _holderPop[0] / totalPop : 0;
        for (int l = 0; l < 3; l++)
        {
            tr[_reachAt[l], t] = _levelPop[l] > 0 ? _levelState[l] / _levelPop[l] : 0;
        }
    }

    private int Add(string name)
    {
        _names.Add(name);
        return _names.Count - 1;
    }
}

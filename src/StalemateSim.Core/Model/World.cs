namespace StalemateSim.Core.Model;

/// <summary>
/// The whole state of one run, as tables indexed by int ids. Built by
/// the world builder; changed only by rules; read by observers.
/// </summary>
public sealed class World
{
    public World(
        int months,
        int startYear,
        int startMonth,
        IReadOnlyList<string> zoneNames,
        RegionTable regions,
        CommunityTable communities,
        PlaceTable places,
        GroupTable groups,
        WingTable wings,
        EliteTable elites,
        StateAgent state,
        ForeignTable foreign,
        IReadOnlyList<ScheduledEvent> events,
        ReachFactors reach)
    {
        Months = months;
        StartYear = startYear;
        StartMonth = startMonth;
        ZoneNames = zoneNames;
        Regions = regions;
        Communities = communities;
        Places = places;
        Groups = groups;
        Wings = wings;
        Elites = elites;
        State = state;
        Foreign = foreign;
        Events = events;
        Reach = reach;
        Relations = new RelationMatrix(groups.Capacity);
        Ledger = new TickLedger(regions.Count, communities.Count, groups.Capacity);
        Log = new EventLog(4096);
    }

    /// <summary>The current tick (month index from 0).</summary>
    public int Tick { get; set; }

    public int Months { get; }

    public int StartYear { get; }

    public int StartMonth { get; }

    public IReadOnlyList<string> ZoneNames { get; }

    public RegionTable Regions { get; }

    public CommunityTable Communities { get; }

    public PlaceTable Places { get; }

    public GroupTable Groups { get; }

    public WingTable Wings { get; }

    public EliteTable Elites { get; }

    public StateAgent State { get; }

    public ForeignTable Foreign { get; }

    public RelationMatrix Relations { get; }

    public AccordState Accord { get; } = new();

    public TickLedger Ledger { get; }

    public EventLog Log { get; }

    public Counters Counters { get; } = new();

    /// <summary>Scheduled events, sorted by tick.</summary>
    public IReadOnlyList<ScheduledEvent> Events { get; }

    public ReachFactors Reach { get; }

    /// <summary>Ids of the groups the scenario starts with, by group index.</summary>
    public IReadOnlyList<string> InitialGroupIds { get; init; } = [];

    /// <summary>The calendar month of a tick.</summary>
    public DateOnly DateOf(int tick)
    {
        int m = StartMonth - 1 + tick;
        return new DateOnly(StartYear + (m / 12), (m % 12) + 1, 1);
    }

    /// <summary>True if the state and the group fight when they meet.</summary>
    public bool HostileToState(int group) => Groups.StateStance[group] < 0;

    /// <summary>A readable id for any group, including splinters and militias formed during the run.</summary>
    public string GroupName(int group) => GroupNames.Of(this, group);

    /// <summary>A readable id for any elite, including commanders who rose during the run.</summary>
    public string EliteName(int elite) =>
        Elites.Ids[elite] ?? $"{GroupName(Elites.RisenFrom[elite])}-commander-{elite}";
}

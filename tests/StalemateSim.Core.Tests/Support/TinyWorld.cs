using StalemateSim.Core.Engine;
using StalemateSim.Core.Model;
using StalemateSim.Core.Rules;
using StalemateSim.Core.Scenarios;
using StalemateSim.Core.Scenarios.Spec;

namespace StalemateSim.Core.Tests.Support;

/// <summary>
/// Hand-built tiny scenarios for rule tests: two regions ("north" with capital town, "centre"),
/// three communities, a handful of elites, and whatever groups a test adds. Start 2012-01.
/// </summary>
internal sealed class TinyWorld
{
    public Dictionary<string, RegionSpec> Regions { get; } = new()
    {
        ["north"] = new RegionSpec { Zone = "north", Neighbours = ["centre"], CapitalPopulation = 20_000, DistrictPopulation = 10_000, StateReach = 0.8, Trafficking = 0.5 },
        ["centre"] = new RegionSpec { Zone = "centre", Neighbours = ["north"], CapitalPopulation = 40_000, DistrictPopulation = 20_000, StateReach = 0.9 },
    };

    public Dictionary<string, CommunitySpec> Communities { get; } = new()
    {
        ["herders"] = new CommunitySpec { Identity = "herder", Region = "centre", Population = 50_000, Villages = 10, Grievance = 0.3, Fear = 0.1 },
        ["farmers"] = new CommunitySpec { Identity = "farmer", Region = "centre", Population = 50_000, Villages = 10, Grievance = 0.2, Fear = 0.1, SelfDefenceBase = 0.6 },
        ["nomads"] = new CommunitySpec { Identity = "nomad", Region = "north", Population = 30_000, Villages = 5, Grievance = 0.5, Separatism = 0.6 },
    };

    public Dictionary<string, EliteSpec> Elites { get; } = new()
    {
        ["chief-a"] = new EliteSpec { Community = "nomads", Ambition = 0.6 },
        ["chief-b"] = new EliteSpec { Community = "nomads", Ambition = 0.8 },
        ["preacher"] = new EliteSpec { Community = "herders", Islamism = 0.9, StateStance = -1 },
        ["hunter"] = new EliteSpec { Community = "farmers", StateStance = 0.5 },
    };

    public Dictionary<string, ArmedGroupSpec> Groups { get; } = [];

    public Dictionary<string, ForeignForceSpec> Foreign { get; } = [];

    public Dictionary<string, EventSpec> Events { get; } = [];

    public StateSpec State { get; set; } = new() { Army = 5_000, Budget = 10, Deployment = new Dictionary<string, double> { ["north"] = 0.4, ["centre"] = 0.6 } };

    public int Months { get; set; } = 24;

    /// <summary>Table capacities (defaults as in a scenario).</summary>
    public LimitsSpec Limits { get; set; } = new();

    public TinyWorld WithGroup(string id, ArmedGroupSpec group)
    {
        Groups[id] = group;
        return this;
    }

    /// <summary>A separatist group in the north led by chief-a, with a wing led by chief-b.</summary>
    public TinyWorld WithSeparatists(double fighters = 1_000) => WithGroup("rebels", new ArmedGroupSpec
    {
        Kind = GroupKind.Separatist,
        Leader = "chief-a",
        Fighters = fighters,
        Money = 500,
        Presence = new Dictionary<string, double> { ["north"] = 1 },
        BaseCommunities = new Dictionary<string, double> { ["nomads"] = 1 },
        Wings = new Dictionary<string, WingSpec> { ["young"] = new() { Elite = "chief-b", Share = 0.3 } },
    });

    /// <summary>A jihadist group in the centre led by the preacher, rooted among herders.</summary>
    public TinyWorld WithJihadists(double fighters = 800) => WithGroup("jihadists", new ArmedGroupSpec
    {
        Kind = GroupKind.Jihadist,
        Leader = "preacher",
        Fighters = fighters,
        Money = 500,
        Islamism = 0.9,
        Presence = new Dictionary<string, double> { ["centre"] = 1 },
        BaseCommunities = new Dictionary<string, double> { ["herders"] = 0.8 },
    });

    public ScenarioSpec Spec() => new()
    {
        SchemaVersion = 1,
        Name = "tiny",
        Start = "2012-01",
        Months = Months,
        Limits = Limits,
        Regions = Regions,
        Communities = Communities,
        Elites = Elites,
        ArmedGroups = Groups,
        State = State,
        ForeignForces = Foreign,
        Events = Events,
    };

    public World Build(ulong seed = 1) => WorldBuilder.Build(Spec(), seed);

    /// <summary>A simulation running only the given rules (specs default-constructed where null).</summary>
    public Simulation Simulate(ulong seed, params RuleSpec[] rules)
    {
        var pairs = rules.Select(r => (Descriptor: DescriptorFor(r), Spec: r)).ToList();
        return SimulationFactory.Create(Spec(), pairs, seed);
    }

    public static RuleDescriptor DescriptorFor(RuleSpec spec) =>
        RuleCatalog.All.Single(d => d.SpecType == spec.GetType());
}

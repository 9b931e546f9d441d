using StalemateSim.Core.Analysis;
using StalemateSim.Core.Engine;
using StalemateSim.Core.MonteCarlo;
using StalemateSim.Core.Randomness;
using StalemateSim.Core.Scenarios;
using StalemateSim.Core.Scenarios.Spec;
using StalemateSim.Core.Tests.Support;

namespace StalemateSim.Core.Tests.Scenarios;

/// <summary>
/// The scenarios shipped under scenarios/ (the national one, the central-Mali one, the examples):
/// each loads without problems and runs to its end with the invariants checked after every month;
/// and the central-Mali scenario produces what the reports describe there (digest 2(a)-iv, 2(e), 3.11).
/// </summary>
public sealed class BundledScenarioTests
{
    private const string Mopti = "mopti-2015.json";
    private const ulong Seed = 1;
    private const int MoptiRuns = 20;

    /// <summary>Full scenarios: scenarios/*.json (not the schema) and scenarios/examples/*.json, as paths relative to scenarios/.</summary>
    public static IEnumerable<TestCaseData> Scenarios()
    {
        string folder = ScenariosFolder();
        IEnumerable<string> files = Directory.GetFiles(folder, "*.json")
            .Where(f => !Path.GetFileName(f).Equals("scenario.schema.json", StringComparison.Ordinal));
        string examples = Path.Combine(folder, "examples");
        if (Directory.Exists(examples))
        {
            files = files.Concat(Directory.GetFiles(examples, "*.json"));
        }

        return files
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .Select(name => new TestCaseData(name).SetArgDisplayNames(name));
    }

    /// <summary>
    /// Known engine defects that make a bundled scenario break the invariants, by scenario: the case
    /// is reported as ignored, with the reason, until the engine is fixed; then delete the entry.
    /// </summary>
    private static readonly Dictionary<string, string> KnownInvariantFailures = new(StringComparer.Ordinal)
    {
        ["examples/three-regions.json"] =
            "engine: a group's presence stops summing to 1. The error starts near 1e-9 in the clashes and foreignForces "
            + "rules (losses taken region by region), compounds month after month, passes 1e-6 around month 90 and is "
            + "copied into new splinters (up to 0.25 off in seed 1, run 2); mali-2012 and mopti-2015 stay within 1e-15",
    };

    /// <summary><see cref="Scenarios"/>, with the known failures marked ignored.</summary>
    public static IEnumerable<TestCaseData> InvariantCases() =>
        Scenarios().Select(c => KnownInvariantFailures.TryGetValue((string)c.Arguments[0]!, out string? why) ? c.Ignore(why) : c);

    [Test]
    public void The_bundled_scenarios_include_the_national_and_central_ones()
    {
        string[] names = [.. Scenarios().Select(c => (string)c.Arguments[0]!)];

        Assert.That(names, Does.Contain("mali-2012.json").And.Contain(Mopti));
    }

    [TestCaseSource(nameof(Scenarios))]
    public void Loads_without_problems(string name)
    {
        LoadResult result = ScenarioLoader.Load([Path.Combine(ScenariosFolder(), name)]);

        Assert.That(result.Problems.Select(p => p.ToString()), Is.Empty);
        Assert.That(result.Ok, Is.True);
    }

    [TestCaseSource(nameof(InvariantCases))]
    public void A_full_run_keeps_the_invariants(string name)
    {
        var factory = new ScenarioRunFactory(Load(name));
        Simulation sim = factory.Create(StreamSeed.ForRun(Seed, 0), out _);
        sim.AfterTick = Invariants.Check;

        sim.RunToEnd();

        Assert.That(sim.World.Tick, Is.EqualTo(sim.World.Months));
    }

    /// <summary>
    /// Over 20 runs of mopti-2015.json: self-defence militias emerge in most runs (none is present at
    /// the start, 2(a)-iv), people are killed in Mopti, and Kouffa's forces hold villages at some point
    /// (2(e): the state lost much control of the villages).
    /// </summary>
    [Test]
    public void Mopti_militias_emerge_people_die_in_Mopti_and_jihadists_hold_villages()
    {
        CompiledScenario scenario = Load(Mopti);
        var factory = new ScenarioRunFactory(scenario);
        var results = new RunResult[MoptiRuns];
        Parallel.For(0, MoptiRuns, i => results[i] = EnsembleRunner.RunOne(factory, Seed, i));

        int withMilitias = results.Count(r => Last(r.Trajectory, MetricNames.NewMilitias) >= 1);
        int withMoptiDeaths = results.Count(r => Sum(r.Trajectory, MetricNames.DeathsInRegion("mopti")) > 0);
        int withJihadistVillages = results.Count(r => Max(r.Trajectory, MetricNames.ControlOf("jihadist")) > 0);
        string[] militiasAtStart = [.. scenario.Spec.ArmedGroups
            .Where(g => g.Value.Kind is GroupKind.SelfDefence or GroupKind.ProGovernment)
            .Select(g => g.Key)];

        Assert.Multiple(() =>
        {
            Assert.That(withMilitias, Is.GreaterThanOrEqualTo(MoptiRuns / 2), "runs in which a self-defence militia forms");
            Assert.That(militiasAtStart, Is.Empty, "militias must emerge, not be present at the start");
            Assert.That(withMoptiDeaths, Is.EqualTo(MoptiRuns), "runs with deaths in Mopti");
            Assert.That(withJihadistVillages, Is.GreaterThanOrEqualTo(MoptiRuns / 2), "runs in which jihadists hold places at some point");
        });
    }

    private static CompiledScenario Load(string name)
    {
        LoadResult result = ScenarioLoader.Load([Path.Combine(ScenariosFolder(), name)]);
        Assert.That(result.Problems.Select(p => p.ToString()), Is.Empty, name);
        return result.Scenario!;
    }

    private static double Last(Trajectory t, string metric) => t.Series(metric)[^1];

    private static double Sum(Trajectory t, string metric)
    {
        double total = 0;
        foreach (double v in t.Series(metric))
        {
            total += v;
        }

        return total;
    }

    private static double Max(Trajectory t, string metric)
    {
        double max = double.NegativeInfinity;
        foreach (double v in t.Series(metric))
        {
            max = Math.Max(max, v);
        }

        return max;
    }

    /// <summary>scenarios/ at the repository root, found from the test assembly's folder (usable while tests are discovered).</summary>
    private static string ScenariosFolder()
    {
        for (DirectoryInfo? d = new(AppContext.BaseDirectory); d is not null; d = d.Parent)
        {
            if (File.Exists(Path.Combine(d.FullName, "StalemateSim.sln")))
            {
                return Path.Combine(d.FullName, "scenarios");
            }
        }

        throw new DirectoryNotFoundException("StalemateSim.sln not found above " + AppContext.BaseDirectory);
    }
}

using BenchmarkDotNet.Attributes;
using StalemateSim.Core.Engine;
using StalemateSim.Core.MonteCarlo;

namespace StalemateSim.Benchmarks;

/// <summary>
/// Each rule of the Mali scenario on its own: a run is built and stepped to month 24 in the
/// iteration setup (untimed), then the rule is applied 16 times at that month, with the stream a
/// tick gives it. The world drifts a little over the 16 applications (a rule applied twice in a
/// month recruits or displaces twice), so read the numbers as each rule's share of a tick, not as
/// exact tick costs; <see cref="ScenarioBenchmarks.OneTick"/> is the tick. Must allocate 0 B.
/// </summary>
[MemoryDiagnoser]
public class RuleBenchmarks
{
    private const int Month = 24;
    private const int Applications = 16;

    private ScenarioRunFactory _factory = null!;
    private Simulation _simulation = null!;
    private int _rule;

    /// <summary>The rules the Mali scenario enables, by name.</summary>
    public static IEnumerable<string> RuleNames() =>
        BenchmarkScenarios.Bundled("mali-2012").Scenario.Rules.Select(r => r.Name);

    [ParamsSource(nameof(RuleNames))]
    public string Rule { get; set; } = "";

    [GlobalSetup]
    public void Setup() => _factory = BenchmarkScenarios.Bundled("mali-2012");

    [IterationSetup]
    public void BuildRunAtMonth()
    {
        _simulation = BenchmarkScenarios.RunTo(_factory, Month);

        _rule = _simulation.Rules.Select(r => r.Name).ToList().IndexOf(Rule);
        if (_rule < 0)
        {
            throw new InvalidOperationException($"mali-2012 does not run the rule '{Rule}'.");
        }
    }

    /// <summary>One application of the rule (the mean of 16 at month 24).</summary>
    [Benchmark(OperationsPerInvoke = Applications)]
    public int Apply()
    {
        for (int i = 0; i < Applications; i++)
        {
            _simulation.ApplyRule(_rule);
        }

        return _simulation.World.Groups.Count;
    }
}

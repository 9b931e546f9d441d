using BenchmarkDotNet.Attributes;
using StalemateSim.Core.Engine;
using StalemateSim.Core.MonteCarlo;
using StalemateSim.Core.Randomness;
using StalemateSim.Core.Scenarios;

namespace StalemateSim.Benchmarks;

/// <summary>
/// The engine on a scenario (loaded once in setup, never timed): one whole run (building the world
/// and its rules, then every month), and one tick, averaged over months 12 to 107 of a run built in
/// the iteration setup. The tick must allocate nothing in steady state. The numbers mean what the
/// scenario's enabled rules make them mean: re-measure as rules land.
/// </summary>
[MemoryDiagnoser]
public class ScenarioBenchmarks
{
    private const int FirstTick = 12;
    private const int Ticks = 96;

    private ScenarioRunFactory _factory = null!;
    private Simulation _running = null!;

    /// <summary>A scenario by name: scenarios/NAME.json, else scenarios/examples/NAME.json (at least 108 months long).</summary>
    [Params("three-regions", "mali-2012")]
    public string Scenario { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _factory = BenchmarkScenarios.Bundled(Scenario);
        if (_factory.Scenario.Spec.Months < FirstTick + Ticks)
        {
            throw new InvalidOperationException($"{Scenario} needs at least {FirstTick + Ticks} months for the tick benchmark.");
        }
    }

    /// <summary>One run: sample the uncertain parameters, build the world and rules, run every month.</summary>
    [Benchmark]
    public int OneRun()
    {
        Simulation simulation = _factory.Create(StreamSeed.ForRun(1, 0), out _);
        simulation.RunToEnd();
        return simulation.World.Tick;
    }

    [IterationSetup(Target = nameof(OneTick))]
    public void BuildRunAtFirstTick() => _running = BenchmarkScenarios.RunTo(_factory, FirstTick);

    /// <summary>One tick, the mean of months 12-107 of one run (each iteration builds a fresh run untimed).</summary>
    [Benchmark(OperationsPerInvoke = Ticks)]
    public int OneTick() => BenchmarkScenarios.Steps(_running, Ticks);
}

using BenchmarkDotNet.Attributes;
using StalemateSim.Core.Engine;
using StalemateSim.Core.MonteCarlo;
using StalemateSim.Core.Scenarios;

namespace StalemateSim.Benchmarks;

/// <summary>
/// One tick of a scenario made by <see cref="ScenarioGenerator"/> (every rule on, defaults), the
/// mean of months 2-13 of a run built in the iteration setup (untimed). Ticks per second are
/// 1 / mean. Derived classes choose the size.
/// </summary>
[MemoryDiagnoser]
public abstract class ScalingBenchmarks
{
    private const int FirstTick = 2;
    private const int Ticks = 12;

    private ScenarioRunFactory _factory = null!;
    private Simulation _running = null!;

    /// <summary>The size of the generated scenario.</summary>
    private protected abstract GeneratedScenarioSize Size { get; }

    [GlobalSetup]
    public void Setup() => _factory = BenchmarkScenarios.Generated(Size);

    [IterationSetup]
    public void BuildRunAtFirstTick() => _running = BenchmarkScenarios.RunTo(_factory, FirstTick);

    /// <summary>One tick (the mean of 12).</summary>
    [Benchmark(OperationsPerInvoke = Ticks)]
    public int Tick() => BenchmarkScenarios.Steps(_running, Ticks);
}

/// <summary>10 regions × 5 communities, 10^2 to 10^6 village agents, 10 armed groups.</summary>
public class VillageScalingBenchmarks : ScalingBenchmarks
{
    [Params(100, 1_000, 10_000, 100_000, 1_000_000)]
    public int Villages { get; set; }

    private protected override GeneratedScenarioSize Size => GeneratedScenarioSize.ForVillages(Villages, groups: 10, months: 24);
}

/// <summary>10,000 village agents (10 regions × 5 communities), 10 to 1,000 armed groups.</summary>
public class GroupScalingBenchmarks : ScalingBenchmarks
{
    [Params(10, 100, 1_000)]
    public int Groups { get; set; }

    private protected override GeneratedScenarioSize Size => GeneratedScenarioSize.ForVillages(10_000, Groups, months: 24);
}

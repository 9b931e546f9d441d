using StalemateSim.Core.Engine;
using StalemateSim.Core.Randomness;
using StalemateSim.Core.Scenarios;
using StalemateSim.Core.Scenarios.Spec;

namespace StalemateSim.Core.MonteCarlo;

/// <summary>
/// Runs of a loaded scenario: each run samples the scenario's uncertain parameters once, from a
/// stream derived from its run seed, then builds the world and its enabled rules.
/// </summary>
public sealed class ScenarioRunFactory(CompiledScenario scenario) : IRunFactory
{
    private static readonly ulong ParameterStream = StreamSeed.KeyOf("parameters");

    public CompiledScenario Scenario { get; } = scenario;

    public OutcomeSpec Outcomes => Scenario.Spec.Outcomes;

    public IReadOnlyList<string> UncertainKeys { get; } = [.. scenario.Uncertain.Where(u => u.Sampled).Select(u => u.KeyPath)];

    public Simulation Create(ulong runSeed, out IReadOnlyDictionary<string, double> sampled)
    {
        var random = new Xoshiro256StarStar(StreamSeed.Derive(runSeed, ParameterStream));
        CompiledScenario run = Scenario.ForRun(ref random);
        sampled = run.SampledValues;
        return SimulationFactory.Create(run.Spec, run.Rules.Select(r => (r.Descriptor, r.Spec)), runSeed);
    }
}

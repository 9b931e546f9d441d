using StalemateSim.Core.Engine;
using StalemateSim.Core.Scenarios.Spec;

namespace StalemateSim.Core.MonteCarlo;

/// <summary>Builds the simulation of one run of an ensemble: the scenario with its uncertain parameters sampled for that run.</summary>
public interface IRunFactory
{
    /// <summary>Builds run <paramref name="runSeed"/>'s simulation and reports the parameter values sampled for it.</summary>
    Simulation Create(ulong runSeed, out IReadOnlyDictionary<string, double> sampled);

    /// <summary>Outcome thresholds of the scenario.</summary>
    OutcomeSpec Outcomes { get; }

    /// <summary>Key paths of the uncertain parameters, in a fixed order (columns of runs.csv).</summary>
    IReadOnlyList<string> UncertainKeys { get; }
}

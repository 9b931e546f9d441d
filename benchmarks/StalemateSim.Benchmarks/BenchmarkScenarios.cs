using StalemateSim.Core.Engine;
using StalemateSim.Core.MonteCarlo;
using StalemateSim.Core.Randomness;
using StalemateSim.Core.Scenarios;

namespace StalemateSim.Benchmarks;

/// <summary>Loads the scenarios the benchmarks run (in setup, never timed).</summary>
internal static class BenchmarkScenarios
{
    /// <summary>A bundled scenario by name: scenarios/NAME.json, else scenarios/examples/NAME.json.</summary>
    public static ScenarioRunFactory Bundled(string name) =>
        Load(RepositoryFile.Find($"scenarios/{name}.json", $"scenarios/examples/{name}.json"), name);

    /// <summary>A scenario made by <see cref="ScenarioGenerator"/>, written to a temporary folder.</summary>
    public static ScenarioRunFactory Generated(GeneratedScenarioSize size)
    {
        string folder = Path.Combine(Path.GetTempPath(), "stalemate-benchmarks");
        return Load(ScenarioGenerator.WriteTo(folder, size), $"generated {size}");
    }

    /// <summary>Run 0 of seed 1, built and stepped to <paramref name="tick"/>.</summary>
    public static Simulation RunTo(ScenarioRunFactory factory, int tick)
    {
        Simulation simulation = factory.Create(StreamSeed.ForRun(1, 0), out _);
        Steps(simulation, tick);
        return simulation;
    }

    /// <summary>Steps <paramref name="ticks"/> months; returns the tick reached.</summary>
    public static int Steps(Simulation simulation, int ticks)
    {
        for (int t = 0; t < ticks; t++)
        {
            simulation.Step();
        }

        return simulation.World.Tick;
    }

    public static ScenarioRunFactory Load(string file, string name)
    {
        LoadResult loaded = ScenarioLoader.Load([file]);
        if (!loaded.Ok)
        {
            throw new InvalidOperationException($"{name}: {string.Join("; ", loaded.Problems)}");
        }

        return new ScenarioRunFactory(loaded.Scenario!);
    }
}

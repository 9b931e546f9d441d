using StalemateSim.Core.MonteCarlo;
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

    private static ScenarioRunFactory Load(string file, string name)
    {
        LoadResult loaded = ScenarioLoader.Load([file]);
        if (!loaded.Ok)
        {
            throw new InvalidOperationException($"{name}: {string.Join("; ", loaded.Problems)}");
        }

        return new ScenarioRunFactory(loaded.Scenario!);
    }
}

using StalemateSim.Core.Scenarios;

namespace StalemateSim.Core.Tests.Scenarios;

public sealed class CommittedScenarioTests
{
    /// <summary>Every full scenario under scenarios/examples loads with the real rule catalogue.</summary>
    [Test]
    public void Example_scenarios_load_without_problems()
    {
        string folder = Path.Combine(RepositoryPaths.Root(), "scenarios", "examples");
        string[] files = Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal).ToArray();

        Assert.That(files, Is.Not.Empty, "no example scenarios found in " + folder);
        foreach (string file in files)
        {
            LoadResult result = ScenarioLoader.Load([file]);
            Assert.That(result.Problems.Select(p => p.ToString()), Is.Empty, file);
        }
    }
}

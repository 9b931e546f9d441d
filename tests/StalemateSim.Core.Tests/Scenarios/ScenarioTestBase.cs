using StalemateSim.Core.Scenarios;

namespace StalemateSim.Core.Tests.Scenarios;

/// <summary>Gives each test its own temp folder and loads with the test rule catalogue.</summary>
public abstract class ScenarioTestBase
{
    private ScenarioFolder? _folder;

    internal ScenarioFolder Folder => _folder ?? throw new InvalidOperationException("No folder outside a test.");

    [SetUp]
    public void CreateFolder() => _folder = new ScenarioFolder();

    [TearDown]
    public void DeleteFolder()
    {
        _folder?.Dispose();
        _folder = null;
    }

    protected static LoadResult Load(IReadOnlyList<string> files, params string[] sets) =>
        ScenarioLoader.Load(files, sets, TestRules.Catalogue);

    /// <summary>Loads and asserts there were no problems (listing them if there were).</summary>
    protected static CompiledScenario LoadOk(IReadOnlyList<string> files, params string[] sets)
    {
        LoadResult result = Load(files, sets);
        Assert.That(result.Problems.Select(p => p.ToString()), Is.Empty, "problems");
        Assert.That(result.Ok, Is.True);
        return result.Scenario!;
    }

    /// <summary>Loads and returns the problems, asserting the load failed.</summary>
    protected static IReadOnlyList<ScenarioProblem> Problems(IReadOnlyList<string> files, params string[] sets)
    {
        LoadResult result = Load(files, sets);
        Assert.That(result.Ok, Is.False, "the load should fail");
        Assert.That(result.Scenario, Is.Null);
        return result.Problems;
    }

    /// <summary>The problems at <paramref name="keyPath"/>.</summary>
    protected static IReadOnlyList<ScenarioProblem> At(IReadOnlyList<ScenarioProblem> problems, string keyPath) =>
        problems.Where(p => p.KeyPath == keyPath).ToList();
}

using StalemateSim.Core.Randomness;
using StalemateSim.Core.Scenarios;

namespace StalemateSim.Core.Tests.Scenarios;

public class UncertainFittedValueTests
{
    private static string Write(string text)
    {
        string path = Path.Combine(Path.GetTempPath(), $"fitted-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, text);
        return path;
    }

    private static string Scenario(string fighters) => $$"""
        { "schemaVersion": 1, "name": "t", "start": "2012-01", "months": 3,
          "regions": { "r": { "zone": "north" } },
          "elites": { "e": {} },
          "armedGroups": { "g": { "kind": "separatist", "leader": "e", "fighters": {{fighters}} } } }
        """;

    [Test]
    public void AFittedValueFixesTheParameterForEveryRunAndKeepsTheRangeForCalibration()
    {
        string path = Write(Scenario("""{ "low": 100, "high": 900, "free": true, "value": 250 }"""));
        try
        {
            CompiledScenario scenario = ScenarioLoader.Load([path]).Scenario!;
            Assert.That(scenario.Spec.ArmedGroups["g"].Fighters, Is.EqualTo(250));
            var random = new Xoshiro256StarStar(3);
            Assert.That(scenario.ForRun(ref random).Spec.ArmedGroups["g"].Fighters, Is.EqualTo(250), "not drawn");
            UncertainParameter p = scenario.Uncertain.Single();
            Assert.That((p.Low, p.High, p.Free, p.Value, p.Sampled), Is.EqualTo((100.0, 900.0, true, (double?)250, false)));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void AFittedValueOutsideItsRangeIsAProblem()
    {
        string path = Write(Scenario("""{ "low": 100, "high": 900, "value": 950 }"""));
        try
        {
            LoadResult result = ScenarioLoader.Load([path]);
            Assert.That(result.Problems.Select(p => p.KeyPath), Does.Contain("armedGroups:g:fighters:value"));
        }
        finally
        {
            File.Delete(path);
        }
    }
}

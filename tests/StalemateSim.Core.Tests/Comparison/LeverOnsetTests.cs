using StalemateSim.Core.Comparison;
using StalemateSim.Core.Scenarios;

namespace StalemateSim.Core.Tests.Comparison;

public sealed class LeverOnsetTests
{
    private string _dir = "";

    [SetUp]
    public void SetUp() => _dir = LeverCopies.TempFolder();

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    [TestCase("""{ "name": "x", "description": "y", "provenance": { "a": "b" } }""", null)]
    [TestCase("""{ "events": { "peace-accord": { "name": "renamed", "source": "other" } } }""", null)]
    [TestCase("""{ "events": { "lever": { "at": "2025-03", "type": "policy", "set": { "state.abuse": 0 } } } }""", 62)]
    [TestCase("""{ "events": { "coalition-leaves": { "at": "2025-01" } } }""", 60)]
    [TestCase("""{ "events": { "coalition-leaves": { "at": "2029-01" } } }""", 84)]
    [TestCase("""{ "events": { "coalition-leaves": { "type": "foreignStrength" } } }""", 84)]
    [TestCase("""{ "state": { "abuse": 0.05 }, "events": { "lever": { "at": "2025-03", "type": "policy", "set": { "state.abuse": 0 } } } }""", 0)]
    public void Onset_is_the_first_month_an_arm_differs(string overlay, int? expected)
    {
        string file = Path.Combine(_dir, "lever.json");
        File.WriteAllText(file, overlay);
        LoadResult baseline = ScenarioLoader.Load([LeverCopies.Example]);
        LoadResult arm = ScenarioLoader.Load([LeverCopies.Example, file]);
        Assert.That(arm.Problems.Select(p => p.ToString()), Is.Empty);
        Assert.That(LeverOnset.Of(baseline.Scenario!, arm.Scenario!), Is.EqualTo(expected));
    }
}

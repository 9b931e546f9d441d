using System.Text.Json;
using System.Text.Json.Nodes;
using StalemateSim.Core.Randomness;
using StalemateSim.Core.Scenarios;

namespace StalemateSim.Core.Tests.Scenarios;

/// <summary>
/// A run's scenario is made by writing its draws into copies of the base records; binding the
/// document again with the same draws (the old way, kept as <see cref="CompiledScenario.BindForRun"/>)
/// must give equal records, value for value and in the same dictionary order, for any draws.
/// </summary>
public sealed class SampledValuePatcherTests : ScenarioTestBase
{
    [TestCase("scenarios/mali-2012.json")]
    [TestCase("scenarios/mopti-2015.json")]
    public void Bundled_scenarios_patch_to_what_the_binder_binds(string file)
    {
        LoadResult loaded = ScenarioLoader.Load([Path.Combine(RepositoryPaths.Root(), file)]);
        Assert.That(loaded.Ok, Is.True);
        AssertPatchEqualsBinding(loaded.Scenario!, runs: 40);
    }

    [Test]
    public void Numbers_in_records_dictionaries_nullable_properties_and_rules_patch_to_what_the_binder_binds()
    {
        string file = Folder.WriteMinimal("x.json", s =>
        {
            JsonNode mnla = s["armedGroups"]!["mnla"]!;
            mnla["cohesion"] = Range(0.2, 0.6);
            mnla["fighters"] = Range(1000, 5000);
            mnla["stateStance"] = Range(-1, -0.2);
            mnla["presence"]!["gao"] = Range(0, 4);
            mnla["wings"]!["hcua-wing"]!["share"] = Range(0.1, 0.5);
            s["armedGroups"]!["gatia"]!["fighters"] = new JsonObject { ["low"] = 100, ["high"] = 900, ["value"] = 321 };
            s["regions"]!["kidal"]!["stateReach"] = Range(0.3, 0.3);
            s["events"]!["stop-militias"]!["set"]!["state.militiaFunding"] = Range(0, 1);
            s["rules"]!["testRule"]!["rate"] = Range(0.1, 0.3);
        });
        CompiledScenario scenario = LoadOk([file]);
        string before = Serialize(scenario);

        AssertPatchEqualsBinding(scenario, runs: 200);

        Assert.Multiple(() =>
        {
            Assert.That(Serialize(scenario), Is.EqualTo(before), "the base scenario is never changed");
            Assert.That(scenario.SampledValues, Is.Empty);
        });
    }

    private static void AssertPatchEqualsBinding(CompiledScenario scenario, int runs)
    {
        UncertainParameter[] sampled = [.. scenario.Uncertain.Where(p => p.Sampled)];
        Assert.That(sampled, Is.Not.Empty, "the scenario samples something");
        Assert.That(SampledValuePatcher.TryCreate(scenario.Spec, scenario.AllRules, sampled), Is.Not.Null, "every key path is followed without the binder");
        for (ulong seed = 1; seed <= (ulong)runs; seed++)
        {
            var random = new Xoshiro256StarStar(seed);
            CompiledScenario patched = scenario.ForRun(ref random);
            CompiledScenario bound = scenario.BindForRun(patched.SampledValues);
            Assert.That(Serialize(patched), Is.EqualTo(Serialize(bound)), $"seed {seed}");
        }
    }

    /// <summary>Every bound value, in order: the spec, then each rule's name, order and spec.</summary>
    private static string Serialize(CompiledScenario scenario)
    {
        var text = new System.Text.StringBuilder(JsonSerializer.Serialize(scenario.Spec));
        foreach (BoundRule rule in scenario.AllRules)
        {
            text.Append('\n').Append(rule.Name).Append(' ').Append(rule.Order).Append(' ')
                .Append(JsonSerializer.Serialize(rule.Spec, rule.Spec.GetType()));
        }

        return text.ToString();
    }

    private static JsonObject Range(double low, double high) => new() { ["low"] = low, ["high"] = high };
}

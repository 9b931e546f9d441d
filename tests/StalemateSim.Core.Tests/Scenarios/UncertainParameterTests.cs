using System.Text.Json.Nodes;
using StalemateSim.Core.Randomness;
using StalemateSim.Core.Scenarios;

namespace StalemateSim.Core.Tests.Scenarios;

public sealed class UncertainParameterTests : ScenarioTestBase
{
    [Test]
    public void Ranges_bind_at_their_midpoint_and_are_listed_in_key_order()
    {
        string file = Folder.WriteMinimal("x.json", s =>
        {
            s["armedGroups"]!["mnla"]!["cohesion"] = Range(0.2, 0.6, free: true);
            s["armedGroups"]!["gatia"]!["fighters"] = Range(500, 1500);
            s["armedGroups"]!["mnla"]!["presence"]!["gao"] = Range(0, 4);
        });

        CompiledScenario scenario = LoadOk([file]);

        Assert.That(scenario.Uncertain, Is.EqualTo(new[]
        {
            new UncertainParameter("armedGroups:gatia:fighters", 500, 1500),
            new UncertainParameter("armedGroups:mnla:cohesion", 0.2, 0.6, Free: true),
            new UncertainParameter("armedGroups:mnla:presence:gao", 0, 4),
        }));
        Assert.Multiple(() =>
        {
            Assert.That(scenario.Spec.ArmedGroups["mnla"].Cohesion, Is.EqualTo(0.4).Within(1e-12));
            Assert.That(scenario.Spec.ArmedGroups["gatia"].Fighters, Is.EqualTo(1000));
            Assert.That(scenario.Spec.ArmedGroups["mnla"].Presence["gao"], Is.EqualTo(2));
            Assert.That(scenario.SampledValues, Is.Empty);
        });
    }

    [Test]
    public void Each_run_draws_within_the_range_and_the_same_seed_draws_the_same()
    {
        string file = Folder.WriteMinimal("x.json", s =>
        {
            s["armedGroups"]!["mnla"]!["cohesion"] = Range(0.2, 0.6);
            s["rules"]!["testRule"]!["rate"] = Range(0.1, 0.3);
        });
        CompiledScenario scenario = LoadOk([file]);
        CompiledScenario again = LoadOk([file]);

        var seen = new HashSet<double>();
        for (ulong seed = 1; seed <= 50; seed++)
        {
            var random = new Xoshiro256StarStar(seed);
            var sameSeed = new Xoshiro256StarStar(seed);
            CompiledScenario run = scenario.ForRun(ref random);
            CompiledScenario repeat = again.ForRun(ref sameSeed);

            double cohesion = run.Spec.ArmedGroups["mnla"].Cohesion;
            double rate = ((TestRuleSpec)run.AllRules.Single(r => r.Name == "testRule").Spec).Rate;
            Assert.That(cohesion, Is.InRange(0.2, 0.6));
            Assert.That(rate, Is.InRange(0.1, 0.3));
            Assert.That(run.SampledValues["armedGroups:mnla:cohesion"], Is.EqualTo(cohesion));
            Assert.That(repeat.SampledValues, Is.EqualTo(run.SampledValues));
            Assert.That(repeat.Spec, Is.Not.SameAs(run.Spec));
            Assert.That(random.NextUInt64(), Is.EqualTo(sameSeed.NextUInt64()), "both drew the same count");
            seen.Add(cohesion);
        }

        Assert.That(seen, Has.Count.EqualTo(50), "different seeds draw different values");
        Assert.That(scenario.Spec.ArmedGroups["mnla"].Cohesion, Is.EqualTo(0.4).Within(1e-12), "the base scenario is unchanged");
    }

    [Test]
    public void ForRun_without_uncertainty_returns_the_scenario_and_draws_nothing()
    {
        CompiledScenario scenario = LoadOk([Folder.WriteMinimal("x.json")]);
        var random = new Xoshiro256StarStar(7);
        var untouched = new Xoshiro256StarStar(7);

        CompiledScenario run = scenario.ForRun(ref random);

        Assert.That(run, Is.SameAs(scenario));
        Assert.That(random.NextUInt64(), Is.EqualTo(untouched.NextUInt64()));
    }

    [Test]
    public void Bad_ranges_are_reported_at_the_offending_end()
    {
        string file = Folder.WriteMinimal("x.json", s =>
        {
            s["armedGroups"]!["mnla"]!["cohesion"] = Range(0.5, 1.5);
            s["armedGroups"]!["mnla"]!["arms"] = Range(0.8, 0.2);
            s["armedGroups"]!["mnla"]!["islamism"] = new JsonObject { ["low"] = 0.1 };
            s["armedGroups"]!["mnla"]!["money"] = new JsonObject { ["low"] = 1, ["high"] = 2, ["mid"] = 1.5 };
            s["armedGroups"]!["gatia"]!["cohesion"] = new JsonObject { ["low"] = 0.1, ["high"] = 0.2, ["free"] = "maybe" };
            s["communities"]!["imghad-menaka"]!["villages"] = Range(1, 4);
        });

        IReadOnlyList<ScenarioProblem> problems = Problems([file]);

        Assert.That(problems.ToDictionary(p => p.KeyPath, p => p.Message), Is.EquivalentTo(new Dictionary<string, string>
        {
            ["armedGroups:mnla:cohesion:high"] = "1.5 is out of range: expected a number in [0, 1]",
            ["armedGroups:mnla:arms"] = "low (0.8) is above high (0.2)",
            ["armedGroups:mnla:islamism"] = "expected a number, or an uncertain number { \"low\": a, \"high\": b } with both ends",
            ["armedGroups:mnla:money:mid"] = "unknown key in an uncertain number; expected low, high, and optionally free and value",
            ["armedGroups:gatia:cohesion:free"] = "expected true or false, found 'maybe'",
            ["communities:imghad-menaka:villages"] = "expected a whole number, found an object (ranges {low, high} are only for real numbers)",
        }));
    }

    private static JsonObject Range(double low, double high, bool free = false)
    {
        var range = new JsonObject { ["low"] = low, ["high"] = high };
        if (free)
        {
            range["free"] = true;
        }

        return range;
    }
}

using StalemateSim.Core.Scenarios;
using StalemateSim.Core.Scenarios.Spec;

namespace StalemateSim.Core.Tests.Scenarios;

public sealed class ScenarioLayeringTests : ScenarioTestBase
{
    [Test]
    public void Overlay_patches_one_actor_without_touching_others()
    {
        string baseFile = Folder.WriteMinimal("base.json");
        string overlay = Folder.Write("overlay.json", """{ "armedGroups": { "mnla": { "fighters": 5000 } } }""");

        ScenarioSpec spec = LoadOk([baseFile, overlay]).Spec;

        Assert.Multiple(() =>
        {
            Assert.That(spec.ArmedGroups["mnla"].Fighters, Is.EqualTo(5000));
            Assert.That(spec.ArmedGroups["mnla"].Leader, Is.EqualTo("ag-acherif"));
            Assert.That(spec.ArmedGroups["mnla"].Presence["gao"], Is.EqualTo(1));
            Assert.That(spec.ArmedGroups["gatia"].Fighters, Is.EqualTo(800));
        });
    }

    [Test]
    public void Overlay_with_a_shorter_array_replaces_the_base_array()
    {
        string baseFile = Folder.WriteMinimal("base.json");
        string overlay = Folder.Write("overlay.json", """{ "regions": { "kidal": { "neighbours": ["timbuktu"] } } }""");

        ScenarioSpec spec = LoadOk([baseFile, overlay]).Spec;

        Assert.That(spec.Regions["kidal"].Neighbours, Is.EqualTo(new[] { "timbuktu" }));
        Assert.That(spec.Regions["gao"].Neighbours, Is.EqualTo(new[] { "kidal" }));
    }

    [Test]
    public void Overlay_with_an_empty_array_clears_the_base_array()
    {
        string baseFile = Folder.WriteMinimal("base.json");
        string overlay = Folder.Write("overlay.json", """{ "regions": { "kidal": { "neighbours": [] } } }""");

        ScenarioSpec spec = LoadOk([baseFile, overlay]).Spec;

        Assert.That(spec.Regions["kidal"].Neighbours, Is.Empty);
    }

    [Test]
    public void Overlay_value_replaces_a_base_range_and_the_other_way_round()
    {
        string baseFile = Folder.WriteMinimal("base.json", s => s["armedGroups"]!["mnla"]!["cohesion"] = Range(0.2, 0.6));
        string fixedValue = Folder.Write("fixed.json", """{ "armedGroups": { "mnla": { "cohesion": 0.9 } } }""");
        string range = Folder.Write("range.json", """{ "armedGroups": { "mnla": { "cohesion": { "low": 0.1, "high": 0.3 } } } }""");

        CompiledScenario fixedScenario = LoadOk([baseFile, fixedValue]);
        CompiledScenario rangeScenario = LoadOk([baseFile, fixedValue, range]);

        Assert.Multiple(() =>
        {
            Assert.That(fixedScenario.Spec.ArmedGroups["mnla"].Cohesion, Is.EqualTo(0.9));
            Assert.That(fixedScenario.Uncertain, Is.Empty);
            Assert.That(rangeScenario.Uncertain.Single(), Is.EqualTo(new UncertainParameter("armedGroups:mnla:cohesion", 0.1, 0.3)));
            Assert.That(rangeScenario.Spec.ArmedGroups["mnla"].Cohesion, Is.EqualTo(0.2).Within(1e-12));
        });
    }

    [Test]
    public void Set_overrides_with_colon_or_dot_separators_and_keeps_dots_in_values()
    {
        string file = Folder.WriteMinimal("base.json");

        CompiledScenario scenario = LoadOk(
            [file],
            "armedGroups:mnla:fighters=3500",
            "armedGroups.gatia.fighters=1200",
            "armedGroups.mnla.name=M.N.L.A.",
            "regions.kidal.neighbours.0=menaka",
            "events.stop-militias.set.state.abuse=0.25",
            "rules.testRule.rate=0.75");
        ScenarioSpec spec = scenario.Spec;

        Assert.Multiple(() =>
        {
            Assert.That(spec.ArmedGroups["mnla"].Fighters, Is.EqualTo(3500));
            Assert.That(spec.ArmedGroups["gatia"].Fighters, Is.EqualTo(1200));
            Assert.That(spec.ArmedGroups["mnla"].Name, Is.EqualTo("M.N.L.A."));
            Assert.That(spec.Regions["kidal"].Neighbours, Is.EqualTo(new[] { "menaka", "timbuktu", "menaka" }), "--set patches one element");
            Assert.That(spec.Events["stop-militias"].Set["state.abuse"], Is.EqualTo(0.25));
            Assert.That(spec.Events["stop-militias"].Set["state.militiaFunding"], Is.EqualTo(0));
            Assert.That(((TestRuleSpec)scenario.AllRules.Single(r => r.Name == "testRule").Spec).Rate, Is.EqualTo(0.75));
            Assert.That(scenario.Sets, Has.Count.EqualTo(6));
        });
    }

    [Test]
    public void Later_set_wins_over_earlier_set_and_over_files()
    {
        string file = Folder.WriteMinimal("base.json");

        ScenarioSpec spec = LoadOk([file], "armedGroups.mnla.fighters=1", "armedGroups:mnla:fighters=2").Spec;

        Assert.That(spec.ArmedGroups["mnla"].Fighters, Is.EqualTo(2));
    }

    [Test]
    public void Bad_set_overrides_are_all_reported_against_set()
    {
        string file = Folder.WriteMinimal("base.json");

        IReadOnlyList<ScenarioProblem> problems = Problems(
            [file], "armedGroups.mnla.bogus=1", "armedGroups.mnla.fighters=lots", "regions:kidal:stateReach=1.5");

        Assert.That(problems.Select(p => p.KeyPath), Is.EquivalentTo(new[]
        {
            "armedGroups:mnla:bogus", "armedGroups:mnla:fighters", "regions:kidal:stateReach",
        }));
        Assert.Multiple(() =>
        {
            Assert.That(problems.Select(p => p.File), Is.All.EqualTo("--set"));
            Assert.That(At(problems, "armedGroups:mnla:bogus")[0].Message, Does.StartWith("unknown key"));
            Assert.That(At(problems, "armedGroups:mnla:fighters")[0].Message, Is.EqualTo("expected a number, found 'lots'"));
            Assert.That(At(problems, "regions:kidal:stateReach")[0].Message, Does.Contain("in [0, 1]"));
            Assert.That(problems[0].ToString(), Does.StartWith("--set: "));
        });
    }

    [Test]
    public void Set_without_equals_is_reported_before_key_checks()
    {
        string file = Folder.WriteMinimal("base.json", s => s["bogus"] = 1);

        IReadOnlyList<ScenarioProblem> problems = Problems([file], "armedGroups.mnla.fighters");

        Assert.That(problems, Has.Count.EqualTo(1));
        Assert.That(problems[0].File, Is.EqualTo("--set"));
        Assert.That(problems[0].Message, Does.Contain("expected key=value"));
    }

    [Test]
    public void Problem_names_the_last_layer_that_set_the_key()
    {
        string baseFile = Folder.WriteMinimal("base.json");
        string overlay = Folder.Write("overlay.json", """{ "armedGroups": { "gatia": { "leader": "nobody" } } }""");

        IReadOnlyList<ScenarioProblem> problems = Problems([baseFile, overlay]);

        Assert.That(problems, Has.Count.EqualTo(1));
        Assert.That(problems[0], Is.EqualTo(new ScenarioProblem(overlay, "armedGroups:gatia:leader", "'nobody' is not an id in elites")));
    }

    private static System.Text.Json.Nodes.JsonObject Range(double low, double high) => new() { ["low"] = low, ["high"] = high };
}

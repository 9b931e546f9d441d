using StalemateSim.Core.Scenarios;
using StalemateSim.Core.Scenarios.Spec;

namespace StalemateSim.Core.Tests.Scenarios;

public sealed class ScenarioLoaderTests : ScenarioTestBase
{
    [Test]
    public void Minimal_scenario_loads_and_binds_nested_values()
    {
        string file = Folder.WriteMinimal("minimal.json");

        CompiledScenario scenario = LoadOk([file]);
        ScenarioSpec spec = scenario.Spec;

        Assert.Multiple(() =>
        {
            Assert.That(spec.SchemaVersion, Is.EqualTo(1));
            Assert.That(spec.Name, Is.EqualTo("Minimal"));
            Assert.That(spec.Start, Is.EqualTo("2012-01"));
            Assert.That(spec.Months, Is.EqualTo(24));
            Assert.That(spec.Regions.Keys, Is.EquivalentTo(new[] { "kidal", "gao", "timbuktu", "menaka", "bamako" }));
            Assert.That(spec.Regions["kidal"].Neighbours, Is.EqualTo(new[] { "gao", "timbuktu", "menaka" }));
            Assert.That(spec.Regions["kidal"].StateReach, Is.EqualTo(0.4));
            Assert.That(spec.Regions["bamako"].NationalCapital, Is.True);
            Assert.That(spec.Communities["ifoghas-kidal"].Villages, Is.EqualTo(12));
            Assert.That(spec.Communities["ifoghas-kidal"].Hostility["imghad-menaka"], Is.EqualTo(0.4));
            Assert.That(spec.ArmedGroups["gatia"].Kind, Is.EqualTo(GroupKind.ProGovernment));
            Assert.That(spec.ArmedGroups["mnla"].Kind, Is.EqualTo(GroupKind.Separatist));
            Assert.That(spec.ArmedGroups["mnla"].Fighters, Is.EqualTo(3000));
            Assert.That(spec.ArmedGroups["mnla"].Presence["kidal"], Is.EqualTo(2));
            Assert.That(spec.ArmedGroups["mnla"].Wings["hcua-wing"].Elite, Is.EqualTo("ag-ghali"));
            Assert.That(spec.ArmedGroups["mnla"].Wings["hcua-wing"].Share, Is.EqualTo(0.3));
            Assert.That(spec.ArmedGroups["mnla"].Cohesion, Is.EqualTo(0.7), "a default survives binding");
            Assert.That(spec.Elites["ag-acherif"].Ambition, Is.EqualTo(0.5), "an empty object is an actor with defaults");
            Assert.That(spec.Elites["ag-gamou"].Rivals["ag-ghali"], Is.EqualTo(0.6));
            Assert.That(spec.State.Army, Is.EqualTo(7000));
            Assert.That(spec.State.Profiling["ifoghas-kidal"], Is.EqualTo(0.2));
            Assert.That(spec.ForeignForces["serval"].Posture, Is.EqualTo(ForeignPosture.CounterTerror));
            Assert.That(spec.Events["serval-arrives"].Type, Is.EqualTo(EventType.ForeignDeploy));
            Assert.That(spec.Events["stop-militias"].Set["state.militiaFunding"], Is.EqualTo(0));
            Assert.That(spec.Events["stop-militias"].Set["region.kidal.autonomy"], Is.EqualTo(0.5));
            Assert.That(scenario.Files, Is.EqualTo(new[] { file }));
            Assert.That(scenario.Uncertain, Is.Empty);
            Assert.That(scenario.Document["armedGroups:mnla:fighters"], Is.EqualTo("3000"));
        });
    }

    [Test]
    public void Rules_bind_to_their_own_spec_types_in_tick_order()
    {
        string file = Folder.WriteMinimal("minimal.json");

        CompiledScenario scenario = LoadOk([file]);

        Assert.That(scenario.Rules.Select(r => r.Name), Is.EqualTo(new[] { "otherRule", "testRule" }), "default orders 50, 100");
        var test = (TestRuleSpec)scenario.Rules[1].Spec;
        Assert.Multiple(() =>
        {
            Assert.That(test.Rate, Is.EqualTo(0.25));
            Assert.That(test.Regions, Is.EqualTo(new[] { "kidal" }));
            Assert.That(scenario.Rules[0].Spec, Is.TypeOf<OtherRuleSpec>(), "an empty section binds the defaults");
            Assert.That(scenario.Rules[0].Order, Is.EqualTo(50));
        });
    }

    [Test]
    public void Rule_order_and_enabled_come_from_the_scenario()
    {
        string file = Folder.WriteMinimal("minimal.json", s =>
        {
            s["rules"]!["testRule"]!["order"] = 10;
            s["rules"]!["otherRule"]!["enabled"] = false;
        });

        CompiledScenario scenario = LoadOk([file]);

        Assert.Multiple(() =>
        {
            Assert.That(scenario.Rules.Select(r => r.Name), Is.EqualTo(new[] { "testRule" }));
            Assert.That(scenario.Rules[0].Order, Is.EqualTo(10));
            Assert.That(scenario.AllRules.Select(r => r.Name), Is.EqualTo(new[] { "testRule", "otherRule" }));
        });
    }

    [Test]
    public void Equal_orders_sort_by_name()
    {
        string file = Folder.WriteMinimal("minimal.json", s => s["rules"]!["testRule"]!["order"] = 50);

        CompiledScenario scenario = LoadOk([file]);

        Assert.That(scenario.Rules.Select(r => r.Name), Is.EqualTo(new[] { "otherRule", "testRule" }));
    }

    [Test]
    public void Enum_names_are_accepted_in_any_case()
    {
        string file = Folder.WriteMinimal("minimal.json", s =>
        {
            s["armedGroups"]!["gatia"]!["kind"] = "PROGOVERNMENT";
            s["foreignForces"]!["serval"]!["posture"] = "CounterTerror";
        });

        ScenarioSpec spec = LoadOk([file]).Spec;

        Assert.That(spec.ArmedGroups["gatia"].Kind, Is.EqualTo(GroupKind.ProGovernment));
        Assert.That(spec.ForeignForces["serval"].Posture, Is.EqualTo(ForeignPosture.CounterTerror));
    }

    [Test]
    public void Null_is_accepted_for_nullable_properties_only()
    {
        string good = Folder.WriteMinimal("good.json", s => s["armedGroups"]!["mnla"]!["stateStance"] = null);
        string bad = Folder.WriteMinimal("bad.json", s => s["armedGroups"]!["mnla"]!["fighters"] = null);

        Assert.That(LoadOk([good]).Spec.ArmedGroups["mnla"].StateStance, Is.Null);
        IReadOnlyList<ScenarioProblem> problems = Problems([bad]);
        Assert.That(problems.Select(p => p.KeyPath), Is.EqualTo(new[] { "armedGroups:mnla:fighters" }));
        Assert.That(problems[0].Message, Does.Contain("expected a number"));
    }

    [Test]
    public void Loader_rejects_a_malformed_catalogue()
    {
        string file = Folder.WriteMinimal("minimal.json");
        var catalogue = new[]
        {
            TestRules.Test,
            TestRules.Descriptor("testRule", typeof(OtherRuleSpec), 1),
            TestRules.Descriptor("notRule", typeof(NotARuleSpec), 1),
        };

        LoadResult result = ScenarioLoader.Load([file], null, catalogue);

        Assert.That(result.Problems.Select(p => p.KeyPath), Is.EquivalentTo(new[] { "rules:testRule", "rules:notRule" }));
    }
}

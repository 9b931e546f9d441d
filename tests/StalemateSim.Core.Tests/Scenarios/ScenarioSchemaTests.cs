using System.Text.Json.Nodes;
using StalemateSim.Core.Rules;
using StalemateSim.Core.Scenarios;

namespace StalemateSim.Core.Tests.Scenarios;

public sealed class ScenarioSchemaTests
{
    private const string UpdateVariable = "UPDATE_SCHEMA";

    /// <summary>
    /// The committed schema must be what the spec records and the rule catalogue generate, byte for
    /// byte. After changing a spec record or adding a rule, regenerate with
    /// <c>UPDATE_SCHEMA=1 dotnet test tests/StalemateSim.Core.Tests --filter ScenarioSchemaTests</c>.
    /// </summary>
    [Test]
    public void Committed_schema_matches_the_spec_records_and_the_rule_catalogue()
    {
        string path = Path.Combine(RepositoryPaths.Root(), ScenarioSchema.RelativePath);
        string generated = ScenarioSchema.Generate(RuleCatalog.All);
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(path, generated);
        }

        string committed = File.Exists(path) ? File.ReadAllText(path) : "";

        Assert.That(committed, Is.EqualTo(generated),
            $"{ScenarioSchema.RelativePath} is out of date with the spec records or the rule catalogue. Regenerate it with " +
            $"{UpdateVariable}=1 dotnet test tests/StalemateSim.Core.Tests --filter ScenarioSchemaTests, then review and commit it.");
    }

    [Test]
    public void Generation_is_deterministic()
    {
        string first = ScenarioSchema.Generate(TestRules.Catalogue);
        string second = ScenarioSchema.Generate([.. TestRules.Catalogue]);

        Assert.That(second, Is.EqualTo(first));
    }

    [Test]
    public void Schema_is_2_space_indented_with_lf_line_ends()
    {
        string schema = ScenarioSchema.Generate(TestRules.Catalogue);

        Assert.That(schema, Does.StartWith("{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",\n"));
        Assert.That(schema, Does.Not.Contain("\r"));
        Assert.That(schema, Does.EndWith("}\n"));
    }

    [Test]
    public void Schema_describes_types_ranges_required_keys_ids_and_enums()
    {
        JsonObject schema = JsonNode.Parse(ScenarioSchema.Generate(TestRules.Catalogue))!.AsObject();
        JsonNode defs = schema["$defs"]!;
        JsonNode group = defs["armedGroupSpec"]!;

        Assert.Multiple(() =>
        {
            Assert.That(schema["additionalProperties"]!.GetValue<bool>(), Is.False);
            Assert.That(Strings(schema["required"]), Is.EqualTo(new[] { "schemaVersion", "name", "start", "months" }));
            Assert.That(schema["properties"]!["armedGroups"]!["propertyNames"]!["$ref"]!.GetValue<string>(), Is.EqualTo("#/$defs/id"));
            Assert.That(schema["properties"]!["armedGroups"]!["additionalProperties"]!["$ref"]!.GetValue<string>(), Is.EqualTo("#/$defs/armedGroupSpec"));
            Assert.That(defs["id"]!["pattern"]!.GetValue<string>(), Is.EqualTo("^[a-z0-9]+(-[a-z0-9]+)*$"));
            Assert.That(Strings(group["required"]), Is.EqualTo(new[] { "kind", "leader" }));
            Assert.That(group["additionalProperties"]!.GetValue<bool>(), Is.False);
            Assert.That(Strings(group["properties"]!["kind"]!["enum"]), Is.EqualTo(new[] { "separatist", "jihadist", "proGovernment", "selfDefence" }));
            Assert.That(group["properties"]!["cohesion"]!["anyOf"]![0]!["maximum"]!.GetValue<int>(), Is.EqualTo(1));
            Assert.That(group["properties"]!["cohesion"]!["anyOf"]![1]!["$ref"]!.GetValue<string>(), Is.EqualTo("#/$defs/uncertain"));
            Assert.That(group["properties"]!["cohesion"]!["anyOf"]![1]!["properties"]!["high"]!["maximum"]!.GetValue<int>(), Is.EqualTo(1));
            Assert.That(group["properties"]!["fighters"]!["anyOf"]![0]!["minimum"]!.GetValue<int>(), Is.EqualTo(0));
            Assert.That(group["properties"]!["money"]!["description"]!.GetValue<string>(), Is.EqualTo("Cash in hand, in thousand USD."));
            Assert.That(group["properties"]!["stateStance"]!["anyOf"]!.AsArray(), Has.Count.EqualTo(3), "nullable numbers accept null");
            Assert.That(defs["eventSpec"]!["properties"]!["at"]!["pattern"]!.GetValue<string>(), Does.Contain("0[1-9]|1[0-2]"));
            Assert.That(defs["eventSpec"]!["properties"]!["set"]!["propertyNames"]!["pattern"]!.GetValue<string>(), Does.Contain(@"state\.militiaFunding"));
            Assert.That(defs["communitySpec"]!["properties"]!["villages"]!["type"]!.GetValue<string>(), Is.EqualTo("integer"));
        });
    }

    [Test]
    public void Rules_come_from_the_catalogue_with_their_own_parameters()
    {
        JsonObject schema = JsonNode.Parse(ScenarioSchema.Generate(TestRules.Catalogue))!.AsObject();
        JsonNode rules = schema["properties"]!["rules"]!;

        Assert.Multiple(() =>
        {
            Assert.That(rules["additionalProperties"]!.GetValue<bool>(), Is.False);
            Assert.That(rules["properties"]!.AsObject().Select(p => p.Key), Is.EqualTo(new[] { "testRule", "otherRule" }));
            Assert.That(rules["properties"]!["testRule"]!["$ref"]!.GetValue<string>(), Is.EqualTo("#/$defs/testRuleSpec"));
            JsonNode testRule = schema["$defs"]!["testRuleSpec"]!["properties"]!;
            Assert.That(testRule.AsObject().Select(p => p.Key), Is.EqualTo(new[] { "enabled", "order", "provenance", "rate", "delay", "regions" }));
            Assert.That(testRule["rate"]!["description"]!.GetValue<string>(), Is.EqualTo("A probability."));
        });
    }

    [Test]
    public void A_catalogue_the_loader_would_reject_cannot_generate_a_schema()
    {
        RuleDescriptor[] catalogue = [TestRules.Test, TestRules.Descriptor("notRule", typeof(NotARuleSpec), 1)];

        Assert.That(() => ScenarioSchema.Generate(catalogue), Throws.InvalidOperationException.With.Message.Contains("notRule"));
    }

    private static string[] Strings(JsonNode? array) => array!.AsArray().Select(n => n!.GetValue<string>()).ToArray();
}

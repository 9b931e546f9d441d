using StalemateSim.Core.Scenarios;

namespace StalemateSim.Core.Tests.Scenarios;

public sealed class ScenarioValidationTests : ScenarioTestBase
{
    [Test]
    public void Unknown_key_dangling_leader_and_negative_fighters_are_reported_at_once()
    {
        string file = Folder.WriteMinimal("x.json", s => s["armedGroups"]!["x"] = new System.Text.Json.Nodes.JsonObject
        {
            ["kind"] = "jihadist",
            ["leader"] = "nobody",
            ["fighters"] = -5,
            ["bogus"] = true,
        });

        IReadOnlyList<ScenarioProblem> problems = Problems([file]);

        Assert.That(problems.Select(p => p.KeyPath), Is.EquivalentTo(new[]
        {
            "armedGroups:x:bogus", "armedGroups:x:leader", "armedGroups:x:fighters",
        }));
        Assert.Multiple(() =>
        {
            Assert.That(problems.Select(p => p.File), Is.All.EqualTo(file));
            Assert.That(At(problems, "armedGroups:x:leader")[0].ToString(), Is.EqualTo($"{file}: armedGroups:x:leader: 'nobody' is not an id in elites"));
            Assert.That(At(problems, "armedGroups:x:fighters")[0].Message, Is.EqualTo("-5 is out of range: expected a number 0 or more"));
            Assert.That(At(problems, "armedGroups:x:bogus")[0].Message, Does.StartWith("unknown key; expected one of: name, kind, leader, fighters"));
        });
    }

    [Test]
    public void Wrong_types_are_reported_with_what_was_expected()
    {
        string file = Folder.WriteMinimal("x.json", s =>
        {
            s["months"] = "many";
            s["regions"]!["bamako"]!["nationalCapital"] = "yes";
            s["regions"]!["gao"]!["neighbours"] = "kidal";
            s["communities"]!["ifoghas-kidal"]!["villages"] = 2.5;
            s["elites"]!["ag-ghali"] = "ag-ghali";
        });

        IReadOnlyList<ScenarioProblem> problems = Problems([file]);

        Assert.That(problems.ToDictionary(p => p.KeyPath, p => p.Message), Is.EquivalentTo(new Dictionary<string, string>
        {
            ["months"] = "expected a whole number, found 'many'",
            ["regions:bamako:nationalCapital"] = "expected true or false, found 'yes'",
            ["regions:gao:neighbours"] = "expected an array, found 'kidal'",
            ["communities:ifoghas-kidal:villages"] = "expected a whole number, found '2.5'",
            ["elites:ag-ghali"] = "expected an object, found 'ag-ghali'",
        }));
    }

    [Test]
    public void Enum_error_lists_the_allowed_names()
    {
        string file = Folder.WriteMinimal("x.json", s =>
        {
            s["armedGroups"]!["mnla"]!["kind"] = "rebel";
            s["foreignForces"]!["serval"]!["posture"] = "1";
        });

        IReadOnlyList<ScenarioProblem> problems = Problems([file]);

        Assert.That(At(problems, "armedGroups:mnla:kind").Single().Message,
            Is.EqualTo("expected one of separatist, jihadist, proGovernment, selfDefence; found 'rebel'"));
        Assert.That(At(problems, "foreignForces:serval:posture").Single().Message,
            Does.Contain("counterTerror, peacekeeping, stateSupport"), "enum numbers are not names");
    }

    [Test]
    public void Months_must_be_written_yyyy_MM_and_events_must_fall_in_the_run()
    {
        string file = Folder.WriteMinimal("x.json", s =>
        {
            s["events"]!["serval-arrives"]!["at"] = "2014-01";
            s["events"]!["stop-militias"]!["at"] = "2013-13";
        });
        string startBad = Folder.WriteMinimal("y.json", s => s["start"] = "Jan 2012");

        IReadOnlyList<ScenarioProblem> problems = Problems([file]);
        IReadOnlyList<ScenarioProblem> startProblems = Problems([startBad]);

        Assert.That(problems.ToDictionary(p => p.KeyPath, p => p.Message), Is.EquivalentTo(new Dictionary<string, string>
        {
            ["events:serval-arrives:at"] = "'2014-01' is outside the run, which covers 2012-01 to 2013-12",
            ["events:stop-militias:at"] = "expected a month written yyyy-MM, found '2013-13'",
        }));
        Assert.That(startProblems.Select(p => p.KeyPath), Is.EqualTo(new[] { "start" }));
    }

    [Test]
    public void Ids_must_be_lower_case_kebab_case()
    {
        string file = Folder.WriteMinimal("x.json", s =>
        {
            s["regions"]!["Tessalit"] = new System.Text.Json.Nodes.JsonObject { ["zone"] = "north" };
            s["armedGroups"]!["mnla"]!["wings"]!["hcua_wing"] = new System.Text.Json.Nodes.JsonObject { ["elite"] = "ag-ghali" };
        });

        IReadOnlyList<ScenarioProblem> problems = Problems([file]);

        Assert.That(problems.Select(p => p.KeyPath), Is.EquivalentTo(new[] { "regions:Tessalit", "armedGroups:mnla:wings:hcua_wing" }));
        Assert.That(At(problems, "regions:Tessalit")[0].Message, Does.Contain("lower-case kebab-case").And.Contain("ignore case"));
    }

    [Test]
    public void Overlay_spelling_an_id_in_another_case_is_caught_in_the_overlay()
    {
        string baseFile = Folder.WriteMinimal("base.json");
        string overlay = Folder.Write("overlay.json", """{ "regions": { "Kidal": { "stateReach": 0.1 } } }""");

        IReadOnlyList<ScenarioProblem> problems = Problems([baseFile, overlay]);

        Assert.That(problems.Select(p => (p.File, p.KeyPath)), Is.EqualTo(new[] { (overlay, "regions:Kidal") }));
    }

    [Test]
    public void References_must_name_existing_ids_in_lower_case()
    {
        string file = Folder.WriteMinimal("x.json", s =>
        {
            s["regions"]!["gao"]!["neighbours"]![0] = "Kidal";
            s["armedGroups"]!["mnla"]!["presence"]!["tessalit"] = 1;
            s["communities"]!["imghad-menaka"]!["region"] = "nowhere";
            s["rules"]!["testRule"]!["regions"]![0] = "nowhere";
        });

        IReadOnlyList<ScenarioProblem> problems = Problems([file]);

        Assert.That(problems.ToDictionary(p => p.KeyPath, p => p.Message), Is.EquivalentTo(new Dictionary<string, string>
        {
            ["regions:gao:neighbours:0"] = "'Kidal' is not an id in regions: ids are lower case, write 'kidal'",
            ["armedGroups:mnla:presence:tessalit"] = "'tessalit' is not an id in regions",
            ["communities:imghad-menaka:region"] = "'nowhere' is not an id in regions",
            ["rules:testRule:regions:0"] = "'nowhere' is not an id in regions",
        }));
    }

    [Test]
    public void Missing_required_keys_are_reported_with_their_paths()
    {
        string file = Folder.WriteMinimal("x.json", s =>
        {
            s.Remove("name");
            s["armedGroups"]!["empty"] = new System.Text.Json.Nodes.JsonObject();
        });

        IReadOnlyList<ScenarioProblem> problems = Problems([file]);

        Assert.That(problems.Select(p => p.KeyPath), Is.EquivalentTo(new[] { "name", "armedGroups:empty:kind", "armedGroups:empty:leader" }));
        Assert.That(problems.Select(p => p.Message), Is.All.StartWith("missing required key"));
        Assert.That(problems.Select(p => p.File), Is.All.EqualTo(file));
    }

    [Test]
    public void An_empty_file_lacks_every_required_top_level_key()
    {
        string file = Folder.Write("empty.json", "{}");

        IReadOnlyList<ScenarioProblem> problems = Problems([file]);

        Assert.That(problems.Select(p => p.ToString()), Is.EqualTo(new[]
        {
            $"{file}: schemaVersion: missing required key: expected a whole number",
            $"{file}: name: missing required key: expected a string",
            $"{file}: start: missing required key: expected a string (First month of the run, yyyy-MM)",
            $"{file}: months: missing required key: expected a whole number (Number of monthly ticks)",
        }));
    }

    [Test]
    public void Policy_settings_must_parse_and_name_existing_ids()
    {
        string file = Folder.WriteMinimal("x.json", s =>
        {
            var set = s["events"]!["stop-militias"]!["set"]!.AsObject();
            set["state.bogus"] = 1;
            set["foreign.nobody.abuse"] = 0.2;
            set["foreign.serval.abuse"] = 0.2;
        });

        IReadOnlyList<ScenarioProblem> problems = Problems([file]);

        Assert.That(problems.Select(p => p.KeyPath), Is.EquivalentTo(new[]
        {
            "events:stop-militias:set:state.bogus", "events:stop-militias:set:foreign.nobody.abuse",
        }));
        Assert.That(At(problems, "events:stop-militias:set:state.bogus")[0].Message, Does.Contain("state.militiaFunding"));
        Assert.That(At(problems, "events:stop-militias:set:foreign.nobody.abuse")[0].Message, Does.Contain("'nobody'").And.Contain("foreignForces"));
    }

    [Test]
    public void Keys_are_case_sensitive_camelCase()
    {
        string file = Folder.WriteMinimal("x.json", s =>
        {
            s["armedGroups"]!["mnla"]!.AsObject().Remove("fighters");
            s["armedGroups"]!["mnla"]!["Fighters"] = 10;
        });

        IReadOnlyList<ScenarioProblem> problems = Problems([file]);

        Assert.That(problems, Has.Count.EqualTo(1));
        Assert.That(problems[0].KeyPath, Is.EqualTo("armedGroups:mnla:Fighters"));
        Assert.That(problems[0].Message, Does.Contain("write 'fighters'"));
    }

    [Test]
    public void Unknown_and_miscased_rules_are_errors()
    {
        string file = Folder.WriteMinimal("x.json", s =>
        {
            s["rules"]!["splinter"] = new System.Text.Json.Nodes.JsonObject();
            s["rules"]!["TestRule"] = s["rules"]!["testRule"]!.DeepClone();
            s["rules"]!.AsObject().Remove("testRule");
            s["rules"]!["otherRule"]!["order"] = -1;
        });

        IReadOnlyList<ScenarioProblem> problems = Problems([file]);

        Assert.That(problems.ToDictionary(p => p.KeyPath, p => p.Message), Is.EquivalentTo(new Dictionary<string, string>
        {
            ["rules:splinter"] = "unknown rule; known rules: testRule, otherRule",
            ["rules:TestRule"] = "unknown rule; rule names are case-sensitive: write 'testRule'",
            ["rules:otherRule:order"] = "-1 is out of range: expected a whole number in [0, 10000]",
        }));
    }

    [Test]
    public void Malformed_json_gives_file_line_and_position_for_every_file_and_stops()
    {
        string first = Folder.Write("first.json", "{\n  \"name\": \"x\",\n  \"months\": @\n}\n");
        string second = Folder.Write("second.json", "{ \"a\": 1, }}");
        string valid = Folder.Write("valid.json", """{ "bogus": 1 }""");

        IReadOnlyList<ScenarioProblem> problems = Problems([first, valid, second]);

        Assert.That(problems, Has.Count.EqualTo(2), "no key checks after a syntax error");
        Assert.Multiple(() =>
        {
            Assert.That(problems[0].File, Is.EqualTo(first));
            Assert.That((problems[0].Line, problems[0].Position), Is.EqualTo(((long?)3, (long?)13)));
            Assert.That(problems[0].ToString(), Does.StartWith($"{first}:3:13: invalid JSON: '@' is an invalid start of a value"));
            Assert.That(problems[0].ToString(), Does.Not.Contain("LineNumber"));
            Assert.That(problems[1].File, Is.EqualTo(second));
            Assert.That(problems[1].Line, Is.EqualTo(1));
        });
    }

    [Test]
    public void Json_that_is_not_an_object_or_has_duplicate_keys_is_reported()
    {
        string array = Folder.Write("array.json", "[1, 2]");
        string duplicate = Folder.Write("duplicate.json", """{ "regions": { "kidal": { "zone": "a" }, "Kidal": { "zone": "b" } } }""");

        IReadOnlyList<ScenarioProblem> problems = Problems([array, duplicate]);

        Assert.That(problems.Select(p => p.File), Is.EqualTo(new[] { array, duplicate }));
        Assert.That(problems[0].Message, Does.Contain("must be an object"));
        Assert.That(problems[1].Message, Does.Contain("duplicate key"));
    }

    [Test]
    public void Missing_file_is_reported_with_the_others()
    {
        string missing = Path.Combine(Folder.Root, "missing.json");
        string valid = Folder.WriteMinimal("valid.json");

        IReadOnlyList<ScenarioProblem> problems = Problems([valid, missing]);

        Assert.That(problems.Select(p => p.ToString()), Is.EqualTo(new[] { $"{missing}: not found" }));
    }

    [Test]
    public void Loading_nothing_is_a_problem_not_an_exception()
    {
        IReadOnlyList<ScenarioProblem> problems = Problems([]);

        Assert.That(problems.Select(p => p.Message), Is.EqualTo(new[] { "no scenario file given" }));
    }
}

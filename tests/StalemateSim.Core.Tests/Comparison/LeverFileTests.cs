using System.Text.Json;
using StalemateSim.Core.Comparison;
using StalemateSim.Core.Model;
using StalemateSim.Core.MonteCarlo;
using StalemateSim.Core.Scenarios;

namespace StalemateSim.Core.Tests.Comparison;

/// <summary>The committed levers: their metadata, and what they do on a scenario with the ids they name.</summary>
public sealed class LeverFileTests
{
    private static readonly string[] Expected =
    [
        "early-foreign-withdrawal", "end-abuses-and-profiling", "end-foreign-militia-support", "end-state-militia-support", "exclusive-accord",
        "inclusive-accord", "jnim-dialogue", "kidal-autonomy", "mopti-roadmap", "no-foreign-withdrawal",
    ];

    /// <summary>The month each lever takes effect in the Mali scenario.</summary>
    private static readonly Dictionary<string, string> MaliOnset = new()
    {
        ["early-foreign-withdrawal"] = "2018-01", ["end-abuses-and-profiling"] = "2016-01", ["end-foreign-militia-support"] = "2016-01",
        ["end-state-militia-support"] = "2016-01", ["exclusive-accord"] = "2015-05", ["inclusive-accord"] = "2015-05", ["jnim-dialogue"] = "2018-01",
        ["kidal-autonomy"] = "2018-01", ["mopti-roadmap"] = "2018-01", ["no-foreign-withdrawal"] = "2022-08",
    };

    private string _dir = "";

    [SetUp]
    public void SetUp() => _dir = LeverCopies.TempFolder();

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    [Test]
    public void Every_lever_is_there_with_a_name_a_description_citing_its_reports_provenance_and_events()
    {
        Assert.That(LeverCopies.LeverFiles.Select(Path.GetFileNameWithoutExtension), Is.EquivalentTo(Expected));
        foreach (string file in LeverCopies.LeverFiles)
        {
            string id = Path.GetFileNameWithoutExtension(file);
            using JsonDocument json = JsonDocument.Parse(File.ReadAllText(file));
            JsonElement root = json.RootElement;
            Assert.That(root.GetProperty("name").GetString(), Is.Not.Empty, id);
            string description = root.GetProperty("description").GetString() ?? "";
            Assert.That(description, Does.Match(@"\[00[0-4]\]"), id + ": the description cites a report");
            Assert.That(description, Does.Contain("digest section 4"), id + ": the description cites the digest section");
            JsonElement provenance = root.GetProperty("provenance");
            foreach (string suffix in new[] { "", "-sources", "-digest", "-expected", "-timing" })
            {
                Assert.That(provenance.TryGetProperty(id + suffix, out _), Is.True, $"{id}: provenance '{id + suffix}'");
            }

            Assert.That(root.GetProperty("events").EnumerateObject().Count(), Is.GreaterThan(0), id);
        }
    }

    [Test]
    public void Every_lever_loads_on_the_example_in_a_test_copy_and_starts_when_it_says()
    {
        LoadResult baseline = ScenarioLoader.Load([LeverCopies.Example]);
        Assert.That(baseline.Ok, Is.True);
        var onsets = new Dictionary<string, int>
        {
            ["early-foreign-withdrawal"] = 48, ["end-abuses-and-profiling"] = 41, ["end-foreign-militia-support"] = 41, ["end-state-militia-support"] = 41,
            ["exclusive-accord"] = 36, ["inclusive-accord"] = 36, ["jnim-dialogue"] = 48, ["kidal-autonomy"] = 48, ["mopti-roadmap"] = 48,
            ["no-foreign-withdrawal"] = 84,
        };
        foreach (string lever in Expected)
        {
            string copy = LeverCopies.ForExample(lever, _dir);
            LoadResult arm = ScenarioLoader.Load([LeverCopies.Example, copy]);
            Assert.That(arm.Problems.Select(p => p.ToString()), Is.Empty, lever);
            Assert.That(LeverOnset.Of(baseline.Scenario!, arm.Scenario!), Is.EqualTo(onsets[lever]), lever);
        }
    }

    [Test]
    public void Every_lever_sets_what_it_says_on_the_example()
    {
        (ComparisonPlan plan, _) = PlanOf(Expected);
        var finals = new World[plan.Arms.Count + 1];
        var troops = new double[plan.Arms.Count + 1][];
        ComparisonRunner.Run(plan, new ComparisonOptions(1, 5, 2), observer: (_, runs) =>
        {
            for (int i = 0; i < runs.Count; i++)
            {
                finals[i] = runs[i].World;
                troops[i] = runs[i].Trajectory.Series("foreign.troops").ToArray();
            }
        });

        World Arm(string id) => finals[1 + plan.Arms.ToList().FindIndex(a => a.Id == id)];
        double[] TroopsOf(string id) => troops[1 + plan.Arms.ToList().FindIndex(a => a.Id == id)];
        int highlands = Array.IndexOf(finals[0].Regions.Ids, "highlands"), plains = Array.IndexOf(finals[0].Regions.Ids, "plains");

        Assert.Multiple(() =>
        {
            Assert.That(finals[0].State.MilitiaFunding, Is.GreaterThan(0), "baseline funds militias");
            Assert.That(Arm("end-state-militia-support").State.MilitiaFunding, Is.Zero);
            Assert.That(finals[0].Foreign.MilitiaSupport[0], Is.GreaterThan(0), "baseline: the coalition supports militias");
            Assert.That(Arm("end-foreign-militia-support").Foreign.MilitiaSupport, Is.All.Zero);
            Assert.That(Arm("end-abuses-and-profiling").State.Abuse, Is.Zero);
            Assert.That(Arm("end-abuses-and-profiling").State.Profiling, Is.All.Zero);
            Assert.That(finals[0].State.Profiling, Has.Some.GreaterThan(0), "baseline profiles the herders");
            Assert.That(Arm("inclusive-accord").Accord.Inclusive, Is.True);
            Assert.That(Arm("exclusive-accord").Accord.Inclusive, Is.False, "whatever the order of same-month events");
            Assert.That(finals[0].Accord.Inclusive, Is.True, "the example's accord is inclusive");
            Assert.That(Arm("jnim-dialogue").State.TalksWithJihadists, Is.EqualTo(0.6));
            Assert.That(Arm("kidal-autonomy").Regions.Autonomy[highlands], Is.EqualTo(1));
            Assert.That(Arm("mopti-roadmap").Regions.Governance[plains], Is.EqualTo(1));

            // Earlier withdrawal: no foreign troops from 2024-01 (tick 48); the baseline keeps them until 2027-01 (tick 84).
            Assert.That(TroopsOf("early-foreign-withdrawal")[48..], Is.All.Zero);
            Assert.That(TroopsOf("early-foreign-withdrawal")[47], Is.GreaterThan(0));
            Assert.That(troops[0][60], Is.GreaterThan(0));

            // No withdrawal: the overridden withdrawal event keeps the coalition, troops and all, to the end.
            Assert.That(finals[0].Foreign.Present[0], Is.False, "baseline: the coalition has left");
            Assert.That(troops[0][^1], Is.Zero);
            Assert.That(Arm("no-foreign-withdrawal").Foreign.Present[0], Is.True);
            Assert.That(TroopsOf("no-foreign-withdrawal")[84..], Is.All.GreaterThan(0.9 * TroopsOf("no-foreign-withdrawal")[83]), "only losses to attacks");
        });
    }

    [Test]
    public void Every_lever_loads_on_the_mali_scenario_and_does_what_it_says()
    {
        Assume.That(File.Exists(LeverCopies.Mali), Is.True, "scenarios/mali-2012.json does not exist yet");
        LoadResult baseline = ScenarioLoader.Load([LeverCopies.Mali]);
        Assert.That(baseline.Problems.Select(p => p.ToString()), Is.Empty);
        foreach (string file in LeverCopies.LeverFiles)
        {
            string id = Path.GetFileNameWithoutExtension(file);
            LoadResult arm = ScenarioLoader.Load([LeverCopies.Mali, file]);
            Assert.That(arm.Problems.Select(p => p.ToString()), Is.Empty, id);
            int start = LeverOnset.MonthIndex(baseline.Scenario!.Spec.Start);
            Assert.That(LeverOnset.Of(baseline.Scenario!, arm.Scenario!), Is.EqualTo(LeverOnset.MonthIndex(MaliOnset[id]) - start), id);
        }

        (ComparisonPlan? plan, var problems) = ComparisonPlan.Load([LeverCopies.Mali], LeverCopies.LeverFiles, combine: false);
        Assert.That(problems.Select(p => p.ToString()), Is.Empty);
        var finals = new World[plan!.Arms.Count + 1];
        ComparisonRunner.Run(plan, new ComparisonOptions(1, 5, 2), observer: (_, runs) =>
        {
            for (int i = 0; i < runs.Count; i++)
            {
                finals[i] = runs[i].World;
            }
        });

        World Arm(string id) => finals[1 + plan.Arms.ToList().FindIndex(a => a.Id == id)];
        int Force(string id) => Array.IndexOf(finals[0].Foreign.Ids, id);
        int Region(string id) => Array.IndexOf(finals[0].Regions.Ids, id);
        Assert.Multiple(() =>
        {
            Assert.That(Arm("end-state-militia-support").State.MilitiaFunding, Is.Zero);
            Assert.That(Arm("end-foreign-militia-support").Foreign.MilitiaSupport, Is.All.Zero);
            Assert.That(Arm("end-abuses-and-profiling").State.Abuse, Is.Zero);
            Assert.That(Arm("inclusive-accord").Accord.Inclusive, Is.True, "unless a later accord event states 'inclusive'");
            Assert.That(Arm("exclusive-accord").Accord.Inclusive, Is.False, "unless a later accord event states 'inclusive'");
            Assert.That(Arm("jnim-dialogue").State.TalksWithJihadists, Is.EqualTo(0.6));
            Assert.That(Arm("kidal-autonomy").Regions.Autonomy[Region("kidal")], Is.EqualTo(1));
            Assert.That(Arm("mopti-roadmap").Regions.Governance[Region("mopti")], Is.EqualTo(1));
            Assert.That(Arm("early-foreign-withdrawal").Foreign.Present[Force("barkhane")], Is.False, "no later event brings Barkhane back");
            Assert.That(Arm("early-foreign-withdrawal").Foreign.Present[Force("minusma")], Is.False, "no later event brings MINUSMA back");
            Assert.That(finals[0].Foreign.Present[Force("barkhane")], Is.False, "baseline: Barkhane has left by the end");
            Assert.That(Arm("no-foreign-withdrawal").Foreign.Present[Force("barkhane")], Is.True, "no withdrawal: Barkhane is still there at the end");
            Assert.That(Arm("no-foreign-withdrawal").Foreign.Troops[Force("barkhane")], Is.GreaterThan(0));
        });
    }

    private (ComparisonPlan Plan, string[] Files) PlanOf(IEnumerable<string> levers)
    {
        string[] files = [.. levers.Select(l => LeverCopies.ForExample(l, _dir))];
        (ComparisonPlan? plan, var problems) = ComparisonPlan.Load([LeverCopies.Example], files, combine: false);
        Assert.That(problems.Select(p => p.ToString()), Is.Empty);
        return (plan!, files);
    }
}

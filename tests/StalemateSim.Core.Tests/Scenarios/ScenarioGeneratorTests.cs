using StalemateSim.Core.Engine;
using StalemateSim.Core.Model;
using StalemateSim.Core.MonteCarlo;
using StalemateSim.Core.Randomness;
using StalemateSim.Core.Rules;
using StalemateSim.Core.Scenarios;

namespace StalemateSim.Core.Tests.Scenarios;

/// <summary>The generated scenarios the scaling benchmarks run are valid, of the size asked for, and reproducible.</summary>
public sealed class ScenarioGeneratorTests : ScenarioTestBase
{
    [TestCase(1, 1, 1, 1)]
    [TestCase(2, 1, 3, 2)]
    [TestCase(3, 2, 5, 7)]
    [TestCase(10, 5, 20, 40)]
    public void A_generated_scenario_loads_without_problems_and_has_the_size_asked_for(int regions, int communities, int villages, int groups)
    {
        var size = new GeneratedScenarioSize(regions, communities, villages, groups);
        LoadResult loaded = ScenarioLoader.Load([ScenarioGenerator.WriteTo(Folder.Root, size)]);

        Assert.That(loaded.Problems.Select(p => p.ToString()), Is.Empty);
        World world = new ScenarioRunFactory(loaded.Scenario!).Create(StreamSeed.ForRun(1, 0), out _).World;
        Assert.Multiple(() =>
        {
            Assert.That(world.Regions.Count, Is.EqualTo(regions));
            Assert.That(world.Communities.Count, Is.EqualTo(regions * communities));
            Assert.That(Enumerable.Range(0, world.Places.Count).Count(p => world.Places.Level[p] == PlaceLevel.Village), Is.EqualTo(size.Villages));
            Assert.That(world.Groups.Count, Is.EqualTo(groups));
            Assert.That(loaded.Scenario!.Rules.Select(r => r.Name), Is.EquivalentTo(RuleCatalog.All.Select(d => d.Name)), "every rule runs");
        });
    }

    [Test]
    public void Every_rule_runs_on_a_generated_scenario_for_its_whole_length()
    {
        var size = new GeneratedScenarioSize(4, 3, 10, 12, Months: 36);
        LoadResult loaded = ScenarioLoader.Load([ScenarioGenerator.WriteTo(Folder.Root, size)]);
        Assert.That(loaded.Ok, Is.True);

        Simulation simulation = new ScenarioRunFactory(loaded.Scenario!).Create(StreamSeed.ForRun(3, 0), out _);
        simulation.RunToEnd();

        Assert.That(simulation.World.Tick, Is.EqualTo(36));
    }

    [Test]
    public void The_same_size_and_seed_give_the_same_document_and_another_seed_another()
    {
        var size = new GeneratedScenarioSize(3, 2, 4, 5);

        string first = ScenarioGenerator.Generate(size, seed: 7).ToJsonString();

        Assert.Multiple(() =>
        {
            Assert.That(ScenarioGenerator.Generate(size, seed: 7).ToJsonString(), Is.EqualTo(first));
            Assert.That(ScenarioGenerator.Generate(size, seed: 8).ToJsonString(), Is.Not.EqualTo(first));
        });
    }

    [TestCase(100, 2)]
    [TestCase(1_000, 20)]
    [TestCase(1_000_000, 20_000)]
    public void ForVillages_keeps_regions_and_communities_and_scales_the_villages(long villages, int perCommunity)
    {
        GeneratedScenarioSize size = GeneratedScenarioSize.ForVillages(villages, groups: 10);

        Assert.That(size, Is.EqualTo(new GeneratedScenarioSize(10, 5, perCommunity, 10)));
        Assert.That(size.Villages, Is.EqualTo(villages));
    }
}

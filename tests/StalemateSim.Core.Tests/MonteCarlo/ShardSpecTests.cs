using StalemateSim.Core.MonteCarlo;

namespace StalemateSim.Core.Tests.MonteCarlo;

public class ShardSpecTests
{
    [Test]
    public void ShardsPartitionTheRunIndices()
    {
        const int runs = 23;
        var seen = new List<long>();
        for (int i = 0; i < 4; i++)
        {
            var shard = new ShardSpec(i, 4);
            for (long k = 0; k < shard.RunsIn(runs); k++)
            {
                seen.Add(shard.RunIndex(k));
            }
        }

        Assert.That(seen.Order(), Is.EqualTo(Enumerable.Range(0, runs).Select(i => (long)i)));
    }

    [TestCase("2/8", true, 2, 8)]
    [TestCase("0/1", true, 0, 1)]
    [TestCase("8/8", false, 0, 0)]
    [TestCase("x/2", false, 0, 0)]
    [TestCase("3", false, 0, 0)]
    public void Parses(string text, bool ok, int index, int count)
    {
        Assert.That(ShardSpec.TryParse(text, out var shard, out string? problem), Is.EqualTo(ok));
        if (ok)
        {
            Assert.That(shard, Is.EqualTo(new ShardSpec(index, count)));
        }
        else
        {
            Assert.That(problem, Is.Not.Null.And.Contains("shard"));
        }
    }

    [Test]
    public void DefaultsFromSlurmAndKubernetes()
    {
        var slurm = new Dictionary<string, string> { ["SLURM_ARRAY_TASK_ID"] = "5", ["SLURM_ARRAY_TASK_COUNT"] = "4", ["SLURM_ARRAY_TASK_MIN"] = "2" };
        Assert.That(ShardSpec.FromEnvironment(k => slurm.GetValueOrDefault(k), out _), Is.EqualTo(new ShardSpec(3, 4)));
        var stepped = new Dictionary<string, string> { ["SLURM_ARRAY_TASK_ID"] = "30", ["SLURM_ARRAY_TASK_COUNT"] = "16", ["SLURM_ARRAY_TASK_STEP"] = "2" };
        Assert.That(ShardSpec.FromEnvironment(k => stepped.GetValueOrDefault(k), out _), Is.EqualTo(new ShardSpec(15, 16)), "--array=0-30:2");
        var k8s = new Dictionary<string, string> { ["JOB_COMPLETION_INDEX"] = "7", ["STALEMATE_SHARD_COUNT"] = "16" };
        Assert.That(ShardSpec.FromEnvironment(k => k8s.GetValueOrDefault(k), out _), Is.EqualTo(new ShardSpec(7, 16)));
        Assert.That(ShardSpec.FromEnvironment(_ => null, out string? none), Is.Null);
        Assert.That(none, Is.Null);
        var noCount = new Dictionary<string, string> { ["JOB_COMPLETION_INDEX"] = "7" };
        Assert.That(ShardSpec.FromEnvironment(k => noCount.GetValueOrDefault(k), out string? problem), Is.Null);
        Assert.That(problem, Does.Contain("STALEMATE_SHARD_COUNT"), "every pod must not silently run the whole ensemble");
    }
}

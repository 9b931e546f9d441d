using StalemateSim.Core.Analysis;
using StalemateSim.Core.MonteCarlo;
using StalemateSim.Core.Randomness;

namespace StalemateSim.Core.Tests.MonteCarlo;

public class SeriesAggregatorTests
{
    private static Trajectory RandomTrajectory(ulong seed, int months)
    {
        var t = new Trajectory(["a", "b"], months);
        var r = new Xoshiro256StarStar(seed);
        for (int i = 0; i < months; i++)
        {
            t[0, i] = Math.Exp(3 * r.NextGaussian());
            t[1, i] = r.NextDouble() < 0.3 ? 0 : r.NextDouble();
        }

        return t;
    }

    [Test]
    public void AggregationIsIdenticalInAnyOrderAndAcrossMergedParts()
    {
        var trajectories = Enumerable.Range(0, 60).Select(i => RandomTrajectory((ulong)i, 5)).ToList();
        int[] map = [0, 1];
        var forward = new SeriesAggregator(["a", "b"], 5);
        trajectories.ForEach(t => forward.Add(t, map));
        var backward = new SeriesAggregator(["a", "b"], 5);
        Enumerable.Reverse(trajectories).ToList().ForEach(t => backward.Add(t, map));
        var partA = new SeriesAggregator(["a", "b"], 5);
        var partB = new SeriesAggregator(["a", "b"], 5);
        for (int i = 0; i < trajectories.Count; i++)
        {
            (i % 3 == 0 ? partA : partB).Add(trajectories[i], map);
        }

        partB.Merge(partA);
        foreach (var other in new[] { backward, partB })
        {
            for (int m = 0; m < 2; m++)
            {
                for (int t = 0; t < 5; t++)
                {
                    Assert.That(other.Mean(m, t), Is.EqualTo(forward.Mean(m, t)), "means are exact sums");
                    foreach (double q in new[] { 0, 0.05, 0.5, 0.95, 1 })
                    {
                        Assert.That(other.Quantile(m, t, q), Is.EqualTo(forward.Quantile(m, t, q)));
                    }
                }
            }
        }
    }

    [Test]
    public void QuantilesAreWithinOnePercentOfExactOnes()
    {
        var t = new Trajectory(["x"], 1);
        var agg = new SeriesAggregator(["x"], 1);
        var values = new List<double>();
        var r = new Xoshiro256StarStar(3);
        for (int i = 0; i < 5000; i++)
        {
            t[0, 0] = 1 + (1000 * r.NextDouble());
            values.Add(t[0, 0]);
            agg.Add(t, [0]);
        }

        values.Sort();
        foreach (double q in new[] { 0.05, 0.25, 0.5, 0.75, 0.95 })
        {
            double exact = values[(int)Math.Ceiling(q * values.Count) - 1];
            Assert.That(agg.Quantile(0, 0, q), Is.EqualTo(exact).Within(1.1).Percent, $"q = {q}");
        }

        Assert.That(agg.Quantile(0, 0, 0), Is.EqualTo(values[0]));
        Assert.That(agg.Quantile(0, 0, 1), Is.EqualTo(values[^1]));
        Assert.That(agg.Mean(0, 0), Is.EqualTo(values.Average()).Within(1e-6));
    }

    [Test]
    public void SaveAndLoadRoundTripsExactly()
    {
        var agg = new SeriesAggregator(["a", "b"], 5);
        for (int i = 0; i < 20; i++)
        {
            agg.Add(RandomTrajectory((ulong)i, 5), [0, 1]);
        }

        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            agg.Save(writer);
        }

        stream.Position = 0;
        var loaded = SeriesAggregator.Load(new BinaryReader(stream));
        Assert.That(loaded.Runs, Is.EqualTo(20));
        Assert.That(loaded.Quantile(0, 3, 0.5), Is.EqualTo(agg.Quantile(0, 3, 0.5)));
        Assert.That(loaded.Mean(1, 4), Is.EqualTo(agg.Mean(1, 4)));
    }

    [Test]
    public void ZerosStayZero()
    {
        var t = new Trajectory(["z"], 1);
        var agg = new SeriesAggregator(["z"], 1);
        for (int i = 0; i < 10; i++)
        {
            agg.Add(t, [0]);
        }

        Assert.That(agg.Quantile(0, 0, 0.5), Is.Zero);
        Assert.That(agg.Mean(0, 0), Is.Zero);
    }
}

using StalemateSim.Core.Comparison;

namespace StalemateSim.Core.Tests.Comparison;

public sealed class PairedStatisticsTests
{
    [Test]
    public void Paired_t_matches_the_textbook_formula()
    {
        var acc = new PairedAccumulator(keepDifferences: false);
        double[] baseline = [10, 12, 9, 14, 11], arm = [11, 14, 12, 18, 16]; // differences 1..5
        for (int i = 0; i < baseline.Length; i++)
        {
            acc.Add(baseline[i], arm[i]);
        }

        ConfidenceInterval ci = PairedStatistics.PairedT(acc);
        double half = 2.7764451051977987 * Math.Sqrt(2.5 / 5); // t(4, 0.975) × sd/√n, sd² = 2.5
        Assert.That(acc.DifferenceMean, Is.EqualTo(3));
        Assert.That(acc.DifferenceVariance, Is.EqualTo(2.5).Within(1e-12));
        Assert.That(acc.BaselineMean, Is.EqualTo(11.2).Within(1e-12));
        Assert.That(acc.ArmMean, Is.EqualTo(14.2).Within(1e-12));
        Assert.That(ci.Low, Is.EqualTo(3 - half).Within(1e-9));
        Assert.That(ci.High, Is.EqualTo(3 + half).Within(1e-9));
        Assert.That(acc.ArmHigher, Is.EqualTo(5));
    }

    [Test]
    public void Equal_differences_give_a_point_interval_and_one_pair_gives_none()
    {
        var acc = new PairedAccumulator(keepDifferences: true);
        acc.Add(1, 3);
        Assert.That(PairedStatistics.PairedT(acc).IsDefined, Is.False);
        acc.Add(5, 7);
        acc.Add(-2, 0);
        Assert.That(PairedStatistics.PairedT(acc), Is.EqualTo(new ConfidenceInterval(2, 2)));
        Assert.That(PairedStatistics.Bootstrap(acc.Differences, 1, 100), Is.EqualTo(new ConfidenceInterval(2, 2)));
    }

    [Test]
    public void Means_of_whole_numbers_are_exact()
    {
        var acc = new PairedAccumulator(keepDifferences: false);
        for (int i = 0; i < 100; i++)
        {
            acc.Add(i % 3, (i + 1) % 3);
        }

        // Differences +1, +1, −2 repeating: 34 + 33 − 2×33 = 1 over 100 runs.
        Assert.That(acc.DifferenceMean, Is.EqualTo(0.01));
        acc = new PairedAccumulator(keepDifferences: false);
        foreach (int d in new[] { 1, -1, 1, -1 })
        {
            acc.Add(0, d);
        }

        Assert.That(acc.DifferenceMean, Is.EqualTo(0.0), "not 1e-18");
    }

    [Test]
    public void Pairs_with_a_NaN_are_left_out()
    {
        var acc = new PairedAccumulator(keepDifferences: true);
        acc.Add(1, double.NaN);
        acc.Add(1, 2);
        Assert.That(acc.Count, Is.EqualTo(1));
        Assert.That(acc.Differences, Is.EqualTo(new[] { 1.0 }));
    }

    [Test]
    public void Bootstrap_is_deterministic_for_a_seed_and_brackets_the_mean()
    {
        double[] d = [.. Enumerable.Range(0, 200).Select(i => Math.Sin(i) * 10 + 1)];
        ConfidenceInterval a = PairedStatistics.Bootstrap(d, 42, 2000);
        ConfidenceInterval b = PairedStatistics.Bootstrap(d, 42, 2000);
        ConfidenceInterval c = PairedStatistics.Bootstrap(d, 43, 2000);
        double mean = d.Average();
        Assert.That(b, Is.EqualTo(a));
        Assert.That(c, Is.Not.EqualTo(a));
        Assert.That(a.Low, Is.LessThan(mean));
        Assert.That(a.High, Is.GreaterThan(mean));

        // About the width of the t interval for this nearly normal mean.
        double sd = Math.Sqrt(d.Sum(x => (x - mean) * (x - mean)) / (d.Length - 1));
        ConfidenceInterval t = PairedStatistics.PairedT(d.Length, mean, sd * sd);
        Assert.That(a.HalfWidth / t.HalfWidth, Is.InRange(0.85, 1.15));
    }

    [Test]
    public void Paired_proportions_follow_Bonett_and_Price()
    {
        // n = 100, 10 runs where only the arm has the outcome, 4 where only the baseline has it.
        ConfidenceInterval ci = PairedStatistics.PairedProportions(100, 10, 4);
        double pb = 11.0 / 102, pc = 5.0 / 102, d = pb - pc;
        double half = 1.959963984540054 * Math.Sqrt((pb + pc - (d * d)) / 102);
        Assert.That(ci.Low, Is.EqualTo(d - half).Within(1e-12));
        Assert.That(ci.High, Is.EqualTo(d + half).Within(1e-12));

        // No run changes outcome: centred on zero, about ±2.8/n, not a point.
        ConfidenceInterval none = PairedStatistics.PairedProportions(100, 0, 0);
        Assert.That(none.Low, Is.EqualTo(-none.High));
        Assert.That(none.High, Is.InRange(0.02, 0.03));

        // All runs change: clipped to [−1, 1].
        Assert.That(PairedStatistics.PairedProportions(5, 5, 0).High, Is.LessThanOrEqualTo(1));
    }

    [Test]
    public void Welch_matches_the_textbook_formula()
    {
        // Two samples: n 10 and 12, means 5 and 6.5, variances 4 and 9.
        ConfidenceInterval ci = PairedStatistics.Welch(10, 5, 4, 12, 6.5, 9);
        double se2 = (4.0 / 10) + (9.0 / 12);
        double nu = se2 * se2 / ((0.4 * 0.4 / 9) + (0.75 * 0.75 / 11));
        double half = PairedStatistics.TCritical(nu, 0.95) * Math.Sqrt(se2);
        Assert.That(ci.Low, Is.EqualTo(1.5 - half).Within(1e-12));
        Assert.That(ci.High, Is.EqualTo(1.5 + half).Within(1e-12));
        Assert.That(nu, Is.InRange(19.0, 20.0));
    }
}

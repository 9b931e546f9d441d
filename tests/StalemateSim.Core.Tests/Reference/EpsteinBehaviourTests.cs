using StalemateSim.Core.Reference.Epstein;

namespace StalemateSim.Core.Tests.Reference;

/// <summary>
/// The qualitative behaviour Epstein reports for model I, checked with the standard parameters
/// over a few fixed seeds. The thresholds were set from runs of seeds 1 to 32 (see the comments),
/// with a margin, not tuned to the seeds used here.
/// </summary>
public class EpsteinBehaviourTests
{
    /// <summary>An outburst has at least this many active citizens at once: about 1% of the 1,120 citizens, while the median is 0.</summary>
    private const int OutburstActives = 10;

    /// <summary>Episodes above the outburst level closer than this many steps count as one outburst, so outbursts are separated by at least this quiet stretch.</summary>
    private const int QuietGap = 50;

    /// <summary>Steps left out at the start: step 1 turns every citizen's decision at once, a start-up transient, not an outburst.</summary>
    private const int BurnIn = 100;

    [TestCase(1UL)]
    [TestCase(2UL)]
    [TestCase(3UL)]
    [TestCase(4UL)]
    public void StandardRunsShowLongQuietSpellsBrokenByBriefOutbursts(ulong seed)
    {
        // Punctuated equilibrium, measured: over the 1,900 steps after burn-in the median active
        // count is at most 1 and the count stays below the outburst level at least 95% of the time
        // (seeds 1-4: median 0, quiet 99.3-99.7%); yet there are at least 3 outbursts (seeds 1-4:
        // 5 to 7; seeds 1-12 over 1,500 steps: 2 to 8), each brief (median length at most 10 steps;
        // measured 1-2) and far apart (median gap at least 100 steps; measured 210-430).
        double[] active = EpsteinTests.ActiveSeries(EpsteinParameters.Standard, seed, 2_000)[BurnIn..];
        List<(int Start, int Length, double Peak)> outbursts = Outbursts(active);
        double quietShare = active.Count(a => a < OutburstActives) / (double)active.Length;
        TestContext.Out.WriteLine($"seed {seed}: median {Median(active)}, quiet {quietShare:P1}, outbursts (start, length, peak): {string.Join(" ", outbursts)}");

        Assert.Multiple(() =>
        {
            Assert.That(Median(active), Is.LessThanOrEqualTo(1), "quiet most of the time");
            Assert.That(quietShare, Is.GreaterThanOrEqualTo(0.95));
            Assert.That(outbursts, Has.Count.GreaterThanOrEqualTo(3), "several outbursts");
            Assert.That(Median([.. outbursts.Select(o => (double)o.Length)]), Is.LessThanOrEqualTo(10), "outbursts are brief");
            Assert.That(Median([.. outbursts.Zip(outbursts.Skip(1), (a, b) => (double)(b.Start - a.Start - a.Length))]), Is.GreaterThanOrEqualTo(100), "long quiet stretches between them");
        });
    }

    [Test]
    public void SuddenLegitimacyDropSetsOffAnOutburstThatAGradualDropOfTheSameSizeDoesNot()
    {
        // Legitimacy falls from 0.8 to 0.6 at step 300 (sudden) or by 0.001 a step over steps
        // 300-499 (gradual). Peaks are compared over the same 200 steps from 300, by their median
        // over seeds 1-8: the gradual case now and then has a large spontaneous outburst, as the
        // model has at any legitimacy, which would swamp a mean of eight. Measured on seeds 1-8:
        // sudden median 230 (mean 236) against gradual 43 (mean 43), a ratio of 5.3; for seeds
        // 9-16, 17-24 and 25-32 the median ratio is 2.8, 2.9 and 4.3 (the mean ratio only 2.3, 2.1
        // and 2.2). The test asks for 2. The sudden outburst comes fast: for 31 of seeds 1-32 the
        // peak of the 200 steps falls by step 383, for 21 by step 304; on seeds 1-8 its median of 230
        // is 31 times the median peak of the 100 steps before the drop.
        const int drop = 300;
        const int ramp = 200;
        EpsteinParameters sudden = EpsteinParameters.Standard with { LegitimacyChanges = [new(drop, 0.6)] };
        EpsteinParameters gradual = EpsteinParameters.Standard with
        {
            LegitimacyChanges = [.. Enumerable.Range(0, ramp).Select(i => new LegitimacyChange(drop + i, 0.8 - (0.2 * (i + 1) / ramp)))],
        };

        var before = new List<double>();
        var suddenSoon = new List<double>();
        var suddenPeaks = new List<double>();
        var gradualPeaks = new List<double>();
        for (ulong seed = 1; seed <= 8; seed++)
        {
            // Series index i holds the counts after step i + 1.
            double[] s = EpsteinTests.ActiveSeries(sudden, seed, drop + ramp);
            double[] g = EpsteinTests.ActiveSeries(gradual, seed, drop + ramp);
            before.Add(s[(drop - 101)..(drop - 1)].Max());
            suddenSoon.Add(s[(drop - 1)..(drop + 99)].Max());
            suddenPeaks.Add(s[(drop - 1)..].Max());
            gradualPeaks.Add(g[(drop - 1)..].Max());
        }

        TestContext.Out.WriteLine($"peak before the drop: {string.Join(" ", before)}");
        TestContext.Out.WriteLine($"sudden, first 100 steps: {string.Join(" ", suddenSoon)}");
        TestContext.Out.WriteLine($"sudden, 200 steps: {string.Join(" ", suddenPeaks)} (median {Median([.. suddenPeaks])}, mean {suddenPeaks.Average():F1})");
        TestContext.Out.WriteLine($"gradual, 200 steps: {string.Join(" ", gradualPeaks)} (median {Median([.. gradualPeaks])}, mean {gradualPeaks.Average():F1})");

        Assert.Multiple(() =>
        {
            Assert.That(Median([.. suddenSoon]), Is.GreaterThanOrEqualTo(100), "a sudden drop sets off an outburst of about 10% of citizens or more within 100 steps");
            Assert.That(Median([.. suddenSoon]), Is.GreaterThanOrEqualTo(5 * Math.Max(1, Median([.. before]))), "far above the peaks of the 100 steps before");
            Assert.That(Median([.. suddenPeaks]), Is.GreaterThanOrEqualTo(2 * Median([.. gradualPeaks])), "a gradual drop of the same size gives no comparable peak");
        });
    }

    /// <summary>Maximal runs at or above the outburst level, merged when less than <see cref="QuietGap"/> steps apart.</summary>
    private static List<(int Start, int Length, double Peak)> Outbursts(double[] active)
    {
        var outbursts = new List<(int Start, int Length, double Peak)>();
        int i = 0;
        while (i < active.Length)
        {
            if (active[i] < OutburstActives)
            {
                i++;
                continue;
            }

            int end = i;
            double peak = 0;
            while (end < active.Length && active[end] >= OutburstActives)
            {
                peak = Math.Max(peak, active[end++]);
            }

            if (outbursts.Count > 0 && i - (outbursts[^1].Start + outbursts[^1].Length) < QuietGap)
            {
                (int start, _, double previous) = outbursts[^1];
                outbursts[^1] = (start, end - start, Math.Max(previous, peak));
            }
            else
            {
                outbursts.Add((i, end - i, peak));
            }

            i = end;
        }

        return outbursts;
    }

    private static double Median(double[] values)
    {
        if (values.Length == 0)
        {
            return double.NaN;
        }

        double[] sorted = [.. values.Order()];
        int mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}

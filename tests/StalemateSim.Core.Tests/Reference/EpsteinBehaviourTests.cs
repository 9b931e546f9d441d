using StalemateSim.Core.Reference.Epstein;

namespace StalemateSim.Core.Tests.Reference;

/// <summary>
/// The qualitative behaviour Epstein reports for model I, checked with the standard parameters
/// over fixed seeds. The thresholds were set from runs of many more seeds (see the comments), with
/// a margin, not tuned to the seeds used here.
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
        // Punctuated equilibrium, measured over the 1,900 steps after burn-in. Quiet: the median
        // active count is at most 1 and the count stays below the outburst level 95% of the time or
        // more. Yet at least 3 outbursts, brief (the median run of steps above the level lasts at most
        // 10 steps) and far apart (median quiet stretch between outbursts at least 75 steps).
        // Seeds 1-32 all pass, with median 0, quiet 99.2-99.8%, 3 to 10 outbursts, median run 1-5
        // steps and median stretch 98-821 steps.
        double[] active = EpsteinTests.ActiveSeries(EpsteinParameters.Standard, seed, 2_000)[BurnIn..];
        List<(int Start, int Length, double Peak)> outbursts = Outbursts(active, QuietGap);
        List<(int Start, int Length, double Peak)> runs = Outbursts(active, 1);
        double quietShare = active.Count(a => a < OutburstActives) / (double)active.Length;
        double[] stretches = [.. outbursts.Zip(outbursts.Skip(1), (a, b) => (double)(b.Start - a.Start - a.Length))];
        TestContext.Out.WriteLine($"seed {seed}: median {Median(active)}, quiet {quietShare:P1}, outbursts (start, length, peak): {string.Join(" ", outbursts)}");

        Assert.Multiple(() =>
        {
            Assert.That(Median(active), Is.LessThanOrEqualTo(1), "quiet most of the time");
            Assert.That(quietShare, Is.GreaterThanOrEqualTo(0.95));
            Assert.That(outbursts, Has.Count.GreaterThanOrEqualTo(3), "several outbursts");
            Assert.That(Median([.. runs.Select(o => (double)o.Length)]), Is.LessThanOrEqualTo(10), "outbursts are brief");
            Assert.That(Median(stretches), Is.GreaterThanOrEqualTo(75), "long quiet stretches between them");
        });
    }

    [Test]
    public void SuddenLegitimacyDropSetsOffAnOutburstThatAGradualDropOfTheSameSizeDoesNot()
    {
        // Legitimacy falls from 0.8 to 0.6 at step 300 (sudden) or by 0.001 a step over steps
        // 300-499 (gradual). Each run's peak active count is taken over the same 200 steps from 300,
        // and the two are compared by their median over seeds 1-24. Why the median: both cases are
        // all-or-nothing (a local cascade takes off or it does not): over seeds 1-96 a sudden drop
        // gives a peak of 100 or more in 60 runs, a gradual one in 33 (a spontaneous outburst, as the
        // model has at any legitimacy), so a mean of a few runs swings with those. Over seeds 1-96
        // the median peak is 196.5 (sudden) against 48.5 (gradual), the mean 200 against 97; over the four disjoint sets of 24 seeds the median ratio is 3.0, 2.8, 3.6 and
        // 3.6 (the mean ratio 2.5, 1.7, 2.0, 2.4). The test asks for 2. Within 100 steps of the
        // sudden drop the median peak is 118-215 over those sets, 39-90 times the median peak of the
        // 100 steps before; the test asks for 75 and 10 times.
        const int drop = 300;
        const int ramp = 200;
        const int seeds = 24;
        EpsteinParameters sudden = EpsteinParameters.Standard with { LegitimacyChanges = [new(drop, 0.6)] };
        EpsteinParameters gradual = EpsteinParameters.Standard with
        {
            LegitimacyChanges = [.. Enumerable.Range(0, ramp).Select(i => new LegitimacyChange(drop + i, 0.8 - (0.2 * (i + 1) / ramp)))],
        };

        var before = new double[seeds];
        var suddenSoon = new double[seeds];
        var suddenPeaks = new double[seeds];
        var gradualPeaks = new double[seeds];
        // Seeds are independent runs, so they run in parallel; each result goes to its own slot.
        Parallel.For(0, seeds, i =>
        {
            // Series index t holds the counts after step t + 1.
            double[] s = EpsteinTests.ActiveSeries(sudden, (ulong)i + 1, drop + ramp);
            double[] g = EpsteinTests.ActiveSeries(gradual, (ulong)i + 1, drop + ramp);
            before[i] = s[(drop - 101)..(drop - 1)].Max();
            suddenSoon[i] = s[(drop - 1)..(drop + 99)].Max();
            suddenPeaks[i] = s[(drop - 1)..].Max();
            gradualPeaks[i] = g[(drop - 1)..].Max();
        });

        TestContext.Out.WriteLine($"peak in the 100 steps before the drop: {string.Join(" ", before)} (median {Median(before)})");
        TestContext.Out.WriteLine($"sudden, 100 steps: {string.Join(" ", suddenSoon)} (median {Median(suddenSoon)})");
        TestContext.Out.WriteLine($"sudden, 200 steps: {string.Join(" ", suddenPeaks)} (median {Median(suddenPeaks)}, mean {suddenPeaks.Average():F1})");
        TestContext.Out.WriteLine($"gradual, 200 steps: {string.Join(" ", gradualPeaks)} (median {Median(gradualPeaks)}, mean {gradualPeaks.Average():F1})");

        Assert.Multiple(() =>
        {
            Assert.That(Median(suddenSoon), Is.GreaterThanOrEqualTo(75), "a sudden drop sets off an outburst within 100 steps");
            Assert.That(Median(suddenSoon), Is.GreaterThanOrEqualTo(10 * Math.Max(1, Median(before))), "far above the peaks of the 100 steps before");
            Assert.That(Median(suddenPeaks), Is.GreaterThanOrEqualTo(2 * Median(gradualPeaks)), "a gradual drop of the same size gives no comparable peak");
        });
    }

    /// <summary>Maximal runs at or above the outburst level, merged when less than <paramref name="mergeGap"/> steps apart.</summary>
    private static List<(int Start, int Length, double Peak)> Outbursts(double[] active, int mergeGap)
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

            if (outbursts.Count > 0 && i - (outbursts[^1].Start + outbursts[^1].Length) < mergeGap)
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

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

    [Test]
    public void StandardRunsShowLongQuietSpellsBrokenByBriefOutbursts()
    {
        // Punctuated equilibrium, over the 1,900 steps after burn-in of seeds 1-8. In every run the
        // median active count is at most 1, the count is below the outburst level 95% of the time or
        // more, and there are at least 2 outbursts. Pooled over the eight runs: at least 3 outbursts
        // a run on average, brief (the median run of steps above the level lasts at most 5 steps,
        // the longest at most 20) and far apart (the median quiet stretch between outbursts is at
        // least 150 steps). Measured on four sets of eight seeds (1-32): median 0, quiet 99.1-99.8%,
        // 2 to 9 outbursts a run, 35 to 42 a set, median run 2 steps, longest 3-7, median stretch
        // 268-417 steps.
        const int seeds = 8;
        var runs = new double[seeds][];
        Parallel.For(0, seeds, i => runs[i] = EpsteinTests.ActiveSeries(EpsteinParameters.Standard, (ulong)i + 1, 2_000)[BurnIn..]);

        var lengths = new List<double>();
        var stretches = new List<double>();
        int total = 0;
        for (int i = 0; i < seeds; i++)
        {
            double[] active = runs[i];
            List<(int Start, int Length, double Peak)> outbursts = Outbursts(active, QuietGap);
            double quietShare = active.Count(a => a < OutburstActives) / (double)active.Length;
            TestContext.Out.WriteLine($"seed {i + 1}: median {Median(active)}, quiet {quietShare:P1}, outbursts (start, length, peak): {string.Join(" ", outbursts)}");
            Assert.That(Median(active), Is.LessThanOrEqualTo(1), $"seed {i + 1}: quiet most of the time");
            Assert.That(quietShare, Is.GreaterThanOrEqualTo(0.95), $"seed {i + 1}: quiet most of the time");
            Assert.That(outbursts, Has.Count.GreaterThanOrEqualTo(2), $"seed {i + 1}: outbursts");
            total += outbursts.Count;
            lengths.AddRange(Outbursts(active, 1).Select(o => (double)o.Length));
            stretches.AddRange(outbursts.Zip(outbursts.Skip(1), (a, b) => (double)(b.Start - a.Start - a.Length)));
        }

        TestContext.Out.WriteLine($"{total} outbursts; runs above the level: median {Median([.. lengths])}, longest {lengths.Max()} steps; quiet stretches: median {Median([.. stretches])} steps");
        Assert.Multiple(() =>
        {
            Assert.That(total, Is.GreaterThanOrEqualTo(3 * seeds), "several outbursts a run");
            Assert.That(Median([.. lengths]), Is.LessThanOrEqualTo(5), "outbursts are brief");
            Assert.That(lengths.Max(), Is.LessThanOrEqualTo(20), "outbursts are brief");
            Assert.That(Median([.. stretches]), Is.GreaterThanOrEqualTo(150), "long quiet stretches between them");
        });
    }

    [Test]
    public void SuddenLegitimacyDropSetsOffAnOutburstThatAGradualDropOfTheSameSizeDoesNot()
    {
        // Legitimacy falls from 0.8 to 0.6 at step 300 (sudden) or by 0.001 a step over steps
        // 300-499 (gradual); both runs of a seed are identical up to step 299. Each run's peak active
        // count over the 200 steps from 300 is averaged over seeds 1-24.
        // Measured on seeds 1-96: the sudden drop's mean peak is 186 against 88 for the gradual one;
        // for the four disjoint sets of 24 seeds the ratio is 2.5, 2.0, 2.2 and 1.8, and the sudden
        // peak is the higher in 15-22 of the 24 pairs. The test asks for 1.5. The effect is one of
        // distribution, not of every run: both cases are all-or-nothing (a local cascade takes off
        // or not); a sudden drop gives a peak of 100 or more in 56 of 96 runs, a gradual one in 34
        // (a spontaneous outburst, as the model has at any legitimacy); the sudden drop fails mostly
        // when earlier outbursts have jailed the most aggrieved (jailed at the drop: 219 on average
        // when it fails, 107 when it sets one off). No gradual run peaks above 278; 30 sudden ones do.
        // Within 100 steps of the sudden drop the mean peak is 136-212 over the four sets, 7.7 to 17
        // times the mean peak of the 100 steps before; the test asks for 100 and 5 times.
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

        int higher = suddenPeaks.Zip(gradualPeaks).Count(p => p.First > p.Second);
        TestContext.Out.WriteLine($"peak in the 100 steps before the drop: {string.Join(" ", before)} (mean {before.Average():F1})");
        TestContext.Out.WriteLine($"sudden, 100 steps: {string.Join(" ", suddenSoon)} (mean {suddenSoon.Average():F1})");
        TestContext.Out.WriteLine($"sudden, 200 steps: {string.Join(" ", suddenPeaks)} (mean {suddenPeaks.Average():F1}, median {Median(suddenPeaks)})");
        TestContext.Out.WriteLine($"gradual, 200 steps: {string.Join(" ", gradualPeaks)} (mean {gradualPeaks.Average():F1}, median {Median(gradualPeaks)})");
        TestContext.Out.WriteLine($"sudden higher in {higher} of {seeds} pairs");

        Assert.Multiple(() =>
        {
            Assert.That(suddenSoon.Average(), Is.GreaterThanOrEqualTo(100), "a sudden drop sets off outbursts within 100 steps");
            Assert.That(suddenSoon.Average(), Is.GreaterThanOrEqualTo(5 * before.Average()), "far above the peaks of the 100 steps before");
            Assert.That(suddenPeaks.Average(), Is.GreaterThanOrEqualTo(1.5 * gradualPeaks.Average()), "a gradual drop of the same size gives no comparable peak");
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

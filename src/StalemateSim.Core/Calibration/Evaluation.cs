using StalemateSim.Core.Analysis;
using StalemateSim.Core.MonteCarlo;
using StalemateSim.Core.Scenarios;

namespace StalemateSim.Core.Calibration;

/// <summary>
/// Runs a scenario and compares it with a target set: every target's simulated median and 10–90%
/// band, every check's share of runs. Runs are parallel but results do not depend on threads.
/// </summary>
public sealed class Evaluation
{
    internal Evaluation(IReadOnlyList<TargetResult> targets, IReadOnlyList<CheckResult> checks)
    {
        Targets = targets;
        Checks = checks;
    }

    public IReadOnlyList<TargetResult> Targets { get; }

    public IReadOnlyList<CheckResult> Checks { get; }

    /// <summary>
    /// Distance from the calibration targets: the sum over targets used for calibration of the
    /// squared log-ratio between the simulated median and the nearest end of the accepted interval
    /// (zero inside it). Log-ratios treat a factor of two too high and too low alike.
    /// </summary>
    public double Loss => LossWith(LossWeights.TargetsOnly);

    /// <summary>
    /// <see cref="Loss"/> plus <see cref="LossWeights.MissWeight"/> for each calibration target
    /// whose median misses, plus, for each evaluable check that falls short of its share,
    /// <see cref="LossWeights.CheckWeight"/> × (needed share − share)² (<see cref="CheckPenalty.Squared"/>)
    /// or the weight alone (<see cref="CheckPenalty.Failed"/>: every failing check costs the same,
    /// however far it falls short), so a search can also be steered by the stylised facts. Each
    /// item's share is multiplied by its <see cref="LossWeights.ItemWeights"/> entry, if any.
    /// </summary>
    public double LossWith(LossWeights weights)
    {
        double loss = 0;
        foreach (TargetResult r in Targets)
        {
            if (r.Target.Use == "calibration" && r.Target.Window is not null)
            {
                double distance = Distance(r.Median, r.Target.Accepted());
                loss += weights.For(r.Target.Id) * (distance + (distance > 0 ? weights.MissWeight : 0));
            }
        }

        if (weights.CheckWeight > 0)
        {
            foreach (CheckResult c in Checks)
            {
                if (c.Check.Evaluable)
                {
                    double shortfall = Math.Max(0, (c.Check.MinShare ?? 0.5) - c.Share);
                    loss += weights.For(c.Check.Id) * (weights.CheckPenalty == CheckPenalty.Failed
                        ? (shortfall > 0 ? weights.CheckWeight : 0)
                        : weights.CheckWeight * shortfall * shortfall);
                }
            }
        }

        return loss;
    }

    /// <summary>Squared log distance of a value from an interval (0 inside).</summary>
    public static double Distance(double value, (double Low, double High) accepted)
    {
        double v = Math.Max(value, 1e-9);
        double d = v < accepted.Low ? Math.Log(accepted.Low / v) : v > accepted.High ? Math.Log(v / accepted.High) : 0;
        return d * d;
    }

    public static Evaluation Run(CompiledScenario scenario, TargetSet set, int runs, ulong seed, int threads, Action<int>? progress = null)
    {
        var factory = new ScenarioRunFactory(scenario);
        (int year, int month) = WorldBuilder.ParseMonth(scenario.Spec.Start);
        var targetValues = new double[set.Targets.Count][];
        for (int t = 0; t < set.Targets.Count; t++)
        {
            targetValues[t] = new double[runs];
        }

        var passed = new bool[set.Checks.Count, runs];
        int done = 0;
        Parallel.For(0, runs, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, threads) }, i =>
        {
            RunResult run = EnsembleRunner.RunOne(factory, seed, i);
            for (int t = 0; t < set.Targets.Count; t++)
            {
                MetricWindow? w = set.Targets[t].Window;
                targetValues[t][i] = w is null ? double.NaN : WindowValue.Of(run.Trajectory, w, year, month);
            }

            for (int c = 0; c < set.Checks.Count; c++)
            {
                passed[c, i] = set.Checks[c].Evaluable && Holds(set.Checks[c], run.Trajectory, year, month);
            }

            progress?.Invoke(Interlocked.Increment(ref done));
        });

        var targets = new List<TargetResult>();
        for (int t = 0; t < set.Targets.Count; t++)
        {
            Target target = set.Targets[t];
            double[] values = [.. targetValues[t].Where(v => !double.IsNaN(v)).Order()];
            if (target.Window is null || values.Length == 0)
            {
                targets.Add(new TargetResult(target, double.NaN, double.NaN, double.NaN, false, false, 0));
                continue;
            }

            double median = Quantile(values, 0.5), p10 = Quantile(values, 0.1), p90 = Quantile(values, 0.9);
            (double low, double high) = target.Value is { } v ? (v, v) : target.Accepted();
            bool inBand = high >= p10 && low <= p90;
            (double aLow, double aHigh) = target.Accepted();
            targets.Add(new TargetResult(target, median, p10, p90, inBand, median >= aLow && median <= aHigh, values.Length));
        }

        var checks = new List<CheckResult>();
        for (int c = 0; c < set.Checks.Count; c++)
        {
            Check check = set.Checks[c];
            int count = 0;
            for (int i = 0; i < runs; i++)
            {
                count += passed[c, i] ? 1 : 0;
            }

            double share = runs > 0 ? (double)count / runs : 0;
            checks.Add(new CheckResult(check, share, check.Evaluable && share >= (check.MinShare ?? 0.5), check.Evaluable ? runs : 0));
        }

        return new Evaluation(targets, checks);
    }

    /// <summary>
    /// Whether a check holds in one run: every comparison, or at least <see cref="Check.AtLeast"/>
    /// of them (a comparison with NaN, e.g. an unknown metric, fails).
    /// </summary>
    public static bool Holds(Check check, Trajectory trajectory, int startYear, int startMonth)
    {
        int needed = check.AtLeast ?? check.All.Count;
        int held = 0;
        foreach (CheckComparison c in check.All)
        {
            double left = WindowValue.Of(trajectory, c.Left, startYear, startMonth);
            double right = c.Right is { } w ? WindowValue.Of(trajectory, w, startYear, startMonth) * c.Scale : (c.Value ?? double.NaN) * c.Scale;
            bool ok = c.Op switch
            {
                ">=" => left >= right,
                ">" => left > right,
                "<=" => left <= right,
                "<" => left < right,
                _ => false,
            };
            held += ok ? 1 : 0;
        }

        return held >= needed;
    }

    /// <summary>Linear-interpolation quantile of sorted values (type 7, as R and numpy by default).</summary>
    public static double Quantile(double[] sorted, double q)
    {
        if (sorted.Length == 1)
        {
            return sorted[0];
        }

        double h = (sorted.Length - 1) * q;
        int lo = (int)Math.Floor(h);
        int hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + ((h - lo) * (sorted[hi] - sorted[lo]));
    }
}

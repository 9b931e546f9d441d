using System.Globalization;
using StalemateSim.Core.Randomness;
using StalemateSim.Core.Scenarios;

namespace StalemateSim.Core.Calibration;

/// <summary>One candidate of a search: values of the free parameters and the loss they gave.</summary>
public sealed record Candidate(int Index, int Round, IReadOnlyDictionary<string, double> Values, double Loss, int TargetsHit, int ChecksPassed);

/// <summary>
/// Random search over a scenario's free parameters (those given as <c>{low, high, free: true}</c>).
/// Round 1 spreads candidates over the whole box by Latin hypercube sampling; round 2 samples a box a
/// quarter as wide around the best so far. A refinement (<c>refine</c>) skips round 1: its first
/// candidate is the scenario's current values (fitted value, else midpoint) and the rest sample the
/// quarter-wide box around them, so it never ends worse than where it started (on these seeds).
/// Every candidate is run on the same run seeds (common random numbers), so candidates differ only
/// by their parameters. Lowest loss wins
/// (<see cref="Evaluation.LossWith"/>: calibration targets, plus what <see cref="LossWeights"/>
/// adds for missed targets and failing checks), ties broken by targets hit, then checks passed.
/// </summary>
public static class CalibrationSearch
{
    public static IReadOnlyList<Candidate> Run(
        IReadOnlyList<string> files,
        IReadOnlyList<string> sets,
        IReadOnlyList<UncertainParameter> free,
        TargetSet targets,
        int candidates,
        int runs,
        ulong seed,
        int threads,
        Action<Candidate>? onCandidate = null,
        LossWeights? weights = null,
        bool refine = false)
    {
        weights ??= LossWeights.TargetsOnly;
        var random = new Xoshiro256StarStar(StreamSeed.Derive(seed, StreamSeed.KeyOf("calibration")));
        var results = new List<Candidate>();
        if (refine)
        {
            var start = new SortedDictionary<string, double>(StringComparer.Ordinal);
            foreach (UncertainParameter p in free)
            {
                start[p.KeyPath] = p.BaseValue;
            }

            results.Add(Evaluate(files, sets, free, targets, start, 0, 2, runs, seed, threads, onCandidate, weights));
            Refine(files, sets, free, targets, start, 1, candidates, runs, seed, threads, onCandidate, weights, results, ref random);
            return results;
        }

        int first = Math.Max(1, candidates - (candidates / 3));
        foreach (double[] point in LatinHypercube(free.Count, first, ref random))
        {
            results.Add(Evaluate(files, sets, free, targets, Scale(free, point, null, 1), results.Count, 1, runs, seed, threads, onCandidate, weights));
        }

        Refine(files, sets, free, targets, Best(results).Values, first, candidates, runs, seed, threads, onCandidate, weights, results, ref random);
        return results;
    }

    /// <summary>Round 2: candidates <paramref name="from"/> to <paramref name="to"/> − 1 uniformly in a box a quarter as wide around <paramref name="centre"/>.</summary>
    private static void Refine(
        IReadOnlyList<string> files, IReadOnlyList<string> sets, IReadOnlyList<UncertainParameter> free, TargetSet targets,
        IReadOnlyDictionary<string, double> centre, int from, int to, int runs, ulong seed, int threads, Action<Candidate>? onCandidate,
        LossWeights weights, List<Candidate> results, ref Xoshiro256StarStar random)
    {
        for (int k = from; k < to; k++)
        {
            double[] point = new double[free.Count];
            for (int d = 0; d < free.Count; d++)
            {
                point[d] = random.NextDouble();
            }

            results.Add(Evaluate(files, sets, free, targets, Scale(free, point, centre, 0.25), results.Count, 2, runs, seed, threads, onCandidate, weights));
        }
    }

    public static Candidate Best(IEnumerable<Candidate> candidates) =>
        candidates.OrderBy(c => c.Loss).ThenByDescending(c => c.TargetsHit).ThenByDescending(c => c.ChecksPassed).ThenBy(c => c.Index).First();

    /// <summary>The --set overrides that fix the free parameters at the given values.</summary>
    public static IEnumerable<string> SetsFor(IReadOnlyDictionary<string, double> values) =>
        values.Select(kv => $"{kv.Key}={kv.Value.ToString("R", CultureInfo.InvariantCulture)}");

    private static Candidate Evaluate(
        IReadOnlyList<string> files, IReadOnlyList<string> sets, IReadOnlyList<UncertainParameter> free, TargetSet targets,
        SortedDictionary<string, double> values, int index, int round, int runs, ulong seed, int threads, Action<Candidate>? onCandidate, LossWeights weights)
    {
        LoadResult loaded = ScenarioLoader.Load(files, [.. sets, .. SetsFor(values)]);
        if (loaded.Scenario is null)
        {
            throw new InvalidOperationException("A candidate did not load: " + string.Join("; ", loaded.Problems));
        }

        Evaluation e = Evaluation.Run(loaded.Scenario, targets, runs, seed, threads);
        var candidate = new Candidate(index, round, values, e.LossWith(weights), e.Targets.Count(t => t.Target.Use == "calibration" && t.MedianHits), e.Checks.Count(c => c.Pass));
        onCandidate?.Invoke(candidate);
        return candidate;
    }

    private static SortedDictionary<string, double> Scale(IReadOnlyList<UncertainParameter> free, double[] unit, IReadOnlyDictionary<string, double>? centre, double width)
    {
        var values = new SortedDictionary<string, double>(StringComparer.Ordinal);
        for (int d = 0; d < free.Count; d++)
        {
            UncertainParameter p = free[d];
            double span = (p.High - p.Low) * width;
            double low = centre is null ? p.Low : Math.Max(p.Low, centre[p.KeyPath] - (span / 2));
            double high = centre is null ? p.High : Math.Min(p.High, centre[p.KeyPath] + (span / 2));
            values[p.KeyPath] = low + ((high - low) * unit[d]);
        }

        return values;
    }

    private static List<double[]> LatinHypercube(int dimensions, int count, ref Xoshiro256StarStar random)
    {
        var points = new List<double[]>(count);
        for (int i = 0; i < count; i++)
        {
            points.Add(new double[dimensions]);
        }

        int[] order = new int[count];
        for (int d = 0; d < dimensions; d++)
        {
            for (int i = 0; i < count; i++)
            {
                order[i] = i;
            }

            for (int i = count - 1; i > 0; i--)
            {
                int j = random.NextInt(i + 1);
                (order[i], order[j]) = (order[j], order[i]);
            }

            for (int i = 0; i < count; i++)
            {
                points[i][d] = (order[i] + random.NextDouble()) / count;
            }
        }

        return points;
    }
}

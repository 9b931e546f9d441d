using StalemateSim.Core.Scenarios;

namespace StalemateSim.Core.Comparison;

/// <summary>One value of a sweep and the lever's comparison there.</summary>
public sealed record SweepPoint(double Value, ComparisonResult Result);

/// <summary>
/// A lever's comparison at each value of one scenario parameter. Every value uses the same run
/// seeds, so the sweep is itself on common random numbers and its curve is smooth where the model is.
/// </summary>
public static class ComparisonSweep
{
    /// <summary>Loads every value's baseline and arm first (so bad input fails before anything runs).</summary>
    public static (IReadOnlyList<(double Value, ComparisonPlan Plan)>? Plans, IReadOnlyList<ScenarioProblem> Problems) Load(
        IReadOnlyList<string> scenarioFiles, string lever, IReadOnlyList<string> sets, SweepSpec sweep)
    {
        var plans = new List<(double, ComparisonPlan)>();
        foreach (double value in sweep.Values)
        {
            (ComparisonPlan? plan, IReadOnlyList<ScenarioProblem> problems) = ComparisonPlan.Load(scenarioFiles, [lever], combine: false, [.. sets, sweep.SetFor(value)]);
            if (plan is null)
            {
                return (null, problems);
            }

            plans.Add((value, plan));
        }

        return (plans, []);
    }

    /// <summary>Runs the loaded plans in order; stops early (with the points done) when cancelled.</summary>
    public static IReadOnlyList<SweepPoint> Run(
        IReadOnlyList<(double Value, ComparisonPlan Plan)> plans,
        ComparisonOptions options,
        Action<long>? progress = null,
        CancellationToken cancellation = default)
    {
        var points = new List<SweepPoint>();
        long before = 0;
        foreach ((double value, ComparisonPlan plan) in plans)
        {
            if (cancellation.IsCancellationRequested)
            {
                break;
            }

            long offset = before;
            ComparisonResult result = ComparisonRunner.Run(plan, options, done => progress?.Invoke(offset + done), null, cancellation);
            points.Add(new SweepPoint(value, result));
            before += result.RunsDone;
            if (!result.Complete)
            {
                break;
            }
        }

        return points;
    }
}

using System.Globalization;

namespace StalemateSim.Core.MonteCarlo;

/// <summary>
/// Which share of an ensemble's runs this process runs: shard <see cref="Index"/> (0-based) of
/// <see cref="Count"/> takes the run indices i with i mod Count == Index.
/// </summary>
public readonly record struct ShardSpec(int Index, int Count)
{
    public static readonly ShardSpec Whole = new(0, 1);

    public bool IsWhole => Count == 1;

    /// <summary>How many of <paramref name="runs"/> runs fall in this shard.</summary>
    public long RunsIn(long runs) => runs <= Index ? 0 : ((runs - 1 - Index) / Count) + 1;

    /// <summary>The k-th run index of this shard.</summary>
    public long RunIndex(long k) => Index + (k * Count);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Index}/{Count}");

    /// <summary>Parses "i/N" with 0 ≤ i &lt; N.</summary>
    public static bool TryParse(string? text, out ShardSpec shard, out string? problem)
    {
        shard = Whole;
        problem = null;
        string[] parts = (text ?? "").Split('/');
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int i)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int n))
        {
            problem = $"'{text}' is not a shard: expected i/N, e.g. 0/4 (shards are numbered from 0).";
            return false;
        }

        if (n < 1 || i >= n)
        {
            problem = $"'{text}' is not a shard: need 0 <= i < N.";
            return false;
        }

        shard = new ShardSpec(i, n);
        return true;
    }

    /// <summary>
    /// The shard implied by a batch scheduler's environment: Slurm job arrays
    /// (SLURM_ARRAY_TASK_ID with SLURM_ARRAY_TASK_COUNT, less SLURM_ARRAY_TASK_MIN, divided by
    /// SLURM_ARRAY_TASK_STEP) or Kubernetes Indexed Jobs
    /// (JOB_COMPLETION_INDEX with the count given by <paramref name="completions"/>, or
    /// STALEMATE_SHARD_COUNT). Null when none is set. When one is set but does not give a usable
    /// shard (say a Kubernetes index without a count), <paramref name="problem"/> says why, rather
    /// than every task silently running the whole ensemble.
    /// </summary>
    public static ShardSpec? FromEnvironment(Func<string, string?> getVariable, out string? problem, int? completions = null)
    {
        problem = null;
        if (TryInt(getVariable("SLURM_ARRAY_TASK_ID"), out int slurmId))
        {
            int min = TryInt(getVariable("SLURM_ARRAY_TASK_MIN"), out int m) ? m : 0;
            int step = TryInt(getVariable("SLURM_ARRAY_TASK_STEP"), out int st) && st > 0 ? st : 1;
            if (TryInt(getVariable("SLURM_ARRAY_TASK_COUNT"), out int slurmCount) && slurmCount > 0
                && slurmId >= min && (slurmId - min) % step == 0 && (slurmId - min) / step < slurmCount)
            {
                return new ShardSpec((slurmId - min) / step, slurmCount);
            }

            problem = "SLURM_ARRAY_TASK_ID is set but, with SLURM_ARRAY_TASK_COUNT, _MIN and _STEP, gives no shard; pass --shard i/N";
            return null;
        }

        if (TryInt(getVariable("JOB_COMPLETION_INDEX"), out int jobIndex))
        {
            int? count = completions ?? (TryInt(getVariable("STALEMATE_SHARD_COUNT"), out int c) ? c : null);
            if (count is > 0 && jobIndex < count)
            {
                return new ShardSpec(jobIndex, count.Value);
            }

            problem = "JOB_COMPLETION_INDEX is set but STALEMATE_SHARD_COUNT does not give the number of shards (set it to the Job's completions), or pass --shard i/N";
        }

        return null;
    }

    private static bool TryInt(string? text, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
}

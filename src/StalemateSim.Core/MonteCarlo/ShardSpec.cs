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
    /// (SLURM_ARRAY_TASK_ID, 0-based, with SLURM_ARRAY_TASK_COUNT) or Kubernetes Indexed Jobs
    /// (JOB_COMPLETION_INDEX with the count given by <paramref name="completions"/>, or
    /// STALEMATE_SHARD_COUNT). Null when none is set.
    /// </summary>
    public static ShardSpec? FromEnvironment(Func<string, string?> getVariable, int? completions = null)
    {
        if (TryInt(getVariable("SLURM_ARRAY_TASK_ID"), out int slurmId)
            && TryInt(getVariable("SLURM_ARRAY_TASK_COUNT"), out int slurmCount)
            && slurmCount > 0)
        {
            int min = TryInt(getVariable("SLURM_ARRAY_TASK_MIN"), out int m) ? m : 0;
            int index = slurmId - min;
            return index >= 0 && index < slurmCount ? new ShardSpec(index, slurmCount) : null;
        }

        if (TryInt(getVariable("JOB_COMPLETION_INDEX"), out int jobIndex))
        {
            int? count = completions ?? (TryInt(getVariable("STALEMATE_SHARD_COUNT"), out int c) ? c : null);
            if (count is > 0 && jobIndex < count)
            {
                return new ShardSpec(jobIndex, count.Value);
            }
        }

        return null;
    }

    private static bool TryInt(string? text, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
}

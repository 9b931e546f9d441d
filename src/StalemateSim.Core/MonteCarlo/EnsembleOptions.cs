namespace StalemateSim.Core.MonteCarlo;

/// <summary>How to run an ensemble.</summary>
/// <param name="Runs">Total runs of the ensemble (all shards together).</param>
/// <param name="Seed">Master seed; run i's seed is derived from (Seed, i).</param>
/// <param name="Threads">Worker threads; results do not depend on it.</param>
/// <param name="Shard">Which share of the runs this process runs.</param>
/// <param name="BatchSize">Runs per batch; results are handed on and checkpointed batch by batch.</param>
public sealed record EnsembleOptions(int Runs, ulong Seed, int Threads, ShardSpec Shard, int BatchSize = 64);

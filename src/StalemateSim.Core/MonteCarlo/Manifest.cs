using System.Text.Json;
using System.Text.Json.Serialization;

namespace StalemateSim.Core.MonteCarlo;

/// <summary>manifest.json: what was run, with what, how far it got and how long it took.</summary>
public sealed record Manifest
{
    public string Program { get; init; } = "stalemate";

    public string Version { get; init; } = "";

    public IReadOnlyList<string> Command { get; init; } = [];

    public ManifestScenario Scenario { get; init; } = new();

    public ulong Seed { get; init; }

    public int Runs { get; init; }

    public long RunsDone { get; init; }

    public string Shard { get; init; } = "0/1";

    public IReadOnlyList<string> MergedFrom { get; init; } = [];

    public int Threads { get; init; }

    public int BatchSize { get; init; }

    /// <summary>"complete" or "partial" (interrupted; resume with --resume).</summary>
    public string Status { get; init; } = "complete";

    public IReadOnlyDictionary<string, string> Options { get; init; } = new Dictionary<string, string>();

    public ManifestTimings Timings { get; init; } = new();

    public ManifestMachine Machine { get; init; } = new();

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);

    public static Manifest? FromJson(string text) => JsonSerializer.Deserialize<Manifest>(text, JsonOptions);
}

/// <summary>The scenario part of the manifest.</summary>
public sealed record ManifestScenario
{
    public string Name { get; init; } = "";

    public IReadOnlyList<string> Files { get; init; } = [];

    public IReadOnlyList<string> Sets { get; init; } = [];

    /// <summary>SHA-256 of the merged scenario document.</summary>
    public string ContentHash { get; init; } = "";

    public string Start { get; init; } = "";

    public int Months { get; init; }
}

/// <summary>Wall-clock timings (the only non-reproducible part of the outputs).</summary>
public sealed record ManifestTimings
{
    public string Started { get; init; } = "";

    public string Finished { get; init; } = "";

    public double ElapsedSeconds { get; init; }

    public double RunsPerSecond { get; init; }
}

/// <summary>The machine that ran it.</summary>
public sealed record ManifestMachine
{
    public int Cores { get; init; }

    public string Os { get; init; } = "";

    public string Runtime { get; init; } = "";
}

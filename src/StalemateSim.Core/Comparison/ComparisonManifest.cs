using System.Text.Json;
using System.Text.Json.Serialization;
using StalemateSim.Core.MonteCarlo;

namespace StalemateSim.Core.Comparison;

/// <summary>manifest.json of <c>stalemate compare</c>: what was compared, how, how far it got and how long it took.</summary>
public sealed record ComparisonManifest
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public string Program { get; init; } = "stalemate";

    public string Kind { get; init; } = "compare";

    public string Version { get; init; } = "";

    public IReadOnlyList<string> Command { get; init; } = [];

    /// <summary>The baseline.</summary>
    public ManifestScenario Scenario { get; init; } = new();

    public IReadOnlyList<ComparisonManifestArm> Arms { get; init; } = [];

    public ulong Seed { get; init; }

    public int Runs { get; init; }

    public long RunsDone { get; init; }

    public int Threads { get; init; }

    public int BatchSize { get; init; }

    public double Confidence { get; init; }

    public string Intervals { get; init; } = "";

    public string OutcomeIntervals { get; init; } = "Bonett–Price adjusted Wald for paired proportions";

    public int BootstrapResamples { get; init; }

    public bool Combine { get; init; }

    public IReadOnlyList<string> Metrics { get; init; } = [];

    /// <summary>KEY=LOW:HIGH:STEPS, or empty.</summary>
    public string Sweep { get; init; } = "";

    public IReadOnlyList<double> SweepValues { get; init; } = [];

    /// <summary>"complete" or "partial" (interrupted).</summary>
    public string Status { get; init; } = "complete";

    public IReadOnlyList<string> Outputs { get; init; } = [];

    public ManifestTimings Timings { get; init; } = new();

    public ManifestMachine Machine { get; init; } = new();

    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);

    public static ComparisonManifest? FromJson(string text) => JsonSerializer.Deserialize<ComparisonManifest>(text, JsonOptions);
}

/// <summary>One arm in the manifest.</summary>
public sealed record ComparisonManifestArm
{
    public string Id { get; init; } = "";

    public string Label { get; init; } = "";

    public IReadOnlyList<string> Levers { get; init; } = [];

    /// <summary>SHA-256 of the arm's merged scenario document.</summary>
    public string ContentHash { get; init; } = "";

    /// <summary>First tick at which the arm differs from the baseline.</summary>
    public int Onset { get; init; }

    /// <summary>The onset as yyyy-MM.</summary>
    public string OnsetMonth { get; init; } = "";

    public bool ChangesAnything { get; init; }

    public static ComparisonManifestArm Of(ComparisonArm arm) => new()
    {
        Id = arm.Id,
        Label = arm.Label,
        Levers = arm.LeverFiles,
        ContentHash = arm.Scenario.ContentHash,
        Onset = arm.Onset,
        OnsetMonth = arm.OnsetDate.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
        ChangesAnything = arm.ChangesAnything,
    };
}

using System.Text.Json;
using System.Text.Json.Serialization;

namespace StalemateSim.Core.MonteCarlo;

/// <summary>Checkpoint of an ensemble in progress, written after every batch (see <see cref="EnsembleDirectory"/>).</summary>
public sealed record EnsembleProgress
{
    public long Done { get; init; }

    public int Runs { get; init; }

    public ulong Seed { get; init; }

    public string Shard { get; init; } = "0/1";

    public string ScenarioHash { get; init; } = "";

    public Dictionary<string, long> Outcomes { get; init; } = [];

    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
    };

    public string ToJson() => JsonSerializer.Serialize(this, Options);

    public static EnsembleProgress? FromJson(string text) => JsonSerializer.Deserialize<EnsembleProgress>(text, Options);
}

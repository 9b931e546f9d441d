using System.Text.Json;

namespace StalemateSim.Cli.Plots;

/// <summary>One outcome of outcomes.json: its count and probability with a 95% Wilson interval.</summary>
internal sealed record OutcomeRow(string Name, long Count, double Probability, double Low, double High)
{
    /// <summary>"jihadistHegemony" as "Jihadist hegemony".</summary>
    public string Label => Labels.Words(Name);
}

/// <summary>outcomes.json read back.</summary>
internal sealed record OutcomeTable(long Runs, double Confidence, string Interval, IReadOnlyList<OutcomeRow> Rows)
{
    public static OutcomeTable Empty { get; } = new(0, 0.95, "Wilson score", []);

    public static OutcomeTable Read(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var root = document.RootElement;
        var rows = new List<OutcomeRow>();
        if (root.TryGetProperty("outcomes", out var outcomes) && outcomes.ValueKind == JsonValueKind.Object)
        {
            foreach (var outcome in outcomes.EnumerateObject())
            {
                var value = outcome.Value;
                rows.Add(new OutcomeRow(
                    outcome.Name,
                    value.TryGetProperty("count", out var count) ? count.GetInt64() : 0,
                    Number(value, "probability"),
                    Number(value, "low"),
                    Number(value, "high")));
            }
        }

        return new OutcomeTable(
            root.TryGetProperty("runs", out var runs) ? runs.GetInt64() : rows.Sum(r => r.Count),
            Number(root, "confidence") is var c && double.IsFinite(c) ? c : 0.95,
            root.TryGetProperty("interval", out var interval) ? interval.GetString() ?? "" : "",
            rows);
    }

    private static double Number(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDouble() : double.NaN;
}

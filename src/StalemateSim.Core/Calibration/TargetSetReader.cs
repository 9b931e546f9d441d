using System.Globalization;
using System.Text.Json;

namespace StalemateSim.Core.Calibration;

/// <summary>Reads a targets file, listing every problem (file, key path, what was expected) rather than stopping at the first.</summary>
public static class TargetSetReader
{
    private static readonly string[] Aggregates = ["sum", "mean", "max", "min", "first", "last"];
    private static readonly string[] Ops = [">=", ">", "<=", "<"];

    public static TargetSet? Read(string path, List<string> problems)
    {
        if (!File.Exists(path))
        {
            problems.Add($"{path}: not found");
            return null;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(File.ReadAllText(path));
        }
        catch (JsonException e)
        {
            problems.Add($"{path}:{(e.LineNumber ?? 0) + 1}:{(e.BytePositionInLine ?? 0) + 1}: malformed JSON: {e.Message}");
            return null;
        }

        using (document)
        {
            var targets = new List<Target>();
            var checks = new List<Check>();
            JsonElement root = document.RootElement;
            if (root.TryGetProperty("targets", out JsonElement t) && t.ValueKind == JsonValueKind.Object)
            {
                foreach (JsonProperty p in t.EnumerateObject())
                {
                    targets.Add(ReadTarget(path, p, problems));
                }
            }

            if (root.TryGetProperty("checks", out JsonElement c) && c.ValueKind == JsonValueKind.Object)
            {
                foreach (JsonProperty p in c.EnumerateObject())
                {
                    checks.Add(ReadCheck(path, p, problems));
                }
            }

            if (targets.Count == 0 && checks.Count == 0)
            {
                problems.Add($"{path}: expected an object with 'targets' and/or 'checks'");
            }

            return new TargetSet(path, targets, checks);
        }
    }

    private static Target ReadTarget(string path, JsonProperty p, List<string> problems)
    {
        string at = $"targets:{p.Name}";
        JsonElement e = p.Value;
        string? metric = String(e, "metric");
        MetricWindow? window = metric is null ? null : ReadWindow(path, at, e, problems);
        var target = new Target(p.Name, String(e, "description") ?? "", window, Number(e, "value"), Number(e, "low"), Number(e, "high"), Number(e, "tolerance"), String(e, "use") ?? "validation", SourcesText(e));
        if (window is not null && target.Value is null && target.Low is null && target.High is null)
        {
            problems.Add($"{path}: {at}: expected 'value' or 'low'/'high'");
        }

        return target;
    }

    private static Check ReadCheck(string path, JsonProperty p, List<string> problems)
    {
        string at = $"checks:{p.Name}";
        JsonElement e = p.Value;
        bool evaluable = !e.TryGetProperty("evaluable", out JsonElement ev) || ev.ValueKind != JsonValueKind.False;
        var comparisons = new List<CheckComparison>();
        if (evaluable && e.TryGetProperty("all", out JsonElement all) && all.ValueKind == JsonValueKind.Array)
        {
            int i = 0;
            foreach (JsonElement c in all.EnumerateArray())
            {
                string cat = $"{at}:all:{i++}";
                if (!c.TryGetProperty("left", out JsonElement left))
                {
                    problems.Add($"{path}: {cat}: expected 'left'");
                    continue;
                }

                string op = String(c, "op") ?? "";
                if (!Ops.Contains(op))
                {
                    problems.Add($"{path}: {cat}:op: expected one of {string.Join(", ", Ops)}, found '{op}'");
                }

                MetricWindow? right = c.TryGetProperty("right", out JsonElement r) && r.ValueKind == JsonValueKind.Object ? ReadWindow(path, cat + ":right", r, problems) : null;
                double? value = Number(c, "value");
                if (right is null && value is null)
                {
                    problems.Add($"{path}: {cat}: expected 'right' or 'value'");
                }

                comparisons.Add(new CheckComparison(ReadWindow(path, cat + ":left", left, problems) ?? new MetricWindow("", "", "", ""), op, right, value, Number(c, "scale") ?? 1));
            }

            if (comparisons.Count == 0)
            {
                problems.Add($"{path}: {at}:all: an evaluable check needs at least one comparison");
            }
        }

        int? atLeast = null;
        if (Number(e, "atLeast") is { } k)
        {
            if (k != Math.Floor(k) || k < 1 || k > comparisons.Count)
            {
                problems.Add($"{path}: {at}:atLeast: expected a whole number from 1 to the number of comparisons ({comparisons.Count}), found {k}");
            }
            else
            {
                atLeast = (int)k;
            }
        }

        return new Check(p.Name, String(e, "description") ?? "", String(e, "fact") ?? "", evaluable && comparisons.Count > 0, comparisons, Number(e, "minShare"), String(e, "note") ?? "", SourcesText(e)) { AtLeast = atLeast };
    }

    private static MetricWindow? ReadWindow(string path, string at, JsonElement e, List<string> problems)
    {
        string? metric = String(e, "metric");
        string aggregate = String(e, "aggregate") ?? "";
        string from = String(e, "from") ?? "";
        string to = String(e, "to") ?? "";
        if (string.IsNullOrEmpty(metric))
        {
            problems.Add($"{path}: {at}:metric: expected a metric name");
        }

        if (!Aggregates.Contains(aggregate))
        {
            problems.Add($"{path}: {at}:aggregate: expected one of {string.Join(", ", Aggregates)}, found '{aggregate}'");
        }

        foreach ((string key, string month) in new[] { ("from", from), ("to", to) })
        {
            if (!DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                problems.Add($"{path}: {at}:{key}: expected a month yyyy-MM, found '{month}'");
            }
        }

        return metric is null ? null : new MetricWindow(metric, aggregate, from, to);
    }

    private static string? String(JsonElement e, string name) =>
        e.TryGetProperty(name, out JsonElement v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static double? Number(JsonElement e, string name) =>
        e.TryGetProperty(name, out JsonElement v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;

    private static string SourcesText(JsonElement e)
    {
        if (!e.TryGetProperty("sources", out JsonElement s) || s.ValueKind != JsonValueKind.Array)
        {
            return "";
        }

        var parts = new List<string>();
        foreach (JsonElement source in s.EnumerateArray())
        {
            string report = String(source, "report") ?? "?";
            string digest = String(source, "digest") ?? "";
            parts.Add($"[{report}] {digest}".Trim());
        }

        return string.Join("; ", parts.Distinct());
    }
}

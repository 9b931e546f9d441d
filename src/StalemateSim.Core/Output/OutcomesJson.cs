using System.Text.Json;
using StalemateSim.Core.Analysis;
using StalemateSim.Core.MonteCarlo;

namespace StalemateSim.Core.Output;

/// <summary>Outcome probabilities with 95% Wilson intervals, as JSON.</summary>
public static class OutcomesJson
{
    public static void Write(Stream stream, OutcomeCounts counts)
    {
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteNumber("runs", counts.Total);
        json.WriteNumber("confidence", 0.95);
        json.WriteString("interval", "Wilson score");
        json.WriteStartObject("outcomes");
        foreach (Outcome o in OutcomeCounts.All)
        {
            (double low, double high) = WilsonInterval.Of(counts[o], counts.Total);
            json.WriteStartObject(OutcomeClassifier.Name(o));
            json.WriteNumber("count", counts[o]);
            json.WriteNumber("probability", counts.Share(o));
            json.WriteNumber("low", low);
            json.WriteNumber("high", high);
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>A readable table of the same numbers.</summary>
    public static string Summary(OutcomeCounts counts)
    {
        var text = new System.Text.StringBuilder();
        text.AppendLine(System.FormattableString.Invariant($"Outcomes over {counts.Total} runs (95% Wilson intervals):"));
        foreach (Outcome o in OutcomeCounts.All)
        {
            (double low, double high) = WilsonInterval.Of(counts[o], counts.Total);
            text.AppendLine(System.FormattableString.Invariant(
                $"  {OutcomeClassifier.Name(o),-18} {counts.Share(o),6:P1}   [{low:P1} – {high:P1}]   ({counts[o]} runs)"));
        }

        return text.ToString();
    }
}

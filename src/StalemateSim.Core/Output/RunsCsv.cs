using StalemateSim.Core.Analysis;
using StalemateSim.Core.MonteCarlo;

namespace StalemateSim.Core.Output;

/// <summary>One row per run: index, seed, outcome, summary metrics, and the sampled values of uncertain parameters.</summary>
public static class RunsCsv
{
    public static string Header(IReadOnlyList<string> uncertainKeys)
    {
        var columns = new List<string> { "run", "seed", "outcome" };
        foreach ((string column, _, _) in RunSummary.Columns)
        {
            columns.Add(column);
        }

        foreach (string key in uncertainKeys)
        {
            columns.Add(CsvText.Cell("param:" + key));
        }

        return string.Join(',', columns);
    }

    public static string Row(RunResult run, IReadOnlyList<string> uncertainKeys)
    {
        var cells = new List<string>(3 + run.Summary.Length + uncertainKeys.Count)
        {
            CsvText.Integer(run.Index),
            run.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture),
            OutcomeClassifier.Name(run.Outcome),
        };
        foreach (double v in run.Summary)
        {
            cells.Add(CsvText.Number(v));
        }

        foreach (string key in uncertainKeys)
        {
            cells.Add(CsvText.Number(run.Sampled.TryGetValue(key, out double v) ? v : double.NaN));
        }

        return string.Join(',', cells);
    }
}

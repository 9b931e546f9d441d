using System.Globalization;
using System.Text;
using StalemateSim.Core.Calibration;
using StalemateSim.Core.Output;

namespace StalemateSim.Cli.Commands;

/// <summary>The calibration tables: markdown for people, tidy CSV for pandas and R.</summary>
internal static class CalibrationTables
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    public static string Markdown(Evaluation e, string scenario, int runs, ulong seed)
    {
        var text = new StringBuilder();
        text.AppendLine(C, $"### Targets: {scenario}, {runs} runs, seed {seed}");
        text.AppendLine();
        text.AppendLine("| target | use | window | recorded | simulated median | 10–90% band | recorded in band | median hits |");
        text.AppendLine("|---|---|---|---|---|---|---|---|");
        foreach (TargetResult r in e.Targets.Where(r => r.Target.Window is not null))
        {
            MetricWindow w = r.Target.Window!;
            text.AppendLine(C, $"| {r.Target.Id} | {r.Target.Use} | {w.Aggregate} {w.Metric} {w.From}…{w.To} | {r.Target.RecordedText()} | {Num(r.Median)} | {Num(r.P10)} – {Num(r.P90)} | {(r.InBand ? "yes" : "no")} | {(r.MedianHits ? "yes" : "no")} |");
        }

        int hits = e.Targets.Count(r => r.Target.Use == "calibration" && r.MedianHits);
        int calibration = e.Targets.Count(r => r.Target.Use == "calibration" && r.Target.Window is not null);
        text.AppendLine();
        text.AppendLine(C, $"Calibration targets whose median hits the recorded value or range: {hits} of {calibration}; loss {e.Loss:F3}.");
        text.AppendLine();
        text.AppendLine("### Stylised facts (digest 7.2)");
        text.AppendLine();
        text.AppendLine("| check | fact | holds in | needs | result |");
        text.AppendLine("|---|---|---|---|---|");
        foreach (CheckResult r in e.Checks)
        {
            string result = !r.Check.Evaluable ? "not evaluable" : r.Pass ? "pass" : "FAIL";
            string share = r.Check.Evaluable ? r.Share.ToString("P0", C) : "–";
            string needs = r.Check.MinShare is { } m ? m.ToString("P0", C) : "–";
            text.AppendLine(C, $"| {r.Check.Id} | {r.Check.Fact} | {share} | {needs} | {result} |");
        }

        text.AppendLine();
        text.AppendLine(C, $"Checks passed: {e.Checks.Count(c => c.Pass)} of {e.Checks.Count(c => c.Check.Evaluable)} evaluable ({e.Checks.Count(c => !c.Check.Evaluable)} not evaluable with the current metrics).");
        return text.ToString();
    }

    public static void WriteTargets(TextWriter w, Evaluation e)
    {
        w.WriteLine("target,use,metric,aggregate,from,to,value,low,high,tolerance,median,p10,p90,in_band,median_hits,runs,sources");
        foreach (TargetResult r in e.Targets)
        {
            Target t = r.Target;
            MetricWindow? win = t.Window;
            w.WriteLine(string.Join(',',
                CsvText.Cell(t.Id), t.Use, CsvText.Cell(win?.Metric ?? ""), win?.Aggregate ?? "", win?.From ?? "", win?.To ?? "",
                Opt(t.Value), Opt(t.Low), Opt(t.High), Opt(t.Tolerance),
                CsvText.Number(r.Median), CsvText.Number(r.P10), CsvText.Number(r.P90),
                r.InBand ? "true" : "false", r.MedianHits ? "true" : "false", CsvText.Integer(r.Runs), CsvText.Cell(t.Sources)));
        }
    }

    public static void WriteChecks(TextWriter w, Evaluation e)
    {
        w.WriteLine("check,fact,evaluable,share,min_share,pass,runs");
        foreach (CheckResult r in e.Checks)
        {
            w.WriteLine(string.Join(',', CsvText.Cell(r.Check.Id), CsvText.Cell(r.Check.Fact), r.Check.Evaluable ? "true" : "false",
                r.Check.Evaluable ? CsvText.Number(r.Share) : "", Opt(r.Check.MinShare), r.Pass ? "true" : "false", CsvText.Integer(r.Runs)));
        }
    }

    public static void WriteSearch(TextWriter w, IReadOnlyList<Candidate> candidates)
    {
        w.WriteLine("candidate,round,parameter,value,loss,targets_hit,checks_passed");
        foreach (Candidate c in candidates)
        {
            foreach ((string key, double value) in c.Values)
            {
                w.WriteLine(string.Join(',', CsvText.Integer(c.Index + 1), CsvText.Integer(c.Round), CsvText.Cell(key), CsvText.Number(value), CsvText.Number(c.Loss), CsvText.Integer(c.TargetsHit), CsvText.Integer(c.ChecksPassed)));
            }
        }
    }

    private static string Opt(double? v) => v is { } x ? CsvText.Number(x) : "";

    private static string Num(double v) => double.IsNaN(v) ? "–" : Math.Abs(v) >= 100 ? v.ToString("#,0", C) : v.ToString("0.###", C);
}

using System.Globalization;
using System.Text;
using StalemateSim.Core.Analysis;
using StalemateSim.Core.Model;
using StalemateSim.Core.MonteCarlo;
using StalemateSim.Core.Output;

namespace StalemateSim.Cli.Commands;

/// <summary>A short readable account of one run: outcome, key totals, and the first events of its log.</summary>
internal static class SingleRunSummary
{
    public static string Text(RunResult run)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Outcome: {OutcomeClassifier.Name(run.Outcome)}");
        for (int i = 0; i < RunSummary.Columns.Count; i++)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {RunSummary.Columns[i].Column,-30} {run.Summary[i],12:#,0.##}");
        }

        World w = run.World;
        var notable = w.Log.Entries.Where(e => e.Kind is not (LogKind.ScheduledEvent or LogKind.ControlChanged or LogKind.AllianceFormed or LogKind.AllianceBroken)).ToList();
        text.AppendLine(CultureInfo.InvariantCulture, $"Events ({notable.Count} splits, mergers, militias, blocs, accords and the like; all in events.csv):");
        foreach (LogEntry e in notable.Take(25))
        {
            (string subject, string other, string detail) = EventLogCsv.Describe(w, e);
            string line = string.Create(CultureInfo.InvariantCulture, $"  {CsvText.Month(w.DateOf(e.Tick))}  {EventLogCsv.Name(e.Kind),-16} {subject} {other} {detail}");
            text.AppendLine(line.TrimEnd());
        }

        return text.ToString().TrimEnd();
    }
}

using StalemateSim.Core.Analysis;
using StalemateSim.Core.Model;

namespace StalemateSim.Core.Output;

/// <summary>One run's monthly trajectory, wide: a row per month (tick, date), a column per metric.</summary>
public static class TrajectoryCsv
{
    public static void Write(TextWriter writer, Trajectory trajectory, World world)
    {
        writer.Write("tick,date");
        foreach (string name in trajectory.MetricNames)
        {
            writer.Write(',');
            writer.Write(CsvText.Cell(name));
        }

        writer.WriteLine();
        for (int t = 0; t < trajectory.Months; t++)
        {
            writer.Write(CsvText.Integer(t));
            writer.Write(',');
            writer.Write(CsvText.Month(world.DateOf(t)));
            for (int m = 0; m < trajectory.MetricNames.Count; m++)
            {
                writer.Write(',');
                writer.Write(CsvText.Number(trajectory[m, t]));
            }

            writer.WriteLine();
        }
    }
}

using System.Globalization;
using System.Text;

namespace StalemateSim.Cli.Plots;

/// <summary>
/// A small reader for the tidy CSV files the run writes: comma-separated, a header row, quoted
/// cells where needed, empty cells for missing values.
/// </summary>
internal static class CsvFile
{
    /// <summary>Reads every row of <paramref name="path"/> (the header first) as a list of cells.</summary>
    public static IEnumerable<string[]> Rows(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                yield return Split(line);
            }
        }
    }

    /// <summary>Splits one line into cells, undoing the quoting of <c>CsvText.Cell</c>.</summary>
    public static string[] Split(string line)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        cells.Add(cell.ToString());
        return [.. cells];
    }

    /// <summary>A number cell; empty or unreadable cells are NaN.</summary>
    public static double Number(string cell) =>
        double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : double.NaN;

    /// <summary>A <c>yyyy-MM</c> cell as the first day of that month.</summary>
    public static DateOnly Month(string cell) =>
        DateOnly.ParseExact(cell + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
}

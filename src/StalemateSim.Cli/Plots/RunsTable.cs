namespace StalemateSim.Cli.Plots;

/// <summary>runs.csv read back: one row per run, columns by name.</summary>
internal sealed class RunsTable
{
    private readonly string[] _header;
    private readonly List<string[]> _rows;

    private RunsTable(string[] header, List<string[]> rows)
    {
        _header = header;
        _rows = rows;
    }

    public static RunsTable Empty { get; } = new([], []);

    public int Count => _rows.Count;

    public IReadOnlyList<string> Columns => _header;

    public bool Has(string column) => Array.IndexOf(_header, column) >= 0;

    /// <summary>A numeric column, one value per run (NaN where empty); empty when there is no such column.</summary>
    public double[] Numbers(string column)
    {
        var k = Array.IndexOf(_header, column);
        return k < 0 ? [] : [.. _rows.Select(r => k < r.Length ? CsvFile.Number(r[k]) : double.NaN)];
    }

    public static RunsTable Read(string path)
    {
        string[]? header = null;
        var rows = new List<string[]>();
        foreach (var cells in CsvFile.Rows(path))
        {
            if (header is null)
            {
                header = cells;
            }
            else
            {
                rows.Add(cells);
            }
        }

        return new RunsTable(header ?? [], rows);
    }
}

namespace StalemateSim.Benchmarks;

/// <summary>
/// Finds a file of the repository from wherever BenchmarkDotNet runs the benchmarks: the working
/// directory when run in process, or its artifacts folder when it builds a separate process.
/// </summary>
internal static class RepositoryFile
{
    public static string Find(string relativePath)
    {
        foreach (string start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (DirectoryInfo? dir = new(start); dir is not null; dir = dir.Parent)
            {
                string candidate = Path.Combine(dir.FullName, relativePath);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new FileNotFoundException($"Cannot find {relativePath} above {Environment.CurrentDirectory} or {AppContext.BaseDirectory}.");
    }
}

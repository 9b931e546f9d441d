namespace StalemateSim.Benchmarks;

/// <summary>
/// Finds a file of the repository from wherever BenchmarkDotNet runs the benchmarks: the working
/// directory when run in process, or its artifacts folder when it builds a separate process.
/// </summary>
internal static class RepositoryFile
{
    /// <summary>The first of <paramref name="relativePaths"/> found in a directory at or above the working or base directory.</summary>
    public static string Find(params string[] relativePaths)
    {
        foreach (string start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (DirectoryInfo? dir = new(start); dir is not null; dir = dir.Parent)
            {
                foreach (string relativePath in relativePaths)
                {
                    string candidate = Path.Combine(dir.FullName, relativePath);
                    if (File.Exists(candidate))
                    {
                        return candidate;
                    }
                }
            }
        }

        throw new FileNotFoundException($"Cannot find {string.Join(" or ", relativePaths)} above {Environment.CurrentDirectory} or {AppContext.BaseDirectory}.");
    }
}

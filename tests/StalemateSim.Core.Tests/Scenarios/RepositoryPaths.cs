namespace StalemateSim.Core.Tests.Scenarios;

/// <summary>Finds committed files from the test's output folder.</summary>
internal static class RepositoryPaths
{
    /// <summary>The folder holding StalemateSim.sln.</summary>
    public static string Root()
    {
        for (DirectoryInfo? directory = new(TestContext.CurrentContext.TestDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "StalemateSim.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException("StalemateSim.sln not found above " + TestContext.CurrentContext.TestDirectory);
    }
}

namespace StalemateSim.Cli.Tests;

/// <summary>Runs the stalemate command in-process and captures what it prints.</summary>
internal static class CliRunner
{
    public static (int Exit, string Out, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int exit = Program.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    /// <summary>The repository root (where StalemateSim.sln is).</summary>
    public static string Root
    {
        get
        {
            var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "StalemateSim.sln")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("Repository root not found.");
        }
    }

    public static string Scenario(string relative) => Path.Combine(Root, "scenarios", relative);

    /// <summary>A fresh temporary folder, deleted by the caller's TearDown.</summary>
    public static string TempDir()
    {
        string dir = Path.Combine(Path.GetTempPath(), "stalemate-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }
}

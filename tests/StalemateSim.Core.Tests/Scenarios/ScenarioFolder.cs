using System.Text.Json.Nodes;

namespace StalemateSim.Core.Tests.Scenarios;

/// <summary>A per-test folder under the system temp directory for scenario files; deleted on dispose.</summary>
internal sealed class ScenarioFolder : IDisposable
{
    public ScenarioFolder()
    {
        Root = Path.Combine(Path.GetTempPath(), "stalemate-loader-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    /// <summary>Writes <paramref name="json"/> to <paramref name="name"/> and returns the full path.</summary>
    public string Write(string name, string json)
    {
        string path = Path.Combine(Root, name);
        File.WriteAllText(path, json);
        return path;
    }

    /// <summary>Writes the minimal scenario, changed by <paramref name="change"/>.</summary>
    public string WriteMinimal(string name, Action<JsonObject>? change = null)
    {
        JsonObject scenario = MinimalScenario.Parse();
        change?.Invoke(scenario);
        return Write(name, scenario.ToJsonString());
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}

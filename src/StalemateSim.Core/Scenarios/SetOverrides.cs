namespace StalemateSim.Core.Scenarios;

/// <summary>
/// Parses <c>--set key=value</c> overrides. The key may use ':' or '.' separators; only the key's
/// separators are converted, the value is kept as written. Each override is its own layer, so a
/// later <c>--set</c> overrides an earlier one.
/// </summary>
internal static class SetOverrides
{
    public static ScenarioLayer? Parse(string set, ScenarioShape shape, List<ScenarioProblem> problems)
    {
        int equals = set.IndexOf('=', StringComparison.Ordinal);
        string key = equals < 0 ? "" : set[..equals].Trim();
        if (key.Length == 0)
        {
            problems.Add(new ScenarioProblem(ScenarioLayer.SetName, "", $"'{set}': expected key=value, for example armedGroups.mnla.fighters=3000"));
            return null;
        }

        string path = shape.ConfigurationKey(key);
        if (path.Split(':').Any(segment => segment.Length == 0))
        {
            problems.Add(new ScenarioProblem(ScenarioLayer.SetName, key, "the key has an empty segment"));
            return null;
        }

        var entry = new KeyValuePair<string, string?>(path, set[(equals + 1)..]);
        return new ScenarioLayer(ScenarioLayer.SetName, [entry], IsOverride: true);
    }
}

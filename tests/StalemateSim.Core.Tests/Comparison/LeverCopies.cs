using System.Text.Json.Nodes;
using StalemateSim.Core.Tests.Scenarios;

namespace StalemateSim.Core.Tests.Comparison;

/// <summary>
/// The committed levers name Mali's ids and dates. Until scenarios/mali-2012.json exists they can be
/// exercised only on the example scenario, through test-only copies with the example's ids: Kidal is
/// the highlands, Mopti the plains, every foreign force the coalition, Barkhane's withdrawal the
/// coalition's, the Algiers Accord the example's peace accord (2023-01, inclusive), and the lever months move
/// into the example's run (2016-01 → 2023-06, 2018-01 → 2024-01). Patches of Mali's own later
/// events (an entry with no "at", e.g. 'barkhane-militia-partnership') are dropped when the
/// example has no such event.
/// </summary>
internal static class LeverCopies
{
    public static readonly (string From, string To)[] ExampleIds =
    [
        ("barkhane-withdraws", "coalition-leaves"),
        ("\"algiers-accord\"", "\"peace-accord\""),
        ("barkhane", "coalition"),
        ("minusma", "coalition"),
        ("region.kidal.", "region.highlands."),
        ("region.mopti.", "region.plains."),
        ("\"2015-05\"", "\"2023-01\""),
        ("\"2016-01\"", "\"2023-06\""),
        ("\"2018-01\"", "\"2024-01\""),
    ];

    /// <summary>Tick of each translated month in the example (start 2020-01).</summary>
    public static readonly IReadOnlyDictionary<string, int> ExampleTicks = new Dictionary<string, int>
    {
        ["2023-01"] = 36, ["2023-06"] = 41, ["2024-01"] = 48, ["2027-01"] = 84,
    };

    public static string LeversFolder => Path.Combine(RepositoryPaths.Root(), "scenarios", "levers");

    public static string Example => Path.Combine(RepositoryPaths.Root(), "scenarios", "examples", "three-regions.json");

    public static string Mali => Path.Combine(RepositoryPaths.Root(), "scenarios", "mali-2012.json");

    public static string[] LeverFiles => Directory.GetFiles(LeversFolder, "*.json").Order(StringComparer.Ordinal).ToArray();

    /// <summary>Writes a copy of a committed lever with the example's ids into <paramref name="folder"/>; returns its path.</summary>
    public static string ForExample(string lever, string folder)
    {
        string text = File.ReadAllText(Path.Combine(LeversFolder, lever + ".json"));
        foreach ((string from, string to) in ExampleIds)
        {
            text = text.Replace(from, to, StringComparison.Ordinal);
        }

        JsonNode root = JsonNode.Parse(text)!;
        JsonObject events = root["events"]!.AsObject();
        JsonObject exampleEvents = JsonNode.Parse(File.ReadAllText(Example))!["events"]!.AsObject();
        foreach (string id in events.Where(e => e.Value?["at"] is null && !exampleEvents.ContainsKey(e.Key)).Select(e => e.Key).ToList())
        {
            events.Remove(id);
        }

        string path = Path.Combine(folder, lever + ".json");
        File.WriteAllText(path, root.ToJsonString());
        return path;
    }

    public static string TempFolder()
    {
        string dir = Path.Combine(Path.GetTempPath(), "stalemate-tests", "levers-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }
}

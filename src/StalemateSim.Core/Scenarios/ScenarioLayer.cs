namespace StalemateSim.Core.Scenarios;

/// <summary>
/// One layer of a scenario: a JSON file's flattened keys, or the <c>--set</c> overrides. Values are
/// as configuration stores them: strings; null for JSON null or an empty object; "" for an empty
/// array (or an empty string).
/// </summary>
/// <param name="Name">The file as named to the loader, or <c>--set</c>.</param>
/// <param name="Entries">Flattened key paths and values, in the order the layer gives them.</param>
/// <param name="IsOverride">True for <c>--set</c>: its array elements patch by index instead of replacing the array.</param>
internal sealed record ScenarioLayer(string Name, IReadOnlyList<KeyValuePair<string, string?>> Entries, bool IsOverride)
{
    public const string SetName = "--set";
}

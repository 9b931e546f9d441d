namespace StalemateSim.Core.Scenarios;

/// <summary>
/// The layers merged into one flattened document (keys ignore case, as in configuration), with the
/// layer that set each key. Differences from plain configuration layering:
/// <list type="bullet">
/// <item>a file layer that gives an array replaces the earlier array instead of merging by index
/// (<c>--set</c> patches single elements);</item>
/// <item>a layer that gives a value where an earlier one gave an object (such as an uncertain
/// <c>{low, high}</c>) replaces the object, and the other way round;</item>
/// <item>a key takes the spelling of the last layer that set it.</item>
/// </list>
/// </summary>
internal sealed class MergedDocument
{
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.OrdinalIgnoreCase);

    private MergedDocument(IReadOnlyList<string> layerNames) => LayerNames = layerNames;

    /// <summary>The name of each layer by index: a file as named, or <c>--set</c>.</summary>
    public IReadOnlyList<string> LayerNames { get; }

    /// <summary>Every entry, sorted by key (ordinal).</summary>
    public IReadOnlyList<Entry> Entries => _entries.Values.OrderBy(e => e.Key, StringComparer.Ordinal).ToList();

    public static MergedDocument Merge(IReadOnlyList<ScenarioLayer> layers, ScenarioShape shape)
    {
        var document = new MergedDocument(layers.Select(l => l.Name).ToList());
        for (int i = 0; i < layers.Count; i++)
        {
            document.Apply(layers[i], i, shape);
        }

        return document;
    }

    private void Apply(ScenarioLayer layer, int index, ScenarioShape shape)
    {
        var dropSubtree = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var dropExact = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var isList = new Dictionary<string, bool>(StringComparer.OrdinalIgnoreCase);
        foreach ((string key, string? value) in layer.Entries)
        {
            if (value is not null)
            {
                dropSubtree.Add(key);
            }

            for (int colon = key.IndexOf(':', StringComparison.Ordinal); colon >= 0; colon = key.IndexOf(':', colon + 1))
            {
                string prefix = key[..colon];
                dropExact.Add(prefix);
                if (!layer.IsOverride && IsList(prefix, shape, isList))
                {
                    dropSubtree.Add(prefix);
                }
            }
        }

        foreach (string key in _entries.Keys.ToList())
        {
            if (dropExact.Contains(key) || Prefixes(key).Any(dropSubtree.Contains))
            {
                _entries.Remove(key);
            }
        }

        foreach ((string key, string? value) in layer.Entries)
        {
            _entries.Remove(key);
            _entries.Add(key, new Entry(key, value, index));
        }
    }

    private static bool IsList(string path, ScenarioShape shape, Dictionary<string, bool> known)
    {
        if (!known.TryGetValue(path, out bool list))
        {
            list = shape.Resolve(path) is { Shape.Kind: ShapeKind.List };
            known.Add(path, list);
        }

        return list;
    }

    /// <summary>The key itself and every path above it.</summary>
    private static IEnumerable<string> Prefixes(string key)
    {
        for (int colon = key.IndexOf(':', StringComparison.Ordinal); colon >= 0; colon = key.IndexOf(':', colon + 1))
        {
            yield return key[..colon];
        }

        yield return key;
    }

    /// <summary>A flattened key, its value, and the index of the layer that set it.</summary>
    internal readonly record struct Entry(string Key, string? Value, int Layer);
}

namespace StalemateSim.Core.Scenarios;

/// <summary>
/// The merged document as a tree of key segments, for the validator's walk. Segments compare
/// ignoring case, as configuration does; a node remembers every spelling it was given (with the
/// last layer that used it) so that a mis-cased key can be reported where it was written.
/// </summary>
internal sealed class KeyNode
{
    private readonly SortedDictionary<string, KeyNode> _children = new(StringComparer.OrdinalIgnoreCase);
    private readonly SortedDictionary<string, int> _spellings = new(StringComparer.Ordinal);

    private KeyNode()
    {
    }

    /// <summary>The spelling to show: the one the latest layer used.</summary>
    public string Segment { get; private set; } = "";

    /// <summary>Each spelling of this segment and the last layer that used it.</summary>
    public IReadOnlyDictionary<string, int> Spellings => _spellings;

    /// <summary>True when the document has a key ending at this node.</summary>
    public bool HasEntry { get; private set; }

    /// <summary>The value of that key (null for JSON null or an empty object).</summary>
    public string? Value { get; private set; }

    /// <summary>The layer that set this node's own key, or <see cref="LastLayer"/> when it has none.</summary>
    public int EntryLayer { get; private set; } = -1;

    /// <summary>The earliest layer that set a key at or under this node.</summary>
    public int FirstLayer { get; private set; } = int.MaxValue;

    /// <summary>The latest layer that set a key at or under this node.</summary>
    public int LastLayer { get; private set; } = -1;

    public bool HasChildren => _children.Count > 0;

    /// <summary>Children in case-insensitive order of their segments.</summary>
    public IEnumerable<KeyNode> Children => _children.Values;

    /// <summary>True when the node holds a value that is not null (a scalar, or "" for an empty array).</summary>
    public bool HasValue => Value is not null;

    public KeyNode? Child(string segment) => _children.GetValueOrDefault(segment);

    public static KeyNode Build(IEnumerable<MergedDocument.Entry> entries)
    {
        var root = new KeyNode();
        foreach (MergedDocument.Entry entry in entries)
        {
            KeyNode node = root;
            node.Touch(entry.Layer);
            foreach (string segment in entry.Key.Split(':'))
            {
                if (!node._children.TryGetValue(segment, out KeyNode? child))
                {
                    child = new KeyNode();
                    node._children.Add(segment, child);
                }

                child.Spell(segment, entry.Layer);
                child.Touch(entry.Layer);
                node = child;
            }

            node.HasEntry = true;
            node.Value = entry.Value;
            node.EntryLayer = entry.Layer;
        }

        return root;
    }

    private void Touch(int layer)
    {
        FirstLayer = Math.Min(FirstLayer, layer);
        LastLayer = Math.Max(LastLayer, layer);
        if (!HasEntry)
        {
            EntryLayer = LastLayer;
        }
    }

    private void Spell(string segment, int layer)
    {
        _spellings[segment] = Math.Max(layer, _spellings.GetValueOrDefault(segment, -1));
        if (Segment.Length == 0 || layer > _spellings.GetValueOrDefault(Segment, -1) ||
            (layer == _spellings[Segment] && string.CompareOrdinal(segment, Segment) < 0))
        {
            Segment = segment;
        }
    }
}

namespace StalemateSim.Core.Scenarios;

/// <summary>
/// The expected form of the JSON at a key path, derived by reflection from a spec type. One
/// instance per CLR type; what a property adds (range, references, required) is in <see cref="FieldShape"/>.
/// </summary>
internal sealed class Shape
{
    private readonly Dictionary<string, FieldShape> _byName = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<FieldShape> _fields = [];

    public Shape(ShapeKind kind, Type type)
    {
        Kind = kind;
        Type = type;
    }

    public ShapeKind Kind { get; }

    /// <summary>The CLR type (without Nullable).</summary>
    public Type Type { get; }

    /// <summary>The value shape of a dictionary, or the element shape of a list.</summary>
    public Shape? Element { get; init; }

    /// <summary>The camelCase names of an enum, in declaration order.</summary>
    public IReadOnlyList<string> EnumNames { get; init; } = [];

    /// <summary>The class-level <c>[Describe]</c> text of a record.</summary>
    public string? Description { get; init; }

    /// <summary>A record's properties: base type's first, each type's in declaration order.</summary>
    public IReadOnlyList<FieldShape> Fields => _fields;

    /// <summary>Looks a record's property up by JSON name, ignoring case (as configuration does).</summary>
    public FieldShape? FieldIgnoringCase(string name) => _byName.GetValueOrDefault(name);

    public void AddField(FieldShape field)
    {
        _fields.Add(field);
        _byName.Add(field.JsonName, field);
    }

    /// <summary>A short description of what is expected, for messages.</summary>
    public string Expected => Kind switch
    {
        ShapeKind.Record => "an object",
        ShapeKind.Dictionary => "an object keyed by name",
        ShapeKind.List => "an array",
        ShapeKind.Number => "a number",
        ShapeKind.Integer => "a whole number",
        ShapeKind.Boolean => "true or false",
        ShapeKind.Enum => "one of " + string.Join(", ", EnumNames),
        _ => "a string",
    };
}

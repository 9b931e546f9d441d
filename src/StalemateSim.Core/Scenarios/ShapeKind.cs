namespace StalemateSim.Core.Scenarios;

/// <summary>What a JSON value must look like at some key path.</summary>
internal enum ShapeKind
{
    Record,
    Dictionary,
    List,
    Number,
    Integer,
    Boolean,
    Enum,
    String,
}

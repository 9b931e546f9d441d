namespace StalemateSim.Core.Scenarios;

/// <summary>What the keys of a dictionary must be.</summary>
internal enum KeyKind
{
    /// <summary>Any key (provenance notes).</summary>
    Free,

    /// <summary>New ids: lower-case kebab-case (regions, elites, wings ...).</summary>
    Id,

    /// <summary>Ids of an existing top-level collection (<c>[RefersTo]</c>).</summary>
    Reference,

    /// <summary>Policy setting names (<c>events:ID:set</c>), parsed by PolicySetting.TryParse.</summary>
    PolicyName,
}

using StalemateSim.Core.Model;
using StalemateSim.Core.Scenarios.Spec;

namespace StalemateSim.Core.Scenarios;

/// <summary>
/// What cross-references are checked against: the ids of each top-level collection and the run's
/// months. Each check returns a message, or null when all is well.
/// </summary>
internal sealed class ScenarioReferences
{
    private static readonly string ForeignForces = ShapeBuilder.JsonName(nameof(ScenarioSpec.ForeignForces));
    private static readonly string Regions = ShapeBuilder.JsonName(nameof(ScenarioSpec.Regions));

    private readonly Dictionary<string, SortedSet<string>> _ids = new(StringComparer.Ordinal);

    private ScenarioReferences()
    {
    }

    /// <summary>Month index (months since year 0) of the first tick, if start and months are valid.</summary>
    public int? FirstMonth { get; private set; }

    public int? LastMonth { get; private set; }

    public static ScenarioReferences From(KeyNode root, Shape rootShape)
    {
        var references = new ScenarioReferences();
        foreach (FieldShape field in rootShape.Fields.Where(f => f.Keys == KeyKind.Id))
        {
            var ids = new SortedSet<string>(StringComparer.Ordinal);
            foreach (KeyNode child in root.Child(field.JsonName)?.Children ?? [])
            {
                ids.UnionWith(child.Spellings.Keys);
            }

            references._ids.Add(field.JsonName, ids);
        }

        string? start = root.Child(nameof(ScenarioSpec.Start))?.Value;
        string? months = root.Child(nameof(ScenarioSpec.Months))?.Value;
        FieldShape? monthsField = rootShape.FieldIgnoringCase(nameof(ScenarioSpec.Months));
        if (start is not null && ScenarioIds.IsMonth(start) && months is not null &&
            ScalarText.TryInteger(months, out int count) && monthsField is not null && monthsField.InRange(count))
        {
            references.FirstMonth = ScalarText.MonthIndex(start);
            references.LastMonth = references.FirstMonth + count - 1;
        }

        return references;
    }

    public string? CheckReference(string value, RefersToAttribute refersTo)
    {
        if (refersTo.AlsoAllowed.Contains(value, StringComparer.Ordinal))
        {
            return null;
        }

        SortedSet<string> ids = _ids.GetValueOrDefault(refersTo.Collection) ?? [];
        if (ids.Contains(value))
        {
            return null;
        }

        string? other = ids.FirstOrDefault(id => id.Equals(value, StringComparison.OrdinalIgnoreCase));
        return other is null
            ? $"'{value}' is not an id in {refersTo.Collection}"
            : $"'{value}' is not an id in {refersTo.Collection}: ids are lower case, write '{other}'";
    }

    public string? CheckMonthInRun(string month)
    {
        if (FirstMonth is not int first || LastMonth is not int last)
        {
            return null;
        }

        int index = ScalarText.MonthIndex(month);
        return index >= first && index <= last
            ? null
            : $"'{month}' is outside the run, which covers {ScalarText.MonthText(first)} to {ScalarText.MonthText(last)}";
    }

    public string? CheckPolicy(string name)
    {
        List<string> foreign = [.. _ids.GetValueOrDefault(ForeignForces) ?? []];
        List<string> regions = [.. _ids.GetValueOrDefault(Regions) ?? []];
        if (PolicySetting.TryParse(name, 0, foreign.IndexOf, regions.IndexOf, out _))
        {
            return null;
        }

        if (PolicySetting.TryParse(name, 0, _ => 0, _ => 0, out _))
        {
            string[] parts = name.Split('.');
            string collection = parts[0] == "foreign" ? ForeignForces : Regions;
            return $"'{parts[1]}' in policy setting '{name}' is not an id in {collection}";
        }

        return $"unknown policy setting '{name}'; expected one of: {string.Join(", ", PolicySetting.Names)} (ID: a foreign force or region id)";
    }
}

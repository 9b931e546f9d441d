namespace StalemateSim.Core.Scenarios;

/// <summary>
/// Walks the merged key tree against the scenario's shape and collects every problem at once,
/// each with the layer that set the key and its full path: unknown and mis-cased keys, missing
/// required keys, wrong types, ranges, ids, references, months, policy names and uncertain
/// <c>{low, high, free}</c> numbers. Configuration's binder is not trusted with any of this.
/// </summary>
internal sealed class ScenarioValidator
{
    private readonly ScenarioShape _shape;
    private readonly IReadOnlyList<string> _layerNames;
    private readonly ScenarioReferences _references;
    private readonly List<ScenarioProblem> _problems = [];
    private readonly List<UncertainParameter> _uncertain = [];

    private ScenarioValidator(ScenarioShape shape, IReadOnlyList<string> layerNames, ScenarioReferences references)
    {
        _shape = shape;
        _layerNames = layerNames;
        _references = references;
    }

    private enum Role
    {
        Property,
        ListElement,
        DictionaryValue,
    }

    /// <summary>Validates the tree; uncertain parameters come back sorted by key path (ordinal).</summary>
    public static (IReadOnlyList<ScenarioProblem> Problems, IReadOnlyList<UncertainParameter> Uncertain) Validate(
        KeyNode root, ScenarioShape shape, IReadOnlyList<string> layerNames)
    {
        var validator = new ScenarioValidator(shape, layerNames, ScenarioReferences.From(root, shape.Root));
        validator.WalkRecord(root, shape.Root, "", isRoot: true);
        List<UncertainParameter> uncertain = [.. validator._uncertain.OrderBy(u => u.KeyPath, StringComparer.Ordinal)];
        return (validator._problems, uncertain);
    }

    private static string Join(string path, string segment) => path.Length == 0 ? segment : path + ":" + segment;

    private void Report(int layer, string path, string message) =>
        _problems.Add(new ScenarioProblem(layer >= 0 && layer < _layerNames.Count ? _layerNames[layer] : null, path, message));

    private bool NotAnObject(KeyNode node, Shape shape, string path)
    {
        if (node.HasValue && !node.HasChildren)
        {
            Report(node.EntryLayer, path, $"expected {shape.Expected}, found {ScalarText.Show(node.Value)}");
            return true;
        }

        return false;
    }

    private void WalkRecord(KeyNode node, Shape shape, string path, bool isRoot)
    {
        if (NotAnObject(node, shape, path))
        {
            return;
        }

        foreach (KeyNode child in node.Children)
        {
            string childPath = Join(path, child.Segment);
            if (isRoot && child.Segment.Equals(ScenarioShape.RulesKey, StringComparison.OrdinalIgnoreCase))
            {
                CheckSpelling(child, path, ScenarioShape.RulesKey);
                WalkRules(child, childPath);
                continue;
            }

            if (isRoot && child.Segment == ScenarioShape.SchemaKey)
            {
                if (child.HasChildren)
                {
                    Report(child.LastLayer, childPath, "expected a string (the path or URL of the JSON schema)");
                }

                continue;
            }

            FieldShape? field = shape.FieldIgnoringCase(child.Segment);
            if (field is null)
            {
                IEnumerable<string> names = shape.Fields.Select(f => f.JsonName);
                if (isRoot)
                {
                    names = names.Append(ScenarioShape.RulesKey);
                }

                Report(child.LastLayer, childPath, "unknown key; expected one of: " + string.Join(", ", names));
                continue;
            }

            CheckSpelling(child, path, field.JsonName);
            WalkValue(child, field.Shape, field, childPath, Role.Property);
        }

        ReportMissing(node, shape, path, node.FirstLayer == int.MaxValue ? 0 : node.FirstLayer);
    }

    /// <summary>Required keys missing here, and in record properties absent altogether (blamed on the layer that introduced the parent).</summary>
    private void ReportMissing(KeyNode? node, Shape shape, string path, int layer)
    {
        foreach (FieldShape field in shape.Fields)
        {
            KeyNode? child = node?.Child(field.JsonName);
            if (child is not null)
            {
                continue;
            }

            string fieldPath = Join(path, field.JsonName);
            if (field.Required)
            {
                string about = field.Description is null ? "" : " (" + field.Description.TrimEnd('.') + ")";
                Report(layer, fieldPath, $"missing required key: expected {field.Shape.Expected}{about}");
            }
            else if (field.Shape.Kind == ShapeKind.Record)
            {
                ReportMissing(null, field.Shape, fieldPath, layer);
            }
        }
    }

    /// <summary>JSON names are case-sensitive camelCase even though configuration ignores case.</summary>
    private void CheckSpelling(KeyNode node, string parentPath, string expected)
    {
        foreach ((string spelling, int layer) in node.Spellings)
        {
            if (spelling != expected)
            {
                Report(layer, Join(parentPath, spelling), $"unknown key; keys are case-sensitive camelCase: write '{expected}'");
            }
        }
    }

    private void WalkRules(KeyNode node, string path)
    {
        if (NotAnObject(node, new Shape(ShapeKind.Record, typeof(object)), path))
        {
            return;
        }

        foreach (KeyNode child in node.Children)
        {
            bool known = true;
            foreach ((string spelling, int layer) in child.Spellings)
            {
                if (!_shape.TryGetRule(spelling, out _, out _))
                {
                    known = false;
                    string? other = _shape.RuleNames.FirstOrDefault(n => n.Equals(spelling, StringComparison.OrdinalIgnoreCase));
                    string catalogue = _shape.RuleNames.Count == 0 ? "the catalogue has no rules yet" : "known rules: " + string.Join(", ", _shape.RuleNames);
                    Report(layer, Join(path, spelling), other is null
                        ? $"unknown rule; {catalogue}"
                        : $"unknown rule; rule names are case-sensitive: write '{other}'");
                }
            }

            if (known && _shape.TryGetRule(child.Segment, out _, out Shape shape))
            {
                WalkRecord(child, shape, Join(path, child.Segment), isRoot: false);
            }
        }
    }

    private void WalkValue(KeyNode node, Shape shape, FieldShape field, string path, Role role)
    {
        switch (shape.Kind)
        {
            case ShapeKind.Record:
                WalkRecord(node, shape, path, isRoot: false);
                break;
            case ShapeKind.Dictionary:
                WalkDictionary(node, shape, field, path);
                break;
            case ShapeKind.List:
                WalkList(node, shape, field, path);
                break;
            default:
                WalkScalar(node, shape, field, path, role);
                break;
        }
    }

    private void WalkDictionary(KeyNode node, Shape shape, FieldShape field, string path)
    {
        if (NotAnObject(node, shape, path))
        {
            return;
        }

        foreach (KeyNode child in node.Children)
        {
            foreach ((string key, int layer) in child.Spellings)
            {
                string? message = field.Keys switch
                {
                    KeyKind.Id when !ScenarioIds.IsId(key) =>
                        $"'{key}' is not a valid id: {ScenarioIds.IdRuleText}; for example '{ScenarioIds.Suggest(key)}'",
                    KeyKind.Reference => _references.CheckReference(key, field.RefersTo!),
                    KeyKind.PolicyName => _references.CheckPolicy(key),
                    _ => null,
                };
                if (message is not null)
                {
                    Report(layer, Join(path, key), message);
                }
            }

            WalkValue(child, shape.Element!, field, Join(path, child.Segment), Role.DictionaryValue);
        }
    }

    private void WalkList(KeyNode node, Shape shape, FieldShape field, string path)
    {
        if (node.HasValue && !node.HasChildren)
        {
            if (node.Value!.Length > 0)
            {
                Report(node.EntryLayer, path, $"expected an array, found {ScalarText.Show(node.Value)}");
            }

            return;
        }

        var indices = new List<int>();
        foreach (KeyNode child in node.Children)
        {
            string childPath = Join(path, child.Segment);
            if (!ScalarText.TryIndex(child.Segment, out int index))
            {
                Report(child.LastLayer, childPath, "expected an array, found an object with this key");
                continue;
            }

            indices.Add(index);
            WalkValue(child, shape.Element!, field, childPath, Role.ListElement);
        }

        indices.Sort();
        if (indices.Where((index, i) => index != i).Any())
        {
            Report(node.LastLayer, path, "array indices must run 0, 1, 2 ... without gaps; found " + string.Join(", ", indices));
        }
    }

    private void WalkScalar(KeyNode node, Shape shape, FieldShape field, string path, Role role)
    {
        if (node.HasChildren)
        {
            if (shape.Kind == ShapeKind.Number)
            {
                if (UncertainNumber.Read(node, field, path, Report) is { } parameter)
                {
                    _uncertain.Add(parameter);
                }

                return;
            }

            string hint = shape.Kind == ShapeKind.Integer ? " (ranges {low, high} are only for real numbers)" : "";
            Report(node.LastLayer, path, $"expected {shape.Expected}, found an object{hint}");
            return;
        }

        string? value = node.Value;
        if (value is null)
        {
            if (!(role == Role.Property && field.Nullable))
            {
                Report(node.EntryLayer, path, $"expected {shape.Expected}, found {ScalarText.Show(value)}");
            }

            return;
        }

        string? message = ScalarChecks.Check(value, shape, field, role != Role.DictionaryValue, _references);
        if (message is not null)
        {
            Report(node.EntryLayer, path, message);
        }
    }
}

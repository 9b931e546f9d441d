using System.Globalization;
using StalemateSim.Core.Rules;
using StalemateSim.Core.Scenarios.Spec;

namespace StalemateSim.Core.Scenarios;

/// <summary>
/// The shape of a whole scenario: <see cref="ScenarioSpec"/> plus a <c>rules</c> section whose
/// children are the catalogue's rules, each with its own spec type, plus an optional
/// <c>$schema</c> string for editors. Resolves key paths to shapes for layering and <c>--set</c>.
/// </summary>
internal sealed class ScenarioShape
{
    public const string RulesKey = "rules";
    public const string SchemaKey = "$schema";

    private readonly Dictionary<string, (RuleDescriptor Descriptor, Shape Shape)> _rules = new(StringComparer.Ordinal);
    private readonly List<ScenarioProblem> _problems = [];

    public ScenarioShape(IEnumerable<RuleDescriptor> catalogue)
    {
        var builder = new ShapeBuilder();
        Root = builder.For(typeof(ScenarioSpec));
        var names = new List<string>();
        foreach (RuleDescriptor descriptor in catalogue)
        {
            string path = RulesKey + ":" + descriptor.Name;
            if (!ScenarioIds.IsRuleName(descriptor.Name))
            {
                _problems.Add(new ScenarioProblem(null, path, "rule catalogue: a rule name must be camelCase letters and digits"));
            }
            else if (_rules.ContainsKey(descriptor.Name))
            {
                _problems.Add(new ScenarioProblem(null, path, "rule catalogue: the name is used twice"));
            }
            else if (!descriptor.SpecType.IsSubclassOf(typeof(RuleSpec)) || descriptor.SpecType.IsAbstract)
            {
                _problems.Add(new ScenarioProblem(null, path, $"rule catalogue: {descriptor.SpecType.Name} must be a concrete record deriving from RuleSpec"));
            }
            else
            {
                try
                {
                    _rules.Add(descriptor.Name, (descriptor, builder.For(descriptor.SpecType)));
                    names.Add(descriptor.Name);
                }
                catch (NotSupportedException e)
                {
                    _problems.Add(new ScenarioProblem(null, path, "rule catalogue: " + e.Message));
                }
            }
        }

        RuleNames = names;
    }

    /// <summary>The shape of <see cref="ScenarioSpec"/>.</summary>
    public Shape Root { get; }

    /// <summary>Rule names in catalogue order.</summary>
    public IReadOnlyList<string> RuleNames { get; }

    /// <summary>Problems with the catalogue itself (a programming error, not the scenario's).</summary>
    public IReadOnlyList<ScenarioProblem> CatalogueProblems => _problems;

    /// <summary>Finds a rule by its exact (case-sensitive) name.</summary>
    public bool TryGetRule(string name, out RuleDescriptor descriptor, out Shape shape)
    {
        if (_rules.TryGetValue(name, out var entry))
        {
            (descriptor, shape) = entry;
            return true;
        }

        (descriptor, shape) = (null!, null!);
        return false;
    }

    /// <summary>
    /// The shape expected at a key path and the property that declared it (dictionary values and
    /// list elements keep their property), or null for unknown paths and the rules section itself.
    /// </summary>
    public (Shape Shape, FieldShape? Field)? Resolve(string path)
    {
        string[] segments = path.Split(':');
        Shape shape = Root;
        FieldShape? field = null;
        for (int i = 0; i < segments.Length; i++)
        {
            string segment = segments[i];
            switch (shape.Kind)
            {
                case ShapeKind.Record when i == 0 && segment.Equals(RulesKey, StringComparison.OrdinalIgnoreCase):
                    if (i + 1 >= segments.Length || !TryGetRule(segments[i + 1], out _, out shape))
                    {
                        return null;
                    }

                    i++;
                    field = null;
                    break;
                case ShapeKind.Record:
                    field = shape.FieldIgnoringCase(segment);
                    if (field is null)
                    {
                        return null;
                    }

                    shape = field.Shape;
                    break;
                case ShapeKind.Dictionary:
                    shape = shape.Element!;
                    break;
                case ShapeKind.List when int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out _):
                    shape = shape.Element!;
                    break;
                default:
                    return null;
            }
        }

        return (shape, field);
    }

    /// <summary>
    /// Turns a <c>--set</c> key written with '.' separators into a configuration key path. Keys that
    /// already contain ':' are used as they are. Once the path reaches a dictionary of policy settings
    /// (whose names contain dots), the rest is one key: <c>events.x.set.state.abuse</c> becomes
    /// <c>events:x:set:state.abuse</c>.
    /// </summary>
    public string ConfigurationKey(string key)
    {
        if (key.Contains(':', StringComparison.Ordinal))
        {
            return key;
        }

        string[] segments = key.Split('.');
        string path = segments[0];
        for (int i = 1; i < segments.Length; i++)
        {
            if (Resolve(path) is { Shape.Kind: ShapeKind.Dictionary, Field.Keys: KeyKind.PolicyName })
            {
                return path + ":" + string.Join('.', segments[i..]);
            }

            path += ":" + segments[i];
        }

        return path;
    }
}

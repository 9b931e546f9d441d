using System.Collections;
using System.Reflection;
using StalemateSim.Core.Rules;
using StalemateSim.Core.Scenarios.Spec;

namespace StalemateSim.Core.Scenarios;

/// <summary>
/// Gives a run's scenario from the one bound at base values by writing the run's sampled numbers
/// straight into copies of the records on their key paths, instead of binding the whole document
/// again. Only the objects on a sampled number's path are copied (records shallowly, dictionaries
/// and lists keeping their order); everything else is shared with the base scenario, which is never
/// changed. The result equals what <see cref="ScenarioBinder"/> gives for the same values: the
/// binder parses the round-trip text of each value back to the same double.
/// </summary>
internal sealed class SampledValuePatcher
{
    private static readonly MethodInfo ShallowCopy =
        typeof(object).GetMethod(nameof(MemberwiseClone), BindingFlags.Instance | BindingFlags.NonPublic)!;

    private readonly Node _spec;
    private readonly Dictionary<string, Node> _rules;

    private SampledValuePatcher(Node spec, Dictionary<string, Node> rules)
    {
        _spec = spec;
        _rules = rules;
    }

    /// <summary>
    /// A patcher for the sampled parameters, in order, or null when some key path cannot be
    /// followed through the bound objects to a real number (the caller then binds as before).
    /// </summary>
    public static SampledValuePatcher? TryCreate(ScenarioSpec spec, IReadOnlyList<BoundRule> rules, IReadOnlyList<UncertainParameter> sampled)
    {
        var specRoot = new Node(Copier(typeof(ScenarioSpec))!);
        var ruleRoots = new Dictionary<string, Node>(StringComparer.Ordinal);
        for (int i = 0; i < sampled.Count; i++)
        {
            string[] segments = sampled[i].KeyPath.Split(':');
            Node root;
            object current;
            int first;
            if (segments.Length > 2 && string.Equals(segments[0], ScenarioShape.RulesKey, StringComparison.OrdinalIgnoreCase))
            {
                BoundRule? rule = rules.FirstOrDefault(r => string.Equals(r.Name, segments[1], StringComparison.OrdinalIgnoreCase));
                if (rule is null)
                {
                    return null;
                }

                if (!ruleRoots.TryGetValue(rule.Name, out root!))
                {
                    root = new Node(Copier(rule.Spec.GetType())!);
                    ruleRoots.Add(rule.Name, root);
                }

                current = rule.Spec;
                first = 2;
            }
            else
            {
                root = specRoot;
                current = spec;
                first = 0;
            }

            if (!AddPath(root, current, segments.AsSpan(first), i))
            {
                return null;
            }
        }

        return new SampledValuePatcher(specRoot, ruleRoots);
    }

    /// <summary>The base scenario and rules with <paramref name="values"/> (one per sampled parameter, in order) written in.</summary>
    public (ScenarioSpec Spec, IReadOnlyList<BoundRule> Rules) Apply(ScenarioSpec spec, IReadOnlyList<BoundRule> rules, double[] values)
    {
        var patchedSpec = _spec.Children.Count == 0 ? spec : (ScenarioSpec)Patch(_spec, spec, values);
        if (_rules.Count == 0)
        {
            return (patchedSpec, rules);
        }

        var patchedRules = new BoundRule[rules.Count];
        for (int i = 0; i < rules.Count; i++)
        {
            BoundRule rule = rules[i];
            patchedRules[i] = _rules.TryGetValue(rule.Name, out Node? node)
                ? rule with { Spec = (RuleSpec)Patch(node, rule.Spec, values) }
                : rule;
        }

        return (patchedSpec, patchedRules);
    }

    private static object Patch(Node node, object original, double[] values)
    {
        object copy = node.Copy(original);
        foreach (Node child in node.Children)
        {
            object? value = child.ValueIndex >= 0
                ? values[child.ValueIndex]
                : Patch(child, child.Step!.Get(original)!, values);
            child.Step!.Set(copy, value);
        }

        return copy;
    }

    /// <summary>Follows <paramref name="segments"/> from <paramref name="current"/>, adding the steps under <paramref name="node"/>.</summary>
    private static bool AddPath(Node node, object current, ReadOnlySpan<string> segments, int valueIndex)
    {
        for (int s = 0; s < segments.Length; s++)
        {
            Step? step = Step.Resolve(current, segments[s]);
            if (step is null || node.ValueIndex >= 0)
            {
                return false;
            }

            bool last = s == segments.Length - 1;
            object? next = step.Get(current);
            Node? child = node.Children.FirstOrDefault(c => c.Step!.Key == step.Key);
            if (last)
            {
                if (child is not null || next is not double)
                {
                    return false;
                }

                node.Children.Add(new Node(null) { Step = step, ValueIndex = valueIndex });
                return true;
            }

            if (next is null || (child is not null && child.ValueIndex >= 0))
            {
                return false;
            }

            if (child is null)
            {
                if (Copier(next.GetType()) is not { } copy)
                {
                    return false;
                }

                child = new Node(copy) { Step = step };
                node.Children.Add(child);
            }

            node = child;
            current = next;
        }

        return false;
    }

    /// <summary>A shallow copy that keeps a dictionary's comparer and every collection's order; null for a collection of another kind.</summary>
    private static Func<object, object>? Copier(Type type)
    {
        if (type.IsArray)
        {
            return o => ((Array)o).Clone();
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Dictionary<,>))
        {
            return CreateCopier(nameof(CopyDictionary), type.GetGenericArguments());
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>))
        {
            return CreateCopier(nameof(CopyList), type.GetGenericArguments());
        }

        if (typeof(IEnumerable).IsAssignableFrom(type))
        {
            return null;
        }

        return o => ShallowCopy.Invoke(o, null)!;
    }

    private static Func<object, object> CreateCopier(string method, Type[] arguments) =>
        typeof(SampledValuePatcher).GetMethod(method, BindingFlags.Static | BindingFlags.NonPublic)!
            .MakeGenericMethod(arguments)
            .CreateDelegate<Func<object, object>>();

    private static Dictionary<TKey, TValue> CopyDictionary<TKey, TValue>(object original)
        where TKey : notnull
    {
        var dictionary = (Dictionary<TKey, TValue>)original;
        return new Dictionary<TKey, TValue>(dictionary, dictionary.Comparer);
    }

    private static List<T> CopyList<T>(object original) => new List<T>((List<T>)original);

    /// <summary>One object on a sampled number's path: how to copy it, and where its changed children go.</summary>
    private sealed class Node(Func<object, object>? copy)
    {
        /// <summary>Copies the object (unused for a sampled number).</summary>
        public Func<object, object> Copy { get; } = copy ?? (o => o);

        /// <summary>How this node is reached from its parent (null for a root).</summary>
        public Step? Step { get; init; }

        /// <summary>For a sampled number, its index among the values; -1 for an object on the way.</summary>
        public int ValueIndex { get; init; } = -1;

        public List<Node> Children { get; } = [];
    }

    /// <summary>One key of a path: a property of a record, a key of a dictionary or an index of a list.</summary>
    private abstract class Step
    {
        /// <summary>Identifies the step within its parent (property name, dictionary key or index).</summary>
        public abstract string Key { get; }

        public abstract object? Get(object parent);

        public abstract void Set(object parent, object? value);

        /// <summary>The step for <paramref name="segment"/> in <paramref name="parent"/>, matched as the configuration binder matches it; null if there is none.</summary>
        public static Step? Resolve(object parent, string segment)
        {
            if (parent is IDictionary dictionary)
            {
                if (dictionary.Contains(segment))
                {
                    return new EntryStep(segment);
                }

                string? key = dictionary.Keys.OfType<string>().FirstOrDefault(k => string.Equals(k, segment, StringComparison.OrdinalIgnoreCase));
                return key is null ? null : new EntryStep(key);
            }

            if (parent is IList list)
            {
                return ScalarText.TryIndex(segment, out int index) && index < list.Count ? new IndexStep(index) : null;
            }

            PropertyInfo? property = parent.GetType()
                .GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .FirstOrDefault(p => p.GetIndexParameters().Length == 0 && p.SetMethod is not null
                    && string.Equals(p.Name, segment, StringComparison.OrdinalIgnoreCase));
            return property is null ? null : new PropertyStep(property);
        }
    }

    private sealed class PropertyStep(PropertyInfo property) : Step
    {
        public override string Key => property.Name;

        public override object? Get(object parent) => property.GetValue(parent);

        public override void Set(object parent, object? value) => property.SetValue(parent, value);
    }

    private sealed class EntryStep(string key) : Step
    {
        public override string Key => key;

        public override object? Get(object parent) => ((IDictionary)parent)[key];

        public override void Set(object parent, object? value) => ((IDictionary)parent)[key] = value;
    }

    private sealed class IndexStep(int index) : Step
    {
        public override string Key => index.ToString(System.Globalization.CultureInfo.InvariantCulture);

        public override object? Get(object parent) => ((IList)parent)[index];

        public override void Set(object parent, object? value) => ((IList)parent)[index] = value;
    }
}

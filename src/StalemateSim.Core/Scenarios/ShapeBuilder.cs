using System.Reflection;
using StalemateSim.Core.Scenarios.Spec;

namespace StalemateSim.Core.Scenarios;

/// <summary>
/// Derives <see cref="Shape"/>s from spec types by reflection, the single source of both the
/// validator and the JSON schema. Supported: records with a public parameterless constructor and
/// init properties; double, int, bool, enums and string (each optionally nullable); read-only lists
/// of those; dictionaries keyed by string. Anything else throws <see cref="NotSupportedException"/>
/// naming the property, so a rule spec with an unsupported type fails its first test.
/// </summary>
internal sealed class ShapeBuilder
{
    private static readonly Type[] ListTypes =
    [
        typeof(IReadOnlyList<>), typeof(IList<>), typeof(List<>), typeof(IReadOnlyCollection<>),
        typeof(ICollection<>), typeof(IEnumerable<>),
    ];

    private static readonly Type[] DictionaryTypes =
    [
        typeof(IReadOnlyDictionary<,>), typeof(IDictionary<,>), typeof(Dictionary<,>),
    ];

    private readonly Dictionary<Type, Shape> _shapes = [];
    private readonly NullabilityInfoContext _nullability = new();

    /// <summary>The shape of <paramref name="type"/> (cached per builder).</summary>
    public Shape For(Type type)
    {
        Type plain = System.Nullable.GetUnderlyingType(type) ?? type;
        if (_shapes.TryGetValue(plain, out Shape? known))
        {
            return known;
        }

        Shape shape = Create(plain);
        _shapes[plain] = shape;
        if (shape.Kind == ShapeKind.Record)
        {
            AddFields(shape);
        }

        return shape;
    }

    /// <summary>camelCase, as JSON names are written: <c>ArmedGroups</c> becomes <c>armedGroups</c>.</summary>
    public static string JsonName(string name) =>
        name.Length == 0 ? name : string.Concat(char.ToLowerInvariant(name[0]).ToString(), name.AsSpan(1));

    private Shape Create(Type type)
    {
        if (type == typeof(double))
        {
            return new Shape(ShapeKind.Number, type);
        }

        if (type == typeof(int))
        {
            return new Shape(ShapeKind.Integer, type);
        }

        if (type == typeof(bool))
        {
            return new Shape(ShapeKind.Boolean, type);
        }

        if (type == typeof(string))
        {
            return new Shape(ShapeKind.String, type);
        }

        if (type.IsEnum)
        {
            return new Shape(ShapeKind.Enum, type) { EnumNames = Enum.GetNames(type).Select(JsonName).ToArray() };
        }

        if (type.IsArray && type.GetArrayRank() == 1)
        {
            return new Shape(ShapeKind.List, type) { Element = For(type.GetElementType()!) };
        }

        if (type.IsGenericType)
        {
            Type definition = type.GetGenericTypeDefinition();
            Type[] arguments = type.GetGenericArguments();
            if (ListTypes.Contains(definition))
            {
                return new Shape(ShapeKind.List, type) { Element = For(arguments[0]) };
            }

            if (DictionaryTypes.Contains(definition) && arguments[0] == typeof(string))
            {
                return new Shape(ShapeKind.Dictionary, type) { Element = For(arguments[1]) };
            }
        }

        if (type.IsClass && !type.IsAbstract && type.GetConstructor(Type.EmptyTypes) is not null)
        {
            return new Shape(ShapeKind.Record, type) { Description = type.GetCustomAttribute<DescribeAttribute>()?.Text };
        }

        throw new NotSupportedException($"The type {type} cannot be read from a scenario.");
    }

    private void AddFields(Shape record)
    {
        var chain = new List<Type>();
        for (Type? t = record.Type; t is not null && t != typeof(object); t = t.BaseType)
        {
            chain.Insert(0, t);
        }

        foreach (Type type in chain)
        {
            IEnumerable<PropertyInfo> properties = type
                .GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(p => p.GetIndexParameters().Length == 0 && p.SetMethod is { IsPublic: true })
                .OrderBy(p => p.MetadataToken);
            foreach (PropertyInfo property in properties)
            {
                record.AddField(CreateField(property));
            }
        }
    }

    private FieldShape CreateField(PropertyInfo property)
    {
        Shape shape;
        try
        {
            shape = For(property.PropertyType);
        }
        catch (NotSupportedException e)
        {
            throw new NotSupportedException($"{property.DeclaringType?.Name}.{property.Name}: {e.Message}", e);
        }

        BetweenAttribute? between = property.GetCustomAttribute<BetweenAttribute>();
        bool nonNegative = property.GetCustomAttribute<NonNegativeAttribute>() is not null;
        double? min = between?.Min;
        if (nonNegative)
        {
            min = Math.Max(min ?? 0, 0);
        }

        RefersToAttribute? refersTo = property.GetCustomAttribute<RefersToAttribute>();
        bool monthInRun = property.GetCustomAttribute<MonthInRunAttribute>() is not null;
        bool nullable = property.PropertyType.IsValueType
            ? System.Nullable.GetUnderlyingType(property.PropertyType) is not null
            : _nullability.Create(property).WriteState == NullabilityState.Nullable;
        KeyKind keys = KeyKind.Free;
        if (shape.Kind == ShapeKind.Dictionary)
        {
            keys = shape.Element!.Kind == ShapeKind.Record ? KeyKind.Id
                : IsPolicySettings(property) ? KeyKind.PolicyName
                : refersTo is not null ? KeyKind.Reference
                : KeyKind.Free;
        }

        return new FieldShape
        {
            JsonName = JsonName(property.Name),
            Property = property,
            Shape = shape,
            Nullable = nullable,
            Required = property.GetCustomAttribute<RequiredKeyAttribute>() is not null,
            Min = min,
            Max = between?.Max,
            RefersTo = refersTo,
            Month = monthInRun || property.GetCustomAttribute<MonthAttribute>() is not null,
            MonthInRun = monthInRun,
            Description = property.GetCustomAttribute<DescribeAttribute>()?.Text,
            Keys = keys,
        };
    }

    /// <summary>The one dictionary keyed by policy setting names rather than ids.</summary>
    private static bool IsPolicySettings(PropertyInfo property) =>
        property.DeclaringType == typeof(EventSpec) && property.Name == nameof(EventSpec.Set);
}

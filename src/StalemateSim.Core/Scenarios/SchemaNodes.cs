using System.Text.Json.Nodes;

namespace StalemateSim.Core.Scenarios;

/// <summary>Turns shapes into JSON Schema nodes; records go to <c>$defs</c>, named by their camelCase type name.</summary>
internal sealed class SchemaNodes(SortedDictionary<string, JsonNode> defs, string policyPattern)
{
    private const string Defs = "#/$defs/";

    /// <summary>A <c>$ref</c> to the record's definition, written on first use.</summary>
    public string Reference(Shape record)
    {
        string name = ShapeBuilder.JsonName(record.Type.Name);
        if (!defs.ContainsKey(name))
        {
            defs[name] = new JsonObject();
            defs[name] = Record(record);
        }

        return Defs + name;
    }

    /// <summary>An object schema with one property per field and no others.</summary>
    public JsonObject Record(Shape record)
    {
        var node = new JsonObject();
        if (record.Description is not null)
        {
            node["description"] = record.Description;
        }

        node["type"] = "object";
        var properties = new JsonObject();
        foreach (FieldShape field in record.Fields)
        {
            properties[field.JsonName] = Field(field);
        }

        node["properties"] = properties;
        string[] required = record.Fields.Where(f => f.Required).Select(f => f.JsonName).ToArray();
        if (required.Length > 0)
        {
            node["required"] = new JsonArray(required.Select(r => (JsonNode)r).ToArray());
        }

        node["additionalProperties"] = false;
        return node;
    }

    private JsonObject Field(FieldShape field)
    {
        var node = new JsonObject();
        string? description = field.Description;
        if (field.RefersTo is not null)
        {
            string refers = field.Shape.Kind switch
            {
                ShapeKind.Dictionary => "Keys are ids in ",
                ShapeKind.List => "Ids in ",
                _ => "An id in ",
            };
            description = (description is null ? "" : description + " ") + refers + field.RefersTo.Collection + ".";
        }

        if (description is not null)
        {
            node["description"] = description;
        }

        foreach ((string key, JsonNode? value) in Value(field.Shape, field, isProperty: true).ToList())
        {
            node[key] = value?.DeepClone();
        }

        return node;
    }

    private JsonObject Value(Shape shape, FieldShape field, bool isProperty, bool isDictionaryValue = false)
    {
        bool nullable = isProperty && field.Nullable;
        switch (shape.Kind)
        {
            case ShapeKind.Record:
                return new JsonObject { ["$ref"] = Reference(shape) };
            case ShapeKind.Dictionary:
                var dictionary = new JsonObject { ["type"] = "object" };
                JsonObject? keys = field.Keys switch
                {
                    KeyKind.Id or KeyKind.Reference => new JsonObject { ["$ref"] = Defs + "id" },
                    KeyKind.PolicyName => new JsonObject { ["pattern"] = policyPattern },
                    _ => null,
                };
                if (keys is not null)
                {
                    dictionary["propertyNames"] = keys;
                }

                dictionary["additionalProperties"] = Value(shape.Element!, field, isProperty: false, isDictionaryValue: true);
                return dictionary;
            case ShapeKind.List:
                return new JsonObject { ["type"] = "array", ["items"] = Value(shape.Element!, field, isProperty: false) };
            case ShapeKind.Number:
                var number = new JsonObject { ["type"] = "number" };
                AddRange(number, field);
                var uncertain = new JsonObject { ["$ref"] = Defs + "uncertain" };
                if (field.Min is not null || field.Max is not null)
                {
                    var end = new JsonObject();
                    AddRange(end, field);
                    uncertain["properties"] = new JsonObject { ["low"] = end, ["high"] = end.DeepClone(), ["value"] = end.DeepClone() };
                }

                var anyOf = new JsonArray(number, uncertain);
                if (nullable)
                {
                    anyOf.Add(new JsonObject { ["type"] = "null" });
                }

                return new JsonObject { ["anyOf"] = anyOf };
            case ShapeKind.Integer:
                var integer = new JsonObject { ["type"] = TypeName("integer", nullable) };
                AddRange(integer, field);
                return integer;
            case ShapeKind.Boolean:
                return new JsonObject { ["type"] = TypeName("boolean", nullable) };
            case ShapeKind.Enum:
                var names = new JsonArray(shape.EnumNames.Select(n => (JsonNode)n).ToArray());
                if (nullable)
                {
                    names.Add(null);
                }

                return new JsonObject { ["type"] = TypeName("string", nullable), ["enum"] = names };
            default:
                return StringValue(field, nullable, isDictionaryValue);
        }
    }

    private static JsonObject StringValue(FieldShape field, bool nullable, bool isDictionaryValue)
    {
        if (field.Month)
        {
            return new JsonObject { ["type"] = TypeName("string", nullable), ["pattern"] = ScenarioIds.MonthPattern };
        }

        if (field.RefersTo is null || isDictionaryValue)
        {
            return new JsonObject { ["type"] = TypeName("string", nullable) };
        }

        var choices = new JsonArray(new JsonObject { ["$ref"] = Defs + "id" });
        if (field.RefersTo.AlsoAllowed.Count > 0)
        {
            choices.Add(new JsonObject { ["enum"] = new JsonArray(field.RefersTo.AlsoAllowed.Select(a => (JsonNode)a).ToArray()) });
        }

        if (nullable)
        {
            choices.Add(new JsonObject { ["type"] = "null" });
        }

        return choices.Count == 1 ? (JsonObject)choices[0]!.DeepClone() : new JsonObject { ["anyOf"] = choices };
    }

    private static JsonNode TypeName(string type, bool nullable) => nullable ? new JsonArray(type, "null") : JsonValue.Create(type);

    private static void AddRange(JsonObject node, FieldShape field)
    {
        if (field.Min is double min)
        {
            node["minimum"] = Number(min);
        }

        if (field.Max is double max)
        {
            node["maximum"] = Number(max);
        }
    }

    private static JsonValue Number(double value) =>
        value == Math.Floor(value) && Math.Abs(value) < 1e15 ? JsonValue.Create((long)value) : JsonValue.Create(value);
}

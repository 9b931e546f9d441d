namespace StalemateSim.Core.Scenarios;

/// <summary>
/// Checks one configuration value against what its property expects: parses as the type, lies in
/// the range, is an allowed enum name (any case), a yyyy-MM month within the run, an existing id.
/// </summary>
internal static class ScalarChecks
{
    /// <summary>A message saying what is wrong, or null. <c>checkReference</c> is false for dictionary values, whose keys carry the reference.</summary>
    public static string? Check(string value, Shape shape, FieldShape field, bool checkReference, ScenarioReferences references)
    {
        switch (shape.Kind)
        {
            case ShapeKind.Number:
                return !ScalarText.TryNumber(value, out double number) ? $"expected a number, found {ScalarText.Show(value)}"
                    : !field.InRange(number) ? $"{ScalarText.Format(number)} is out of range: expected a number {field.RangeText}"
                    : null;
            case ShapeKind.Integer:
                return !ScalarText.TryInteger(value, out int integer) ? $"expected a whole number, found {ScalarText.Show(value)}"
                    : !field.InRange(integer) ? $"{integer} is out of range: expected a whole number {field.RangeText}"
                    : null;
            case ShapeKind.Boolean:
                return bool.TryParse(value, out _) ? null : $"expected true or false, found {ScalarText.Show(value)}";
            case ShapeKind.Enum:
                return shape.EnumNames.Contains(value, StringComparer.OrdinalIgnoreCase)
                    ? null
                    : $"expected one of {string.Join(", ", shape.EnumNames)}; found {ScalarText.Show(value)}";
            default:
                if (field.Month && !ScenarioIds.IsMonth(value))
                {
                    return $"expected a month written yyyy-MM, found {ScalarText.Show(value)}";
                }

                if (field.MonthInRun)
                {
                    return references.CheckMonthInRun(value);
                }

                return checkReference && field.RefersTo is not null ? references.CheckReference(value, field.RefersTo) : null;
        }
    }
}

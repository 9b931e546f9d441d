namespace StalemateSim.Core.Scenarios;

/// <summary>
/// Reads a number given as a range, <c>{ "low": a, "high": b, "free": true, "value": v }</c>: both
/// ends are numbers within the property's range, low is not above high, a fitted value lies within
/// them, and no other keys are present.
/// </summary>
internal static class UncertainNumber
{
    /// <summary>The parameter, or null after reporting (layer, key path, message) for each problem.</summary>
    public static UncertainParameter? Read(KeyNode node, FieldShape field, string path, Action<int, string, string> report)
    {
        double? low = null;
        double? high = null;
        double? fitted = null;
        bool free = false;
        bool valid = true;
        foreach (KeyNode child in node.Children)
        {
            string childPath = path + ":" + child.Segment;
            string? value = child.HasChildren ? null : child.Value;
            switch (child.Segment)
            {
                case "low" or "high":
                    if (value is null || !ScalarText.TryNumber(value, out double end))
                    {
                        report(child.LastLayer, childPath, $"expected a number, found {(child.HasChildren ? "an object" : ScalarText.Show(value))}");
                        valid = false;
                    }
                    else if (!field.InRange(end))
                    {
                        report(child.EntryLayer, childPath, $"{ScalarText.Format(end)} is out of range: expected a number {field.RangeText}");
                        valid = false;
                    }
                    else if (child.Segment == "low")
                    {
                        low = end;
                    }
                    else
                    {
                        high = end;
                    }

                    break;
                case "value":
                    if (value is null || !ScalarText.TryNumber(value, out double v))
                    {
                        report(child.LastLayer, childPath, $"expected a number, found {(child.HasChildren ? "an object" : ScalarText.Show(value))}");
                        valid = false;
                    }
                    else
                    {
                        fitted = v;
                    }

                    break;
                case "free":
                    if (value is null || !bool.TryParse(value, out free))
                    {
                        report(child.LastLayer, childPath, $"expected true or false, found {ScalarText.Show(value)}");
                        valid = false;
                    }

                    break;
                default:
                    report(child.LastLayer, childPath, "unknown key in an uncertain number; expected low, high, and optionally free and value");
                    valid = false;
                    break;
            }
        }

        if (!valid)
        {
            return null;
        }

        if (low is not double l || high is not double h)
        {
            report(node.LastLayer, path, "expected a number, or an uncertain number { \"low\": a, \"high\": b } with both ends");
            return null;
        }

        if (l > h)
        {
            report(node.LastLayer, path, $"low ({ScalarText.Format(l)}) is above high ({ScalarText.Format(h)})");
            return null;
        }

        if (fitted is double f && (f < l || f > h))
        {
            report(node.LastLayer, path + ":value", $"{ScalarText.Format(f)} lies outside [low, high] = [{ScalarText.Format(l)}, {ScalarText.Format(h)}]");
            return null;
        }

        return new UncertainParameter(path, l, h, free, fitted);
    }
}

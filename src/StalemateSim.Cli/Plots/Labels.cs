using System.Globalization;
using System.Text;

namespace StalemateSim.Cli.Plots;

/// <summary>Readable names for the identifiers in the outputs.</summary>
internal static class Labels
{
    /// <summary>A kind of controller or armed group: "proGovernment" as "Pro-government".</summary>
    public static string Kind(string kind) => kind switch
    {
        "state" => "State",
        "separatist" => "Separatist",
        "jihadist" => "Jihadist",
        "proGovernment" => "Pro-government",
        "selfDefence" => "Self-defence",
        "none" => "No one",
        "foreign" => "Foreign forces",
        _ => Words(kind),
    };

    /// <summary>camelCase or kebab-case as words with a capital first letter: "jihadistHegemony" as "Jihadist hegemony".</summary>
    public static string Words(string id)
    {
        if (id.Length == 0)
        {
            return id;
        }

        var text = new StringBuilder(id.Length + 4);
        foreach (var c in id)
        {
            if (c is '-' or '_')
            {
                text.Append(' ');
            }
            else if (char.IsUpper(c) && text.Length > 0)
            {
                text.Append(' ').Append(char.ToLowerInvariant(c));
            }
            else
            {
                text.Append(c);
            }
        }

        text[0] = char.ToUpperInvariant(text[0]);
        return text.ToString();
    }

    /// <summary>"1,234" for counts and "0.42" style numbers, invariant culture.</summary>
    public static string Count(double value) =>
        double.IsFinite(value) ? value.ToString("N0", CultureInfo.InvariantCulture) : "–";
}

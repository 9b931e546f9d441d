using System.Text.RegularExpressions;

namespace StalemateSim.Core.Scenarios;

/// <summary>
/// The form of ids. Configuration keys are case-insensitive (<c>Kidal</c> and <c>kidal</c> would be
/// one actor), so ids are lower-case kebab-case.
/// </summary>
internal static partial class ScenarioIds
{
    public const string IdPattern = "^[a-z0-9]+(-[a-z0-9]+)*$";
    public const string MonthPattern = "^[0-9]{4}-(0[1-9]|1[0-2])$";
    public const string RuleNamePattern = "^[a-z][A-Za-z0-9]*$";

    public const string IdRuleText =
        "ids must be lower-case kebab-case (a-z, 0-9, single hyphens inside), because configuration keys ignore case";

    public static bool IsId(string text) => IdRegex().IsMatch(text);

    public static bool IsMonth(string text) => MonthRegex().IsMatch(text);

    public static bool IsRuleName(string text) => RuleNameRegex().IsMatch(text);

    /// <summary>A suggestion for a bad id: lower case, other characters as hyphens.</summary>
    public static string Suggest(string text)
    {
        string lower = NotIdCharacters().Replace(text.ToLowerInvariant(), "-").Trim('-');
        return Hyphens().Replace(lower, "-");
    }

    [GeneratedRegex(IdPattern, RegexOptions.CultureInvariant)]
    private static partial Regex IdRegex();

    [GeneratedRegex(MonthPattern, RegexOptions.CultureInvariant)]
    private static partial Regex MonthRegex();

    [GeneratedRegex(RuleNamePattern, RegexOptions.CultureInvariant)]
    private static partial Regex RuleNameRegex();

    [GeneratedRegex("[^a-z0-9]", RegexOptions.CultureInvariant)]
    private static partial Regex NotIdCharacters();

    [GeneratedRegex("-{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex Hyphens();
}

using System.Globalization;
using System.Text;

namespace StalemateSim.Core.Scenarios;

/// <summary>
/// One thing wrong with a scenario: the file that set the offending key (or <c>--set</c>), the
/// full key path (for example <c>armedGroups:mnla:leader</c>; empty for problems with a whole
/// file) and what was expected. Malformed JSON also gives the 1-based line and byte position.
/// </summary>
/// <param name="File">The file as it was named to the loader, <c>--set</c>, or null when no layer is to blame.</param>
/// <param name="KeyPath">The configuration key path with ':' separators, or empty.</param>
/// <param name="Message">What is wrong and what was expected.</param>
public sealed record ScenarioProblem(string? File, string KeyPath, string Message)
{
    /// <summary>1-based line of a JSON syntax error.</summary>
    public long? Line { get; init; }

    /// <summary>1-based byte position in <see cref="Line"/> of a JSON syntax error.</summary>
    public long? Position { get; init; }

    /// <summary>For example <c>scenarios/x.json: armedGroups:x:leader: 'nobody' is not an id in elites</c>.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        if (File is not null)
        {
            text.Append(File);
            if (Line is not null)
            {
                text.Append(CultureInfo.InvariantCulture, $":{Line}:{Position ?? 0}");
            }

            text.Append(": ");
        }

        if (KeyPath.Length > 0)
        {
            text.Append(KeyPath).Append(": ");
        }

        return text.Append(Message).ToString();
    }
}

using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using StalemateSim.Core.MonteCarlo;
using StalemateSim.Core.Scenarios;
using StalemateSim.Core.Scenarios.Spec;
using StalemateSim.Plotting;

namespace StalemateSim.Cli.Plots;

/// <summary>One scenario file named in the manifest, as found now.</summary>
/// <param name="Named">The path as the run named it.</param>
/// <param name="Found">Where it was found now, or null.</param>
/// <param name="Sha256">SHA-256 of its bytes now (lower-case hex), or null when not found.</param>
internal sealed record ScenarioFile(string Named, string? Found, string? Sha256);

/// <summary>
/// The scenario behind an ensemble, re-loaded from the files its manifest names when they still
/// exist: for the description, provenance notes and scheduled events. Paths are tried as given,
/// then relative to each folder above the output folder, then above the program (for runs
/// started from another folder; the manifest keeps the paths as they were typed).
/// </summary>
internal sealed class ScenarioContext
{
    /// <summary>At most this many events become markers, so that labels stay readable.</summary>
    public const int MaxMarkers = 8;

    /// <summary>A marker closer than this to one already chosen is left out: its label would crowd the other's.</summary>
    public const int MinMonthsApart = 4;

    private ScenarioContext(IReadOnlyList<ScenarioFile> files, ScenarioSpec? spec, string? contentHash, string? problem)
    {
        Files = files;
        Spec = spec;
        ContentHash = contentHash;
        Problem = problem;
    }

    public IReadOnlyList<ScenarioFile> Files { get; }

    /// <summary>The re-loaded scenario, or null when its files are gone or no longer load.</summary>
    public ScenarioSpec? Spec { get; }

    /// <summary>The content hash of the re-loaded scenario, or null.</summary>
    public string? ContentHash { get; }

    /// <summary>Why the scenario could not be re-loaded, or null.</summary>
    public string? Problem { get; }

    /// <summary>The files as they are now give the scenario the run used (same content hash).</summary>
    public bool Matches { get; private init; }

    /// <summary>Event ids in the order the files first list them (the author's order breaks ties between markers).</summary>
    private Dictionary<string, int> EventOrder { get; init; } = [];

    public static ScenarioContext Load(Manifest manifest, string folder)
    {
        var named = manifest.Scenario.Files;
        if (named.Count == 0)
        {
            return new ScenarioContext([], null, null, "the manifest names no scenario files");
        }

        var baseDir = Candidates(folder).FirstOrDefault(dir => named.All(f => File.Exists(Path.Combine(dir, f))));
        if (baseDir is null)
        {
            var files = named.Select(f => File.Exists(f) ? new ScenarioFile(f, Path.GetFullPath(f), Sha256(f)) : new ScenarioFile(f, null, null)).ToList();
            return new ScenarioContext(files, null, null, "the scenario files are no longer all there");
        }

        var found = named.Select(f => Path.GetFullPath(Path.Combine(baseDir, f))).ToList();
        var scenarioFiles = named.Zip(found, (n, f) => new ScenarioFile(n, f, Sha256(f))).ToList();
        LoadResult result = ScenarioLoader.Load(found, manifest.Scenario.Sets);
        if (result.Scenario is not { } scenario || !result.Ok)
        {
            var first = result.Problems.Count > 0 ? result.Problems[0].ToString() : "unknown problem";
            return new ScenarioContext(scenarioFiles, null, null, $"the scenario files no longer load ({first})");
        }

        return new ScenarioContext(scenarioFiles, scenario.Spec, scenario.ContentHash, null)
        {
            Matches = string.Equals(scenario.ContentHash, manifest.Scenario.ContentHash, StringComparison.OrdinalIgnoreCase),
            EventOrder = EventOrderIn(found),
        };
    }

    /// <summary>
    /// A handful of scheduled events worth marking on time charts: coups, accords, foreign
    /// deployments and withdrawals, when the re-loaded scenario is the one that was run. At most
    /// <see cref="MaxMarkers"/>, at least <see cref="MinMonthsApart"/> months apart, preferring
    /// coups, then accords, then deployments, then withdrawals, and within each the earlier event,
    /// then the one the scenario lists first.
    /// </summary>
    public IReadOnlyList<EventMarker> Markers()
    {
        if (Spec is null || !Matches)
        {
            return [];
        }

        var candidates = Spec.Events
            .Select(e => (Id: e.Key, Event: e.Value, Rank: Rank(e.Value.Type), Date: TryMonth(e.Value.At, out var date) ? date : (DateOnly?)null))
            .Where(e => e.Rank >= 0 && e.Date is not null)
            .OrderBy(e => e.Rank)
            .ThenBy(e => e.Date)
            .ThenBy(e => EventOrder.TryGetValue(e.Id, out var position) ? position : int.MaxValue)
            .ThenBy(e => e.Id, StringComparer.Ordinal);
        var chosen = new List<EventMarker>();
        foreach (var (id, spec, _, date) in candidates)
        {
            if (chosen.Count < MaxMarkers && chosen.All(m => Math.Abs(MonthsBetween(m.Date, date!.Value)) >= MinMonthsApart))
            {
                chosen.Add(new EventMarker(date!.Value, Label(id, spec)));
            }
        }

        return [.. chosen.OrderBy(m => m.Date)];
    }

    /// <summary>The ids of the <c>events</c> objects of the files, in the order they first appear.</summary>
    private static Dictionary<string, int> EventOrderIn(IEnumerable<string> files)
    {
        var order = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in files)
        {
            try
            {
                using var document = JsonDocument.Parse(File.ReadAllText(file), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
                if (document.RootElement.ValueKind == JsonValueKind.Object
                    && document.RootElement.TryGetProperty("events", out var events) && events.ValueKind == JsonValueKind.Object)
                {
                    foreach (var e in events.EnumerateObject())
                    {
                        order.TryAdd(e.Name, order.Count);
                    }
                }
            }
            catch (Exception e) when (e is JsonException or IOException)
            {
                // The loader read these files a moment ago; without an order, ids break ties.
            }
        }

        return order;
    }

    private static int MonthsBetween(DateOnly a, DateOnly b) => ((b.Year - a.Year) * 12) + b.Month - a.Month;

    private static int Rank(EventType type) => type switch
    {
        EventType.Coup => 0,
        EventType.Accord => 1,
        EventType.ForeignDeploy => 2,
        EventType.ForeignWithdraw => 3,
        _ => -1,
    };

    private static string Label(string id, EventSpec e)
    {
        if (!string.IsNullOrWhiteSpace(e.Name))
        {
            return e.Name.Trim();
        }

        return Labels.Words(id);
    }

    private static bool TryMonth(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    private static IEnumerable<string> Candidates(string folder)
    {
        yield return Directory.GetCurrentDirectory();
        for (var dir = new DirectoryInfo(Path.GetFullPath(folder)); dir is not null; dir = dir.Parent)
        {
            yield return dir.FullName;
        }

        // From a source tree, the program sits under the repository that holds scenarios/.
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            yield return dir.FullName;
        }
    }

    private static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}

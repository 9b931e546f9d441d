namespace StalemateSim.Core.Model;

/// <summary>
/// Who formed, split, allied, merged or was destroyed, and when. Entries are structs in a list
/// with reserved capacity, so logging does not allocate in normal runs. Meaning of A, B, C:
/// Splinter (new group, parent, wing elite); MilitiaFormed (group, community, -); Merger
/// (absorbed, absorber, -); AllianceFormed/Broken (a, b, -); BlocFormed/Dissolved (bloc, members, -);
/// GroupDestroyed (group, -, -); ControlChanged (place, old owner, new owner); AccordSigned /
/// AccordWithdrawn / Spoiler (group, -, -); Coup (-, -, -); Assassination (elite, group, -);
/// Partnership (foreign force, group, -); ScheduledEvent (event index, -, -); CommanderRose (elite, group, -).
/// </summary>
public sealed class EventLog
{
    private readonly List<LogEntry> _entries;

    public EventLog(int capacity) => _entries = new List<LogEntry>(capacity);

    public IReadOnlyList<LogEntry> Entries => _entries;

    /// <summary>Whether capital and district control changes are logged (village changes never are).</summary>
    public bool LogTownControl { get; set; } = true;

    public void Add(int tick, LogKind kind, int a = -1, int b = -1, int c = -1) =>
        _entries.Add(new LogEntry(tick, kind, a, b, c));
}

namespace StalemateSim.Core.Model;

/// <summary>One entry in the event log. A, B and C are indices whose meaning depends on the kind (see <see cref="EventLog"/>).</summary>
public readonly record struct LogEntry(int Tick, LogKind Kind, int A, int B, int C);

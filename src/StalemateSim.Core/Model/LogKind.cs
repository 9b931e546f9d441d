namespace StalemateSim.Core.Model;

/// <summary>Kinds of entries in the event log.</summary>
public enum LogKind : byte
{
    ScheduledEvent,
    Splinter,
    MilitiaFormed,
    Merger,
    AllianceFormed,
    AllianceBroken,
    BlocFormed,
    BlocDissolved,
    GroupDestroyed,
    ControlChanged,
    AccordSigned,
    AccordWithdrawn,
    Spoiler,
    Coup,
    Assassination,
    Partnership,
    CommanderRose,
}

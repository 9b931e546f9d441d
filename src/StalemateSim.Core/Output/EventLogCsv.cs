using StalemateSim.Core.Model;

namespace StalemateSim.Core.Output;

/// <summary>One run's event log: who formed, split, allied, merged, signed or was destroyed, and when.</summary>
public static class EventLogCsv
{
    public static void Write(TextWriter writer, World world)
    {
        writer.WriteLine("tick,date,event,subject,other,detail");
        foreach (LogEntry e in world.Log.Entries)
        {
            (string subject, string other, string detail) = Describe(world, e);
            writer.Write(e.Tick);
            writer.Write(',');
            writer.Write(CsvText.Month(world.DateOf(e.Tick)));
            writer.Write(',');
            writer.Write(Name(e.Kind));
            writer.Write(',');
            writer.Write(CsvText.Cell(subject));
            writer.Write(',');
            writer.Write(CsvText.Cell(other));
            writer.Write(',');
            writer.WriteLine(CsvText.Cell(detail));
        }
    }

    /// <summary>The lower camel-case name of an entry kind.</summary>
    public static string Name(LogKind kind)
    {
        string text = kind.ToString();
        return char.ToLowerInvariant(text[0]) + text[1..];
    }

    /// <summary>Readable subject, other party and detail of an entry.</summary>
    public static (string Subject, string Other, string Detail) Describe(World w, LogEntry e) => e.Kind switch
    {
        LogKind.ScheduledEvent => (w.Events[e.A].Id, "", w.Events[e.A].Type.ToString()),
        LogKind.Splinter => (w.GroupName(e.A), w.GroupName(e.B), "led by " + w.EliteName(e.C)),
        LogKind.MilitiaFormed => (w.GroupName(e.A), e.B >= 0 ? w.Communities.Ids[e.B] : "", "self-defence militia"),
        LogKind.Merger => (w.GroupName(e.A), w.GroupName(e.B), "absorbed into " + w.GroupName(e.B)),
        LogKind.AllianceFormed or LogKind.AllianceBroken => (w.GroupName(e.A), w.GroupName(e.B), ""),
        LogKind.BlocFormed or LogKind.BlocDissolved => (w.GroupName(e.A), "", e.B >= 0 ? $"{e.B} members" : ""),
        LogKind.GroupDestroyed or LogKind.AccordSigned or LogKind.AccordWithdrawn or LogKind.Spoiler => (w.GroupName(e.A), "", ""),
        LogKind.ControlChanged => (PlaceName(w, e.A), w.GroupName(e.B), "now held by " + w.GroupName(e.C)),
        LogKind.Coup => ("state", "", ""),
        LogKind.Assassination => (w.EliteName(e.A), e.B >= 0 ? w.GroupName(e.B) : "", ""),
        LogKind.Partnership => (w.Foreign.Ids[e.A], w.GroupName(e.B), ""),
        LogKind.CommanderRose => (w.EliteName(e.A), w.GroupName(e.B), ""),
        _ => ("", "", ""),
    };

    private static string PlaceName(World w, int place)
    {
        string region = w.Regions.Ids[w.Places.Region[place]];
        return w.Places.Level[place] switch
        {
            PlaceLevel.Capital => region + " (capital)",
            PlaceLevel.District => region + " (districts)",
            _ => region + " (village " + place + ")",
        };
    }
}

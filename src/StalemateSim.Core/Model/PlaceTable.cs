namespace StalemateSim.Core.Model;

/// <summary>
/// Places: each region's capital and district centres, and every village. Population is accounted
/// for per place: <c>Residents + Idps + Refugees + Dead == Initial</c> at all times.
/// </summary>
public sealed class PlaceTable
{
    public PlaceTable(int count)
    {
        Count = count;
        Region = new int[count];
        Level = new PlaceLevel[count];
        Community = new int[count];
        Initial = new double[count];
        Residents = new double[count];
        Idps = new double[count];
        Refugees = new double[count];
        Dead = new double[count];
        Owner = new int[count];
        OwnerSince = new int[count];
        Violence = new double[count];
        Threshold = new double[count];
        Resentment = new double[count];
        ResentedOwner = new int[count];
        ResentedOwner.AsSpan().Fill(Owners.None);
    }

    public int Count { get; }

    public readonly int[] Region;

    public readonly PlaceLevel[] Level;

    /// <summary>The community of a village; -1 for capitals and district centres.</summary>
    public readonly int[] Community;

    public readonly double[] Initial;

    public readonly double[] Residents;

    public readonly double[] Idps;

    public readonly double[] Refugees;

    public readonly double[] Dead;

    /// <summary>An armed group index, <see cref="Owners.State"/> or <see cref="Owners.None"/>.</summary>
    public readonly int[] Owner;

    public readonly int[] OwnerSince;

    /// <summary>Recent violence: deaths per thousand residents, smoothed over a few months.</summary>
    public readonly double[] Violence;

    /// <summary>The village's joining threshold (Epstein-style), drawn around its community's mean.</summary>
    public readonly double[] Threshold;

    /// <summary>
    /// The residents' resentment (0..1) of the group that preys on them, <see cref="ResentedOwner"/>;
    /// it counts only while that group still holds the place (see <see cref="HolderResentment"/>).
    /// </summary>
    public readonly double[] Resentment;

    /// <summary>The holder <see cref="Resentment"/> refers to, or <see cref="Owners.None"/>.</summary>
    public readonly int[] ResentedOwner;

    /// <summary>The residents' resentment of the place's current holder: 0 if it changed hands since.</summary>
    public double HolderResentment(int place) => ResentedOwner[place] == Owner[place] ? Resentment[place] : 0;
}

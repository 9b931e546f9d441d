namespace StalemateSim.Core.Scenarios.Spec;

/// <summary>A region: a regional capital, its district centres and the villages of its communities.</summary>
public sealed record RegionSpec
{
    public string? Name { get; init; }

    [RequiredKey, Describe("A zone tag used to group regions in metrics, e.g. north, centre, south.")]
    public string Zone { get; init; } = "";

    [RefersTo("regions"), Describe("Ids of neighbouring regions (groups move between neighbours).")]
    public IReadOnlyList<string> Neighbours { get; init; } = [];

    [NonNegative, Describe("People living in the regional capital town.")]
    public double CapitalPopulation { get; init; }

    [NonNegative, Describe("People living in the district centres (taken together).")]
    public double DistrictPopulation { get; init; }

    [Between(0, 1), Describe("Pressure on land and water (drought, farmer-herder competition).")]
    public double ResourcePressure { get; init; }

    [Between(0, 1), Describe("Initial presence of state administration and army, before level factors.")]
    public double StateReach { get; init; } = 0.8;

    [Describe("True for the national capital (its loss to an armed group means state collapse).")]
    public bool NationalCapital { get; init; }

    [Between(0, 1), Describe("Access to trafficking routes: income for groups holding its towns.")]
    public double Trafficking { get; init; }

    [Describe("Where the numbers come from (seeds ids, or 'calibrated: how').")]
    public string? Source { get; init; }
}

namespace StalemateSim.Core.Scenarios.Spec;

/// <summary>A foreign force. It is absent until a foreignDeploy event brings it in.</summary>
public sealed record ForeignForceSpec
{
    public string? Name { get; init; }

    [RequiredKey]
    public ForeignPosture Posture { get; init; }

    [NonNegative, Describe("Troops when deployed (an event may set another number).")]
    public double Troops { get; init; }

    [Between(0, 1), Describe("Counter-terrorism effect per thousand troops a month against held territory.")]
    public double CtEffect { get; init; } = 0.1;

    [Between(0, 1), Describe("How strongly its presence draws attacks.")]
    public double Attraction { get; init; } = 0.5;

    [Between(0, 1), Describe("Willingness to partner with and fund pro-government militias.")]
    public double MilitiaSupport { get; init; }

    [Between(0, 1), Describe("Rate of abuses against civilians during its operations.")]
    public double Abuse { get; init; }

    [RefersTo("regions"), Describe("Where it deploys, by region id (weights, normalised).")]
    public IReadOnlyDictionary<string, double> Deployment { get; init; } = new Dictionary<string, double>();

    public string? Source { get; init; }
}

namespace StalemateSim.Core.Scenarios.Spec;

/// <summary>A scheduled exogenous event: a coup, a foreign deployment, an accord, a policy change, a drought.</summary>
public sealed record EventSpec
{
    public string? Name { get; init; }

    [RequiredKey, MonthInRun]
    public string At { get; init; } = "";

    [RequiredKey]
    public EventType Type { get; init; }

    [RefersTo("foreignForces"), Describe("The foreign force (foreignDeploy, foreignStrength, foreignWithdraw).")]
    public string? Force { get; init; }

    [NonNegative, Describe("Troops (foreignDeploy, foreignStrength).")]
    public double? Troops { get; init; }

    [RefersTo("regions"), Describe("Regions affected (drought; foreignDeploy overrides the force's deployment).")]
    public IReadOnlyList<string> Regions { get; init; } = [];

    [Between(0, 1), Describe("Severity (coup: share of army cohesion and northern command lost; drought).")]
    public double Severity { get; init; } = 0.5;

    [Between(0, 600), Describe("Duration in months (drought, ceasefire).")]
    public int Months { get; init; } = 12;

    [Describe("Accord: whether armed groups formed after signing also gain seats.")]
    public bool? Inclusive { get; init; }

    [NonNegative, Describe("Accord: value of a seat to a signatory, thousand USD a month in rents.")]
    public double? SeatValue { get; init; }

    [Describe("Policy: named settings and their new values (see README, 'Policy settings').")]
    public IReadOnlyDictionary<string, double> Set { get; init; } = new Dictionary<string, double>();

    public string? Source { get; init; }
}

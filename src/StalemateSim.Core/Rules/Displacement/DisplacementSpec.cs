using StalemateSim.Core.Scenarios.Spec;

namespace StalemateSim.Core.Rules.Displacement;

/// <summary>Parameters of the displacement rule: flight from violence, fear and drought, and slow return (digest 3.9 HU2, HU4, HU12; 7.2.11).</summary>
public sealed record DisplacementSpec : RuleSpec
{
    [NonNegative, Describe("Flight hazard per unit of recent violence (civilian deaths per thousand residents, smoothed), per month. Share fleeing = 1 − exp(−hazard).")]
    public double ViolenceFlight { get; init; } = 0.15;

    [NonNegative, Describe("Flight hazard per unit of a village community's fear above fearThreshold, per month.")]
    public double FearFlight { get; init; } = 0.05;

    [Between(0, 1), Describe("Fear below which no one leaves for fear alone.")]
    public double FearThreshold { get; init; } = 0.3;

    [NonNegative, Describe("Flight hazard from villages per unit of drought severity, per month (HU2).")]
    public double DroughtFlight { get; init; } = 0.02;

    [Between(0, 1), Describe("Share of displaced people (IDPs) who return home each month where there is no recent violence (7.2.11: IDPs fell from ~353k to ~129k in the year to Jul 2014).")]
    public double IdpReturn { get; init; } = 0.07;

    [Between(0, 1), Describe("Share of refugees who return each month where there is no recent violence; slower than IDPs (7.2.11: refugees stayed at 140-183k, 2013-2016).")]
    public double RefugeeReturn { get; init; } = 0.02;

    [NonNegative, Describe("How recent violence holds returns back: return rates are multiplied by exp(−returnDamping × violence) (HU4).")]
    public double ReturnDamping { get; init; } = 1;

    [NonNegative, Describe("How far fighting anywhere in the region holds returns back: returns are × exp(−regionReturnDamping × this month's deaths in the region per thousand of its residents) (HU4: new violence holds returns back; May 2014). 0: off.")]
    public double RegionReturnDamping { get; init; }

    [Between(0, 1), Describe("Share of a place's recent violence remembered from one month to the next.")]
    public double ViolenceMemory { get; init; } = 0.7;

    [Between(0, 1), Describe("Share of those who flee who cross a border as refugees, for zones not listed in refugeeShare (6.3: ~170k refugees against ~260k IDPs, early 2013).")]
    public double DefaultRefugeeShare { get; init; } = 0.4;

    [Describe("Share of those who flee who cross a border as refugees, by zone name, in [0,1]; other zones use defaultRefugeeShare.")]
    public IReadOnlyDictionary<string, double> RefugeeShare { get; init; } = new Dictionary<string, double>();

    [Between(0, 1), Describe("Monthly flight hazard when an armed group the residents have no kin ties to takes their place (digest 3.10 JG4, JG5: harsh rule and predation; 3.9 HU4), fading with the months it has held it; returns are held back while it holds it. 0 turns this off.")]
    public double OccupationFlight { get; init; }

    [NonNegative, Describe("Occupation flight from a town (regional capital or district centre) as a multiple of a village's: harsh rule, looting and abuse fell hardest on the occupied towns (JG4, JG5; 6.3: the 2012 exodus from the northern towns). 1: towns like villages.")]
    public double TownOccupationFactor { get; init; } = 1;

    [Between(0.1, 600), Describe("Months over which the flight set off by a takeover fades (e-folding time).")]
    public double OccupationMemory { get; init; } = 6;

    [Between(0, 1), Describe("How far rule by an armed group the residents have no kin ties to holds returns back for as long as it lasts: returns are × (1 − occupationReturnBlock × (1 − kin)) (HU4: continued insecurity makes displacement long and returns slow). 0: only the fading occupation term.")]
    public double OccupationReturnBlock { get; init; }

    [NonNegative, Describe("Flight from fighting nearby: the hazard rises by combatFlight × this month's deaths in the region (combatants and civilians, as far as rules before this one booked them) per thousand of its residents (HU4: violence displaces people beyond the places it strikes). 0: off.")]
    public double CombatFlight { get; init; }
}

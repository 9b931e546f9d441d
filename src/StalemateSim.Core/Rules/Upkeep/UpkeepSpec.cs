using StalemateSim.Core.Scenarios.Spec;

namespace StalemateSim.Core.Rules.Upkeep;

/// <summary>Parameters of the upkeep rule: where armed groups' money comes from and what unpaid fighters do (digest 3.3 RC12, RC13; 3.10 JG2).</summary>
public sealed record UpkeepSpec : RuleSpec
{
    [NonNegative, Describe("Trafficking income of a group for each town (regional capital or district centres) it holds, at full trafficking access of the town's region, thousand USD a month (RC12, RC13). Calibrated guess.")]
    public double TraffickingIncome { get; init; } = 150;

    [NonNegative, Describe("Zakat a jihadist group collects per thousand residents of the villages it holds, thousand USD a month (JG2). Calibrated guess: about 50 US cents a person a month.")]
    public double ZakatPerThousand { get; init; } = 0.5;

    [Between(0, 1), Describe("Share of the jihadist zakat rate that other kinds of group raise as taxes from the villages they hold.")]
    public double TaxShare { get; init; } = 0.3;

    [NonNegative, Describe("Ransoms a jihadist group collects, on average, per month (Poisson mean; RC13). Calibrated guess.")]
    public double RansomRate { get; init; } = 0.03;

    [NonNegative, Describe("Value of one ransom, thousand USD.")]
    public double RansomValue { get; init; } = 2_000;

    [NonNegative, Describe("Monthly pay and keep of one fighter, thousand USD (0.1 = 100 USD).")]
    public double Wage { get; init; } = 0.1;

    [Between(0, 1), Describe("Share of unpaid fighters who desert each month.")]
    public double DesertionRate { get; init; } = 0.3;

    [Between(0, 1), Describe("Cohesion lost in a month when no fighter is paid (scaled by the unpaid share).")]
    public double UnpaidCohesionLoss { get; init; } = 0.1;

    [Between(0, 1), Describe("Share of the gap to its target cohesion a fully paid group closes each month.")]
    public double CohesionRecovery { get; init; } = 0.02;

    [Between(0, 1), Describe("How much size strains cohesion: a paid group's target cohesion is 1 - sizeStrain * log10(fighters / 100).")]
    public double SizeStrain { get; init; } = 0.1;

    [NonNegative, Describe("Fighters of a group's own community who stay when unpaid: desertion spares up to kinCore × the group's strongest kin tie to any community (SP9: splinters inherit a regional base; RC17: militias grow from community institutions; 7.2.7: clashes mark zones rather than end rivals). 0 turns it off.")]
    public double KinCore { get; init; }

    [NonNegative, Describe("A group with fewer fighters than this dissolves.")]
    public double MinFighters { get; init; } = 20;
}

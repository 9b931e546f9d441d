using StalemateSim.Core.Scenarios.Spec;

namespace StalemateSim.Core.Rules.Splinter;

/// <summary>Parameters of the splinter rule: wings leaving their groups, and commanders rising (digest 3.1 SP1–SP13).</summary>
public sealed record SplinterSpec : RuleSpec
{
    [Between(0, 10), Describe("Base hazard a month, times (1 - cohesion)^2 × (0.5 + ambition) (SP3: weak groups cannot hold their dissidents).")]
    public double Base { get; init; } = 0.05;

    [Between(0, 10), Describe("Hazard a month for an ambitious wing (ambition 1) when an inclusive open accord offers a seat worth seatScale (SP1, SP2).")]
    public double SeatPull { get; init; } = 0.01;

    [Between(1, 1_000_000), Describe("Seat value, thousand USD a month, at which the seat pull equals seatPull × ambition.")]
    public double SeatScale { get; init; } = 100;

    [Between(0, 10), Describe("Hazard a month for a state-leaning wing of a group at war with the state while the state funds militias, times the funding multiplier (SP10: a rival patron fosters splits).")]
    public double PatronPull { get; init; } = 0.01;

    [Between(0, 10), Describe("Hazard a month per unit of rivalry between the wing's elite and the group's leader (SP5, SP11).")]
    public double RivalryPull { get; init; } = 0.01;

    [Between(0, 10), Describe("Hazard a month while an accord is open (SP4: talks split rebels along clan lines).")]
    public double NegotiationPull { get; init; } = 0.003;

    [Between(0, 10), Describe("Hazard a month for a non-jihadist wing of a jihadist or jihadist-allied group where a counter-terror force operates (SP7).")]
    public double DesignationPull { get; init; } = 0.05;

    [Between(0, 10), Describe("Hazard a month per unit of difference in islamism between the wing's elite and the group (SP5: splinters take a new ideology).")]
    public double IdeologyPull { get; init; } = 0.01;

    [Between(0, 1), Describe("Multiplier on the whole hazard of a jihadist wing (its elite jihadist) leaving a jihadist group (SP14: jihadist groups tend to merge while secular ones keep splitting). 1: no difference.")]
    public double JihadistRestraint { get; init; } = 1;

    [Between(0, 1), Describe("Islamism at or above which an elite, and a splinter he leads, counts as jihadist.")]
    public double JihadistAt { get; init; } = 0.5;

    [NonNegative, Describe("Fewest fighters a wing must carry away for a split to happen.")]
    public double MinFighters { get; init; } = 20;

    [Between(0, 1), Describe("Largest share of the parent's fighters a splinter can take.")]
    public double MaxShare { get; init; } = 0.9;

    [Between(0, 1), Describe("Share of the splinter's presence moved to its community's region (SP9: splits follow geography).")]
    public double HomeShift { get; init; } = 0.5;

    [Between(0, 1), Describe("Cohesion of a new splinter.")]
    public double SplinterCohesion { get; init; } = 0.8;

    [Between(0, 1), Describe("Rivalry between the splinter's leader and the parent's leader at least this high after a split (SP5, SP11: defectors and those they leave accuse each other).")]
    public double SplitRivalry { get; init; } = 0.5;

    [Between(0, 1), Describe("Share of the parent's kin tie to the wing's community lost with the split.")]
    public double ParentKinLoss { get; init; } = 0.5;

    [Between(0, 10), Describe("New commanders a month per thousand fighters of a large group.")]
    public double CommanderRate { get; init; } = 0.02;

    [NonNegative, Describe("Fewest fighters for a group to raise commanders.")]
    public double CommanderMinFighters { get; init; } = 500;

    [Between(0, 64), Describe("Most active wings a group can hold.")]
    public int MaxWings { get; init; } = 3;

    [Between(0, 1), Describe("Share of the group's fighters a new commander's wing holds (taken from the leader's own core).")]
    public double CommanderShare { get; init; } = 0.1;

    [Between(0, 1), Describe("Spread (standard deviation) of a new commander's ambition and islamism around the group's.")]
    public double CommanderSpread { get; init; } = 0.15;

    [Between(0, 2), Describe("Spread (standard deviation) of a new commander's stance toward the state around the group's.")]
    public double CommanderStanceSpread { get; init; } = 0.3;

    [Between(0, 1), Describe("Largest rivalry between a new commander and his leader (drawn uniformly below it).")]
    public double CommanderRivalry { get; init; } = 0.3;

    [Between(0, 1), Describe("Prestige of a new commander.")]
    public double CommanderPrestige { get; init; } = 0.3;

    [NonNegative, Describe("State funding of a splinter that turns pro-government, per fighter it takes away, thousand USD a month before the state's militia-funding multiplier (SP10: the state-backed patron takes the defectors in; ST2, RC12). 0: none.")]
    public double StateBacking { get; init; }
}

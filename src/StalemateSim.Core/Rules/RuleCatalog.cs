using StalemateSim.Core.Rules.Abuses;
using StalemateSim.Core.Rules.Accords;
using StalemateSim.Core.Rules.Alliances;
using StalemateSim.Core.Rules.Clashes;
using StalemateSim.Core.Rules.Displacement;
using StalemateSim.Core.Rules.EliteRents;
using StalemateSim.Core.Rules.Events;
using StalemateSim.Core.Rules.ForeignForces;
using StalemateSim.Core.Rules.Intercommunal;
using StalemateSim.Core.Rules.Militias;
using StalemateSim.Core.Rules.Movement;
using StalemateSim.Core.Rules.Predation;
using StalemateSim.Core.Rules.Recruitment;
using StalemateSim.Core.Rules.Splinter;
using StalemateSim.Core.Rules.State;
using StalemateSim.Core.Rules.Territory;
using StalemateSim.Core.Rules.Upkeep;

namespace StalemateSim.Core.Rules;

/// <summary>
/// Every rule the engine knows, by its JSON name. A scenario turns rules on in its <c>rules</c>
/// section; a rule it does not name does not run. The default order is the order of a month:
/// scheduled events, then the state and foreign forces act, money flows, people join, groups
/// ally and fight, territory shifts, groups split and form, communities react.
/// </summary>
public static class RuleCatalog
{
    private static readonly RuleDescriptor[] Descriptors =
    [
        new(EventsRule.RuleName, typeof(EventsSpec), 10, "Scheduled exogenous history: coups, foreign forces, accords, policies, droughts.", (s, _) => new EventsRule((EventsSpec)s)),
        new(StateRule.RuleName, typeof(StateRuleSpec), 20, "The state: budget rising with threat, army, deployment and withdrawal, defeats and coups.", (s, _) => new StateRule((StateRuleSpec)s)),
        new(ForeignForcesRule.RuleName, typeof(ForeignForcesSpec), 30, "Foreign forces: counter-terrorism against held territory, attacks on foreign troops, militia partnerships.", (s, _) => new ForeignForcesRule((ForeignForcesSpec)s)),
        new(UpkeepRule.RuleName, typeof(UpkeepSpec), 40, "Income, pay and desertion: funding, trafficking, zakat and ransoms pay fighters; unpaid fighters desert.", (s, w) => new UpkeepRule((UpkeepSpec)s, w)),
        new(RecruitmentRule.RuleName, typeof(RecruitmentSpec), 50, "Who joins whom: each village's youth weigh grievance, fear, kin, ideology, pay and coercion against risk.", (s, w) => new RecruitmentRule((RecruitmentSpec)s, w)),
        new(AlliancesRule.RuleName, typeof(AlliancesSpec), 60, "Affinity, alliances with hysteresis, hostility, umbrella blocs and jihadist mergers.", (s, w) => new AlliancesRule((AlliancesSpec)s, w)),
        new(ClashesRule.RuleName, typeof(ClashesSpec), 70, "Clashes between hostile actors that meet: attrition, civilian victims, the loser falls back.", (s, w) => new ClashesRule((ClashesSpec)s, w)),
        new(AbusesRule.RuleName, typeof(AbusesSpec), 80, "State conduct: abuses against profiled communities, impunity, governance reform and autonomy.", (s, w) => new AbusesRule((AbusesSpec)s, w)),
        new(PredationRule.RuleName, typeof(PredationSpec), 85, "Predation by the holders of places: opportunistic or harsh rule kills civilians and breeds resentment that rivals exploit.", (s, w) => new PredationRule((PredationSpec)s, w)),
        new(TerritoryRule.RuleName, typeof(TerritorySpec), 90, "Who holds each capital, district centre and village; state reach.", (s, w) => new TerritoryRule((TerritorySpec)s, w)),
        new(MovementRule.RuleName, typeof(MovementSpec), 95, "Groups move between neighbouring regions: pushed by enemies, drawn by kin, grievance and weak state presence.", (s, w) => new MovementRule((MovementSpec)s, w)),
        new(SplinterRule.RuleName, typeof(SplinterSpec), 100, "Wings leave to found splinter groups; large groups raise new commanders.", (s, w) => new SplinterRule((SplinterSpec)s, w)),
        new(MilitiasRule.RuleName, typeof(MilitiasSpec), 110, "Frightened communities with a base for self-defence raise militias, funded by the state unless profiled.", (s, _) => new MilitiasRule((MilitiasSpec)s)),
        new(EliteRentsRule.RuleName, typeof(EliteRentsSpec), 115, "Leaders' brokerage rents, rare assassinations of top leaders, jihadist killings of village heads.", (s, w) => new EliteRentsRule((EliteRentsSpec)s, w)),
        new(IntercommunalRule.RuleName, typeof(IntercommunalSpec), 120, "Cycles of cross-victimisation: raids by groups rooted in hostile communities, fear and hostility from victims, land and drought pressure.", (s, w) => new IntercommunalRule((IntercommunalSpec)s, w)),
        new(DisplacementRule.RuleName, typeof(DisplacementSpec), 130, "Flight from violence, fear and drought; IDPs return faster than refugees once violence subsides.", (s, w) => new DisplacementRule((DisplacementSpec)s, w)),
        new(AccordsRule.RuleName, typeof(AccordsSpec), 150, "Accord signing, seats, spoilers, implementation held back by rents, withdrawals; autonomy bargains.", (s, _) => new AccordsRule((AccordsSpec)s)),
    ];

    /// <summary>All rules, in default order.</summary>
    public static IReadOnlyList<RuleDescriptor> All => Descriptors;

    /// <summary>Finds a rule by its JSON name (exact, case-sensitive).</summary>
    public static RuleDescriptor? Find(string name)
    {
        foreach (RuleDescriptor d in Descriptors)
        {
            if (string.Equals(d.Name, name, StringComparison.Ordinal))
            {
                return d;
            }
        }

        return null;
    }
}

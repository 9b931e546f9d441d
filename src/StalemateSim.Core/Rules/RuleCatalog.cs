using StalemateSim.Core.Rules.Displacement;
using StalemateSim.Core.Rules.Events;
using StalemateSim.Core.Rules.Militias;
using StalemateSim.Core.Rules.Recruitment;
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
        new(UpkeepRule.RuleName, typeof(UpkeepSpec), 40, "Income, pay and desertion: funding, trafficking, zakat and ransoms pay fighters; unpaid fighters desert.", (s, w) => new UpkeepRule((UpkeepSpec)s, w)),
        new(RecruitmentRule.RuleName, typeof(RecruitmentSpec), 50, "Who joins whom: each village's youth weigh grievance, fear, kin, ideology, pay and coercion against risk.", (s, w) => new RecruitmentRule((RecruitmentSpec)s, w)),
        new(MilitiasRule.RuleName, typeof(MilitiasSpec), 110, "Frightened communities with a base for self-defence raise militias, funded by the state unless profiled.", (s, _) => new MilitiasRule((MilitiasSpec)s)),
        new(DisplacementRule.RuleName, typeof(DisplacementSpec), 130, "Flight from violence, fear and drought; IDPs return faster than refugees once violence subsides.", (s, w) => new DisplacementRule((DisplacementSpec)s, w)),
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

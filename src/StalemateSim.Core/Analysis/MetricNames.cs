using StalemateSim.Core.Model;

namespace StalemateSim.Core.Analysis;

/// <summary>
/// The metric vocabulary (also documented in seeds/README.md and README.md). Flows are per month;
/// stocks are end-of-month values. Zone- and region-specific names are built from the world.
/// </summary>
public static class MetricNames
{
    public const string Deaths = "deaths";
    public const string DeathsCombatants = "deaths.combatants";
    public const string DeathsCivilians = "deaths.civilians";
    public const string DeathsState = "deaths.state";
    public const string DeathsForeign = "deaths.foreign";
    public const string GroupsActive = "groups.active";
    public const string GroupsEffective = "groups.effective";
    public const string FightersLargest = "fighters.largest";
    public const string Splinters = "splinters";
    public const string Mergers = "mergers";
    public const string NewMilitias = "militias.new";
    public const string Blocs = "blocs";

    /// <summary>Active armed groups plus their umbrella blocs: the reports count the CMA, the Platform and the CME among the 2017 groups (digest 7.2.3, 6.5).</summary>
    public const string GroupsWithBlocs = "groups.withBlocs";
    public const string Idps = "idps";
    public const string Refugees = "refugees";
    public const string StateReach = "state.reach";
    public const string EliteRents = "elite.rents";
    public const string ForeignTroops = "foreign.troops";
    public const string AttacksForeign = "attacks.foreign";
    public const string StateBudget = "state.budget";
    public const string StateArmy = "state.army";
    public const string AccordImplementation = "accord.implementation";
    public const string Assassinations = "assassinations";
    public const string Coups = "coups";
    public const string AccordSignatories = "accord.signatories";
    public const string AccordWithdrawals = "accord.withdrawals";
    public const string VillageHeadsKilled = "killings.villageHeads";

    public static string DeathsInZone(string zone) => $"deaths.zone.{zone}";

    public static string DeathsInRegion(string region) => $"deaths.region.{region}";

    public static string DeathsBy(ActorKind kind) => $"deaths.by.{ActorKinds.MetricName(kind)}";

    public static string GroupsActiveOf(ActorKind kind) => $"groups.active.{ActorKinds.MetricName(kind)}";

    public static string FightersOf(ActorKind kind) => $"fighters.{ActorKinds.MetricName(kind)}";

    /// <summary>Fighters of one of the groups the scenario starts with (0 once it has ended).</summary>
    public static string FightersOfGroup(string id) => $"fighters.group.{id}";

    public static string RecruitsOf(ActorKind kind) => $"recruits.{ActorKinds.MetricName(kind)}";

    /// <summary>Population share held by a kind of actor ("none" for ungoverned places).</summary>
    public static string ControlOf(string kindName) => $"control.{kindName}";

    public static string ControlOf(string kindName, string zone) => $"control.{kindName}.{zone}";

    public static string CapitalsOf(string kindName, string zone) => $"capitals.{kindName}.{zone}";

    /// <summary>1 when an actor of this kind ("state" or a group kind) holds the region's capital at the end of the month, else 0.</summary>
    public static string CapitalOfRegion(string kindName, string region) => $"capital.{kindName}.{region}";

    public static string ControlTop(string zone) => $"control.top.{zone}";

    /// <summary>Largest population share of the zone held by any single armed group (the state left out).</summary>
    public static string ControlTopGroup(string zone) => $"control.topGroup.{zone}";

    public static string StateReachAt(PlaceLevel level) => level switch
    {
        PlaceLevel.Capital => "state.reach.capital",
        PlaceLevel.District => "state.reach.district",
        _ => "state.reach.village",
    };
}

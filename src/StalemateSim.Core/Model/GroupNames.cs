namespace StalemateSim.Core.Model;

/// <summary>
/// Names of groups: scenario ids for groups present at the start; for splinters
/// "parent/leader", for militias "community-militia". Used only when writing output.
/// </summary>
public static class GroupNames
{
    /// <summary>Ids of the groups given by the scenario, by index; set by the world builder.</summary>
    internal static string? InitialId(World world, int group) =>
        group < world.InitialGroupIds.Count ? world.InitialGroupIds[group] : null;

    public static string Of(World world, int group)
    {
        if (group < 0)
        {
            return group == Owners.State ? "state" : "none";
        }

        string? id = InitialId(world, group);
        if (id is not null)
        {
            return id;
        }

        return world.Groups.Origin[group] switch
        {
            GroupOrigin.Militia => $"militia-{MilitiaCommunity(world, group)}-{group}",
            _ => $"{Of(world, world.Groups.Parent[group])}-splinter-{group}",
        };
    }

    /// <summary>The militia's home community, read from the group table so the name outlives the militia.</summary>
    private static string MilitiaCommunity(World world, int group)
    {
        int c = world.Groups.HomeCommunity[group];
        return c >= 0 ? world.Communities.Ids[c] : "community";
    }
}

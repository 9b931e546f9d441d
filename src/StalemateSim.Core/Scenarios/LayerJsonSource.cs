using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Json;

namespace StalemateSim.Core.Scenarios;

/// <summary>A JSON configuration source whose provider lets the loader read the flattened entries.</summary>
internal sealed class LayerJsonSource : JsonConfigurationSource
{
    public override IConfigurationProvider Build(IConfigurationBuilder builder)
    {
        EnsureDefaults(builder);
        return new LayerJsonProvider(this);
    }
}

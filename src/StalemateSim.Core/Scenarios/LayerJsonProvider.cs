using Microsoft.Extensions.Configuration.Json;

namespace StalemateSim.Core.Scenarios;

/// <summary>The standard JSON provider, exposing the entries it parsed (including null and "" values).</summary>
internal sealed class LayerJsonProvider(JsonConfigurationSource source) : JsonConfigurationProvider(source)
{
    public IEnumerable<KeyValuePair<string, string?>> Entries => Data;
}

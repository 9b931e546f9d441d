using System.Text.Json.Nodes;

namespace StalemateSim.Core.Tests.Scenarios;

/// <summary>A small valid scenario touching every collection, used as the base of most tests.</summary>
internal static class MinimalScenario
{
    public const string Json = """
        {
          "$schema": "../scenario.schema.json",
          "schemaVersion": 1,
          "name": "Minimal",
          "start": "2012-01",
          "months": 24,
          "regions": {
            "kidal": { "zone": "north", "neighbours": ["gao", "timbuktu", "menaka"], "stateReach": 0.4 },
            "gao": { "zone": "north", "neighbours": ["kidal"] },
            "timbuktu": { "zone": "north" },
            "menaka": { "zone": "north" },
            "bamako": { "zone": "south", "nationalCapital": true }
          },
          "communities": {
            "ifoghas-kidal": { "identity": "tuareg", "region": "kidal", "population": 30000, "villages": 12,
                               "hostility": { "imghad-menaka": 0.4 } },
            "imghad-menaka": { "identity": "tuareg", "region": "menaka", "population": 20000 }
          },
          "elites": {
            "ag-ghali": { "community": "ifoghas-kidal", "ambition": 0.9, "islamism": 0.8 },
            "ag-gamou": { "community": "imghad-menaka", "stateStance": 0.8, "rivals": { "ag-ghali": 0.6 } },
            "ag-acherif": { }
          },
          "armedGroups": {
            "mnla": { "kind": "separatist", "leader": "ag-acherif", "fighters": 3000,
                      "presence": { "kidal": 2, "gao": 1 },
                      "wings": { "hcua-wing": { "elite": "ag-ghali", "share": 0.3 } } },
            "gatia": { "kind": "proGovernment", "leader": "ag-gamou", "fighters": 800,
                       "baseCommunities": { "imghad-menaka": 0.9 }, "stateFunding": 50 }
          },
          "state": { "army": 7000, "profiling": { "ifoghas-kidal": 0.2 } },
          "foreignForces": {
            "serval": { "posture": "counterTerror", "troops": 4000, "deployment": { "kidal": 1 } }
          },
          "events": {
            "serval-arrives": { "at": "2013-01", "type": "foreignDeploy", "force": "serval" },
            "stop-militias": { "at": "2013-06", "type": "policy",
                               "set": { "state.militiaFunding": 0, "region.kidal.autonomy": 0.5 } }
          },
          "rules": {
            "testRule": { "rate": 0.25, "regions": ["kidal"] },
            "otherRule": { }
          }
        }
        """;

    public static JsonObject Parse() => JsonNode.Parse(Json)!.AsObject();
}

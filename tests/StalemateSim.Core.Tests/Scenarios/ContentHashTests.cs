using StalemateSim.Core.Scenarios;

namespace StalemateSim.Core.Tests.Scenarios;

public sealed class ContentHashTests : ScenarioTestBase
{
    [Test]
    public void Equal_inputs_give_equal_hashes_whatever_the_file_names()
    {
        string a = Folder.WriteMinimal("a.json");
        string b = Folder.WriteMinimal("b.json");

        string hashA = LoadOk([a]).ContentHash;
        string hashB = LoadOk([b]).ContentHash;

        Assert.That(hashA, Is.EqualTo(hashB));
        Assert.That(hashA, Does.Match("^[0-9a-f]{64}$"));
    }

    [Test]
    public void The_hash_is_of_the_merged_document_not_of_how_it_was_layered()
    {
        string merged = Folder.WriteMinimal("merged.json", s => s["armedGroups"]!["mnla"]!["fighters"] = 5000);
        string baseFile = Folder.WriteMinimal("base.json");
        string overlay = Folder.Write("overlay.json", """{ "armedGroups": { "mnla": { "fighters": 5000 } } }""");

        Assert.That(LoadOk([baseFile, overlay]).ContentHash, Is.EqualTo(LoadOk([merged]).ContentHash));
        Assert.That(LoadOk([baseFile], "armedGroups.mnla.fighters=5000").ContentHash, Is.EqualTo(LoadOk([merged]).ContentHash));
    }

    [Test]
    public void Any_change_changes_the_hash()
    {
        string baseFile = Folder.WriteMinimal("base.json");
        string changed = Folder.WriteMinimal("changed.json", s => s["armedGroups"]!["mnla"]!["fighters"] = 3001);
        string hash = LoadOk([baseFile]).ContentHash;

        Assert.Multiple(() =>
        {
            Assert.That(LoadOk([changed]).ContentHash, Is.Not.EqualTo(hash));
            Assert.That(LoadOk([baseFile], "armedGroups.mnla.name=MNLA").ContentHash, Is.Not.EqualTo(hash));
            Assert.That(LoadOk([baseFile], "armedGroups.mnla.fighters=3000.0").ContentHash, Is.Not.EqualTo(hash), "the hash is of the text, not the value");
        });
    }
}

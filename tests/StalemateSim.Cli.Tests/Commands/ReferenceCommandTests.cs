namespace StalemateSim.Cli.Tests.Commands;

public class ReferenceCommandTests
{
    [Test]
    public void EpsteinPrintsAHeaderOneLinePerStepAndTheElapsedTime()
    {
        (int code, string[] lines, _) = Run("reference", "epstein", "--steps", "30", "--seed", "3");

        Assert.That(code, Is.EqualTo(ExitCodes.Ok));
        Assert.That(lines[0], Does.StartWith("# epstein model I: 40x40 torus, 1120 citizens, 118 cops"));
        Assert.That(lines[1], Is.EqualTo("step,quiet,active,jailed"));
        Assert.That(lines, Has.Length.EqualTo(2 + 30 + 1));
        for (int step = 1; step <= 30; step++)
        {
            int[] row = [.. lines[1 + step].Split(',').Select(int.Parse)];
            Assert.That(row[0], Is.EqualTo(step));
            Assert.That(row[1] + row[2] + row[3], Is.EqualTo(1120), $"citizens conserved at step {step}");
        }

        Assert.That(lines[^1], Does.Match(@"^elapsed: \d+\.\d\d ms for 30 steps$"));
    }

    [Test]
    public void SameSeedSameCountsAndALegitimacyDropChangesOnlyTheStepsFromIt()
    {
        string[] first = Run("reference", "epstein", "--steps", "40", "--seed", "9").Lines[1..^1];
        string[] again = Run("reference", "epstein", "--steps", "40", "--seed", "9").Lines[1..^1];
        string[] dropped = Run("reference", "epstein", "--steps", "40", "--seed", "9", "--legitimacy-drop", "20:0.5").Lines[1..^1];

        Assert.That(again, Is.EqualTo(first));
        Assert.That(dropped[..20], Is.EqualTo(first[..20]), "header and steps 1-19");
        Assert.That(dropped[20..], Is.Not.EqualTo(first[20..]));
    }

    [TestCase("--legitimacy-drop", "20-0.5")]
    [TestCase("--legitimacy-drop", "20:1.5")]
    [TestCase("--legitimacy", "1.5")]
    [TestCase("--steps", "0")]
    public void BadOptionsAreBadInput(string option, string value)
    {
        (int code, string[] lines, string error) = Run("reference", "epstein", option, value);

        Assert.That(code, Is.EqualTo(ExitCodes.BadInput));
        Assert.That(lines, Is.Empty);
        Assert.That(error, Does.Contain(option));
    }

    private static (int Code, string[] Lines, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int code = Program.Run(args, output, error);
        string[] lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return (code, lines, error.ToString());
    }
}

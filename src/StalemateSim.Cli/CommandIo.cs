namespace StalemateSim.Cli;

/// <summary>Where a command writes: standard output for results, standard error for progress and problems.</summary>
public sealed record CommandIo(TextWriter Out, TextWriter Error);

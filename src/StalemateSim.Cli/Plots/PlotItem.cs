namespace StalemateSim.Cli.Plots;

/// <summary>One standard chart: its file name without extension, title, a caption for the report, and the SVG.</summary>
internal sealed record PlotItem(string Name, string Title, string Caption, string Svg);

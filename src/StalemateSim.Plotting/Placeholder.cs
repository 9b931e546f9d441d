namespace StalemateSim.Plotting;

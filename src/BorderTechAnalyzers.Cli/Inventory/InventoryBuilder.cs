using BorderTechAnalyzers.Cli.Analysis;
using BorderTechAnalyzers.Cli.Model;
using Microsoft.CodeAnalysis;

namespace BorderTechAnalyzers.Cli.Inventory;

internal sealed class InventoryBuilder
{
    public void Add(ProjectResult result, Project project, ProjectAnalyzer.Outcome outcome) { }
    public InventoryReport Build(ScanReport report) => new();
}
internal sealed class InventoryReport { public string TotalsLine() => ""; }
internal static class InventoryWriters { public static void Write(InventoryReport r, string format, TextWriter w) { } }

using BorderTechAnalyzers.Cli.Model;
using static BorderTechAnalyzers.Cli.Reporting.Markdown;

namespace BorderTechAnalyzers.Cli.Reporting;

/// <summary>The scan as Markdown: totals, a summary per rule and project, then the findings (fits a PR comment or job summary).</summary>
internal static class MarkdownReportWriter
{
    public static void Write(ScanReport report, TextWriter writer)
    {
        writer.WriteLine("# BorderTech scan");
        writer.WriteLine();
        writer.WriteLine($"Scanned {Cell(report.Target.Description)} with bordertech {report.ToolVersion}.");
        writer.WriteLine();
        writer.WriteLine($"**{Cell(report.TotalsLine())}**");
        writer.WriteLine();

        writer.WriteLine("## Projects");
        writer.WriteLine();
        writer.WriteLine("| Project | Path | Status | Errors | Warnings | Info |");
        writer.WriteLine("|---|---|---|---:|---:|---:|");
        foreach (var project in report.Projects)
        {
            var status = project.Loaded ? (project.Warnings.Count == 0 ? "scanned" : "scanned with warnings") : "not loaded: " + project.LoadError;
            writer.WriteLine($"| {Cell(project.Name)} | {Cell(project.RelativePath)} | {Cell(status)} | {Count(project, Severity.Error)} | {Count(project, Severity.Warning)} | {Count(project, Severity.Info)} |");
        }

        writer.WriteLine();
        var warnings = report.Projects.SelectMany(p => p.Warnings.Select(w => (p.Name, Warning: w))).ToList();
        if (warnings.Count > 0)
        {
            foreach (var (name, warning) in warnings)
            {
                writer.WriteLine($"- ⚠ {Cell(name)}: {Cell(warning)}");
            }

            writer.WriteLine();
        }

        writer.WriteLine("## Rules");
        writer.WriteLine();
        writer.WriteLine("| Rule | Title | Category | Findings |");
        writer.WriteLine("|---|---|---|---:|");
        foreach (var group in report.Findings.GroupBy(f => f.RuleId).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var rule = report.Rule(group.Key);
            var id = rule?.HelpUri is null ? group.Key : $"[{group.Key}]({rule.HelpUri})";
            writer.WriteLine($"| {id} | {Cell(group.First().Title)} | {Cell(group.First().Category)} | {group.Count()} |");
        }

        writer.WriteLine();
        writer.WriteLine("## Findings");
        writer.WriteLine();
        if (!report.Findings.Any())
        {
            writer.WriteLine("No findings.");
            return;
        }

        writer.WriteLine("| Severity | Rule | Location | Message | Project |");
        writer.WriteLine("|---|---|---|---|---|");
        foreach (var finding in report.Findings)
        {
            writer.WriteLine($"| {finding.Severity.ToName()} | {finding.RuleId} | {Cell($"{finding.RelativePath}:{finding.Line}:{finding.Column}")} | {Cell(finding.Message)} | {Cell(finding.Project)} |");
        }
    }

    private static int Count(ProjectResult project, Severity severity) => project.Findings.Count(f => f.Severity == severity);
}

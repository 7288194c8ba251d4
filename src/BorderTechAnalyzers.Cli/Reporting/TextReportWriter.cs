using BorderTechAnalyzers.Cli.Model;

namespace BorderTechAnalyzers.Cli.Reporting;

/// <summary>The human-readable table: by project, then by rule, then by location. Colours only when asked for.</summary>
internal static class TextReportWriter
{
    private const string Reset = "\u001b[0m";
    private const string Bold = "\u001b[1m";
    private const string Dim = "\u001b[2m";
    private const string Red = "\u001b[31m";
    private const string Yellow = "\u001b[33m";
    private const string Cyan = "\u001b[36m";

    public static void Write(ScanReport report, TextWriter writer, bool colour)
    {
        string Paint(string text, string code) => colour ? code + text + Reset : text;

        writer.WriteLine($"bordertech {report.ToolVersion}: {report.Target.Description}");
        writer.WriteLine();
        foreach (var project in report.Projects)
        {
            var count = project.Findings.Count == 1 ? "1 finding" : $"{project.Findings.Count} findings";
            var status = project.Loaded ? count : "not loaded";
            writer.WriteLine($"{Paint(project.Name, Bold)}  {Paint(project.RelativePath, Dim)}  ({status})");
            if (!project.Loaded)
            {
                writer.WriteLine($"  {Paint("error", Red)}  could not be loaded: {project.LoadError}");
            }

            foreach (var warning in project.Warnings)
            {
                writer.WriteLine($"  {Paint("warning", Yellow)}  {warning}");
            }

            if (project.Loaded && project.Findings.Count == 0)
            {
                writer.WriteLine("  no findings");
            }

            var locationWidth = project.Findings.Count == 0 ? 0 : project.Findings.Max(f => Location(f).Length);
            foreach (var rule in project.Findings.GroupBy(f => f.RuleId).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                writer.WriteLine($"  {Paint(rule.Key, Bold)}  {rule.First().Title} ({rule.Count()})");
                foreach (var finding in rule)
                {
                    var severity = finding.Severity.ToName().PadRight(7);
                    var painted = finding.Severity switch
                    {
                        Severity.Error => Paint(severity, Red),
                        Severity.Warning => Paint(severity, Yellow),
                        _ => Paint(severity, Cyan),
                    };
                    writer.WriteLine($"    {painted}  {Location(finding).PadRight(locationWidth)}  {finding.Message}");
                }
            }

            writer.WriteLine();
        }

        writer.WriteLine(report.TotalsLine());
    }

    private static string Location(Finding finding) => $"{finding.RelativePath}:{finding.Line}:{finding.Column}";
}

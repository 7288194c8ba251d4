using static BorderTechAnalyzers.Cli.Reporting.Markdown;

namespace BorderTechAnalyzers.Cli.Inventory;

/// <summary>The inventory as Markdown, laid out like a record of processing: one section per project.</summary>
internal static class InventoryMarkdownWriter
{
    public static void Write(InventoryReport report, TextWriter writer)
    {
        writer.WriteLine("# Inventory of biometric processing");
        writer.WriteLine();
        writer.WriteLine($"Source: {Cell(report.Target.Description)}, analysed with bordertech {report.ToolVersion}.");
        writer.WriteLine("Every site below is a call to a known biometric or emotion-recognition API (rules BT1001–BT1006).");
        writer.WriteLine($"Evidence is read from the code's `BorderTech.Annotations` attributes; where there is none, the record says \"{InventoryReport.NoneFound}\".");
        writer.WriteLine();
        writer.WriteLine($"**{Cell(report.TotalsLine())}**");
        writer.WriteLine();

        foreach (var project in report.Projects)
        {
            writer.WriteLine($"## {Cell(project.Name)}");
            writer.WriteLine();
            writer.WriteLine($"- Project: `{project.RelativePath}`");
            if (!project.Loaded)
            {
                writer.WriteLine($"- **Not loaded**: {Cell(project.LoadError?.TrimEnd('.'))}. Its processing is not in this record.");
                writer.WriteLine();
                continue;
            }

            foreach (var warning in project.Warnings)
            {
                writer.WriteLine($"- ⚠ {Cell(warning)}");
            }

            writer.WriteLine($"- Deployment context: **{Cell(project.DeploymentContext.Context)}** ({Cell(project.DeploymentContext.Source)})");
            if (project.Assessments.Count == 0)
            {
                writer.WriteLine($"- Impact assessments: {InventoryReport.NoneFound}");
            }
            else
            {
                writer.WriteLine("- Impact assessments:");
                foreach (var assessment in project.Assessments)
                {
                    var review = assessment.ReviewBy is null ? "no review date" : $"review by {assessment.ReviewBy}";
                    writer.WriteLine($"  - {Cell(assessment.Reference)} ({Cell(assessment.Kind)}, {Cell(review)})");
                }
            }

            writer.WriteLine($"- Sites: {project.Sites.Count}" + (project.Sites.Count == 0 ? string.Empty :
                $" (by rule: {Join(project.CountBy(s => s.RuleId))}; by modality: {Join(project.CountBy(s => s.Modality))}; by vendor: {Join(project.CountBy(s => s.Vendor))}; with consent evidence: {project.Sites.Count(s => s.Consent.Count > 0)}; with retention: {project.Sites.Count(s => s.Retention.Count > 0)})"));
            writer.WriteLine();
            if (project.Sites.Count == 0)
            {
                continue;
            }

            writer.WriteLine("| # | Location | Member | Function | Vendor | Modality | API | Consent / legal basis | Retention |");
            writer.WriteLine("|---:|---|---|---|---|---|---|---|---|");
            var number = 0;
            foreach (var site in project.Sites)
            {
                number++;
                var function = site.Function + (site.Evidence is null ? string.Empty : $" ({site.Evidence})") + (site.Suppressed ? " — suppressed in source" : string.Empty);
                writer.WriteLine($"| {number} | {Cell($"{site.File}:{site.Line}")} | {Cell(site.Member)} | {Cell(function)} | {Cell(site.Vendor)} | {Cell(site.Modality)} | {Cell(site.Api)} | {Cell(site.ConsentText())} | {Cell(site.RetentionText())} |");
            }

            writer.WriteLine();
        }
    }

    private static string Join(IEnumerable<(string Key, int Count)> counts) => string.Join(", ", counts.Select(c => $"{Cell(c.Key)} {c.Count}"));
}

using static BorderTechAnalyzers.Cli.Reporting.Html;

namespace BorderTechAnalyzers.Cli.Inventory;

/// <summary>The inventory as one self-contained HTML page with charts per category, modality and project.</summary>
internal static class InventoryHtmlWriter
{
    public static void Write(InventoryReport report, TextWriter writer)
    {
        var sites = report.Sites.ToList();
        Begin(writer, "Inventory of biometric processing — " + report.Target.Description);
        writer.WriteLine("<h1>Inventory of biometric processing</h1>");
        writer.WriteLine($"<p class=\"sub\">{E(report.Target.Description)} · bordertech {E(report.ToolVersion)} · evidence from <code>BorderTech.Annotations</code> attributes; \"{InventoryReport.NoneFound}\" where the code has none</p>");
        writer.WriteLine($"<p id=\"totals\">{E(report.TotalsLine())}</p>");
        writer.WriteLine("<div class=\"totals\">");
        writer.WriteLine($"<div class=\"tile\" id=\"total-sites\"><b>{sites.Count}</b>processing sites</div>");
        writer.WriteLine($"<div class=\"tile\" id=\"total-consent\"><b>{sites.Count(s => s.Consent.Count > 0)}</b>with consent evidence</div>");
        writer.WriteLine($"<div class=\"tile error\" id=\"total-noconsent\"><b>{sites.Count(s => s.Consent.Count == 0)}</b>without</div>");
        writer.WriteLine($"<div class=\"tile\" id=\"total-retention\"><b>{sites.Count(s => s.Retention.Count > 0)}</b>with retention</div>");
        writer.WriteLine($"<div class=\"tile\" id=\"total-projects\"><b>{report.Projects.Count(p => p.Loaded)}</b>projects</div>");
        writer.WriteLine("</div>");

        writer.WriteLine("<h2>Summary</h2>");
        writer.WriteLine("<p class=\"legend\"><span><i style=\"background:#2e7d32\"></i>with consent or legal-basis evidence</span><span><i style=\"background:#9e9e9e\"></i>none found</span></p>");
        writer.WriteLine("<div class=\"charts\">");
        BarChart(writer, "chart-rules", "Sites per function (rule)", Group(sites, s => s.Function));
        BarChart(writer, "chart-modalities", "Sites per modality", Group(sites, s => s.Modality));
        BarChart(writer, "chart-projects", "Sites per project", report.Projects.Where(p => p.Loaded).Select(p => (p.Name, Segments(p.Sites))).ToList());
        writer.WriteLine("</div>");

        foreach (var project in report.Projects)
        {
            writer.WriteLine($"<h2>{E(project.Name)}</h2>");
            writer.WriteLine($"<p><code>{E(project.RelativePath)}</code></p>");
            if (!project.Loaded)
            {
                writer.WriteLine($"<p class=\"fail\">Not loaded: {E(project.LoadError?.TrimEnd('.'))}. Its processing is not in this record.</p>");
                continue;
            }

            writer.WriteLine("<ul>");
            foreach (var warning in project.Warnings)
            {
                writer.WriteLine($"<li class=\"warn\">{E(warning)}</li>");
            }

            writer.WriteLine($"<li>Deployment context: <b>{E(project.DeploymentContext.Context)}</b> ({E(project.DeploymentContext.Source)})</li>");
            if (project.Assessments.Count == 0)
            {
                writer.WriteLine($"<li>Impact assessments: <span class=\"none\">{InventoryReport.NoneFound}</span></li>");
            }
            else
            {
                writer.WriteLine("<li>Impact assessments:<ul>");
                foreach (var assessment in project.Assessments)
                {
                    writer.WriteLine($"<li>{E(assessment.Reference)} ({E(assessment.Kind)}{(assessment.ReviewBy is null ? ", no review date" : ", review by " + E(assessment.ReviewBy))})</li>");
                }

                writer.WriteLine("</ul></li>");
            }

            writer.WriteLine($"<li>Sites: {project.Sites.Count}{(project.Sites.Count == 0 ? string.Empty : " — " + E(string.Join(", ", project.CountBy(s => s.RuleId).Select(c => $"{c.Key} {c.Count}"))))}</li>");
            writer.WriteLine("</ul>");
        }

        writer.WriteLine("<h2>Processing sites</h2>");
        writer.WriteLine("<div class=\"filter\"><input id=\"filter\" type=\"search\" placeholder=\"Filter by project, vendor, modality, file…\" aria-label=\"Filter sites\"> <span id=\"shown\"></span></div>");
        writer.WriteLine("<table class=\"findings\"><thead><tr><th>Project</th><th>Location</th><th>Function</th><th>Vendor</th><th>Modality</th><th>API</th><th>Consent / legal basis</th><th>Retention</th></tr></thead><tbody>");
        foreach (var site in sites)
        {
            var consent = site.Consent.Count == 0 ? $"<span class=\"none\">{E(site.ConsentText())}</span>" : E(site.ConsentText());
            var retention = site.Retention.Count == 0 ? $"<span class=\"none\">{E(site.RetentionText())}</span>" : E(site.RetentionText());
            var function = E(site.Function) + (site.Evidence is null ? string.Empty : $"<br><small>{E(site.Evidence)}</small>") + (site.Suppressed ? "<br><small>suppressed in source</small>" : string.Empty);
            writer.WriteLine($"<tr><td>{E(site.Project)}</td><td><code>{E(site.File)}:{site.Line}</code><br><small>{E(site.Member)}</small></td><td>{function}</td><td>{E(site.Vendor)}</td><td>{E(site.Modality)}</td><td><code>{E(site.Api)}</code></td><td>{consent}</td><td>{retention}</td></tr>");
        }

        writer.WriteLine("</tbody></table>");
        writer.WriteLine($"<footer>Generated by bordertech {E(report.ToolVersion)}.</footer>");
        End(writer);
    }

    private static List<(string, IReadOnlyList<(int, string)>)> Group(IEnumerable<InventorySite> sites, Func<InventorySite, string> key)
        => sites.GroupBy(key).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, Segments(g))).ToList();

    private static IReadOnlyList<(int, string)> Segments(IEnumerable<InventorySite> sites)
    {
        var list = sites.ToList();
        return [(list.Count(s => s.Consent.Count > 0), "consent"), (list.Count(s => s.Consent.Count == 0), "noconsent")];
    }
}

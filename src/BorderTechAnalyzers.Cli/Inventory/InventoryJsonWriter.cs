using System.Text.Json;
using BorderTechAnalyzers.Cli.Model;
using BorderTechAnalyzers.Cli.Reporting;

namespace BorderTechAnalyzers.Cli.Inventory;

internal static class InventoryJsonWriter
{
    public static void Write(InventoryReport report, TextWriter writer) => JsonReportWriter.WriteDocument(writer, json =>
        {
            json.WriteStartObject();
            json.WriteString("tool", "bordertech");
            json.WriteString("version", report.ToolVersion);
            json.WriteString("kind", "biometric-processing-inventory");
            JsonReportWriter.WriteTarget(report.Target, json);
            var sites = report.Sites.ToList();
            json.WriteStartObject("totals");
            json.WriteNumber("projects", report.Projects.Count(p => p.Loaded));
            json.WriteNumber("sites", sites.Count);
            json.WriteNumber("withConsentEvidence", sites.Count(s => s.Consent.Count > 0));
            json.WriteNumber("withRetention", sites.Count(s => s.Retention.Count > 0));
            json.WriteEndObject();
            json.WriteStartArray("projects");
            foreach (var project in report.Projects)
            {
                json.WriteStartObject();
                JsonReportWriter.WriteProjectStatus(json, project.Name, project.RelativePath, project.Loaded, project.LoadError, project.Warnings);
                json.WriteStartObject("deploymentContext");
                json.WriteString("context", project.DeploymentContext.Context);
                json.WriteString("source", project.DeploymentContext.Source);
                json.WriteEndObject();
                json.WriteStartArray("impactAssessments");
                foreach (var assessment in project.Assessments)
                {
                    json.WriteStartObject();
                    json.WriteString("reference", assessment.Reference);
                    json.WriteString("kind", assessment.Kind);
                    json.WriteString("reviewBy", assessment.ReviewBy);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteStartObject("totals");
                json.WriteNumber("sites", project.Sites.Count);
                WriteCounts(json, "byRule", project.CountBy(s => s.RuleId));
                WriteCounts(json, "byModality", project.CountBy(s => s.Modality));
                WriteCounts(json, "byVendor", project.CountBy(s => s.Vendor));
                json.WriteNumber("withConsentEvidence", project.Sites.Count(s => s.Consent.Count > 0));
                json.WriteNumber("withRetention", project.Sites.Count(s => s.Retention.Count > 0));
                json.WriteEndObject();
                json.WriteStartArray("sites");
                foreach (var site in project.Sites)
                {
                    WriteSite(json, site);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });

    private static void WriteCounts(Utf8JsonWriter json, string name, IEnumerable<(string Key, int Count)> counts)
    {
        json.WriteStartObject(name);
        foreach (var (key, count) in counts)
        {
            json.WriteNumber(key, count);
        }

        json.WriteEndObject();
    }

    private static void WriteSite(Utf8JsonWriter json, InventorySite site)
    {
        json.WriteStartObject();
        json.WriteString("file", site.File);
        json.WriteNumber("line", site.Line);
        json.WriteNumber("column", site.Column);
        json.WriteString("member", site.Member);
        json.WriteString("ruleId", site.RuleId);
        json.WriteString("function", site.Function);
        json.WriteString("category", site.Category);
        json.WriteString("vendor", site.Vendor);
        json.WriteString("modality", site.Modality);
        json.WriteString("api", site.Api);
        json.WriteString("evidence", site.Evidence);
        json.WriteString("severity", site.Severity.ToName());
        json.WriteBoolean("suppressedInSource", site.Suppressed);
        json.WriteStartArray("consent");
        foreach (var consent in site.Consent)
        {
            json.WriteStartObject();
            json.WriteString("attribute", consent.Attribute);
            json.WriteString("scope", consent.Scope);
            json.WriteString("purpose", consent.Purpose);
            json.WriteString("legalBasis", consent.LegalBasis);
            json.WriteString("consentRecord", consent.ConsentRecord);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteString("consentSummary", site.ConsentText());
        json.WriteStartArray("consentGatesCalledBefore");
        foreach (var gate in site.ConsentGates)
        {
            json.WriteStringValue(gate);
        }

        json.WriteEndArray();
        json.WriteStartArray("retention");
        foreach (var retention in site.Retention)
        {
            json.WriteStartObject();
            json.WriteString("scope", retention.Scope);
            if (retention.MaxDays is { } days)
            {
                json.WriteNumber("maxDays", days);
            }
            else
            {
                json.WriteNull("maxDays");
            }

            json.WriteString("trigger", retention.Trigger);
            json.WriteString("deletionProcedure", retention.DeletionProcedure);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteString("retentionSummary", site.RetentionText());
        json.WriteEndObject();
    }
}

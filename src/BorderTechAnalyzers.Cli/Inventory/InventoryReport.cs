using BorderTechAnalyzers.Cli.Model;

namespace BorderTechAnalyzers.Cli.Inventory;

/// <summary>The record of biometric processing: every BT1001–BT1006 site with the evidence the code carries.</summary>
internal sealed class InventoryReport
{
    public const string NoneFound = "none found";

    public required string ToolVersion { get; init; }

    public required ScanTarget Target { get; init; }

    public required IReadOnlyList<InventoryProject> Projects { get; init; }

    public IEnumerable<InventorySite> Sites => Projects.SelectMany(p => p.Sites);

    public string TotalsLine()
    {
        var sites = Sites.ToList();
        var projects = Projects.Count(p => p.Loaded);
        var withConsent = sites.Count(s => s.Consent.Count > 0);
        return $"{(sites.Count == 1 ? "1 biometric processing site" : $"{sites.Count} biometric processing sites")} in {(projects == 1 ? "1 project" : $"{projects} projects")}; {withConsent} with consent or legal-basis evidence, {sites.Count - withConsent} without";
    }
}

internal sealed class InventoryProject
{
    public required string Name { get; init; }

    public required string RelativePath { get; init; }

    public required bool Loaded { get; init; }

    public string? LoadError { get; init; }

    public IReadOnlyList<string> Warnings { get; init; } = [];

    public required DeploymentContextEvidence DeploymentContext { get; init; }

    public required IReadOnlyList<AssessmentEvidence> Assessments { get; init; }

    public required IReadOnlyList<InventorySite> Sites { get; init; }

    /// <summary>Counts by a key, in key order, for the per-project totals.</summary>
    public IReadOnlyList<(string Key, int Count)> CountBy(Func<InventorySite, string> key)
        => Sites.GroupBy(key).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, g.Count())).ToList();
}

internal sealed record DeploymentContextEvidence(string Context, string Source);

internal sealed record AssessmentEvidence(string Reference, string Kind, string? ReviewBy);

internal sealed record ConsentEvidence(string Attribute, string Scope, string? Purpose, string? LegalBasis, string? ConsentRecord);

internal sealed record RetentionEvidence(string Scope, int? MaxDays, string? Trigger, string? DeletionProcedure)
{
    public string Describe()
    {
        var days = MaxDays is { } d ? $"{d} days" : "period not given";
        var trigger = Trigger is null ? string.Empty : $" {Humanize(Trigger)}";
        var deletion = DeletionProcedure is null ? string.Empty : $"; deletion: {DeletionProcedure}";
        return $"{days}{trigger} ({Scope}){deletion}";
    }

    private static string Humanize(string pascal)
        => string.Concat(pascal.Select((c, i) => i > 0 && char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}

internal sealed record InventorySite
{
    public required string Project { get; init; }

    public required string RuleId { get; init; }

    public required string Title { get; init; }

    public string Function => $"{RuleId} {Title}";

    /// <summary>The catalog category (emotion, identification, …).</summary>
    public required string Category { get; init; }

    public required string Vendor { get; init; }

    public required string Modality { get; init; }

    public required string Api { get; init; }

    public string? Evidence { get; init; }

    public required string File { get; init; }

    public required int Line { get; init; }

    public required int Column { get; init; }

    /// <summary>The method or member the site is in, e.g. <c>Kiosk.Find(Image)</c>.</summary>
    public required string Member { get; init; }

    public required Severity Severity { get; init; }

    /// <summary>The diagnostic is suppressed in source (pragma or SuppressMessage); the processing still happens.</summary>
    public bool Suppressed { get; init; }

    public required IReadOnlyList<ConsentEvidence> Consent { get; init; }

    /// <summary>[ConsentGate] methods called earlier in the same member (not checked on every path).</summary>
    public required IReadOnlyList<string> ConsentGates { get; init; }

    public required IReadOnlyList<RetentionEvidence> Retention { get; init; }

    public string ConsentText()
    {
        if (Consent.Count == 0)
        {
            return ConsentGates.Count == 0
                ? InventoryReport.NoneFound
                : $"{InventoryReport.NoneFound} (consent gate called earlier: {string.Join(", ", ConsentGates)})";
        }

        return string.Join("; ", Consent.Select(c =>
        {
            var parts = new List<string>();
            if (c.Purpose is not null) parts.Add($"purpose \"{c.Purpose}\"");
            if (c.LegalBasis is not null) parts.Add($"basis {c.LegalBasis}");
            if (c.ConsentRecord is not null) parts.Add($"record {c.ConsentRecord}");
            return $"{string.Join(", ", parts)} ([{c.Attribute}] on {c.Scope})";
        }));
    }

    public string RetentionText()
        => Retention.Count == 0 ? InventoryReport.NoneFound : string.Join("; ", Retention.Select(r => r.Describe()));
}

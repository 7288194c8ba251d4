namespace BorderTechAnalyzers.Cli.Model;

/// <summary>Everything one run learned: what was scanned, which projects loaded, and what the analyzers reported.</summary>
internal sealed class ScanReport
{
    public required string ToolVersion { get; init; }

    public required ScanTarget Target { get; init; }

    public required IReadOnlyList<RuleInfo> Rules { get; init; }

    public required IReadOnlyList<ProjectResult> Projects { get; init; }

    public IEnumerable<Finding> Findings => Projects.SelectMany(p => p.Findings);

    public IEnumerable<ProjectResult> LoadedProjects => Projects.Where(p => p.Loaded);

    public IEnumerable<ProjectResult> FailedProjects => Projects.Where(p => !p.Loaded);

    public int Count(Severity severity) => Findings.Count(f => f.Severity == severity);

    public RuleInfo? Rule(string id) => Rules.FirstOrDefault(r => r.Id == id);

    /// <summary>One sentence with the totals, the same in every format.</summary>
    public string TotalsLine()
    {
        var loaded = LoadedProjects.Count();
        var failed = FailedProjects.Count();
        var total = Findings.Count();
        var projects = loaded == 1 ? "1 project" : $"{loaded} projects";
        var failedText = failed == 0 ? string.Empty : $" ({failed} failed to load)";
        var findings = total == 1 ? "1 finding" : $"{total} findings";
        return $"{projects} scanned{failedText}: {findings} — {Count(Severity.Error)} errors, {Count(Severity.Warning)} warnings, {Count(Severity.Info)} info";
    }
}

/// <summary>What the user asked to scan and what that was resolved to.</summary>
internal sealed class ScanTarget
{
    public required string InputPath { get; init; }

    /// <summary><c>solution</c>, <c>project</c> or <c>folder</c>.</summary>
    public required string Kind { get; init; }

    /// <summary>The solution or project files that were opened.</summary>
    public required IReadOnlyList<string> Files { get; init; }

    /// <summary>How the input was resolved, in one sentence (for folders: which file was chosen).</summary>
    public required string Description { get; init; }

    /// <summary>The directory that relative paths in the reports start from.</summary>
    public required string BaseDirectory { get; init; }
}

/// <summary>A descriptor of the analyzer assembly, as reports need it.</summary>
internal sealed record RuleInfo(
    string Id,
    string Title,
    string Category,
    Severity DefaultSeverity,
    bool EnabledByDefault,
    string Description,
    string? HelpUri);

/// <summary>One project (all its target frameworks together).</summary>
internal sealed class ProjectResult
{
    public required string Name { get; init; }

    public required string FilePath { get; init; }

    public required string RelativePath { get; init; }

    public bool Loaded { get; set; }

    /// <summary>Why the project could not be loaded, or null.</summary>
    public string? LoadError { get; set; }

    /// <summary>Things the user should know that did not stop the project from being analysed (a failed restore, say).</summary>
    public List<string> Warnings { get; } = new();

    public List<Finding> Findings { get; } = new();
}

/// <summary>One diagnostic of the BorderTech analyzers, at its effective severity.</summary>
internal sealed class Finding
{
    public required string RuleId { get; init; }

    public required string Title { get; init; }

    public required string Category { get; init; }

    public required Severity Severity { get; init; }

    public required string Message { get; init; }

    public required string FilePath { get; init; }

    /// <summary>Path relative to the base directory with forward slashes, or the full path when the file is outside it.</summary>
    public required string RelativePath { get; init; }

    public required int Line { get; init; }

    public required int Column { get; init; }

    public required int EndLine { get; init; }

    public required int EndColumn { get; init; }

    public required string Project { get; init; }

    /// <summary>The diagnostic's properties (Vendor, Modality, Category, Api, Evidence for BT1001–BT1006).</summary>
    public required IReadOnlyDictionary<string, string> Properties { get; init; }

    public string? HelpUri { get; init; }

    public string? Property(string name) => Properties.TryGetValue(name, out var value) ? value : null;
}

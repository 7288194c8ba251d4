using System.Collections.Immutable;
using BorderTechAnalyzers.Cli.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace BorderTechAnalyzers.Cli.Analysis;

/// <summary>Runs the analyzer set over one loaded project with the project's own analyzer options.</summary>
internal static class ProjectAnalyzer
{
    public sealed record Outcome(Compilation Compilation, ImmutableArray<Diagnostic> Diagnostics, IReadOnlyList<string> Problems);

    /// <param name="ignoreSeverityConfiguration">
    /// True for the inventory: every site is listed whatever severity the project gives the rule, and suppressed
    /// diagnostics come back marked as suppressed.
    /// </param>
    public static async Task<Outcome?> AnalyzeAsync(Project project, AnalyzerSet set, bool ignoreSeverityConfiguration, CancellationToken cancellationToken)
    {
        // The project's own BorderTechAnalyzers reference is not used: the tool runs its own copy (no duplicates, no
        // version skew). Other analyzer references stay, so source generators still produce their code.
        var ownCopies = project.AnalyzerReferences
            .Where(r => r.FullPath is { } path && string.Equals(Path.GetFileName(path), AnalyzerSet.AnalyzerFileName, StringComparison.OrdinalIgnoreCase))
            .ToList();
        foreach (var reference in ownCopies)
        {
            project = project.RemoveAnalyzerReference(reference);
        }

        var compilation = await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
        if (compilation is null)
        {
            return null;
        }

        if (ignoreSeverityConfiguration)
        {
            compilation = compilation.WithOptions(compilation.Options
                .WithSyntaxTreeOptionsProvider(null)
                .WithSpecificDiagnosticOptions(ImmutableDictionary<string, ReportDiagnostic>.Empty)
                .WithGeneralDiagnosticOption(ReportDiagnostic.Default));
        }

        var problems = new List<string>();
        var options = new CompilationWithAnalyzersOptions(
            project.AnalyzerOptions,
            onAnalyzerException: (exception, analyzer, diagnostic) =>
            {
                lock (problems)
                {
                    problems.Add($"analyzer {analyzer.GetType().Name} failed: {exception.GetType().Name}: {exception.Message}");
                }
            },
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false,
            reportSuppressedDiagnostics: ignoreSeverityConfiguration);

        var diagnostics = await compilation.WithAnalyzers(set.Analyzers, options)
            .GetAnalyzerDiagnosticsAsync(cancellationToken)
            .ConfigureAwait(false);
        var ids = new HashSet<string>(set.Rules.Select(r => r.Id), StringComparer.Ordinal);
        var kept = diagnostics
            .Where(d => ids.Contains(d.Id))
            .Where(d => ignoreSeverityConfiguration || (!d.IsSuppressed && d.Severity != DiagnosticSeverity.Hidden))
            .ToImmutableArray();
        return new Outcome(compilation, kept, problems);
    }

    public static Finding ToFinding(Diagnostic diagnostic, RuleInfo? rule, string project, string baseDirectory)
    {
        var span = diagnostic.Location.GetMappedLineSpan();
        if (!span.IsValid)
        {
            span = diagnostic.Location.GetLineSpan();
        }

        var path = span.Path ?? string.Empty;
        return new Finding
        {
            RuleId = diagnostic.Id,
            Title = rule?.Title ?? diagnostic.Descriptor.Title.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Category = diagnostic.Descriptor.Category,
            Severity = AnalyzerSet.FromRoslyn(diagnostic.Severity),
            Message = diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture),
            FilePath = path,
            RelativePath = RelativePath(path, baseDirectory),
            Line = span.StartLinePosition.Line + 1,
            Column = span.StartLinePosition.Character + 1,
            EndLine = span.EndLinePosition.Line + 1,
            EndColumn = span.EndLinePosition.Character + 1,
            Project = project,
            Properties = diagnostic.Properties
                .Where(p => p.Value is not null)
                .OrderBy(p => p.Key, StringComparer.Ordinal)
                .ToDictionary(p => p.Key, p => p.Value!, StringComparer.Ordinal),
            HelpUri = rule?.HelpUri,
        };
    }

    public static string RelativePath(string path, string baseDirectory)
    {
        if (string.IsNullOrEmpty(path) || string.IsNullOrEmpty(baseDirectory) || !Path.IsPathRooted(path))
        {
            return path.Replace('\\', '/');
        }

        return Loading.TargetResolver.IsUnder(path, baseDirectory)
            ? Path.GetRelativePath(baseDirectory, path).Replace('\\', '/')
            : path.Replace('\\', '/');
    }
}

using System.Collections.Immutable;
using System.Reflection;
using BorderTechAnalyzers.Cli.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace BorderTechAnalyzers.Cli.Analysis;

/// <summary>
/// Every C# analyzer in the BorderTechAnalyzers assembly (the one the package ships), found by reflection so new rules
/// appear without changes here.
/// </summary>
internal sealed class AnalyzerSet
{
    private AnalyzerSet(ImmutableArray<DiagnosticAnalyzer> analyzers, IReadOnlyList<RuleInfo> rules)
    {
        Analyzers = analyzers;
        Rules = rules;
    }

    public static Assembly AnalyzerAssembly => typeof(BorderTechAnalyzers.Processing.BiometricApiUsageAnalyzer).Assembly;

    /// <summary>The file name of the analyzer assembly; a scanned project's own reference to it is ignored.</summary>
    public static string AnalyzerFileName => AnalyzerAssembly.GetName().Name + ".dll";

    public ImmutableArray<DiagnosticAnalyzer> Analyzers { get; }

    public IReadOnlyList<RuleInfo> Rules { get; }

    public static AnalyzerSet Load()
    {
        var analyzers = AnalyzerAssembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t))
            .Where(t => t.GetCustomAttributes<DiagnosticAnalyzerAttribute>().Any(a => a.Languages.Contains(LanguageNames.CSharp)))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToImmutableArray();

        var rules = analyzers
            .SelectMany(a => a.SupportedDiagnostics)
            .GroupBy(d => d.Id, StringComparer.Ordinal)
            .Select(g => g.First())
            .OrderBy(d => d.Id, StringComparer.Ordinal)
            .Select(d => new RuleInfo(
                d.Id,
                d.Title.ToString(System.Globalization.CultureInfo.InvariantCulture),
                d.Category,
                FromRoslyn(d.DefaultSeverity),
                d.IsEnabledByDefault,
                d.Description.ToString(System.Globalization.CultureInfo.InvariantCulture),
                string.IsNullOrEmpty(d.HelpLinkUri) ? null : d.HelpLinkUri))
            .ToList();

        return new AnalyzerSet(analyzers, rules);
    }

    public static Severity FromRoslyn(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => Severity.Error,
        DiagnosticSeverity.Warning => Severity.Warning,
        _ => Severity.Info,
    };
}

using System.Collections.Immutable;
using System.Reflection;
using BorderTechAnalyzers.Processing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace BorderTechAnalyzers.Benchmarks.Setup;

/// <summary>The two analyzer sets under comparison.</summary>
internal static class AnalyzerSets
{
    public const string BannedApiFolder = "BannedApiAnalyzers";

    /// <summary>Every C# analyzer in the BorderTechAnalyzers assembly.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> BorderTech()
        => typeof(BiometricApiUsageAnalyzer).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t))
            .Where(t => t.GetCustomAttributes<DiagnosticAnalyzerAttribute>().Any(a => a.Languages.Contains(LanguageNames.CSharp)))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToImmutableArray();

    /// <summary>
    /// The analyzers of Microsoft.CodeAnalysis.BannedApiAnalyzers that report RS0030, loaded from the package's
    /// analyzers/dotnet/cs DLLs (copied next to the program at build time).
    /// </summary>
    public static ImmutableArray<DiagnosticAnalyzer> BannedApi()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, BannedApiFolder);
        var files = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.dll") : Array.Empty<string>();
        if (files.Length == 0)
        {
            throw new FileNotFoundException($"No BannedApiAnalyzers DLLs in '{folder}'; build the benchmark project first.");
        }

        var loader = new DirectoryLoader();
        var analyzers = ImmutableArray.CreateBuilder<DiagnosticAnalyzer>();
        foreach (var file in files.Order(StringComparer.Ordinal))
        {
            var reference = new AnalyzerFileReference(file, loader);
            foreach (var analyzer in reference.GetAnalyzers(LanguageNames.CSharp))
            {
                if (analyzer.SupportedDiagnostics.Any(d => d.Id == "RS0030"))
                {
                    analyzers.Add(analyzer);
                }
            }
        }

        if (analyzers.Count == 0)
        {
            throw new InvalidOperationException($"No analyzer reporting RS0030 in '{folder}'.");
        }

        return analyzers.ToImmutable();
    }

    public static string Name(DiagnosticAnalyzer analyzer) => analyzer.GetType().Name;

    private sealed class DirectoryLoader : IAnalyzerAssemblyLoader
    {
        public void AddDependencyLocation(string fullPath)
        {
        }

        public Assembly LoadFromPath(string fullPath) => Assembly.LoadFrom(fullPath);
    }
}

using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace BorderTechAnalyzers.Tests.Verifiers;

/// <summary>
/// Runs analyzers the way the compiler does, outside the testing harness: with .editorconfig severities applied,
/// concurrent execution on, and every analyzer exception captured instead of swallowed.
/// </summary>
public static class CompilationRunner
{
    public static ImmutableArray<DiagnosticAnalyzer> AllAnalyzers()
        => typeof(BorderTechAnalyzers.Processing.BiometricApiUsageAnalyzer).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToImmutableArray();

    /// <summary>A compilation of the given sources plus every stub and real SDK the tests know.</summary>
    public static CSharpCompilation Compile(IEnumerable<(string Path, string Text)> sources, TestSetup setup, IReadOnlyDictionary<string, ReportDiagnostic>? severities = null)
    {
        var trees = new List<SyntaxTree>();
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        foreach (var stub in setup.Stubs)
        {
            trees.Add(CSharpSyntaxTree.ParseText(SourceText.From(TestSetup.StubText(stub)), parseOptions, $"/0/Stubs/{stub}.cs"));
        }

        foreach (var (name, text) in setup.Sources)
        {
            trees.Add(CSharpSyntaxTree.ParseText(SourceText.From(text), parseOptions, $"/0/{name}"));
        }

        foreach (var (path, text) in sources)
        {
            trees.Add(CSharpSyntaxTree.ParseText(SourceText.From(text), parseOptions, path));
        }

        var options = new CSharpCompilationOptions(setup.OutputKind, nullableContextOptions: NullableContextOptions.Enable);
        if (severities is not null)
        {
            options = options.WithSyntaxTreeOptionsProvider(new SeverityProvider(severities));
        }

        return CSharpCompilation.Create(
            "Analyzed",
            trees,
            Basic.Reference.Assemblies.Net80.References.All.Cast<MetadataReference>().Concat(setup.References),
            options);
    }

    public sealed record Result(ImmutableArray<Diagnostic> Diagnostics, ImmutableArray<Exception> Exceptions);

    public static async Task<Result> RunAsync(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers, TestSetup setup, SyntaxTree? onlyTree = null)
    {
        var exceptions = new ConcurrentQueue<Exception>();
        var additional = setup.AdditionalFiles.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)).ToImmutableArray();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(additional, new ConfigOptionsProvider(setup.EditorConfig)),
            onAnalyzerException: (exception, analyzer, diagnostic) => exceptions.Enqueue(new InvalidOperationException($"{analyzer.GetType().Name} threw: {diagnostic.GetMessage()}", exception)),
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false);
        var withAnalyzers = compilation.WithAnalyzers(analyzers, options);
        ImmutableArray<Diagnostic> diagnostics;
        if (onlyTree is null)
        {
            diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        }
        else
        {
            var model = compilation.GetSemanticModel(onlyTree);
            var semantic = await withAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(model, null, CancellationToken.None);
            var syntax = await withAnalyzers.GetAnalyzerSyntaxDiagnosticsAsync(onlyTree, CancellationToken.None);
            diagnostics = semantic.AddRange(syntax);
        }

        foreach (var diagnostic in diagnostics.Where(d => d.Id == "AD0001"))
        {
            exceptions.Enqueue(new InvalidOperationException(diagnostic.GetMessage()));
        }

        return new Result(diagnostics, exceptions.ToImmutableArray());
    }

    private sealed class InMemoryAdditionalText(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    /// <summary>Key/value lines of an .editorconfig section that covers every file.</summary>
    private sealed class ConfigOptionsProvider : AnalyzerConfigOptionsProvider
    {
        private readonly Options _options;

        public ConfigOptionsProvider(string? lines)
        {
            var values = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var line in (lines ?? string.Empty).Split('\n'))
            {
                var equals = line.IndexOf('=');
                if (equals > 0)
                {
                    values[line.Substring(0, equals).Trim()] = line.Substring(equals + 1).Trim();
                }
            }

            _options = new Options(values.ToImmutable());
        }

        public override AnalyzerConfigOptions GlobalOptions => _options;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _options;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _options;

        private sealed class Options(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
        }
    }

    private sealed class SeverityProvider(IReadOnlyDictionary<string, ReportDiagnostic> severities) : SyntaxTreeOptionsProvider
    {
        public override GeneratedKind IsGenerated(SyntaxTree tree, CancellationToken cancellationToken) => GeneratedKind.Unknown;

        public override bool TryGetDiagnosticValue(SyntaxTree tree, string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
            => severities.TryGetValue(diagnosticId, out severity);

        public override bool TryGetGlobalDiagnosticValue(string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
            => severities.TryGetValue(diagnosticId, out severity);
    }
}

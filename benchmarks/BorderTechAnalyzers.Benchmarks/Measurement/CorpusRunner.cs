using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;
using BorderTechAnalyzers.Benchmarks.Setup;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace BorderTechAnalyzers.Benchmarks.Measurement;

/// <summary>One measured repetition on one corpus.</summary>
internal sealed record Iteration(
    double CompileMs,
    double AnalysisWallMs,
    IReadOnlyDictionary<string, double> AnalyzerMs,
    double BorderTechMs,
    double BannedApiMs,
    int BorderTechDiagnostics,
    int BannedApiDiagnostics,
    IReadOnlyList<string> AnalyzerExceptions,
    ImmutableArray<Diagnostic> CompilerDiagnostics)
{
    public double BorderTechPerBannedApi => BannedApiMs > 0 ? BorderTechMs / BannedApiMs : double.PositiveInfinity;

    public double BorderTechPerCompile => BorderTechMs / CompileMs;
}

/// <summary>
/// Compiles one corpus and runs each analyzer set on it in a pass of its own. Every repetition builds fresh
/// compilations from the same parsed trees, so no bound state carries over between repetitions, between the two
/// analyzer passes, or from the compile measurement to the analysis.
/// </summary>
internal sealed class CorpusRunner
{
    private readonly string _name;
    private readonly ImmutableArray<SyntaxTree> _trees;
    private readonly ImmutableArray<MetadataReference> _references;
    private readonly CSharpCompilationOptions _compilationOptions;
    private readonly AnalyzerOptions _analyzerOptions;
    private readonly ImmutableArray<DiagnosticAnalyzer> _borderTech;
    private readonly ImmutableArray<DiagnosticAnalyzer> _bannedApi;
    private readonly bool _concurrent;

    public CorpusRunner(
        string name,
        ImmutableArray<SyntaxTree> trees,
        ImmutableArray<MetadataReference> references,
        ImmutableArray<AdditionalText> additionalFiles,
        ImmutableArray<DiagnosticAnalyzer> borderTech,
        ImmutableArray<DiagnosticAnalyzer> bannedApi,
        bool concurrent)
    {
        _name = name;
        _trees = trees;
        _references = references;
        _borderTech = borderTech;
        _bannedApi = bannedApi;
        _concurrent = concurrent;
        _compilationOptions = new CSharpCompilationOptions(
            OutputKind.DynamicallyLinkedLibrary,
            nullableContextOptions: NullableContextOptions.Enable,
            concurrentBuild: concurrent,
            deterministic: true);
        _analyzerOptions = new AnalyzerOptions(additionalFiles);
    }

    public string Name => _name;

    /// <summary>The same runner over the first <paramref name="fraction"/> of the corpus files (and all stub files): enough to warm up the JIT.</summary>
    public CorpusRunner Slice(double fraction, int corpusFileCount)
    {
        var keep = (int)Math.Ceiling(corpusFileCount * fraction);
        var trees = _trees.Take(keep).Concat(_trees.Skip(corpusFileCount)).ToImmutableArray();
        return new CorpusRunner(_name, trees, _references, _analyzerOptions.AdditionalFiles, _borderTech, _bannedApi, _concurrent);
    }

    public CSharpCompilation CreateCompilation() => CSharpCompilation.Create("Benchmark." + _name, _trees, _references, _compilationOptions);

    public Iteration Run()
    {
        Settle();
        var compilation = CreateCompilation();
        var stopwatch = Stopwatch.StartNew();
        var compilerDiagnostics = compilation.GetDiagnostics();
        var compileMs = stopwatch.Elapsed.TotalMilliseconds;

        // Each analyzer set runs alone on a fresh compilation, as it would in a user's build: work the analyzer driver
        // does for whichever analyzer reports first in a file (the generated-code check, for one) is then charged to
        // both sets alike instead of to the one that happens to run first. The order alternates between repetitions.
        var exceptions = new ConcurrentQueue<string>();
        var perAnalyzer = new SortedDictionary<string, double>(StringComparer.Ordinal);
        var bannedFirst = (_repetition++ % 2) == 1;
        var first = RunPass(bannedFirst ? _bannedApi : _borderTech, perAnalyzer, exceptions);
        var second = RunPass(bannedFirst ? _borderTech : _bannedApi, perAnalyzer, exceptions);
        var (borderTech, bannedApi) = bannedFirst ? (second, first) : (first, second);

        var diagnostics = borderTech.Diagnostics.AddRange(bannedApi.Diagnostics);
        var borderTechDiagnostics = diagnostics.Count(d => d.Id.StartsWith("BT", StringComparison.Ordinal));
        var bannedApiDiagnostics = diagnostics.Count(d => d.Id == "RS0030");
        foreach (var d in diagnostics.Where(d => d.Id == "AD0001"))
        {
            exceptions.Enqueue(d.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        }

        return new Iteration(compileMs, borderTech.WallMs + bannedApi.WallMs, perAnalyzer, borderTech.AnalyzerMs, bannedApi.AnalyzerMs, borderTechDiagnostics, bannedApiDiagnostics, exceptions.ToList(), compilerDiagnostics);
    }

    private int _repetition;

    private sealed record Pass(ImmutableArray<Diagnostic> Diagnostics, double AnalyzerMs, double WallMs);

    private Pass RunPass(ImmutableArray<DiagnosticAnalyzer> analyzers, SortedDictionary<string, double> perAnalyzer, ConcurrentQueue<string> exceptions)
    {
        Settle();
        var options = new CompilationWithAnalyzersOptions(
            _analyzerOptions,
            (ex, analyzer, _) => exceptions.Enqueue($"{AnalyzerSets.Name(analyzer)}: {ex.GetType().Name}: {ex.Message}"),
            concurrentAnalysis: _concurrent,
            logAnalyzerExecutionTime: true,
            reportSuppressedDiagnostics: false);
        var withAnalyzers = CreateCompilation().WithAnalyzers(analyzers, options);
        var stopwatch = Stopwatch.StartNew();
        var diagnostics = withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();
        var wallMs = stopwatch.Elapsed.TotalMilliseconds;

        double total = 0;
        foreach (var analyzer in analyzers)
        {
            var telemetry = withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).GetAwaiter().GetResult();
            var ms = telemetry.ExecutionTime.TotalMilliseconds;
            perAnalyzer[AnalyzerSets.Name(analyzer)] = ms;
            total += ms;
        }

        return new Pass(diagnostics, total, wallMs);
    }

    /// <summary>Collects garbage left by the previous step so it is not charged to the next one.</summary>
    private static void Settle()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }
}

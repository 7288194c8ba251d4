using System.Collections.Immutable;
using System.Diagnostics;
using BorderTechAnalyzers.Benchmarks;
using BorderTechAnalyzers.Benchmarks.Generation;
using BorderTechAnalyzers.Benchmarks.Measurement;
using BorderTechAnalyzers.Benchmarks.Setup;
using BorderTechAnalyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

// Compares the BorderTech analyzers with BannedApiAnalyzers (same symbols) and with the compiler, on a generated
// corpus that uses the biometric SDKs and on one that does not. See benchmarks/README.md.
BenchmarkOptions? options;
try
{
    options = BenchmarkOptions.Parse(args);
}
catch (ArgumentException ex)
{
    Console.Error.WriteLine(ex.Message);
    Console.Error.WriteLine(BenchmarkOptions.Usage);
    return 2;
}

if (options is null)
{
    Console.WriteLine(BenchmarkOptions.Usage);
    return 0;
}

var total = Stopwatch.StartNew();
var environment = SdkEnvironment.Create();
Console.WriteLine($"repository: {environment.RepoRoot}");

// Corpora.
var sdkCorpus = CorpusGenerator.Generate(CorpusKind.Sdk, options.Files, options.Seed, environment.HasStub);
var plainCorpus = CorpusGenerator.Generate(CorpusKind.Plain, options.Files, options.Seed, environment.HasStub);
var usedStubs = SdkSnippets.All.Select(s => s.Stub).OfType<string>().Where(environment.HasStub).Distinct().Order(StringComparer.Ordinal).ToList();
foreach (var corpus in new[] { sdkCorpus, plainCorpus })
{
    Console.WriteLine($"{corpus.Name} corpus: {corpus.Files.Count} files, {corpus.LineCount:N0} lines; snippets: {string.Join(", ", corpus.SnippetCounts.Select(p => $"{p.Key} {p.Value}"))}");
}

var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
ImmutableArray<SyntaxTree> Parse(GeneratedCorpus corpus, IEnumerable<string> stubs)
    => corpus.Files.Select(f => CSharpSyntaxTree.ParseText(f.Text, parseOptions, f.Path))
        .Concat(stubs.Select(s => CSharpSyntaxTree.ParseText(environment.StubText(s), parseOptions, $"/stubs/{s}.cs")))
        .ToImmutableArray();

var sdkTrees = Parse(sdkCorpus, usedStubs);
var plainTrees = Parse(plainCorpus, Array.Empty<string>());
var sdkReferences = environment.FrameworkReferences.AddRange(environment.SdkReferences);
var plainReferences = environment.FrameworkReferences;

// BannedSymbols.txt: the catalog's symbols, resolved against the SDK compilation.
var probe = CSharpCompilation.Create("Probe", sdkTrees, sdkReferences, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
var extraCatalog = ImmutableArray<CatalogEntry>.Empty;
var additionalFiles = ImmutableArray<AdditionalText>.Empty;
if (options.CatalogPath is not null)
{
    var name = Path.GetFileName(options.CatalogPath);
    if (!BiometricCatalog.IsUserCatalogFile(name))
    {
        Console.Error.WriteLine($"'{name}': BorderTech reads only files named BiometricApis*.txt.");
        return 2;
    }

    var text = File.ReadAllText(options.CatalogPath);
    var parsed = CatalogParser.Parse(SourceText.From(text), options.CatalogPath);
    foreach (var error in parsed.Errors)
    {
        Console.Error.WriteLine($"{name}({error.Source.Line}): {error.Message}");
    }

    extraCatalog = parsed.Entries;
    additionalFiles = additionalFiles.Add(new InMemoryAdditionalText("/corpus/" + name, text));
    Console.WriteLine($"extra catalog {name}: {parsed.Entries.Length} entries");
}

var banned = BannedSymbolsFile.Create(probe, extraCatalog);
Console.WriteLine($"BannedSymbols.txt: {banned.Lines} doc IDs from {banned.ResolvedEntries} of {banned.CatalogEntries} catalog entries resolved against the SDK compilation ({banned.SkippedExclusions} exclusions have no BannedSymbols form)");
additionalFiles = additionalFiles.Add(new InMemoryAdditionalText("/corpus/BannedSymbols.txt", banned.Text));

if (options.WriteCorpus)
{
    var folder = Path.Combine(environment.RepoRoot, "benchmarks", "BorderTechAnalyzers.Benchmarks", "corpus");
    if (Directory.Exists(folder))
    {
        Directory.Delete(folder, recursive: true);
    }

    foreach (var file in sdkCorpus.Files.Concat(plainCorpus.Files))
    {
        var path = Path.Combine(folder, file.Path.TrimStart('/').Substring("corpus/".Length));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, file.Text);
    }

    File.WriteAllText(Path.Combine(folder, "BannedSymbols.txt"), banned.Text);
    Console.WriteLine($"corpus written to {folder}");
}

var borderTech = AnalyzerSets.BorderTech();
var bannedApi = AnalyzerSets.BannedApi();
Console.WriteLine($"BorderTech analyzers: {string.Join(", ", borderTech.Select(AnalyzerSets.Name))}");
Console.WriteLine($"BannedApiAnalyzers 5.6.0 analyzers (RS0030): {string.Join(", ", bannedApi.Select(AnalyzerSets.Name))}");

var runners = new[]
{
    new CorpusRunner("SDK", sdkTrees, sdkReferences, additionalFiles, borderTech, bannedApi, options.Concurrent),
    new CorpusRunner("plain", plainTrees, plainReferences, additionalFiles, borderTech, bannedApi, options.Concurrent),
};

if (options.DryRun)
{
    foreach (var runner in runners)
    {
        if (!CompilesCleanly(runner.Name, runner.CreateCompilation().GetDiagnostics()))
        {
            return 2;
        }
    }

    Console.WriteLine("both corpora compile without errors");
    return 0;
}

Console.WriteLine($"setup done in {total.Elapsed.TotalSeconds:F1} s; {options.Warmup} warm-up + {options.Iterations} measured repetitions per corpus, {(options.Concurrent ? "concurrent" : "single-threaded")} build and analysis");

// Warm-up runs on a fifth of each corpus: it only has to JIT the compiler's and the analyzers' code paths.
var warmupRunners = runners.Select(r => r.Slice(0.2, options.Files)).ToArray();
var results = runners.ToDictionary(r => r.Name, _ => new List<Iteration>());
for (var i = 0; i < options.Warmup + options.Iterations; i++)
{
    var measured = i >= options.Warmup;
    foreach (var runner in measured ? runners : warmupRunners)
    {
        var iteration = runner.Run();
        if ((i == 0 || i == options.Warmup) && !CompilesCleanly(runner.Name, iteration.CompilerDiagnostics))
        {
            return 2;
        }

        Console.WriteLine(
            $"  {(measured ? $"rep {i - options.Warmup + 1}  " : "warm-up")} {runner.Name,-5}: compile {iteration.CompileMs,8:F0} ms | BorderTech {iteration.BorderTechMs,7:F1} ms | BannedApi {iteration.BannedApiMs,7:F1} ms | analysis pass {iteration.AnalysisWallMs,8:F0} ms | BT {iteration.BorderTechDiagnostics} RS0030 {iteration.BannedApiDiagnostics}");
        if (iteration.AnalyzerExceptions.Count > 0)
        {
            Console.Error.WriteLine($"FAIL: analyzer exceptions on the {runner.Name} corpus:");
            foreach (var message in iteration.AnalyzerExceptions.Take(10))
            {
                Console.Error.WriteLine("  " + message);
            }

            return 2;
        }

        if (measured)
        {
            results[runner.Name].Add(iteration);
        }
    }
}

var report = new Report(options, sdkCorpus, plainCorpus, banned, results["SDK"], results["plain"], total.Elapsed);
var markdown = report.ToMarkdown();
Console.WriteLine();
Console.WriteLine(markdown);

var resultsPath = options.ResultsPath ?? Path.Combine(environment.RepoRoot, "artifacts", "benchmarks", "results.md");
Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(resultsPath))!);
File.WriteAllText(resultsPath, markdown);
Console.WriteLine($"results written to {resultsPath}");

if (!report.SanityOk)
{
    Console.Error.WriteLine("FAIL: an analyzer reported nothing on the SDK corpus, so the comparison is meaningless.");
    return 2;
}

foreach (var line in report.Failures)
{
    Console.Error.WriteLine("FAIL: " + line);
}

return report.Failures.Count == 0 ? 0 : 1;

// The corpus must compile cleanly: error recovery is not what real builds spend their time on.
static bool CompilesCleanly(string corpus, IEnumerable<Diagnostic> diagnostics)
{
    var errors = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
    if (errors.Count == 0)
    {
        return true;
    }

    Console.Error.WriteLine($"FAIL: the {corpus} corpus has {errors.Count} compile errors, e.g.:");
    foreach (var error in errors.Take(10))
    {
        Console.Error.WriteLine("  " + error);
    }

    return false;
}

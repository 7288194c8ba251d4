using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using BorderTechAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace BorderTechAnalyzers.Tests.Meta;

/// <summary>
/// Every fixer, offered every fixable diagnostic of the code-fix and governance test sources cut off at many points,
/// registers its fixes and computes their changes without throwing.
/// </summary>
public sealed class TruncatedSourceFixerTests
{
    private const int CutsPerSource = 8;

    [Fact]
    public async Task NoFixerThrows_OnTheDiagnosticsOfTruncatedTestSources()
    {
        var analyzers = CompilationRunner.AllAnalyzers();
        var fixers = typeof(BorderTechAnalyzers.CodeFixes.EmotionRequestCodeFix).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(CodeFixProvider).IsAssignableFrom(t))
            .Select(t => (CodeFixProvider)Activator.CreateInstance(t)!)
            .ToImmutableArray();
        var setup = TruncatedSourceTests.Everything();
        var sources = TestSourceCorpus.All.Where(s => s.Name.StartsWith("CodeFixes", StringComparison.Ordinal) || s.Name.StartsWith("Governance", StringComparison.Ordinal) || s.Name.EndsWith(".cs", StringComparison.Ordinal) && !s.Name.StartsWith("Stubs", StringComparison.Ordinal)).ToList();
        var failures = new ConcurrentQueue<string>();
        var fixesComputed = 0;

        await Parallel.ForEachAsync(sources, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, async (source, _) =>
        {
            foreach (var cut in CutPoints(source.Text))
            {
                try
                {
                    Interlocked.Add(ref fixesComputed, await FixEverythingAsync(source.Text.Substring(0, cut), setup, analyzers, fixers));
                }
                catch (Exception exception)
                {
                    failures.Enqueue($"{source.Name} cut at {cut}: {exception}");
                }
            }
        });

        Assert.True(sources.Count >= 10, $"only {sources.Count} sources");
        Assert.True(fixesComputed > 0, "no fix was ever offered: the test exercised nothing");
        Assert.True(failures.IsEmpty, string.Join(Environment.NewLine, failures.Take(5)));
    }

    /// <summary>Runs every analyzer on the text, then every fixer on every fixable diagnostic; returns how many fixes were computed.</summary>
    private static async Task<int> FixEverythingAsync(string text, TestSetup setup, ImmutableArray<Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer> analyzers, ImmutableArray<CodeFixProvider> fixers)
    {
        using var workspace = new AdhocWorkspace();
        var projectId = ProjectId.CreateNewId();
        var solution = workspace.CurrentSolution.AddProject(ProjectInfo.Create(
            projectId,
            VersionStamp.Default,
            "Typed",
            "Typed",
            LanguageNames.CSharp,
            compilationOptions: new CSharpCompilationOptions(setup.OutputKind, nullableContextOptions: NullableContextOptions.Enable),
            parseOptions: new CSharpParseOptions(LanguageVersion.Latest),
            metadataReferences: Basic.Reference.Assemblies.Net80.References.All.Cast<MetadataReference>().Concat(setup.References)));
        foreach (var stub in setup.Stubs)
        {
            solution = solution.AddDocument(DocumentId.CreateNewId(projectId), stub + ".cs", SourceText.From(TestSetup.StubText(stub)), filePath: $"/0/Stubs/{stub}.cs");
        }

        var typedId = DocumentId.CreateNewId(projectId);
        solution = solution.AddDocument(typedId, "Typed.cs", SourceText.From(text), filePath: "/0/Typed.cs");
        var document = solution.GetDocument(typedId)!;
        var compilation = (await document.Project.GetCompilationAsync())!;
        var tree = (await document.GetSyntaxTreeAsync())!;
        var analysis = await CompilationRunner.RunAsync(compilation, analyzers, TestSetup.None, tree);
        if (!analysis.Exceptions.IsEmpty)
        {
            throw new InvalidOperationException("an analyzer threw first: " + analysis.Exceptions[0]);
        }

        var computed = 0;
        foreach (var diagnostic in analysis.Diagnostics.Where(d => d.Location.SourceTree == tree).Take(12))
        {
            foreach (var fixer in fixers.Where(f => f.FixableDiagnosticIds.Contains(diagnostic.Id)))
            {
                var actions = new List<CodeAction>();
                var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None);
                await fixer.RegisterCodeFixesAsync(context);
                foreach (var action in actions)
                {
                    var operations = await action.GetOperationsAsync(CancellationToken.None);
                    if (!operations.OfType<ApplyChangesOperation>().Any(o => ChangesText(o.ChangedSolution, solution)))
                    {
                        throw new InvalidOperationException($"{fixer.GetType().Name} offered a fix that changes nothing for {diagnostic}");
                    }

                    computed++;
                }
            }
        }

        return computed;
    }

    private static bool ChangesText(Solution changed, Solution original)
        => changed.GetChanges(original).GetProjectChanges().Any(p => p.GetChangedDocuments(onlyGetDocumentsWithTextChanges: true).Any() || p.GetAddedDocuments().Any());

    private static IEnumerable<int> CutPoints(string text)
    {
        var cuts = new SortedSet<int> { text.Length };
        for (var i = 1; i < CutsPerSource; i++)
        {
            cuts.Add(text.Length * i / CutsPerSource);
        }

        return cuts;
    }
}

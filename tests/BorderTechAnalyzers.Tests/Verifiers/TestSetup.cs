using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace BorderTechAnalyzers.Tests.Verifiers;

/// <summary>
/// What a test compilation holds besides the source under test: vendor SDK stubs (sources) or real SDK assemblies,
/// extra sources, an .editorconfig, AdditionalFiles. Setups combine with <c>+</c>.
/// </summary>
public sealed record TestSetup
{
    public static readonly TestSetup None = new();

    public ImmutableArray<string> Stubs { get; init; } = ImmutableArray<string>.Empty;

    public ImmutableArray<MetadataReference> References { get; init; } = ImmutableArray<MetadataReference>.Empty;

    public ImmutableArray<(string Name, string Text)> Sources { get; init; } = ImmutableArray<(string, string)>.Empty;

    public ImmutableArray<(string Path, string Text)> AdditionalFiles { get; init; } = ImmutableArray<(string, string)>.Empty;

    public string? EditorConfig { get; init; }

    public string? GlobalConfig { get; init; }

    public OutputKind OutputKind { get; init; } = OutputKind.DynamicallyLinkedLibrary;

    public static TestSetup operator +(TestSetup left, TestSetup right) => new()
    {
        Stubs = left.Stubs.AddRange(right.Stubs.Where(s => !left.Stubs.Contains(s))),
        References = left.References.AddRange(right.References.Where(r => !left.References.Contains(r))),
        Sources = left.Sources.AddRange(right.Sources),
        AdditionalFiles = left.AdditionalFiles.AddRange(right.AdditionalFiles),
        EditorConfig = Join(left.EditorConfig, right.EditorConfig),
        GlobalConfig = Join(left.GlobalConfig, right.GlobalConfig),
        OutputKind = right.OutputKind != OutputKind.DynamicallyLinkedLibrary ? right.OutputKind : left.OutputKind,
    };

    private static string? Join(string? a, string? b) => a is null ? b : b is null ? a : a + "\n" + b;

    public static TestSetup Stub(string name) => new() { Stubs = ImmutableArray.Create(name) };

    public static TestSetup Reference(params string[] assemblyFileNames) => new()
    {
        References = assemblyFileNames.Select(ReferenceFromOutput).ToImmutableArray(),
    };

    public TestSetup WithSource(string name, string text) => this + new TestSetup { Sources = ImmutableArray.Create((name, text)) };

    public TestSetup WithAdditionalFile(string path, string text) => this + new TestSetup { AdditionalFiles = ImmutableArray.Create((path, text)) };

    /// <summary>Adds <c>key = value</c> lines to an .editorconfig that covers every source file.</summary>
    public TestSetup WithOptions(string lines) => this + new TestSetup { EditorConfig = lines };

    public TestSetup WithGlobalOptions(string lines) => this + new TestSetup { GlobalConfig = lines };

    public TestSetup AsConsoleApplication() => this with { OutputKind = OutputKind.ConsoleApplication };

    private static readonly ConcurrentDictionary<string, MetadataReference> s_references = new();

    private static MetadataReference ReferenceFromOutput(string fileName)
        => s_references.GetOrAdd(fileName, static name =>
        {
            var path = Path.Combine(AppContext.BaseDirectory, name);
            if (!File.Exists(path))
            {
                throw new FileNotFoundException($"The test output has no '{name}'; reference its package in the test project.", path);
            }

            return MetadataReference.CreateFromFile(path);
        });

    private static readonly ConcurrentDictionary<string, string> s_stubs = new();

    public static string StubText(string name)
        => s_stubs.GetOrAdd(name, static n =>
        {
            using var stream = typeof(TestSetup).Assembly.GetManifestResourceStream($"Stubs.{n}.cs")
                ?? throw new InvalidOperationException($"No stub named '{n}' (expected Stubs/{n}.cs in the test project).");
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        });

    public static ImmutableArray<string> AllStubNames()
        => typeof(TestSetup).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("Stubs.", StringComparison.Ordinal) && n.EndsWith(".cs", StringComparison.Ordinal))
            .Select(n => n.Substring("Stubs.".Length, n.Length - "Stubs.".Length - ".cs".Length))
            .OrderBy(n => n, StringComparer.Ordinal)
            .ToImmutableArray();

    /// <summary>
    /// Adds the stubs and extra sources right after the test's main source, so sources a test or a code fix adds
    /// later keep their place after them.
    /// </summary>
    internal void ApplySourcesTo(SolutionState state)
    {
        var position = System.Math.Min(1, state.Sources.Count);
        foreach (var stub in Stubs)
        {
            state.Sources.Insert(position++, ($"/0/Stubs/{stub}.cs", Microsoft.CodeAnalysis.Text.SourceText.From(StubText(stub))));
        }

        foreach (var (name, text) in Sources)
        {
            state.Sources.Insert(position++, ($"/0/{name}", Microsoft.CodeAnalysis.Text.SourceText.From(text)));
        }
    }

    /// <summary>Applies this setup to a test's state: offline .NET 8 reference assemblies plus everything above except sources (added after the test's own, see <see cref="ApplySourcesTo"/>).</summary>
    internal void ApplyTo(SolutionState state, AnalyzerTest<DefaultVerifier> test)
    {
        test.ReferenceAssemblies = new ReferenceAssemblies("net8.0");
        state.AdditionalReferences.AddRange(Basic.Reference.Assemblies.Net80.References.All);
        state.AdditionalReferences.AddRange(References);
        state.OutputKind = OutputKind;

        foreach (var (path, text) in AdditionalFiles)
        {
            state.AdditionalFiles.Add((path, text));
        }

        if (EditorConfig is not null)
        {
            state.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*]\n" + EditorConfig + "\n"));
        }

        if (GlobalConfig is not null)
        {
            state.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\n" + GlobalConfig + "\n"));
        }
    }
}

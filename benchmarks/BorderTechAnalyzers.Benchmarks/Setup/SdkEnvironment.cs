using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace BorderTechAnalyzers.Benchmarks.Setup;

/// <summary>
/// What the corpus compiles against: offline .NET 8 reference assemblies, the real vendor SDK assemblies restored
/// with this project, and the stub SDK sources the tests use for vendors whose packages are not available.
/// </summary>
internal sealed class SdkEnvironment
{
    /// <summary>Real SDK assemblies (copied to the output by their package references).</summary>
    private static readonly string[] s_sdkAssemblies =
    {
        "OpenCvSharp.dll",
        "AipSdk.dll",
        "Newtonsoft.Json.dll",
        "Microsoft.Azure.CognitiveServices.Vision.ComputerVision.dll",
        "Microsoft.Rest.ClientRuntime.dll",
        "Microsoft.Rest.ClientRuntime.Azure.dll",
        "Microsoft.ML.OnnxRuntime.dll",
        "Microsoft.ML.Core.dll",
        "Microsoft.ML.Data.dll",
        "Microsoft.ML.DataView.dll",
        "Microsoft.ML.OnnxTransformer.dll",
    };

    private readonly Dictionary<string, string> _stubs;

    private SdkEnvironment(string repoRoot, Dictionary<string, string> stubs, ImmutableArray<MetadataReference> sdkReferences)
    {
        RepoRoot = repoRoot;
        _stubs = stubs;
        SdkReferences = sdkReferences;
    }

    public string RepoRoot { get; }

    public string StubDirectory => Path.Combine(RepoRoot, "tests", "BorderTechAnalyzers.Tests", "Stubs");

    /// <summary>The .NET 8 reference assemblies: all the plain corpus references.</summary>
    public ImmutableArray<MetadataReference> FrameworkReferences { get; } = Basic.Reference.Assemblies.Net80.References.All.Cast<MetadataReference>().ToImmutableArray();

    public ImmutableArray<MetadataReference> SdkReferences { get; }

    public IEnumerable<string> StubNames => _stubs.Keys.Order(StringComparer.Ordinal);

    public bool HasStub(string name) => _stubs.ContainsKey(name);

    public string StubText(string name) => _stubs[name];

    public static SdkEnvironment Create()
    {
        var root = LocateRepoRoot();
        var stubDirectory = Path.Combine(root, "tests", "BorderTechAnalyzers.Tests", "Stubs");
        var stubs = Directory.Exists(stubDirectory)
            ? Directory.EnumerateFiles(stubDirectory, "*.cs", SearchOption.AllDirectories)
                .ToDictionary(p => Path.GetFileNameWithoutExtension(p), File.ReadAllText, StringComparer.Ordinal)
            : new Dictionary<string, string>(StringComparer.Ordinal);

        var references = ImmutableArray.CreateBuilder<MetadataReference>();
        foreach (var name in s_sdkAssemblies)
        {
            var path = Path.Combine(AppContext.BaseDirectory, name);
            if (!File.Exists(path))
            {
                throw new FileNotFoundException($"The benchmark output has no '{name}'; reference its package in the benchmark project.", path);
            }

            references.Add(MetadataReference.CreateFromFile(path));
        }

        return new SdkEnvironment(root, stubs, references.ToImmutable());
    }

    /// <summary>The folder with BorderTechAnalyzers.sln, searched upwards from the working directory and from the program.</summary>
    private static string LocateRepoRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "BorderTechAnalyzers.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new DirectoryNotFoundException("Cannot find the repository root (the folder with BorderTechAnalyzers.sln).");
    }
}

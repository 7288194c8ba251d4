using System.Collections.Immutable;
using System.Linq;
using BorderTechAnalyzers.Infrastructure;
using BorderTechAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace BorderTechAnalyzers.Tests.Infrastructure;

/// <summary>Resolving the catalog against a compilation: nothing at all when no SDK is referenced.</summary>
public sealed class CatalogIndexTests
{
    [Fact]
    public void PlainCompilation_ResolvesNothing_SoTheAnalyzersRegisterNothing()
    {
        var compilation = CompilationRunner.Compile(new[] { ("/0/A.cs", "namespace Microsoft.Azure { class FaceClient { void Identify() { } } } class FaceDetector { }") }, TestSetup.None);

        var index = BiometricSites.CreateIndex(compilation, new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), default);

        Assert.Null(index);
    }

    [Fact]
    public void CompilationWithAnSdk_ResolvesItsEntries_ButNotOtherVendors()
    {
        var compilation = CompilationRunner.Compile(new[] { ("/0/A.cs", "class A { }") }, Sdk.Rekognition);

        var index = BiometricSites.CreateIndex(compilation, new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), default);

        Assert.NotNull(index);
        var searchFaces = compilation.GetTypeByMetadataName("Amazon.Rekognition.IAmazonRekognition")!.GetMembers("SearchFaces").Single();
        var detectLabels = compilation.GetTypeByMetadataName("Amazon.Rekognition.IAmazonRekognition")!.GetMembers("DetectLabels").Single();
        Assert.Contains(index!.Match(searchFaces), e => (e.Categories & BiometricCategory.Identification) != 0);
        Assert.Empty(index.Match(detectLabels));
        Assert.Empty(index.UnresolvedMembers.Where(e => e.Source.Path != BiometricCatalog.BuiltInPath));
    }

    [Fact]
    public void ConcreteClientImplementations_AndOverrides_MatchTheInterfaceEntry()
    {
        var compilation = CompilationRunner.Compile(new[] { ("/0/A.cs", """
            using System.Threading;
            using System.Threading.Tasks;
            using Amazon.Rekognition.Model;
            class Audited : Amazon.Rekognition.AmazonRekognitionClient
            {
                public override Task<SearchUsersResponse> SearchUsersAsync(SearchUsersRequest r, CancellationToken c = default) => base.SearchUsersAsync(r, c);
            }
            """) }, Sdk.Rekognition);
        var list = new TextAdditional("/0/BiometricApis.txt", "identification M:Amazon.Rekognition.IAmazonRekognition.DetectLabels\n");

        var index = BiometricSites.CreateIndex(compilation, new AnalyzerOptions(ImmutableArray.Create<AdditionalText>(list)), default)!;

        var concrete = compilation.GetTypeByMetadataName("Amazon.Rekognition.AmazonRekognitionClient")!.GetMembers("DetectLabels").Single();
        var overridden = compilation.GetTypeByMetadataName("Audited")!.GetMembers("SearchUsersAsync").Single();
        Assert.Contains(index.Match(concrete), e => e.Source.Path == "/0/BiometricApis.txt");
        Assert.Contains(index.Match(overridden), e => (e.Categories & BiometricCategory.Identification) != 0);
    }

    private sealed class TextAdditional(string path, string text) : AdditionalText
    {
        public override string Path => path;

        public override SourceText GetText(System.Threading.CancellationToken cancellationToken = default) => SourceText.From(text);
    }
}

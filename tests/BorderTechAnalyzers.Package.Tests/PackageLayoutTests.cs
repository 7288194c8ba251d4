using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;
using Xunit;

namespace BorderTechAnalyzers.Package.Tests;

/// <summary>The packages hold exactly what a consumer needs, and nothing that would leak into its build output.</summary>
[Collection(PackedPackagesCollection.Name)]
public sealed class PackageLayoutTests(PackedPackages packages)
{
    [Fact]
    public void AnalyzerPackage_HoldsExactlyTheAnalyzersBuildFilesModePresetsAndReadme()
    {
        var entries = PayloadEntries(packages.AnalyzerPackage);

        Assert.Equal(
            new[]
            {
                "README.md",
                "analyzers/dotnet/cs/BorderTechAnalyzers.CodeFixes.dll",
                "analyzers/dotnet/cs/BorderTechAnalyzers.dll",
                "build/BorderTechAnalyzers.props",
                "build/BorderTechAnalyzers.targets",
                "build/config/BorderTech.Audit.globalconfig",
                "build/config/BorderTech.Strict.globalconfig",
                "buildTransitive/BorderTechAnalyzers.props",
                "buildTransitive/BorderTechAnalyzers.targets",
            },
            entries);
    }

    [Fact]
    public void AnalyzerPackage_IsADevelopmentDependency_WithoutDependencies()
    {
        var nuspec = Nuspec(packages.AnalyzerPackage);
        var ns = nuspec.Root!.Name.Namespace;
        var metadata = nuspec.Root.Element(ns + "metadata")!;

        Assert.Equal("BorderTechAnalyzers", metadata.Element(ns + "id")!.Value);
        Assert.Equal("true", metadata.Element(ns + "developmentDependency")!.Value);
        Assert.Empty(metadata.Descendants(ns + "dependency"));
        Assert.Equal("MIT", metadata.Element(ns + "license")!.Value);
    }

    [Fact]
    public void AnalyzerAssembly_IsCompiledAgainstRoslyn48_SoOlderHostsLoadIt()
    {
        using var zip = ZipFile.OpenRead(packages.AnalyzerPackage);
        foreach (var name in new[] { "analyzers/dotnet/cs/BorderTechAnalyzers.dll", "analyzers/dotnet/cs/BorderTechAnalyzers.CodeFixes.dll" })
        {
            using var stream = new MemoryStream();
            using (var entry = zip.GetEntry(name)!.Open())
            {
                entry.CopyTo(stream);
            }

            stream.Position = 0;
            using var pe = new PEReader(stream);
            var reader = pe.GetMetadataReader();
            var roslyn = reader.AssemblyReferences.Select(reader.GetAssemblyReference)
                .Where(r => reader.GetString(r.Name).StartsWith("Microsoft.CodeAnalysis", System.StringComparison.Ordinal))
                .ToList();
            Assert.NotEmpty(roslyn);
            Assert.All(roslyn, r => Assert.Equal(new System.Version(4, 8, 0, 0), r.Version));
        }
    }

    [Fact]
    public void AnnotationsPackage_IsANormalLibrary_WithDocs_AndNoDependencies()
    {
        var entries = PayloadEntries(packages.AnnotationsPackage);

        Assert.Equal(
            new[] { "README.md", "lib/netstandard2.0/BorderTech.Annotations.dll", "lib/netstandard2.0/BorderTech.Annotations.xml" },
            entries);
        var nuspec = Nuspec(packages.AnnotationsPackage);
        Assert.Empty(nuspec.Descendants(nuspec.Root!.Name.Namespace + "dependency"));
    }

    private static string[] PayloadEntries(string package)
    {
        using var zip = ZipFile.OpenRead(package);
        return zip.Entries
            .Select(e => e.FullName)
            .Where(n => !n.EndsWith(".nuspec") && !n.StartsWith("_rels/") && !n.StartsWith("package/") && n != "[Content_Types].xml")
            .OrderBy(n => n, System.StringComparer.Ordinal)
            .ToArray();
    }

    private static XDocument Nuspec(string package)
    {
        using var zip = ZipFile.OpenRead(package);
        var entry = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec"));
        using var stream = entry.Open();
        return XDocument.Load(stream);
    }
}

using System;
using System.IO;
using System.Linq;
using Xunit;

namespace BorderTechAnalyzers.Package.Tests;

/// <summary>
/// Packs BorderTechAnalyzers and BorderTechAnalyzers.Annotations once per run, from a copy of the sources, with a
/// version no earlier run used — so no NuGet cache anywhere can hand a consumer a stale copy.
/// </summary>
public sealed class PackedPackages : IDisposable
{
    public PackedPackages()
    {
        Root = Path.Combine(Path.GetTempPath(), "bordertech-e2e-" + Guid.NewGuid().ToString("N")[..12]);
        Feed = Path.Combine(Root, "feed");
        Version = $"0.0.0-e2e.{DateTime.UtcNow:yyyyMMddHHmmss}.{Environment.ProcessId}";
        var copy = Path.Combine(Root, "repo");
        var repository = DotNet.RepositoryRoot();
        CopyDirectory(Path.Combine(repository, "src"), Path.Combine(copy, "src"));
        // Everything the src/ projects import from the repository root (Directory.Build.props imports version.props).
        foreach (var file in new[] { "Directory.Build.props", "Directory.Build.targets", "version.props", "global.json", "LICENSE" })
        {
            if (File.Exists(Path.Combine(repository, file)))
            {
                File.Copy(Path.Combine(repository, file), Path.Combine(copy, file));
            }
        }

        foreach (var project in new[] { "src/BorderTechAnalyzers.Package/BorderTechAnalyzers.Package.csproj", "src/BorderTechAnalyzers.Annotations/BorderTechAnalyzers.Annotations.csproj" })
        {
            var result = DotNet.Run(copy, null, "pack", project, "-c", "Release", "-o", Feed, $"-p:Version={Version}");
            if (result.ExitCode != 0)
            {
                throw new InvalidOperationException($"dotnet pack {project} failed: {result}");
            }
        }
    }

    public string Root { get; }

    public string Feed { get; }

    public string Version { get; }

    /// <summary>
    /// One value per key for the whole run — a consumer restored once, a build whose output several tests read — so
    /// the end-to-end tests build as little as they can.
    /// </summary>
    public T Shared<T>(string key, Func<T> create)
        where T : class
        => (T)_shared.GetOrAdd(key, _ => new Lazy<object>(create)).Value;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<object>> _shared = new();

    public string AnalyzerPackage => Path.Combine(Feed, $"BorderTechAnalyzers.{Version}.nupkg");

    public string AnnotationsPackage => Path.Combine(Feed, $"BorderTechAnalyzers.Annotations.{Version}.nupkg");

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A build server may still hold a file; the temp folder is cleaned by the OS eventually.
        }
    }

    internal static void CopyDirectory(string source, string target)
    {
        foreach (var directory in Directory.EnumerateDirectories(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, directory);
            if (relative.Split(Path.DirectorySeparatorChar).Any(p => p is "bin" or "obj"))
            {
                continue;
            }

            Directory.CreateDirectory(Path.Combine(target, relative));
        }

        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            if (relative.Split(Path.DirectorySeparatorChar).Any(p => p is "bin" or "obj"))
            {
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(target, relative))!);
            File.Copy(file, Path.Combine(target, relative));
        }
    }
}

[CollectionDefinition(Name)]
public sealed class PackedPackagesCollection : ICollectionFixture<PackedPackages>
{
    public const string Name = "Packed packages";
}

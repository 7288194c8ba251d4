using System;
using System.IO;

namespace BorderTechAnalyzers.Tests.Verifiers;

/// <summary>Locates files of the repository the tests were built from (docs, release tracking, samples).</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> s_root = new(() =>
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "BorderTechAnalyzers.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Run the tests from a checkout: no BorderTechAnalyzers.sln above " + AppContext.BaseDirectory);
    });

    public static string Root => s_root.Value;

    public static string Combine(params string[] parts) => Path.Combine(Root, Path.Combine(parts));
}

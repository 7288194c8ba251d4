using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace BorderTechAnalyzers.Infrastructure
{
    /// <summary>
    /// Loads the built-in catalog (an embedded resource, parsed once per process) and the project's
    /// <c>BiometricApis*.txt</c> AdditionalFiles (parsed once per file version).
    /// </summary>
    internal static class BiometricCatalog
    {
        public const string BuiltInPath = "BiometricApis.txt (built-in)";
        private const string ResourceName = "BorderTechAnalyzers.Catalog.BiometricApis.txt";

        private static readonly Lazy<ParsedCatalog> s_builtIn = new(LoadBuiltIn, LazyThreadSafetyMode.ExecutionAndPublication);
        private static readonly Lazy<CatalogTrie> s_builtInTrie = new(() => CatalogTrie.Build(new[] { s_builtIn.Value }), LazyThreadSafetyMode.ExecutionAndPublication);
        private static readonly ConditionalWeakTable<SourceText, ParsedCatalog> s_userFiles = new();

        public static ParsedCatalog BuiltIn => s_builtIn.Value;

        public static bool IsUserCatalogFile(string path)
        {
            var name = Path.GetFileName(path);
            return name.StartsWith("BiometricApis", StringComparison.OrdinalIgnoreCase)
                && name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase);
        }

        public static ParsedCatalog ParseUserFile(AdditionalText file, CancellationToken cancellationToken)
        {
            var text = file.GetText(cancellationToken);
            if (text is null)
            {
                return ParsedCatalog.Empty;
            }

            return s_userFiles.GetValue(text, t => CatalogParser.Parse(t, file.Path));
        }

        /// <summary>The built-in catalog plus the project's own files, in path order so the result never depends on file order.</summary>
        public static CatalogTrie GetTrie(ImmutableArray<AdditionalText> additionalFiles, CancellationToken cancellationToken)
        {
            List<(string Path, ParsedCatalog Catalog)>? user = null;
            foreach (var file in additionalFiles)
            {
                if (IsUserCatalogFile(file.Path))
                {
                    (user ??= new()).Add((file.Path, ParseUserFile(file, cancellationToken)));
                }
            }

            if (user is null)
            {
                return s_builtInTrie.Value;
            }

            user.Sort(static (a, b) => string.CompareOrdinal(a.Path, b.Path));
            var catalogs = new List<ParsedCatalog> { s_builtIn.Value };
            foreach (var (_, catalog) in user)
            {
                catalogs.Add(catalog);
            }

            return CatalogTrie.Build(catalogs);
        }

        private static ParsedCatalog LoadBuiltIn()
        {
            using var stream = typeof(BiometricCatalog).Assembly.GetManifestResourceStream(ResourceName);
            if (stream is null)
            {
                return ParsedCatalog.Empty;
            }

            return CatalogParser.Parse(SourceText.From(stream), BuiltInPath);
        }
    }
}

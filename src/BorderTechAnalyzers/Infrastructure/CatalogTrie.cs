using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace BorderTechAnalyzers.Infrastructure
{
    /// <summary>
    /// The catalog's entries arranged by name segments, so resolving them against a compilation walks each namespace
    /// once and stops at the first segment the compilation does not have (a project without the SDK pays a handful of
    /// namespace look-ups).
    /// </summary>
    internal sealed class CatalogTrie
    {
        private CatalogTrie(Node root, ImmutableArray<CatalogEntry> entries)
        {
            Root = root;
            Entries = entries;
        }

        public Node Root { get; }

        public ImmutableArray<CatalogEntry> Entries { get; }

        public static CatalogTrie Build(IEnumerable<ParsedCatalog> catalogs)
        {
            var root = new Node();
            var all = ImmutableArray.CreateBuilder<CatalogEntry>();
            foreach (var catalog in catalogs)
            {
                foreach (var entry in catalog.Entries)
                {
                    all.Add(entry);
                    var node = root;
                    foreach (var segment in entry.Path)
                    {
                        if (!node.Children.TryGetValue(segment, out var child))
                        {
                            child = new Node();
                            node.Children.Add(segment, child);
                        }

                        node = child;
                    }

                    switch (entry.Kind)
                    {
                        case CatalogTargetKind.Namespace:
                            node.NamespaceEntries.Add(entry);
                            break;
                        case CatalogTargetKind.Type:
                            node.TypeEntries.Add(entry);
                            break;
                        default:
                            node.MemberEntries.Add(entry);
                            break;
                    }
                }
            }

            return new CatalogTrie(root, all.ToImmutable());
        }

        internal sealed class Node
        {
            public Dictionary<string, Node> Children { get; } = new(StringComparer.Ordinal);

            public List<CatalogEntry> MemberEntries { get; } = new();

            public List<CatalogEntry> TypeEntries { get; } = new();

            public List<CatalogEntry> NamespaceEntries { get; } = new();
        }
    }
}

using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace BorderTechAnalyzers.Infrastructure
{
    /// <summary>
    /// The catalog resolved against one compilation: which of its symbols the entries name, and a cached answer to
    /// "which entries apply to this symbol?". Built once per compilation; never built when nothing resolves.
    /// </summary>
    internal sealed class CatalogIndex
    {
        private readonly Dictionary<ISymbol, List<CatalogEntry>> _members;
        private readonly Dictionary<INamedTypeSymbol, List<CatalogEntry>> _types;
        private readonly HashSet<INamedTypeSymbol> _containers;
        private readonly HashSet<IAssemblySymbol> _catalogAssemblies = new(SymbolEqualityComparer.Default);
        private readonly HashSet<string> _namespaceRoots = new(StringComparer.Ordinal);
        private readonly HashSet<string> _memberNames = new(StringComparer.Ordinal);
        private readonly HashSet<string> _typeNames = new(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<IAssemblySymbol, bool> _assemblies = new(SymbolEqualityComparer.Default);
        private readonly Func<IAssemblySymbol, bool> _computeMayRelate;
        private readonly List<NamespaceEntry> _namespaces;
        private readonly HashSet<ISymbol> _excludedSymbols;
        private readonly List<NamespaceEntry> _excludedNamespaces;
        private readonly ConcurrentDictionary<INamedTypeSymbol, TypeFacts> _typeFacts = new(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<ISymbol, ImmutableArray<CatalogEntry>> _matches = new(SymbolEqualityComparer.Default);
        private readonly Func<INamedTypeSymbol, TypeFacts> _computeTypeFacts;
        private readonly Func<ISymbol, ImmutableArray<CatalogEntry>> _computeMatch;

        private CatalogIndex(
            Dictionary<ISymbol, List<CatalogEntry>> members,
            Dictionary<INamedTypeSymbol, List<CatalogEntry>> types,
            List<NamespaceEntry> namespaces,
            HashSet<ISymbol> excludedSymbols,
            List<NamespaceEntry> excludedNamespaces,
            ImmutableArray<CatalogEntry> unresolvedMembers)
        {
            _members = members;
            _types = types;
            _namespaces = namespaces;
            _excludedSymbols = excludedSymbols;
            _excludedNamespaces = excludedNamespaces;
            UnresolvedMembers = unresolvedMembers;
            _containers = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
            foreach (var member in members.Keys)
            {
                _containers.Add(member.ContainingType);
            }

            foreach (var type in types.Keys)
            {
                _containers.Add(type);
            }

            foreach (var container in _containers)
            {
                if (container.ContainingAssembly is { } assembly)
                {
                    _catalogAssemblies.Add(assembly);
                }
            }

            foreach (var member in members.Keys)
            {
                _memberNames.Add(member.Name);
            }

            foreach (var excludedSymbol in excludedSymbols)
            {
                _memberNames.Add(excludedSymbol.Name);
                if (excludedSymbol is INamedTypeSymbol excludedType)
                {
                    _typeNames.Add(excludedType.Name);
                }
            }

            foreach (var type in types.Keys)
            {
                _typeNames.Add(type.Name);
            }

            foreach (var entry in namespaces)
            {
                _namespaceRoots.Add(entry.Path[0]);
            }

            foreach (var entry in excludedNamespaces)
            {
                _namespaceRoots.Add(entry.Path[0]);
            }

            _computeTypeFacts = ComputeTypeFacts;
            _computeMayRelate = ComputeMayRelate;
            _computeMatch = ComputeMatch;
        }

        /// <summary>Entries whose containing type exists in the compilation but whose member does not: likely typos.</summary>
        public ImmutableArray<CatalogEntry> UnresolvedMembers { get; }

        public bool IsEmpty => _members.Count == 0 && _types.Count == 0 && _namespaces.Count == 0;

        public static CatalogIndex Create(Compilation compilation, CatalogTrie trie)
        {
            var members = new Dictionary<ISymbol, List<CatalogEntry>>(SymbolEqualityComparer.Default);
            var types = new Dictionary<INamedTypeSymbol, List<CatalogEntry>>(SymbolEqualityComparer.Default);
            var namespaces = new List<NamespaceEntry>();
            var excluded = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
            var excludedNamespaces = new List<NamespaceEntry>();
            var unresolved = ImmutableArray.CreateBuilder<CatalogEntry>();

            var containers = new List<INamespaceOrTypeSymbol> { compilation.GlobalNamespace };
            Resolve(trie.Root, containers, members, types, namespaces, excluded, excludedNamespaces, unresolved);

            return new CatalogIndex(members, types, namespaces, excluded, excludedNamespaces, unresolved.ToImmutable());
        }

        private static void Resolve(
            CatalogTrie.Node node,
            List<INamespaceOrTypeSymbol> containers,
            Dictionary<ISymbol, List<CatalogEntry>> members,
            Dictionary<INamedTypeSymbol, List<CatalogEntry>> types,
            List<NamespaceEntry> namespaces,
            HashSet<ISymbol> excluded,
            List<NamespaceEntry> excludedNamespaces,
            ImmutableArray<CatalogEntry>.Builder unresolved)
        {
            foreach (var pair in node.Children)
            {
                var segment = pair.Key;
                var child = pair.Value;

                if (child.MemberEntries.Count > 0)
                {
                    ResolveMembers(segment, child.MemberEntries, containers, members, excluded, unresolved);
                }

                if (child.Children.Count == 0 && child.TypeEntries.Count == 0 && child.NamespaceEntries.Count == 0)
                {
                    continue;
                }

                var next = new List<INamespaceOrTypeSymbol>();
                SplitArity(segment, out var name, out var arity);
                foreach (var container in containers)
                {
                    foreach (var member in container.GetMembers(name))
                    {
                        if (member is INamespaceSymbol ns && arity == 0)
                        {
                            next.Add(ns);
                        }
                        else if (member is INamedTypeSymbol type && type.Arity == arity)
                        {
                            next.Add(type);
                        }
                    }
                }

                if (next.Count == 0)
                {
                    continue;
                }

                foreach (var entry in child.TypeEntries)
                {
                    foreach (var symbol in next)
                    {
                        if (symbol is INamedTypeSymbol type)
                        {
                            if (entry.IsExclusion)
                            {
                                excluded.Add(type);
                            }
                            else
                            {
                                Add(types, type, entry);
                            }
                        }
                    }
                }

                foreach (var entry in child.NamespaceEntries)
                {
                    if (next.Exists(static s => s is INamespaceSymbol))
                    {
                        (entry.IsExclusion ? excludedNamespaces : namespaces).Add(new NamespaceEntry(entry.Path, entry));
                    }
                }

                Resolve(child, next, members, types, namespaces, excluded, excludedNamespaces, unresolved);
            }
        }

        private static void ResolveMembers(
            string segment,
            List<CatalogEntry> entries,
            List<INamespaceOrTypeSymbol> containers,
            Dictionary<ISymbol, List<CatalogEntry>> members,
            HashSet<ISymbol> excluded,
            ImmutableArray<CatalogEntry>.Builder unresolved)
        {
            var name = StripMethodArity(segment);
            var anyType = false;
            foreach (var entry in entries)
            {
                var found = false;
                foreach (var container in containers)
                {
                    if (container is not INamedTypeSymbol type)
                    {
                        continue;
                    }

                    anyType = true;
                    foreach (var member in type.GetMembers(name))
                    {
                        if (!KindMatches(entry.Kind, member))
                        {
                            continue;
                        }

                        if (entry.HasParameterList && !DeclarationIdMatches(member, entry.Id))
                        {
                            continue;
                        }

                        found = true;
                        if (entry.IsExclusion)
                        {
                            excluded.Add(member);
                        }
                        else
                        {
                            Add(members, member, entry);
                        }
                    }
                }

                if (!found && anyType)
                {
                    unresolved.Add(entry);
                }
            }
        }

        /// <summary>
        /// Compares a member with an ID written with a parameter list. Some Roslyn versions append the return type
        /// (<c>~System.Boolean</c>) to the ID of every method; an ID written without one matches any return type.
        /// </summary>
        internal static bool DeclarationIdMatches(ISymbol member, string id)
        {
            var actual = DocumentationCommentId.CreateDeclarationId(member);
            if (string.Equals(actual, id, StringComparison.Ordinal))
            {
                return true;
            }

            var tilde = actual.IndexOf('~');
            return tilde > 0
                && id.Length == tilde
                && string.CompareOrdinal(actual, 0, id, 0, tilde) == 0;
        }

        private static bool KindMatches(CatalogTargetKind kind, ISymbol member) => kind switch
        {
            CatalogTargetKind.Method => member.Kind == SymbolKind.Method,
            CatalogTargetKind.Property => member.Kind == SymbolKind.Property,
            CatalogTargetKind.Field => member.Kind == SymbolKind.Field,
            CatalogTargetKind.Event => member.Kind == SymbolKind.Event,
            _ => false,
        };

        private static void Add<TKey>(Dictionary<TKey, List<CatalogEntry>> map, TKey key, CatalogEntry entry)
            where TKey : notnull
        {
            if (!map.TryGetValue(key, out var list))
            {
                list = new List<CatalogEntry>();
                map.Add(key, list);
            }

            list.Add(entry);
        }

        internal static void SplitArity(string segment, out string name, out int arity)
        {
            var tick = segment.IndexOf('`');
            if (tick < 0)
            {
                name = segment;
                arity = 0;
                return;
            }

            name = segment.Substring(0, tick);
            arity = int.Parse(segment.Substring(tick).TrimStart('`'), System.Globalization.CultureInfo.InvariantCulture);
        }

        private static string StripMethodArity(string segment)
        {
            var tick = segment.IndexOf("``", StringComparison.Ordinal);
            return tick < 0 ? segment : segment.Substring(0, tick);
        }

        /// <summary>
        /// The entries that apply to a symbol used in code: entries for the symbol itself, for the members it overrides
        /// or implements, for its declaring type and for that type's namespace — unless an exclusion covers it.
        /// </summary>
        public ImmutableArray<CatalogEntry> Match(ISymbol symbol)
        {
            if (!MayMatch(symbol))
            {
                return ImmutableArray<CatalogEntry>.Empty;
            }

            symbol = Normalize(symbol);
            var type = symbol.ContainingType;
            if (type is null || !GetTypeFacts(type).IsRelevant)
            {
                return ImmutableArray<CatalogEntry>.Empty;
            }

            return _matches.GetOrAdd(symbol, _computeMatch);
        }

        /// <summary>
        /// The cheap first test every operation of the compilation goes through: a member can only match when its name is
        /// one the catalog names, its type is one a whole-type entry names, or its namespace is under a namespace entry
        /// (explicit interface implementations, whose names carry the interface, always go on to the full test).
        /// </summary>
        private bool MayMatch(ISymbol symbol)
        {
            if (_memberNames.Contains(symbol.Name))
            {
                return true;
            }

            var type = symbol.ContainingType;
            if (type is null)
            {
                return false;
            }

            if (_typeNames.Contains(type.Name))
            {
                return true;
            }

            if (_namespaceRoots.Count > 0 && MayBeInCatalogNamespace(type))
            {
                return true;
            }

            return symbol is IMethodSymbol { ExplicitInterfaceImplementations.Length: > 0 } or IPropertySymbol { ExplicitInterfaceImplementations.Length: > 0 };
        }

        /// <summary>Whole-type entries that apply to a type (its own, or its namespace's).</summary>
        public ImmutableArray<CatalogEntry> MatchType(INamedTypeSymbol type)
        {
            var facts = GetTypeFacts(type.OriginalDefinition);
            return facts.IsRelevant && !facts.IsExcluded ? facts.OwnEntries : ImmutableArray<CatalogEntry>.Empty;
        }

        /// <summary>True when the type is, derives from or implements a catalog type.</summary>
        public bool IsRelatedType(ITypeSymbol? type)
            => type is INamedTypeSymbol named && GetTypeFacts(named.OriginalDefinition).IsRelevant;

        internal static ISymbol Normalize(ISymbol symbol)
        {
            if (symbol is IMethodSymbol method)
            {
                method = method.ReducedFrom ?? method;
                return method.OriginalDefinition;
            }

            return symbol.OriginalDefinition;
        }

        private TypeFacts GetTypeFacts(INamedTypeSymbol type) => _typeFacts.GetOrAdd(type.OriginalDefinition, _computeTypeFacts);

        private static readonly TypeFacts s_unrelated = new(false, false, ImmutableArray<INamedTypeSymbol>.Empty, ImmutableArray<CatalogEntry>.Empty);

        /// <summary>
        /// Whether types of an assembly can be, derive from or implement a catalog type: only when the assembly is one
        /// that declares catalog types or references one. Framework types never do, so their base types and interfaces
        /// are never loaded on the catalog's account.
        /// </summary>
        private bool MayRelate(IAssemblySymbol? assembly)
        {
            if (assembly is null)
            {
                return true;
            }

            return _assemblies.GetOrAdd(assembly, _computeMayRelate);
        }

        private bool ComputeMayRelate(IAssemblySymbol assembly)
        {
            if (_catalogAssemblies.Contains(assembly))
            {
                return true;
            }

            foreach (var module in assembly.Modules)
            {
                foreach (var referenced in module.ReferencedAssemblySymbols)
                {
                    if (_catalogAssemblies.Contains(referenced))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private TypeFacts ComputeTypeFacts(INamedTypeSymbol type)
        {
            if (!MayRelate(type.ContainingAssembly) && !MayBeInCatalogNamespace(type))
            {
                return s_unrelated;
            }

            var relevant = _containers.Contains(type);
            for (var current = type.BaseType; !relevant && current is not null; current = current.BaseType)
            {
                relevant = _containers.Contains(current.OriginalDefinition);
            }

            var interfaces = ImmutableArray.CreateBuilder<INamedTypeSymbol>();
            foreach (var candidate in type.AllInterfaces)
            {
                if (_containers.Contains(candidate.OriginalDefinition))
                {
                    interfaces.Add(candidate);
                    relevant = true;
                }
            }

            var own = ImmutableArray.CreateBuilder<CatalogEntry>();
            if (_types.TryGetValue(type, out var typeEntries))
            {
                own.AddRange(typeEntries);
            }

            var isExcluded = _excludedSymbols.Contains(type);
            if (_namespaces.Count > 0 || _excludedNamespaces.Count > 0)
            {
                var outer = type;
                while (outer.ContainingType is not null)
                {
                    outer = outer.ContainingType;
                }

                var namespacePath = NamespacePath(outer.ContainingNamespace);
                foreach (var entry in _namespaces)
                {
                    if (entry.Covers(namespacePath))
                    {
                        own.Add(entry.Entry);
                        relevant = true;
                    }
                }

                foreach (var entry in _excludedNamespaces)
                {
                    isExcluded |= entry.Covers(namespacePath);
                }
            }

            for (var container = type.ContainingType; !isExcluded && container is not null; container = container.ContainingType)
            {
                isExcluded = _excludedSymbols.Contains(container.OriginalDefinition);
            }

            return new TypeFacts(relevant, isExcluded, interfaces.ToImmutable(), own.ToImmutable());
        }

        /// <summary>A cheap test on the outermost namespace name before any namespace path is built.</summary>
        private bool MayBeInCatalogNamespace(INamedTypeSymbol type)
        {
            if (_namespaceRoots.Count == 0)
            {
                return false;
            }

            INamespaceSymbol? outermost = null;
            for (var ns = type.ContainingNamespace; ns is not null && !ns.IsGlobalNamespace; ns = ns.ContainingNamespace)
            {
                outermost = ns;
            }

            return outermost is not null && _namespaceRoots.Contains(outermost.Name);
        }

        private static ImmutableArray<string> NamespacePath(INamespaceSymbol? ns)
        {
            var parts = new List<string>();
            for (var current = ns; current is not null && !current.IsGlobalNamespace; current = current.ContainingNamespace)
            {
                parts.Add(current.Name);
            }

            parts.Reverse();
            return parts.ToImmutableArray();
        }

        private ImmutableArray<CatalogEntry> ComputeMatch(ISymbol symbol)
        {
            var result = new List<CatalogEntry>();
            var chain = new List<ISymbol> { symbol };
            AddOverridden(symbol, chain);
            AddImplemented(symbol, chain);

            foreach (var link in chain)
            {
                if (_excludedSymbols.Contains(link))
                {
                    return ImmutableArray<CatalogEntry>.Empty;
                }

                var facts = GetTypeFacts(link.ContainingType);
                if (facts.IsExcluded)
                {
                    return ImmutableArray<CatalogEntry>.Empty;
                }

                if (_members.TryGetValue(link, out var entries))
                {
                    AddDistinct(result, entries);
                }

                AddDistinct(result, facts.OwnEntries);
            }

            return result.ToImmutableArray();
        }

        private static void AddDistinct(List<CatalogEntry> target, IEnumerable<CatalogEntry> entries)
        {
            foreach (var entry in entries)
            {
                if (!target.Contains(entry))
                {
                    target.Add(entry);
                }
            }
        }

        private static void AddOverridden(ISymbol symbol, List<ISymbol> chain)
        {
            var current = symbol;
            for (var depth = 0; depth < 32; depth++)
            {
                ISymbol? overridden = current switch
                {
                    IMethodSymbol m => m.OverriddenMethod,
                    IPropertySymbol p => p.OverriddenProperty,
                    IEventSymbol e => e.OverriddenEvent,
                    _ => null,
                };
                if (overridden is null)
                {
                    return;
                }

                current = overridden.OriginalDefinition;
                chain.Add(current);
            }
        }

        private void AddImplemented(ISymbol symbol, List<ISymbol> chain)
        {
            switch (symbol)
            {
                case IMethodSymbol m:
                    foreach (var explicitImpl in m.ExplicitInterfaceImplementations)
                    {
                        chain.Add(explicitImpl.OriginalDefinition);
                    }

                    break;
                case IPropertySymbol p:
                    foreach (var explicitImpl in p.ExplicitInterfaceImplementations)
                    {
                        chain.Add(explicitImpl.OriginalDefinition);
                    }

                    break;
            }

            if (symbol.IsStatic || symbol.ContainingType.TypeKind == TypeKind.Interface)
            {
                return;
            }

            var facts = GetTypeFacts(symbol.ContainingType);
            foreach (var iface in facts.CatalogInterfaces)
            {
                foreach (var interfaceMember in iface.GetMembers(symbol.Name))
                {
                    if (!_members.ContainsKey(interfaceMember.OriginalDefinition))
                    {
                        continue;
                    }

                    var implementation = symbol.ContainingType.FindImplementationForInterfaceMember(interfaceMember);
                    if (implementation is not null && SymbolEqualityComparer.Default.Equals(implementation.OriginalDefinition, symbol))
                    {
                        chain.Add(interfaceMember.OriginalDefinition);
                    }
                }
            }
        }

        private sealed class TypeFacts
        {
            public TypeFacts(bool isRelevant, bool isExcluded, ImmutableArray<INamedTypeSymbol> catalogInterfaces, ImmutableArray<CatalogEntry> ownEntries)
            {
                IsRelevant = isRelevant;
                IsExcluded = isExcluded;
                CatalogInterfaces = catalogInterfaces;
                OwnEntries = ownEntries;
            }

            public bool IsRelevant { get; }

            public bool IsExcluded { get; }

            public ImmutableArray<INamedTypeSymbol> CatalogInterfaces { get; }

            public ImmutableArray<CatalogEntry> OwnEntries { get; }
        }

        private readonly struct NamespaceEntry
        {
            public NamespaceEntry(ImmutableArray<string> path, CatalogEntry entry)
            {
                Path = path;
                Entry = entry;
            }

            public ImmutableArray<string> Path { get; }

            public CatalogEntry Entry { get; }

            public bool Covers(ImmutableArray<string> namespacePath)
            {
                if (namespacePath.Length < Path.Length)
                {
                    return false;
                }

                for (var i = 0; i < Path.Length; i++)
                {
                    if (!string.Equals(Path[i], namespacePath[i], StringComparison.Ordinal))
                    {
                        return false;
                    }
                }

                return true;
            }
        }
    }
}

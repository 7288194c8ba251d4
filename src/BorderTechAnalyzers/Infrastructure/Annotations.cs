using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace BorderTechAnalyzers.Infrastructure
{
    /// <summary>
    /// The BorderTech.Annotations attributes, recognised by full metadata name so that a project's own copies count as
    /// much as the package's (as with the nullable attributes).
    /// </summary>
    internal static class Annotations
    {
        public const string Namespace = "BorderTech.Annotations";
        public const string BiometricConsent = "BiometricConsentAttribute";
        public const string ConsentGate = "ConsentGateAttribute";
        public const string BiometricData = "BiometricDataAttribute";
        public const string BiometricRetention = "BiometricRetentionAttribute";
        public const string BiometricImpactAssessment = "BiometricImpactAssessmentAttribute";
        public const string BiometricDeploymentContext = "BiometricDeploymentContextAttribute";
        public const string AuthorizedDisclosure = "AuthorizedDisclosureAttribute";
        public const string MedicalOrSafetyPurpose = "MedicalOrSafetyPurposeAttribute";

        private static readonly string[] s_namespace = { "BorderTech", "Annotations" };

        /// <summary>
        /// Whether <c>BorderTech.Annotations.{name}</c> can appear in the compilation at all: the annotations assembly is
        /// referenced, or a type of that name is declared in source or in another reference. Rules skip every attribute
        /// read when it cannot.
        /// </summary>
        public static bool MayAppear(Compilation compilation, string name)
        {
            foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
            {
                if (assembly.Name == "BorderTech.Annotations")
                {
                    return true;
                }
            }

            // Several copies of the attribute make the metadata-name look-up ambiguous; the source name test covers them.
            return compilation.ContainsSymbolsWithName(name, SymbolFilter.Type)
                || compilation.GetTypeByMetadataName(Namespace + "." + name) is not null;
        }

        /// <summary>True when the attribute class is <c>BorderTech.Annotations.{name}</c>.</summary>
        public static bool Is(AttributeData attribute, string name)
            => attribute.AttributeClass is { } type && Is(type, name);

        public static bool Is(INamedTypeSymbol type, string name)
            => type.Name == name && type.ContainingType is null && IsInNamespace(type.ContainingNamespace, s_namespace);

        public static AttributeData? Find(ISymbol symbol, string name)
        {
            foreach (var attribute in symbol.GetAttributes())
            {
                if (Is(attribute, name))
                {
                    return attribute;
                }
            }

            return null;
        }

        public static bool Has(ISymbol symbol, string name) => Find(symbol, name) is not null;

        /// <summary>True when the attribute's class has one of the given full metadata names (<c>Acme.Privacy.RequiresConsentAttribute</c>).</summary>
        public static bool IsAnyOf(AttributeData attribute, ImmutableArray<string> metadataNames)
        {
            if (metadataNames.IsDefaultOrEmpty || attribute.AttributeClass is not { } type)
            {
                return false;
            }

            foreach (var name in metadataNames)
            {
                if (HasMetadataName(type, name))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Compares a type's full metadata name with a dotted name without building strings (nested types use '+').</summary>
        public static bool HasMetadataName(INamedTypeSymbol type, string metadataName)
        {
            var end = metadataName.Length;
            ISymbol? current = type;
            while (current is INamedTypeSymbol named)
            {
                var name = named.MetadataName;
                var separator = named.ContainingType is not null ? '+' : '.';
                if (end < name.Length || string.CompareOrdinal(metadataName, end - name.Length, name, 0, name.Length) != 0)
                {
                    return false;
                }

                end -= name.Length;
                current = named.ContainingType ?? (ISymbol)named.ContainingNamespace;
                if (current is INamespaceSymbol { IsGlobalNamespace: true })
                {
                    return end == 0;
                }

                if (end == 0 || metadataName[end - 1] != separator)
                {
                    return false;
                }

                end--;
            }

            while (current is INamespaceSymbol ns && !ns.IsGlobalNamespace)
            {
                var name = ns.Name;
                if (end < name.Length || string.CompareOrdinal(metadataName, end - name.Length, name, 0, name.Length) != 0)
                {
                    return false;
                }

                end -= name.Length;
                current = ns.ContainingNamespace;
                if (current is INamespaceSymbol { IsGlobalNamespace: true })
                {
                    return end == 0;
                }

                if (end == 0 || metadataName[end - 1] != '.')
                {
                    return false;
                }

                end--;
            }

            return end == 0;
        }

        private static bool IsInNamespace(INamespaceSymbol? ns, string[] path)
        {
            for (var i = path.Length - 1; i >= 0; i--)
            {
                if (ns is null || ns.IsGlobalNamespace || !string.Equals(ns.Name, path[i], StringComparison.Ordinal))
                {
                    return false;
                }

                ns = ns.ContainingNamespace;
            }

            return ns is not null && ns.IsGlobalNamespace;
        }

        /// <summary>A constructor argument or named property of an attribute, or null.</summary>
        public static TypedConstant? Argument(AttributeData attribute, int position, string name)
        {
            foreach (var named in attribute.NamedArguments)
            {
                if (named.Key == name)
                {
                    return named.Value;
                }
            }

            if (attribute.AttributeConstructor is { } constructor)
            {
                for (var i = 0; i < constructor.Parameters.Length && i < attribute.ConstructorArguments.Length; i++)
                {
                    if (string.Equals(constructor.Parameters[i].Name, name, StringComparison.OrdinalIgnoreCase) || (i == position && position >= 0))
                    {
                        return attribute.ConstructorArguments[i];
                    }
                }
            }

            return null;
        }
    }
}

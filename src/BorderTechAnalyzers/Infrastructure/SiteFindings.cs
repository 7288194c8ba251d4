using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace BorderTechAnalyzers.Infrastructure
{
    /// <summary>What one site (a call, a creation, a member reference) does, by category, with the entry that said so.</summary>
    internal sealed class SiteFindings
    {
        private static readonly (BiometricCategory Category, DiagnosticDescriptor Rule)[] s_rules =
        {
            (BiometricCategory.Emotion, Descriptors.BT1001_EmotionRecognition),
            (BiometricCategory.SensitiveTrait, Descriptors.BT1002_SensitiveTraitCategorisation),
            (BiometricCategory.Demographic, Descriptors.BT1003_DemographicInference),
            (BiometricCategory.Identification, Descriptors.BT1004_BiometricIdentification),
            (BiometricCategory.Verification, Descriptors.BT1005_BiometricVerificationOrEnrolment),
            (BiometricCategory.Detection, Descriptors.BT1006_FaceOrBodyDetection),
        };

        private readonly (CatalogEntry Entry, string? Evidence, IOperation? EvidenceOperation)?[] _byRule = new (CatalogEntry, string?, IOperation?)?[s_rules.Length];

        public SiteFindings(IOperation site, ISymbol symbol, Location location)
        {
            Site = site;
            Symbol = symbol;
            Location = location;
        }

        public IOperation Site { get; }

        public ISymbol Symbol { get; }

        public Location Location { get; }

        public BiometricCategory Categories { get; private set; }

        /// <summary>Categories after precedence: detection drops out when anything more specific applies.</summary>
        public BiometricCategory EffectiveCategories
        {
            get
            {
                var categories = Categories & ~BiometricCategory.TemplateType;
                if ((categories & BiometricCategories.MoreSpecificThanDetection) != 0)
                {
                    categories &= ~BiometricCategory.Detection;
                }

                return categories;
            }
        }

        public bool IsEmpty => EffectiveCategories == BiometricCategory.None;

        public void Add(CatalogEntry entry, BiometricCategory categories, string? evidence, IOperation? evidenceOperation)
        {
            Categories |= categories;
            for (var i = 0; i < s_rules.Length; i++)
            {
                if ((categories & s_rules[i].Category) != 0)
                {
                    var existing = _byRule[i];
                    if (existing is null || (existing.Value.Evidence is null && evidence is not null))
                    {
                        _byRule[i] = (entry, evidence, evidenceOperation);
                    }
                }
            }
        }

        public CatalogEntry? EntryFor(BiometricCategory category)
        {
            for (var i = 0; i < s_rules.Length; i++)
            {
                if (s_rules[i].Category == category)
                {
                    return _byRule[i]?.Entry;
                }
            }

            return null;
        }

        public IEnumerable<Finding> Reportable()
        {
            var effective = EffectiveCategories;
            for (var i = 0; i < s_rules.Length; i++)
            {
                if ((effective & s_rules[i].Category) != 0 && _byRule[i] is { } found)
                {
                    yield return new Finding(s_rules[i].Rule, s_rules[i].Category, found.Entry, found.Evidence, found.EvidenceOperation, this);
                }
            }
        }

        public static string DisplayName(ISymbol symbol)
        {
            if (symbol is IMethodSymbol { MethodKind: MethodKind.Constructor } constructor)
            {
                return "new " + constructor.ContainingType.Name;
            }

            return symbol.ContainingType is null ? symbol.Name : symbol.ContainingType.Name + "." + symbol.Name;
        }
    }

    internal sealed class Finding
    {
        public Finding(DiagnosticDescriptor rule, BiometricCategory category, CatalogEntry entry, string? evidence, IOperation? evidenceOperation, SiteFindings site)
        {
            EvidenceOperation = evidenceOperation;
            Rule = rule;
            Category = category;
            Entry = entry;
            Evidence = evidence;
            Site = site;
        }

        public DiagnosticDescriptor Rule { get; }

        public BiometricCategory Category { get; }

        public CatalogEntry Entry { get; }

        public string? Evidence { get; }

        public SiteFindings Site { get; }

        /// <summary>The value that made the site match (an attribute string, an enum value), when there is one.</summary>
        public IOperation? EvidenceOperation { get; }

        public Diagnostic CreateDiagnostic(DiagnosticSeverity? severity = null, string? suffix = null)
        {
            var properties = ImmutableDictionary.CreateBuilder<string, string?>();
            properties.Add("Vendor", Entry.Vendor);
            properties.Add("Modality", Entry.Modality);
            properties.Add("Category", BiometricCategories.ToCatalogName(Category));
            properties.Add("Api", Entry.Id);
            if (Evidence is not null)
            {
                properties.Add("Evidence", Evidence);
            }

            var detail = Evidence is null ? string.Empty : " (" + Evidence + ")";
            return Diagnostic.Create(
                Rule,
                Site.Location,
                severity ?? Rule.DefaultSeverity,
                EvidenceOperation is null ? null : new[] { EvidenceOperation.Syntax.GetLocation() },
                properties.ToImmutable(),
                SiteFindings.DisplayName(Site.Symbol),
                Entry.Vendor,
                detail + suffix);
        }
    }
}

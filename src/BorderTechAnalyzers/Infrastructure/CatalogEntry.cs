using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace BorderTechAnalyzers.Infrastructure
{
    internal enum CatalogTargetKind
    {
        Namespace,
        Type,
        Method,
        Property,
        Field,
        Event,
    }

    /// <summary>One parsed line of a biometric API list.</summary>
    internal sealed class CatalogEntry
    {
        public CatalogEntry(
            string id,
            CatalogTargetKind kind,
            ImmutableArray<string> path,
            bool hasParameterList,
            BiometricCategory categories,
            bool isExclusion,
            string vendor,
            string modality,
            CatalogCondition? condition,
            CatalogSource source)
        {
            Id = id;
            Kind = kind;
            Path = path;
            HasParameterList = hasParameterList;
            Categories = categories;
            IsExclusion = isExclusion;
            Vendor = vendor;
            Modality = modality;
            Condition = condition;
            Source = source;
        }

        /// <summary>The documentation comment ID as written, e.g. <c>M:Amazon.Rekognition.IAmazonRekognition.SearchFaces</c>.</summary>
        public string Id { get; }

        public CatalogTargetKind Kind { get; }

        /// <summary>
        /// Dotted name segments. For members the last segment is the member name (<c>.ctor</c> for constructors);
        /// generic arity stays in the segment (<c>List`1</c>).
        /// </summary>
        public ImmutableArray<string> Path { get; }

        /// <summary>True when the ID names one overload; false means every overload of that name.</summary>
        public bool HasParameterList { get; }

        public BiometricCategory Categories { get; }

        public bool IsExclusion { get; }

        public string Vendor { get; }

        public string Modality { get; }

        public CatalogCondition? Condition { get; }

        public CatalogSource Source { get; }

        public bool IsMember => Kind is CatalogTargetKind.Method or CatalogTargetKind.Property or CatalogTargetKind.Field or CatalogTargetKind.Event;

        public override string ToString() => (IsExclusion ? "!" : BiometricCategories.ToCatalogName(Categories) + " ") + Id;
    }

    /// <summary>Where an entry was written: the file, its 1-based line number and the line's span in the file.</summary>
    internal readonly struct CatalogSource
    {
        public CatalogSource(string path, int line, TextSpan span)
        {
            Path = path;
            Line = line;
            Span = span;
        }

        public string Path { get; }

        public int Line { get; }

        public TextSpan Span { get; }
    }
}

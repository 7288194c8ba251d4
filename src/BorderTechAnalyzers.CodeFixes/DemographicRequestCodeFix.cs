using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace BorderTechAnalyzers.CodeFixes
{
    /// <summary>BT1003: stops requesting demographic attributes — <c>VisualFeatureTypes.Faces</c> or <c>FaceAttributeType.Age</c> leaves the list, <c>"ALL"</c> becomes <c>"DEFAULT"</c>.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(DemographicRequestCodeFix)), Shared]
    public sealed class DemographicRequestCodeFix : RemoveRequestedAttributeCodeFix
    {
        public const string EquivalenceKey = "BT1003.RemoveDemographicRequest";

        public DemographicRequestCodeFix()
            : base(Descriptors.BT1003_DemographicInference.Id, "Stop requesting demographic attributes", EquivalenceKey)
        {
        }
    }
}

using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace BorderTechAnalyzers.CodeFixes
{
    /// <summary>BT1001: stops requesting emotions — <c>"ALL"</c> becomes <c>"DEFAULT"</c>, <c>FaceAttributeType.Emotion</c> leaves the list.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(EmotionRequestCodeFix)), Shared]
    public sealed class EmotionRequestCodeFix : RemoveRequestedAttributeCodeFix
    {
        public const string EquivalenceKey = "BT1001.RemoveEmotionRequest";

        public EmotionRequestCodeFix()
            : base(Descriptors.BT1001_EmotionRecognition.Id, "Stop requesting emotion attributes", EquivalenceKey)
        {
        }
    }
}

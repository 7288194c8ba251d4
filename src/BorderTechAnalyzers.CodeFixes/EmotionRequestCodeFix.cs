using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace BorderTechAnalyzers.CodeFixes
{
    /// <summary>BT1001: stops requesting emotions — <c>"ALL"</c> becomes <c>"DEFAULT"</c>, <c>FaceAttributeType.Emotion</c> leaves the list.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(EmotionRequestCodeFix)), Shared]
    public sealed class EmotionRequestCodeFix : CodeFixProvider
    {
        public const string EquivalenceKey = "BT1001.RemoveEmotionRequest";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Descriptors.BT1001_EmotionRecognition.Id);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null)
            {
                return;
            }

            foreach (var diagnostic in context.Diagnostics)
            {
                var edit = RequestedAttributeRemover.TryCreateEdit(context.Document, root, diagnostic);
                if (edit is not null)
                {
                    context.RegisterCodeFix(CodeAction.Create("Stop requesting emotion attributes", edit, EquivalenceKey), diagnostic);
                }
            }
        }
    }
}

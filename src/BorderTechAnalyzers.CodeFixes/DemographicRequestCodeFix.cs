using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace BorderTechAnalyzers.CodeFixes
{
    /// <summary>BT1003: stops requesting demographic attributes — <c>VisualFeatureTypes.Faces</c> or <c>FaceAttributeType.Age</c> leaves the list, <c>"ALL"</c> becomes <c>"DEFAULT"</c>.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(DemographicRequestCodeFix)), Shared]
    public sealed class DemographicRequestCodeFix : CodeFixProvider
    {
        public const string EquivalenceKey = "BT1003.RemoveDemographicRequest";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Descriptors.BT1003_DemographicInference.Id);

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
                    context.RegisterCodeFix(CodeAction.Create("Stop requesting demographic attributes", edit, EquivalenceKey), diagnostic);
                }
            }
        }
    }
}

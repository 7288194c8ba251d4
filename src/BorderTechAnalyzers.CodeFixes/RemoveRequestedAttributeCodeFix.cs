using System.Collections.Immutable;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace BorderTechAnalyzers.CodeFixes
{
    /// <summary>The shared shape of the BT1001 and BT1003 fixes: drop the requested attribute the diagnostic points at.</summary>
    public abstract class RemoveRequestedAttributeCodeFix : CodeFixProvider
    {
        private readonly string _title;
        private readonly string _equivalenceKey;

        private protected RemoveRequestedAttributeCodeFix(string id, string title, string equivalenceKey)
        {
            FixableDiagnosticIds = ImmutableArray.Create(id);
            _title = title;
            _equivalenceKey = equivalenceKey;
        }

        public sealed override ImmutableArray<string> FixableDiagnosticIds { get; }

        public sealed override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
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
                    context.RegisterCodeFix(CodeAction.Create(_title, edit, _equivalenceKey), diagnostic);
                }
            }
        }
    }
}

using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace BorderTechAnalyzers.CodeFixes
{
    /// <summary>
    /// The shared shape of the fixes that add a governance attribute to a declaration (BT2001, BT2002): offered only
    /// when the attribute type resolves, one attribute per declaration however many diagnostics point at it, and the
    /// <c>using BorderTech.Annotations;</c> added once.
    /// </summary>
    public abstract class AddAnnotationCodeFix : CodeFixProvider
    {
        private readonly string _attributeTypeName;
        private readonly string _equivalenceKey;

        private protected AddAnnotationCodeFix(string id, string attributeTypeName, string equivalenceKey)
        {
            FixableDiagnosticIds = ImmutableArray.Create(id);
            _attributeTypeName = attributeTypeName;
            _equivalenceKey = equivalenceKey;
        }

        public sealed override ImmutableArray<string> FixableDiagnosticIds { get; }

        public sealed override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(FixAllInDocumentAsync);

        public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is not CompilationUnitSyntax || model is null || !CodeFixHelpers.AnnotationResolves(model.Compilation, _attributeTypeName))
            {
                return;
            }

            foreach (var diagnostic in context.Diagnostics)
            {
                if (Target(root, diagnostic) is not null)
                {
                    context.RegisterCodeFix(
                        CodeAction.Create(
                            Title(context.Document, root.SyntaxTree),
                            async ct => await FixAllInDocumentAsync(null, context.Document, ImmutableArray.Create(diagnostic)).ConfigureAwait(false) ?? context.Document,
                            _equivalenceKey),
                        diagnostic);
                }
            }
        }

        /// <summary>The declaration that should carry the attribute, or null when none can.</summary>
        private protected abstract SyntaxNode? Target(SyntaxNode root, Diagnostic diagnostic);

        private protected abstract AttributeListSyntax CreateAttribute(Document document, SyntaxTree tree);

        private protected abstract string Title(Document document, SyntaxTree tree);

        private async Task<Document?> FixAllInDocumentAsync(FixAllContext? context, Document document, ImmutableArray<Diagnostic> diagnostics)
        {
            var root = await document.GetSyntaxRootAsync(CancellationToken.None).ConfigureAwait(false);
            if (root is not CompilationUnitSyntax unit)
            {
                return null;
            }

            // Fix All in a solution reaches projects that may not reference the annotations: leave those unchanged.
            var compilation = await document.Project.GetCompilationAsync(CancellationToken.None).ConfigureAwait(false);
            if (compilation is null || !CodeFixHelpers.AnnotationResolves(compilation, _attributeTypeName))
            {
                return null;
            }

            var targets = new HashSet<SyntaxNode>(diagnostics.Select(d => Target(unit, d)).Where(t => t is not null)!);
            if (targets.Count == 0)
            {
                return null;
            }

            var attribute = CreateAttribute(document, unit.SyntaxTree);
            var updated = unit.ReplaceNodes(targets, (original, rewritten) => CodeFixHelpers.AddAttribute(rewritten, attribute));
            updated = CodeFixHelpers.EnsureUsing(updated, CodeFixHelpers.AnnotationsNamespace);
            return document.WithSyntaxRoot(updated);
        }
    }
}

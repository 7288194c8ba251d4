using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace BorderTechAnalyzers.CodeFixes
{
    /// <summary>BT2001: adds <c>[BiometricConsent("…")]</c> (and the using) to the method that does the processing.</summary>
    [ExportCodeFixProvider(Microsoft.CodeAnalysis.LanguageNames.CSharp, Name = nameof(ConsentAttributeCodeFix)), Shared]
    public sealed class ConsentAttributeCodeFix : CodeFixProvider
    {
        public const string EquivalenceKey = "BT2001.AddBiometricConsent";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Descriptors.BT2001_ConsentOrLegalBasisMissing.Id);

        public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(FixAllInDocumentAsync);

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is not CompilationUnitSyntax || model is null || !CodeFixHelpers.AnnotationResolves(model.Compilation, "BiometricConsentAttribute"))
            {
                return;
            }

            foreach (var diagnostic in context.Diagnostics)
            {
                if (Target(root, diagnostic) is not null)
                {
                    context.RegisterCodeFix(
                        CodeAction.Create("Add [BiometricConsent] to the method", async ct => await FixAllInDocumentAsync(null, context.Document, ImmutableArray.Create(diagnostic)).ConfigureAwait(false) ?? context.Document, EquivalenceKey),
                        diagnostic);
                }
            }
        }

        /// <summary>
        /// The method, constructor or local function that should carry the attribute; for a field or property
        /// initializer, which no method encloses, its class or struct.
        /// </summary>
        private static SyntaxNode? Target(SyntaxNode root, Diagnostic diagnostic)
        {
            var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            foreach (var ancestor in node.AncestorsAndSelf())
            {
                switch (ancestor)
                {
                    case MethodDeclarationSyntax or ConstructorDeclarationSyntax or LocalFunctionStatementSyntax:
                        return ancestor;
                    case FieldDeclarationSyntax or PropertyDeclarationSyntax when ancestor.Parent is ClassDeclarationSyntax or StructDeclarationSyntax or RecordDeclarationSyntax:
                        return ancestor.Parent;
                    case BaseTypeDeclarationSyntax or GlobalStatementSyntax or AccessorDeclarationSyntax or PropertyDeclarationSyntax or FieldDeclarationSyntax:
                        // Top-level statements, accessors and interface members cannot carry [BiometricConsent].
                        return null;
                }
            }

            return null;
        }

        private static async Task<Document?> FixAllInDocumentAsync(FixAllContext? context, Document document, ImmutableArray<Diagnostic> diagnostics)
        {
            var root = await document.GetSyntaxRootAsync(CancellationToken.None).ConfigureAwait(false);
            if (root is not CompilationUnitSyntax unit)
            {
                return null;
            }

            // Fix All in a solution reaches projects that may not reference the annotations: leave those unchanged.
            var compilation = await document.Project.GetCompilationAsync(CancellationToken.None).ConfigureAwait(false);
            if (compilation is null || !CodeFixHelpers.AnnotationResolves(compilation, "BiometricConsentAttribute"))
            {
                return null;
            }

            var targets = new HashSet<SyntaxNode>(diagnostics.Select(d => Target(unit, d)).Where(t => t is not null)!);
            if (targets.Count == 0)
            {
                return null;
            }

            var updated = unit.ReplaceNodes(targets, (original, rewritten) => CodeFixHelpers.AddAttribute(
                rewritten,
                CodeFixHelpers.AttributeList("BiometricConsent", CodeFixHelpers.StringArgument(CodeFixHelpers.PurposePlaceholder))));
            updated = CodeFixHelpers.EnsureUsing(updated, CodeFixHelpers.AnnotationsNamespace);
            return document.WithSyntaxRoot(updated);
        }
    }
}

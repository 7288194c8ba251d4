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
    /// <summary>BT2002: adds <c>[BiometricRetention(days)]</c> with the configured maximum to the member or type that holds biometric data.</summary>
    [ExportCodeFixProvider(Microsoft.CodeAnalysis.LanguageNames.CSharp, Name = nameof(RetentionAttributeCodeFix)), Shared]
    public sealed class RetentionAttributeCodeFix : CodeFixProvider
    {
        public const string EquivalenceKey = "BT2002.AddBiometricRetention";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Descriptors.BT2002_RetentionPeriodMissing.Id);

        public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(FixAllInDocumentAsync);

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is not CompilationUnitSyntax || model is null || !CodeFixHelpers.AnnotationResolves(model.Compilation, "BiometricRetentionAttribute"))
            {
                return;
            }

            foreach (var diagnostic in context.Diagnostics)
            {
                if (Target(root, diagnostic) is not null)
                {
                    var days = CodeFixHelpers.MaxRetentionDays(context.Document, root.SyntaxTree);
                    context.RegisterCodeFix(
                        CodeAction.Create($"Add [BiometricRetention({days})]", async ct => await FixAllInDocumentAsync(null, context.Document, ImmutableArray.Create(diagnostic)).ConfigureAwait(false) ?? context.Document, EquivalenceKey),
                        diagnostic);
                }
            }
        }

        private static SyntaxNode? Target(SyntaxNode root, Diagnostic diagnostic)
        {
            var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            return node.AncestorsAndSelf().FirstOrDefault(a => a is FieldDeclarationSyntax or PropertyDeclarationSyntax or TypeDeclarationSyntax);
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
            if (compilation is null || !CodeFixHelpers.AnnotationResolves(compilation, "BiometricRetentionAttribute"))
            {
                return null;
            }

            var targets = new HashSet<SyntaxNode>(diagnostics.Select(d => Target(unit, d)).Where(t => t is not null)!);
            if (targets.Count == 0)
            {
                return null;
            }

            var days = CodeFixHelpers.MaxRetentionDays(document, unit.SyntaxTree);
            var argument = Microsoft.CodeAnalysis.CSharp.SyntaxFactory.AttributeArgument(CodeFixHelpers.NumberLiteral(days));
            var updated = unit.ReplaceNodes(targets, (original, rewritten) => CodeFixHelpers.AddAttribute(rewritten, CodeFixHelpers.AttributeList("BiometricRetention", argument)));
            updated = CodeFixHelpers.EnsureUsing(updated, CodeFixHelpers.AnnotationsNamespace);
            return document.WithSyntaxRoot(updated);
        }
    }
}

using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace BorderTechAnalyzers.CodeFixes
{
    /// <summary>BT2003: lowers a retention period to the configured maximum.</summary>
    [ExportCodeFixProvider(Microsoft.CodeAnalysis.LanguageNames.CSharp, Name = nameof(RetentionPeriodCodeFix)), Shared]
    public sealed class RetentionPeriodCodeFix : CodeFixProvider
    {
        public const string EquivalenceKey = "BT2003.LowerRetentionPeriod";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Descriptors.BT2003_RetentionPeriodTooLong.Id);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null)
            {
                return;
            }

            var days = CodeFixHelpers.MaxRetentionDays(context.Document, root.SyntaxTree);
            foreach (var diagnostic in context.Diagnostics)
            {
                // A positional argument has the same span as its expression, so the innermost node there is the literal.
                if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true).FirstAncestorOrSelf<AttributeArgumentSyntax>() is not { } argument
                    || argument.Expression is LiteralExpressionSyntax { Token.Value: int current } && current == days)
                {
                    continue;
                }

                context.RegisterCodeFix(
                    CodeAction.Create(
                        $"Lower the retention period to {days} days",
                        _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(argument.Expression, CodeFixHelpers.NumberLiteral(days).WithTriviaFrom(argument.Expression)))),
                        EquivalenceKey),
                    diagnostic);
            }
        }
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace BorderTechAnalyzers.CodeFixes
{
    /// <summary>
    /// Removes one requested attribute from a feature request: <c>"ALL"</c> becomes <c>"DEFAULT"</c> (Rekognition),
    /// an element such as <c>FaceAttributeType.Emotion</c> leaves its list, a token leaves a comma-separated string.
    /// Returns null when no edit would be safe (the document would not change, or would not compile).
    /// </summary>
    internal static class RequestedAttributeRemover
    {
        public static Func<CancellationToken, Task<Document>>? TryCreateEdit(Document document, SyntaxNode root, Diagnostic diagnostic)
        {
            var location = diagnostic.AdditionalLocations.FirstOrDefault(l => l.SourceTree == root.SyntaxTree) ?? diagnostic.Location;
            if (location.SourceTree != root.SyntaxTree)
            {
                return null;
            }

            var node = root.FindNode(location.SourceSpan, getInnermostNodeForTie: true);
            var vendor = diagnostic.Properties.TryGetValue("Vendor", out var v) ? v : null;
            var token = RequestedToken(diagnostic);

            if (node is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression))
            {
                return EditString(document, root, literal, vendor, token);
            }

            var expression = node.FirstAncestorOrSelf<ExpressionSyntax>(e => e.Parent is InitializerExpressionSyntax or ExpressionElementSyntax);
            if (expression is not null && (node == expression || expression is MemberAccessExpressionSyntax))
            {
                if (IsRekognitionAll(expression, vendor))
                {
                    return Replace(document, root, ((MemberAccessExpressionSyntax)expression).Name, SyntaxFactory.IdentifierName("DEFAULT"));
                }

                return RemoveElement(document, root, expression);
            }

            if (node is SimpleNameSyntax { Parent: MemberAccessExpressionSyntax access } && IsRekognitionAll(access, vendor))
            {
                return Replace(document, root, access.Name, SyntaxFactory.IdentifierName("DEFAULT"));
            }

            return null;
        }

        private static bool IsRekognitionAll(ExpressionSyntax expression, string? vendor)
            => vendor == "Amazon Rekognition" && expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "ALL" };

        private static Func<CancellationToken, Task<Document>>? EditString(Document document, SyntaxNode root, LiteralExpressionSyntax literal, string? vendor, string? token)
        {
            var value = literal.Token.ValueText;
            if (vendor == "Amazon Rekognition" && string.Equals(value.Trim(), "ALL", StringComparison.OrdinalIgnoreCase))
            {
                return Replace(document, root, literal, SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal("DEFAULT")));
            }

            if (token is null)
            {
                return null;
            }

            var parts = value.Split(',');
            var kept = parts.Where(p => !string.Equals(p.Trim(), token, StringComparison.OrdinalIgnoreCase)).ToArray();
            if (kept.Length == parts.Length)
            {
                return null;
            }

            if (kept.Length > 0 && kept.Any(p => p.Trim().Length > 0))
            {
                var rewritten = string.Join(",", kept.Select(p => p.Trim()).Where(p => p.Length > 0));
                return Replace(document, root, literal, SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(rewritten)));
            }

            return literal.Parent is InitializerExpressionSyntax or ExpressionElementSyntax ? RemoveElement(document, root, literal) : null;
        }

        private static Func<CancellationToken, Task<Document>>? RemoveElement(Document document, SyntaxNode root, ExpressionSyntax element)
        {
            switch (element.Parent)
            {
                case InitializerExpressionSyntax initializer:
                    var explicitlyTyped = initializer.Parent is ArrayCreationExpressionSyntax or ObjectCreationExpressionSyntax or ImplicitObjectCreationExpressionSyntax or AssignmentExpressionSyntax
                        || (initializer.Parent is EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Type.IsVar: false } } });
                    if (initializer.Expressions.Count < 2 && !explicitlyTyped)
                    {
                        return null;
                    }

                    return Remove(document, root, element);
                case ExpressionElementSyntax collectionElement when collectionElement.Parent is CollectionExpressionSyntax:
                    return Remove(document, root, collectionElement);
                default:
                    return null;
            }
        }

        private static Func<CancellationToken, Task<Document>>? Remove(Document document, SyntaxNode root, SyntaxNode node)
        {
            var updated = root.RemoveNode(node, SyntaxRemoveOptions.KeepTrailingTrivia | SyntaxRemoveOptions.KeepUnbalancedDirectives);
            return updated is null ? null : _ => Task.FromResult(document.WithSyntaxRoot(updated));
        }

        private static Func<CancellationToken, Task<Document>> Replace(Document document, SyntaxNode root, SyntaxNode oldNode, SyntaxNode newNode)
            => _ => Task.FromResult(document.WithSyntaxRoot(root.ReplaceNode(oldNode, newNode.WithTriviaFrom(oldNode))));

        /// <summary>The token named in the evidence, e.g. <c>EMOTIONS</c> from <c>requests "EMOTIONS"</c>.</summary>
        private static string? RequestedToken(Diagnostic diagnostic)
        {
            if (!diagnostic.Properties.TryGetValue("Evidence", out var evidence) || evidence is null)
            {
                return null;
            }

            var start = evidence.IndexOf('"');
            var end = start < 0 ? -1 : evidence.IndexOf('"', start + 1);
            return end > start ? evidence.Substring(start + 1, end - start - 1) : null;
        }
    }
}

using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;

namespace BorderTechAnalyzers.CodeFixes
{
    internal static class CodeFixHelpers
    {
        public const string AnnotationsNamespace = "BorderTech.Annotations";

        /// <summary>The placeholder a fix writes where only a person can fill in the text; BT2006 keeps asking until they do.</summary>
        public const string PurposePlaceholder = "TODO: state the purpose and the legal basis";

        public const string AssessmentPlaceholder = "TODO: reference of the DPIA that covers this processing";

        public static bool AnnotationResolves(Compilation compilation, string attributeName)
            => compilation.GetTypeByMetadataName(AnnotationsNamespace + "." + attributeName) is { DeclaredAccessibility: Accessibility.Public or Accessibility.Internal };

        /// <summary>Adds <c>using BorderTech.Annotations;</c> when the compilation unit does not have it yet.</summary>
        public static CompilationUnitSyntax EnsureUsing(CompilationUnitSyntax root, string namespaceName)
        {
            foreach (var usingDirective in root.Usings)
            {
                if (usingDirective.Alias is null && usingDirective.StaticKeyword.IsKind(SyntaxKind.None) && usingDirective.Name?.ToString() == namespaceName)
                {
                    return root;
                }
            }

            foreach (var member in root.Members)
            {
                if (member is BaseNamespaceDeclarationSyntax ns)
                {
                    foreach (var nested in ns.Usings)
                    {
                        if (nested.Alias is null && nested.Name?.ToString() == namespaceName)
                        {
                            return root;
                        }
                    }
                }
            }

            var directive = SyntaxFactory.UsingDirective(SyntaxFactory.ParseName(namespaceName)).WithAdditionalAnnotations(Formatter.Annotation);
            return root.AddUsings(directive);
        }

        public static AttributeListSyntax AttributeList(string name, params AttributeArgumentSyntax[] arguments)
        {
            var attribute = SyntaxFactory.Attribute(SyntaxFactory.IdentifierName(name));
            if (arguments.Length > 0)
            {
                attribute = attribute.WithArgumentList(SyntaxFactory.AttributeArgumentList(SyntaxFactory.SeparatedList(arguments)));
            }

            return SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(attribute)).WithAdditionalAnnotations(Formatter.Annotation);
        }

        public static AttributeArgumentSyntax StringArgument(string text)
            => SyntaxFactory.AttributeArgument(SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(text)));

        public static ExpressionSyntax NumberLiteral(int value)
            => SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(value));

        /// <summary>The configured <c>bordertech.max_retention_days</c> for a document, or the default.</summary>
        public static int MaxRetentionDays(Document document, SyntaxTree tree)
        {
            var options = document.Project.AnalyzerOptions.AnalyzerConfigOptionsProvider.GetOptions(tree);
            return options.TryGetValue("bordertech.max_retention_days", out var text)
                && int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var days) && days > 0
                ? days
                : 1095;
        }

        /// <summary>
        /// Puts an attribute list first on a declaration, on its own line: the declaration's comments and indentation
        /// stay above it, and existing attributes keep their layout.
        /// </summary>
        public static SyntaxNode AddAttribute(SyntaxNode declaration, AttributeListSyntax list)
        {
            var leading = declaration.GetLeadingTrivia();
            var indentation = leading.Count > 0 && leading[leading.Count - 1].IsKind(SyntaxKind.WhitespaceTrivia)
                ? SyntaxFactory.TriviaList(leading[leading.Count - 1])
                : SyntaxFactory.TriviaList();
            var newList = list.WithoutAnnotations(Formatter.Annotation).WithLeadingTrivia(leading).WithTrailingTrivia(EndOfLine(declaration));
            var rest = declaration.WithLeadingTrivia(indentation);
            return rest switch
            {
                MemberDeclarationSyntax member => member.WithAttributeLists(member.AttributeLists.Insert(0, newList)),
                LocalFunctionStatementSyntax localFunction => localFunction.WithAttributeLists(localFunction.AttributeLists.Insert(0, newList)),
                _ => declaration,
            };
        }

        private static SyntaxTrivia EndOfLine(SyntaxNode node)
        {
            foreach (var trivia in node.SyntaxTree.GetRoot().DescendantTrivia())
            {
                if (trivia.IsKind(SyntaxKind.EndOfLineTrivia))
                {
                    return trivia;
                }
            }

            return SyntaxFactory.EndOfLine("\n");
        }
    }
}

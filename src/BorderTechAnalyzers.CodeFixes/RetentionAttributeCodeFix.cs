using System.Composition;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace BorderTechAnalyzers.CodeFixes
{
    /// <summary>BT2002: adds <c>[BiometricRetention(days)]</c> with the configured maximum to the member or type that holds biometric data.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RetentionAttributeCodeFix)), Shared]
    public sealed class RetentionAttributeCodeFix : AddAnnotationCodeFix
    {
        public const string EquivalenceKey = "BT2002.AddBiometricRetention";

        public RetentionAttributeCodeFix()
            : base(Descriptors.BT2002_RetentionPeriodMissing.Id, "BiometricRetentionAttribute", EquivalenceKey)
        {
        }

        private protected override SyntaxNode? Target(SyntaxNode root, Diagnostic diagnostic)
            => root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true)
                .AncestorsAndSelf()
                .FirstOrDefault(a => a is FieldDeclarationSyntax or PropertyDeclarationSyntax or TypeDeclarationSyntax);

        private protected override AttributeListSyntax CreateAttribute(Document document, SyntaxTree tree)
            => CodeFixHelpers.AttributeList("BiometricRetention", SyntaxFactory.AttributeArgument(CodeFixHelpers.NumberLiteral(CodeFixHelpers.MaxRetentionDays(document, tree))));

        private protected override string Title(Document document, SyntaxTree tree)
            => $"Add [BiometricRetention({CodeFixHelpers.MaxRetentionDays(document, tree)})]";
    }
}

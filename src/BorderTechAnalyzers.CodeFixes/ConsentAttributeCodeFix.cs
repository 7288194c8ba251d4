using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace BorderTechAnalyzers.CodeFixes
{
    /// <summary>BT2001: adds <c>[BiometricConsent("…")]</c> (and the using) to the method that does the processing.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ConsentAttributeCodeFix)), Shared]
    public sealed class ConsentAttributeCodeFix : AddAnnotationCodeFix
    {
        public const string EquivalenceKey = "BT2001.AddBiometricConsent";

        public ConsentAttributeCodeFix()
            : base(Descriptors.BT2001_ConsentOrLegalBasisMissing.Id, "BiometricConsentAttribute", EquivalenceKey)
        {
        }

        /// <summary>
        /// The method, constructor or local function that should carry the attribute; for a field or property
        /// initializer, which no method encloses, its class or struct.
        /// </summary>
        private protected override SyntaxNode? Target(SyntaxNode root, Diagnostic diagnostic)
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

        private protected override AttributeListSyntax CreateAttribute(Document document, SyntaxTree tree)
            => CodeFixHelpers.AttributeList("BiometricConsent", CodeFixHelpers.StringArgument(CodeFixHelpers.PurposePlaceholder));

        private protected override string Title(Document document, SyntaxTree tree) => "Add [BiometricConsent] to the method";
    }
}

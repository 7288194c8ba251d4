using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace BorderTechAnalyzers.CodeFixes
{
    internal static class CodeFixHelpers
    {
        public const string AnnotationsNamespace = "BorderTech.Annotations";

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

            var directive = SyntaxFactory.UsingDirective(SyntaxFactory.ParseName(namespaceName)).WithAdditionalAnnotations(Microsoft.CodeAnalysis.Formatting.Formatter.Annotation);
            return root.AddUsings(directive);
        }
    }
}

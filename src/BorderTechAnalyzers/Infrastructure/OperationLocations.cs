using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace BorderTechAnalyzers.Infrastructure
{
    /// <summary>The smallest span that names what a site does: the method name of a call, the type of a <c>new</c>, the member of a reference.</summary>
    internal static class OperationLocations
    {
        public static Location NameLocation(SyntaxNode syntax)
        {
            switch (syntax)
            {
                case InvocationExpressionSyntax invocation:
                    return NameLocation(invocation.Expression);
                case MemberAccessExpressionSyntax memberAccess:
                    return memberAccess.Name.Identifier.GetLocation();
                case MemberBindingExpressionSyntax memberBinding:
                    return memberBinding.Name.Identifier.GetLocation();
                case GenericNameSyntax generic:
                    return generic.Identifier.GetLocation();
                case ConditionalAccessExpressionSyntax conditional:
                    return NameLocation(conditional.WhenNotNull);
                case ObjectCreationExpressionSyntax creation:
                    return creation.Type.GetLocation();
                case ImplicitObjectCreationExpressionSyntax implicitCreation:
                    return implicitCreation.NewKeyword.GetLocation();
                case AssignmentExpressionSyntax assignment:
                    return NameLocation(assignment.Left);
                default:
                    return syntax.GetLocation();
            }
        }
    }
}

using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace BorderTechAnalyzers.Infrastructure
{
    /// <summary>What the assembly declares about itself: its deployment context and the assessments that cover it.</summary>
    internal sealed class AssemblyGovernance
    {
        private AssemblyGovernance(DeploymentContext? context, ImmutableArray<AttributeData> assessments)
        {
            DeclaredContext = context;
            Assessments = assessments;
        }

        /// <summary>From <c>[assembly: BiometricDeploymentContext]</c>; wins over the option.</summary>
        public DeploymentContext? DeclaredContext { get; }

        public ImmutableArray<AttributeData> Assessments { get; }

        public bool HasAssessment => !Assessments.IsEmpty;

        public bool HasHumanRightsAssessment
        {
            get
            {
                foreach (var assessment in Assessments)
                {
                    if (Annotations.Argument(assessment, -1, "Kind") is { Value: int kind } && kind == 2)
                    {
                        return true;
                    }
                }

                return false;
            }
        }

        private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Compilation, AssemblyGovernance> s_byCompilation = new();

        /// <summary>The assembly's declarations, read once per compilation and shared by every rule.</summary>
        public static AssemblyGovernance For(Compilation compilation) => s_byCompilation.GetValue(compilation, Read);

        private static AssemblyGovernance Read(Compilation compilation)
        {
            DeploymentContext? context = null;
            var assessments = ImmutableArray.CreateBuilder<AttributeData>();
            foreach (var attribute in compilation.Assembly.GetAttributes())
            {
                if (Annotations.Is(attribute, Annotations.BiometricDeploymentContext))
                {
                    if (attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Value is int value && value >= 0 && value <= 5)
                    {
                        context = (DeploymentContext)value;
                    }
                }
                else if (Annotations.Is(attribute, Annotations.BiometricImpactAssessment))
                {
                    assessments.Add(attribute);
                }
            }

            return new AssemblyGovernance(context, assessments.ToImmutable());
        }

        /// <summary>The context for code in <paramref name="tree"/>: the assembly attribute, else the option, else General.</summary>
        public DeploymentContext ContextFor(AnalyzerOptions options, SyntaxTree tree)
            => DeclaredContext ?? BorderTechOptions.For(options, tree).DeploymentContext ?? DeploymentContext.General;
    }
}

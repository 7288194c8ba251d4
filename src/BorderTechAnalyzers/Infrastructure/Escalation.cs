using Microsoft.CodeAnalysis;

namespace BorderTechAnalyzers.Infrastructure
{
    /// <summary>
    /// The rules SPEC marks "escalates": in a border-control or law-enforcement deployment they are reported one level
    /// higher. A <c>dotnet_diagnostic.&lt;ID&gt;.severity</c> setting still wins, as for any diagnostic.
    /// </summary>
    internal static class Escalation
    {
        public static bool Escalates(string id) => id switch
        {
            "BT1003" or "BT1004" or "BT1005" or "BT1006" or "BT2001" or "BT2002" or "BT2004" or "BT2007" => true,
            _ => false,
        };

        public static DiagnosticSeverity SeverityFor(DiagnosticDescriptor descriptor, DeploymentContext context)
            => Escalates(descriptor.Id) && DeploymentContexts.Escalates(context)
                ? DeploymentContexts.Escalate(descriptor.DefaultSeverity)
                : descriptor.DefaultSeverity;

        public static string Describe(DeploymentContext context) => context switch
        {
            DeploymentContext.BorderControl => "border-control",
            DeploymentContext.LawEnforcement => "law-enforcement",
            DeploymentContext.Workplace => "workplace",
            DeploymentContext.Education => "education",
            DeploymentContext.PublicSpace => "public-space",
            _ => "general",
        };
    }
}

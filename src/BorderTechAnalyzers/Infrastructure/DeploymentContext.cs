namespace BorderTechAnalyzers.Infrastructure
{
    /// <summary>Mirrors <c>BorderTech.Annotations.DeploymentContext</c> (same values).</summary>
    internal enum DeploymentContext
    {
        General = 0,
        BorderControl = 1,
        LawEnforcement = 2,
        Workplace = 3,
        Education = 4,
        PublicSpace = 5,
    }

    internal static class DeploymentContexts
    {
        public static bool Escalates(DeploymentContext context) => context is DeploymentContext.BorderControl or DeploymentContext.LawEnforcement;

        public static bool TryParseOption(string value, out DeploymentContext context)
        {
            switch (value.Trim().ToLowerInvariant())
            {
                case "general": context = DeploymentContext.General; return true;
                case "border_control": context = DeploymentContext.BorderControl; return true;
                case "law_enforcement": context = DeploymentContext.LawEnforcement; return true;
                case "workplace": context = DeploymentContext.Workplace; return true;
                case "education": context = DeploymentContext.Education; return true;
                case "public_space": context = DeploymentContext.PublicSpace; return true;
                default: context = DeploymentContext.General; return false;
            }
        }

        public const string OptionValues = "general, border_control, law_enforcement, workplace, education, public_space";

        /// <summary>One level up: Info → Warning → Error (Hidden stays Hidden; Error stays Error).</summary>
        public static Microsoft.CodeAnalysis.DiagnosticSeverity Escalate(Microsoft.CodeAnalysis.DiagnosticSeverity severity) => severity switch
        {
            Microsoft.CodeAnalysis.DiagnosticSeverity.Info => Microsoft.CodeAnalysis.DiagnosticSeverity.Warning,
            Microsoft.CodeAnalysis.DiagnosticSeverity.Warning => Microsoft.CodeAnalysis.DiagnosticSeverity.Error,
            _ => severity,
        };
    }
}

using System.Collections.Immutable;
using BorderTechAnalyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace BorderTechAnalyzers.Processing
{
    /// <summary>
    /// BT1001–BT1006: reports every use of a catalogued biometric or emotion-recognition API with the most specific
    /// rule that applies at the site, at the severity the deployment context calls for.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class BiometricApiUsageAnalyzer : DiagnosticAnalyzer
    {
        private const string ProhibitedInContext = " — prohibited in workplaces and education by EU AI Act Art 5(1)(f)";
        private const string NoExceptionInContext = " — the medical or safety exception does not apply in a border-control or law-enforcement deployment";

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
            Descriptors.BT1001_EmotionRecognition,
            Descriptors.BT1002_SensitiveTraitCategorisation,
            Descriptors.BT1003_DemographicInference,
            Descriptors.BT1004_BiometricIdentification,
            Descriptors.BT1005_BiometricVerificationOrEnrolment,
            Descriptors.BT1006_FaceOrBodyDetection);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            // Generated code is skipped where a diagnostic is due (see GeneratedCode), not by the driver.
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
            context.RegisterCompilationStartAction(OnCompilationStart);
        }

        private static void OnCompilationStart(CompilationStartAnalysisContext context)
        {
            var sites = BiometricSites.For(context.Compilation, context.Options, context.CancellationToken);
            if (sites is null)
            {
                return;
            }

            var governance = AssemblyGovernance.For(context.Compilation);
            sites.RegisterSiteActions(context, (c, findings) => Report(c, governance, findings));
        }

        private static void Report(OperationAnalysisContext context, AssemblyGovernance governance, SiteFindings findings)
        {
            var deployment = governance.ContextFor(context.Options, context.Operation.Syntax.SyntaxTree);
            foreach (var finding in findings.Reportable())
            {
                var severity = Escalation.SeverityFor(finding.Rule, deployment);
                string? suffix = null;
                if (finding.Category == BiometricCategory.Emotion)
                {
                    // AI Act Art 5(1)(f) prohibits emotion recognition at work and in education except for medical or
                    // safety reasons; this product does not accept that exception at borders or in law enforcement.
                    if (HasMedicalOrSafetyPurpose(context.ContainingSymbol))
                    {
                        if (DeploymentContexts.Escalates(deployment))
                        {
                            suffix = NoExceptionInContext;
                        }
                        else
                        {
                            severity = DiagnosticSeverity.Warning;
                        }
                    }
                    else if (deployment is DeploymentContext.Workplace or DeploymentContext.Education)
                    {
                        suffix = ProhibitedInContext;
                    }
                }

                context.ReportDiagnostic(finding.CreateDiagnostic(severity, suffix));
            }
        }

        private static bool HasMedicalOrSafetyPurpose(ISymbol symbol)
        {
            for (ISymbol? current = symbol; current is not null; current = current.ContainingType)
            {
                if (Annotations.Has(current, Annotations.MedicalOrSafetyPurpose))
                {
                    return true;
                }
            }

            return false;
        }
    }
}

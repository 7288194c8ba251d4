using System.Collections.Immutable;
using BorderTechAnalyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace BorderTechAnalyzers.Processing
{
    /// <summary>
    /// BT1001–BT1006: reports every use of a catalogued biometric or emotion-recognition API with the most specific
    /// rule that applies at the site.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class BiometricApiUsageAnalyzer : DiagnosticAnalyzer
    {
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
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(OnCompilationStart);
        }

        private static void OnCompilationStart(CompilationStartAnalysisContext context)
        {
            var index = BiometricSites.CreateIndex(context.Compilation, context.Options, context.CancellationToken);
            if (index is null)
            {
                return;
            }

            var sites = new BiometricSites(index);
            context.RegisterOperationAction(c => Report(c, sites.AnalyzeCall(c.Operation)), OperationKind.Invocation, OperationKind.ObjectCreation);
            context.RegisterOperationAction(c => Report(c, sites.AnalyzeMethodReference((IMethodReferenceOperation)c.Operation)), OperationKind.MethodReference);
            context.RegisterOperationAction(c => Report(c, sites.AnalyzeMemberReference((IMemberReferenceOperation)c.Operation)), OperationKind.PropertyReference, OperationKind.FieldReference, OperationKind.EventReference);
        }

        private static void Report(OperationAnalysisContext context, SiteFindings? findings)
        {
            if (findings is null)
            {
                return;
            }

            foreach (var finding in findings.Reportable())
            {
                context.ReportDiagnostic(finding.CreateDiagnostic());
            }
        }
    }
}

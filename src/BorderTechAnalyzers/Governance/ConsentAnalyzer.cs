using System.Collections.Generic;
using System.Collections.Immutable;
using BorderTechAnalyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace BorderTechAnalyzers.Governance
{
    /// <summary>
    /// BT2001: every biometric processing site needs consent or a legal basis — <c>[BiometricConsent]</c> on its method
    /// or type, or a <c>[ConsentGate]</c> call before it on every path.
    /// BT2007: in border-control and law-enforcement deployments, identification and enrolment cannot rest on consent
    /// alone and need a human-rights impact assessment.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ConsentAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
            Descriptors.BT2001_ConsentOrLegalBasisMissing,
            Descriptors.BT2007_ConsentNotSufficient);

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
            var gatesPossible = ConsentEvidence.GatesPossible(context.Compilation);
            sites.RegisterSiteActions(context, (c, findings) => Analyze(c, governance, gatesPossible, findings));
        }

        private static void Analyze(OperationAnalysisContext context, AssemblyGovernance governance, bool gatesPossible, SiteFindings findings)
        {
            var tree = context.Operation.Syntax.SyntaxTree;
            var options = BorderTechOptions.For(context.Options, tree);
            var categories = findings.EffectiveCategories;
            var needsConsent = (categories & BiometricCategories.Processing) != 0
                || (options.RequireConsentForDetection && (categories & BiometricCategory.Detection) != 0);
            if (!needsConsent)
            {
                return;
            }

            var deployment = governance.ContextFor(context.Options, tree);
            var evidence = ConsentEvidence.Find(context.Operation, context.ContainingSymbol, options.ConsentAttributes, gatesPossible);
            var api = SiteFindings.DisplayName(findings.Symbol);
            if (evidence.Basis == ConsentBasis.None)
            {
                var rule = Descriptors.BT2001_ConsentOrLegalBasisMissing;
                context.ReportDiagnostic(Diagnostic.Create(rule, findings.Location, Escalation.SeverityFor(rule, deployment), null, null, api, evidence.Missing));
            }

            if (DeploymentContexts.Escalates(deployment) && (categories & (BiometricCategory.Identification | BiometricCategory.Verification)) != 0)
            {
                var reasons = new List<string>();
                if (evidence.Basis == ConsentBasis.ExplicitConsent)
                {
                    reasons.Add("its only basis is consent, which a person cannot freely give to the authority deciding on their entry; name the law that requires it (Basis = LegalBasis.SubstantialPublicInterest or LegalObligation, with a ConsentRecord)");
                }

                if (!governance.HasHumanRightsAssessment)
                {
                    reasons.Add("no human-rights impact assessment covers it ([assembly: BiometricImpactAssessment(..., Kind = AssessmentKind.HumanRights)])");
                }

                if (reasons.Count > 0)
                {
                    var rule = Descriptors.BT2007_ConsentNotSufficient;
                    context.ReportDiagnostic(Diagnostic.Create(rule, findings.Location, Escalation.SeverityFor(rule, deployment), null, null, api, Escalation.Describe(deployment), string.Join("; and ", reasons)));
                }
            }
        }
    }
}

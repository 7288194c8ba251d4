using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using BorderTechAnalyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace BorderTechAnalyzers.Governance
{
    /// <summary>
    /// BT2004: an assembly with biometric processing (BT1001–BT1005) must name the impact assessment that covers it.
    /// Reported once, at the first site in file-path and position order, so every run reports the same place.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ImpactAssessmentAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.BT2004_ImpactAssessmentMissing);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            // Generated code is skipped where a diagnostic is due (see GeneratedCode), not by the driver.
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
            context.RegisterCompilationStartAction(OnCompilationStart);
        }

        private static void OnCompilationStart(CompilationStartAnalysisContext context)
        {
            var governance = AssemblyGovernance.For(context.Compilation);
            if (governance.HasAssessment)
            {
                return;
            }

            var sites = BiometricSites.For(context.Compilation, context.Options, context.CancellationToken);
            if (sites is null)
            {
                return;
            }

            var found = new ConcurrentBag<(Location Location, string Api)>();
            sites.RegisterSiteActions(context, (_, findings) => Collect(found, findings));
            context.RegisterCompilationEndAction(end =>
            {
                (Location Location, string Api)? first = null;
                foreach (var site in found)
                {
                    if (first is null || Compare(site.Location, first.Value.Location) < 0)
                    {
                        first = site;
                    }
                }

                if (first is { } report)
                {
                    var rule = Descriptors.BT2004_ImpactAssessmentMissing;
                    var deployment = governance.ContextFor(end.Options, report.Location.SourceTree!);
                    end.ReportDiagnostic(Diagnostic.Create(rule, report.Location, Escalation.SeverityFor(rule, deployment), null, null, report.Api));
                }
            });
        }

        private static void Collect(ConcurrentBag<(Location, string)> found, SiteFindings findings)
        {
            if ((findings.EffectiveCategories & BiometricCategories.Processing) != 0)
            {
                found.Add((findings.Location, SiteFindings.DisplayName(findings.Symbol)));
            }
        }

        private static int Compare(Location a, Location b)
        {
            var byPath = string.CompareOrdinal(a.SourceTree?.FilePath, b.SourceTree?.FilePath);
            return byPath != 0 ? byPath : a.SourceSpan.Start.CompareTo(b.SourceSpan.Start);
        }
    }
}

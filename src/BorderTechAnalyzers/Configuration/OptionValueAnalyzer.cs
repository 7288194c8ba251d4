using System.Collections.Generic;
using System.Collections.Immutable;
using BorderTechAnalyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace BorderTechAnalyzers.Configuration
{
    /// <summary>
    /// BT9002: a <c>bordertech.*</c> option or BorderTech MSBuild property that cannot be read. Each bad value is
    /// reported once per compilation, whichever .editorconfig section or global config it came from.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class OptionValueAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.BT9002_InvalidOptionValue);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationAction(AnalyzeCompilation);
        }

        private static void AnalyzeCompilation(CompilationAnalysisContext context)
        {
            var seen = new HashSet<(string, string)>();
            var errors = new List<OptionError>();
            Collect(BorderTechOptions.For(context.Options, null), seen, errors);
            foreach (var tree in context.Compilation.SyntaxTrees)
            {
                Collect(BorderTechOptions.For(context.Options, tree), seen, errors);
            }

            errors.Sort(static (a, b) => string.CompareOrdinal(a.Key + "=" + a.Value, b.Key + "=" + b.Value));
            foreach (var error in errors)
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.BT9002_InvalidOptionValue, Location.None, error.Key, error.Value, error.Problem));
            }
        }

        private static void Collect(BorderTechOptions options, HashSet<(string, string)> seen, List<OptionError> errors)
        {
            foreach (var error in options.Errors)
            {
                if (seen.Add((error.Key, error.Value)))
                {
                    errors.Add(error);
                }
            }
        }
    }
}

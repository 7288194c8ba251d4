using System.Collections.Immutable;
using BorderTechAnalyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace BorderTechAnalyzers.Configuration
{
    /// <summary>
    /// BT9001: checks the project's <c>BiometricApis*.txt</c> files line by line, and reports members that do not
    /// exist on a type the compilation has (a typo that would otherwise silently disable the line).
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class BiometricApiListAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.BT9001_InvalidBiometricApiListEntry);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(static start =>
            {
                foreach (var file in start.Options.AdditionalFiles)
                {
                    if (BiometricCatalog.IsUserCatalogFile(file.Path))
                    {
                        start.RegisterAdditionalFileAction(AnalyzeFile);
                        return;
                    }
                }
            });
        }

        private static void AnalyzeFile(AdditionalFileAnalysisContext context)
        {
            if (!BiometricCatalog.IsUserCatalogFile(context.AdditionalFile.Path))
            {
                return;
            }

            var text = context.AdditionalFile.GetText(context.CancellationToken);
            if (text is null)
            {
                return;
            }

            var catalog = BiometricCatalog.ParseUserFile(context.AdditionalFile, context.CancellationToken);
            foreach (var error in catalog.Errors)
            {
                Report(context, text, error.Source, error.Message);
            }

            if (catalog.Entries.IsEmpty)
            {
                return;
            }

            var index = CatalogIndex.Create(context.Compilation, CatalogTrie.Build(new[] { catalog }));
            foreach (var entry in index.UnresolvedMembers)
            {
                var container = string.Join(".", entry.Path.RemoveAt(entry.Path.Length - 1));
                var message = entry.HasParameterList
                    ? $"'{container}' has no member matching '{entry.Id}' (check the parameter types)"
                    : $"'{container}' has no member named '{entry.Path[entry.Path.Length - 1]}'";
                Report(context, text, entry.Source, message);
            }
        }

        private static void Report(AdditionalFileAnalysisContext context, SourceText text, CatalogSource source, string message)
        {
            var span = source.Span;
            var location = Location.Create(context.AdditionalFile.Path, span, text.Lines.GetLinePositionSpan(span));
            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.BT9001_InvalidBiometricApiListEntry,
                location,
                message));
        }
    }
}

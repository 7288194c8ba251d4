using System;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace BorderTechAnalyzers.CodeFixes
{
    /// <summary>
    /// BT2004: adds <c>[assembly: BiometricImpactAssessment("…")]</c> to the project's file of assembly attributes, or
    /// to a new <c>BiometricImpactAssessment.cs</c> when it has none.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ImpactAssessmentCodeFix)), Shared]
    public sealed class ImpactAssessmentCodeFix : CodeFixProvider
    {
        public const string EquivalenceKey = "BT2004.AddBiometricImpactAssessment";
        public const string NewFileName = "BiometricImpactAssessment.cs";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Descriptors.BT2004_ImpactAssessmentMissing.Id);

        public override FixAllProvider GetFixAllProvider() => ProjectFixAll.Instance;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var compilation = await context.Document.Project.GetCompilationAsync(context.CancellationToken).ConfigureAwait(false);
            if (compilation is null || !CodeFixHelpers.AnnotationResolves(compilation, "BiometricImpactAssessmentAttribute"))
            {
                return;
            }

            foreach (var diagnostic in context.Diagnostics)
            {
                context.RegisterCodeFix(
                    CodeAction.Create("Add [assembly: BiometricImpactAssessment]", ct => AddAssessmentAsync(context.Document.Project, context.Document, ct), EquivalenceKey),
                    diagnostic);
            }
        }

        /// <summary>
        /// Adds the attribute next to the project's own assembly attributes, or else at the top of the document where
        /// the diagnostic is: a fix that only edits existing files also works in <c>dotnet format</c>, which saves
        /// changed documents but not new ones.
        /// </summary>
        internal static async Task<Solution> AddAssessmentAsync(Project project, Document? fallback, CancellationToken cancellationToken)
        {
            var attribute = CodeFixHelpers.AttributeList("BiometricImpactAssessment", CodeFixHelpers.StringArgument(CodeFixHelpers.AssessmentPlaceholder))
                .WithTarget(SyntaxFactory.AttributeTargetSpecifier(SyntaxFactory.Token(SyntaxKind.AssemblyKeyword)));

            foreach (var document in project.Documents.OrderBy(d => d.FilePath ?? d.Name, StringComparer.Ordinal))
            {
                if (await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false) is CompilationUnitSyntax unit
                    && unit.AttributeLists.Any(l => l.Target?.Identifier.IsKind(SyntaxKind.AssemblyKeyword) == true)
                    && !CodeFixHelpers.IsGenerated(document, unit))
                {
                    var updated = CodeFixHelpers.EnsureUsing(unit.AddAttributeLists(attribute), CodeFixHelpers.AnnotationsNamespace);
                    return document.WithSyntaxRoot(updated).Project.Solution;
                }
            }

            if (fallback is not null && await fallback.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false) is CompilationUnitSyntax site)
            {
                var updated = CodeFixHelpers.EnsureUsing(site.AddAttributeLists(attribute), CodeFixHelpers.AnnotationsNamespace);
                return fallback.WithSyntaxRoot(updated).Project.Solution;
            }

            var text = "using BorderTech.Annotations;\n\n[assembly: BiometricImpactAssessment(\"" + CodeFixHelpers.AssessmentPlaceholder + "\")]\n";
            var directory = project.FilePath is null ? null : System.IO.Path.GetDirectoryName(project.FilePath);
            var path = directory is null ? null : System.IO.Path.Combine(directory, NewFileName);
            return project.AddDocument(NewFileName, text, filePath: path).Project.Solution;
        }

        /// <summary>One assessment per project, however many diagnostics Fix All sees.</summary>
        private sealed class ProjectFixAll : FixAllProvider
        {
            public static readonly ProjectFixAll Instance = new();

            public override Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
                => Task.FromResult<CodeAction?>(CodeAction.Create(
                    "Add [assembly: BiometricImpactAssessment] to every project",
                    async ct =>
                    {
                        var solution = fixAllContext.Solution;
                        var projects = fixAllContext.Scope == FixAllScope.Solution ? solution.Projects : new[] { fixAllContext.Project };
                        foreach (var project in projects)
                        {
                            var diagnostics = await fixAllContext.GetAllDiagnosticsAsync(project).ConfigureAwait(false);
                            var compilation = diagnostics.IsEmpty ? null : await project.GetCompilationAsync(ct).ConfigureAwait(false);
                            if (compilation is not null && CodeFixHelpers.AnnotationResolves(compilation, "BiometricImpactAssessmentAttribute"))
                            {
                                var current = solution.GetProject(project.Id)!;
                                var site = diagnostics[0].Location.SourceTree is { } tree ? current.GetDocument(tree) ?? current.Documents.FirstOrDefault(d => d.FilePath == tree.FilePath) : null;
                                solution = await AddAssessmentAsync(current, site, ct).ConfigureAwait(false);
                            }
                        }

                        return solution;
                    },
                    EquivalenceKey));
        }
    }
}

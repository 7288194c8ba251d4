using System;
using System.Collections.Immutable;
using System.Globalization;
using BorderTechAnalyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace BorderTechAnalyzers.Governance
{
    /// <summary>
    /// Checks what the governance attributes say: BT2003 a retention period above the configured maximum, BT2005 an
    /// impact assessment past its review date, BT2006 placeholder or empty texts, non-positive days, unreadable dates.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class GovernanceAnnotationAnalyzer : DiagnosticAnalyzer
    {
        private static readonly string[] s_placeholders = { "todo", "tbd", "tba", "n/a", "na", "-", "--", "xxx", "...", "…", "?", "fixme", "none", "placeholder" };

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
            Descriptors.BT2003_RetentionPeriodTooLong,
            Descriptors.BT2005_ImpactAssessmentOverdue,
            Descriptors.BT2006_IncompleteGovernanceAnnotation);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            // Generated code is skipped where a diagnostic is due (see GeneratedCode), not by the driver.
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
            context.RegisterSyntaxNodeAction(AnalyzeAttribute, SyntaxKind.Attribute);
        }

        private static void AnalyzeAttribute(SyntaxNodeAnalysisContext context)
        {
            var attribute = (AttributeSyntax)context.Node;
            var shortName = ShortName(attribute.Name);
            if (shortName is null || !IsCandidate(shortName) || attribute.ArgumentList is null)
            {
                return;
            }

            if (context.SemanticModel.GetSymbolInfo(attribute, context.CancellationToken).Symbol is not IMethodSymbol constructor
                || GeneratedCode.IsGenerated(attribute.SyntaxTree, context.ContainingSymbol, context.Options, context.CancellationToken))
            {
                return;
            }

            var type = constructor.ContainingType;
            var kind = Kind(type);
            if (kind is null)
            {
                return;
            }

            var options = BorderTechOptions.For(context.Options, attribute.SyntaxTree);
            var positional = 0;
            string? reference = null;
            ArgumentInfo? reviewBy = null;
            foreach (var argument in attribute.ArgumentList.Arguments)
            {
                string name;
                if (argument.NameEquals is { } nameEquals)
                {
                    name = nameEquals.Name.Identifier.ValueText;
                }
                else if (argument.NameColon is { } nameColon)
                {
                    name = nameColon.Name.Identifier.ValueText;
                }
                else
                {
                    name = positional < constructor.Parameters.Length ? constructor.Parameters[positional].Name : string.Empty;
                    positional++;
                }

                var constant = context.SemanticModel.GetConstantValue(argument.Expression, context.CancellationToken);
                var info = new ArgumentInfo(name, argument, constant.HasValue ? constant.Value : NotConstant.Instance);
                CheckArgument(context, kind, info, options);
                if (kind == Annotations.BiometricImpactAssessment)
                {
                    if (string.Equals(name, "reference", StringComparison.OrdinalIgnoreCase))
                    {
                        reference = info.Value as string;
                    }
                    else if (name == "ReviewBy")
                    {
                        reviewBy = info;
                    }
                }
            }

            if (reviewBy is { Value: string date } review && options.BuildDate is { } buildDate
                && BorderTechOptions.TryParseDate(date, out var due) && due < buildDate)
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    Descriptors.BT2005_ImpactAssessmentOverdue,
                    review.Syntax.GetLocation(),
                    reference ?? "(unnamed)",
                    due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    buildDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
            }
        }

        private static void CheckArgument(SyntaxNodeAnalysisContext context, string kind, ArgumentInfo argument, BorderTechOptions options)
        {
            var display = kind.Substring(0, kind.Length - "Attribute".Length);
            switch (argument.Value)
            {
                case string text when IsTextArgument(argument.Name):
                    var problem = TextProblem(text);
                    if (problem is not null)
                    {
                        Report(context, Descriptors.BT2006_IncompleteGovernanceAnnotation, argument.Syntax, display, $"'{argument.Name}' {problem}; write what an auditor can check");
                    }

                    if (argument.Name == "ReviewBy" && problem is null && !BorderTechOptions.TryParseDate(text, out _))
                    {
                        Report(context, Descriptors.BT2006_IncompleteGovernanceAnnotation, argument.Syntax, display, $"'ReviewBy' is \"{text}\", not a date in the form yyyy-MM-dd");
                    }

                    break;
                case null when IsRequiredText(argument.Name):
                    Report(context, Descriptors.BT2006_IncompleteGovernanceAnnotation, argument.Syntax, display, $"'{argument.Name}' is null; write what an auditor can check");
                    break;
                case int days when kind == Annotations.BiometricRetention && string.Equals(argument.Name, "maxDays", StringComparison.OrdinalIgnoreCase):
                    if (days <= 0)
                    {
                        Report(context, Descriptors.BT2006_IncompleteGovernanceAnnotation, argument.Syntax, display, $"'maxDays' is {days}; a retention period is a positive number of days");
                    }
                    else if (days > options.MaxRetentionDays)
                    {
                        Report(context, Descriptors.BT2003_RetentionPeriodTooLong, argument.Syntax, days, options.MaxRetentionDays);
                    }

                    break;
            }
        }

        private static void Report(SyntaxNodeAnalysisContext context, DiagnosticDescriptor rule, SyntaxNode node, params object[] arguments)
            => context.ReportDiagnostic(Diagnostic.Create(rule, node.GetLocation(), arguments));

        /// <summary>Why a text records nothing, or null when it says something.</summary>
        internal static string? TextProblem(string text)
        {
            var trimmed = text.Trim();
            if (trimmed.Length == 0)
            {
                return "is empty";
            }

            var lower = trimmed.ToLowerInvariant();
            foreach (var placeholder in s_placeholders)
            {
                if (lower == placeholder)
                {
                    return $"is a placeholder (\"{trimmed}\")";
                }
            }

            if (lower.StartsWith("todo", StringComparison.Ordinal) || lower.StartsWith("tbd", StringComparison.Ordinal) || lower.StartsWith("fixme", StringComparison.Ordinal))
            {
                return $"is a placeholder (\"{trimmed}\")";
            }

            var onlyFiller = true;
            foreach (var c in trimmed)
            {
                if (char.IsLetterOrDigit(c) && c != 'x' && c != 'X')
                {
                    onlyFiller = false;
                    break;
                }
            }

            return onlyFiller ? $"is a placeholder (\"{trimmed}\")" : null;
        }

        private static bool IsTextArgument(string name) => name switch
        {
            "purpose" or "reference" or "recipient" or "justification" or "ConsentRecord" or "DeletionProcedure" or "AgreementReference" or "ReviewBy" => true,
            _ => false,
        };

        private static bool IsRequiredText(string name) => name is "purpose" or "reference" or "recipient" or "justification";

        private static string? ShortName(NameSyntax name) => name switch
        {
            SimpleNameSyntax simple => simple.Identifier.ValueText,
            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
            AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
            _ => null,
        };

        private static bool IsCandidate(string name)
        {
            if (name.EndsWith("Attribute", StringComparison.Ordinal))
            {
                name = name.Substring(0, name.Length - "Attribute".Length);
            }

            return name is "BiometricConsent" or "BiometricRetention" or "BiometricImpactAssessment" or "AuthorizedDisclosure" or "MedicalOrSafetyPurpose";
        }

        private static string? Kind(INamedTypeSymbol type)
        {
            foreach (var name in new[] { Annotations.BiometricConsent, Annotations.BiometricRetention, Annotations.BiometricImpactAssessment, Annotations.AuthorizedDisclosure, Annotations.MedicalOrSafetyPurpose })
            {
                if (Annotations.Is(type, name))
                {
                    return name;
                }
            }

            return null;
        }

        private readonly struct ArgumentInfo
        {
            public ArgumentInfo(string name, AttributeArgumentSyntax syntax, object? value)
            {
                Name = name;
                Syntax = syntax;
                Value = value;
            }

            public string Name { get; }

            public AttributeArgumentSyntax Syntax { get; }

            public object? Value { get; }
        }

        private sealed class NotConstant
        {
            public static readonly NotConstant Instance = new();
        }
    }
}

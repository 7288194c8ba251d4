using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace BorderTechAnalyzers.Infrastructure
{
    /// <summary>Tests a catalog condition against the value leaves that reach a site.</summary>
    internal static class ConditionEvaluator
    {
        public static bool TryMatch(CatalogCondition condition, List<IOperation> leaves, out string? evidence, out IOperation? evidenceOperation)
        {
            evidenceOperation = null;
            switch (condition)
            {
                case ContainsCondition contains:
                    return TryMatchContains(contains, leaves, out evidence, out evidenceOperation);
                case ModelCondition model:
                    return TryMatchModel(model, leaves, out evidence, out evidenceOperation);
                case EqualsCondition equals:
                    foreach (var leaf in leaves)
                    {
                        if (leaf.ConstantValue.HasValue && equals.Matches(leaf.ConstantValue.Value))
                        {
                            evidence = "= " + equals.Text;
                            evidenceOperation = leaf;
                            return true;
                        }
                    }

                    break;
            }

            evidence = null;
            return false;
        }

        private static bool TryMatchContains(ContainsCondition condition, List<IOperation> leaves, out string? evidence, out IOperation? evidenceOperation)
        {
            evidenceOperation = null;
            foreach (var leaf in leaves)
            {
                if (leaf is IMemberReferenceOperation reference && condition.Matches(reference.Member.Name))
                {
                    evidence = Describe(condition, SiteFindings.DisplayName(reference.Member));
                    evidenceOperation = leaf;
                    return true;
                }

                if (leaf.ConstantValue is { HasValue: true, Value: string text })
                {
                    foreach (var token in ValueFlow.Tokens(text))
                    {
                        if (condition.Matches(token))
                        {
                            evidence = Describe(condition, "\"" + token + "\"");
                            evidenceOperation = leaf;
                            return true;
                        }
                    }
                }
            }

            evidence = null;
            return false;
        }

        private static string Describe(ContainsCondition condition, string what)
            => condition.Key is null ? "requests " + what : condition.Key + " requests " + what;

        private static bool TryMatchModel(ModelCondition condition, List<IOperation> leaves, out string? evidence, out IOperation? evidenceOperation)
        {
            evidenceOperation = null;
            foreach (var leaf in leaves)
            {
                if (leaf.ConstantValue is { HasValue: true, Value: string text } && condition.FindMatch(text) is not null)
                {
                    evidence = "model \"" + FileName(text) + "\"";
                    evidenceOperation = leaf;
                    return true;
                }
            }

            evidence = null;
            return false;
        }

        private static string FileName(string text)
        {
            var trimmed = text.Trim().TrimStart('/', '\\');
            var slash = trimmed.LastIndexOfAny(new[] { '/', '\\' });
            return slash < 0 ? trimmed : trimmed.Substring(slash + 1);
        }
    }
}

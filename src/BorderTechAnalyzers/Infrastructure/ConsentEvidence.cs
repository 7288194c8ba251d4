using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace BorderTechAnalyzers.Infrastructure
{
    internal enum ConsentBasis
    {
        /// <summary>No evidence at all.</summary>
        None,

        /// <summary>Consent: <c>[BiometricConsent]</c> with the default basis, a consent gate, or a team's consent attribute.</summary>
        ExplicitConsent,

        /// <summary>Another GDPR Art 9(2) basis named on <c>[BiometricConsent(Basis = ...)]</c>.</summary>
        OtherBasis,
    }

    /// <summary>
    /// Finds the consent evidence for a biometric site: an attribute on the enclosing method, local function or type,
    /// or a call to a <c>[ConsentGate]</c> method that precedes the site on every path through the method (checked on
    /// the control-flow graph, so a gate in one branch only, or after the site, does not count).
    /// </summary>
    internal static class ConsentEvidence
    {
        public readonly struct Result
        {
            public Result(ConsentBasis basis, string? missing)
            {
                Basis = basis;
                Missing = missing;
            }

            public ConsentBasis Basis { get; }

            /// <summary>Plain words for what is missing, when <see cref="Basis"/> is None.</summary>
            public string? Missing { get; }
        }

        /// <summary>
        /// Whether the compilation can contain a <c>[ConsentGate]</c> method at all (the attribute is declared in source
        /// or comes from the annotations assembly). When it cannot, no control-flow graph is ever built.
        /// </summary>
        public static bool GatesPossible(Compilation compilation) => Annotations.MayAppear(compilation, Annotations.ConsentGate);

        public static Result Find(IOperation site, ISymbol containingSymbol, ImmutableArray<string> consentAttributes, bool gatesPossible)
        {
            var scopes = Scopes(site, containingSymbol);
            foreach (var scope in scopes)
            {
                var basis = AttributeBasis(scope, consentAttributes);
                if (basis != ConsentBasis.None)
                {
                    return new Result(basis, null);
                }
            }

            var gate = gatesPossible ? GateStatus(site) : Gate.Absent;
            if (gate == Gate.Dominates)
            {
                return new Result(ConsentBasis.ExplicitConsent, null);
            }

            var member = containingSymbol.Name;
            var type = containingSymbol.ContainingType?.Name ?? member;
            var attributes = containingSymbol switch
            {
                IMethodSymbol { MethodKind: MethodKind.Constructor or MethodKind.StaticConstructor } => $"neither the constructor of '{type}' nor the type has [BiometricConsent]",
                IMethodSymbol { MethodKind: not MethodKind.PropertyGet and not MethodKind.PropertySet } => $"neither '{member}' nor '{type}' has [BiometricConsent]",
                _ => $"'{type}' has no [BiometricConsent]",
            };
            var missing = gate == Gate.DoesNotDominate
                ? $"the [ConsentGate] call does not precede it on every path through '{member}', and {attributes}"
                : $"{attributes}, and no [ConsentGate] method is called before it";
            return new Result(ConsentBasis.None, missing);
        }

        /// <summary>The enclosing local functions, the containing member, then its containing types, innermost first.</summary>
        private static List<ISymbol> Scopes(IOperation site, ISymbol containingSymbol)
        {
            var scopes = new List<ISymbol>();
            for (var current = site.Parent; current is not null; current = current.Parent)
            {
                if (current is ILocalFunctionOperation localFunction)
                {
                    scopes.Add(localFunction.Symbol);
                }
            }

            scopes.Add(containingSymbol);
            if (containingSymbol is IMethodSymbol { AssociatedSymbol: { } property })
            {
                scopes.Add(property);
            }

            for (var type = containingSymbol.ContainingType; type is not null; type = type.ContainingType)
            {
                scopes.Add(type);
            }

            return scopes;
        }

        private static ConsentBasis AttributeBasis(ISymbol symbol, ImmutableArray<string> consentAttributes)
        {
            foreach (var attribute in symbol.GetAttributes())
            {
                if (Annotations.Is(attribute, Annotations.BiometricConsent))
                {
                    var basis = Annotations.Argument(attribute, -1, "Basis");
                    return basis is { Value: int value } && value != 0 ? ConsentBasis.OtherBasis : ConsentBasis.ExplicitConsent;
                }

                if (Annotations.IsAnyOf(attribute, consentAttributes))
                {
                    return ConsentBasis.ExplicitConsent;
                }
            }

            return ConsentBasis.None;
        }

        public static bool IsConsentGate(IMethodSymbol method)
        {
            method = (method.ReducedFrom ?? method).OriginalDefinition;
            return Annotations.Has(method, Annotations.ConsentGate);
        }

        private enum Gate
        {
            Absent,
            DoesNotDominate,
            Dominates,
        }

        private static Gate GateStatus(IOperation site)
        {
            var root = site;
            while (root.Parent is not null)
            {
                root = root.Parent;
            }

            if (!s_containsGate.GetValue(root, static r => new StrongBox<bool>(ContainsGate(r))).Value)
            {
                return Gate.Absent;
            }

            ControlFlowGraph? graph;
            try
            {
                graph = root switch
                {
                    IMethodBodyOperation body => ControlFlowGraph.Create(body),
                    IConstructorBodyOperation body => ControlFlowGraph.Create(body),
                    IBlockOperation block => ControlFlowGraph.Create(block),
                    IFieldInitializerOperation field => ControlFlowGraph.Create(field),
                    IPropertyInitializerOperation property => ControlFlowGraph.Create(property),
                    _ => null,
                };
            }
            catch (System.ArgumentException)
            {
                // Code with errors can have no graph; no proof of consent then.
                graph = null;
            }

            if (graph is null)
            {
                return Gate.DoesNotDominate;
            }

            return IsGated(site.Syntax, graph, Nesting(site)) ? Gate.Dominates : Gate.DoesNotDominate;
        }

        private static readonly ConditionalWeakTable<IOperation, StrongBox<bool>> s_containsGate = new();

        private static bool ContainsGate(IOperation root)
        {
            foreach (var operation in root.Descendants())
            {
                if (operation is IInvocationOperation invocation && IsConsentGate(invocation.TargetMethod))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The lambdas and local functions around the site, outermost first.</summary>
        private static List<IOperation> Nesting(IOperation site)
        {
            var nesting = new List<IOperation>();
            for (var current = site.Parent; current is not null; current = current.Parent)
            {
                if (current is IAnonymousFunctionOperation or ILocalFunctionOperation)
                {
                    nesting.Insert(0, current);
                }
            }

            return nesting;
        }

        /// <summary>
        /// True when a gate precedes <paramref name="target"/> on every path of the innermost graph that contains it; for
        /// a site inside a lambda, a gate that precedes the lambda in the enclosing graph counts too.
        /// </summary>
        private static bool IsGated(SyntaxNode target, ControlFlowGraph graph, List<IOperation> nesting)
        {
            if (nesting.Count == 0)
            {
                return Dominated(graph, target);
            }

            var outer = nesting[0];
            var rest = nesting.GetRange(1, nesting.Count - 1);
            ControlFlowGraph? inner = null;
            if (outer is ILocalFunctionOperation localFunction)
            {
                inner = FindLocalFunctionGraph(graph, localFunction.Symbol);
            }
            else
            {
                inner = FindLambdaGraph(graph, outer.Syntax);
                if (inner is not null && Dominated(graph, outer.Syntax))
                {
                    return true;
                }
            }

            return inner is not null && IsGated(target, inner, rest);
        }

        private static ControlFlowGraph? FindLocalFunctionGraph(ControlFlowGraph graph, IMethodSymbol symbol)
        {
            foreach (var localFunction in graph.LocalFunctions)
            {
                if (SymbolEqualityComparer.Default.Equals(localFunction, symbol))
                {
                    return graph.GetLocalFunctionControlFlowGraph(localFunction);
                }
            }

            return null;
        }

        private static ControlFlowGraph? FindLambdaGraph(ControlFlowGraph graph, SyntaxNode lambda)
        {
            foreach (var block in graph.Blocks)
            {
                foreach (var operation in BlockOperations(block))
                {
                    foreach (var descendant in operation.DescendantsAndSelf())
                    {
                        if (descendant is IFlowAnonymousFunctionOperation flow && flow.Syntax == lambda)
                        {
                            return graph.GetAnonymousFunctionControlFlowGraph(flow);
                        }
                    }
                }
            }

            return null;
        }

        private static IEnumerable<IOperation> BlockOperations(BasicBlock block)
        {
            foreach (var operation in block.Operations)
            {
                yield return operation;
            }

            if (block.BranchValue is not null)
            {
                yield return block.BranchValue;
            }
        }

        private static bool Dominated(ControlFlowGraph graph, SyntaxNode target)
        {
            BasicBlock? targetBlock = null;
            var gated = new bool[graph.Blocks.Length];
            foreach (var block in graph.Blocks)
            {
                var targetPosition = -1;
                var gatePositions = new List<int>();
                foreach (var operation in BlockOperations(block))
                {
                    foreach (var descendant in operation.DescendantsAndSelf())
                    {
                        if (targetBlock is null && descendant.Syntax == target)
                        {
                            targetPosition = descendant.Syntax.SpanStart;
                        }

                        if (descendant is IInvocationOperation invocation && IsConsentGate(invocation.TargetMethod))
                        {
                            gatePositions.Add(invocation.Syntax.Span.End);
                        }
                    }
                }

                if (targetPosition >= 0 && targetBlock is null)
                {
                    targetBlock = block;
                    foreach (var end in gatePositions)
                    {
                        if (end <= targetPosition || target.Span.Contains(end - 1))
                        {
                            return true;
                        }
                    }
                }

                gated[block.Ordinal] = gatePositions.Count > 0;
            }

            if (targetBlock is null)
            {
                return false;
            }

            // The site is gated when it cannot be reached from the entry without passing a block that calls a gate,
            // and it can be reached at all (a site reached only through an exception handler is not proven gated).
            return Reachable(graph, targetBlock, gated, useBarriers: false) && !Reachable(graph, targetBlock, gated, useBarriers: true);
        }

        private static bool Reachable(ControlFlowGraph graph, BasicBlock target, bool[] gated, bool useBarriers)
        {
            var seen = new bool[graph.Blocks.Length];
            var queue = new Queue<BasicBlock>();
            queue.Enqueue(graph.Blocks[0]);
            seen[0] = true;
            while (queue.Count > 0)
            {
                var block = queue.Dequeue();
                if (block == target)
                {
                    return true;
                }

                if (useBarriers && gated[block.Ordinal])
                {
                    continue;
                }

                foreach (var branch in new[] { block.FallThroughSuccessor, block.ConditionalSuccessor })
                {
                    if (branch?.Destination is { } next && !seen[next.Ordinal])
                    {
                        seen[next.Ordinal] = true;
                        queue.Enqueue(next);
                    }
                }
            }

            return false;
        }
    }
}

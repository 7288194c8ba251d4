using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace BorderTechAnalyzers.Infrastructure
{
    /// <summary>
    /// Decides what a call, creation or member reference does according to the catalog. Shared by every rule that
    /// needs to know where biometric processing happens.
    /// </summary>
    internal sealed class BiometricSites
    {
        private readonly CatalogIndex _index;

        // Several rules ask about the same site; each site is evaluated once per compilation.
        private readonly ConcurrentDictionary<SyntaxNode, SiteFindings?> _calls = new();
        private readonly ConcurrentDictionary<SyntaxNode, SiteFindings?> _methodReferences = new();
        private readonly ConcurrentDictionary<SyntaxNode, SiteFindings?> _memberReferences = new();

        private BiometricSites(CatalogIndex index) => _index = index;

        public CatalogIndex Index => _index;

        private static readonly ConditionalWeakTable<Compilation, IndexHolder> s_indexes = new();

        /// <summary>
        /// The resolved catalog for this compilation, or null when the compilation references none of its APIs. Every
        /// analyzer of the package asks for it; it is resolved once per compilation and set of API lists.
        /// </summary>
        public static CatalogIndex? CreateIndex(Compilation compilation, AnalyzerOptions options, CancellationToken cancellationToken)
            => For(compilation, options, cancellationToken)?.Index;

        /// <summary>The sites of this compilation, shared by every rule, or null when it references no catalogued API.</summary>
        public static BiometricSites? For(Compilation compilation, AnalyzerOptions options, CancellationToken cancellationToken)
        {
            var holder = s_indexes.GetValue(compilation, static _ => new IndexHolder());
            lock (holder)
            {
                if (holder.AdditionalFiles != options.AdditionalFiles || !holder.IsSet)
                {
                    var trie = BiometricCatalog.GetTrie(options.AdditionalFiles, cancellationToken);
                    var index = CatalogIndex.Create(compilation, trie);
                    holder.Set(options.AdditionalFiles, index.IsEmpty ? null : new BiometricSites(index));
                }

                return holder.Sites;
            }
        }

        private sealed class IndexHolder
        {
            public ImmutableArray<AdditionalText> AdditionalFiles { get; private set; }

            public BiometricSites? Sites { get; private set; }

            public bool IsSet { get; private set; }

            public void Set(ImmutableArray<AdditionalText> additionalFiles, BiometricSites? sites)
            {
                AdditionalFiles = additionalFiles;
                Sites = sites;
                IsSet = true;
            }
        }

        /// <summary>
        /// Registers the operation actions every site-based rule needs — calls and creations, method groups, member
        /// references — and hands each catalogued site to <paramref name="onSite"/>.
        /// </summary>
        public void RegisterSiteActions(CompilationStartAnalysisContext context, Action<OperationAnalysisContext, SiteFindings> onSite)
        {
            context.RegisterOperationAction(c => Deliver(c, AnalyzeCall(c.Operation), onSite), OperationKind.Invocation, OperationKind.ObjectCreation);
            context.RegisterOperationAction(c => Deliver(c, AnalyzeMethodReference((IMethodReferenceOperation)c.Operation), onSite), OperationKind.MethodReference);
            context.RegisterOperationAction(
                c => Deliver(c, AnalyzeMemberReference((IMemberReferenceOperation)c.Operation), onSite),
                OperationKind.PropertyReference,
                OperationKind.FieldReference,
                OperationKind.EventReference);
        }

        /// <summary>Hands a site to a rule, unless it is in generated code (tested only now that there is a site).</summary>
        private static void Deliver(OperationAnalysisContext context, SiteFindings? findings, Action<OperationAnalysisContext, SiteFindings> onSite)
        {
            if (findings is not null && !GeneratedCode.IsGenerated(context.Operation.Syntax.SyntaxTree, context.ContainingSymbol, context.Options, context.CancellationToken))
            {
                onSite(context, findings);
            }
        }

        /// <summary>An invocation or object creation.</summary>
        public SiteFindings? AnalyzeCall(IOperation operation)
        {
            var method = operation switch
            {
                IInvocationOperation invocation => invocation.TargetMethod,
                IObjectCreationOperation creation => creation.Constructor,
                _ => null,
            };
            return method is null || _index.Match(method).IsEmpty ? null : _calls.GetOrAdd(operation.Syntax, _ => EvaluateCall(operation));
        }

        private SiteFindings? EvaluateCall(IOperation operation)
        {
            IMethodSymbol? method;
            ImmutableArray<IArgumentOperation> arguments;
            IObjectOrCollectionInitializerOperation? initializer = null;
            switch (operation)
            {
                case IInvocationOperation invocation:
                    method = invocation.TargetMethod;
                    arguments = invocation.Arguments;
                    break;
                case IObjectCreationOperation creation:
                    method = creation.Constructor;
                    arguments = creation.Arguments;
                    initializer = creation.Initializer;
                    break;
                default:
                    return null;
            }

            if (method is null)
            {
                return null;
            }

            var entries = _index.Match(method);
            if (entries.IsEmpty)
            {
                return null;
            }

            var findings = new SiteFindings(operation, method, OperationLocations.NameLocation(operation.Syntax));
            var flow = ValueFlow.For(operation);
            List<IOperation>? leaves = null;

            foreach (var entry in entries)
            {
                if (entry.Condition is null)
                {
                    findings.Add(entry, entry.Categories, null, null);
                    continue;
                }

                var values = entry.Condition is ContainsCondition { Key: { } key }
                    ? ArgumentLeaves(flow, arguments, key)
                    : leaves ??= ArgumentLeaves(flow, arguments, null);
                if (ConditionEvaluator.TryMatch(entry.Condition, values, out var evidence, out var evidenceOperation))
                {
                    findings.Add(entry, entry.Categories, evidence, evidenceOperation);
                }
            }

            // Values passed in (a request object, an attribute list) can make the call more specific: a detection call
            // that asks for emotions is emotion recognition, reported here rather than at the value.
            leaves ??= ArgumentLeaves(flow, arguments, null);
            if (initializer is not null)
            {
                flow.CollectLeaves(initializer, null, leaves);
            }

            foreach (var leaf in leaves)
            {
                if (leaf is IMemberReferenceOperation reference)
                {
                    AddValueEntries(findings, reference, flow);
                }
            }

            return findings.IsEmpty ? null : findings;
        }

        public SiteFindings? AnalyzeMethodReference(IMethodReferenceOperation reference)
            => _index.Match(reference.Method).IsEmpty ? null : _methodReferences.GetOrAdd(reference.Syntax, _ => EvaluateMethodReference(reference));

        private SiteFindings? EvaluateMethodReference(IMethodReferenceOperation reference)
        {
            var entries = _index.Match(reference.Method);
            if (entries.IsEmpty)
            {
                return null;
            }

            var findings = new SiteFindings(reference, reference.Method, OperationLocations.NameLocation(reference.Syntax));
            foreach (var entry in entries)
            {
                // A method group carries no arguments, so only unconditional entries can apply.
                if (entry.Condition is null)
                {
                    findings.Add(entry, entry.Categories, null, null);
                }
            }

            return findings.IsEmpty ? null : findings;
        }

        /// <summary>A property, field or event reference that is not part of the values of a catalogued call.</summary>
        public SiteFindings? AnalyzeMemberReference(IMemberReferenceOperation reference)
            => _index.Match(reference.Member).IsEmpty ? null : _memberReferences.GetOrAdd(reference.Syntax, _ => EvaluateMemberReference(reference));

        private SiteFindings? EvaluateMemberReference(IMemberReferenceOperation reference)
        {
            var entries = _index.Match(reference.Member);
            if (entries.IsEmpty || IsInNameOf(reference))
            {
                return null;
            }

            var findings = new SiteFindings(reference, reference.Member, OperationLocations.NameLocation(reference.Syntax));
            ValueFlow? flow = null;
            foreach (var entry in entries)
            {
                if (!entry.IsMember)
                {
                    // Whole-type and namespace entries describe what the type does; a member reference on such a
                    // type (a property read, say) is not by itself processing.
                    continue;
                }

                if (entry.Condition is null)
                {
                    findings.Add(entry, entry.Categories, null, null);
                    continue;
                }

                flow ??= ValueFlow.For(reference);
                var values = AssignedLeaves(reference, flow, (entry.Condition as ContainsCondition)?.Key);
                if (ConditionEvaluator.TryMatch(entry.Condition, values, out var evidence, out var evidenceOperation))
                {
                    findings.Add(entry, entry.Categories, evidence, evidenceOperation);
                }
            }

            if (findings.IsEmpty)
            {
                return null;
            }

            flow ??= ValueFlow.For(reference);
            if (IsWriteToMemberOfLocal(reference, out var owner) && LocalFlowsIntoCatalogCall(owner, flow, depth: 0))
            {
                return null;
            }

            return FlowsIntoCatalogCall(reference, flow, depth: 0) ? null : findings;
        }

        /// <summary><c>local.Member = value</c> or <c>local.Member.Add(value)</c>: the value travels with the object the local holds.</summary>
        private static bool IsWriteToMemberOfLocal(IMemberReferenceOperation reference, out ILocalSymbol owner)
        {
            owner = null!;
            if (reference.Instance is not ILocalReferenceOperation local)
            {
                return false;
            }

            var written = reference.Parent switch
            {
                IAssignmentOperation assignment => assignment.Target == reference,
                IInvocationOperation call => call.Instance == reference && ValueFlow.IsCollectionWrite(call.TargetMethod),
                _ => false,
            };
            owner = local.Local;
            return written;
        }

        private void AddValueEntries(SiteFindings findings, IMemberReferenceOperation reference, ValueFlow flow)
        {
            var entries = _index.Match(reference.Member);
            foreach (var entry in entries)
            {
                if (!entry.IsMember || entry.Kind == CatalogTargetKind.Method)
                {
                    continue;
                }

                if (entry.Condition is null)
                {
                    // A static member passed in (an enum value, FaceAttributeType.Age) is a request; an instance member is a result read.
                    var verb = reference.Instance is null || reference.Member.IsStatic ? "requests " : "reads ";
                    findings.Add(entry, entry.Categories, verb + SiteFindings.DisplayName(reference.Member), reference);
                    continue;
                }

                var values = AssignedLeaves(reference, flow, (entry.Condition as ContainsCondition)?.Key);
                if (ConditionEvaluator.TryMatch(entry.Condition, values, out var evidence, out var evidenceOperation))
                {
                    findings.Add(entry, entry.Categories, evidence, evidenceOperation);
                }
            }
        }

        private static List<IOperation> ArgumentLeaves(ValueFlow flow, ImmutableArray<IArgumentOperation> arguments, string? key)
        {
            var leaves = new List<IOperation>();
            foreach (var argument in arguments)
            {
                if (argument.ArgumentKind == ArgumentKind.DefaultValue)
                {
                    continue;
                }

                flow.CollectLeaves(argument.Value, key, leaves);
            }

            return leaves;
        }

        /// <summary>The values written to a member at this reference: the assigned value, the member initializer, or <c>Add</c> arguments.</summary>
        private static List<IOperation> AssignedLeaves(IOperation reference, ValueFlow flow, string? key)
        {
            var leaves = new List<IOperation>();
            switch (reference.Parent)
            {
                case IAssignmentOperation assignment when assignment.Target == reference:
                    flow.CollectLeaves(assignment.Value, key, leaves);
                    break;
                case IMemberInitializerOperation member when member.InitializedMember == reference:
                    flow.CollectLeaves(member.Initializer, key, leaves);
                    break;
                case IInvocationOperation call when call.Instance == reference:
                    foreach (var argument in call.Arguments)
                    {
                        flow.CollectLeaves(argument.Value, key, leaves);
                    }

                    break;
            }

            return leaves;
        }

        /// <summary>
        /// True when the value built at <paramref name="operation"/> is passed to a catalogued call in the same method,
        /// directly or through locals: that call reports it.
        /// </summary>
        private bool FlowsIntoCatalogCall(IOperation operation, ValueFlow flow, int depth)
        {
            if (depth > 4)
            {
                return false;
            }

            for (var current = operation; current.Parent is { } parent; current = parent)
            {
                switch (parent)
                {
                    case IArgumentOperation { Parent: { } call } when IsCatalogCall(call):
                        return true;
                    case IObjectCreationOperation creation when creation.Initializer == current && IsCatalogCall(creation):
                        return true;
                    case IAnonymousFunctionOperation:
                    case IMethodBodyOperation:
                    case IConstructorBodyOperation:
                    case ILocalFunctionOperation:
                        return false;
                    case IVariableDeclaratorOperation declarator:
                        return LocalFlowsIntoCatalogCall(declarator.Symbol, flow, depth);
                    case IAssignmentOperation { Target: ILocalReferenceOperation target } assignment when assignment.Value == current:
                        return LocalFlowsIntoCatalogCall(target.Local, flow, depth);
                    case IInvocationOperation { Instance: ILocalReferenceOperation owner } add when add.Instance != current:
                        return LocalFlowsIntoCatalogCall(owner.Local, flow, depth);
                }
            }

            return false;
        }

        private bool LocalFlowsIntoCatalogCall(ILocalSymbol local, ValueFlow flow, int depth)
        {
            foreach (var reference in flow.ReferencesOf(local))
            {
                if (reference.Parent is IInvocationOperation call && call.Instance == reference)
                {
                    continue;
                }

                if (reference.Parent is IAssignmentOperation assignment && assignment.Target == reference)
                {
                    continue;
                }

                if (FlowsIntoCatalogCall(reference, flow, depth + 1))
                {
                    return true;
                }
            }

            return false;
        }

        private bool IsCatalogCall(IOperation operation)
        {
            var method = operation switch
            {
                IInvocationOperation invocation => invocation.TargetMethod,
                IObjectCreationOperation creation => creation.Constructor,
                _ => null,
            };
            return method is not null && !_index.Match(method).IsEmpty;
        }

        private static bool IsInNameOf(IOperation operation)
        {
            for (var current = operation.Parent; current is not null; current = current.Parent)
            {
                if (current is INameOfOperation)
                {
                    return true;
                }

                if (current is IArgumentOperation or IBlockOperation)
                {
                    return false;
                }
            }

            return false;
        }
    }
}

using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace BorderTechAnalyzers.Infrastructure
{
    /// <summary>
    /// Finds the values that reach an operand inside one method: constants (literals, <c>const</c> fields, constant
    /// concatenations), the pieces of <c>Path.Combine</c>, concatenations and interpolations, collection and object
    /// initializers, and what was stored in a local (its initializer, assignments, <c>Add</c> calls, indexer writes and writes
    /// to members of the object it holds).
    /// Leaves are constant operations and member references; what the members mean is the caller's business.
    /// </summary>
    internal sealed class ValueFlow
    {
        private const int Budget = 4000;

        private static readonly ConditionalWeakTable<IOperation, ValueFlow> s_byRoot = new();

        private readonly IOperation _root;
        private readonly Lazy<Writes> _writes;

        private ValueFlow(IOperation root)
        {
            _root = root;
            _writes = new Lazy<Writes>(() => IndexWrites(root), System.Threading.LazyThreadSafetyMode.ExecutionAndPublication);
        }

        /// <summary>
        /// The flow of the method body (or initializer) that contains <paramref name="operation"/>: one per body, shared
        /// by every site and rule that looks at it, so the body's writes are indexed once.
        /// </summary>
        public static ValueFlow For(IOperation operation)
        {
            var root = operation;
            while (root.Parent is not null)
            {
                root = root.Parent;
            }

            return s_byRoot.GetValue(root, static r => new ValueFlow(r));
        }

        public IOperation Root => _root;

        /// <summary>Collects the leaves of <paramref name="value"/>; with a <paramref name="key"/>, only values stored under that dictionary key.</summary>
        public void CollectLeaves(IOperation value, string? key, List<IOperation> leaves)
        {
            var seen = new Seen();
            Visit(value, key, key is null, leaves, seen);
        }

        private void Visit(IOperation? operation, string? key, bool accept, List<IOperation> leaves, Seen seen)
        {
            if (operation is null || ++seen.Visited > Budget)
            {
                return;
            }

            switch (operation)
            {
                case IFieldReferenceOperation:
                    if (accept)
                    {
                        leaves.Add(operation);
                    }

                    return;
                case IPropertyReferenceOperation property when property.Arguments.Length == 0:
                    if (accept)
                    {
                        leaves.Add(operation);
                    }

                    return;
                case IAnonymousFunctionOperation:
                case IDelegateCreationOperation:
                case IParameterReferenceOperation:
                    return;
            }

            if (operation.ConstantValue.HasValue)
            {
                if (accept)
                {
                    leaves.Add(operation);
                }

                return;
            }

            switch (operation)
            {
                case ILocalReferenceOperation local:
                    if (seen.Values.Add(local.Local))
                    {
                        foreach (var write in WritesOf(local.Local))
                        {
                            Visit(write, key, accept, leaves, seen);
                        }
                    }

                    // Members set on the object count when the object itself is the value (a request passed to a call),
                    // not when the local is only the receiver of a call (client.Detect(...) says nothing about client's settings).
                    if (!IsReceiver(local) && seen.Members.Add(local.Local))
                    {
                        foreach (var write in MemberWritesOf(local.Local))
                        {
                            Visit(write, key, accept, leaves, seen);
                        }
                    }

                    return;
                case IInvocationOperation { Arguments.Length: >= 2 } add when key is not null && !accept && IsAdd(add.TargetMethod):
                    if (IsKey(add.Arguments[0].Value, key))
                    {
                        Visit(add.Arguments[1].Value, key, true, leaves, seen);
                    }

                    return;
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Arguments.Length: 1 } indexer } assignment when key is not null && !accept:
                    if (IsKey(indexer.Arguments[0].Value, key))
                    {
                        Visit(assignment.Value, key, true, leaves, seen);
                    }

                    return;
                case ISimpleAssignmentOperation { Target: ILocalReferenceOperation } localAssignment:
                    Visit(localAssignment.Value, key, accept, leaves, seen);
                    return;
            }

            foreach (var child in operation.ChildOperations)
            {
                Visit(child, key, accept, leaves, seen);
            }
        }

        private static bool IsAdd(IMethodSymbol method) => method.Name is "Add" or "TryAdd";

        private static bool IsReceiver(ILocalReferenceOperation local) => local.Parent switch
        {
            IInvocationOperation call => call.Instance == local,
            IMemberReferenceOperation member => member.Instance == local,
            _ => false,
        };

        /// <summary>Methods that store their arguments in the collection they are called on.</summary>
        public static bool IsCollectionWrite(IMethodSymbol method) => method.Name is "Add" or "AddRange" or "Insert" or "TryAdd" or "Push" or "Enqueue";

        private static bool IsKey(IOperation operation, string key)
            => operation.ConstantValue is { HasValue: true, Value: string text } && string.Equals(text, key, StringComparison.OrdinalIgnoreCase);

        /// <summary>Initializers, assignments, and <c>Add</c>/indexer writes through a local within the same method.</summary>
        public List<IOperation> WritesOf(ILocalSymbol local)
            => _writes.Value.Locals.TryGetValue(local, out var writes) ? writes : s_none;

        /// <summary>Writes to members of the object a local holds (<c>request.Attributes = ...</c>, <c>request.Attributes.Add(...)</c>).</summary>
        public List<IOperation> MemberWritesOf(ILocalSymbol local)
            => _writes.Value.Members.TryGetValue(local, out var writes) ? writes : s_none;

        /// <summary>Every reference to the local within the same method.</summary>
        public IEnumerable<ILocalReferenceOperation> ReferencesOf(ILocalSymbol local)
        {
            foreach (var operation in _root.Descendants())
            {
                if (operation is ILocalReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Local, local))
                {
                    yield return reference;
                }
            }
        }

        private static readonly List<IOperation> s_none = new();

        private static Writes IndexWrites(IOperation root)
        {
            var writes = new Dictionary<ILocalSymbol, List<IOperation>>(SymbolEqualityComparer.Default);
            var memberWrites = new Dictionary<ILocalSymbol, List<IOperation>>(SymbolEqualityComparer.Default);
            foreach (var operation in root.Descendants())
            {
                switch (operation)
                {
                    case IVariableDeclaratorOperation declarator when declarator.Initializer is not null:
                        Add(writes, declarator.Symbol, declarator.Initializer.Value);
                        break;
                    case IVariableDeclaratorOperation declarator when declarator.Parent is IVariableDeclarationOperation { Initializer: { } shared }:
                        Add(writes, declarator.Symbol, shared.Value);
                        break;
                    case IAssignmentOperation { Target: ILocalReferenceOperation target } assignment:
                        Add(writes, target.Local, assignment.Value);
                        break;
                    case IAssignmentOperation { Target: IPropertyReferenceOperation { Instance: ILocalReferenceOperation owner, Arguments.Length: 1 } } indexerWrite:
                        Add(writes, owner.Local, indexerWrite);
                        break;
                    case IInvocationOperation { Instance: ILocalReferenceOperation owner } call when IsCollectionWrite(call.TargetMethod):
                        Add(writes, owner.Local, call);
                        break;

                    // A member of the object a local holds, set after construction: request.Attributes = ... / request.Attributes.Add(...).
                    case IAssignmentOperation { Target: IMemberReferenceOperation { Instance: ILocalReferenceOperation owner } } memberWrite:
                        Add(memberWrites, owner.Local, memberWrite);
                        break;
                    case IInvocationOperation { Instance: IMemberReferenceOperation { Instance: ILocalReferenceOperation owner } } memberAdd when IsCollectionWrite(memberAdd.TargetMethod):
                        Add(memberWrites, owner.Local, memberAdd);
                        break;
                }
            }

            return new Writes(writes, memberWrites);
        }

        private static void Add(Dictionary<ILocalSymbol, List<IOperation>> map, ILocalSymbol local, IOperation value)
        {
            if (!map.TryGetValue(local, out var list))
            {
                list = new List<IOperation>();
                map.Add(local, list);
            }

            list.Add(value);
        }

        /// <summary>Splits a string value into the tokens that <c>contains</c> conditions compare (comma, semicolon, pipe or space separated).</summary>
        public static string[] Tokens(string text) => text.Split(s_separators, StringSplitOptions.RemoveEmptyEntries);

        private static readonly char[] s_separators = { ',', ';', '|', ' ', '\t' };

        /// <summary>What a body writes to its locals, and to members of the objects its locals hold. Read-only once built.</summary>
        private sealed class Writes
        {
            public Writes(Dictionary<ILocalSymbol, List<IOperation>> locals, Dictionary<ILocalSymbol, List<IOperation>> members)
            {
                Locals = locals;
                Members = members;
            }

            public Dictionary<ILocalSymbol, List<IOperation>> Locals { get; }

            public Dictionary<ILocalSymbol, List<IOperation>> Members { get; }
        }

        /// <summary>The state of one walk: locals already followed, and how much of the budget it has used.</summary>
        private sealed class Seen
        {
            public int Visited { get; set; }

            public HashSet<ILocalSymbol> Values { get; } = new(SymbolEqualityComparer.Default);

            public HashSet<ILocalSymbol> Members { get; } = new(SymbolEqualityComparer.Default);
        }
    }
}

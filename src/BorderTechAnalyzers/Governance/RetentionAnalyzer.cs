using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using BorderTechAnalyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace BorderTechAnalyzers.Governance
{
    /// <summary>
    /// BT2002: a field, property or type that holds biometric data — typed as a known template type, marked
    /// <c>[BiometricData]</c>, or assigned the result of a BT1005 extraction or enrolment API — needs a
    /// <c>[BiometricRetention]</c> on itself or its containing type.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class RetentionAnalyzer : DiagnosticAnalyzer
    {
        private static readonly string[] s_storingMethods = { "Add", "TryAdd", "AddRange", "Insert", "Enqueue", "Push", "Set", "AddOrUpdate", "GetOrAdd" };

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.BT2002_RetentionPeriodMissing);

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
            var index = sites?.Index;
            var annotated = Annotations.MayAppear(context.Compilation, Annotations.BiometricData);
            if (index is null && !annotated)
            {
                return;
            }

            var governance = AssemblyGovernance.For(context.Compilation);
            var types = new TypeReasons(index, annotated);
            context.RegisterSymbolStartAction(start =>
            {
                var type = (INamedTypeSymbol)start.Symbol;
                var flagged = new ConcurrentDictionary<ISymbol, string>(SymbolEqualityComparer.Default);
                if (sites is not null)
                {
                    start.RegisterOperationAction(c => CollectAssignments(c.Operation, type, sites, flagged), OperationKind.SimpleAssignment, OperationKind.FieldInitializer, OperationKind.PropertyInitializer, OperationKind.Invocation);
                }

                start.RegisterSymbolEndAction(end => ReportType(end, type, types, governance, flagged));
            }, SymbolKind.NamedType);
        }

        private static void ReportType(SymbolAnalysisContext context, INamedTypeSymbol type, TypeReasons types, AssemblyGovernance governance, ConcurrentDictionary<ISymbol, string> flagged)
        {
            if (type.IsImplicitlyDeclared || (types.Annotated && Annotations.Has(type, Annotations.BiometricRetention)))
            {
                return;
            }

            var source = type.Locations.FirstOrDefault(l => l.IsInSource);
            if (source is null || GeneratedCode.IsGenerated(source.SourceTree!, type, context.Options, context.CancellationToken))
            {
                return;
            }

            var rule = Descriptors.BT2002_RetentionPeriodMissing;
            if (types.Annotated && Annotations.Has(type, Annotations.BiometricData) && type.Locations.FirstOrDefault(l => l.IsInSource) is { } typeLocation)
            {
                var deployment = governance.ContextFor(context.Options, typeLocation.SourceTree!);
                context.ReportDiagnostic(Diagnostic.Create(rule, typeLocation, Escalation.SeverityFor(rule, deployment), null, null, type.Name, "marked [BiometricData]", string.Empty));
            }

            foreach (var member in type.GetMembers())
            {
                if (member.IsImplicitlyDeclared || member is not (IFieldSymbol { IsConst: false } or IPropertySymbol))
                {
                    continue;
                }

                var reason = DeclaredReason(member, types);
                if (reason is not null)
                {
                    flagged.TryAdd(member, reason);
                }
            }

            var reports = new List<(Location Location, ISymbol Member, string Reason)>();
            foreach (var pair in flagged)
            {
                if (!(types.Annotated && Annotations.Has(pair.Key, Annotations.BiometricRetention)) && pair.Key.Locations.FirstOrDefault(l => l.IsInSource) is { } location
                    && !GeneratedCode.IsGenerated(location.SourceTree!, pair.Key, context.Options, context.CancellationToken))
                {
                    reports.Add((location, pair.Key, pair.Value));
                }
            }

            foreach (var report in reports.OrderBy(r => r.Location.SourceTree?.FilePath, System.StringComparer.Ordinal).ThenBy(r => r.Location.SourceSpan.Start))
            {
                var deployment = governance.ContextFor(context.Options, report.Location.SourceTree!);
                context.ReportDiagnostic(Diagnostic.Create(rule, report.Location, Escalation.SeverityFor(rule, deployment), null, null, report.Member.Name, report.Reason, $" (nor has its type '{type.Name}')"));
            }
        }

        private static string? DeclaredReason(ISymbol member, TypeReasons types)
        {
            if (types.Annotated && Annotations.Has(member, Annotations.BiometricData))
            {
                return "marked [BiometricData]";
            }

            var memberType = member switch
            {
                IFieldSymbol field => field.Type,
                IPropertySymbol property => property.Type,
                _ => null,
            };
            return memberType is null ? null : types.ReasonFor(memberType);
        }

        /// <summary>
        /// Why values of a type are biometric data, cached per type for the compilation (members share few types), and
        /// without reading attributes at all when the compilation cannot see [BiometricData].
        /// </summary>
        private sealed class TypeReasons
        {
            private const string None = "";

            private readonly CatalogIndex? _index;
            private readonly ConcurrentDictionary<ITypeSymbol, string> _cache = new(SymbolEqualityComparer.Default);

            public TypeReasons(CatalogIndex? index, bool annotated)
            {
                _index = index;
                Annotated = annotated;
            }

            public bool Annotated { get; }

            public string? ReasonFor(ITypeSymbol type)
            {
                var reason = _cache.GetOrAdd(type, t => Compute(t, depth: 0) ?? None);
                return reason.Length == 0 ? null : reason;
            }

            private string? Compute(ITypeSymbol type, int depth)
            {
                if (depth > 3)
                {
                    return null;
                }

                switch (type)
                {
                    case IArrayTypeSymbol array:
                        return Compute(array.ElementType, depth + 1);
                    case INamedTypeSymbol named:
                        if (Annotated && named.SpecialType == SpecialType.None && Annotations.Has(named.OriginalDefinition, Annotations.BiometricData))
                        {
                            // A type that holds biometric data and states its own retention covers every member of that type.
                            return Annotations.Has(named.OriginalDefinition, Annotations.BiometricRetention) ? null : $"its type '{named.Name}' is marked [BiometricData]";
                        }

                        if (_index is not null)
                        {
                            foreach (var entry in _index.MatchType(named))
                            {
                                if ((entry.Categories & BiometricCategory.TemplateType) != 0)
                                {
                                    return $"a {entry.Vendor} template type '{named.Name}'";
                                }
                            }
                        }

                        foreach (var argument in named.TypeArguments)
                        {
                            if (Compute(argument, depth + 1) is { } reason)
                            {
                                return reason;
                            }
                        }

                        return null;
                    default:
                        return null;
                }
            }
        }

        private static void CollectAssignments(IOperation operation, INamedTypeSymbol type, BiometricSites sites, ConcurrentDictionary<ISymbol, string> flagged)
        {
            switch (operation)
            {
                case ISimpleAssignmentOperation assignment:
                    if (StoredMember(assignment.Target, type) is { } target && Extraction(assignment.Value, sites) is { } api)
                    {
                        flagged.TryAdd(target, "assigned from " + api);
                    }

                    break;
                case IFieldInitializerOperation fieldInitializer:
                    if (Extraction(fieldInitializer.Value, sites) is { } fieldApi)
                    {
                        foreach (var field in fieldInitializer.InitializedFields)
                        {
                            flagged.TryAdd(field.OriginalDefinition, "assigned from " + fieldApi);
                        }
                    }

                    break;
                case IPropertyInitializerOperation propertyInitializer:
                    if (Extraction(propertyInitializer.Value, sites) is { } propertyApi)
                    {
                        foreach (var property in propertyInitializer.InitializedProperties)
                        {
                            flagged.TryAdd(property.OriginalDefinition, "assigned from " + propertyApi);
                        }
                    }

                    break;
                case IInvocationOperation call when System.Array.IndexOf(s_storingMethods, call.TargetMethod.Name) >= 0:
                    if (call.Instance is { } instance && StoredMember(instance, type) is { } collection)
                    {
                        foreach (var argument in call.Arguments)
                        {
                            if (Extraction(argument.Value, sites) is { } storedApi)
                            {
                                flagged.TryAdd(collection, "stores results of " + storedApi);
                                break;
                            }
                        }
                    }

                    break;
            }
        }

        /// <summary>The field or property of this type that a write lands in: <c>_t = …</c>, <c>_map[k] = …</c>, <c>_array[i] = …</c>.</summary>
        private static ISymbol? StoredMember(IOperation target, INamedTypeSymbol type)
        {
            var member = target switch
            {
                IPropertyReferenceOperation { Arguments.Length: > 0, Instance: { } owner } => MemberOf(owner),
                IArrayElementReferenceOperation element => MemberOf(element.ArrayReference),
                _ => MemberOf(target),
            };
            return member is not null && SymbolEqualityComparer.Default.Equals(member.ContainingType?.OriginalDefinition, type.OriginalDefinition) ? member.OriginalDefinition : null;
        }

        private static ISymbol? MemberOf(IOperation operation) => operation switch
        {
            IFieldReferenceOperation field => field.Field,
            IPropertyReferenceOperation { Arguments.Length: 0 } property => property.Property,
            _ => null,
        };

        /// <summary>The API whose extraction or enrolment result <paramref name="value"/> is, following awaits, conversions and locals.</summary>
        private static string? Extraction(IOperation value, BiometricSites sites)
        {
            // Most stored values are constants, parameters or members: settle those without allocating.
            var direct = Unwrap(value);
            if (direct is not (IInvocationOperation or IObjectCreationOperation or ILocalReferenceOperation))
            {
                return null;
            }

            var pending = new Stack<IOperation>();
            HashSet<ILocalSymbol>? seen = null;
            pending.Push(direct);
            while (pending.Count > 0)
            {
                var current = Unwrap(pending.Pop());
                switch (current)
                {
                    case ILocalReferenceOperation local when (seen ??= new HashSet<ILocalSymbol>(SymbolEqualityComparer.Default)).Add(local.Local):
                        foreach (var write in ValueFlow.For(local).WritesOf(local.Local))
                        {
                            pending.Push(write);
                        }

                        break;
                    case IInvocationOperation or IObjectCreationOperation:
                        var findings = sites.AnalyzeCall(current);
                        if (findings is not null && (findings.EffectiveCategories & BiometricCategory.Verification) != 0)
                        {
                            return SiteFindings.DisplayName(findings.Symbol);
                        }

                        if (current is IInvocationOperation { Instance: { } receiver, Arguments.Length: 0 })
                        {
                            // template.ToByteArray(), embedding.ToArray(): still the same data.
                            pending.Push(receiver);
                        }

                        break;
                }
            }

            return null;
        }

        /// <summary>Looks through conversions, awaits and <c>.Result</c>/<c>.Value</c> to the operation that produced a value.</summary>
        private static IOperation Unwrap(IOperation operation)
        {
            while (true)
            {
                switch (operation)
                {
                    case IConversionOperation conversion:
                        operation = conversion.Operand;
                        continue;
                    case IAwaitOperation await:
                        operation = await.Operation;
                        continue;
                    case IPropertyReferenceOperation { Property.Name: "Result" or "Value", Instance: { } instance }:
                        operation = instance;
                        continue;
                    default:
                        return operation;
                }
            }
        }
    }
}

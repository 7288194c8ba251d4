using System.Collections.Concurrent;
using BorderTechAnalyzers.Cli.Analysis;
using BorderTechAnalyzers.Cli.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace BorderTechAnalyzers.Cli.Inventory;

/// <summary>
/// Reads the governance evidence around each BT1001–BT1006 site from the compilation: attributes are matched by full
/// metadata name, so a project's own copies of the BorderTech.Annotations attributes count. Nothing is inferred.
/// </summary>
internal sealed class InventoryBuilder
{
    private const string Namespace = "BorderTech.Annotations.";
    private const string ConsentAttribute = Namespace + "BiometricConsentAttribute";
    private const string ConsentGateAttribute = Namespace + "ConsentGateAttribute";
    private const string RetentionAttribute = Namespace + "BiometricRetentionAttribute";
    private const string AssessmentAttribute = Namespace + "BiometricImpactAssessmentAttribute";
    private const string DeploymentContextAttribute = Namespace + "BiometricDeploymentContextAttribute";
    private const string DeploymentContextOption = "bordertech.deployment_context";
    private const string ConsentAttributesOption = "bordertech.consent_attributes";

    private static readonly HashSet<string> s_processingRules = new(StringComparer.Ordinal) { "BT1001", "BT1002", "BT1003", "BT1004", "BT1005", "BT1006" };

    private readonly ConcurrentDictionary<string, ProjectEvidence> _projects = new(StringComparer.Ordinal);

    private sealed class ProjectEvidence
    {
        public DeploymentContextEvidence? Context { get; set; }

        public List<AssessmentEvidence> Assessments { get; } = new();

        public List<InventorySite> Sites { get; } = new();

        public HashSet<(string, string, int, int)> Seen { get; } = new();
    }

    /// <summary>Called once per loaded project and target framework.</summary>
    public void Add(ProjectResult result, Project project, ProjectAnalyzer.Outcome outcome)
    {
        var evidence = _projects.GetOrAdd(result.FilePath, _ => new ProjectEvidence());
        var compilation = outcome.Compilation;
        var assembly = compilation.Assembly;

        if (evidence.Context is null)
        {
            evidence.Context = ReadDeploymentContext(assembly, project, compilation);
            foreach (var attribute in assembly.GetAttributes().Where(a => Is(a, AssessmentAttribute)))
            {
                evidence.Assessments.Add(new AssessmentEvidence(
                    ConstructorString(attribute, 0) ?? InventoryReport.NoneFound,
                    NamedEnum(attribute, "Kind") ?? "DataProtection",
                    NamedString(attribute, "ReviewBy")));
            }
        }

        foreach (var diagnostic in outcome.Diagnostics)
        {
            if (!s_processingRules.Contains(diagnostic.Id))
            {
                continue;
            }

            // File stays absolute here; Build makes it relative to the scan's base directory.
            var finding = ProjectAnalyzer.ToFinding(diagnostic, null, result.Name, baseDirectory: string.Empty);
            if (!evidence.Seen.Add((finding.RuleId, finding.FilePath, finding.Line, finding.Column)))
            {
                continue;
            }

            evidence.Sites.Add(CreateSite(diagnostic, finding, project, compilation));
        }
    }

    public InventoryReport Build(ScanReport report)
    {
        var projects = new List<InventoryProject>();
        foreach (var project in report.Projects)
        {
            _projects.TryGetValue(project.FilePath, out var evidence);
            var sites = (evidence?.Sites ?? [])
                .Select(s => Relocate(s, report.Target.BaseDirectory))
                .OrderBy(s => s.File, StringComparer.Ordinal).ThenBy(s => s.Line).ThenBy(s => s.Column).ThenBy(s => s.RuleId, StringComparer.Ordinal)
                .ToList();
            projects.Add(new InventoryProject
            {
                Name = project.Name,
                RelativePath = project.RelativePath,
                Loaded = project.Loaded,
                LoadError = project.LoadError,
                Warnings = project.Warnings,
                DeploymentContext = evidence?.Context ?? new DeploymentContextEvidence("General", "default (project not analysed)"),
                Assessments = evidence?.Assessments ?? [],
                Sites = sites,
            });
        }

        return new InventoryReport { ToolVersion = report.ToolVersion, Target = report.Target, Projects = projects };
    }

    /// <summary>Sites are recorded relative to the project while loading; the report wants them relative to the scan's base.</summary>
    private static InventorySite Relocate(InventorySite site, string baseDirectory)
        => site with { File = ProjectAnalyzer.RelativePath(site.File, baseDirectory) };

    private static InventorySite CreateSite(Diagnostic diagnostic, Finding finding, Project project, Compilation compilation)
    {
        var tree = diagnostic.Location.SourceTree;
        ISymbol? member = null;
        var consent = new List<ConsentEvidence>();
        var gates = new List<string>();
        var retention = new List<RetentionEvidence>();

        if (tree is not null && compilation.ContainsSyntaxTree(tree))
        {
            var model = compilation.GetSemanticModel(tree);
            var position = diagnostic.Location.SourceSpan.Start;
            member = ContainingMember(model.GetEnclosingSymbol(position));
            var extraConsent = ConfiguredConsentAttributes(project, tree);
            CollectConsent(member, extraConsent, consent);
            CollectGates(model, tree, position, gates);
            CollectRetention(member, retention);
        }

        return new InventorySite
        {
            Project = finding.Project,
            RuleId = finding.RuleId,
            Title = diagnostic.Descriptor.Title.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Category = finding.Property("Category") ?? NoneFoundIfEmpty(null),
            Vendor = finding.Property("Vendor") ?? NoneFoundIfEmpty(null),
            Modality = finding.Property("Modality") ?? NoneFoundIfEmpty(null),
            Api = finding.Property("Api") ?? NoneFoundIfEmpty(null),
            Evidence = finding.Property("Evidence"),
            File = finding.FilePath,
            Line = finding.Line,
            Column = finding.Column,
            Member = member is null ? "(unknown)" : Describe(member),
            Severity = finding.Severity,
            Suppressed = diagnostic.IsSuppressed,
            Consent = consent,
            ConsentGates = gates.Distinct(StringComparer.Ordinal).ToList(),
            Retention = retention,
        };
    }

    private static string NoneFoundIfEmpty(string? value) => string.IsNullOrEmpty(value) ? InventoryReport.NoneFound : value;

    /// <summary>Lambdas and local functions belong to the member that declares them.</summary>
    private static ISymbol? ContainingMember(ISymbol? symbol)
    {
        while (symbol is IMethodSymbol { MethodKind: MethodKind.AnonymousFunction or MethodKind.LocalFunction })
        {
            symbol = symbol.ContainingSymbol;
        }

        return symbol;
    }

    private static void CollectConsent(ISymbol? member, IReadOnlyCollection<string> extra, List<ConsentEvidence> consent)
    {
        if (member is IMethodSymbol method)
        {
            AddConsent(method, $"method {Describe(method)}", extra, consent);
            if (method.AssociatedSymbol is { } property)
            {
                AddConsent(property, $"member {Describe(property)}", extra, consent);
            }
        }

        for (var type = member as INamedTypeSymbol ?? member?.ContainingType; type is not null; type = type.ContainingType)
        {
            AddConsent(type, $"type {type.Name}", extra, consent);
        }
    }

    private static void AddConsent(ISymbol symbol, string scope, IReadOnlyCollection<string> extra, List<ConsentEvidence> consent)
    {
        foreach (var attribute in symbol.GetAttributes())
        {
            if (Is(attribute, ConsentAttribute))
            {
                var basis = NamedEnum(attribute, "Basis");
                consent.Add(new ConsentEvidence(
                    "BiometricConsent",
                    scope,
                    ConstructorString(attribute, 0) ?? NamedString(attribute, "Purpose"),
                    basis ?? "ExplicitConsent (the attribute's default)",
                    NamedString(attribute, "ConsentRecord")));
            }
            else if (attribute.AttributeClass is { } type && extra.Contains(FullName(type)))
            {
                consent.Add(new ConsentEvidence(type.Name, scope, ConstructorString(attribute, 0), null, null));
            }
        }
    }

    private static void CollectGates(SemanticModel model, SyntaxTree tree, int position, List<string> gates)
    {
        var node = tree.GetRoot().FindToken(position).Parent;
        var body = node?.AncestorsAndSelf().FirstOrDefault(n => n is BaseMethodDeclarationSyntax or AccessorDeclarationSyntax or GlobalStatementSyntax or LocalFunctionStatementSyntax);
        if (body is GlobalStatementSyntax)
        {
            body = body.Parent; // top-level statements: the whole file is the method
        }

        if (body is null)
        {
            return;
        }

        foreach (var invocation in body.DescendantNodes().OfType<InvocationExpressionSyntax>())
        {
            if (invocation.SpanStart >= position)
            {
                continue;
            }

            if (model.GetSymbolInfo(invocation).Symbol is IMethodSymbol called && called.GetAttributes().Any(a => Is(a, ConsentGateAttribute)))
            {
                gates.Add(Describe(called));
            }
        }
    }

    private static void CollectRetention(ISymbol? member, List<RetentionEvidence> retention)
    {
        for (var type = member as INamedTypeSymbol ?? member?.ContainingType; type is not null; type = type.ContainingType)
        {
            foreach (var attribute in type.GetAttributes().Where(a => Is(a, RetentionAttribute)))
            {
                retention.Add(Retention(attribute, $"type {type.Name}"));
            }

            foreach (var typeMember in type.GetMembers().Where(m => m is IFieldSymbol or IPropertySymbol && !m.IsImplicitlyDeclared))
            {
                foreach (var attribute in typeMember.GetAttributes().Where(a => Is(a, RetentionAttribute)))
                {
                    var kind = typeMember is IFieldSymbol ? "field" : "property";
                    retention.Add(Retention(attribute, $"{kind} {type.Name}.{typeMember.Name}"));
                }
            }
        }
    }

    private static RetentionEvidence Retention(AttributeData attribute, string scope)
        => new(
            scope,
            attribute.ConstructorArguments.Length > 0 && attribute.ConstructorArguments[0].Value is int days ? days : null,
            NamedEnum(attribute, "Trigger") ?? "AfterCollection",
            NamedString(attribute, "DeletionProcedure"));

    private static DeploymentContextEvidence ReadDeploymentContext(IAssemblySymbol assembly, Project project, Compilation compilation)
    {
        var attribute = assembly.GetAttributes().FirstOrDefault(a => Is(a, DeploymentContextAttribute));
        if (attribute is not null)
        {
            var value = attribute.ConstructorArguments.Length > 0 ? EnumName(attribute.ConstructorArguments[0]) : null;
            return new DeploymentContextEvidence(value ?? "General", "[assembly: BiometricDeploymentContext]");
        }

        var provider = project.AnalyzerOptions.AnalyzerConfigOptionsProvider;
        string? option = null;
        if (!provider.GlobalOptions.TryGetValue(DeploymentContextOption, out option))
        {
            foreach (var tree in compilation.SyntaxTrees)
            {
                if (provider.GetOptions(tree).TryGetValue(DeploymentContextOption, out option))
                {
                    break;
                }
            }
        }

        if (!string.IsNullOrWhiteSpace(option))
        {
            var pascal = string.Concat(option.Trim().Split('_', StringSplitOptions.RemoveEmptyEntries).Select(p => char.ToUpperInvariant(p[0]) + p[1..].ToLowerInvariant()));
            return new DeploymentContextEvidence(pascal, $"option {DeploymentContextOption} = {option.Trim()}");
        }

        return new DeploymentContextEvidence("General", "default (no [assembly: BiometricDeploymentContext] and no bordertech.deployment_context option)");
    }

    private static IReadOnlyCollection<string> ConfiguredConsentAttributes(Project project, SyntaxTree tree)
    {
        var options = project.AnalyzerOptions.AnalyzerConfigOptionsProvider;
        if (!options.GetOptions(tree).TryGetValue(ConsentAttributesOption, out var value) && !options.GlobalOptions.TryGetValue(ConsentAttributesOption, out value))
        {
            return [];
        }

        return value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
    }

    private static bool Is(AttributeData attribute, string fullName)
        => attribute.AttributeClass is { } type && FullName(type) == fullName;

    /// <summary>The metadata name with namespace, e.g. <c>BorderTech.Annotations.BiometricConsentAttribute</c>.</summary>
    private static string FullName(INamedTypeSymbol type)
    {
        var name = type.MetadataName;
        for (var container = type.ContainingType; container is not null; container = container.ContainingType)
        {
            name = container.MetadataName + "+" + name;
            type = container;
        }

        var ns = type.ContainingNamespace;
        return ns is null || ns.IsGlobalNamespace ? name : ns.ToDisplayString() + "." + name;
    }

    private static string? ConstructorString(AttributeData attribute, int index)
        => attribute.ConstructorArguments.Length > index && attribute.ConstructorArguments[index].Value is string text ? text : null;

    private static string? NamedString(AttributeData attribute, string name)
        => attribute.NamedArguments.FirstOrDefault(a => a.Key == name).Value.Value as string;

    private static string? NamedEnum(AttributeData attribute, string name)
    {
        foreach (var argument in attribute.NamedArguments)
        {
            if (argument.Key == name)
            {
                return EnumName(argument.Value);
            }
        }

        return null;
    }

    private static string? EnumName(TypedConstant constant)
    {
        if (constant.Kind == TypedConstantKind.Error || constant.Value is null)
        {
            return null;
        }

        if (constant.Type is INamedTypeSymbol { TypeKind: TypeKind.Enum } type)
        {
            var field = type.GetMembers().OfType<IFieldSymbol>().FirstOrDefault(f => f.HasConstantValue && Equals(f.ConstantValue, constant.Value));
            if (field is not null)
            {
                return field.Name;
            }
        }

        return constant.Value.ToString();
    }

    private static string Describe(ISymbol symbol)
        => symbol.ToDisplayString(new SymbolDisplayFormat(
            typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameOnly,
            memberOptions: SymbolDisplayMemberOptions.IncludeContainingType | SymbolDisplayMemberOptions.IncludeParameters,
            parameterOptions: SymbolDisplayParameterOptions.IncludeType,
            genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters,
            miscellaneousOptions: SymbolDisplayMiscellaneousOptions.UseSpecialTypes));
}

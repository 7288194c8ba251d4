using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using BorderTechAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace BorderTechAnalyzers.Tests.Meta;

/// <summary>Checks that hold for every analyzer, descriptor and fixer, found by reflection.</summary>
public sealed class AnalyzerMetaTests
{
    private static readonly string[] s_categories = { "BiometricProcessing", "BiometricGovernance", "BiometricDataFlow", "Configuration" };

    public static IEnumerable<object[]> Analyzers() => CompilationRunner.AllAnalyzers().Select(a => new object[] { a.GetType().Name });

    public static IEnumerable<object[]> DescriptorIds() => AllDescriptors().Select(d => new object[] { d.Id });

    private static IEnumerable<DiagnosticDescriptor> AllDescriptors()
        => CompilationRunner.AllAnalyzers().SelectMany(a => a.SupportedDiagnostics).GroupBy(d => d.Id).Select(g => g.First()).OrderBy(d => d.Id, StringComparer.Ordinal);

    private static DiagnosticDescriptor Descriptor(string id) => AllDescriptors().Single(d => d.Id == id);

    private static DiagnosticAnalyzer Analyzer(string name) => CompilationRunner.AllAnalyzers().Single(a => a.GetType().Name == name);

    [Fact]
    public void TheAssemblyHasAnalyzers_AndTheirDescriptorsHaveUniqueIds()
    {
        var analyzers = CompilationRunner.AllAnalyzers();
        Assert.NotEmpty(analyzers);
        var descriptors = analyzers.SelectMany(a => a.SupportedDiagnostics).ToList();
        var duplicates = descriptors.GroupBy(d => d.Id).Where(g => g.Select(d => d.Title.ToString()).Distinct().Count() > 1).Select(g => g.Key).ToList();
        Assert.Empty(duplicates);
    }

    [Theory]
    [MemberData(nameof(Analyzers))]
    public void Analyzer_IsPublicSealedAndCSharp(string name)
    {
        var type = Analyzer(name).GetType();
        Assert.True(type.IsPublic && type.IsSealed, $"{name} must be public sealed");
        Assert.Equal(new[] { LanguageNames.CSharp }, type.GetCustomAttribute<DiagnosticAnalyzerAttribute>()!.Languages);
    }

    [Theory]
    [MemberData(nameof(DescriptorIds))]
    public void Descriptor_HasIdInItsCategoryRange_AndACompleteText(string id)
    {
        var descriptor = Descriptor(id);
        Assert.Matches("^BT[0-9]{4}$", id);
        Assert.Contains(descriptor.Category, s_categories);
        var block = id[2] switch { '1' => "BiometricProcessing", '2' => "BiometricGovernance", '3' => "BiometricDataFlow", '9' => "Configuration", _ => "?" };
        Assert.Equal(block, descriptor.Category);
        Assert.False(string.IsNullOrWhiteSpace(descriptor.Title.ToString()));
        Assert.False(string.IsNullOrWhiteSpace(descriptor.MessageFormat.ToString()));
        Assert.False(string.IsNullOrWhiteSpace(descriptor.Description.ToString()));
        Assert.True(descriptor.IsEnabledByDefault);
    }

    [Theory]
    [MemberData(nameof(DescriptorIds))]
    public void Descriptor_HelpLinkPointsAtItsDocPage_WhoseTitleMatches(string id)
    {
        var descriptor = Descriptor(id);
        Assert.Equal($"https://github.com/bordertech-analyzers/BorderTechAnalyzers/blob/main/docs/rules/{id}.md", descriptor.HelpLinkUri);
        var page = RepositoryPaths.Combine("docs", "rules", id + ".md");
        Assert.True(File.Exists(page), $"docs/rules/{id}.md is missing");
        var heading = File.ReadLines(page).First();
        Assert.Equal($"# {id}: {descriptor.Title}", heading);
    }

    [Theory]
    [MemberData(nameof(DescriptorIds))]
    public void Descriptor_IsListedInTheRuleIndex(string id)
    {
        var index = File.ReadAllText(RepositoryPaths.Combine("docs", "README.md"));
        Assert.Contains($"[{id}](rules/{id}.md)", index);
    }

    [Theory]
    [MemberData(nameof(DescriptorIds))]
    public void Descriptor_IsInReleaseTracking_WithItsCategoryAndSeverity(string id)
    {
        var descriptor = Descriptor(id);
        var lines = new[] { "AnalyzerReleases.Shipped.md", "AnalyzerReleases.Unshipped.md" }
            .SelectMany(f => File.ReadLines(RepositoryPaths.Combine("src", "BorderTechAnalyzers", f)))
            .Where(l => l.StartsWith(id + " ", StringComparison.Ordinal))
            .ToList();
        var line = Assert.Single(lines);
        var cells = line.Split('|').Select(c => c.Trim()).ToArray();
        Assert.Equal(descriptor.Category, cells[1]);
        Assert.Equal(descriptor.DefaultSeverity.ToString(), cells[2]);
    }

    [Theory]
    [MemberData(nameof(Analyzers))]
    public async Task Analyzer_RunsCleanOnEmptySource(string name)
    {
        var compilation = CompilationRunner.Compile(new[] { ("/0/Empty.cs", string.Empty) }, TestSetup.None);
        var result = await CompilationRunner.RunAsync(compilation, ImmutableArrayOf(Analyzer(name)), TestSetup.None);
        Assert.Empty(result.Exceptions);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void EveryFixer_IsExportedUnderItsOwnName_ForCSharp_WithFixAll_AndFixesAKnownRule()
    {
        var fixers = typeof(BorderTechAnalyzers.CodeFixes.EmotionRequestCodeFix).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(CodeFixProvider).IsAssignableFrom(t))
            .ToList();
        Assert.NotEmpty(fixers);
        var ids = AllDescriptors().Select(d => d.Id).ToHashSet();
        foreach (var type in fixers)
        {
            var export = type.GetCustomAttribute<ExportCodeFixProviderAttribute>();
            Assert.True(export is not null, $"{type.Name} is not exported");
            Assert.Equal(type.Name, export!.Name);
            Assert.Equal(new[] { LanguageNames.CSharp }, export.Languages);
            Assert.True(type.IsPublic && type.IsSealed, $"{type.Name} must be public sealed");
            Assert.NotNull(type.GetCustomAttribute<System.Composition.SharedAttribute>());
            var fixer = (CodeFixProvider)Activator.CreateInstance(type)!;
            Assert.NotNull(fixer.GetFixAllProvider());
            Assert.NotEmpty(fixer.FixableDiagnosticIds);
            Assert.All(fixer.FixableDiagnosticIds, id => Assert.Contains(id, ids));
        }
    }

    [Fact]
    public void RuleIndex_ListsNoRuleThatDoesNotExist()
    {
        var index = File.ReadAllText(RepositoryPaths.Combine("docs", "README.md"));
        var ids = AllDescriptors().Select(d => d.Id).ToHashSet();
        var listed = Regex.Matches(index, @"\[(BT[0-9]{4})\]\(rules/").Select(m => m.Groups[1].Value).Distinct();
        Assert.All(listed, id => Assert.Contains(id, ids));
    }

    private static System.Collections.Immutable.ImmutableArray<DiagnosticAnalyzer> ImmutableArrayOf(DiagnosticAnalyzer analyzer)
        => System.Collections.Immutable.ImmutableArray.Create(analyzer);
}

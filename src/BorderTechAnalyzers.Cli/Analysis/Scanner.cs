using System.Diagnostics;
using BorderTechAnalyzers.Cli.Loading;
using BorderTechAnalyzers.Cli.Model;
using Microsoft.CodeAnalysis;

namespace BorderTechAnalyzers.Cli.Analysis;

/// <summary>Resolve, restore, load, analyse: the part <c>scan</c> and <c>inventory</c> share.</summary>
internal sealed class Scanner(Progress progress)
{
    public sealed class Settings
    {
        public bool Restore { get; init; } = true;

        public IReadOnlyDictionary<string, string> Properties { get; init; } = new Dictionary<string, string>();

        /// <summary>List every site whatever the severity configuration says (inventory).</summary>
        public bool IgnoreSeverityConfiguration { get; init; }
    }

    /// <summary>Called for every analysed project with its compilation and raw diagnostics (the inventory reads attributes there).</summary>
    public delegate void ProjectAnalysed(ProjectResult result, Project project, ProjectAnalyzer.Outcome outcome);

    public async Task<ScanReport> ScanAsync(ScanTarget target, Settings settings, ProjectAnalysed? onAnalysed, CancellationToken cancellationToken)
    {
        var total = Stopwatch.StartNew();
        var set = AnalyzerSet.Load();
        progress.Write($"Scanning {target.Description}");

        var restoreFailures = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (settings.Restore)
        {
            await RestoreAsync(target, settings, restoreFailures, cancellationToken).ConfigureAwait(false);
        }

        progress.Write("Loading projects (MSBuild design-time build)…");
        var loader = new WorkspaceLoader(settings.Properties, progress);
        var loaded = await loader.LoadAsync(target, cancellationToken).ConfigureAwait(false);
        using var workspace = loaded.Workspace;

        var results = new List<ProjectResult>();
        foreach (var file in loaded.RequestedProjects)
        {
            var result = new ProjectResult
            {
                Name = Path.GetFileNameWithoutExtension(file),
                FilePath = file,
                RelativePath = ProjectAnalyzer.RelativePath(file, target.BaseDirectory),
            };
            results.Add(result);

            foreach (var (restored, errors) in restoreFailures)
            {
                if (restored == file || target.Files.Count == 1 && restored == target.Files[0] && target.Kind == "solution")
                {
                    result.Warnings.Add("restore failed, so package references may be missing and findings incomplete: " + string.Join(" | ", errors.Take(3)));
                }
            }

            if (loaded.Warnings.TryGetValue(file, out var warnings))
            {
                result.Warnings.AddRange(warnings);
            }

            if (loaded.Failures.TryGetValue(file, out var failure))
            {
                result.LoadError = failure;
                progress.Error($"{result.Name} could not be loaded: {failure}");
                continue;
            }

            var projects = loaded.ProjectsFor(file);
            if (projects.Count == 0)
            {
                result.LoadError = "MSBuild could not load the project";
                progress.Error($"{result.Name} could not be loaded.");
                continue;
            }

            result.Loaded = true;
            var seen = new HashSet<(string, string, int, int, string)>();
            foreach (var project in projects)
            {
                var watch = Stopwatch.StartNew();
                progress.Write($"Analysing {project.Name}…");
                ProjectAnalyzer.Outcome? outcome;
                try
                {
                    outcome = await ProjectAnalyzer.AnalyzeAsync(project, set, settings.IgnoreSeverityConfiguration, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    result.Warnings.Add($"analysis of {project.Name} failed: {e.GetType().Name}: {e.Message}");
                    continue;
                }

                if (outcome is null)
                {
                    result.Warnings.Add($"{project.Name} produced no compilation");
                    continue;
                }

                result.Warnings.AddRange(outcome.Problems);
                foreach (var diagnostic in outcome.Diagnostics)
                {
                    var finding = ProjectAnalyzer.ToFinding(diagnostic, set.Rules.FirstOrDefault(r => r.Id == diagnostic.Id), result.Name, target.BaseDirectory);
                    // A multi-targeted project reports the same site once per framework.
                    if (seen.Add((finding.RuleId, finding.FilePath, finding.Line, finding.Column, finding.Message)))
                    {
                        result.Findings.Add(finding);
                    }
                }

                onAnalysed?.Invoke(result, project, outcome);
                progress.Write($"  {outcome.Diagnostics.Length} diagnostics in {watch.Elapsed.TotalSeconds:0.0}s");
            }

            result.Findings.Sort(FindingOrder.Instance);
            foreach (var warning in result.Warnings)
            {
                progress.Warn($"{result.Name}: {warning}");
            }
        }

        progress.Write($"Done in {total.Elapsed.TotalSeconds:0.0}s.");
        return new ScanReport
        {
            ToolVersion = CliVersion.Value,
            Target = target,
            Rules = set.Rules,
            Projects = results,
        };
    }

    private async Task RestoreAsync(ScanTarget target, Settings settings, Dictionary<string, IReadOnlyList<string>> failures, CancellationToken cancellationToken)
    {
        var files = target.Files;
        foreach (var file in files)
        {
            progress.Write($"Restoring {Path.GetFileName(file)} (dotnet restore; pass --no-restore to skip)…");
            var watch = Stopwatch.StartNew();
            var result = await Restorer.RestoreAsync(file, settings.Properties, cancellationToken).ConfigureAwait(false);
            if (result.Succeeded)
            {
                progress.Write($"  restored in {watch.Elapsed.TotalSeconds:0.0}s");
                continue;
            }

            if (target.Kind == "solution")
            {
                // One bad project fails the whole solution restore: restore the others one by one.
                progress.Warn($"restoring {Path.GetFileName(file)} failed; restoring its projects one by one.");
                foreach (var project in SolutionFile.ProjectPaths(file).Where(File.Exists))
                {
                    var single = await Restorer.RestoreAsync(project, settings.Properties, cancellationToken).ConfigureAwait(false);
                    if (!single.Succeeded)
                    {
                        failures[project] = single.Errors;
                    }
                }
            }
            else
            {
                failures[file] = result.Errors;
            }
        }
    }
}

internal sealed class FindingOrder : IComparer<Finding>
{
    public static readonly FindingOrder Instance = new();

    public int Compare(Finding? x, Finding? y)
    {
        if (ReferenceEquals(x, y)) return 0;
        if (x is null) return -1;
        if (y is null) return 1;
        var c = string.CompareOrdinal(x.RelativePath, y.RelativePath);
        if (c != 0) return c;
        c = x.Line.CompareTo(y.Line);
        if (c != 0) return c;
        c = x.Column.CompareTo(y.Column);
        return c != 0 ? c : string.CompareOrdinal(x.RuleId, y.RuleId);
    }
}

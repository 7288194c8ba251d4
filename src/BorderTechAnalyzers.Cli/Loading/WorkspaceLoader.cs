using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.MSBuild;

namespace BorderTechAnalyzers.Cli.Loading;

/// <summary>Opens the target with MSBuildWorkspace and records which of the named projects loaded and which did not.</summary>
internal sealed class WorkspaceLoader(IReadOnlyDictionary<string, string> properties, Progress progress)
{
    public sealed class LoadResult(MSBuildWorkspace workspace)
    {
        public MSBuildWorkspace Workspace { get; } = workspace;

        /// <summary>The project files the user asked for, in order.</summary>
        public List<string> RequestedProjects { get; } = new();

        /// <summary>Why a requested project did not load, by project file.</summary>
        public Dictionary<string, string> Failures { get; } = new(StringComparer.Ordinal);

        /// <summary>Load warnings (not fatal), by project file.</summary>
        public Dictionary<string, List<string>> Warnings { get; } = new(StringComparer.Ordinal);

        /// <summary>The loaded Roslyn projects of a requested project file (one per target framework).</summary>
        public IReadOnlyList<Project> ProjectsFor(string file)
            => Workspace.CurrentSolution.Projects
                .Where(p => string.Equals(p.FilePath, file, StringComparison.Ordinal) && p.Language == LanguageNames.CSharp)
                .OrderBy(p => p.Name, StringComparer.Ordinal)
                .ToList();
    }

    public async Task<LoadResult> LoadAsync(Model.ScanTarget target, CancellationToken cancellationToken)
    {
        var workspace = MSBuildWorkspace.Create(properties.ToDictionary(p => p.Key, p => p.Value));
        var result = new LoadResult(workspace);
        var messages = new List<WorkspaceDiagnostic>();
        workspace.RegisterWorkspaceFailedHandler(e => { lock (messages) { messages.Add(e.Diagnostic); } });
        var loadProgress = new LoadProgress(progress);

        if (target.Kind == "solution")
        {
            var solution = target.Files[0];
            result.RequestedProjects.AddRange(SolutionFile.ProjectPaths(solution));
            try
            {
                await workspace.OpenSolutionAsync(solution, loadProgress, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                throw new UsageException($"'{target.InputPath}' could not be opened as a solution: {FirstLine(e.Message)}");
            }

            // A solution we could not read ourselves still lists what MSBuild loaded.
            foreach (var project in workspace.CurrentSolution.Projects)
            {
                if (project.FilePath is { } path && !result.RequestedProjects.Contains(path))
                {
                    result.RequestedProjects.Add(path);
                }
            }
        }
        else
        {
            foreach (var file in target.Files)
            {
                result.RequestedProjects.Add(file);
                if (workspace.CurrentSolution.Projects.Any(p => p.FilePath == file))
                {
                    continue; // already loaded as a reference of an earlier project
                }

                try
                {
                    await workspace.OpenProjectAsync(file, loadProgress, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    result.Failures[file] = FirstLine(e.Message);
                }
            }
        }

        foreach (var file in result.RequestedProjects)
        {
            var related = messages.Where(m => m.Message.Contains(file, StringComparison.Ordinal)).ToList();
            var projects = result.ProjectsFor(file);
            var firstFailure = related.FirstOrDefault(m => m.Kind == WorkspaceDiagnosticKind.Failure && !IsRestoreNoise(m.Message));

            // MSBuildWorkspace adds a project whose evaluation failed as an empty shell: that is a failed load.
            if (projects.Count > 0 && firstFailure is not null && projects.All(p => !p.Documents.Any()))
            {
                result.Failures[file] = FirstLine(firstFailure.Message);
                continue;
            }

            if (projects.Count > 0)
            {
                var warnings = related
                    .Where(m => m.Kind == WorkspaceDiagnosticKind.Failure && !IsRestoreNoise(m.Message))
                    .Select(m => FirstLine(m.Message))
                    .Distinct()
                    .ToList();
                if (warnings.Count > 0)
                {
                    result.Warnings[file] = warnings;
                }

                continue;
            }

            if (result.Failures.ContainsKey(file))
            {
                continue;
            }

            if (!file.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase))
            {
                result.Failures[file] = "not a C# project; only .csproj projects are scanned";
            }
            else if (!File.Exists(file))
            {
                result.Failures[file] = "the project file does not exist";
            }
            else
            {
                var reason = related.FirstOrDefault(m => m.Kind == WorkspaceDiagnosticKind.Failure) ?? related.FirstOrDefault();
                result.Failures[file] = reason is null ? "MSBuild could not load the project" : FirstLine(reason.Message);
            }
        }

        return result;
    }

    /// <summary>NuGet version-resolution warnings are surfaced by MSBuildWorkspace as failures, but the project loads fine.</summary>
    private static bool IsRestoreNoise(string message)
        => message.Contains("NU1603", StringComparison.Ordinal) || message.Contains("NU1608", StringComparison.Ordinal)
        || message.Contains("NU1701", StringComparison.Ordinal) || message.Contains("NU1902", StringComparison.Ordinal)
        || message.Contains("NU1903", StringComparison.Ordinal) || message.Contains("NU1904", StringComparison.Ordinal);

    private static string FirstLine(string message)
    {
        var line = message.Split('\n', 2)[0].Trim();
        const string Marker = "' with message: ";
        if (line.StartsWith("Msbuild failed when processing the file '", StringComparison.OrdinalIgnoreCase) && line.IndexOf(Marker, StringComparison.Ordinal) is var at and > 0)
        {
            line = line[(at + Marker.Length)..];
        }

        return line.Length > 400 ? line[..400] + "…" : line;
    }

    private sealed class LoadProgress(Progress progress) : IProgress<ProjectLoadProgress>
    {
        public void Report(ProjectLoadProgress value)
        {
            if (value.Operation == ProjectLoadOperation.Resolve)
            {
                var framework = value.TargetFramework is null ? string.Empty : $" ({value.TargetFramework})";
                progress.Write($"  loaded {Path.GetFileNameWithoutExtension(value.FilePath)}{framework}");
            }
        }
    }
}

using BorderTechAnalyzers.Cli.Model;

namespace BorderTechAnalyzers.Cli.Loading;

/// <summary>Turns the PATH argument into the solution or projects to open.</summary>
internal static class TargetResolver
{
    private static readonly string[] s_solutionExtensions = [".sln", ".slnx"];

    public static ScanTarget Resolve(string? path, string workingDirectory)
    {
        var input = string.IsNullOrWhiteSpace(path) ? workingDirectory : path;
        string full;
        try
        {
            full = Path.GetFullPath(input, workingDirectory);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new UsageException($"'{input}' is not a valid path. Pass a .sln, .slnx or .csproj file or a folder.");
        }

        if (File.Exists(full))
        {
            return ResolveFile(input, full, workingDirectory);
        }

        if (Directory.Exists(full))
        {
            return ResolveFolder(input, full, workingDirectory);
        }

        throw new UsageException($"'{input}' does not exist. Pass a .sln, .slnx or .csproj file or a folder, e.g. 'bordertech scan src/App/App.csproj'.");
    }

    private static ScanTarget ResolveFile(string input, string full, string workingDirectory)
    {
        var extension = Path.GetExtension(full).ToLowerInvariant();
        CheckReadable(full, input);
        var baseDirectory = BaseDirectory(Path.GetDirectoryName(full)!, workingDirectory);
        if (s_solutionExtensions.Contains(extension))
        {
            return new ScanTarget
            {
                InputPath = input,
                Kind = "solution",
                Files = [full],
                Description = $"solution {Relative(full, workingDirectory)}",
                BaseDirectory = baseDirectory,
            };
        }

        if (extension == ".csproj")
        {
            return new ScanTarget
            {
                InputPath = input,
                Kind = "project",
                Files = [full],
                Description = $"project {Relative(full, workingDirectory)}",
                BaseDirectory = baseDirectory,
            };
        }

        var hint = extension is ".vbproj" or ".fsproj"
            ? "only C# projects (.csproj) can be scanned"
            : "pass a .sln, .slnx or .csproj file or a folder";
        throw new UsageException($"'{input}' is not a solution or C# project: {hint}.");
    }

    private static ScanTarget ResolveFolder(string input, string full, string workingDirectory)
    {
        string[] solutions;
        try
        {
            solutions = Directory.EnumerateFiles(full)
                .Where(f => s_solutionExtensions.Contains(Path.GetExtension(f).ToLowerInvariant()))
                .OrderBy(f => f, StringComparer.Ordinal)
                .ToArray();
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            throw new UsageException($"'{input}' cannot be read: {e.Message}");
        }

        var baseDirectory = BaseDirectory(full, workingDirectory);
        if (solutions.Length == 1)
        {
            return new ScanTarget
            {
                InputPath = input,
                Kind = "solution",
                Files = solutions,
                Description = $"solution {Relative(solutions[0], workingDirectory)} (the only solution in {DisplayFolder(full, workingDirectory)})",
                BaseDirectory = baseDirectory,
            };
        }

        if (solutions.Length > 1)
        {
            var names = string.Join(", ", solutions.Select(Path.GetFileName));
            throw new UsageException($"'{input}' holds {solutions.Length} solutions ({names}); pass one of them, e.g. 'bordertech scan {Path.Combine(input, Path.GetFileName(solutions[0]))}'.");
        }

        var projects = FindProjects(full, input);
        if (projects.Count == 0)
        {
            throw new UsageException($"No .sln, .slnx or .csproj file in '{input}' or its subfolders. Pass a solution or project path, e.g. 'bordertech scan src/App/App.csproj'.");
        }

        var description = projects.Count == 1
            ? $"project {Relative(projects[0], workingDirectory)} (no solution in {DisplayFolder(full, workingDirectory)})"
            : $"{projects.Count} projects under {DisplayFolder(full, workingDirectory)} (no solution there)";
        return new ScanTarget
        {
            InputPath = input,
            Kind = "folder",
            Files = projects,
            Description = description,
            BaseDirectory = baseDirectory,
        };
    }

    /// <summary>Every .csproj under the folder, skipping build output, hidden folders and symbolic links (never leave the tree).</summary>
    private static List<string> FindProjects(string root, string input)
    {
        var result = new List<string>();
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var directory = pending.Pop();
            try
            {
                foreach (var file in Directory.EnumerateFiles(directory, "*.csproj"))
                {
                    result.Add(file);
                }

                foreach (var child in Directory.EnumerateDirectories(directory))
                {
                    var info = new DirectoryInfo(child);
                    var name = info.Name;
                    if (info.LinkTarget is not null || name.StartsWith('.') || name is "bin" or "obj" or "node_modules")
                    {
                        continue;
                    }

                    pending.Push(child);
                }
            }
            catch (Exception e) when (e is UnauthorizedAccessException or IOException)
            {
                if (directory == root)
                {
                    throw new UsageException($"'{input}' cannot be read: {e.Message}");
                }
            }
        }

        result.Sort(StringComparer.Ordinal);
        return result;
    }

    private static void CheckReadable(string full, string input)
    {
        try
        {
            using var stream = File.OpenRead(full);
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            throw new UsageException($"'{input}' cannot be read: {e.Message}");
        }
    }

    /// <summary>
    /// Reports use paths relative to the working directory when the target is inside it (so a CI job run from the
    /// repository root gets repository-relative paths, as code scanning expects), else relative to the target.
    /// </summary>
    private static string BaseDirectory(string targetDirectory, string workingDirectory)
        => IsUnder(targetDirectory, workingDirectory) ? Path.TrimEndingDirectorySeparator(workingDirectory) : targetDirectory;

    public static bool IsUnder(string path, string directory)
    {
        var relative = Path.GetRelativePath(directory, path);
        return relative == "." || (!relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative));
    }

    private static string Relative(string path, string workingDirectory)
        => IsUnder(path, workingDirectory) ? Path.GetRelativePath(workingDirectory, path) : path;

    private static string DisplayFolder(string path, string workingDirectory)
    {
        var relative = Relative(path, workingDirectory);
        return relative == "." ? "the current folder" : relative;
    }
}

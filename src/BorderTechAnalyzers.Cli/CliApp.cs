using System.CommandLine;
using System.CommandLine.Invocation;
using BorderTechAnalyzers.Cli.Analysis;
using BorderTechAnalyzers.Cli.Inventory;
using BorderTechAnalyzers.Cli.Loading;
using BorderTechAnalyzers.Cli.Model;
using BorderTechAnalyzers.Cli.Reporting;

namespace BorderTechAnalyzers.Cli;

/// <summary>The command line: <c>bordertech scan</c> and <c>bordertech inventory</c>.</summary>
internal sealed class CliApp
{
    public const int Success = 0;
    public const int FindingsAtOrAboveThreshold = 1;
    public const int UsageError = 2;

    private static readonly string[] s_failOnLevels = ["error", "warning", "info", "none"];

    private readonly TextWriter _output;
    private readonly TextWriter _error;
    private readonly string _workingDirectory;
    private readonly bool _colour;

    public CliApp(TextWriter output, TextWriter error, string workingDirectory, bool colour)
    {
        _output = output;
        _error = error;
        _workingDirectory = workingDirectory;
        _colour = colour;
    }

    public async Task<int> RunAsync(string[] args, CancellationToken cancellationToken = default)
    {
        var root = BuildCommands();
        var parse = root.Parse(args);
        if (parse.Action is ParseErrorAction)
        {
            var hint = Suggestion(root, parse, args);
            var unmatched = parse.UnmatchedTokens.Count > 0;
            foreach (var error in parse.Errors)
            {
                if (parse.CommandResult.Command == root && !unmatched)
                {
                    _error.WriteLine("bordertech: no command given; type 'bordertech scan [PATH]' or 'bordertech inventory [PATH]'.");
                    continue;
                }

                if (parse.CommandResult.Command == root && unmatched && !error.Message.Contains('\'', StringComparison.Ordinal))
                {
                    continue; // "Required command was not provided" says less than the unmatched token's error
                }

                var message = string.Join(' ', error.Message.Split((char[])['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
                _error.WriteLine($"bordertech: {message}");
            }

            if (hint is not null)
            {
                _error.WriteLine($"bordertech: {hint}");
            }

            var command = parse.CommandResult.Command == root ? string.Empty : " " + parse.CommandResult.Command.Name;
            _error.WriteLine($"Run 'bordertech{command} --help' to see the usage.");
            return UsageError;
        }

        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration { Output = _output, Error = _error, EnableDefaultExceptionHandler = false }, cancellationToken).ConfigureAwait(false);
        }
        catch (UsageException e)
        {
            _error.WriteLine($"bordertech: {e.Message}");
            return UsageError;
        }
        catch (OperationCanceledException)
        {
            _error.WriteLine("bordertech: cancelled.");
            return UsageError;
        }
        catch (Exception e)
        {
            // Never a stack trace for the user; the type and message are enough to report it.
            _error.WriteLine($"bordertech: unexpected error ({e.GetType().Name}): {e.Message.Split('\n')[0].Trim()} — please report it with the command you ran.");
            return UsageError;
        }
    }

    private RootCommand BuildCommands()
    {
        var root = new RootCommand(
            "bordertech: finds biometric and emotion-recognition processing in C# code with the BorderTechAnalyzers rules " +
            "and reports it for code review, CI and data-protection records.");

        var scan = new Command("scan", "Analyse a solution, project or folder and report BorderTech findings (a table by default).");
        var scanPath = PathArgument();
        var scanFormat = FormatOption(ReportFormat.ScanFormats, "text", "Report format: text (a table), sarif (SARIF 2.1.0 for code scanning), json, markdown or html.");
        var scanOutput = OutputOption();
        var failOn = new Option<string>("--fail-on")
        {
            Description = "Exit with code 1 when a finding is at or above this level: error, warning, info, or none (never).",
            DefaultValueFactory = _ => "error",
            HelpName = "level",
        };
        failOn.AcceptOnlyFromAmong(s_failOnLevels);
        var (noRestore, properties, quiet) = CommonOptions();
        scan.Add(scanPath);
        scan.Add(scanFormat);
        scan.Add(scanOutput);
        scan.Add(failOn);
        scan.Add(noRestore);
        scan.Add(properties);
        scan.Add(quiet);
        scan.SetAction((parse, token) => ScanAsync(
            parse.GetValue(scanPath), parse.GetValue(scanFormat)!, parse.GetValue(scanOutput), parse.GetValue(failOn)!,
            !parse.GetValue(noRestore), ParseProperties(parse.GetValue(properties)), parse.GetValue(quiet), token));

        var inventory = new Command("inventory", "Write the record of biometric processing (every BT1001–BT1006 site with its consent, retention and assessment evidence) for a DPIA or a GDPR Art 30 record.");
        var inventoryPath = PathArgument();
        var inventoryFormat = FormatOption(ReportFormat.InventoryFormats, "markdown", "Inventory format: markdown, json, html, or fides (a fideslang system declaration in YAML).");
        var inventoryOutput = OutputOption();
        var (inventoryNoRestore, inventoryProperties, inventoryQuiet) = CommonOptions();
        inventory.Add(inventoryPath);
        inventory.Add(inventoryFormat);
        inventory.Add(inventoryOutput);
        inventory.Add(inventoryNoRestore);
        inventory.Add(inventoryProperties);
        inventory.Add(inventoryQuiet);
        inventory.SetAction((parse, token) => InventoryAsync(
            parse.GetValue(inventoryPath), parse.GetValue(inventoryFormat)!, parse.GetValue(inventoryOutput),
            !parse.GetValue(inventoryNoRestore), ParseProperties(parse.GetValue(inventoryProperties)), parse.GetValue(inventoryQuiet), token));

        root.Add(scan);
        root.Add(inventory);
        return root;
    }

    private static Argument<string?> PathArgument() => new("PATH")
    {
        Description = "A .sln, .slnx or .csproj file, or a folder (its only solution, else every .csproj under it). Default: the current folder.",
        Arity = ArgumentArity.ZeroOrOne,
    };

    private static Option<string> FormatOption(string[] formats, string defaultFormat, string description)
    {
        var option = new Option<string>("--format", "-f")
        {
            Description = description,
            DefaultValueFactory = _ => defaultFormat,
            HelpName = "format",
        };
        option.AcceptOnlyFromAmong(formats);
        return option;
    }

    private static Option<string?> OutputOption() => new("--output", "-o")
    {
        Description = "Write the report to this file instead of standard output (the only file the tool writes).",
        HelpName = "file",
    };

    private static (Option<bool> NoRestore, Option<string[]> Properties, Option<bool> Quiet) CommonOptions() => (
        new Option<bool>("--no-restore") { Description = "Do not run 'dotnet restore' first (the projects must already be restored)." },
        new Option<string[]>("--property", "-p")
        {
            Description = "An MSBuild global property for restore and load, as name=value (repeatable), e.g. -p Configuration=Release.",
            HelpName = "name=value",
            AllowMultipleArgumentsPerToken = false,
        },
        new Option<bool>("--quiet", "-q") { Description = "No progress messages on standard error (warnings and errors still appear)." });

    private static Dictionary<string, string> ParseProperties(string[]? values)
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var value in values ?? [])
        {
            var equals = value.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw new UsageException($"'--property {value}' is not name=value; write e.g. '--property Configuration=Release'.");
            }

            result[value[..equals].Trim()] = value[(equals + 1)..];
        }

        return result;
    }

    private async Task<int> ScanAsync(string? path, string format, string? output, string failOn, bool restore, Dictionary<string, string> properties, bool quiet, CancellationToken cancellationToken)
    {
        var outputPath = CheckOutput(output);
        var target = TargetResolver.Resolve(path, _workingDirectory);
        var progress = new Progress(_error, quiet);
        var report = await new Scanner(progress).ScanAsync(target, new Scanner.Settings { Restore = restore, Properties = properties }, null, cancellationToken).ConfigureAwait(false);

        if (outputPath is null)
        {
            WriteScan(report, format, _output, _colour);
            if (format != "text")
            {
                _error.WriteLine(report.TotalsLine());
            }
        }
        else
        {
            WriteFile(outputPath, writer => WriteScan(report, format, writer, colour: false));
            TextReportWriter.Write(report, _output, _colour);
            _output.WriteLine($"{format} report written to {output}");
        }

        if (!report.LoadedProjects.Any())
        {
            _error.WriteLine("bordertech: nothing could be loaded; see the messages above. Check that 'dotnet build' works for the same path.");
            return UsageError;
        }

        var threshold = failOn switch
        {
            "error" => Severity.Error,
            "warning" => Severity.Warning,
            "info" => Severity.Info,
            _ => (Severity?)null,
        };
        return threshold is { } level && report.Findings.Any(f => f.Severity >= level) ? FindingsAtOrAboveThreshold : Success;
    }

    private async Task<int> InventoryAsync(string? path, string format, string? output, bool restore, Dictionary<string, string> properties, bool quiet, CancellationToken cancellationToken)
    {
        var outputPath = CheckOutput(output);
        var target = TargetResolver.Resolve(path, _workingDirectory);
        var progress = new Progress(_error, quiet);
        var builder = new InventoryBuilder();
        var report = await new Scanner(progress).ScanAsync(
            target,
            new Scanner.Settings { Restore = restore, Properties = properties, IgnoreSeverityConfiguration = true },
            builder.Add,
            cancellationToken).ConfigureAwait(false);
        var inventory = builder.Build(report);

        if (outputPath is null)
        {
            InventoryWriters.Write(inventory, format, _output);
        }
        else
        {
            WriteFile(outputPath, writer => InventoryWriters.Write(inventory, format, writer));
            _output.WriteLine($"{inventory.TotalsLine()}; {format} inventory written to {output}");
        }

        if (!report.LoadedProjects.Any())
        {
            _error.WriteLine("bordertech: nothing could be loaded; see the messages above. Check that 'dotnet build' works for the same path.");
            return UsageError;
        }

        return Success;
    }

    internal static void WriteScan(ScanReport report, string format, TextWriter writer, bool colour)
    {
        switch (format)
        {
            case "sarif": SarifReportWriter.Write(report, writer); break;
            case "json": JsonReportWriter.Write(report, writer); break;
            case "markdown": MarkdownReportWriter.Write(report, writer); break;
            case "html": HtmlReportWriter.Write(report, writer); break;
            default: TextReportWriter.Write(report, writer, colour); break;
        }
    }

    /// <summary>Checks the output path before any work, so a typo costs nothing.</summary>
    private string? CheckOutput(string? output)
    {
        if (output is null)
        {
            return null;
        }

        string full;
        try
        {
            full = Path.GetFullPath(output, _workingDirectory);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new UsageException($"'--output {output}' is not a valid file path.");
        }

        if (Directory.Exists(full))
        {
            throw new UsageException($"'--output {output}' is a folder; give a file name, e.g. '--output {Path.Combine(output, "bordertech-report.txt")}'.");
        }

        var directory = Path.GetDirectoryName(full);
        if (directory is not null && !Directory.Exists(directory))
        {
            throw new UsageException($"the folder of '--output {output}' does not exist; create it first (mkdir -p {Path.GetDirectoryName(output)}).");
        }

        return full;
    }

    private static void WriteFile(string path, Action<TextWriter> write)
    {
        try
        {
            using var writer = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            write(writer);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"'{path}' cannot be written: {e.Message}");
        }
    }

    /// <summary>"Did you mean" for a mistyped command or option.</summary>
    private static string? Suggestion(RootCommand root, ParseResult parse, string[] args)
    {
        var command = parse.CommandResult.Command;
        var known = command.Subcommands.Select(c => c.Name)
            .Concat(command.Options.SelectMany(o => o.Aliases.Prepend(o.Name)))
            .Concat(command == root ? [] : root.Subcommands.Select(c => c.Name))
            .ToHashSet(StringComparer.Ordinal);
        var suspects = parse.UnmatchedTokens
            .Concat(args.Where(a => a.StartsWith('-') && !known.Contains(a.Split('=', 2)[0])))
            .Distinct(StringComparer.Ordinal);
        foreach (var suspect in suspects)
        {
            var word = suspect.Split('=', 2)[0];
            var best = known
                .Where(k => k.StartsWith('-') == word.StartsWith('-'))
                .Select(k => (Name: k, Distance: Levenshtein(word, k)))
                .Where(c => c.Distance <= Math.Max(2, c.Name.Length / 3))
                .OrderBy(c => c.Distance)
                .FirstOrDefault();
            if (best.Name is not null)
            {
                return $"did you mean '{best.Name}' instead of '{word}'?";
            }
        }

        return null;
    }

    private static int Levenshtein(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            previous = current;
        }

        return previous[b.Length];
    }
}

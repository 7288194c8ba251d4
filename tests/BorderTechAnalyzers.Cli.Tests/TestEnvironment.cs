using System.Diagnostics;
using System.Runtime.CompilerServices;
using BorderTechAnalyzers.Cli.Loading;

namespace BorderTechAnalyzers.Cli.Tests;

/// <summary>Paths and helpers shared by the tests; registers the SDK's MSBuild once for in-process scans.</summary>
internal static class TestEnvironment
{
    [ModuleInitializer]
    internal static void RegisterMSBuild()
    {
        if (MSBuildRegistration.TryRegister() is { } error)
        {
            throw new InvalidOperationException(error);
        }
    }

    public static string OutputDirectory => AppContext.BaseDirectory;

    /// <summary>The analyzer assembly the tool runs, as built next to the tests.</summary>
    public static string AnalyzerPath => Path.Combine(OutputDirectory, "BorderTechAnalyzers.dll");

    public static string AnnotationsPath => Path.Combine(OutputDirectory, "BorderTech.Annotations.dll");

    public static string RekognitionStub => File.ReadAllText(Path.Combine(OutputDirectory, "Stubs", "Rekognition.cs"));

    /// <summary>The tool's entry assembly, run with <c>dotnet</c> for the end-to-end tests.</summary>
    public static string CliPath => Path.Combine(OutputDirectory, "bordertech.dll");

    /// <summary>One temp root per test run; the shared fixture removes it when the run ends.</summary>
    public static string TempRoot { get; } = Path.Combine(Path.GetTempPath(), "bordertech-tests", Guid.NewGuid().ToString("N")[..8]);

    public static string NewTempDirectory(string name)
    {
        var path = Path.Combine(TempRoot, $"{name}-{Guid.NewGuid():N}"[..(name.Length + 9)]);
        Directory.CreateDirectory(path);
        return path;
    }

    public static void Write(string directory, string relativePath, string content)
    {
        var path = Path.Combine(directory, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content.ReplaceLineEndings("\n"));
    }

    /// <summary>A net10.0 project that runs the BorderTech analyzers in <c>dotnet build</c> too.</summary>
    public static string ProjectFile(string extraItems = "", string extraProperties = "") => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>disable</Nullable>
            <ImplicitUsings>disable</ImplicitUsings>
            <OutputType>Library</OutputType>
            {extraProperties}
          </PropertyGroup>
          <ItemGroup>
            <Analyzer Include="{AnalyzerPath}" />
            {extraItems}
          </ItemGroup>
        </Project>
        """;

    public sealed record ProcessResult(int ExitCode, string Output, string Error);

    public static async Task<ProcessResult> RunAsync(string fileName, IEnumerable<string> arguments, string workingDirectory, TimeSpan? timeout = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cancellation = new CancellationTokenSource(timeout ?? TimeSpan.FromMinutes(3));
        try
        {
            await process.WaitForExitAsync(cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', arguments)} did not finish in time.");
        }

        return new ProcessResult(process.ExitCode, await output, await error);
    }

    public static string Dotnet => MSBuildRegistration.DotnetExecutable();
}

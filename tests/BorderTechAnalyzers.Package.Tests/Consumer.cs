using System;
using System.Collections.Generic;
using System.IO;

namespace BorderTechAnalyzers.Package.Tests;

/// <summary>A throwaway project that consumes the packed packages from a local folder, exactly as a user would.</summary>
public sealed class Consumer
{
    private readonly string _directory;

    private Consumer(string directory) => _directory = directory;

    public string Directory => _directory;

    public static Consumer Create(PackedPackages packages, string name, IReadOnlyDictionary<string, string> files, string extraProperties = "")
    {
        var directory = Path.Combine(packages.Root, name);
        System.IO.Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="bordertech-local" value="{packages.Feed}" />
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(directory, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <RestorePackagesPath>$(MSBuildThisFileDirectory)packages</RestorePackagesPath>
                {extraProperties}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="BorderTechAnalyzers" Version="{packages.Version}" PrivateAssets="all" />
                <PackageReference Include="BorderTechAnalyzers.Annotations" Version="{packages.Version}" />
              </ItemGroup>
            </Project>
            """);
        var stub = typeof(Consumer).Assembly.GetManifestResourceStream("Stubs.Rekognition.cs")!;
        using (var reader = new StreamReader(stub))
        {
            File.WriteAllText(Path.Combine(directory, "RekognitionStub.cs"), reader.ReadToEnd());
        }

        foreach (var (file, text) in files)
        {
            var path = Path.Combine(directory, file);
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
        }

        return new Consumer(directory);
    }

    /// <summary>Restores once; every later <see cref="Build"/> then skips the restore.</summary>
    public Consumer Restore()
    {
        var restore = DotNet.Run(_directory, null, "restore", "Consumer.csproj");
        if (restore.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet restore failed: {restore}");
        }

        _restored = true;
        return this;
    }

    private bool _restored;

    public DotNet.Result Build(params string[] extraArguments)
    {
        var arguments = new List<string> { "build", "Consumer.csproj", "--no-incremental", "-nologo", "-clp:NoSummary" };
        if (_restored)
        {
            arguments.Add("--no-restore");
        }

        arguments.AddRange(extraArguments);
        return DotNet.Run(_directory, null, arguments.ToArray());
    }

    public string PathOf(string file) => Path.Combine(_directory, file);
}

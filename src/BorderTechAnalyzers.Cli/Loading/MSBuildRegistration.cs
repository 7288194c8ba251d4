using Microsoft.Build.Locator;

namespace BorderTechAnalyzers.Cli.Loading;

/// <summary>
/// Finds the .NET SDK's MSBuild and registers it. Must run before any method that uses an MSBuild or Workspaces type
/// is compiled by the JIT, which is why <c>Program.Main</c> calls it and nothing else.
/// </summary>
internal static class MSBuildRegistration
{
    /// <summary>The SDK folder MSBuild was found in (e.g. <c>/usr/share/dotnet/sdk/10.0.401/</c>), once registered.</summary>
    public static string? SdkDirectory { get; private set; }

    /// <summary>Registers the SDK's MSBuild; returns an error message instead of throwing when there is none.</summary>
    public static string? TryRegister()
    {
        try
        {
            if (!MSBuildLocator.IsRegistered)
            {
                // The first instance is the SDK 'dotnet' resolves for the current folder (global.json is honoured), as
                // MSBuildLocator.RegisterDefaults would choose.
                var instance = MSBuildLocator.QueryVisualStudioInstances().FirstOrDefault();
                if (instance is null)
                {
                    return "no .NET SDK was found. Install the .NET SDK (https://dot.net) or set DOTNET_ROOT to the folder that holds it.";
                }

                MSBuildLocator.RegisterInstance(instance);
                SdkDirectory = instance.MSBuildPath;
            }

            return null;
        }
        catch (Exception e)
        {
            return "MSBuild could not be loaded: " + e.Message;
        }
    }

    /// <summary>The <c>dotnet</c> executable of the registered SDK, for the restore step.</summary>
    public static string DotnetExecutable()
    {
        if (Environment.ProcessPath is { } process && Path.GetFileNameWithoutExtension(process) == "dotnet")
        {
            return process;
        }

        if (SdkDirectory is { } sdk)
        {
            var root = Path.GetDirectoryName(Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(sdk)));
            if (root is not null)
            {
                var candidate = Path.Combine(root, OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet");
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return "dotnet";
    }
}

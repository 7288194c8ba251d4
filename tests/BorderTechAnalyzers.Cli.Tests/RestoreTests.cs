namespace BorderTechAnalyzers.Cli.Tests;

/// <summary>A project whose restore fails is still analysed as far as it loads, with a clear warning.</summary>
[Collection(GeneratedSolutionCollection.Name)]
public sealed class RestoreTests
{
    [Fact]
    public async Task FailedRestore_IsAWarning_AndTheSourceIsStillAnalysed()
    {
        var root = TestEnvironment.NewTempDirectory("restore");
        // Only an empty local feed and a private packages folder: the missing package fails fast, offline.
        Directory.CreateDirectory(Path.Combine(root, "feed"));
        TestEnvironment.Write(root, "nuget.config", """
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources><clear /><add key="local" value="feed" /></packageSources>
              <config><add key="globalPackagesFolder" value="packages" /></config>
            </configuration>
            """);
        TestEnvironment.Write(root, "Kiosk/Kiosk.csproj", TestEnvironment.ProjectFile("""<PackageReference Include="BorderTech.NoSuchPackage" Version="1.0.0" />"""));
        TestEnvironment.Write(root, "Kiosk/Rekognition.cs", TestEnvironment.RekognitionStub);
        TestEnvironment.Write(root, "Kiosk/Search.cs", """
            public class Search
            {
                public object Find(Amazon.Rekognition.IAmazonRekognition client)
                    => client.SearchFaces(new Amazon.Rekognition.Model.SearchFacesRequest());
            }
            """);

        var output = new StringWriter();
        var error = new StringWriter();
        var code = await new CliApp(output, error, root, colour: false).RunAsync(["scan", "Kiosk", "--format", "json", "-q"]);

        Assert.Equal(0, code);
        Assert.Contains("restore failed", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("NU1101", error.ToString(), StringComparison.Ordinal);
        using var json = System.Text.Json.JsonDocument.Parse(output.ToString());
        var project = json.RootElement.GetProperty("projects")[0];
        Assert.True(project.GetProperty("loaded").GetBoolean());
        Assert.Contains(project.GetProperty("warnings").EnumerateArray(), w => w.GetString()!.Contains("restore failed", StringComparison.Ordinal));
        Assert.Contains(project.GetProperty("findings").EnumerateArray(), f => f.GetProperty("ruleId").GetString() == "BT1004");
    }
}

using BorderTechAnalyzers.Cli.Loading;

namespace BorderTechAnalyzers.Cli.Tests;

[Collection(GeneratedSolutionCollection.Name)]
public sealed class TargetResolverTests
{
    [Fact]
    public void Folder_WithOneSolution_ChoosesItAndSaysSo()
    {
        var root = TestEnvironment.NewTempDirectory("resolve");
        TestEnvironment.Write(root, "Demo.slnx", "<Solution />");
        TestEnvironment.Write(root, "src/A/A.csproj", "<Project />");

        var target = TargetResolver.Resolve(null, root);

        Assert.Equal("solution", target.Kind);
        Assert.Equal([Path.Combine(root, "Demo.slnx")], target.Files);
        Assert.Contains("the only solution in the current folder", target.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Folder_WithoutSolution_TakesEveryProjectButSkipsBuildOutputAndHiddenFolders()
    {
        var root = TestEnvironment.NewTempDirectory("resolve");
        TestEnvironment.Write(root, "src/B/B.csproj", "<Project />");
        TestEnvironment.Write(root, "src/A/A.csproj", "<Project />");
        TestEnvironment.Write(root, "src/A/obj/Ghost.csproj", "<Project />");
        TestEnvironment.Write(root, ".git/x/Hidden.csproj", "<Project />");

        var target = TargetResolver.Resolve(".", root);

        Assert.Equal("folder", target.Kind);
        Assert.Equal([Path.Combine(root, "src", "A", "A.csproj"), Path.Combine(root, "src", "B", "B.csproj")], target.Files);
        Assert.Contains("2 projects under the current folder", target.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void TargetUnderTheWorkingDirectory_GetsPathsRelativeToIt()
    {
        var root = TestEnvironment.NewTempDirectory("resolve");
        TestEnvironment.Write(root, "samples/Kiosk/Kiosk.csproj", "<Project />");

        var target = TargetResolver.Resolve("samples/Kiosk", root);

        Assert.Equal(Path.TrimEndingDirectorySeparator(root), target.BaseDirectory);
        Assert.Equal("folder", target.Kind);
        Assert.Equal([Path.Combine(root, "samples", "Kiosk", "Kiosk.csproj")], target.Files);
        Assert.Contains("project samples/Kiosk/Kiosk.csproj (no solution in samples/Kiosk)", target.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void SolutionFile_ListsProjectsButNotSolutionFolders()
    {
        var root = TestEnvironment.NewTempDirectory("resolve");
        var sln = GeneratedSolution.Solution(("A", "src\\A\\A.csproj")).Replace(
            "Global\n",
            "Project(\"{2150E333-8FDC-42A3-9474-1A3956D46DE8}\") = \"src\", \"src\", \"{99999999-0000-0000-0000-000000000000}\"\nEndProject\nGlobal\n",
            StringComparison.Ordinal);
        TestEnvironment.Write(root, "X.sln", sln);
        TestEnvironment.Write(root, "Y.slnx", "<Solution><Folder Name=\"/src/\"><Project Path=\"src/B/B.csproj\" /></Folder></Solution>");

        Assert.Equal([Path.Combine(root, "src", "A", "A.csproj")], SolutionFile.ProjectPaths(Path.Combine(root, "X.sln")));
        Assert.Equal([Path.Combine(root, "src", "B", "B.csproj")], SolutionFile.ProjectPaths(Path.Combine(root, "Y.slnx")));
    }
}

using System.Text.RegularExpressions;
using BorderTechAnalyzers.Cli.Inventory;

namespace BorderTechAnalyzers.Cli.Tests;

/// <summary>The HTML reports rendered by real headless Chromium (Debian package <c>chromium</c>).</summary>
[Collection(GeneratedSolutionCollection.Name)]
public sealed class BrowserTests(GeneratedSolution solution)
{
    private static readonly string[] s_chromiumCandidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

    private static string Chromium =>
        Environment.GetEnvironmentVariable("BORDERTECH_CHROMIUM") is { Length: > 0 } configured ? configured
        : s_chromiumCandidates.FirstOrDefault(File.Exists)
          ?? throw new InvalidOperationException("Headless Chromium is needed for this test: apt-get install -y chromium (or set BORDERTECH_CHROMIUM).");

    private static async Task<string> RenderAsync(string html, string name, params string[] extra)
    {
        var directory = TestEnvironment.NewTempDirectory("browser");
        var page = Path.Combine(directory, name + ".html");
        await File.WriteAllTextAsync(page, html);
        var arguments = new List<string>
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run",
            "--user-data-dir=" + Path.Combine(directory, "profile"),
        };
        arguments.AddRange(extra);
        arguments.Add(new Uri(page).AbsoluteUri);
        var run = await TestEnvironment.RunAsync(Chromium, arguments, directory, TimeSpan.FromMinutes(2));
        Assert.True(run.ExitCode == 0, $"chromium exited {run.ExitCode}: {run.Error}");
        return run.Output;
    }

    [Fact]
    public async Task ScanReport_RendersTotalsAndRunsItsScript()
    {
        var writer = new StringWriter();
        CliApp.WriteScan(solution.Scan, "html", writer, colour: false);

        var dom = await RenderAsync(writer.ToString(), "scan", "--dump-dom");

        var total = solution.Scan.Findings.Count();
        Assert.Contains("data-rendered=\"true\"", dom, StringComparison.Ordinal);
        Assert.Contains($"<span id=\"shown\">{total} of {total} shown</span>", dom, StringComparison.Ordinal);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(solution.Scan.TotalsLine()), dom, StringComparison.Ordinal);
        Assert.Matches(new Regex($"id=\"total-findings\"><b>{total}</b>"), dom);
        Assert.Contains("<svg", dom, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InventoryReport_RendersTotals_AndScreenshots()
    {
        var writer = new StringWriter();
        InventoryWriters.Write(solution.Inventory, "html", writer);

        var dom = await RenderAsync(writer.ToString(), "inventory", "--dump-dom");
        var sites = solution.Inventory.Sites.Count();
        Assert.Contains($"<span id=\"shown\">{sites} of {sites} shown</span>", dom, StringComparison.Ordinal);
        Assert.Matches(new Regex($"id=\"total-sites\"><b>{sites}</b>"), dom);

        var png = Path.Combine(TestEnvironment.NewTempDirectory("shot"), "inventory.png");
        await RenderAsync(writer.ToString(), "inventory-shot", "--window-size=1280,900", "--screenshot=" + png);
        var bytes = await File.ReadAllBytesAsync(png);
        Assert.True(bytes.Length > 10_000, $"screenshot is only {bytes.Length} bytes");
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, bytes[..4]);
    }
}

using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace BorderTechAnalyzers.Cli.Loading;

/// <summary>Lists the project files a .sln or .slnx names, so projects that fail to load can be reported by name.</summary>
internal static partial class SolutionFile
{
    private const string SolutionFolderTypeGuid = "2150E333-8FDC-42A3-9474-1A3956D46DE8";

    public static IReadOnlyList<string> ProjectPaths(string solutionPath)
    {
        try
        {
            var directory = Path.GetDirectoryName(solutionPath)!;
            var relative = Path.GetExtension(solutionPath).Equals(".slnx", StringComparison.OrdinalIgnoreCase)
                ? FromSlnx(solutionPath)
                : FromSln(solutionPath);
            return relative
                .Select(p => Path.GetFullPath(Path.Combine(directory, p.Replace('\\', Path.DirectorySeparatorChar))))
                .Distinct(StringComparer.Ordinal)
                .ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Xml.XmlException or ArgumentException)
        {
            return [];
        }
    }

    private static IEnumerable<string> FromSln(string path)
    {
        foreach (var line in File.ReadLines(path))
        {
            var match = ProjectLine().Match(line);
            if (match.Success && !match.Groups["type"].Value.Equals(SolutionFolderTypeGuid, StringComparison.OrdinalIgnoreCase))
            {
                yield return match.Groups["path"].Value;
            }
        }
    }

    private static IEnumerable<string> FromSlnx(string path)
        => XDocument.Load(path).Descendants()
            .Where(e => e.Name.LocalName == "Project")
            .Select(e => (string?)e.Attribute("Path"))
            .OfType<string>();

    [GeneratedRegex("^Project\\(\"\\{(?<type>[^}]+)\\}\"\\)\\s*=\\s*\"[^\"]*\"\\s*,\\s*\"(?<path>[^\"]+)\"")]
    private static partial Regex ProjectLine();
}

namespace BorderTechAnalyzers.Benchmarks.Generation;

/// <summary>
/// A block of types added to a generated file: SDK usage in the SDK corpus, or same-shaped code over the project's
/// own types in the plain corpus.
/// </summary>
/// <param name="Name">Short name for the corpus statistics.</param>
/// <param name="Stub">The stub SDK source (tests/BorderTechAnalyzers.Tests/Stubs/&lt;Stub&gt;.cs) the block needs, if any.</param>
/// <param name="Usings">Namespaces the block needs besides the ordinary ones.</param>
/// <param name="Body">Writes the block for a file with the given unique suffix.</param>
internal sealed record Snippet(string Name, string? Stub, string[] Usings, Func<string, Random, string> Body);

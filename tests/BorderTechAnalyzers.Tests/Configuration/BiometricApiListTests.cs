using System.Threading.Tasks;
using BorderTechAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verify = BorderTechAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<BorderTechAnalyzers.Configuration.BiometricApiListAnalyzer>;

namespace BorderTechAnalyzers.Tests.Configuration;

/// <summary>BT9001: every bad line of a project's BiometricApis*.txt is reported at its file and line.</summary>
public sealed class BiometricApiListTests
{
    private const string Code = "class Kiosk { }";

    /// <summary>A BT9001 spanning the whole of line <paramref name="line"/> (1-based) of <paramref name="text"/>.</summary>
    private static DiagnosticResult At(string file, string text, int line, string message)
    {
        var length = text.Split('\n')[line - 1].TrimEnd('\r').Length;
        return Verify.Diagnostic("BT9001").WithSpan(file, line, 1, line, 1 + length).WithArguments(message);
    }

    [Fact]
    public async Task MalformedLines_AreReportedWithFileAndLine()
    {
        const string list = """
            # Our own SDK wrappers
            @vendor Acme Vision
            identification M:Acme.Vision.Matcher.Search
            M:Acme.Vision.Matcher.Compare
            verificaton M:Acme.Vision.Matcher.Compare
            detection Q:Acme.Vision.Matcher
            detection M:Acme.Vision.Matcher.Find(System.String
            emotion M:Acme.Vision.Mood.Read contains ALL
            @modality smell
            @colour blue
            !T:Acme.Vision.Matcher contains "x"
            """;

        await Verify.AnalyzerAsync(Code, TestSetup.None.WithAdditionalFile("/0/BiometricApis.txt", list),
            At("/0/BiometricApis.txt", list, 4, "expected a category before 'M:Acme.Vision.Matcher.Compare'; use one or more of emotion, sensitive-trait, demographic, identification, verification, detection, template-type, separated by commas"),
            At("/0/BiometricApis.txt", list, 5, "unknown category 'verificaton'; use one of emotion, sensitive-trait, demographic, identification, verification, detection, template-type"),
            At("/0/BiometricApis.txt", list, 6, "unknown ID prefix 'Q:'; use T:, N:, M:, P:, F: or E:"),
            At("/0/BiometricApis.txt", list, 7, "unclosed parameter list in 'M:Acme.Vision.Matcher.Find(System.String'"),
            At("/0/BiometricApis.txt", list, 8, "'contains' needs one or more quoted values, e.g. contains \"ALL\""),
            At("/0/BiometricApis.txt", list, 9, "unknown modality 'smell'; use one of face, fingerprint, iris, voice, body, palm, multimodal"),
            At("/0/BiometricApis.txt", list, 10, "unknown directive '@colour'; use '@vendor <name>' or '@modality <face|fingerprint|iris|voice|body|palm|multimodal>'"),
            At("/0/BiometricApis.txt", list, 11, "an exclusion line ('!') takes no condition"));
    }

    [Fact]
    public async Task MemberMissingOnATypeTheCompilationHas_IsATypo()
    {
        const string code = """
            namespace Acme.Vision
            {
                public sealed class Matcher
                {
                    public int Search(byte[] face) => 0;
                    public int Compare(byte[] a, byte[] b) => 0;
                }
            }
            """;
        const string list = """
            identification M:Acme.Vision.Matcher.Search
            identification M:Acme.Vision.Matcher.Serch
            verification M:Acme.Vision.Matcher.Compare(System.Byte[])
            identification M:Other.Sdk.NotReferenced.Search
            """;

        await Verify.AnalyzerAsync(code, TestSetup.None.WithAdditionalFile("/0/BiometricApis.Acme.txt", list),
            At("/0/BiometricApis.Acme.txt", list, 2, "'Acme.Vision.Matcher' has no member named 'Serch'"),
            At("/0/BiometricApis.Acme.txt", list, 3, "'Acme.Vision.Matcher' has no member matching 'M:Acme.Vision.Matcher.Compare(System.Byte[])' (check the parameter types)"));
    }

    [Fact]
    public async Task GoodLines_OtherFiles_AndTheBuiltInCatalog_DoNotTrigger()
    {
        const string list = """
            @vendor Acme  // our wrappers
            @modality fingerprint
            verification M:Acme.Vision.Matcher.Compare(System.Byte[],System.Byte[])   # the 1:1 check
            emotion,demographic P:Acme.Vision.Request.Features contains "MOOD", "AGE"
            detection M:Acme.Vision.Loader.#ctor model "face*.onnx"
            sensitive-trait M:Acme.Vision.Matcher.Tag key "fields" contains "race"
            emotion P:Acme.Vision.Request.Mood = true
            !N:Acme.Vision.Experimental
            """;

        await Verify.AnalyzerAsync(Code, TestSetup.None
            .WithAdditionalFile("/0/BiometricApis.txt", list)
            .WithAdditionalFile("/0/BannedSymbols.txt", "this is not ours to read"));
    }
}

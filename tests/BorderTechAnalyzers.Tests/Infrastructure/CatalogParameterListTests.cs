using System.Threading.Tasks;
using BorderTechAnalyzers.Tests.Verifiers;
using Xunit;
using ListVerify = BorderTechAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<BorderTechAnalyzers.Configuration.BiometricApiListAnalyzer>;
using Verify = BorderTechAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<BorderTechAnalyzers.Processing.BiometricApiUsageAnalyzer>;

namespace BorderTechAnalyzers.Tests.Infrastructure;

/// <summary>Entries written with a parameter list name one overload, whatever the Roslyn version appends to declaration IDs.</summary>
public sealed class CatalogParameterListTests
{
    private const string Library = """
        namespace Acme.Voice
        {
            public class IdModel { }
            public class VerifyModel { }
            public class Recognizer
            {
                public bool Recognize(IdModel model) => true;
                public bool Recognize(VerifyModel model) => true;
            }
        }
        """;

    private const string List = """
        @vendor Acme
        @modality voice
        identification  M:Acme.Voice.Recognizer.Recognize(Acme.Voice.IdModel)
        """;

    [Fact]
    public async Task EntryWithParameterList_MatchesThatOverloadOnly()
    {
        const string source = """
            using Acme.Voice;

            class Use
            {
                void Run(Recognizer recognizer)
                {
                    recognizer.{|BT1004:Recognize|}(new IdModel());
                    recognizer.Recognize(new VerifyModel());
                }
            }
            """;

        await Verify.AnalyzerAsync(source, TestSetup.None.WithSource("Acme.cs", Library).WithAdditionalFile("/0/BiometricApis.txt", List));
    }

    [Fact]
    public async Task EntryWithParameterList_IsNotReportedAsATypo()
        => await ListVerify.AnalyzerAsync("class Empty { }", TestSetup.None.WithSource("Acme.cs", Library).WithAdditionalFile("/0/BiometricApis.txt", List));
}

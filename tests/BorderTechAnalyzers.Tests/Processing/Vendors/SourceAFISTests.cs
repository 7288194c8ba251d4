using System.Threading.Tasks;
using BorderTechAnalyzers.Tests.Verifiers;
using Xunit;
using Verify = BorderTechAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<BorderTechAnalyzers.Processing.BiometricApiUsageAnalyzer>;

namespace BorderTechAnalyzers.Tests.Processing.Vendors;

/// <summary>SourceAFIS (stubbed): fingerprint template extraction and matching; the template type itself raises nothing.</summary>
public sealed class SourceAFISTests
{
    [Fact]
    public async Task TemplateExtractionAndMatching_ReportVerification()
    {
        const string source = """
            using System.Collections.Generic;
            using System.IO;
            using System.Linq;
            using SourceAFIS;

            class FingerprintDesk
            {
                double Run(string probePath, IEnumerable<byte[]> stored)
                {
                    var probe = new {|BT1005:FingerprintTemplate|}(new FingerprintImage(File.ReadAllBytes(probePath), new FingerprintImageOptions { Dpi = 500 }));
                    var matcher = new {|BT1005:FingerprintMatcher|}(probe);
                    FingerprintTemplate restored = {|BT1005:new|}(stored.First());
                    return stored.Select(b => matcher.{|BT1005:Match|}(new {|BT1005:FingerprintTemplate|}(b))).Max();
                }

                byte[] Serialize(FingerprintTemplate template) => template.ToByteArray();
            }
            """;

        await Verify.AnalyzerAsync(source, Sdk.SourceAFIS);
    }

    [Fact]
    public async Task LegacyAfisEngine_IdentifyReportsIdentification()
    {
        const string source = """
            using System.Collections.Generic;
            using SourceAFIS.Simple;

            class Legacy
            {
                void Run(AfisEngine afis, Person probe, List<Person> database)
                {
                    afis.{|BT1005:Extract|}(probe);
                    var match = afis.{|BT1004:Identify|}(probe, database);
                    var score = afis.{|BT1005:Verify|}(probe, database[0]);
                }
            }
            """;

        await Verify.AnalyzerAsync(source, Sdk.SourceAFIS);
    }
}

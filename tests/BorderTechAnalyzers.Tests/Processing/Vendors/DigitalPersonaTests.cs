using System.Threading.Tasks;
using BorderTechAnalyzers.Tests.Verifiers;
using Xunit;
using Verify = BorderTechAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<BorderTechAnalyzers.Processing.BiometricApiUsageAnalyzer>;

namespace BorderTechAnalyzers.Tests.Processing.Vendors;

/// <summary>DigitalPersona (stubbed): U.are.U static helpers and the legacy One Touch classes with ref arguments.</summary>
public sealed class DigitalPersonaTests
{
    [Fact]
    public async Task UareU_ExtractionEnrolmentCompareAndIdentify_Report()
    {
        const string source = """
            using System.Collections.Generic;
            using DPUruNet;

            class Reader
            {
                void Run(Fid captured, List<Fmd> gallery)
                {
                    var result = FeatureExtraction.{|BT1005:CreateFmdFromFid|}(captured, Constants.Formats.Fmd.ANSI);
                    var enrolled = Enrollment.{|BT1005:CreateEnrollmentFmd|}(Constants.Formats.Fmd.ANSI, gallery);
                    var compare = Comparison.{|BT1005:Compare|}(result.Data, 0, enrolled.Data, 0);
                    var identify = Comparison.{|BT1004:Identify|}(result.Data, 0, gallery, 21474, 5);
                    var xml = Fmd.SerializeXml(result.Data);
                }
            }
            """;

        await Verify.AnalyzerAsync(source, Sdk.DigitalPersona);
    }

    [Fact]
    public async Task OneTouch_RefArguments_Report()
    {
        const string source = """
            using DPFP;
            using DPFP.Processing;

            class FingerprintHelper
            {
                bool Run(Sample sample, Template template)
                {
                    var extractor = new DPFP.Processing.FeatureExtraction();
                    var feedback = CaptureFeedback.None;
                    FeatureSet features = null!;
                    extractor.{|BT1005:CreateFeatureSet|}(sample, DataPurpose.Verification, ref feedback, ref features);
                    var verificator = new DPFP.Verification.Verification();
                    var result = new DPFP.Verification.Verification.Result();
                    verificator.{|BT1005:Verify|}(features, template, ref result);
                    var enroller = new {|BT1005:DPFP.Processing.Enrollment|}();
                    enroller.{|BT1005:AddFeatures|}(features);
                    return result.Verified;
                }
            }
            """;

        await Verify.AnalyzerAsync(source, Sdk.DigitalPersona);
    }
}

using System.Threading.Tasks;
using BorderTechAnalyzers.Tests.Verifiers;
using Xunit;
using Verify = BorderTechAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<BorderTechAnalyzers.Processing.BiometricApiUsageAnalyzer>;

namespace BorderTechAnalyzers.Tests.Processing.Vendors;

/// <summary>Neurotechnology (stubbed): engine operations and boolean switches that turn on emotion, age, gender and ethnicity.</summary>
public sealed class NeurotecTests
{
    [Fact]
    public async Task Switches_SetToTrue_ReportTheirCategory_FalseDoesNot()
    {
        const string source = """
            using Neurotec.Biometrics.Client;

            class Setup
            {
                NBiometricClient Configure()
                {
                    var client = new NBiometricClient
                    {
                        {|BT1001:FacesRecognizeEmotion|} = true,
                        {|BT1003:FacesDetermineAge|} = true,
                        FacesDetectLiveness = true,
                    };
                    client.{|BT1002:FacesDetermineEthnicity|} = true;
                    client.FacesDetermineGender = false;
                    return client;
                }
            }
            """;

        await Verify.AnalyzerAsync(source, Sdk.Neurotec);
    }

    [Fact]
    public async Task EngineOperations_OnDerivedClient_Report()
    {
        const string source = """
            using System.Threading.Tasks;
            using Neurotec.Biometrics;
            using Neurotec.Biometrics.Client;

            class Border
            {
                async Task Run(NBiometricClient client, string file)
                {
                    using var subject = NSubject.FromFile(file);
                    client.{|BT1005:CreateTemplate|}(subject);
                    client.{|BT1005:Enroll|}(subject);
                    var status = await client.{|BT1004:IdentifyAsync|}(subject);
                    await client.{|BT1005:VerifyAsync|}(subject, subject);
                    client.{|BT1006:DetectFaces|}(subject);
                    var template = subject.GetTemplate();
                }
            }
            """;

        await Verify.AnalyzerAsync(source, Sdk.Neurotec);
    }
}

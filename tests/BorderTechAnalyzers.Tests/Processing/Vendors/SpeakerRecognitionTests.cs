using System.Threading.Tasks;
using BorderTechAnalyzers.Tests.Verifiers;
using Xunit;
using Verify = BorderTechAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<BorderTechAnalyzers.Processing.BiometricApiUsageAnalyzer>;

namespace BorderTechAnalyzers.Tests.Processing.Vendors;

/// <summary>Azure AI Speech speaker recognition (stubbed): voice enrolment, identification and verification.</summary>
public sealed class SpeakerRecognitionTests
{
    [Fact]
    public async Task EnrolmentLoopAndIdentification_Report()
    {
        const string source = """
            using System.Collections.Generic;
            using System.Threading.Tasks;
            using Microsoft.CognitiveServices.Speech;
            using Microsoft.CognitiveServices.Speech.Audio;
            using Microsoft.CognitiveServices.Speech.Speaker;

            class Speakers
            {
                async Task<string> Run(SpeechConfig config, List<VoiceProfile> profiles)
                {
                    using (var client = new VoiceProfileClient(config))
                    using (var profile = await client.{|BT1005:CreateProfileAsync|}(VoiceProfileType.TextIndependentIdentification, "en-us"))
                    using (var audioInput = AudioConfig.FromDefaultMicrophoneInput())
                    {
                        VoiceProfileEnrollmentResult result = null!;
                        while (result is null || result.RemainingEnrollmentsSpeechLength > System.TimeSpan.Zero)
                        {
                            result = await client.{|BT1005:EnrollProfileAsync|}(profile, audioInput);
                        }

                        profiles.Add(profile);
                    }

                    var speakerRecognizer = new SpeakerRecognizer(config, AudioConfig.FromDefaultMicrophoneInput());
                    var model = SpeakerIdentificationModel.{|BT1004:FromProfiles|}(profiles);
                    var identified = await speakerRecognizer.{|BT1004:RecognizeOnceAsync|}(model);
                    var verified = await speakerRecognizer.{|BT1005:RecognizeOnceAsync|}(SpeakerVerificationModel.{|BT1005:FromProfile|}(profiles[0]));
                    return identified.ProfileId;
                }
            }
            """;

        await Verify.AnalyzerAsync(source, Sdk.Speech);
    }

    [Fact]
    public async Task SpeechToText_DoesNotTrigger()
    {
        const string source = """
            using System.Threading.Tasks;
            using Microsoft.CognitiveServices.Speech;
            using Microsoft.CognitiveServices.Speech.Audio;

            class Dictation
            {
                async Task Run(SpeechConfig config)
                {
                    using var recognizer = new SpeechRecognizer(config, AudioConfig.FromDefaultMicrophoneInput());
                    await recognizer.RecognizeOnceAsync();
                }
            }
            """;

        await Verify.AnalyzerAsync(source, Sdk.Speech);
    }
}

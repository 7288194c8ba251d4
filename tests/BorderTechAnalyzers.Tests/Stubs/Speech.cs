// Stub of Microsoft.CognitiveServices.Speech speaker recognition (namespaces ...Speech, ...Speech.Audio, ...Speech.Speaker): exact names, no behaviour.
// Source of the names: learn.microsoft.com/dotnet/api/microsoft.cognitiveservices.speech.speaker.voiceprofileclient, .speakerrecognizer;
// github.com/Azure-Samples/cognitive-services-speech-sdk speaker recognition quickstart.
#nullable disable
using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.CognitiveServices.Speech.Audio;

namespace Microsoft.CognitiveServices.Speech
{
    public class SpeechConfig { public static SpeechConfig FromSubscription(string subscriptionKey, string region) => null; }
    public enum ResultReason { RecognizedSpeaker, RecognizedSpeakers, EnrolledVoiceProfile, EnrollingVoiceProfile, Canceled, NoMatch }
    public class SpeechRecognizer : IDisposable
    {
        public SpeechRecognizer(SpeechConfig speechConfig, AudioConfig audioConfig) { }
        public Task<object> RecognizeOnceAsync() => null;
        public void Dispose() { }
    }
}

namespace Microsoft.CognitiveServices.Speech.Audio
{
    public class AudioConfig : IDisposable
    {
        public static AudioConfig FromDefaultMicrophoneInput() => null;
        public static AudioConfig FromWavFileInput(string fileName) => null;
        public void Dispose() { }
    }
}

namespace Microsoft.CognitiveServices.Speech.Speaker
{
    public enum VoiceProfileType { TextIndependentIdentification = 1, TextIndependentVerification = 2, TextDependentVerification = 3 }
    public sealed class VoiceProfile : IDisposable { public VoiceProfile(string id, VoiceProfileType type) { } public string Id => null; public void Dispose() { } }
    public sealed class VoiceProfileEnrollmentResult { public ResultReason Reason => default; public TimeSpan RemainingEnrollmentsSpeechLength => default; }
    public sealed class VoiceProfileResult { public ResultReason Reason => default; }
    public sealed class SpeakerRecognitionResult { public ResultReason Reason => default; public string ProfileId => null; public double Score => 0; }

    public sealed class VoiceProfileClient : IDisposable
    {
        public VoiceProfileClient(SpeechConfig speechConfig) { }
        public Task<VoiceProfile> CreateProfileAsync(VoiceProfileType voiceProfileType, string locale) => null;
        public Task<VoiceProfileEnrollmentResult> EnrollProfileAsync(VoiceProfile voiceProfile, AudioConfig audioConfig) => null;
        public Task<VoiceProfileResult> DeleteProfileAsync(VoiceProfile voiceProfile) => null;
        public Task<VoiceProfileResult> ResetProfileAsync(VoiceProfile voiceProfile) => null;
        public Task<List<VoiceProfile>> GetAllProfilesAsync(VoiceProfileType voiceProfileType) => null;
        public void Dispose() { }
    }

    public sealed class SpeakerIdentificationModel : IDisposable { public static SpeakerIdentificationModel FromProfiles(List<VoiceProfile> profiles) => null; public void Dispose() { } }
    public sealed class SpeakerVerificationModel : IDisposable { public static SpeakerVerificationModel FromProfile(VoiceProfile profile) => null; public void Dispose() { } }

    public sealed class SpeakerRecognizer : IDisposable
    {
        public SpeakerRecognizer(SpeechConfig speechConfig, AudioConfig audioConfig) { }
        public Task<SpeakerRecognitionResult> RecognizeOnceAsync(SpeakerIdentificationModel model) => null;
        public Task<SpeakerRecognitionResult> RecognizeOnceAsync(SpeakerVerificationModel model) => null;
        public void Dispose() { }
    }
}

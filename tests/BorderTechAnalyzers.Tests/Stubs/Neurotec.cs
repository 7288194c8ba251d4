// Stub of the Neurotechnology biometric SDK (namespaces Neurotec.Biometrics, Neurotec.Biometrics.Client): exact names, no behaviour.
// Source of the names: metadata of Neurotec.Biometrics.dll / Neurotec.Biometrics.Client.dll (SDK 13.1).
#nullable disable
using System;
using System.Threading.Tasks;

namespace Neurotec.Biometrics
{
    public enum NBiometricStatus { None = 0, Ok = 1, MatchNotFound = 610 }
    public class NFace { public string FileName { get; set; } }
    public class NFinger { public string FileName { get; set; } }
    public class NSubject : IDisposable
    {
        public static NSubject FromFile(string fileName) => null;
        public string Id { get; set; }
        public object GetTemplate() => null;
        public void SetTemplate(object template) { }
        public System.Collections.Generic.IList<NFace> Faces => null;
        public System.Collections.Generic.IList<NFinger> Fingers => null;
        public void Dispose() { }
    }

    public class NBiometricEngine : IDisposable
    {
        public bool FacesRecognizeEmotion { get; set; }
        public bool FacesDetermineAge { get; set; }
        public bool FacesDetermineGender { get; set; }
        public bool FacesDetermineEthnicity { get; set; }
        public bool FacesDetectLiveness { get; set; }
        public int MatchingThreshold { get; set; }
        public NBiometricStatus CreateTemplate(NSubject subject) => default;
        public Task<NBiometricStatus> CreateTemplateAsync(NSubject subject) => null;
        public NBiometricStatus Verify(NSubject reference, NSubject candidate) => default;
        public Task<NBiometricStatus> VerifyAsync(NSubject reference, NSubject candidate) => null;
        public NBiometricStatus Identify(NSubject subject) => default;
        public Task<NBiometricStatus> IdentifyAsync(NSubject subject) => null;
        public NBiometricStatus Enroll(NSubject subject) => default;
        public NBiometricStatus DetectFaces(object image) => default;
        public void Dispose() { }
    }
}

namespace Neurotec.Biometrics.Client
{
    public class NBiometricClient : Neurotec.Biometrics.NBiometricEngine
    {
        public NBiometricClient() { }
        public bool UseDeviceManager { get; set; }
    }
}

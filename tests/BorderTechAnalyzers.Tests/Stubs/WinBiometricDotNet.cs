// Stub of WinBiometricDotNet (namespace WinBiometricDotNet): exact names, no behaviour.
// Source of the names: github.com/takuya-takeuchi/WinBiometricDotNet examples calling WinBiometric.* (FrameworkTester, console samples).
#nullable disable
namespace WinBiometricDotNet
{
    public enum FingerPosition { Unknown = 0, RightThumb = 1, RightIndexFinger = 2, LeftIndexFinger = 7, LeftMiddle = 8 }
    public sealed class Session { }
    public sealed class BiometricUnit { }
    public sealed class BiometricIdentity { }
    public sealed class VerifyResult { public bool IsMatch => false; }
    public sealed class IdentifyResult { public BiometricIdentity Identity => null; }
    public sealed class CaptureEnrollResult { public bool IsRequiredMoreData => false; }
    public sealed class CaptureSampleResult { }

    public static class WinBiometric
    {
        public static Session OpenSession() => null;
        public static void CloseSession(Session session) { }
        public static uint LocateSensor(Session session) => 0;
        public static void BeginEnroll(Session session, FingerPosition position, uint unitId) { }
        public static CaptureEnrollResult CaptureEnroll(Session session) => null;
        public static BiometricIdentity CommitEnroll(Session session) => null;
        public static VerifyResult Verify(Session session, FingerPosition position) => null;
        public static IdentifyResult Identify(Session session) => null;
        public static CaptureSampleResult CaptureSample(Session session) => null;
        public static void DeleteTemplate(Session session, uint unitId, BiometricIdentity identity, FingerPosition position) { }
    }
}

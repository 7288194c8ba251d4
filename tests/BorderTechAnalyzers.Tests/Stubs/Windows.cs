// Stub of the WinRT APIs tests use (namespaces Windows.Foundation, Windows.Graphics.Imaging, Windows.Media, Windows.Media.FaceAnalysis,
// Windows.Security.Credentials.UI) plus the System.WindowsRuntimeSystemExtensions awaiter: exact names, no behaviour.
// Source of the names: learn.microsoft.com/uwp/api/windows.media.faceanalysis.facedetector, .facetracker,
// windows.security.credentials.ui.userconsentverifier.
#nullable disable
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace Windows.Foundation
{
    public interface IAsyncOperation<TResult> { TResult GetResults(); }
}

namespace System
{
    public static class WindowsRuntimeSystemExtensions
    {
        public static TaskAwaiter<TResult> GetAwaiter<TResult>(this global::Windows.Foundation.IAsyncOperation<TResult> source) => default;
    }
}

namespace Windows.Graphics.Imaging
{
    public sealed class SoftwareBitmap { }
    public struct BitmapBounds { public uint X; public uint Y; public uint Width; public uint Height; }
}

namespace Windows.Media
{
    public sealed class VideoFrame { }
}

namespace Windows.Media.FaceAnalysis
{
    using Windows.Foundation;
    using Windows.Graphics.Imaging;

    public sealed class DetectedFace { public BitmapBounds FaceBox => default; }

    public sealed class FaceDetector
    {
        public static bool IsSupported => true;
        public static IAsyncOperation<FaceDetector> CreateAsync() => null;
        public IAsyncOperation<IList<DetectedFace>> DetectFacesAsync(SoftwareBitmap image) => null;
        public IAsyncOperation<IList<DetectedFace>> DetectFacesAsync(SoftwareBitmap image, BitmapBounds searchArea) => null;
    }

    public sealed class FaceTracker
    {
        public static bool IsSupported => true;
        public static IAsyncOperation<FaceTracker> CreateAsync() => null;
        public IAsyncOperation<IList<DetectedFace>> ProcessNextFrameAsync(Windows.Media.VideoFrame videoFrame) => null;
    }
}

namespace Windows.Security.Credentials.UI
{
    using Windows.Foundation;

    public enum UserConsentVerifierAvailability { Available = 0, DeviceNotPresent = 1, NotConfiguredForUser = 2, DisabledByPolicy = 3, DeviceBusy = 4 }
    public enum UserConsentVerificationResult { Verified = 0, DeviceNotPresent = 1, NotConfiguredForUser = 2, DisabledByPolicy = 3, DeviceBusy = 4, RetriesExhausted = 5, Canceled = 6 }

    public static class UserConsentVerifier
    {
        public static IAsyncOperation<UserConsentVerifierAvailability> CheckAvailabilityAsync() => null;
        public static IAsyncOperation<UserConsentVerificationResult> RequestVerificationAsync(string message) => null;
    }
}

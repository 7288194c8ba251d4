using System.Threading.Tasks;
using BorderTechAnalyzers.Tests.Verifiers;
using Xunit;
using Verify = BorderTechAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<BorderTechAnalyzers.Processing.BiometricApiUsageAnalyzer>;

namespace BorderTechAnalyzers.Tests.Processing.Vendors;

/// <summary>
/// Windows platform APIs (stubbed): Windows.Media.FaceAnalysis detection and WinBiometricDotNet fingerprint operations are
/// reported; OS-mediated consent prompts (UserConsentVerifier, Plugin.Fingerprint, AndroidX BiometricPrompt) are not.
/// </summary>
public sealed class WindowsTests
{
    [Fact]
    public async Task FaceDetectorAndTracker_ReportDetection_StaticIsSupportedDoesNot()
    {
        const string source = """
            using System;
            using System.Threading.Tasks;
            using Windows.Graphics.Imaging;
            using Windows.Media;
            using Windows.Media.FaceAnalysis;

            class Preview
            {
                async Task Run(SoftwareBitmap bitmap, VideoFrame frame)
                {
                    if (!FaceDetector.IsSupported)
                    {
                        return;
                    }

                    var detector = await FaceDetector.{|BT1006:CreateAsync|}();
                    var faces = await detector.{|BT1006:DetectFacesAsync|}(bitmap);
                    var tracker = await FaceTracker.{|BT1006:CreateAsync|}();
                    var tracked = await tracker.{|BT1006:ProcessNextFrameAsync|}(frame);
                }
            }
            """;

        await Verify.AnalyzerAsync(source, Sdk.Windows);
    }

    [Fact]
    public async Task UserConsentVerifier_IsNotFlagged()
    {
        const string source = """
            using System;
            using System.Threading.Tasks;
            using Windows.Security.Credentials.UI;

            class Unlock
            {
                async Task<bool> Run()
                {
                    var availability = await UserConsentVerifier.CheckAvailabilityAsync();
                    if (availability != UserConsentVerifierAvailability.Available)
                    {
                        return false;
                    }

                    var result = await UserConsentVerifier.RequestVerificationAsync("Confirm it is you");
                    return result == UserConsentVerificationResult.Verified;
                }
            }
            """;

        await Verify.AnalyzerAsync(source, Sdk.Windows);
    }

    [Fact]
    public async Task PluginFingerprintAndAndroidXBiometricPrompt_AreNotFlagged()
    {
        const string source = """
            using System.Threading.Tasks;
            using AndroidX.Biometric;
            using Plugin.Fingerprint;
            using Plugin.Fingerprint.Abstractions;

            class MainPage
            {
                async Task<bool> Login()
                {
                    if (!await CrossFingerprint.Current.IsAvailableAsync())
                    {
                        return false;
                    }

                    var result = await CrossFingerprint.Current.AuthenticateAsync(new AuthenticationRequestConfiguration("Sign in", "Use your fingerprint"));
                    return result.Authenticated;
                }

                void Android(object context, object activity, object executor, BiometricPrompt.AuthenticationCallback callback)
                {
                    if (BiometricManager.From(context).CanAuthenticate(15) == BiometricManager.BiometricSuccess)
                    {
                        var info = new BiometricPrompt.PromptInfo.Builder().SetTitle("Sign in").SetNegativeButtonText("Cancel").Build();
                        new BiometricPrompt(activity, executor, callback).Authenticate(info);
                    }
                }
            }
            """;

        // Windows.Media.FaceAnalysis is referenced too, so the catalog is active in this compilation.
        await Verify.AnalyzerAsync(source, Sdk.LocalAuth + Sdk.Windows);
    }

    [Fact]
    public async Task WinBiometric_EnrolVerifyIdentify_Report()
    {
        const string source = """
            using WinBiometricDotNet;

            var session = WinBiometric.OpenSession();
            var unitId = WinBiometric.LocateSensor(session);
            WinBiometric.{|BT1005:BeginEnroll|}(session, FingerPosition.LeftMiddle, unitId);
            var capture = WinBiometric.{|BT1005:CaptureEnroll|}(session);
            while (capture.IsRequiredMoreData)
            {
                capture = WinBiometric.{|BT1005:CaptureEnroll|}(session);
            }

            var identity = WinBiometric.{|BT1005:CommitEnroll|}(session);
            var verified = WinBiometric.{|BT1005:Verify|}(session, FingerPosition.LeftMiddle);
            var identified = WinBiometric.{|BT1004:Identify|}(session);
            WinBiometric.CloseSession(session);
            """;

        await Verify.AnalyzerAsync(source, Sdk.WinBiometricDotNet.AsConsoleApplication());
    }
}

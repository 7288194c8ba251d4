// Stub of OS-mediated consent prompts that must not be flagged: Plugin.Fingerprint (namespaces Plugin.Fingerprint, Plugin.Fingerprint.Abstractions)
// and Xamarin.AndroidX.Biometric (namespace AndroidX.Biometric). Exact names, no behaviour.
// Source of the names: github.com/smstuebe/xamarin-fingerprint README and FingerprintImplementationBase; androidx.biometric API as bound for .NET.
#nullable disable
using System.Threading;
using System.Threading.Tasks;

namespace Plugin.Fingerprint.Abstractions
{
    public class AuthenticationRequestConfiguration { public AuthenticationRequestConfiguration(string title, string reason) { } }
    public class FingerprintAuthenticationResult { public bool Authenticated => false; }
    public interface IFingerprint
    {
        Task<bool> IsAvailableAsync(bool allowAlternativeAuthentication = false);
        Task<FingerprintAuthenticationResult> AuthenticateAsync(AuthenticationRequestConfiguration authRequestConfig, CancellationToken cancellationToken = default);
    }
}

namespace Plugin.Fingerprint
{
    public static class CrossFingerprint { public static Plugin.Fingerprint.Abstractions.IFingerprint Current => null; }
}

namespace AndroidX.Biometric
{
    public class BiometricManager
    {
        public const int BiometricSuccess = 0;
        public static BiometricManager From(object context) => null;
        public int CanAuthenticate(int authenticators) => 0;
    }

    public class BiometricPrompt
    {
        public abstract class AuthenticationCallback { }
        public BiometricPrompt(object activity, object executor, AuthenticationCallback callback) { }
        public void Authenticate(PromptInfo info) { }
        public class PromptInfo
        {
            public class Builder
            {
                public Builder SetTitle(string title) => this;
                public Builder SetNegativeButtonText(string text) => this;
                public PromptInfo Build() => null;
            }
        }
    }
}

using BorderTech.Annotations;

namespace CompliantEnrollment;

/// <summary>One traveller's session at the kiosk, from the moment they start it at the screen.</summary>
public sealed class TravellerSession(string travellerId, string language)
{
    public string TravellerId { get; } = travellerId;

    public string Language { get; } = language;

    /// <summary>When the traveller confirmed, on screen, that they read the information notice; null until then.</summary>
    public DateTimeOffset? NoticeAcknowledgedAt { get; set; }

    /// <summary>True when the traveller asked for a border guard instead of the kiosk.</summary>
    public bool RequestedManualProcessing { get; set; }
}

/// <summary>
/// The information notice every traveller is shown, in their language, before the kiosk takes a photo: what is
/// collected, the law that requires it, how long it is kept, and the right to be processed by a border guard instead
/// (GDPR Art 13, Regulation (EU) 2017/2226 Art 50).
/// </summary>
public sealed class TravellerNotice(TextWriter auditLog)
{
    /// <summary>
    /// Refuses to go on unless the traveller has acknowledged the notice and has not asked for a border guard; records
    /// the acknowledgement in the audit log. Every biometric step of the kiosk calls this first.
    /// </summary>
    [ConsentGate]
    public void EnsureAcknowledged(TravellerSession session)
    {
        if (session.RequestedManualProcessing)
        {
            throw new ManualProcessingRequestedException(session.TravellerId);
        }

        if (session.NoticeAcknowledgedAt is not { } acknowledgedAt)
        {
            throw new InvalidOperationException($"Traveller {session.TravellerId} has not acknowledged the information notice.");
        }

        auditLog.WriteLine($"{acknowledgedAt:O} notice acknowledged by {session.TravellerId} ({session.Language})");
    }
}

/// <summary>The traveller chose to be processed by a border guard: the kiosk stops and calls one.</summary>
public sealed class ManualProcessingRequestedException(string travellerId)
    : Exception($"Traveller {travellerId} asked to be processed by a border guard.")
{
    public string TravellerId { get; } = travellerId;
}

namespace BorderTech.Annotations
{
    /// <summary>The condition of GDPR Art 9(2) that lifts the ban on processing biometric data.</summary>
    public enum LegalBasis
    {
        /// <summary>Explicit consent of the data subject, GDPR Art 9(2)(a).</summary>
        ExplicitConsent = 0,

        /// <summary>Obligations in employment and social security law, GDPR Art 9(2)(b).</summary>
        Employment = 1,

        /// <summary>Vital interests of a person who cannot give consent, GDPR Art 9(2)(c).</summary>
        VitalInterests = 2,

        /// <summary>Substantial public interest on the basis of Union or Member State law, GDPR Art 9(2)(g).</summary>
        SubstantialPublicInterest = 3,

        /// <summary>A legal obligation the controller is subject to (with an Art 9(2) condition named in the record).</summary>
        LegalObligation = 4,

        /// <summary>Another Art 9(2) condition, described in the consent record.</summary>
        Other = 5,
    }

    /// <summary>The kind of impact assessment that covers biometric processing.</summary>
    public enum AssessmentKind
    {
        /// <summary>Data protection impact assessment (DPIA), GDPR Art 35.</summary>
        DataProtection = 0,

        /// <summary>Fundamental rights impact assessment (FRIA), EU AI Act Art 27.</summary>
        FundamentalRights = 1,

        /// <summary>Human rights impact assessment (HRIA), as the UN Guiding Principles and Amnesty International ask of border technology.</summary>
        HumanRights = 2,
    }

    /// <summary>Where the system that contains this code is deployed.</summary>
    public enum DeploymentContext
    {
        /// <summary>No special context.</summary>
        General = 0,

        /// <summary>Migration, asylum and border control management (EU AI Act Annex III point 7).</summary>
        BorderControl = 1,

        /// <summary>Law enforcement (EU AI Act Annex III point 6, Art 5(1)(h)).</summary>
        LawEnforcement = 2,

        /// <summary>The workplace (EU AI Act Art 5(1)(f) prohibits emotion recognition here).</summary>
        Workplace = 3,

        /// <summary>Education institutions (EU AI Act Art 5(1)(f) prohibits emotion recognition here).</summary>
        Education = 4,

        /// <summary>Publicly accessible spaces.</summary>
        PublicSpace = 5,
    }

    /// <summary>The kind of biometric data a member holds.</summary>
    public enum BiometricModality
    {
        /// <summary>Face images, face templates or face embeddings.</summary>
        Face = 0,

        /// <summary>Fingerprint images, minutiae or fingerprint templates.</summary>
        Fingerprint = 1,

        /// <summary>Iris images or iris codes.</summary>
        Iris = 2,

        /// <summary>Voice prints and speaker profiles.</summary>
        Voice = 3,

        /// <summary>Body shape, gait or other physical or behavioural characteristics.</summary>
        Body = 4,

        /// <summary>Another biometric modality (palm, vein, signature, keystroke dynamics, ...).</summary>
        Other = 5,
    }

    /// <summary>The event from which a retention period is counted.</summary>
    public enum RetentionTrigger
    {
        /// <summary>Counted from the moment the data was collected.</summary>
        AfterCollection = 0,

        /// <summary>Counted from the person's last interaction with the controller (BIPA 740 ILCS 14/15(a)).</summary>
        AfterLastInteraction = 1,

        /// <summary>Counted from the moment the purpose of collection was satisfied (BIPA 740 ILCS 14/15(a), GDPR Art 5(1)(e)).</summary>
        AfterPurposeFulfilled = 2,

        /// <summary>Counted from the final decision in the case the data was collected for (an asylum or visa decision, for example).</summary>
        AfterCaseClosed = 3,
    }
}

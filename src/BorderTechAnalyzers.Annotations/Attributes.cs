using System;

namespace BorderTech.Annotations
{
    /// <summary>
    /// Documents the purpose and the legal basis of the biometric processing in this method, constructor or type.
    /// </summary>
    /// <remarks>Satisfies BT2001 for every biometric call in its scope.</remarks>
    [AttributeUsage(AttributeTargets.Method | AttributeTargets.Constructor | AttributeTargets.Class | AttributeTargets.Struct, Inherited = false)]
    public sealed class BiometricConsentAttribute : Attribute
    {
        /// <summary>Creates the attribute.</summary>
        /// <param name="purpose">The specific purpose the biometric data is processed for.</param>
        public BiometricConsentAttribute(string purpose) => Purpose = purpose;

        /// <summary>The specific purpose the biometric data is processed for.</summary>
        public string Purpose { get; }

        /// <summary>The GDPR Art 9(2) condition relied on; <see cref="LegalBasis.ExplicitConsent"/> unless set.</summary>
        public LegalBasis Basis { get; set; } = LegalBasis.ExplicitConsent;

        /// <summary>Where the consent or the legal basis is recorded (a form id, a statute, a register entry).</summary>
        public string? ConsentRecord { get; set; }
    }

    /// <summary>
    /// Marks a method that verifies or records consent. A call to it that precedes a biometric call on every path
    /// through a method is consent evidence for that call (BT2001).
    /// </summary>
    [AttributeUsage(AttributeTargets.Method, Inherited = false)]
    public sealed class ConsentGateAttribute : Attribute
    {
    }

    /// <summary>Marks a member, parameter, return value or type that holds biometric data.</summary>
    [AttributeUsage(AttributeTargets.Field | AttributeTargets.Property | AttributeTargets.Parameter | AttributeTargets.ReturnValue | AttributeTargets.Class | AttributeTargets.Struct, Inherited = false)]
    public sealed class BiometricDataAttribute : Attribute
    {
        /// <summary>Creates the attribute.</summary>
        /// <param name="modality">The kind of biometric data held.</param>
        public BiometricDataAttribute(BiometricModality modality) => Modality = modality;

        /// <summary>The kind of biometric data held.</summary>
        public BiometricModality Modality { get; }
    }

    /// <summary>States how long the biometric data in this member or type may be kept.</summary>
    [AttributeUsage(AttributeTargets.Field | AttributeTargets.Property | AttributeTargets.Class | AttributeTargets.Struct, Inherited = false)]
    public sealed class BiometricRetentionAttribute : Attribute
    {
        /// <summary>Creates the attribute.</summary>
        /// <param name="maxDays">The longest time, in days, the data may be kept.</param>
        public BiometricRetentionAttribute(int maxDays) => MaxDays = maxDays;

        /// <summary>The longest time, in days, the data may be kept.</summary>
        public int MaxDays { get; }

        /// <summary>The event the period is counted from.</summary>
        public RetentionTrigger Trigger { get; set; } = RetentionTrigger.AfterCollection;

        /// <summary>How the data is destroyed when the period ends (a job name, a runbook reference).</summary>
        public string? DeletionProcedure { get; set; }
    }

    /// <summary>
    /// Names an impact assessment (DPIA, FRIA or human rights impact assessment) that covers the biometric processing
    /// in this assembly.
    /// </summary>
    [AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
    public sealed class BiometricImpactAssessmentAttribute : Attribute
    {
        /// <summary>Creates the attribute.</summary>
        /// <param name="reference">The assessment's document reference.</param>
        public BiometricImpactAssessmentAttribute(string reference) => Reference = reference;

        /// <summary>The assessment's document reference.</summary>
        public string Reference { get; }

        /// <summary>The kind of assessment.</summary>
        public AssessmentKind Kind { get; set; } = AssessmentKind.DataProtection;

        /// <summary>The date, as yyyy-MM-dd, by which the assessment must be reviewed.</summary>
        public string? ReviewBy { get; set; }
    }

    /// <summary>States where the system built from this assembly is deployed.</summary>
    [AttributeUsage(AttributeTargets.Assembly)]
    public sealed class BiometricDeploymentContextAttribute : Attribute
    {
        /// <summary>Creates the attribute.</summary>
        /// <param name="context">The deployment context.</param>
        public BiometricDeploymentContextAttribute(DeploymentContext context) => Context = context;

        /// <summary>The deployment context.</summary>
        public DeploymentContext Context { get; }
    }

    /// <summary>Documents a processor or recipient that may receive biometric data from this member or type.</summary>
    [AttributeUsage(AttributeTargets.Method | AttributeTargets.Class | AttributeTargets.Field | AttributeTargets.Property, Inherited = false)]
    public sealed class AuthorizedDisclosureAttribute : Attribute
    {
        /// <summary>Creates the attribute.</summary>
        /// <param name="recipient">Who receives the data.</param>
        public AuthorizedDisclosureAttribute(string recipient) => Recipient = recipient;

        /// <summary>Who receives the data.</summary>
        public string Recipient { get; }

        /// <summary>The data processing agreement or legal instrument that covers the disclosure.</summary>
        public string? AgreementReference { get; set; }
    }

    /// <summary>
    /// Claims the medical or safety exception of EU AI Act Art 5(1)(f) for emotion recognition in this method or type.
    /// </summary>
    [AttributeUsage(AttributeTargets.Method | AttributeTargets.Class, Inherited = false)]
    public sealed class MedicalOrSafetyPurposeAttribute : Attribute
    {
        /// <summary>Creates the attribute.</summary>
        /// <param name="justification">Why the processing serves a medical or safety purpose.</param>
        public MedicalOrSafetyPurposeAttribute(string justification) => Justification = justification;

        /// <summary>Why the processing serves a medical or safety purpose.</summary>
        public string Justification { get; }
    }
}

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis.Diagnostics;

namespace BorderTechAnalyzers.Infrastructure
{
    /// <summary>
    /// The <c>bordertech.*</c> .editorconfig/.globalconfig options and the MSBuild properties the package passes in,
    /// parsed once per distinct option set. A bad value falls back to the default and is listed in <see cref="Errors"/>
    /// for BT9002.
    /// </summary>
    internal sealed class BorderTechOptions
    {
        public const string MaxRetentionDaysKey = "bordertech.max_retention_days";
        public const string ConsentAttributesKey = "bordertech.consent_attributes";
        public const string DeploymentContextKey = "bordertech.deployment_context";
        public const string RequireConsentForDetectionKey = "bordertech.require_consent_for_detection";
        public const string BuildDateKey = "build_property.BorderTechBuildDate";

        public const int DefaultMaxRetentionDays = 1095;

        private static readonly ConditionalWeakTable<AnalyzerConfigOptions, BorderTechOptions> s_cache = new();

        private BorderTechOptions()
        {
        }

        public int MaxRetentionDays { get; private set; } = DefaultMaxRetentionDays;

        public ImmutableArray<string> ConsentAttributes { get; private set; } = ImmutableArray<string>.Empty;

        /// <summary>The context named by the option, or null when unset (the assembly attribute wins over it).</summary>
        public DeploymentContext? DeploymentContext { get; private set; }

        public bool RequireConsentForDetection { get; private set; }

        /// <summary>The build date the package passes in (MSBuild property BorderTechBuildDate), or null outside a build.</summary>
        public DateTime? BuildDate { get; private set; }

        public ImmutableArray<OptionError> Errors { get; private set; } = ImmutableArray<OptionError>.Empty;

        public static BorderTechOptions For(AnalyzerConfigOptions options) => s_cache.GetValue(options, Parse);

        public static BorderTechOptions For(AnalyzerOptions options, Microsoft.CodeAnalysis.SyntaxTree? tree)
            => For(tree is null ? options.AnalyzerConfigOptionsProvider.GlobalOptions : options.AnalyzerConfigOptionsProvider.GetOptions(tree));

        private static BorderTechOptions Parse(AnalyzerConfigOptions options)
        {
            var result = new BorderTechOptions();
            var errors = new List<OptionError>();

            if (options.TryGetValue(MaxRetentionDaysKey, out var days))
            {
                if (int.TryParse(days.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed > 0)
                {
                    result.MaxRetentionDays = parsed;
                }
                else
                {
                    errors.Add(new OptionError(MaxRetentionDaysKey, days, $"is not a positive whole number of days; {DefaultMaxRetentionDays} is used"));
                }
            }

            if (options.TryGetValue(ConsentAttributesKey, out var names))
            {
                var valid = ImmutableArray.CreateBuilder<string>();
                foreach (var raw in names.Split(','))
                {
                    var name = raw.Trim();
                    if (name.Length == 0)
                    {
                        continue;
                    }

                    if (IsMetadataName(name))
                    {
                        valid.Add(name);
                    }
                    else
                    {
                        errors.Add(new OptionError(ConsentAttributesKey, name, "is not a full type name such as 'Acme.Privacy.RequiresConsentAttribute'; it is ignored"));
                    }
                }

                result.ConsentAttributes = valid.ToImmutable();
            }

            if (options.TryGetValue(DeploymentContextKey, out var context))
            {
                if (DeploymentContexts.TryParseOption(context, out var parsed))
                {
                    result.DeploymentContext = parsed;
                }
                else
                {
                    errors.Add(new OptionError(DeploymentContextKey, context, $"is not one of {DeploymentContexts.OptionValues}; general is used"));
                }
            }

            if (options.TryGetValue(RequireConsentForDetectionKey, out var require))
            {
                if (bool.TryParse(require.Trim(), out var parsed))
                {
                    result.RequireConsentForDetection = parsed;
                }
                else
                {
                    errors.Add(new OptionError(RequireConsentForDetectionKey, require, "is not true or false; false is used"));
                }
            }

            if (options.TryGetValue(BuildDateKey, out var date) && date.Trim().Length > 0)
            {
                if (TryParseDate(date, out var parsed))
                {
                    result.BuildDate = parsed;
                }
                else
                {
                    errors.Add(new OptionError("BorderTechBuildDate", date, "is not a date in the form yyyy-MM-dd; review dates are not checked"));
                }
            }

            result.Errors = errors.ToImmutableArray();
            return result;
        }

        public static bool TryParseDate(string text, out DateTime date)
            => DateTime.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

        private static bool IsMetadataName(string name)
        {
            var expectStart = true;
            foreach (var c in name)
            {
                if (c == '.' || c == '+')
                {
                    if (expectStart)
                    {
                        return false;
                    }

                    expectStart = true;
                    continue;
                }

                if (expectStart ? !(char.IsLetter(c) || c == '_') : !(char.IsLetterOrDigit(c) || c == '_' || c == '`'))
                {
                    return false;
                }

                expectStart = false;
            }

            return !expectStart;
        }
    }

    internal readonly struct OptionError
    {
        public OptionError(string key, string value, string problem)
        {
            Key = key;
            Value = value;
            Problem = problem;
        }

        public string Key { get; }

        public string Value { get; }

        public string Problem { get; }
    }
}

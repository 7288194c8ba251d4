using System;
using System.Collections.Immutable;

namespace BorderTechAnalyzers.Infrastructure
{
    /// <summary>A value test that must hold for an entry to apply at a site.</summary>
    internal abstract class CatalogCondition
    {
        /// <summary>Words for the evidence part of a message, e.g. <c>"ALL"</c>.</summary>
        public abstract string Describe();
    }

    /// <summary>
    /// <c>contains "ALL", "EMOTIONS"</c>: a value that reaches the member holds one of the tokens (a string or one of
    /// its comma-separated parts, or the name of a static member such as <c>Attribute.ALL</c>).
    /// With <c>key "face_field"</c> only dictionary values stored under that key count.
    /// </summary>
    internal sealed class ContainsCondition : CatalogCondition
    {
        public ContainsCondition(ImmutableArray<string> tokens, string? key)
        {
            Tokens = tokens;
            Key = key;
        }

        public ImmutableArray<string> Tokens { get; }

        public string? Key { get; }

        public bool Matches(string token)
        {
            foreach (var candidate in Tokens)
            {
                if (string.Equals(candidate, token, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }

        public override string Describe() => Key is null ? "contains " + Quote(Tokens) : "key \"" + Key + "\" contains " + Quote(Tokens);

        internal static string Quote(ImmutableArray<string> items) => "\"" + string.Join("\", \"", items) + "\"";
    }

    /// <summary>
    /// <c>model "emotion-ferplus", "haarcascade_frontalface*"</c>: a string passed to a loader names a model file that
    /// matches one of the patterns (case-insensitive; the pattern may occur anywhere in the name; <c>*</c> matches any run of characters).
    /// </summary>
    internal sealed class ModelCondition : CatalogCondition
    {
        public ModelCondition(ImmutableArray<string> patterns) => Patterns = patterns;

        public ImmutableArray<string> Patterns { get; }

        public string? FindMatch(string text)
        {
            foreach (var pattern in Patterns)
            {
                if (Glob.ContainsMatch(text, pattern))
                {
                    return pattern;
                }
            }

            return null;
        }

        public override string Describe() => "model " + ContainsCondition.Quote(Patterns);
    }

    /// <summary><c>= true</c>: the value assigned to the property, or passed to the method, is this constant.</summary>
    internal sealed class EqualsCondition : CatalogCondition
    {
        public EqualsCondition(object value, string text)
        {
            Value = value;
            Text = text;
        }

        public object Value { get; }

        public string Text { get; }

        public bool Matches(object? constant) => constant switch
        {
            null => false,
            bool b => Value is bool expected && b == expected,
            string s => Value is string expected && string.Equals(s, expected, StringComparison.OrdinalIgnoreCase),
            _ => Value is double number && IsNumber(constant, out var actual) && actual == number,
        };

        private static bool IsNumber(object value, out double number)
        {
            switch (value)
            {
                case int i: number = i; return true;
                case long l: number = l; return true;
                case short s: number = s; return true;
                case byte b: number = b; return true;
                case uint ui: number = ui; return true;
                case ulong ul: number = ul; return true;
                case float f: number = f; return true;
                case double d: number = d; return true;
                case decimal m: number = (double)m; return true;
                default: number = 0; return false;
            }
        }

        public override string Describe() => "= " + Text;
    }

    internal static class Glob
    {
        /// <summary>True when <paramref name="pattern"/> (with <c>*</c> wildcards) matches some substring of <paramref name="text"/>, ignoring case.</summary>
        public static bool ContainsMatch(string text, string pattern)
        {
            var parts = pattern.Split('*');
            var position = 0;
            foreach (var part in parts)
            {
                if (part.Length == 0)
                {
                    continue;
                }

                var found = text.IndexOf(part, position, StringComparison.OrdinalIgnoreCase);
                if (found < 0)
                {
                    return false;
                }

                position = found + part.Length;
            }

            return true;
        }
    }
}

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis.Text;

namespace BorderTechAnalyzers.Infrastructure
{
    /// <summary>A line that could not be read, with the reason in plain words.</summary>
    internal readonly struct CatalogError
    {
        public CatalogError(CatalogSource source, string message)
        {
            Source = source;
            Message = message;
        }

        public CatalogSource Source { get; }

        public string Message { get; }
    }

    internal sealed class ParsedCatalog
    {
        public static readonly ParsedCatalog Empty = new(ImmutableArray<CatalogEntry>.Empty, ImmutableArray<CatalogError>.Empty);

        public ParsedCatalog(ImmutableArray<CatalogEntry> entries, ImmutableArray<CatalogError> errors)
        {
            Entries = entries;
            Errors = errors;
        }

        public ImmutableArray<CatalogEntry> Entries { get; }

        public ImmutableArray<CatalogError> Errors { get; }
    }

    /// <summary>
    /// Reads the biometric API list format (see docs/catalog-format.md):
    /// <code>
    /// @vendor Amazon Rekognition
    /// @modality face
    /// identification        M:Amazon.Rekognition.IAmazonRekognition.SearchFacesAsync
    /// emotion,demographic   P:Amazon.Rekognition.Model.DetectFacesRequest.Attributes  contains "ALL"
    /// detection             M:OpenCvSharp.CascadeClassifier.#ctor  model "haarcascade_frontalface"
    /// !M:Amazon.Rekognition.IAmazonRekognition.DetectFaces
    /// </code>
    /// </summary>
    internal static class CatalogParser
    {
        public const string DefaultVendor = "unspecified vendor";
        public const string DefaultModality = "face";

        private static readonly string[] s_modalities = { "face", "fingerprint", "iris", "voice", "body", "palm", "multimodal" };

        public static ParsedCatalog Parse(SourceText text, string path)
        {
            var entries = ImmutableArray.CreateBuilder<CatalogEntry>();
            var errors = ImmutableArray.CreateBuilder<CatalogError>();
            var vendor = DefaultVendor;
            var modality = DefaultModality;

            foreach (var line in text.Lines)
            {
                var raw = line.ToString();
                var source = new CatalogSource(path, line.LineNumber + 1, line.Span);
                var content = StripComment(raw).Trim();
                if (content.Length == 0)
                {
                    continue;
                }

                if (content[0] == '@')
                {
                    ParseDirective(content, source, ref vendor, ref modality, errors);
                    continue;
                }

                if (TryParseEntry(content, source, vendor, modality, out var entry, out var error))
                {
                    entries.Add(entry!);
                }
                else
                {
                    errors.Add(new CatalogError(source, error!));
                }
            }

            return new ParsedCatalog(entries.ToImmutable(), errors.ToImmutable());
        }

        private static void ParseDirective(string content, CatalogSource source, ref string vendor, ref string modality, ImmutableArray<CatalogError>.Builder errors)
        {
            var space = content.IndexOfAny(new[] { ' ', '\t' });
            var name = space < 0 ? content.Substring(1) : content.Substring(1, space - 1);
            var value = space < 0 ? string.Empty : content.Substring(space + 1).Trim();
            switch (name.ToLowerInvariant())
            {
                case "vendor":
                    if (value.Length == 0)
                    {
                        errors.Add(new CatalogError(source, "'@vendor' needs a name, e.g. '@vendor Amazon Rekognition'"));
                        return;
                    }

                    vendor = value;
                    return;
                case "modality":
                    var lower = value.ToLowerInvariant();
                    if (Array.IndexOf(s_modalities, lower) < 0)
                    {
                        errors.Add(new CatalogError(source, $"unknown modality '{value}'; use one of {string.Join(", ", s_modalities)}"));
                        return;
                    }

                    modality = lower;
                    return;
                default:
                    errors.Add(new CatalogError(source, $"unknown directive '@{name}'; use '@vendor <name>' or '@modality <{string.Join("|", s_modalities)}>'"));
                    return;
            }
        }

        private static bool TryParseEntry(string content, CatalogSource source, string vendor, string modality, out CatalogEntry? entry, out string? error)
        {
            entry = null;
            var reader = new LineReader(content);
            var isExclusion = false;
            var categories = BiometricCategory.None;

            if (reader.TryConsume('!'))
            {
                isExclusion = true;
                reader.SkipSpaces();
            }
            else
            {
                var categoryText = reader.ReadWord();
                if (categoryText.Length == 0 || categoryText.IndexOf(':') >= 0)
                {
                    error = $"expected a category before '{Shorten(content)}'; use one or more of {BiometricCategories.KnownNames}, separated by commas";
                    return false;
                }

                foreach (var part in categoryText.Split(','))
                {
                    if (part.Length == 0)
                    {
                        error = $"empty category in '{categoryText}'";
                        return false;
                    }

                    if (!BiometricCategories.TryParse(part, out var category))
                    {
                        error = $"unknown category '{part}'; use one of {BiometricCategories.KnownNames}";
                        return false;
                    }

                    categories |= category;
                }

                reader.SkipSpaces();
            }

            var id = reader.ReadId();
            if (!TryParseId(id, out var kind, out var path, out var hasParameters, out error))
            {
                return false;
            }

            reader.SkipSpaces();
            CatalogCondition? condition = null;
            if (!reader.AtEnd)
            {
                if (isExclusion)
                {
                    error = "an exclusion line ('!') takes no condition";
                    return false;
                }

                if (!TryParseCondition(ref reader, out condition, out error))
                {
                    return false;
                }

                if (kind is CatalogTargetKind.Type or CatalogTargetKind.Namespace)
                {
                    error = $"a condition needs a member ('M:', 'P:' or 'F:'), not '{id.Substring(0, 2)}'";
                    return false;
                }

                if (condition is ModelCondition && kind != CatalogTargetKind.Method)
                {
                    error = "'model' applies to loader methods and constructors ('M:')";
                    return false;
                }
            }

            entry = new CatalogEntry(id, kind, path, hasParameters, categories, isExclusion, vendor, modality, condition, source);
            error = null;
            return true;
        }

        internal static bool TryParseId(string id, out CatalogTargetKind kind, out ImmutableArray<string> path, out bool hasParameters, out string? error)
        {
            kind = default;
            path = default;
            hasParameters = false;
            if (id.Length < 3 || id[1] != ':')
            {
                error = id.Length == 0
                    ? "expected a documentation comment ID such as 'M:Namespace.Type.Method'"
                    : $"'{Shorten(id)}' is not a documentation comment ID; start it with T:, N:, M:, P:, F: or E:";
                return false;
            }

            switch (id[0])
            {
                case 'T': kind = CatalogTargetKind.Type; break;
                case 'N': kind = CatalogTargetKind.Namespace; break;
                case 'M': kind = CatalogTargetKind.Method; break;
                case 'P': kind = CatalogTargetKind.Property; break;
                case 'F': kind = CatalogTargetKind.Field; break;
                case 'E': kind = CatalogTargetKind.Event; break;
                default:
                    error = $"unknown ID prefix '{id.Substring(0, 2)}'; use T:, N:, M:, P:, F: or E:";
                    return false;
            }

            var body = id.Substring(2);
            var paren = body.IndexOf('(');
            if (paren >= 0)
            {
                if (kind is not (CatalogTargetKind.Method or CatalogTargetKind.Property))
                {
                    error = "only methods and indexers ('M:', 'P:') take a parameter list";
                    return false;
                }

                if (body[body.Length - 1] != ')')
                {
                    error = $"unclosed parameter list in '{Shorten(id)}'";
                    return false;
                }

                hasParameters = true;
                body = body.Substring(0, paren);
            }

            var segments = body.Split('.');
            var builder = ImmutableArray.CreateBuilder<string>(segments.Length);
            for (var i = 0; i < segments.Length; i++)
            {
                var segment = segments[i];
                if (segment.StartsWith("#", StringComparison.Ordinal) && i == segments.Length - 1 && kind == CatalogTargetKind.Method)
                {
                    if (segment == "#ctor")
                    {
                        builder.Add(".ctor");
                        continue;
                    }

                    if (segment == "#cctor")
                    {
                        builder.Add(".cctor");
                        continue;
                    }
                }

                if (!IsValidSegment(segment))
                {
                    error = $"'{Shorten(id)}' has an invalid name part '{segment}'";
                    return false;
                }

                builder.Add(segment);
            }

            var minimum = kind == CatalogTargetKind.Namespace ? 1 : 2;
            if (builder.Count < minimum)
            {
                error = kind == CatalogTargetKind.Namespace
                    ? $"'{Shorten(id)}' names no namespace"
                    : $"'{Shorten(id)}' needs a containing {(kind == CatalogTargetKind.Type ? "namespace" : "type")} (write the full name)";
                return false;
            }

            path = builder.MoveToImmutable();
            error = null;
            return true;
        }

        private static bool IsValidSegment(string segment)
        {
            if (segment.Length == 0)
            {
                return false;
            }

            var tick = segment.IndexOf('`');
            var name = tick < 0 ? segment : segment.Substring(0, tick);
            if (name.Length == 0 || !(char.IsLetter(name[0]) || name[0] == '_'))
            {
                return false;
            }

            foreach (var c in name)
            {
                if (!(char.IsLetterOrDigit(c) || c == '_'))
                {
                    return false;
                }
            }

            if (tick >= 0)
            {
                var arity = segment.Substring(tick).TrimStart('`');
                return arity.Length > 0 && int.TryParse(arity, NumberStyles.None, CultureInfo.InvariantCulture, out _);
            }

            return true;
        }

        private static bool TryParseCondition(ref LineReader reader, out CatalogCondition? condition, out string? error)
        {
            condition = null;
            if (reader.TryConsume('='))
            {
                reader.SkipSpaces();
                var literal = reader.Rest().Trim();
                if (literal == "true" || literal == "false")
                {
                    condition = new EqualsCondition(literal == "true", literal);
                }
                else if (literal.Length >= 2 && literal[0] == '"' && literal[literal.Length - 1] == '"')
                {
                    condition = new EqualsCondition(literal.Substring(1, literal.Length - 2), literal);
                }
                else if (double.TryParse(literal, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
                {
                    condition = new EqualsCondition(number, literal);
                }
                else
                {
                    error = $"'= {literal}' needs true, false, a number or a quoted string";
                    return false;
                }

                error = null;
                return true;
            }

            var word = reader.ReadWord();
            switch (word)
            {
                case "contains":
                    if (!TryReadStrings(ref reader, "contains", out var tokens, out error))
                    {
                        return false;
                    }

                    condition = new ContainsCondition(tokens, key: null);
                    return true;
                case "key":
                    reader.SkipSpaces();
                    if (!reader.TryReadQuoted(out var key) || key.Length == 0)
                    {
                        error = "'key' needs a quoted dictionary key, e.g. key \"face_field\" contains \"emotion\"";
                        return false;
                    }

                    reader.SkipSpaces();
                    if (reader.ReadWord() != "contains")
                    {
                        error = $"expected 'contains' after key \"{key}\"";
                        return false;
                    }

                    if (!TryReadStrings(ref reader, "contains", out var keyed, out error))
                    {
                        return false;
                    }

                    condition = new ContainsCondition(keyed, key);
                    return true;
                case "model":
                    if (!TryReadStrings(ref reader, "model", out var patterns, out error))
                    {
                        return false;
                    }

                    condition = new ModelCondition(patterns);
                    return true;
                default:
                    error = $"unknown condition '{Shorten(word)}'; use 'contains \"...\"', 'key \"...\" contains \"...\"', 'model \"...\"' or '= value'";
                    return false;
            }
        }

        private static bool TryReadStrings(ref LineReader reader, string keyword, out ImmutableArray<string> values, out string? error)
        {
            var builder = ImmutableArray.CreateBuilder<string>();
            while (true)
            {
                reader.SkipSpaces();
                if (!reader.TryReadQuoted(out var value))
                {
                    error = builder.Count == 0
                        ? $"'{keyword}' needs one or more quoted values, e.g. {keyword} \"ALL\""
                        : $"expected a quoted value after ',' in '{keyword}'";
                    values = default;
                    return false;
                }

                if (value.Trim().Trim('*').Length == 0)
                {
                    error = $"empty value in '{keyword}'";
                    values = default;
                    return false;
                }

                builder.Add(value);
                reader.SkipSpaces();
                if (reader.AtEnd)
                {
                    break;
                }

                if (!reader.TryConsume(','))
                {
                    error = $"unexpected '{Shorten(reader.Rest())}' after the values of '{keyword}'";
                    values = default;
                    return false;
                }
            }

            values = builder.ToImmutable();
            error = null;
            return true;
        }

        /// <summary>Removes a trailing <c>#</c> or <c>//</c> comment that is outside quotes and starts a line or follows whitespace.</summary>
        internal static string StripComment(string line)
        {
            var inQuotes = false;
            for (var i = 0; i < line.Length; i++)
            {
                var c = line[i];
                if (c == '"')
                {
                    inQuotes = !inQuotes;
                    continue;
                }

                if (inQuotes)
                {
                    continue;
                }

                var startsComment = c == '#' || (c == '/' && i + 1 < line.Length && line[i + 1] == '/');
                if (startsComment && (i == 0 || char.IsWhiteSpace(line[i - 1])))
                {
                    return line.Substring(0, i);
                }
            }

            return line;
        }

        private static string Shorten(string text) => text.Length <= 60 ? text : text.Substring(0, 57) + "...";

        private struct LineReader
        {
            private readonly string _text;
            private int _position;

            public LineReader(string text)
            {
                _text = text;
                _position = 0;
            }

            public bool AtEnd => _position >= _text.Length;

            public void SkipSpaces()
            {
                while (_position < _text.Length && char.IsWhiteSpace(_text[_position]))
                {
                    _position++;
                }
            }

            public bool TryConsume(char c)
            {
                if (_position < _text.Length && _text[_position] == c)
                {
                    _position++;
                    return true;
                }

                return false;
            }

            public string ReadWord()
            {
                var start = _position;
                while (_position < _text.Length && !char.IsWhiteSpace(_text[_position]))
                {
                    _position++;
                }

                return _text.Substring(start, _position - start);
            }

            /// <summary>Reads an ID, keeping spaces inside a parameter list together.</summary>
            public string ReadId()
            {
                var start = _position;
                var depth = 0;
                while (_position < _text.Length)
                {
                    var c = _text[_position];
                    if (c == '(' || c == '{' || c == '[')
                    {
                        depth++;
                    }
                    else if (c == ')' || c == '}' || c == ']')
                    {
                        depth--;
                    }
                    else if (char.IsWhiteSpace(c) && depth <= 0)
                    {
                        break;
                    }

                    _position++;
                }

                return _text.Substring(start, _position - start).Replace(" ", string.Empty);
            }

            public bool TryReadQuoted(out string value)
            {
                value = string.Empty;
                if (_position >= _text.Length || _text[_position] != '"')
                {
                    return false;
                }

                var end = _text.IndexOf('"', _position + 1);
                if (end < 0)
                {
                    return false;
                }

                value = _text.Substring(_position + 1, end - _position - 1);
                _position = end + 1;
                return true;
            }

            public string Rest()
            {
                var rest = _text.Substring(_position);
                _position = _text.Length;
                return rest;
            }
        }
    }
}

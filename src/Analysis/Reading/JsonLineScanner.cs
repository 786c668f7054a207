using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Unicode;

namespace AgentSupport.Workbench.Analysis.Reading;

/// <summary>
/// Validates one line as UTF-8 holding a single RFC 8259 JSON value while noting where the
/// conversation fields are, in one pass and without allocating. The general-purpose readers build or walk every
/// token and slow down sharply on escaped text, which exports are full of; this scanner jumps through string
/// contents with a per-line index of quotes, escapes and control characters (<see cref="SpecialByteIndex"/>).
/// </summary>
internal ref struct JsonLineScanner
{
    private const int MaxDepth = 256;

    // Escaped property names are decoded here; a longer name is none of the few names looked for.
    private const int KeyScratchBytes = 64;

    private readonly ReadOnlySpan<byte> _json;
    private readonly ConversationScan _scan;

    // The bits of the line's special bytes, held here rather than through their index: the string scans read them most.
    private readonly ReadOnlySpan<ulong> _specials;

    // One scratch per line rather than per object: a key is compared before the next key is read.
    private readonly Span<byte> _keyScratch;
    private int _position;
    private int _depth;

    private JsonLineScanner(ReadOnlySpan<byte> json, ConversationScan scan, Span<byte> keyScratch)
    {
        _json = json;
        _scan = scan;
        _specials = scan.Specials.Bits;
        _keyScratch = keyScratch;
    }

    private string? Error { get; set; }

    private int ErrorPosition { get; set; }

    /// <summary>
    /// Scans <paramref name="json"/> into <paramref name="scan"/>; returns why the line is not valid UTF-8 JSON
    /// (with the 1-based byte where the problem is), or null when it is.
    /// </summary>
    public static string? Scan(ReadOnlySpan<byte> json, ConversationScan scan)
    {
        scan.Reset();

        // Pure ASCII is valid UTF-8, and the index notices non-ASCII bytes for free.
        if (scan.Specials.Build(json) && !Utf8.IsValid(json))
        {
            return $"invalid UTF-8 at byte {FirstInvalidUtf8(json) + 1}";
        }

        var scanner = new JsonLineScanner(json, scan, stackalloc byte[KeyScratchBytes]);
        scanner.ScanDocument();
        return scanner.Error is { } error ? $"invalid JSON at byte {scanner.ErrorPosition + 1}: {error}" : null;
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var offset = 0;
        while (offset < bytes.Length && Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed) == OperationStatus.Done)
        {
            offset += consumed;
        }

        return offset;
    }

    private void ScanDocument()
    {
        SkipWhitespace();
        var start = _position;
        if (Peek() == (byte)'{')
        {
            ScanRoot();
            _scan.Root = new ValueSpan(start, _position - start, JsonKind.Object, false);
        }
        else
        {
            ReadValue(out _scan.Root);
        }

        if (Error is null)
        {
            SkipWhitespace();
            if (_position < _json.Length)
            {
                Fail("unexpected data after the JSON value");
            }
        }
    }

    private void ScanRoot()
    {
        if (!Enter())
        {
            return;
        }

        var first = true;
        while (NextMember(ref first, out var name))
        {
            var key = Key(name);
            switch (key.Length)
            {
                case 4 when key.SequenceEqual("meta"u8):
                    _scan.ResetMeta();
                    ScanObjectOrValue(ref _scan.Meta, ObjectKind.Meta);
                    break;
                case 10 when key.SequenceEqual("transcript"u8):
                    _scan.ResetTranscript();
                    ScanTranscriptOrValue();
                    break;
                case 8 when key.SequenceEqual("outcomes"u8):
                    _scan.ResetOutcomes();
                    ScanObjectOrValue(ref _scan.Outcomes, ObjectKind.Outcomes);
                    break;
                case 15 when key.SequenceEqual("conversation_id"u8):
                    ReadValue(out _scan.ConversationId);
                    break;
                default:
                    ReadValue(out _);
                    break;
            }
        }
    }

    private enum ObjectKind
    {
        Meta,
        Outcomes,
    }

    /// <summary>Scans an object member by member, noting the fields of <paramref name="kind"/>, or any other value as is.</summary>
    private void ScanObjectOrValue(ref ValueSpan target, ObjectKind kind)
    {
        if (Peek() != (byte)'{')
        {
            ReadValue(out target);
            return;
        }

        var start = _position;
        if (!Enter())
        {
            return;
        }

        var first = true;
        while (NextMember(ref first, out var name))
        {
            ReadValue(out FieldOf(kind, Key(name)));
        }

        target = new ValueSpan(start, _position - start, JsonKind.Object, false);
    }

    /// <summary>Where a member's value goes: its field in the scan, or a discard for members nobody reads.</summary>
    private readonly ref ValueSpan FieldOf(ObjectKind kind, ReadOnlySpan<byte> key)
    {
        var scan = _scan;
        if (kind == ObjectKind.Outcomes)
        {
            if (key.SequenceEqual("csat_estimated_1_5"u8)) return ref scan.Csat;
            if (key.SequenceEqual("summary"u8)) return ref scan.Summary;
            return ref scan.Ignored;
        }

        switch (key.Length)
        {
            case 4 when key.SequenceEqual("tone"u8): return ref scan.Tone;
            case 4 when key.SequenceEqual("tono"u8): return ref scan.Tono;
            case 5 when key.SequenceEqual("canal"u8): return ref scan.Canal;
            case 6 when key.SequenceEqual("idioma"u8): return ref scan.Idioma;
            case 7 when key.SequenceEqual("context"u8): return ref scan.Context;
            case 7 when key.SequenceEqual("channel"u8): return ref scan.Channel;
            case 8 when key.SequenceEqual("language"u8): return ref scan.Language;
            case 8 when key.SequenceEqual("resolved"u8): return ref scan.Resolved;
            case 12 when key.SequenceEqual("duration_sec"u8): return ref scan.DurationSec;
            case 15 when key.SequenceEqual("conversation_id"u8): return ref scan.MetaConversationId;
            default: return ref scan.Ignored;
        }
    }

    private void ScanTranscriptOrValue()
    {
        if (Peek() != (byte)'[')
        {
            ReadValue(out _scan.Transcript);
            return;
        }

        var start = _position;
        if (!Enter())
        {
            return;
        }

        var first = true;
        while (NextElement(ref first))
        {
            _scan.TranscriptLength++;
            if (Peek() == (byte)'{')
            {
                _scan.Messages.Add(ScanMessage());
            }
            else
            {
                ReadValue(out _);
            }
        }

        _scan.Transcript = new ValueSpan(start, _position - start, JsonKind.Array, false);
    }

    private MessageSpans ScanMessage()
    {
        var message = default(MessageSpans);
        if (!Enter())
        {
            return message;
        }

        var first = true;
        while (NextMember(ref first, out var name))
        {
            var key = Key(name);
            switch (key.Length)
            {
                case 4 when key.SequenceEqual("role"u8):
                    ReadValue(out message.Role);
                    break;
                case 4 when key.SequenceEqual("text"u8):
                    ReadValue(out message.Text);
                    break;
                case 7 when key.SequenceEqual("speaker"u8):
                    ReadValue(out message.Speaker);
                    break;
                case 7 when key.SequenceEqual("content"u8):
                    ReadValue(out message.Content);
                    break;
                default:
                    ReadValue(out _);
                    break;
            }
        }

        return message;
    }

    /// <summary>A property name as UTF-8, unescaped (into the key scratch, valid until the next key) when it has escapes.</summary>
    private readonly ReadOnlySpan<byte> Key(ValueSpan name)
    {
        var raw = _json.Slice(name.Start, name.Length);
        return name.Escaped ? JsonText.Unescape(raw, _keyScratch) : raw;
    }

    /// <summary>Reads any value, validating it; containers are skipped whole.</summary>
    private void ReadValue(out ValueSpan value)
    {
        value = default;
        if (Error is not null)
        {
            return;
        }

        var start = _position;
        switch (Peek())
        {
            case (byte)'"':
                ReadString(out value);
                return;
            case (byte)'{':
                if (Enter())
                {
                    var first = true;
                    while (NextMember(ref first, out _))
                    {
                        ReadValue(out _);
                    }
                }

                value = new ValueSpan(start, _position - start, JsonKind.Object, false);
                return;
            case (byte)'[':
                if (Enter())
                {
                    var first = true;
                    while (NextElement(ref first))
                    {
                        ReadValue(out _);
                    }
                }

                value = new ValueSpan(start, _position - start, JsonKind.Array, false);
                return;
            case (byte)'t':
                ReadLiteral("true"u8, JsonKind.True, out value);
                return;
            case (byte)'f':
                ReadLiteral("false"u8, JsonKind.False, out value);
                return;
            case (byte)'n':
                ReadLiteral("null"u8, JsonKind.Null, out value);
                return;
            case (byte)'-' or (>= (byte)'0' and <= (byte)'9'):
                ReadNumber(out value);
                return;
            default:
                if (_position < _json.Length)
                {
                    FailUnexpectedCharacter();
                }
                else
                {
                    Fail("unexpected end of line, a value was expected");
                }

                return;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void ReadString(out ValueSpan value)
    {
        value = default;
        var start = ++_position;
        var escaped = false;
        while (true)
        {
            var special = SpecialByteIndex.Next(_specials, _position);
            if (special < 0)
            {
                Fail("unterminated string", start - 1);
                return;
            }

            _position = special;
            var b = _json[_position];
            if (b == (byte)'"')
            {
                value = new ValueSpan(start, _position - start, JsonKind.String, escaped);
                _position++;
                return;
            }

            if (b != (byte)'\\')
            {
                Fail("control character in a string (it must be escaped)");
                return;
            }

            escaped = true;
            if (!SkipEscape())
            {
                return;
            }
        }
    }

    private bool SkipEscape()
    {
        var escape = _position + 1 < _json.Length ? _json[_position + 1] : (byte)0;
        switch (escape)
        {
            case (byte)'"' or (byte)'\\' or (byte)'/' or (byte)'b' or (byte)'f' or (byte)'n' or (byte)'r' or (byte)'t':
                _position += 2;
                return true;
            case (byte)'u':
                for (var i = _position + 2; i < _position + 6; i++)
                {
                    if (i >= _json.Length || !JsonText.IsHexDigit(_json[i]))
                    {
                        Fail("invalid \\u escape (4 hex digits expected)");
                        return false;
                    }
                }

                _position += 6;
                return true;
            default:
                Fail("invalid escape in a string");
                return false;
        }
    }

    private void ReadNumber(out ValueSpan value)
    {
        value = default;
        var start = _position;
        if (Peek() == (byte)'-')
        {
            _position++;
        }

        if (Peek() == (byte)'0')
        {
            _position++;
        }
        else if (!SkipDigits())
        {
            Fail("invalid number: a digit was expected");
            return;
        }

        if (Peek() == (byte)'.')
        {
            _position++;
            if (!SkipDigits())
            {
                Fail("invalid number: a digit was expected after '.'");
                return;
            }
        }

        if (Peek() is (byte)'e' or (byte)'E')
        {
            _position++;
            if (Peek() is (byte)'+' or (byte)'-')
            {
                _position++;
            }

            if (!SkipDigits())
            {
                Fail("invalid number: a digit was expected in the exponent");
                return;
            }
        }

        value = new ValueSpan(start, _position - start, JsonKind.Number, false);
    }

    private bool SkipDigits()
    {
        var start = _position;
        while (_position < _json.Length && char.IsAsciiDigit((char)_json[_position]))
        {
            _position++;
        }

        return _position > start;
    }

    private void ReadLiteral(ReadOnlySpan<byte> literal, JsonKind kind, out ValueSpan value)
    {
        value = default;
        if (!_json[_position..].StartsWith(literal))
        {
            FailUnexpectedCharacter();
            return;
        }

        value = new ValueSpan(_position, literal.Length, kind, false);
        _position += literal.Length;
    }

    /// <summary>Consumes the '{' or '[' of a container, within the depth limit.</summary>
    private bool Enter()
    {
        if (++_depth > MaxDepth)
        {
            FailTooDeep();
            return false;
        }

        _position++;
        return true;
    }

    /// <summary>
    /// Moves to the next member of the object being read: true with the name read and the position on its value,
    /// false after the closing brace or on an error.
    /// </summary>
    private bool NextMember(ref bool first, out ValueSpan name)
    {
        name = default;
        if (!NextItem(ref first, (byte)'}'))
        {
            return false;
        }

        if (Peek() != (byte)'"')
        {
            return Fail("a property name in double quotes was expected");
        }

        ReadString(out name);
        SkipWhitespace();
        if (Error is not null || Peek() != (byte)':')
        {
            return Error is null && Fail("':' was expected after a property name");
        }

        _position++;
        SkipWhitespace();
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool NextElement(ref bool first) => NextItem(ref first, (byte)']');

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool NextItem(ref bool first, byte close)
    {
        if (Error is not null)
        {
            return false;
        }

        SkipWhitespace();
        // After a comma the next item is required, so "[1,]" fails on the ']' as an unexpected value.
        if (Peek() == close)
        {
            _position++;
            _depth--;
            return false;
        }

        if (!first)
        {
            if (Peek() != (byte)',')
            {
                return FailNoSeparator(close);
            }

            _position++;
            SkipWhitespace();
        }

        first = false;
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void SkipWhitespace()
    {
        // Locals, so that the loop runs in registers instead of through the fields of this struct.
        var json = _json;
        var position = _position;
        while ((uint)position < (uint)json.Length && json[position] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            position++;
        }

        _position = position;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private readonly byte Peek() => _position < _json.Length ? _json[_position] : (byte)0;

    private bool Fail(string message, int? at = null)
    {
        if (Error is null)
        {
            Error = message;
            ErrorPosition = at ?? _position;
        }

        return false;
    }

    // The messages that need formatting are built out of line: in the hot methods their locals cost a frame to clear on every call.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool FailUnexpectedCharacter() => Fail($"unexpected character {Describe(_json[_position])}");

    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool FailTooDeep() => Fail($"nested deeper than {MaxDepth} levels");

    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool FailNoSeparator(byte close) => Fail($"',' or '{(char)close}' was expected");

    private static string Describe(byte b) => b is >= 0x20 and < 0x7F ? $"'{(char)b}'" : $"byte 0x{b:X2}";
}

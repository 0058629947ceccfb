using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace PyAot.Runtime;

/// <summary>
/// Deduplication of short str results: <c>a + b</c>, the words of <c>s.split()</c>, <c>lower()</c>/<c>upper()</c>/
/// <c>capitalize()</c> of ASCII text return an equal string made recently instead of a new one when there is one.
/// <para>
/// Text processing makes the same short strings over and over (words, tokens, keys): with a tracing GC, a million
/// equal words kept in a list are a million objects to mark and move at every full collection (CPython pays
/// nothing for them: reference counting). Sharing one object per distinct recent value makes them a few thousand.
/// Observable only through <c>is</c>/<c>id()</c> of equal strs, which CPython does not define either (it shares
/// one-character strs, interned names and constants, and not other results).
/// </para>
/// <para>
/// A two-way set-associative table of strings of at most <see cref="MaxLength"/> chars, indexed by a hash of their
/// text; a hit is checked against the whole text, a miss allocates as before and replaces the older entry of the
/// set. Lock-free and safe with threads: entries are whole references, and every hit is validated.
/// </para>
/// </summary>
public static class ShortStrings
{
    /// <summary>Longer results are always new strings (hashing them would cost more than it saves).</summary>
    public const int MaxLength = 16;

    private const int Sets = 4096; // 8192 entries: 64 KiB of references
    private static readonly string?[] Table = new string?[Sets * 2];

    // A text of 2..16 chars as up to four overlapping little-endian words that together cover every char:
    // equal lengths and equal words mean equal texts, and the hash is a mix of them (no loop over the chars).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Load64(ref char r, int at) => Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<char, byte>(ref Unsafe.Add(ref r, at)));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Load32(ref char r, int at) => Unsafe.ReadUnaligned<uint>(ref Unsafe.As<char, byte>(ref Unsafe.Add(ref r, at)));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Words(ref char r, int n, out ulong a, out ulong b, out ulong c, out ulong d)
    {
        if (n >= 4)
        {
            a = Load64(ref r, 0);
            b = Load64(ref r, n - 4);
            if (n > 8)
            {
                c = Load64(ref r, 4);
                d = Load64(ref r, n - 8);
            }
            else
                c = d = 0;
        }
        else
        {
            a = Load32(ref r, 0);
            b = Load32(ref r, n - 2);
            c = d = 0;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Matches(string? e, int n, ulong a, ulong b, ulong c, ulong d)
    {
        if (e is null || e.Length != n)
            return false;
        Words(ref MemoryMarshal.GetReference(e.AsSpan()), n, out ulong ea, out ulong eb, out ulong ec, out ulong ed);
        return ((ea ^ a) | (eb ^ b) | (ec ^ c) | (ed ^ d)) == 0;
    }

    /// <summary>A string equal to <paramref name="text"/> (a shared one when the table has it).</summary>
    public static string Get(ReadOnlySpan<char> text)
    {
        int n = text.Length;
        if (n > MaxLength)
            return new string(text);
        if (n <= 1)
            return n == 0 ? "" : StrCache.Char(text[0]);
        Words(ref MemoryMarshal.GetReference(text), n, out ulong a, out ulong b, out ulong c, out ulong d);
        // Independent products (a short dependency chain: the table load waits on this), the top bits of the sum.
        ulong h = (a + (ulong)n) * 0x9E3779B97F4A7C15UL + b * 0xC2B2AE3D27D4EB4FUL + c * 0x165667B19E3779F9UL + d * 0x27D4EB2F165667C5UL;
        int set = (int)((h ^ (h << 21)) >> 52) * 2; // 12 bits: Sets == 4096
        var table = Table;
        string? e = table[set];
        if (Matches(e, n, a, b, c, d))
            return e!;
        e = table[set + 1];
        if (Matches(e, n, a, b, c, d))
            return e!;
        return Insert(table, set, new string(text));
    }

    /// <summary><c>s[start:start + length]</c> (the string itself when that is all of it).</summary>
    public static string Substring(string s, int start, int length)
    {
        if (length == s.Length)
            return s;
        return Get(s.AsSpan(start, length));
    }

    /// <summary><c>a + b</c> for two strs (the non-empty one itself when the other is empty, as CPython does).</summary>
    public static string Concat(string a, string b)
    {
        if (a.Length == 0)
            return b;
        if (b.Length == 0)
            return a;
        int n = a.Length + b.Length;
        if (n > MaxLength)
            return string.Concat(a, b);
        Span<char> buffer = stackalloc char[MaxLength];
        for (int i = 0; i < a.Length; i++)
            buffer[i] = a[i];
        for (int i = 0; i < b.Length; i++)
            buffer[a.Length + i] = b[i];
        return Get(buffer.Slice(0, n));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static string Insert(string?[] table, int set, string s)
    {
        table[set + 1] = table[set];
        table[set] = s;
        return s;
    }
}

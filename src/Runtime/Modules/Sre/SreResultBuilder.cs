using System;
using System.Buffers;
using System.Collections.Generic;

namespace PyAot.Runtime;

/// <summary>
/// The result of a <c>sub()</c> as it is built: the subject's text between matches, kept as positions rather than
/// sliced out, and the replacements. Joined once at the end into one str or bytes, which is what CPython's
/// pattern_subx makes of its list of slices, without a str or bytes object per slice.
/// </summary>
internal sealed class SreResultBuilder(SreSubject subject)
{
    /// <summary>A piece: the subject's [Start, End), or when Start is negative, replacement number -Start - 1. No
    /// references, so that the pieces of a large result (rented, often from the large-object heap) are nothing for
    /// the collector to scan.</summary>
    private struct Piece
    {
        public int Start, End;
    }

    private Piece[] _pieces = ArrayPool<Piece>.Shared.Rent(16);
    private int _count;

    /// <summary>The replacements, each once when the same one follows itself (a literal replacement).</summary>
    private readonly List<PyValue> _items = new();

    /// <summary>Whether every replacement is an exact str (for a str subject) or exact bytes (for bytes), so that
    /// the pieces can be copied directly; otherwise the join goes through <see cref="SreJoin"/> with its checks and
    /// messages.</summary>
    private bool _plain = true;

    public void AddSlice(int start, int end)
    {
        ref var piece = ref Next();
        piece.Start = start;
        piece.End = end;
    }

    public void Add(PyValue item)
    {
        if (subject.IsBytes ? item.Ref is not PyBytes : item.Ref is not string)
            _plain = false;
        int last = _items.Count - 1;
        if (last < 0 || !ReferenceEquals(_items[last].Ref, item.Ref) || _items[last].Bits != item.Bits)
        {
            _items.Add(item);
            last++;
        }
        Next().Start = -1 - last;
    }

    private ref Piece Next()
    {
        if (_count == _pieces.Length)
        {
            var larger = ArrayPool<Piece>.Shared.Rent(_count * 2);
            _pieces.AsSpan(0, _count).CopyTo(larger);
            ArrayPool<Piece>.Shared.Return(_pieces);
            _pieces = larger;
        }
        return ref _pieces[_count++];
    }

    private PyValue ItemOf(int i) => _items[-1 - _pieces[i].Start];

    private bool IsSlice(int i) => _pieces[i].Start >= 0;

    /// <summary>The result; the builder is not used after.</summary>
    public PyValue Join()
    {
        try
        {
            return JoinPieces();
        }
        finally
        {
            ArrayPool<Piece>.Shared.Return(_pieces);
            _pieces = [];
        }
    }

    private PyValue JoinPieces()
    {
        if (_count == 0)
            return subject.Empty;
        if (_count == 1 || !_plain)
        {
            var parts = new List<PyValue>(_count);
            for (int i = 0; i < _count; i++)
                parts.Add(IsSlice(i) ? subject.Slice(_pieces[i].Start, _pieces[i].End) : ItemOf(i));
            return SreJoin.Join(parts, subject.IsBytes);
        }
        if (subject.IsBytes)
        {
            long total = 0;
            for (int i = 0; i < _count; i++)
                total += BytesOf(i).Length;
            if (total > Array.MaxLength)
                throw PyException.OverflowError("join() result is too long for bytes");
            // (every byte is written below: no need to clear them first)
            var result = GC.AllocateUninitializedArray<byte>((int)total);
            int at = 0;
            for (int i = 0; i < _count; i++)
            {
                var span = BytesOf(i);
                span.CopyTo(result.AsSpan(at));
                at += span.Length;
            }
            return PyValue.FromObject(new PyBytes(result));
        }
        long length = 0;
        for (int i = 0; i < _count; i++)
            length += CharsOf(i).Length;
        if (length > int.MaxValue)
            throw PyException.OverflowError("join() result is too long for a Python string");
        return PyValue.FromString(string.Create((int)length, this, static (dest, self) =>
        {
            int at = 0;
            for (int i = 0; i < self._count; i++)
            {
                var span = self.CharsOf(i);
                span.CopyTo(dest[at..]);
                at += span.Length;
            }
        }));
    }

    private ReadOnlySpan<byte> BytesOf(int i) => IsSlice(i)
        ? subject.BytesOf(_pieces[i].Start, _pieces[i].End)
        : ((PyBytes)ItemOf(i).Ref!).AsSpan();

    private ReadOnlySpan<char> CharsOf(int i) => IsSlice(i)
        ? subject.CharsOf(_pieces[i].Start, _pieces[i].End)
        : ((string)ItemOf(i).Ref!).AsSpan();
}

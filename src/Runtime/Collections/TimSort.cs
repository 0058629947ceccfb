using System;

namespace PyAot.Runtime;

/// <summary>
/// CPython 3.12's list sort (<c>Objects/listobject.c</c>, <c>Objects/listsort.txt</c>): natural runs found by
/// <c>count_run</c> (a strictly descending run is reversed), short runs extended to minrun by binary insertion, runs
/// merged by the powersort policy, merges that gallop when one run keeps winning. Python code sees the sort through its
/// comparisons, so they are CPython's, in CPython's order: the same number of <c>__lt__</c> calls on the same pairs,
/// and, when a comparison raises, the keys (and values) left as a permutation of what they were.
/// </summary>
internal ref struct TimSort<TLess> where TLess : struct, ListSort.ILess
{
    /// <summary>Galloping starts when one run wins this many times in a row (MIN_GALLOP).</summary>
    private const int MinGallopStart = 7;

    private readonly Span<PyValue> _keys;
    private readonly Span<PyValue> _values;
    private readonly bool _hasValues;
    private TLess _less;

    /// <summary>The threshold for entering galloping mode, nudged by how well galloping pays.</summary>
    private int _minGallop;

    /// <summary>Scratch space for a merge: a copy of the smaller run.</summary>
    private PyValue[] _tmpKeys;
    private PyValue[] _tmpValues;

    /// <summary>The pending runs: start, length and powersort level; a run is merged away before its neighbours.</summary>
    private readonly int[] _runStart;
    private readonly int[] _runLength;
    private readonly int[] _runPower;
    private int _runs;

    private TimSort(Span<PyValue> keys, Span<PyValue> values, TLess less)
    {
        _keys = keys;
        _values = values;
        _hasValues = values.Length > 0;
        _less = less;
        _minGallop = MinGallopStart;
        _tmpKeys = Array.Empty<PyValue>();
        _tmpValues = Array.Empty<PyValue>();
        // (at most floor(log2(n)) + 1 runs pend at once)
        _runStart = new int[64];
        _runLength = new int[64];
        _runPower = new int[64];
        _runs = 0;
    }

    /// <summary>Sorts <paramref name="keys"/> stably, moving <paramref name="values"/> (empty: none) along.</summary>
    public static void Sort(Span<PyValue> keys, Span<PyValue> values, TLess less)
    {
        if (keys.Length < 2)
            return;
        new TimSort<TLess>(keys, values, less).Run();
    }

    private bool Less(in PyValue a, in PyValue b) => _less.Less(a, b);

    private void Run()
    {
        int n = _keys.Length;
        int minRun = MinRun(n);
        int lo = 0;
        int remaining = n;
        do
        {
            int run = CountRun(lo, lo + remaining, out bool descending);
            if (descending)
                Reverse(lo, run);
            if (run < minRun)
            {
                int force = remaining <= minRun ? remaining : minRun;
                BinarySort(lo, lo + force, lo + run);
                run = force;
            }
            FoundNewRun(run);
            _runStart[_runs] = lo;
            _runLength[_runs] = run;
            _runs++;
            lo += run;
            remaining -= run;
        }
        while (remaining > 0);
        // merge_force_collapse
        while (_runs > 1)
        {
            int i = _runs - 2;
            if (i > 0 && _runLength[i - 1] < _runLength[i + 1])
                i--;
            MergeAt(i);
        }
    }

    /// <summary>merge_compute_minrun: n itself below 64, else a length in [32, 64] that makes n / minrun a power of 2 or
    /// a little below one.</summary>
    private static int MinRun(int n)
    {
        int r = 0;
        while (n >= 64)
        {
            r |= n & 1;
            n >>= 1;
        }
        return n + r;
    }

    /// <summary>count_run (3.12): the length of the run starting at <paramref name="lo"/>, ascending (each next key not
    /// less than the one before) or strictly descending.</summary>
    private int CountRun(int lo, int hi, out bool descending)
    {
        descending = false;
        int i = lo + 1;
        if (i == hi)
            return 1;
        int n = 2;
        if (Less(_keys[i], _keys[i - 1]))
        {
            descending = true;
            for (i++; i < hi && Less(_keys[i], _keys[i - 1]); i++)
                n++;
        }
        else
        {
            for (i++; i < hi && !Less(_keys[i], _keys[i - 1]); i++)
                n++;
        }
        return n;
    }

    private void Reverse(int lo, int length)
    {
        _keys.Slice(lo, length).Reverse();
        if (_hasValues)
            _values.Slice(lo, length).Reverse();
    }

    /// <summary>binarysort: [lo, start) is sorted; inserts each key of [start, hi) at its place by binary search (after
    /// any equal keys: stable).</summary>
    private void BinarySort(int lo, int hi, int start)
    {
        if (start == lo)
            start++;
        for (; start < hi; start++)
        {
            var pivot = _keys[start];
            int l = lo, r = start;
            do
            {
                int p = l + ((r - l) >> 1);
                if (Less(pivot, _keys[p]))
                    r = p;
                else
                    l = p + 1;
            }
            while (l < r);
            // (every comparison is done before anything moves: a raising one leaves the keys as they were)
            _keys.Slice(l, start - l).CopyTo(_keys.Slice(l + 1));
            _keys[l] = pivot;
            if (_hasValues)
            {
                var value = _values[start];
                _values.Slice(l, start - l).CopyTo(_values.Slice(l + 1));
                _values[l] = value;
            }
        }
    }

    /// <summary>found_new_run: before a run of <paramref name="n2"/> is pushed, merges the pending runs whose powersort
    /// level is above the boundary's between the top run and the new one.</summary>
    private void FoundNewRun(int n2)
    {
        if (_runs == 0)
            return;
        int top = _runs - 1;
        int power = PowerLoop(_runStart[top], _runLength[top], n2, _keys.Length);
        while (_runs > 1 && _runPower[_runs - 2] > power)
            MergeAt(_runs - 2);
        _runPower[_runs - 1] = power;
    }

    /// <summary>powerloop: the depth of the boundary between runs [s1, s1 + n1) and [s1 + n1, s1 + n1 + n2) in the
    /// binary division of [0, n): the first bit where the scaled midpoints of the two runs differ.</summary>
    private static int PowerLoop(int s1, int n1, int n2, int n)
    {
        int result = 0;
        long a = 2L * s1 + n1; // twice the first run's midpoint
        long b = a + n1 + n2;  // twice the second's
        for (;;)
        {
            result++;
            if (a >= n)
            {
                a -= n;
                b -= n;
            }
            else if (b >= n)
            {
                break;
            }
            a <<= 1;
            b <<= 1;
        }
        return result;
    }

    /// <summary>merge_at: merges pending runs <paramref name="i"/> and <paramref name="i"/> + 1, after skipping the keys
    /// of the first already in place before the second's first key, and those of the second already after the first's
    /// last.</summary>
    private void MergeAt(int i)
    {
        int startA = _runStart[i], lengthA = _runLength[i];
        int startB = _runStart[i + 1], lengthB = _runLength[i + 1];
        _runLength[i] = lengthA + lengthB;
        if (i == _runs - 3)
        {
            _runStart[i + 1] = _runStart[i + 2];
            _runLength[i + 1] = _runLength[i + 2];
            _runPower[i + 1] = _runPower[i + 2];
        }
        _runs--;

        int k = GallopRight(_keys[startB], _keys.Slice(startA, lengthA), 0);
        startA += k;
        lengthA -= k;
        if (lengthA == 0)
            return;
        lengthB = GallopLeft(_keys[startA + lengthA - 1], _keys.Slice(startB, lengthB), lengthB - 1);
        if (lengthB == 0)
            return;
        if (lengthA <= lengthB)
            MergeLow(startA, lengthA, startB, lengthB);
        else
            MergeHigh(startA, lengthA, startB, lengthB);
    }

    /// <summary>gallop_left: where <paramref name="key"/> goes in sorted <paramref name="a"/>, before any equal keys
    /// (k with a[k-1] &lt; key &lt;= a[k]), searched from <paramref name="hint"/> outwards by doubling steps, then by
    /// bisection.</summary>
    private int GallopLeft(PyValue key, ReadOnlySpan<PyValue> a, int hint)
    {
        int n = a.Length;
        int lastOffset = 0, offset = 1;
        if (Less(a[hint], key))
        {
            // a[hint] < key: gallop right until a[hint + lastOffset] < key <= a[hint + offset]
            int maxOffset = n - hint;
            while (offset < maxOffset)
            {
                if (!Less(a[hint + offset], key))
                    break;
                lastOffset = offset;
                offset = (offset << 1) + 1;
                if (offset <= 0)
                    offset = maxOffset; // (overflow)
            }
            if (offset > maxOffset)
                offset = maxOffset;
            lastOffset += hint;
            offset += hint;
        }
        else
        {
            // key <= a[hint]: gallop left until a[hint - offset] < key <= a[hint - lastOffset]
            int maxOffset = hint + 1;
            while (offset < maxOffset)
            {
                if (Less(a[hint - offset], key))
                    break;
                lastOffset = offset;
                offset = (offset << 1) + 1;
                if (offset <= 0)
                    offset = maxOffset;
            }
            if (offset > maxOffset)
                offset = maxOffset;
            int k = lastOffset;
            lastOffset = hint - offset;
            offset = hint - k;
        }
        // a[lastOffset] < key <= a[offset]: bisect (lastOffset, offset]
        lastOffset++;
        while (lastOffset < offset)
        {
            int m = lastOffset + ((offset - lastOffset) >> 1);
            if (Less(a[m], key))
                lastOffset = m + 1;
            else
                offset = m;
        }
        return offset;
    }

    /// <summary>gallop_right: as <see cref="GallopLeft"/>, but after any keys equal to <paramref name="key"/>
    /// (k with a[k-1] &lt;= key &lt; a[k]).</summary>
    private int GallopRight(PyValue key, ReadOnlySpan<PyValue> a, int hint)
    {
        int n = a.Length;
        int lastOffset = 0, offset = 1;
        if (Less(key, a[hint]))
        {
            // key < a[hint]: gallop left until a[hint - offset] <= key < a[hint - lastOffset]
            int maxOffset = hint + 1;
            while (offset < maxOffset)
            {
                if (!Less(key, a[hint - offset]))
                    break;
                lastOffset = offset;
                offset = (offset << 1) + 1;
                if (offset <= 0)
                    offset = maxOffset;
            }
            if (offset > maxOffset)
                offset = maxOffset;
            int k = lastOffset;
            lastOffset = hint - offset;
            offset = hint - k;
        }
        else
        {
            // a[hint] <= key: gallop right until a[hint + lastOffset] <= key < a[hint + offset]
            int maxOffset = n - hint;
            while (offset < maxOffset)
            {
                if (Less(key, a[hint + offset]))
                    break;
                lastOffset = offset;
                offset = (offset << 1) + 1;
                if (offset <= 0)
                    offset = maxOffset;
            }
            if (offset > maxOffset)
                offset = maxOffset;
            lastOffset += hint;
            offset += hint;
        }
        lastOffset++;
        while (lastOffset < offset)
        {
            int m = lastOffset + ((offset - lastOffset) >> 1);
            if (Less(key, a[m]))
                offset = m;
            else
                lastOffset = m + 1;
        }
        return offset;
    }

    private void EnsureScratch(int need)
    {
        if (_tmpKeys.Length >= need)
            return;
        _tmpKeys = new PyValue[need];
        if (_hasValues)
            _tmpValues = new PyValue[need];
    }

    /// <summary>merge_lo: merges run A = [a, a + na) with the run B after it, na &lt;= nb, A's last key belonging at the
    /// end and B's first at the start; A is copied out and the merge fills from the left.</summary>
    private void MergeLow(int a, int na, int b, int nb)
    {
        EnsureScratch(na);
        _keys.Slice(a, na).CopyTo(_tmpKeys);
        if (_hasValues)
            _values.Slice(a, na).CopyTo(_tmpValues);
        int dest = a, ia = 0, ib = b;
        bool copyB = false;
        try
        {
            MoveFromRun(ib++, dest++);
            nb--;
            if (nb == 0)
                return;
            if (na == 1)
            {
                copyB = true;
                return;
            }
            int minGallop = _minGallop;
            for (;;)
            {
                int aWins = 0, bWins = 0;
                // One comparison at a time until one run keeps winning.
                for (;;)
                {
                    if (Less(_keys[ib], _tmpKeys[ia]))
                    {
                        MoveFromRun(ib++, dest++);
                        bWins++;
                        aWins = 0;
                        if (--nb == 0)
                            return;
                        if (bWins >= minGallop)
                            break;
                    }
                    else
                    {
                        MoveFromScratch(ia++, dest++);
                        aWins++;
                        bWins = 0;
                        if (--na == 1)
                        {
                            copyB = true;
                            return;
                        }
                        if (aWins >= minGallop)
                            break;
                    }
                }
                // Galloping, until neither run wins by MIN_GALLOP any more.
                minGallop++;
                do
                {
                    minGallop -= minGallop > 1 ? 1 : 0;
                    _minGallop = minGallop;
                    int k = GallopRight(_keys[ib], _tmpKeys.AsSpan(ia, na), 0);
                    aWins = k;
                    if (k != 0)
                    {
                        CopyFromScratch(ia, dest, k);
                        dest += k;
                        ia += k;
                        na -= k;
                        if (na == 1)
                        {
                            copyB = true;
                            return;
                        }
                        if (na == 0)
                            return; // (only with an inconsistent comparison)
                    }
                    MoveFromRun(ib++, dest++);
                    if (--nb == 0)
                        return;
                    k = GallopLeft(_tmpKeys[ia], _keys.Slice(ib, nb), 0);
                    bWins = k;
                    if (k != 0)
                    {
                        MoveRun(ib, dest, k);
                        dest += k;
                        ib += k;
                        nb -= k;
                        if (nb == 0)
                            return;
                    }
                    MoveFromScratch(ia++, dest++);
                    if (--na == 1)
                    {
                        copyB = true;
                        return;
                    }
                }
                while (aWins >= MinGallopStart || bWins >= MinGallopStart);
                minGallop++; // (leaving galloping mode costs)
                _minGallop = minGallop;
            }
        }
        finally
        {
            if (copyB)
            {
                // A's last key belongs after what is left of B.
                MoveRun(ib, dest, nb);
                MoveFromScratch(ia, dest + nb);
            }
            else if (na > 0)
            {
                // Done, or a comparison raised: what is left of A goes back, the keys a permutation of the input.
                CopyFromScratch(ia, dest, na);
            }
        }
    }

    /// <summary>merge_hi: as <see cref="MergeLow"/> with na &gt;= nb; B is copied out and the merge fills from the
    /// right.</summary>
    private void MergeHigh(int a, int na, int b, int nb)
    {
        EnsureScratch(nb);
        _keys.Slice(b, nb).CopyTo(_tmpKeys);
        if (_hasValues)
            _values.Slice(b, nb).CopyTo(_tmpValues);
        int baseA = a;
        int dest = b + nb - 1, ia = a + na - 1, ib = nb - 1;
        bool copyA = false;
        try
        {
            MoveFromRun(ia--, dest--);
            na--;
            if (na == 0)
                return;
            if (nb == 1)
            {
                copyA = true;
                return;
            }
            int minGallop = _minGallop;
            for (;;)
            {
                int aWins = 0, bWins = 0;
                for (;;)
                {
                    if (Less(_tmpKeys[ib], _keys[ia]))
                    {
                        MoveFromRun(ia--, dest--);
                        aWins++;
                        bWins = 0;
                        if (--na == 0)
                            return;
                        if (aWins >= minGallop)
                            break;
                    }
                    else
                    {
                        MoveFromScratch(ib--, dest--);
                        bWins++;
                        aWins = 0;
                        if (--nb == 1)
                        {
                            copyA = true;
                            return;
                        }
                        if (bWins >= minGallop)
                            break;
                    }
                }
                minGallop++;
                do
                {
                    minGallop -= minGallop > 1 ? 1 : 0;
                    _minGallop = minGallop;
                    int k = na - GallopRight(_tmpKeys[ib], _keys.Slice(baseA, na), na - 1);
                    aWins = k;
                    if (k != 0)
                    {
                        dest -= k;
                        ia -= k;
                        MoveRun(ia + 1, dest + 1, k);
                        na -= k;
                        if (na == 0)
                            return;
                    }
                    MoveFromScratch(ib--, dest--);
                    if (--nb == 1)
                    {
                        copyA = true;
                        return;
                    }
                    k = nb - GallopLeft(_keys[ia], _tmpKeys.AsSpan(0, nb), nb - 1);
                    bWins = k;
                    if (k != 0)
                    {
                        dest -= k;
                        ib -= k;
                        CopyFromScratch(ib + 1, dest + 1, k);
                        nb -= k;
                        if (nb == 1)
                        {
                            copyA = true;
                            return;
                        }
                        if (nb == 0)
                            return; // (only with an inconsistent comparison)
                    }
                    MoveFromRun(ia--, dest--);
                    if (--na == 0)
                        return;
                }
                while (aWins >= MinGallopStart || bWins >= MinGallopStart);
                minGallop++;
                _minGallop = minGallop;
            }
        }
        finally
        {
            if (copyA)
            {
                // B's first key belongs before what is left of A.
                MoveRun(ia - na + 1, dest - na + 1, na);
                MoveFromScratch(ib, dest - na);
            }
            else if (nb > 0)
            {
                CopyFromScratch(0, dest - (nb - 1), nb);
            }
        }
    }

    /// <summary>Moves one key (and its value) within the list.</summary>
    private void MoveFromRun(int from, int to)
    {
        _keys[to] = _keys[from];
        if (_hasValues)
            _values[to] = _values[from];
    }

    private void MoveFromScratch(int from, int to)
    {
        _keys[to] = _tmpKeys[from];
        if (_hasValues)
            _values[to] = _tmpValues[from];
    }

    private void CopyFromScratch(int from, int to, int count)
    {
        _tmpKeys.AsSpan(from, count).CopyTo(_keys.Slice(to));
        if (_hasValues)
            _tmpValues.AsSpan(from, count).CopyTo(_values.Slice(to));
    }

    /// <summary>Moves <paramref name="count"/> keys within the list (the ranges may overlap).</summary>
    private void MoveRun(int from, int to, int count)
    {
        _keys.Slice(from, count).CopyTo(_keys.Slice(to));
        if (_hasValues)
            _values.Slice(from, count).CopyTo(_values.Slice(to));
    }
}

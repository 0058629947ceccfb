using System;
using System.Collections.Generic;

namespace PyAot.Runtime;

/// <summary>The pieces of a <c>sub()</c> result or an expanded template joined into one str or bytes, with the
/// TypeError of CPython's <c>str.join</c> or <c>bytes.join</c> for a piece of the other kind.</summary>
internal static class SreJoin
{
    public static PyValue Join(List<PyValue> parts, bool bytes)
    {
        if (!bytes)
            return PyValue.FromString(StrOps.JoinItems("", parts.ToArray(), parts.Count));
        // bytes.join returns its one item when that is exact bytes.
        if (parts.Count == 1 && parts[0].Ref is PyBytes)
            return parts[0];
        int total = 0;
        for (int i = 0; i < parts.Count; i++)
        {
            if (!BytesLike.TryGetJoinItem(parts[i], out var b))
                throw PyException.TypeError($"sequence item {i}: expected a bytes-like object, {PyOps.TypeName(parts[i])} found");
            total += b.Length;
        }
        var result = new byte[total];
        int at = 0;
        foreach (var part in parts)
        {
            BytesLike.TryGetSpan(part, out var span);
            span.CopyTo(result.AsSpan(at));
            at += span.Length;
        }
        return PyValue.FromObject(new PyBytes(result));
    }
}

using System;
using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace PyAot.Runtime.Posix;

/// <summary>
/// <c>os.stat_result</c> from a <c>struct stat</c>, as CPython's <c>_pystat_fromstructstat</c> fills it: ten items
/// (the times as ints), and as attributes the float times (<c>st_atime</c>...), the nanosecond times, <c>st_blksize</c>,
/// <c>st_blocks</c> and <c>st_rdev</c>.
/// </summary>
internal static class StatResult
{
    /// <summary>Big enough for <c>struct stat</c> on every 64-bit Linux (144 bytes on x86-64, 128 on arm64).</summary>
    internal const int BufferSize = 256;

    private static readonly string[] Fields =
        { "st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", "st_atime", "st_mtime", "st_ctime" };

    private static readonly string[] Extras =
    {
        "st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns", "st_blksize", "st_blocks", "st_rdev",
    };

    /// <summary>The mode of a <c>struct stat</c> (for DirEntry's is_dir()...).</summary>
    internal static uint Mode(byte[] buf) =>
        BinaryPrimitives.ReadUInt32LittleEndian(buf.AsSpan(RuntimeInformation.ProcessArchitecture == Architecture.X64 ? 24 : 16));

    internal static PyValue From(byte[] buf)
    {
        var s = buf.AsSpan();
        bool x64 = RuntimeInformation.ProcessArchitecture == Architecture.X64;
        ulong dev = BinaryPrimitives.ReadUInt64LittleEndian(s);
        ulong ino = BinaryPrimitives.ReadUInt64LittleEndian(s.Slice(8));
        ulong nlink = x64 ? BinaryPrimitives.ReadUInt64LittleEndian(s.Slice(16)) : BinaryPrimitives.ReadUInt32LittleEndian(s.Slice(20));
        uint mode = Mode(buf);
        uint uid = BinaryPrimitives.ReadUInt32LittleEndian(s.Slice(x64 ? 28 : 24));
        uint gid = BinaryPrimitives.ReadUInt32LittleEndian(s.Slice(x64 ? 32 : 28));
        ulong rdev = BinaryPrimitives.ReadUInt64LittleEndian(s.Slice(x64 ? 40 : 32));
        long size = BinaryPrimitives.ReadInt64LittleEndian(s.Slice(48));
        long blksize = x64 ? BinaryPrimitives.ReadInt64LittleEndian(s.Slice(56)) : BinaryPrimitives.ReadInt32LittleEndian(s.Slice(56));
        long blocks = BinaryPrimitives.ReadInt64LittleEndian(s.Slice(64));
        Span<long> sec = stackalloc long[3];
        Span<long> nsec = stackalloc long[3];
        for (int i = 0; i < 3; i++)
        {
            sec[i] = BinaryPrimitives.ReadInt64LittleEndian(s.Slice(72 + 16 * i));
            nsec[i] = BinaryPrimitives.ReadInt64LittleEndian(s.Slice(80 + 16 * i));
        }
        var items = new[]
        {
            PyValue.FromInt(mode), Unsigned(ino), Unsigned(dev), Unsigned(nlink), PyValue.FromInt(uid), PyValue.FromInt(gid),
            PyValue.FromInt(size), PyValue.FromInt(sec[0]), PyValue.FromInt(sec[1]), PyValue.FromInt(sec[2]),
        };
        var extras = new PyValue[Extras.Length];
        for (int i = 0; i < 3; i++)
        {
            extras[i] = PyValue.FromFloat(sec[i] + nsec[i] * 1e-9);
            extras[3 + i] = PyValue.FromBigInteger(new System.Numerics.BigInteger(sec[i]) * 1_000_000_000 + nsec[i]);
        }
        extras[6] = PyValue.FromInt(blksize);
        extras[7] = PyValue.FromInt(blocks);
        extras[8] = Unsigned(rdev);
        return PyValue.FromObject(new PyTuple(items) { StructSequence = ("os.stat_result", Fields), StructExtras = (Extras, extras) });
    }

    private static PyValue Unsigned(ulong v) =>
        v <= long.MaxValue ? PyValue.FromInt((long)v) : PyValue.FromBigInteger(new System.Numerics.BigInteger(v));
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace PyAot.Runtime;

/// <summary>
/// Source lines for the frames of a NativeAOT binary. .NET 9's NativeAOT stack traces carry no file or line, but
/// the compiler writes DWARF line tables (from the <c>#line</c> directives, so they name the <c>.py</c> files) into
/// the symbol file next to the binary (<c>NAME.dbg</c>) or the binary itself. This reads the ELF section
/// <c>.debug_line</c> (DWARF 2–5) once, when the first traceback is printed, and maps an address relative to the
/// image base to the <c>.py</c> file and line. Anything unexpected yields no table (frames are then omitted).
/// </summary>
internal sealed class NativeLineTable
{
    private readonly ulong[] _addresses;
    /// <summary>Index into <see cref="_files"/>; -1 for code that is not Python (or the end of a sequence).</summary>
    private readonly int[] _fileIndex;
    private readonly int[] _lines;
    private readonly List<string> _files;

    private NativeLineTable(ulong[] addresses, int[] fileIndex, int[] lines, List<string> files)
    {
        _addresses = addresses;
        _fileIndex = fileIndex;
        _lines = lines;
        _files = files;
    }

    private static NativeLineTable? s_table;
    private static bool s_loaded;

    /// <summary>The table of this process's binary, or null when there are no usable symbols.</summary>
    public static NativeLineTable? ForProcess()
    {
        if (!s_loaded)
        {
            s_loaded = true;
            try
            {
                string? exe = Environment.ProcessPath;
                if (exe is not null)
                    s_table = Load(exe + ".dbg") ?? Load(Path.ChangeExtension(exe, ".dbg")) ?? Load(exe);
            }
            catch (Exception)
            {
                s_table = null;
            }
        }
        return s_table;
    }

    /// <summary>The .py file and line of the code at <paramref name="address"/> (relative to the image base).</summary>
    public bool TryLookup(ulong address, out string file, out int line)
    {
        file = "";
        line = 0;
        int lo = 0, hi = _addresses.Length - 1, found = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_addresses[mid] <= address)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }
        if (found < 0 || _fileIndex[found] < 0)
            return false;
        file = _files[_fileIndex[found]];
        line = _lines[found];
        return true;
    }

    private static NativeLineTable? Load(string path)
    {
        if (!File.Exists(path))
            return null;
        // (only the headers and the three sections are read: the symbol file is megabytes, its line table a part)
        using var elf = File.OpenRead(path);
        byte[]? header = ReadAt(elf, 0, 64);
        if (header is null || header[0] != 0x7f || header[1] != (byte)'E' || header[2] != (byte)'L' || header[3] != (byte)'F' || header[4] != 2 || header[5] != 1)
            return null; // 64-bit little-endian ELF only
        ulong shoff = BitConverter.ToUInt64(header, 0x28);
        int shentsize = BitConverter.ToUInt16(header, 0x3A);
        int shnum = BitConverter.ToUInt16(header, 0x3C);
        int shstrndx = BitConverter.ToUInt16(header, 0x3E);
        if (shoff == 0 || shnum == 0 || shstrndx >= shnum || shentsize < 0x28)
            return null;
        byte[]? sections = ReadAt(elf, (long)shoff, (long)shnum * shentsize);
        if (sections is null)
            return null;
        long SectionOffset(int i) => (long)BitConverter.ToUInt64(sections, i * shentsize + 0x18);
        long SectionSize(int i) => (long)BitConverter.ToUInt64(sections, i * shentsize + 0x20);
        uint SectionType(int i) => BitConverter.ToUInt32(sections, i * shentsize + 4);
        ulong SectionFlags(int i) => BitConverter.ToUInt64(sections, i * shentsize + 8);
        byte[]? names = ReadAt(elf, SectionOffset(shstrndx), SectionSize(shstrndx));
        if (names is null)
            return null;
        byte[]? line = null, lineStr = null, str = null;
        for (int i = 0; i < shnum; i++)
        {
            if (SectionType(i) == 8)
                continue; // SHT_NOBITS: stripped
            string name = CString(names, BitConverter.ToUInt32(sections, i * shentsize));
            if (name is not (".debug_line" or ".debug_line_str" or ".debug_str"))
                continue;
            byte[]? data = SectionData(elf, SectionOffset(i), SectionSize(i), (SectionFlags(i) & 0x800) != 0);
            switch (name)
            {
                case ".debug_line": line = data; break;
                case ".debug_line_str": lineStr = data; break;
                default: str = data; break;
            }
        }
        if (line is null)
            return null;
        var rows = new List<(ulong Addr, int File, int Line)>();
        var files = new List<string>();
        var fileIds = new Dictionary<string, int>();
        long pos = 0, end = line.Length;
        while (pos < end)
        {
            long next = ParseUnit(line, pos, end, lineStr, str, rows, files, fileIds);
            if (next <= pos)
                break;
            pos = next;
        }
        // At one address, the end of a sequence sorts before the row that starts the next one (the lookup takes the
        // last row at or below an address).
        rows.Sort((a, b) => a.Addr != b.Addr ? a.Addr.CompareTo(b.Addr) : (a.File >= 0 ? 1 : 0) - (b.File >= 0 ? 1 : 0));
        var addresses = new ulong[rows.Count];
        var fileIndex = new int[rows.Count];
        var lines = new int[rows.Count];
        for (int i = 0; i < rows.Count; i++)
        {
            addresses[i] = rows[i].Addr;
            fileIndex[i] = rows[i].File;
            lines[i] = rows[i].Line;
        }
        return new NativeLineTable(addresses, fileIndex, lines, files);
    }

    /// <summary>A section's bytes, inflated when it is compressed (SHF_COMPRESSED with zlib; null for other schemes).</summary>
    /// <summary><paramref name="count"/> bytes of <paramref name="file"/> at <paramref name="offset"/>, or null when
    /// they are not all there.</summary>
    private static byte[]? ReadAt(FileStream file, long offset, long count)
    {
        if (offset < 0 || count < 0 || count > int.MaxValue || offset + count > file.Length)
            return null;
        var data = new byte[count];
        file.Position = offset;
        int read = 0;
        while (read < data.Length)
        {
            int n = file.Read(data, read, data.Length - read);
            if (n <= 0)
                return null;
            read += n;
        }
        return data;
    }

    private static byte[]? SectionData(FileStream elf, long offset, long size, bool compressed)
    {
        byte[]? raw = ReadAt(elf, offset, size);
        if (raw is null || !compressed)
            return raw;
        if (size < 24 || BitConverter.ToUInt32(raw, 0) != 1)
            return null; // Elf64_Chdr: ch_type 1 = ELFCOMPRESS_ZLIB
        long inflated = (long)BitConverter.ToUInt64(raw, 8);
        if (inflated < 0 || inflated > int.MaxValue)
            return null;
        var result = new byte[inflated];
        using var input = new MemoryStream(raw, 24, raw.Length - 24);
        using var z = new System.IO.Compression.ZLibStream(input, System.IO.Compression.CompressionMode.Decompress);
        int read = 0;
        while (read < result.Length)
        {
            int n = z.Read(result, read, result.Length - read);
            if (n <= 0)
                break;
            read += n;
        }
        return result;
    }

    /// <summary>Runs one line-number program; returns the offset of the next unit.</summary>
    private static long ParseUnit(byte[] d, long pos, long sectionEnd, byte[]? lineStr, byte[]? str,
        List<(ulong, int, int)> rows, List<string> files, Dictionary<string, int> fileIds)
    {
        ulong unitLength = BitConverter.ToUInt32(d, (int)pos);
        pos += 4;
        bool dwarf64 = unitLength == 0xffffffff;
        if (dwarf64)
        {
            unitLength = BitConverter.ToUInt64(d, (int)pos);
            pos += 8;
        }
        long unitEnd = pos + (long)unitLength;
        if (unitEnd > sectionEnd)
            return -1;
        int version = BitConverter.ToUInt16(d, (int)pos);
        pos += 2;
        int addressSize = 8;
        if (version >= 5)
        {
            addressSize = d[pos];
            pos += 2; // address_size, segment_selector_size
        }
        long headerLength = dwarf64 ? (long)BitConverter.ToUInt64(d, (int)pos) : BitConverter.ToUInt32(d, (int)pos);
        pos += dwarf64 ? 8 : 4;
        long programStart = pos + headerLength;
        int minInst = d[pos++];
        if (version >= 4)
            pos++; // maximum_operations_per_instruction
        bool defaultIsStmt = d[pos++] != 0;
        _ = defaultIsStmt;
        int lineBase = (sbyte)d[pos++];
        int lineRange = d[pos++];
        int opcodeBase = d[pos++];
        var opLengths = new int[opcodeBase];
        for (int i = 1; i < opcodeBase; i++)
            opLengths[i] = d[pos++];
        if (lineRange == 0)
            return unitEnd;

        var dirs = new List<string>();
        // Per-unit file table: the global file id of each .py file, -1 for any other file.
        var unitFiles = new List<int>();
        int Register(string dir, string name)
        {
            if (!name.EndsWith(".py", StringComparison.OrdinalIgnoreCase))
                return -1;
            string full = name.StartsWith("/", StringComparison.Ordinal) || dir.Length == 0 ? name : dir.TrimEnd('/') + "/" + name;
            if (!fileIds.TryGetValue(full, out int id))
            {
                id = files.Count;
                files.Add(full);
                fileIds[full] = id;
            }
            return id;
        }
        if (version < 5)
        {
            dirs.Add("");
            while (d[pos] != 0)
            {
                string s = CString(d, pos);
                pos += Encoding.UTF8.GetByteCount(s) + 1;
                dirs.Add(s);
            }
            pos++;
            unitFiles.Add(-1); // file numbers start at 1
            while (d[pos] != 0)
            {
                string s = CString(d, pos);
                pos += Encoding.UTF8.GetByteCount(s) + 1;
                int dir = (int)Uleb(d, ref pos);
                Uleb(d, ref pos);
                Uleb(d, ref pos);
                unitFiles.Add(Register(dir < dirs.Count ? dirs[dir] : "", s));
            }
        }
        else
        {
            var dirEntries = ReadEntries(d, ref pos, dwarf64, lineStr, str);
            if (dirEntries is null)
                return unitEnd;
            foreach (var e in dirEntries)
                dirs.Add(e.Path ?? "");
            var fileEntries = ReadEntries(d, ref pos, dwarf64, lineStr, str);
            if (fileEntries is null)
                return unitEnd;
            foreach (var e in fileEntries)
                unitFiles.Add(Register(e.Dir < dirs.Count ? dirs[e.Dir] : "", e.Path ?? ""));
        }

        pos = programStart;
        ulong address = 0;
        int file = 1, lineNo = 1;
        // Only Python's rows and the rows that bound them are kept: the runtime's and the framework's code is most of
        // the table. A sequence (a method) without Python rows goes whole (an address in it finds the end row of the
        // sequence before it: not Python); in one with them, of a run of other rows the first alone bounds the Python
        // rows before it (a sequence's addresses only grow).
        int sequenceStart = rows.Count;
        bool sequenceHasPython = false, lastNotPython = false;
        void Emit(bool endSequence)
        {
            int id = endSequence || file < 0 || file >= unitFiles.Count ? -1 : unitFiles[file];
            if (endSequence)
            {
                if (sequenceHasPython)
                    rows.Add((address, -1, lineNo));
                else
                    rows.RemoveRange(sequenceStart, rows.Count - sequenceStart);
                sequenceStart = rows.Count;
                sequenceHasPython = lastNotPython = false;
                return;
            }
            if (id < 0 && lastNotPython)
                return;
            rows.Add((address, id, lineNo));
            sequenceHasPython |= id >= 0;
            lastNotPython = id < 0;
        }
        while (pos < unitEnd)
        {
            int op = d[pos++];
            if (op >= opcodeBase)
            {
                int adj = op - opcodeBase;
                address += (ulong)(adj / lineRange * minInst);
                lineNo += lineBase + adj % lineRange;
                Emit(false);
                continue;
            }
            switch (op)
            {
                case 0:
                {
                    long len = (long)Uleb(d, ref pos);
                    long subEnd = pos + len;
                    int sub = len > 0 ? d[pos] : 0;
                    if (sub == 1)
                    {
                        Emit(true);
                        address = 0;
                        file = 1;
                        lineNo = 1;
                    }
                    else if (sub == 2)
                    {
                        address = addressSize == 8 ? BitConverter.ToUInt64(d, (int)pos + 1) : BitConverter.ToUInt32(d, (int)pos + 1);
                    }
                    pos = subEnd;
                    break;
                }
                case 1:
                    Emit(false);
                    break;
                case 2:
                    address += Uleb(d, ref pos) * (ulong)minInst;
                    break;
                case 3:
                    lineNo += (int)Sleb(d, ref pos);
                    break;
                case 4:
                    file = (int)Uleb(d, ref pos);
                    break;
                case 8:
                    address += (ulong)((255 - opcodeBase) / lineRange * minInst);
                    break;
                case 9:
                    address += BitConverter.ToUInt16(d, (int)pos);
                    pos += 2;
                    break;
                default:
                    for (int i = 0; i < opLengths[op]; i++)
                        Uleb(d, ref pos);
                    break;
            }
        }
        return unitEnd;
    }

    /// <summary>DWARF 5 directory / file entry tables.</summary>
    private static List<(string? Path, int Dir)>? ReadEntries(byte[] d, ref long pos, bool dwarf64, byte[]? lineStr, byte[]? str)
    {
        int formatCount = d[pos++];
        var formats = new (ulong Type, ulong Form)[formatCount];
        for (int i = 0; i < formatCount; i++)
            formats[i] = (Uleb(d, ref pos), Uleb(d, ref pos));
        ulong count = Uleb(d, ref pos);
        var result = new List<(string?, int)>();
        for (ulong n = 0; n < count; n++)
        {
            string? path = null;
            int dir = 0;
            foreach (var (type, form) in formats)
            {
                ulong value = 0;
                string? text = null;
                switch (form)
                {
                    case 0x08: // string
                        text = CString(d, pos);
                        pos += Encoding.UTF8.GetByteCount(text) + 1;
                        break;
                    case 0x1f: // line_strp
                    case 0x0e: // strp
                    {
                        long off = dwarf64 ? (long)BitConverter.ToUInt64(d, (int)pos) : BitConverter.ToUInt32(d, (int)pos);
                        pos += dwarf64 ? 8 : 4;
                        var sec = form == 0x1f ? lineStr : str;
                        if (sec is not null && off < sec.Length)
                            text = CString(sec, off);
                        break;
                    }
                    case 0x0f: value = Uleb(d, ref pos); break; // udata
                    case 0x0b: value = d[pos]; pos += 1; break; // data1
                    case 0x05: value = BitConverter.ToUInt16(d, (int)pos); pos += 2; break; // data2
                    case 0x06: value = BitConverter.ToUInt32(d, (int)pos); pos += 4; break; // data4
                    case 0x07: value = BitConverter.ToUInt64(d, (int)pos); pos += 8; break; // data8
                    case 0x1e: pos += 16; break; // data16 (MD5)
                    case 0x09: pos += (long)Uleb(d, ref pos); break; // block
                    default: return null;
                }
                if (type == 1)
                    path = text;
                else if (type == 2)
                    dir = (int)value;
            }
            result.Add((path, dir));
        }
        return result;
    }

    private static ulong Uleb(byte[] d, ref long pos)
    {
        ulong result = 0;
        int shift = 0;
        while (true)
        {
            byte b = d[pos++];
            if (shift < 64)
                result |= (ulong)(b & 0x7f) << shift;
            shift += 7;
            if ((b & 0x80) == 0)
                return result;
        }
    }

    private static long Sleb(byte[] d, ref long pos)
    {
        long result = 0;
        int shift = 0;
        byte b;
        do
        {
            b = d[pos++];
            if (shift < 64)
                result |= (long)(b & 0x7f) << shift;
            shift += 7;
        }
        while ((b & 0x80) != 0);
        if (shift < 64 && (b & 0x40) != 0)
            result |= -1L << shift;
        return result;
    }

    private static string CString(byte[] d, long pos)
    {
        long end = pos;
        while (end < d.Length && d[end] != 0)
            end++;
        return Encoding.UTF8.GetString(d, (int)pos, (int)(end - pos));
    }
}

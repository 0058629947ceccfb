namespace PyAot.FrontEnd.Lexing;

/// <summary>
/// Interns identifier strings by their source characters, so each distinct name in a file is allocated once
/// (an open-addressing hash table keyed without first creating a substring).
/// </summary>
internal sealed class NameTable
{
    private string?[] _slots = new string?[256];
    private int _used;

    public string Get(string source, int start, int length)
    {
        int hash = 17;
        for (int i = 0; i < length; i++)
            hash = hash * 31 + source[start + i];
        int mask = _slots.Length - 1;
        int slot = hash & mask;
        while (true)
        {
            var existing = _slots[slot];
            if (existing is null)
                break;
            if (existing.Length == length && string.CompareOrdinal(existing, 0, source, start, length) == 0)
                return existing;
            slot = (slot + 1) & mask;
        }
        string name = source.Substring(start, length);
        _slots[slot] = name;
        if (++_used * 2 > _slots.Length)
            Grow();
        return name;
    }

    private void Grow()
    {
        var old = _slots;
        _slots = new string?[old.Length * 2];
        int mask = _slots.Length - 1;
        foreach (var s in old)
        {
            if (s is null)
                continue;
            int hash = 17;
            foreach (char c in s)
                hash = hash * 31 + c;
            int slot = hash & mask;
            while (_slots[slot] is not null)
                slot = (slot + 1) & mask;
            _slots[slot] = s;
        }
    }
}

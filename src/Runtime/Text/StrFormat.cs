using System;
using System.Text;

namespace PyAot.Runtime;

/// <summary>str.format and str.format_map: replacement fields {name!conv:spec}.</summary>
public static class StrFormat
{
    public static string Format(string template, ReadOnlySpan<PyValue> args, string[]? kwNames)
    {
        var positional = ArgCheck.Positional(args, kwNames);
        PyDict? kw = null;
        if (kwNames is { Length: > 0 })
        {
            kw = new PyDict();
            for (int i = 0; i < kwNames.Length; i++)
                kw.SetItem(kwNames[i], args[positional.Length + i]);
        }
        return Render(template, positional.ToArray(), kw is null ? default : PyValue.FromObject(kw), 2);
    }

    public static string FormatMap(string template, PyValue mapping) => Render(template, null, mapping, 2);

    /// <summary>The template with its fields replaced; <paramref name="positional"/> is null for format_map, which has no
    /// positional arguments at all (a numbered or automatic field is CPython's "Format string contains positional
    /// fields").</summary>
    private static string Render(string s, PyValue[]? positional, PyValue mapping, int depth)
    {
        if (depth < 0)
            throw PyException.ValueError("Max string recursion exceeded");
        var sb = new StringBuilder(s.Length + 16);
        int auto = 0; // -1 once manual numbering is used
        bool manual = false;
        int i = 0;
        while (i < s.Length)
        {
            char c = s[i];
            if (c == '}')
            {
                if (i + 1 < s.Length && s[i + 1] == '}')
                {
                    sb.Append('}');
                    i += 2;
                    continue;
                }
                throw PyException.ValueError("Single '}' encountered in format string");
            }
            if (c != '{')
            {
                sb.Append(c);
                i++;
                continue;
            }
            if (i + 1 < s.Length && s[i + 1] == '{')
            {
                sb.Append('{');
                i += 2;
                continue;
            }
            // Find the matching '}' (format specs may nest one level of {}).
            int j = i + 1, nest = 1;
            while (j < s.Length)
            {
                if (s[j] == '{')
                    nest++;
                else if (s[j] == '}' && --nest == 0)
                    break;
                j++;
            }
            if (j >= s.Length)
                throw PyException.ValueError(nest > 1 ? "unexpected '{' in field name" : "Single '{' encountered in format string");
            string field = s.Substring(i + 1, j - i - 1);
            i = j + 1;
            // Split field into name, conversion, spec.
            string name = field, spec = "";
            char conv = '\0';
            int k = 0;
            while (k < field.Length && field[k] != '!' && field[k] != ':')
            {
                if (field[k] == '[')
                {
                    while (k < field.Length && field[k] != ']')
                        k++;
                }
                k++;
            }
            if (k > field.Length)
                k = field.Length;
            name = field.Substring(0, k);
            if (k < field.Length && field[k] == '!')
            {
                if (k + 1 >= field.Length)
                    throw PyException.ValueError("end of string while looking for conversion specifier");
                conv = field[k + 1];
                k += 2;
                if (k < field.Length && field[k] != ':')
                    throw PyException.ValueError("expected ':' after conversion specifier");
            }
            if (k < field.Length && field[k] == ':')
                spec = field.Substring(k + 1);
            if (spec.Contains('{'))
                spec = Render(spec, positional, mapping, depth - 1);
            // Resolve the value.
            int first = 0;
            while (first < name.Length && name[first] != '.' && name[first] != '[')
                first++;
            string head = name.Substring(0, first);
            PyValue value;
            if (head.Length == 0)
            {
                if (manual)
                    throw PyException.ValueError("cannot switch from manual field specification to automatic field numbering");
                if (positional is null)
                    throw PyException.ValueError("Format string contains positional fields");
                if (auto >= positional.Length)
                    throw PyException.IndexError($"Replacement index {auto} out of range for positional args tuple");
                value = positional[auto++];
            }
            else if (int.TryParse(head, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int index))
            {
                if (auto > 0)
                    throw PyException.ValueError("cannot switch from automatic field numbering to manual field specification");
                manual = true;
                if (positional is null)
                    throw PyException.ValueError("Format string contains positional fields");
                if (index >= positional.Length)
                    throw PyException.IndexError($"Replacement index {index} out of range for positional args tuple");
                value = positional[index];
            }
            else
            {
                if (mapping.IsUnbound)
                    throw PyException.KeyError(PyValue.FromString(head));
                value = PyOps.GetItem(mapping, PyValue.FromString(head));
            }
            // Attribute and index accessors.
            int p = first;
            while (p < name.Length)
            {
                if (name[p] == '.')
                {
                    int q = p + 1;
                    while (q < name.Length && name[q] != '.' && name[q] != '[')
                        q++;
                    value = PyOps.GetAttr(value, name.Substring(p + 1, q - p - 1));
                    p = q;
                }
                else if (name[p] == '[')
                {
                    int q = name.IndexOf(']', p);
                    if (q < 0)
                        throw PyException.ValueError("Missing ']' in format string");
                    string key = name.Substring(p + 1, q - p - 1);
                    value = int.TryParse(key, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int ki)
                        ? PyOps.GetItem(value, PyValue.FromInt(ki))
                        : PyOps.GetItem(value, PyValue.FromString(key));
                    p = q + 1;
                }
                else
                {
                    throw PyException.ValueError("Only '.' or '[' may follow ']' in format field specifier");
                }
            }
            switch (conv)
            {
                case '\0':
                    break;
                case 'r':
                    value = PyValue.FromString(PyOps.Repr(value));
                    break;
                case 's':
                    value = PyValue.FromString(PyOps.Str(value));
                    break;
                case 'a':
                    value = PyValue.FromString(PyOps.Ascii(value));
                    break;
                default:
                    throw PyException.ValueError($"Unknown conversion specifier {conv}");
            }
            sb.Append(PyOps.Format(value, spec));
        }
        return sb.ToString();
    }
}

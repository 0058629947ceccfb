using System.Collections.Generic;

namespace PyAot.Generator.Analysis.Flow;

/// <summary>
/// CPython 3.12's AST optimizer rewrites <c>'...' % (a, b)</c> as an f-string when every conversion is a plain
/// <c>%s</c>, <c>%r</c> or <c>%a</c> (flags, width and precision allowed) and the counts match
/// (<c>Python/ast_opt.c</c>, <c>optimize_format</c>). The parts: literal text (<see cref="Part.Argument"/> -1) and
/// formatted arguments.
/// </summary>
internal static class PercentFormat
{
    public readonly record struct Part(int Argument, bool HasSpec);

    public static List<Part>? Parse(string format, int argumentCount)
    {
        var parts = new List<Part>();
        int pos = 0, count = 0;
        while (true)
        {
            int start = pos;
            while (pos < format.Length)
            {
                if (format[pos] != '%')
                    pos++;
                else if (pos + 1 < format.Length && format[pos + 1] == '%')
                    pos += 2;
                else
                    break;
            }
            if (pos > start)
                parts.Add(new Part(-1, false));
            if (pos >= format.Length)
                break;
            if (count >= argumentCount)
                return null;
            pos++; // '%'
            bool leftJustify = false;
            while (pos < format.Length && "-+ #0".IndexOf(format[pos]) >= 0)
            {
                leftJustify |= format[pos] == '-';
                pos++;
            }
            int width = -1, precision = -1;
            if (pos < format.Length && char.IsDigit(format[pos]))
            {
                width = 0;
                while (pos < format.Length && char.IsDigit(format[pos]))
                    width = width * 10 + (format[pos++] - '0');
            }
            if (pos < format.Length && format[pos] == '.')
            {
                pos++;
                precision = 0;
                while (pos < format.Length && char.IsDigit(format[pos]))
                    precision = precision * 10 + (format[pos++] - '0');
            }
            if (pos >= format.Length || format[pos] is not ('s' or 'r' or 'a'))
                return null;
            pos++;
            bool hasSpec = (!leftJustify && width > 0) || width >= 0 || precision >= 0;
            parts.Add(new Part(count, hasSpec));
            count++;
        }
        return count < argumentCount ? null : parts;
    }
}

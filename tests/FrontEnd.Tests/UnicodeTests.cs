using System.Collections.Generic;
using System.IO;
using System.Text;
using Xunit;

namespace PyAot.FrontEnd.Tests;

/// <summary>
/// Unicode as CPython 3.12 has it (15.0): \N{...} names and aliases, str.isprintable in reprs, identifier
/// characters, and strings whose lone surrogates UTF-16 would merge.
/// </summary>
public class UnicodeTests
{
    private static string Dump(string source) => TestFiles.DumpLine(Encoding.UTF8.GetBytes(source), positions: false);

    [Theory]
    [InlineData(@"'\N{CJK COMPATIBILITY IDEOGRAPH-F900}'", "'\uF900'")]
    [InlineData(@"'\N{cjk compatibility ideograph-f900}'", "'\uF900'")]
    [InlineData(@"'\N{TANGUT COMPONENT-001}'", "'\U00018800'")]
    [InlineData(@"'\N{BOM}'", @"'\ufeff'")]
    [InlineData(@"'\N{line feed}'", @"'\n'")]
    [InlineData(@"'\N{HANGUL SYLLABLE GAG}\N{HANGUL SYLLABLE A}'", "'\uAC01\uC544'")]
    [InlineData(@"'\N{CJK UNIFIED IDEOGRAPH-2EBE0}\N{CJK UNIFIED IDEOGRAPH-04E00}'", "'\U0002EBE0\u4E00'")]
    [InlineData(@"'\N{LATIN CAPITAL LETTER GHA}'", "'\u01A2'")]
    [InlineData(@"'\N{EGYPTIAN HIEROGLYPH A001}'", "'\U00013000'")]
    public void KnowsEveryUnicode15Name(string literal, string repr) =>
        Assert.Equal($"Module(body=[Expr(value=Constant(value={repr}))], type_ignores=[])", Dump(literal));

    [Theory]
    [InlineData(@"'\N{hangul syllable gag}'")]
    [InlineData(@"'\N{CJK UNIFIED IDEOGRAPH-4e00}'")]
    [InlineData(@"'\N{CJK UNIFIED IDEOGRAPH-4DC0}'")]
    [InlineData(@"'\N{TANGUT IDEOGRAPH-17000}'")]
    [InlineData(@"'\N{LATIN CAPITAL LETTER A WITH MACRON AND GRAVE}'")] // a named sequence
    [InlineData(@"'\N{LATıN SMALL LETTER A}'")]
    public void RejectsWhatCPythonRejects(string literal) =>
        Assert.Contains("unknown Unicode character name", Dump(literal));

    [Theory]
    [InlineData(@"'\ud800\udc00'", @"'\ud800\udc00'")]
    [InlineData(@"'\ud834' '\udd20'", @"'\ud834\udd20'")]
    [InlineData(@"'\U0001d120\ud800'", "'\U0001D120\\ud800'")]
    [InlineData(@"'\ud800'", @"'\ud800'")]
    [InlineData("'\"\\ud800\\udc00\\''", "'\"\\ud800\\udc00\\''")]
    public void LoneSurrogatesStayCodePoints(string literal, string repr) =>
        Assert.Equal($"Module(body=[Expr(value=Constant(value={repr}))], type_ignores=[])", Dump(literal));

    [Fact]
    public void LoneSurrogatePairIsNotOneCharacter()
    {
        var r = PythonParser.Parse(@"'\ud800\udc00'");
        var value = ((Ast.Constant)((Ast.ExprStmt)r.Module.Body[0]).Value).Value;
        Assert.Equal(2, Assert.IsType<Ast.CodePointString>(value).Length);
    }

    [Fact]
    public void PrintabilityIsUnicode15() // U+2FFC was assigned in Unicode 15.1
    {
        Assert.Equal(@"Module(body=[Expr(value=Constant(value='\u2ffc'))], type_ignores=[])", Dump("'\u2ffc'"));
        Assert.Equal("SyntaxError: invalid non-printable character U+2FFC (1:2)", Dump("x\u2ffc = 1"));
    }

    /// <summary>Names, printability and identifiers over the whole code space, against CPython itself.</summary>
    [CPythonFact]
    public void AgreesWithCPythonOverTheCodeSpace()
    {
        string dir = Path.Combine(Path.GetTempPath(), "pyaot-unicode-" + System.Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            // A Python script writes the probe files with CPython's own names, so the test needs no table of its own.
            const string Script = @"
import sys, unicodedata
d = sys.argv[1]
names, chars, idents = [], [], []
for cp in range(0x80, 0x110000):
    n = unicodedata.name(chr(cp), None)
    if n and cp % 3 == 0:
        names.append('\\N{' + (n.lower() if cp % 2 else n) + '}')
    if not 0xD800 <= cp <= 0xDFFF and cp % 5 == 0:
        chars.append(chr(cp))
    if chr(cp).isidentifier() or ('a' + chr(cp)).isidentifier():
        idents.append(chr(cp))
with open(d + '/names.py', 'w', encoding='utf-8') as f:
    for i in range(0, len(names), 50):
        f.write(""'"" + ''.join(names[i:i + 50]) + ""'\n"")
with open(d + '/chars.py', 'w', encoding='utf-8') as f:
    for i in range(0, len(chars), 50):
        f.write(repr(''.join(chars[i:i + 50])).replace('\\\\', '\\\\\\\\') + '\n')
        f.write(""'"" + ''.join(c for c in chars[i:i + 50] if c not in '\\\\\'\r\n\x85\u2028\u2029\x0b\x0c\x1c\x1d\x1e') + ""'\n"")
with open(d + '/idents.py', 'w', encoding='utf-8') as f:
    for i, c in enumerate(idents):
        f.write('x' + c + ' = ' + (c if c.isidentifier() else '_' + c) + '\n')
";
            var (code, output) = CPython.Run(CPython.Path!, new[] { "-c", Script, dir }, null);
            Assert.True(code == 0, output);
            var files = new List<string> { Path.Combine(dir, "names.py"), Path.Combine(dir, "chars.py"), Path.Combine(dir, "idents.py") };
            var expected = CPython.Dumps(files, positions: true);
            foreach (var f in files)
                Assert.Equal(expected[f], TestFiles.DumpLine(File.ReadAllBytes(f), positions: true));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    /// <summary>PEP 263 declarations of single-byte encodings, under CPython's spellings and aliases.</summary>
    [CPythonFact]
    public void SingleByteEncodingsDecodeAsCPython()
    {
        string dir = Path.Combine(Path.GetTempPath(), "pyaot-enc-" + System.Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            const string Script = @"
import sys
d = sys.argv[1]
names = ['cp1252', 'windows-1251', 'CP-1250', 'koi8_u', 'KOI8-R', 'iso8859_7', 'ISO-8859-15', 'latin9', 'mac_cyrillic',
         'macroman', 'cp437', 'IBM866', 'cp850', 'latin-1', 'Latin_1', 'iso-8859-1', 'l1', 'utf8', 'u8', 'tis-620',
         'cp1258', 'hp-roman8', 'iso8859-16', 'no-such-codec', 'ptcp154', 'cp65001']
for i, n in enumerate(names):
    try:
        body = bytes(b for b in range(0xa0, 0x100) if (bytes([b]).decode(n, 'strict') or True))
    except Exception:
        body = b'x'
    ok = []
    for b in range(0xa0, 0x100):
        try:
            c = bytes([b]).decode(n)
            if c not in '\\\'\r\n\x85\u2028\u2029\x0b\x0c':
                ok.append(b)
        except Exception:
            pass
    with open(f'{d}/enc{i:02}.py', 'wb') as f:
        f.write(b'# -*- coding: ' + n.encode() + b' -*-\ns = \'' + bytes(ok) + b'\'\n')
";
            var (code, output) = CPython.Run(CPython.Path!, new[] { "-c", Script, dir }, null);
            Assert.True(code == 0, output);
            var files = new List<string>(Directory.GetFiles(dir, "*.py"));
            files.Sort(System.StringComparer.Ordinal);
            var expected = CPython.Dumps(files, positions: true);
            foreach (var f in files)
                Assert.Equal(expected[f], TestFiles.DumpLine(File.ReadAllBytes(f), positions: true));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}

using PyAot.FrontEnd;

namespace PyAot.Generator.Lowering;

/// <summary>The one place the lowering calls the parser.</summary>
internal static class ParserBridge
{
    public static ParseResult Parse(string text, string fileName) => PythonParser.Parse(text, fileName);
}

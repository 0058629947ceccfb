using System;
using PyAot.FrontEnd;

namespace PyAot.Generator.Lowering;

/// <summary>The one place the lowering calls the parser (until the front end's parser is merged, a stub).</summary>
internal static class ParserBridge
{
    public static ParseResult Parse(string text, string fileName) =>
        throw new NotSupportedException("the parser is not available on this branch yet");
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;

namespace PyAot.Package.Tests;

/// <summary>
/// The README's "Use it in your own project" section, read as the tests run it: each code block whose first line is a
/// comment naming a file (<c>// Program.cs: ...</c>, <c># main.py</c>) is that file of the app, and its <c>text</c>
/// block is what the app prints.
/// </summary>
public sealed partial class ReadmeSection
{
    public const string Heading = "## Use it in your own project";

    private ReadmeSection(IReadOnlyDictionary<string, string> files, string output)
    {
        Files = files;
        Output = output;
    }

    /// <summary>The app's files by name, with their text.</summary>
    public IReadOnlyDictionary<string, string> Files { get; }

    /// <summary>What the app prints.</summary>
    public string Output { get; }

    public static ReadmeSection Read(string readmePath)
    {
        string readme = File.ReadAllText(readmePath).Replace("\r\n", "\n");
        int start = readme.IndexOf(Heading + "\n", StringComparison.Ordinal);
        if (start < 0)
            throw new InvalidOperationException($"the README has no section '{Heading}'");
        int end = readme.IndexOf("\n## ", start + Heading.Length, StringComparison.Ordinal);
        string section = end < 0 ? readme.Substring(start) : readme.Substring(start, end - start);

        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        string? output = null;
        foreach (Match block in CodeBlock().Matches(section))
        {
            string language = block.Groups["lang"].Value, body = block.Groups["body"].Value;
            if (language == "text")
            {
                output = body;
                continue;
            }
            var named = FileComment().Match(body);
            if (named.Success && language is "csharp" or "python")
                files[named.Groups["file"].Value] = body;
        }
        if (output is null || files.Count == 0)
            throw new InvalidOperationException($"the README's section '{Heading}' has no app files or no output block");
        return new ReadmeSection(files, output);
    }

    [GeneratedRegex(@"^```(?<lang>\w+)\n(?<body>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex CodeBlock();

    [GeneratedRegex(@"^(//|#) (?<file>[\w./-]+\.(cs|py))\b")]
    private static partial Regex FileComment();
}

using System;
using System.IO;
using Xunit;

namespace PyAot.Generator.Tests.Infrastructure;

/// <summary>
/// Compares text with a committed baseline file under Baselines/. Set PYAOT_ACCEPT_BASELINES=1 to write
/// the actual text as the new baseline (then review the diff and commit it).
/// </summary>
public static class Baseline
{
    public const string AcceptVariable = "PYAOT_ACCEPT_BASELINES";

    public static void AssertMatches(string relativePath, string actual)
    {
        string path = Path.Combine(TestPaths.ProjectDirectory, "Baselines", relativePath);
        actual = actual.Replace("\r\n", "\n");
        if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            return;
        }
        Assert.True(File.Exists(path), $"no baseline {relativePath}; run the tests with {AcceptVariable}=1 to create it");
        string expected = File.ReadAllText(path).Replace("\r\n", "\n");
        if (expected != actual)
        {
            // Show the first differing line, not two walls of text.
            string[] e = expected.Split('\n'), a = actual.Split('\n');
            int i = 0;
            while (i < e.Length && i < a.Length && e[i] == a[i])
                i++;
            Assert.Fail($"{relativePath} differs from its baseline at line {i + 1}:\n  expected: {(i < e.Length ? e[i] : "<end>")}\n  actual:   {(i < a.Length ? a[i] : "<end>")}\n(set {AcceptVariable}=1 to accept)");
        }
    }
}

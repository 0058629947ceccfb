using System;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PyAot.Generator;

/// <summary>The MSBuild properties the generator reads (through the compiler's global analyzer options), read the same
/// way wherever they are needed: the generator, and the analyzer that reports the generator's diagnostics live.</summary>
public static class BuildOptions
{
    /// <summary>The import root: app/util.py under it is module app.util. The PyAotRoot property when set, else the
    /// project directory.</summary>
    public static string ImportRoot(AnalyzerConfigOptions global) =>
        global.TryGetValue("build_property.PyAotRoot", out var root) && root.Length > 0 ? root
        : global.TryGetValue("build_property.projectdir", out var dir) ? dir : "";

    /// <summary>PEP 669 monitoring is compiled in unless the project sets <c>&lt;PyAotMonitoring&gt;false&lt;/PyAotMonitoring&gt;</c>.</summary>
    public static bool Monitoring(AnalyzerConfigOptions global) =>
        !(global.TryGetValue("build_property.PyAotMonitoring", out var value) &&
          string.Equals(value.Trim(), "false", StringComparison.OrdinalIgnoreCase));
}

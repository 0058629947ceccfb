using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Runtime.CompilerServices;

namespace PyAot.Runtime;

/// <summary>One Python frame of a .NET stack: the <c>.py</c> file and line its <c>#line</c> directives map it to, and
/// the code object running there.</summary>
internal readonly record struct PythonStackFrame(string File, int Line, PyCode Code);

/// <summary>
/// The Python frames of a .NET stack: the .NET frames whose source file (from <c>#line</c> directives) ends in
/// <c>.py</c> — from the portable PDB under the JIT, from the binary's DWARF line tables under NativeAOT
/// (<see cref="NativeLineTable"/>). Each is the innermost function whose definition spans the line
/// (<see cref="PyCode.Enclosing"/>), or its module's code. Compiled code keeps no frames of its own: tracebacks
/// (<see cref="Tracebacks"/>) and <c>sys._getframe()</c> read them from here, only when something asks.
/// </summary>
internal static class PythonStack
{
    /// <summary>The Python frames an exception passed through, innermost first; the first
    /// <paramref name="skip"/> .NET frames (a re-raise's own frame) are left out.</summary>
    public static List<PythonStackFrame> Of(Exception e, int skip = 0)
    {
        try
        {
            return Of(new StackTrace(e, fNeedFileInfo: true), skip);
        }
        catch (Exception)
        {
            return new List<PythonStackFrame>();
        }
    }

    /// <summary>The Python frames of the calling thread's stack, innermost first.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static List<PythonStackFrame> Live()
    {
        try
        {
            return Of(new StackTrace(1, fNeedFileInfo: true), 0, live: true);
        }
        catch (Exception)
        {
            return new List<PythonStackFrame>();
        }
    }

    /// <summary>The Python frames of <paramref name="trace"/>; with <paramref name="live"/>, the calling thread's own
    /// stack, where the frames of the generators a chain step passes over are put back (<see cref="PyGenerator.SkippedFrames"/>).</summary>
    private static List<PythonStackFrame> Of(StackTrace trace, int skip, bool live = false)
    {
        var result = new List<PythonStackFrame>();
#if NET9_0_OR_GREATER
        int chainSteps = live && PyGenerator.ChainStepping ? 0 : -1;
#endif
        var frames = trace.GetFrames();
        NativeLineTable? native = null;
        bool anyFile = false;
        foreach (var f in frames)
            anyFile |= f.GetFileName() is not null;
        if (!anyFile)
            native = NativeLineTable.ForProcess();
        for (int i = skip; i < frames.Length; i++)
        {
            var f = frames[i];
#if NET9_0_OR_GREATER
            if (chainSteps >= 0 && PyGenerator.IsChainStepFrame(f))
            {
                PyGenerator.SkippedFrames(chainSteps++, result);
                continue;
            }
#endif
            string? file = f.GetFileName();
            int line = f.GetFileLineNumber();
            if (file is null && native is not null && f.HasNativeImage())
            {
                // The frame's address is a return address: look up the instruction before it.
                ulong ip = (ulong)f.GetNativeIP() - (ulong)f.GetNativeImageBase();
                if (ip == 0 || !native.TryLookup(ip - 1, out file, out line))
                    file = null;
            }
            if (file is null || !file.EndsWith(".py", StringComparison.OrdinalIgnoreCase))
                continue;
            var owner = ModuleClassOf(f);
            var code = PyCode.Enclosing(Path.GetFileName(file), line, owner, path: file) ?? PyCode.ModuleCode(file, owner);
            result.Add(new PythonStackFrame(file, line, code));
        }
        return result;
    }

    /// <summary>The outermost type declaring the frame's method (the generated module class), or null where the
    /// runtime keeps no method metadata for the frame (NativeAOT).</summary>
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Stack frame metadata is best effort.")]
    private static Type? ModuleClassOf(StackFrame frame)
    {
        try
        {
            var type = frame.GetMethod()?.DeclaringType;
            while (type?.DeclaringType is not null)
                type = type.DeclaringType;
            return type;
        }
        catch (Exception)
        {
            return null;
        }
    }
}

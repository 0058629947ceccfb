using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using PyAot.Runtime.Monitoring;

namespace PyAot.Runtime;

/// <summary>
/// A chain of generators each suspended in <c>yield from</c> the next (a recursive generator over a tree, a pipeline of
/// delegations), stepped at its innermost end in one call.
/// <para>
/// When no tool is active, a <c>next()</c> of the outermost generator of such a chain only passes the innermost one's
/// step out through every level (<see cref="StepDelegateAhead"/>): CPython resumes each frame in turn, and so did this,
/// at a call and a pass through a body's dispatch per level, per value. <see cref="StepChain"/> instead finds the
/// innermost generator that is not itself such a level (the leaf), marks the levels running (<c>gi_running</c>, and
/// "generator already executing" if the leaf steps one of them), and calls the leaf's step directly: a value it yields
/// is the outermost's at the cost of a few field tests per level. The levels' frames are not on the .NET stack while
/// the leaf runs, so <see cref="PythonStack.Live"/> puts them back where this method's frame is
/// (<see cref="SkippedFrames"/>), each at its <c>yield from</c> line.
/// </para>
/// <para>
/// Anything else the leaf's step ends in — it returned, it raised, a tool became active — must run through the
/// levels' bodies: the outcome is kept at the level just above the leaf (as <see cref="StepOneLevel"/> keeps it), that
/// level is no longer marked, and this method steps it: its body takes the outcome and goes on (to its next value,
/// usually). What that step ends in goes the same way to the level above it, and so on outward, so an exception passes
/// through every level's frame and handlers, as in CPython, and its traceback has each level's line.
/// </para>
/// <para>Only on .NET 9 and later, whose <see cref="DiagnosticMethodInfo"/> names a frame's method under NativeAOT.</para>
/// </summary>
public abstract partial class PyGenerator
{
    /// <summary>The line of the <c>yield from</c> at state <paramref name="state"/> (what a frame of this generator shows
    /// while it is suspended there); generated for bodies with a <c>yield from</c>.</summary>
    protected virtual int DelegationLine(int state) => -1;

#if NET9_0_OR_GREATER
    /// <summary>Where this generator was suspended while a chain step marked it running (<see cref="StepChain"/>).</summary>
    private int _chainSuspendedAt;

    /// <summary>Whether this generator is a level a chain step passes over: suspended in <c>yield from</c> a compiled
    /// generator that it may step ahead.</summary>
    private bool IsChainLevel
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => State >= 2 && _plainDelegate is { } g && CanStepAhead(g);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool StepChain(out PyValue yielded)
    {
        // This generator and its delegate are levels (the caller checked): mark the levels running, down to the leaf.
        var steps = ChainSteps.Current ??= new ChainSteps();
        int first = steps.Begin();
        var level = this;
        do
        {
            level._chainSuspendedAt = level.State;
            level.State = 1;
            steps.Add(level);
            level = level._plainDelegate!;
        }
        while (level.IsChainLevel);
        // The innermost marked level steps the generator below it. An outcome it keeps (StepDelegate) is for its body:
        // it is unmarked and stepped in turn by the level above it; the outermost's is for its caller's body.
        int at = steps.Count - 1;
        var stepping = level;
        while (!steps.Marked(at).StepDelegate(stepping, out yielded))
        {
            stepping = steps.Unmark(at--);
            if (at < first)
                break;
        }
        bool result = at >= first;
        while (at >= first)
            steps.Unmark(at--);
        steps.End(first);
        return result;
    }

    /// <summary>
    /// The frames of the levels the running chain step of <paramref name="index"/> (0: this thread's innermost) passes
    /// over, innermost first, for the stack walk that met that step's frame (<see cref="IsChainStepFrame"/>): the
    /// levels still marked running but the outermost (whose own frame called the step).
    /// </summary>
    internal static void SkippedFrames(int index, List<PythonStackFrame> into)
    {
        if (ChainSteps.Current is not { } steps)
            return;
        foreach (var level in steps.Skipped(index))
        {
            if (level.Code is { } code && level.DelegationLine(level._chainSuspendedAt) is var line and > 0)
                into.Add(new PythonStackFrame(code.FilePath, line, code));
        }
    }

    /// <summary>Whether a chain step is running on this thread (a stack walk then looks for their frames).</summary>
    internal static bool ChainStepping => ChainSteps.Current is { Stepping: true };

    /// <summary>Whether <paramref name="frame"/> is the frame of a chain step (<see cref="StepChain"/>).</summary>
    internal static bool IsChainStepFrame(StackFrame frame) =>
        DiagnosticMethodInfo.Create(frame) is { Name: nameof(StepChain) } method
        && method.DeclaringTypeName.EndsWith(nameof(PyGenerator), StringComparison.Ordinal);

    /// <summary>This thread's running chain steps: the levels each has marked running, outermost first, the steps
    /// one after another (a leaf's body may start a chain step of its own).</summary>
    private sealed class ChainSteps
    {
        [ThreadStatic]
        internal static ChainSteps? Current;

        /// <summary>(In a struct: storing into an array of a class type would test the element's type each time.)</summary>
        private Level[] _levels = new Level[32];
        private int[] _starts = new int[8];
        private int _stepCount;

        /// <summary>How many levels are marked, all steps together.</summary>
        internal int Count { get; private set; }

        internal bool Stepping => _stepCount > 0;

        /// <summary>Starts a step: its levels go from the returned index.</summary>
        internal int Begin()
        {
            if (_stepCount == _starts.Length)
                Array.Resize(ref _starts, _stepCount * 2);
            _starts[_stepCount++] = Count;
            return Count;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal void Add(PyGenerator level)
        {
            if (Count == _levels.Length)
                Array.Resize(ref _levels, Count * 2);
            _levels[Count++].Generator = level;
        }

        /// <summary>The level at <paramref name="at"/>, still marked.</summary>
        internal PyGenerator Marked(int at) => _levels[at].Generator!;

        /// <summary>Puts back the state of the level at <paramref name="at"/>, the innermost marked; returns it.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal PyGenerator Unmark(int at)
        {
            var level = _levels[at].Generator!;
            _levels[at].Generator = null;
            Count = at;
            level.State = level._chainSuspendedAt;
            level._chainSuspendedAt = 0;
            return level;
        }

        internal void End(int first)
        {
            Count = first;
            _stepCount--;
        }

        /// <summary>The marked levels of the step <paramref name="index"/> places from the innermost, but its outermost,
        /// innermost first.</summary>
        internal IEnumerable<PyGenerator> Skipped(int index)
        {
            int step = _stepCount - 1 - index;
            if (step < 0)
                yield break;
            int first = _starts[step];
            int end = step + 1 < _stepCount ? _starts[step + 1] : Count;
            for (int i = end - 1; i > first; i--)
            {
                if (_levels[i].Generator is { } level)
                    yield return level;
            }
        }

        private struct Level
        {
            public PyGenerator? Generator;
        }
    }
#endif
}

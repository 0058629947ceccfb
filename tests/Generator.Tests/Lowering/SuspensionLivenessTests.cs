using PyAot.Generator.Lowering;
using Xunit;

namespace PyAot.Generator.Tests.Lowering;

/// <summary>Which temporaries of a generator's lowered body may be locals of its step method: none whose value a
/// suspension separates from a read (a resume label within its span, widened by loops that come round).</summary>
public sealed class SuspensionLivenessTests
{
    [Fact]
    public void ATemporaryUsedBeforeTheSuspensionIsALocal()
    {
        const string body = """
            t = Rt.Global(Globals.f, "f");
            t_2 = PyOps.Sub(n, PyValue.FromInt(1));
            StartAwait(Call(t, t_2));
            goto send_2;
            resume_1:
            send_2:
            more = YieldFrom(2, out yielded);
            """;
        Assert.Equal(new[] { "t", "t_2" }, Sorted(SuspensionLiveness.LocalTemps(body, new[] { "t", "t_2" })));
    }

    [Fact]
    public void ATemporaryReadAfterAResumeIsAField()
    {
        const string body = """
            t_3 = DelegateResult;
            StartAwait(Call(g));
            goto send_4;
            resume_3:
            send_4:
            more_2 = YieldFrom(3, out yielded);
            ReturnValue = PyOps.Add(t_3, DelegateResult);
            """;
        Assert.Empty(SuspensionLiveness.LocalTemps(body, new[] { "t_3" }));
    }

    [Fact]
    public void ALoopThatComesRoundToAReadWidensTheSpan()
    {
        // t is written before the loop and read at its head on every pass; the loop suspends after the read.
        const string body = """
            t = GetIter(xs);
            loop_1:
            if (!Next(t, out x)) goto end_2;
            return Yield(2, x, out yielded);
            resume_2:
            Resumed();
            goto loop_1;
            end_2:;
            """;
        Assert.Empty(SuspensionLiveness.LocalTemps(body, new[] { "t" }));
        // The same loop without its suspension keeps t a local.
        Assert.Equal(new[] { "t" }, Sorted(SuspensionLiveness.LocalTemps(body.Replace("resume_2:", "other_2:"), new[] { "t" })));
    }

    [Fact]
    public void AMentionInACommentOnlyWidensTheSpan()
    {
        const string body = """
            t = F();
            G(t);
            resume_1:
            // t = the comment of a later Python line
            """;
        Assert.Empty(SuspensionLiveness.LocalTemps(body, new[] { "t" }));
    }

    private static string[] Sorted(System.Collections.Generic.IEnumerable<string> names)
    {
        var list = new System.Collections.Generic.List<string>(names);
        list.Sort(System.StringComparer.Ordinal);
        return list.ToArray();
    }
}

using System;
using System.Runtime.InteropServices;

namespace PyAot.Runtime.Posix;

/// <summary>
/// The C library calls behind <c>posix</c>, as CPython's <c>Modules/posixmodule.c</c> makes them, so that results and
/// failures (errno, <c>strerror</c>) are the system's own. Paths are null-terminated bytes (<see cref="FsPath"/>);
/// buffers are managed arrays the marshaller pins. Linux only: <see cref="Check"/> refuses other systems.
/// </summary>
internal static class LibC
{
    private const string Lib = "libc";

    [DllImport(Lib, EntryPoint = "stat", SetLastError = true)] private static extern int stat_(byte[] path, byte[] buf);
    [DllImport(Lib, EntryPoint = "lstat", SetLastError = true)] private static extern int lstat_(byte[] path, byte[] buf);
    [DllImport(Lib, EntryPoint = "fstat", SetLastError = true)] private static extern int fstat_(int fd, byte[] buf);
    // glibc before 2.33 exports stat through these (_STAT_VER: 1 on x86-64, 0 on arm64).
    [DllImport(Lib, SetLastError = true)] private static extern int __xstat(int ver, byte[] path, byte[] buf);
    [DllImport(Lib, SetLastError = true)] private static extern int __lxstat(int ver, byte[] path, byte[] buf);
    [DllImport(Lib, SetLastError = true)] private static extern int __fxstat(int ver, int fd, byte[] buf);
    [DllImport(Lib, SetLastError = true)] internal static extern IntPtr getcwd(byte[] buf, nint size);
    [DllImport(Lib, SetLastError = true)] internal static extern int chdir(byte[] path);
    [DllImport(Lib, SetLastError = true)] internal static extern int mkdir(byte[] path, uint mode);
    [DllImport(Lib, SetLastError = true)] internal static extern int rmdir(byte[] path);
    [DllImport(Lib, SetLastError = true)] internal static extern int unlink(byte[] path);
    [DllImport(Lib, SetLastError = true)] internal static extern int rename(byte[] from, byte[] to);
    [DllImport(Lib, SetLastError = true)] internal static extern nint readlink(byte[] path, byte[] buf, nint size);
    [DllImport(Lib, SetLastError = true)] internal static extern int symlink(byte[] target, byte[] path);
    [DllImport(Lib, SetLastError = true)] internal static extern int link(byte[] target, byte[] path);
    [DllImport(Lib, SetLastError = true)] internal static extern int access(byte[] path, int mode);
    [DllImport(Lib, SetLastError = true)] internal static extern int chmod(byte[] path, uint mode);
    [DllImport(Lib)] internal static extern uint umask(uint mask);
    [DllImport(Lib, SetLastError = true)] internal static extern int truncate(byte[] path, long length);
    [DllImport(Lib, SetLastError = true)] internal static extern int utimensat(int dirfd, byte[] path, long[]? times, int flags);
    [DllImport(Lib)] internal static extern int getpid();
    [DllImport(Lib)] internal static extern int getppid();
    [DllImport(Lib)] internal static extern uint getuid();
    [DllImport(Lib)] internal static extern uint geteuid();
    [DllImport(Lib)] internal static extern uint getgid();
    [DllImport(Lib)] internal static extern uint getegid();
    [DllImport(Lib)] internal static extern IntPtr strerror(int errnum);
    [DllImport(Lib, SetLastError = true)] internal static extern IntPtr opendir(byte[] path);
    [DllImport(Lib, SetLastError = true)] internal static extern IntPtr readdir(IntPtr dir);
    [DllImport(Lib)] internal static extern int closedir(IntPtr dir);
    [DllImport(Lib, SetLastError = true)] internal static extern int ioctl(int fd, nuint request, ushort[] winsize);
    [DllImport(Lib, SetLastError = true)] internal static extern int uname(byte[] buf);
    [DllImport(Lib, SetLastError = true)] internal static extern long times(long[] buf);
    [DllImport(Lib)] internal static extern long sysconf(int name);
    [DllImport(Lib, SetLastError = true)] internal static extern int setenv(byte[] name, byte[] value, int overwrite);
    [DllImport(Lib, SetLastError = true)] internal static extern int unsetenv(byte[] name);
    [DllImport(Lib)] internal static extern void _exit(int status);
    [DllImport(Lib)] internal static extern int isatty(int fd);
    [DllImport(Lib, SetLastError = true)] internal static extern int statvfs(byte[] path, byte[] buf);
    // (the descriptor calls of io.FileIO; open is variadic, its mode passed as the one extra int the System V and
    // AAPCS64 conventions pass like a fixed argument)
    [DllImport(Lib, EntryPoint = "open", SetLastError = true)] internal static extern int open_(byte[] path, int flags, int mode);
    [DllImport(Lib, EntryPoint = "read", SetLastError = true)] internal static extern nint read_(int fd, ref byte buf, nint count);
    [DllImport(Lib, EntryPoint = "write", SetLastError = true)] internal static extern nint write_(int fd, ref byte buf, nint count);
    [DllImport(Lib, EntryPoint = "lseek", SetLastError = true)] internal static extern long lseek_(int fd, long offset, int whence);
    [DllImport(Lib, EntryPoint = "close", SetLastError = true)] internal static extern int close_(int fd);
    [DllImport(Lib, EntryPoint = "ftruncate", SetLastError = true)] internal static extern int ftruncate_(int fd, long length);

    internal const int AT_FDCWD = -100, AT_SYMLINK_NOFOLLOW = 0x100;
    internal const long UTIME_NOW = (1L << 30) - 1;
    internal const int _SC_CLK_TCK = 2;
    internal const nuint TIOCGWINSZ = 0x5413;

    /// <summary>The system's errno after a failed call.</summary>
    internal static int Errno => Marshal.GetLastPInvokeError();

    /// <summary>The system's message for <paramref name="errno"/> (<c>os.strerror</c>).</summary>
    internal static string StrError(int errno) => Marshal.PtrToStringUTF8(strerror(errno)) ?? $"Unknown error {errno}";

    private static bool s_legacyStat;

    /// <summary>stat, lstat (<paramref name="follow"/> false) or fstat into <paramref name="buf"/>; -1 with errno set on
    /// failure.</summary>
    internal static int Stat(byte[]? path, int fd, bool follow, byte[] buf)
    {
        if (!s_legacyStat)
        {
            try
            {
                return path is null ? fstat_(fd, buf) : follow ? stat_(path, buf) : lstat_(path, buf);
            }
            catch (EntryPointNotFoundException)
            {
                s_legacyStat = true;
            }
        }
        int ver = RuntimeInformation.ProcessArchitecture == Architecture.X64 ? 1 : 0;
        return path is null ? __fxstat(ver, fd, buf) : follow ? __xstat(ver, path, buf) : __lxstat(ver, path, buf);
    }

    /// <summary>The layouts of <c>struct stat</c> and <c>struct dirent</c> read here are Linux's on x86-64 and arm64.</summary>
    internal static void Check(string function)
    {
        if (!OperatingSystem.IsLinux() || RuntimeInformation.ProcessArchitecture is not (Architecture.X64 or Architecture.Arm64))
            throw PyException.NotImplementedError($"os.{function}() is supported by PyAot on Linux (x86-64 and arm64) only yet");
    }
}

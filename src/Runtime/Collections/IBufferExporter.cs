using System;

namespace PyAot.Runtime;

/// <summary>
/// An object whose memory a memoryview shares (CPython's buffer exporters: bytes, bytearray, a BytesIO's buffer): its
/// bytes as they are now, whether a view may write them, and the hold a <c>with</c> statement's view puts on changing
/// their size (CPython's exports; <see cref="PyMemoryView"/> says why only that hold).
/// </summary>
internal interface IBufferExporter
{
    /// <summary>The exported bytes now (read again at each access: a bytearray's may move when it grows).</summary>
    Span<byte> ExportedBytes { get; }

    bool IsReadOnly { get; }

    void HoldView();

    void ReleaseView();
}

"""The io module (PyAot's): CPython's Lib/io.py over the runtime's _io module, as CPython's sits on its C _io.

The concrete streams (FileIO, BytesIO, StringIO, BufferedReader, BufferedWriter, BufferedRandom, BufferedRWPair,
TextIOWrapper, IncrementalNewlineDecoder), open(), open_code() and text_encoding() are the runtime's (C#, where
reading a file line by line is fast). The abstract bases are written here: CPython derives them from the C types
_io._IOBase, _io._RawIOBase, _io._BufferedIOBase and _io._TextIOBase, whose mixin methods (readline over read/peek,
readlines, writelines, iteration, the context manager, closed, the unsupported-operation defaults) are written again
in Python from Modules/_io/iobase.c and bufferediobase/textiobase (Lib/_pyio.py's shape, _io's behaviour and
messages). As in CPython, the concrete classes are registered with the ABCs: isinstance(open(p), io.IOBase) holds.
Differences: a program's class cannot derive from the concrete classes (BytesIO, FileIO, ...) yet; an IOBase is not
closed when it is garbage collected (no __del__: PyAot has no finalizers).
"""

__all__ = ["BlockingIOError", "open", "open_code", "IOBase", "RawIOBase", "FileIO", "BytesIO", "StringIO",
           "BufferedIOBase", "BufferedReader", "BufferedWriter", "BufferedRWPair", "BufferedRandom", "TextIOBase",
           "TextIOWrapper", "UnsupportedOperation", "SEEK_SET", "SEEK_CUR", "SEEK_END", "DEFAULT_BUFFER_SIZE",
           "text_encoding", "IncrementalNewlineDecoder"]

import _io
import abc

from _io import (DEFAULT_BUFFER_SIZE, BlockingIOError, UnsupportedOperation, open, open_code, FileIO, BytesIO,
                 StringIO, BufferedReader, BufferedWriter, BufferedRWPair, BufferedRandom, IncrementalNewlineDecoder,
                 text_encoding, TextIOWrapper)

# for seek()
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

_CLOSED = "__IOBase_closed"


class IOBase(metaclass=abc.ABCMeta):
    """The abstract base class for all I/O classes.

    This class provides dummy implementations for many methods that derived classes can override selectively; the
    default implementations represent a file that cannot be read, written or seeked.

    Even though IOBase does not declare read, readinto, or write because their signatures will vary, implementations
    and clients should consider those methods part of the interface. Also, implementations may raise
    UnsupportedOperation when operations they do not support are called.
    """

    def _unsupported(self, name):
        raise UnsupportedOperation(name)

    def seek(self, *args):
        """Change the stream position to the given byte offset."""
        raise UnsupportedOperation("seek")

    def tell(self):
        """Return the current stream position."""
        return self.seek(0, 1)

    def truncate(self, *args):
        """Truncate file to size bytes."""
        raise UnsupportedOperation("truncate")

    def flush(self):
        """Flush write buffers, if applicable."""
        self._checkClosed()

    def close(self):
        """Flush and close the IO object. This method has no effect if the file is already closed."""
        if not getattr(self, _CLOSED, False):
            try:
                self.flush()
            finally:
                setattr(self, _CLOSED, True)

    def seekable(self):
        """Return whether object supports random access."""
        return False

    def _checkSeekable(self, msg=None):
        if not self.seekable():
            raise UnsupportedOperation("File or stream is not seekable." if msg is None else msg)
        return True

    def readable(self):
        """Return whether object was opened for reading."""
        return False

    def _checkReadable(self, msg=None):
        if not self.readable():
            raise UnsupportedOperation("File or stream is not readable." if msg is None else msg)
        return True

    def writable(self):
        """Return whether object was opened for writing."""
        return False

    def _checkWritable(self, msg=None):
        if not self.writable():
            raise UnsupportedOperation("File or stream is not writable." if msg is None else msg)
        return True

    @property
    def closed(self):
        """closed: bool.  True iff the file has been closed."""
        return getattr(self, _CLOSED, False)

    def _checkClosed(self, msg=None):
        if self.closed:
            raise ValueError("I/O operation on closed file." if msg is None else msg)
        return True

    def __enter__(self):
        """Context management protocol.  Returns self (an instance of IOBase)."""
        self._checkClosed()
        return self

    def __exit__(self, *args):
        """Context management protocol.  Calls close()"""
        self.close()

    def fileno(self):
        """Return underlying file descriptor if one exists."""
        raise UnsupportedOperation("fileno")

    def isatty(self):
        """Return whether this is an 'interactive' stream."""
        self._checkClosed()
        return False

    def readline(self, size=-1):
        """Read and return a line of bytes from the stream.

        If size is specified, at most size bytes will be read. The line terminator is always b'\\n' for binary
        files.
        """
        if size is None:
            size = -1
        elif not isinstance(size, int):
            raise TypeError(f"argument should be integer or None, not '{type(size).__name__}'")
        peek = getattr(self, "peek", None)
        res = bytearray()
        while size < 0 or len(res) < size:
            nreadahead = 1
            if peek is not None:
                readahead = peek(1)
                if not isinstance(readahead, bytes):
                    raise OSError(f"peek() should have returned a bytes object, not '{type(readahead).__name__}'")
                if readahead:
                    n = readahead.find(b"\n") + 1 or len(readahead)
                    if size >= 0:
                        n = min(n, size - len(res))
                    nreadahead = n
            b = self.read(nreadahead)
            if not isinstance(b, bytes):
                raise OSError(f"read() should have returned a bytes object, not '{type(b).__name__}'")
            if not b:
                break
            res += b
            if res.endswith(b"\n"):
                break
        return bytes(res)

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=None):
        """Return a list of lines from the stream.

        hint can be specified to control the number of lines read: no more lines will be read if the total size (in
        bytes/characters) of all lines so far exceeds hint.
        """
        if hint is None:
            hint = 0
        elif not isinstance(hint, int):
            raise TypeError(f"argument should be integer or None, not '{type(hint).__name__}'")
        if hint <= 0:
            return list(self)
        n = 0
        lines = []
        for line in self:
            lines.append(line)
            n += len(line)
            if n >= hint:
                break
        return lines

    def writelines(self, lines):
        """Write a list of lines to the stream.

        Line separators are not added, so it is usual for each of the lines provided to have a line separator at
        the end.
        """
        self._checkClosed()
        for line in lines:
            self.write(line)


class RawIOBase(IOBase):
    """Base class for raw binary I/O."""

    def read(self, size=-1):
        """Read and return up to size bytes, where size is an int.

        Returns an empty bytes object on EOF, or None if the object is set not to block and has no data to read.
        """
        if size is None:
            size = -1
        if size < 0:
            return self.readall()
        b = bytearray(size)
        n = self.readinto(b)
        if n is None:
            return None
        if n < 0 or n > size:
            raise ValueError(f"readinto returned {n} outside buffer size {size}")
        del b[n:]
        return bytes(b)

    def readall(self):
        """Read until EOF, using multiple read() call."""
        res = bytearray()
        while True:
            data = self.read(DEFAULT_BUFFER_SIZE)
            if data is None:
                if not res:
                    return None
                break
            if not isinstance(data, bytes):
                raise TypeError("read() should return bytes")
            if not data:
                break
            res += data
        return bytes(res)

    def readinto(self, b):
        """Read bytes into a pre-allocated bytes-like object b.

        Returns an int representing the number of bytes read (0 for EOF), or None if the object is set not to block
        and has no data to read.
        """
        raise NotImplementedError

    def write(self, b):
        """Write the given buffer to the IO stream.

        Returns the number of bytes written, which may be less than the length of b in bytes.
        """
        raise NotImplementedError


class BufferedIOBase(IOBase):
    """Base class for buffered IO objects.

    The main difference with RawIOBase is that the read() method supports omitting the size argument, and does not
    have a default implementation that defers to readinto().
    """

    def read(self, size=-1):
        """Read and return up to size bytes, where size is an int."""
        raise UnsupportedOperation("read")

    def read1(self, size=-1):
        """Read up to size bytes with at most one read() system call, where size is an int."""
        raise UnsupportedOperation("read1")

    def readinto(self, b):
        """Read bytes into a pre-allocated bytearray b: the number of bytes read (0 for EOF)."""
        return self._readinto(b, read1=False)

    def readinto1(self, b):
        """Read bytes into a bytearray b, using at most one call to the underlying raw stream's read()."""
        return self._readinto(b, read1=True)

    def _readinto(self, b, read1):
        # (a writable buffer: a bytearray, or a writable C-contiguous memoryview, filled as bytes)
        if isinstance(b, memoryview) and not b.readonly and b.c_contiguous:
            b = b.cast("B")
        elif not isinstance(b, bytearray):
            raise TypeError(f"readinto() argument must be read-write bytes-like object, not {type(b).__name__}")
        data = self.read1(len(b)) if read1 else self.read(len(b))
        if not isinstance(data, bytes):
            raise TypeError("read() should return bytes")
        n = len(data)
        if n > len(b):
            raise ValueError(f"read() returned too much data: {len(b)} bytes requested, {n} returned")
        b[:n] = data
        return n

    def write(self, b):
        """Write the given bytes buffer to the IO stream: the number of bytes written, always len(b)."""
        raise UnsupportedOperation("write")

    def detach(self):
        """Disconnect this buffer from its underlying raw stream and return it."""
        raise UnsupportedOperation("detach")


class TextIOBase(IOBase):
    """Base class for text I/O.

    This class provides a character and line based interface to stream I/O.
    """

    def read(self, size=-1):
        """Read at most size characters from stream, where size is an int."""
        raise UnsupportedOperation("read")

    def write(self, s):
        """Write string s to stream and returning an int."""
        raise UnsupportedOperation("write")

    def truncate(self, pos=None):
        """Truncate size to pos, where pos is an int."""
        raise UnsupportedOperation("truncate")

    def readline(self, size=-1):
        """Read until newline or EOF."""
        raise UnsupportedOperation("readline")

    def detach(self):
        """Separate the underlying buffer from the TextIOBase and return it."""
        raise UnsupportedOperation("detach")

    @property
    def encoding(self):
        """Encoding of the text stream.

        Subclasses should override.
        """
        return None

    @property
    def newlines(self):
        """Line endings translated so far.

        Only line endings translated during reading are considered.

        Subclasses should override.
        """
        return None

    @property
    def errors(self):
        """The error setting of the decoder or encoder.

        Subclasses should override.
        """
        return None


RawIOBase.register(FileIO)

for klass in (BytesIO, BufferedReader, BufferedWriter, BufferedRandom, BufferedRWPair):
    BufferedIOBase.register(klass)

for klass in (StringIO, TextIOWrapper):
    TextIOBase.register(klass)
del klass

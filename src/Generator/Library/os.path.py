# `os.path` is the module `posixpath`: CPython's `os` puts posixpath in sys.modules['os.path'], so `import os.path`,
# `import os.path as p` and `from os.path import x` give posixpath itself. PyAot's compiler does the same for this
# name (LibraryModules.Aliases): this file tells it what to compile with a program that imports os.path, and is
# never run.
import os
import posixpath

# Helper module (no .expected) for the programs ported from CPython's Lib/test/test_warnings/__init__.py: what its
# test.test_warnings.data.stacklevel and data.package_helper modules do. The package_helper's prefix to skip is its
# directory; here the helper shares the programs' directory, so the prefix is this file's name without ".py" (CPython
# 3.12 does not skip a file whose whole name is the prefix).
import warnings

def outer(message, stacklevel=1):
    inner(message, stacklevel)

def inner(message, stacklevel=1):
    warnings.warn(message, stacklevel=stacklevel)

def package(message, *, stacklevel):
    inner_api(message, stacklevel=stacklevel, warnings_module=warnings)

package_path = __file__[:-3]

def inner_api(message, *, stacklevel, warnings_module):
    warnings_module.warn(
            message, stacklevel=stacklevel,
            skip_file_prefixes=(package_path,))

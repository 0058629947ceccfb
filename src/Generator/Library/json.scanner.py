"""JSON token scanner (PyAot's json.scanner module).

make_scanner behaves as _json.c's scanner, CPython's c_make_scanner: it reads the decoder's settings once, when made,
and matches numbers by hand as NUMBER_RE, (-?(?:0|[1-9]\\d*))(\\.\\d+)?([eE][-+]?\\d+)?, would.
"""

__all__ = ['make_scanner']


def _digits_end(string, idx, n):
    """The index after the run of decimal digits starting at idx."""
    while idx < n and '0' <= string[idx] <= '9':
        idx += 1
    return idx


def make_scanner(context):
    from json.decoder import scanstring, JSONObject, JSONArray

    strict = context.strict
    object_hook = context.object_hook
    object_pairs_hook = context.object_pairs_hook
    parse_float = context.parse_float
    parse_int = context.parse_int
    parse_constant = context.parse_constant
    memo = {}

    def _match_number(string, idx, n):
        start = idx
        if string[idx] == '-':
            idx += 1
            if idx >= n:
                raise StopIteration(start)
        c = string[idx]
        if '1' <= c <= '9':
            idx = _digits_end(string, idx + 1, n)
        elif c == '0':
            idx += 1
        else:
            raise StopIteration(start)
        is_float = False
        if idx + 1 < n and string[idx] == '.' and '0' <= string[idx + 1] <= '9':
            is_float = True
            idx = _digits_end(string, idx + 2, n)
        if idx + 1 < n and (string[idx] == 'e' or string[idx] == 'E'):
            # An exponent needs a digit; without one the number ends before the 'e'.
            exp = idx + 1
            if exp + 1 < n and (string[exp] == '-' or string[exp] == '+'):
                exp += 1
            digits_end = _digits_end(string, exp, n)
            if digits_end > exp:
                is_float = True
                idx = digits_end
        if is_float:
            return parse_float(string[start:idx]), idx
        return parse_int(string[start:idx]), idx

    def _scan_once(string, idx):
        if idx < 0:
            raise ValueError("idx cannot be negative")
        n = len(string)
        if idx >= n:
            raise StopIteration(idx)
        nextchar = string[idx]
        if nextchar == '"':
            return scanstring(string, idx + 1, strict)
        elif nextchar == '{':
            return JSONObject((string, idx + 1), strict, _scan_once, object_hook, object_pairs_hook, memo)
        elif nextchar == '[':
            return JSONArray((string, idx + 1), _scan_once)
        elif nextchar == 'n' and string[idx:idx + 4] == 'null':
            return None, idx + 4
        elif nextchar == 't' and string[idx:idx + 4] == 'true':
            return True, idx + 4
        elif nextchar == 'f' and string[idx:idx + 5] == 'false':
            return False, idx + 5
        elif nextchar == 'N' and string[idx:idx + 3] == 'NaN':
            return parse_constant('NaN'), idx + 3
        elif nextchar == 'I' and string[idx:idx + 8] == 'Infinity':
            return parse_constant('Infinity'), idx + 8
        elif nextchar == '-' and string[idx:idx + 9] == '-Infinity':
            return parse_constant('-Infinity'), idx + 9
        return _match_number(string, idx, n)

    def scan_once(string, idx):
        if not isinstance(string, str):
            raise TypeError(f"first argument must be a string, not {type(string).__name__}")
        try:
            return _scan_once(string, idx)
        finally:
            memo.clear()

    return scan_once

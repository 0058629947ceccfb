"""Writes src/Generator/Library/re._casefix.py: for each lower-case character, the other lower-case characters with
the same upper case (the extra cases an IGNORECASE pattern must match besides a character's simple lower and upper
case: 's' and 'ſ', 'ι' and 'ι'...). Run with the CPython whose Unicode tables the runtime follows (3.12)."""
import sys
import unicodedata
from pathlib import Path

def _uname(c):
    return unicodedata.name(c, '') or 'U+%04X' % ord(c)

def main():
    by_upper = {}
    for i in range(sys.maxunicode + 1):
        c = chr(i)
        lo = c.lower()
        up = c.upper()
        # Characters that are their own lower case, grouped by their (full) upper case: 'ﬅ' and 'ﬆ' are both 'ST'.
        if lo == c and up != c:
            by_upper.setdefault(up, []).append(c)
    cases = {}
    for up, lows in by_upper.items():
        if len(lows) > 1:
            for c in lows:
                cases[c] = tuple(x for x in lows if x != c)
    lines = ['"""For each lower-case character, the other lower-case characters with the same upper case', '',
             'Written by tools/gen_re_casefix.py from the Unicode tables of CPython %d.%d (Unicode %s)."""' % (
                 sys.version_info[0], sys.version_info[1], unicodedata.unidata_version), '',
             '_EXTRA_CASES = {']
    for c in sorted(cases, key=ord):
        others = cases[c]
        lines.append('    # %s: %s' % (_uname(c), ', '.join(_uname(x) for x in others)))
        codes = ', '.join('0x%04x' % ord(x) for x in others) + (',' if len(others) == 1 else '')
        lines.append('    0x%04x: (%s), # %r: %r' % (ord(c), codes, c, ''.join(others)))
    lines.append('}')
    out = Path(__file__).resolve().parent.parent / 'src' / 'Generator' / 'Library' / 're._casefix.py'
    out.write_text('\n'.join(lines) + '\n', encoding='utf-8')
    return cases

if __name__ == '__main__':
    main()

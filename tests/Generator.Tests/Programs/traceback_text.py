# Helper module of stdlib_traceback_module: traceback text made comparable across machines and compilers.
def short(text):
    # File paths differ between runs: keep the file's name only. Compiled code has no column positions, so no
    # ^^^^ marker lines (CPython draws them under the failing expression).
    out = []
    for line in text.splitlines():
        if line.strip() and not line.strip(" ^~"):
            continue
        if line.startswith('  File "'):
            path, rest = line[len('  File "'):].split('"', 1)
            line = '  File "' + path.replace("\\", "/").rsplit("/", 1)[-1] + '"' + rest
        out.append(line)
    return "\n".join(out)

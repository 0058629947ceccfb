"""Records where CPython 3.12 raises BRANCH and JUMP in a file: for each code object (nested ones after their parent,
in co_consts order), each conditional jump (`B line fallthrough-line taken-line`; a FOR_ITER's `taken` is the line after
its END_FOR, where an exhausted loop goes) and each unconditional jump CPython instruments (`J line dest-line`), in
bytecode order, lines as co_lines() gives them. Usage: python3.12 record_flow.py FILE.py > FILE.flow (a
conformance program's .flow goes here too, beside the programs written for the model)
"""
import dis
import sys
import types

CONDITIONAL = {"POP_JUMP_IF_FALSE", "POP_JUMP_IF_TRUE", "POP_JUMP_IF_NONE", "POP_JUMP_IF_NOT_NONE"}


def line_map(code):
    lines = {}
    for start, end, line in code.co_lines():
        for off in range(start, end, 2):
            lines[off] = line
    return lines


def dump(code, out):
    out.append((code.co_firstlineno, code.co_qualname, code))
    for const in code.co_consts:
        if isinstance(const, types.CodeType):
            dump(const, out)


def lines_of(code, out):
    out.append(f"{code.co_qualname}:{code.co_firstlineno}")
    lines = line_map(code)
    show = lambda off: "-" if lines.get(off) is None else str(lines[off])
    instrs = list(dis.get_instructions(code))
    for i, ins in enumerate(instrs):
        name = ins.opname
        if name in CONDITIONAL:
            nxt = instrs[i + 1].offset
            out.append(f"  B {show(ins.offset)} {show(nxt)} {show(ins.argval)}")
        elif name == "FOR_ITER":
            nxt = instrs[i + 1].offset
            # the exhausted loop goes past the END_FOR at the target
            out.append(f"  B {show(ins.offset)} {show(nxt)} {show(ins.argval + 2)}")
        elif name in ("JUMP_FORWARD", "JUMP_BACKWARD"):
            out.append(f"  J {show(ins.offset)} {show(ins.argval)}")


path = sys.argv[1]
with open(path, encoding="utf-8") as f:
    source = f.read()
codes = []
dump(compile(source, path, "exec"), codes)
out = []
for _, _, code in sorted(codes, key=lambda c: (c[0], c[1])):
    lines_of(code, out)
print("\n".join(out))

a = f"{x}"
b = f"a{{b}}c{x!s}"
c = f"{x:{y}.{z}f}"
d = f"{ x = !r:10}"
e = f"{x = }"
f = f"""{
    x  # a comment
    + 1
}"""
g = f"{f"{f"{1}"}"}"
h = rf"\d{x}\n"
i = f"{x:}" f"" "" f"{y:>10}"
j = f"\N{DEGREE SIGN}{x}\t"
k = f'{a["key"]}' + f"{'\n'.join(x)}"
l = f"{x!r}{y!a}{z!s:^5}"
m = f"{3.14:.2f}" u"tail"
n = f"{x}" f"{y}" "z"
o = f"{(lambda: 1)()}"
p = f"{x:{'>' if a else '<'}10}"
q = f'''multi
line {x}
text'''

# Python names that collide with the generated C#: the module's own name, generated members, runtime types,
# C# keywords.
def clash_names(x):
    return x + 1

def Main(args):
    return "Main " + str(args)

def Import():
    return "Import"

def Globals(v=1):
    return v * 2

def PyValue(a, b):
    return a - b

def PyOps(string, int=3):
    return string * int

def ModuleName():
    return "mod"

def Call(Defaults, Functions):
    return Defaults + Functions

Cache = 5
Codes = [1, 2]
Rt = "rt"
var = 7
base = 8
this = 9
new = 10
params = 11
_ = 12
__ = 13

def uses_all(object, bool, double):
    string = object + bool
    ref = string * double
    return ref

print(clash_names(1), Main(2), Import(), Globals(), Globals(4), PyValue(10, 3), PyOps("ab"), ModuleName())
print(Call(1, 2), Cache, Codes, Rt, var, base, this, new, params, _, __, uses_all(1, 2, 3))
for checked in range(2):
    print(checked, [lock for lock in range(3)])

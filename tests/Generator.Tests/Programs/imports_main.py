import helper_mod
from helper_mod import square, GREETING as hello

print(helper_mod.square(4))
print(square(5), hello)
print(helper_mod.counter)
helper_mod.bump()
helper_mod.bump()
print(helper_mod.counter)
print(helper_mod.__name__)

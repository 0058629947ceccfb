# ... of a module: its names.
import math

print(math.sqrt(16.0))
print(math.sqroot(16.0))

x = 3
assert x == 3
assert x > 0, "positive"
print("asserts passed")
assert x < 0, f"x is {x}"

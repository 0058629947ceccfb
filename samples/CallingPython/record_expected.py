# Records expected_output.txt with CPython 3.12: the calls Program.cs makes, printed as it prints them.
#   PYENV_VERSION=3.12.1 python3 record_expected.py > expected_output.txt
from inventory import Shelf, add, average, biggest, find, in_stock, report, restock, split

print(f"add(2, 3) = {add(2, 3)}")
print(f"average = {average([1.5, 2.5, 4.0])}")
stock = {"apples": 12, "pears": 0}
print(f"apples: {in_stock(stock, 'apples')}, plums: {in_stock(stock, 'plums', -1)}")
print(f"find ap: {find(['pear', 'apple'], 'ap') or 'none'}, find x: {find(['pear'], 'x') or 'none'}")
each, left = split(17, 5)
print(f"split(17, 5) = ({each}, {left})")
for name, count in restock(stock, 3).items():
    print(f"restocked {name}: {count}")
report(["count the apples", "order pears"])
left = Shelf("left")
right = Shelf("right", capacity=3)
left.put("apples", 4)
print(f"apples on the left: {left.put('apples', 2)}")
right.put("pears", 3)
for item, count in biggest([left, right]).contents():
    print(f"biggest shelf holds {count} {item}")
try:
    right.put("plums", 1)
except ValueError as e:
    print(f"Python raised {type(e).__name__}: {e}")
try:
    average([])
except ZeroDivisionError as e:
    print(f"Python raised {type(e).__name__}: {e}")

items = [1]
print([x for x in {|#0:itms|}])

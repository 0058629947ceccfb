def total(values):
    s = 0
    for v in {|#0:valuez|}:
        s += v
    return s


print(total([1]))

def f():
    rows = [[1]]
    return [c for r in rows for c in {|#0:rw|}]


f()

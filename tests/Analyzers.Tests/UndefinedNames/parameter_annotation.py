def f(x: {|#0:Lisst|}) -> int:
    return 1

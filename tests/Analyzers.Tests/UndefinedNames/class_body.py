class C:
    size = 3
    double = {|#0:sise|} * 2

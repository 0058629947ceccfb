f = lambda amount: {|#0:amont|} + 1
f(1)

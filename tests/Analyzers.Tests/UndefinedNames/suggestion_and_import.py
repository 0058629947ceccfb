tim = 1
print({|#0:time|}.time())

Value = 1
print({|#0:value|})

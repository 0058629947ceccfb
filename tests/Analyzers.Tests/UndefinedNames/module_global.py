counter = 0
print({|#0:countr|})

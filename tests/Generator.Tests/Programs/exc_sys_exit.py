import sys
print("before")
try:
    sys.exit(5)
except SystemExit as e:
    print("caught exit", e.code)
try:
    sys.exit("message")
except SystemExit as e:
    print("caught", repr(e.code))
print("exiting")
sys.exit("fatal: done")

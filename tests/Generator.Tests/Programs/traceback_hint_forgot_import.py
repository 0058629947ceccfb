# A standard-library module's name used without its import: "Did you forget to import 'os'?"
def cwd():
    return os.getcwd()


print("start")
cwd()

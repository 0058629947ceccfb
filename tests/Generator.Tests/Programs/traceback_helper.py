# Helper module of traceback_modules: frames in a second file.
def parse(text):
    return convert(text.strip())


def convert(s):
    values = [int(part) for part in s.split(",")]
    return values

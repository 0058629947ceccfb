# An uncaught exception through several functions, a method, a generator, a lambda and a second module:
# the whole traceback (files, lines, function names, source lines) is checked, not only its last line.
import traceback_helper


class Loader:
    def load(self, rows):
        return list(self.each(rows))

    def each(self, rows):
        for row in rows:
            yield traceback_helper.parse(row)


def run(rows):
    loader = Loader()
    check = lambda r: loader.load(r)
    return check(rows)


print(run(["1,2", "3"]))
print(run(["4", "five"]))

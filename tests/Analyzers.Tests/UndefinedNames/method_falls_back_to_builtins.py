class C:
    limit = 3

    def f(self):
        return {|#0:limt|}


C().f()

class P:
    __match_args__ = ("a",)
    def __init__(self):
        self.a = 1
match P():
    case P(x):
        print("x", x)
match P():
    case P(x, y):
        print("never")

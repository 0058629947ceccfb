class Circle:
    def __init__(self, r):
        self.radius = r

    def area(self):
        return 3.14 * {|#0:radius|} ** 2


print(Circle(1).area())

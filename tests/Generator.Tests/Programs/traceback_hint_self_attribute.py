# In a method, a name that is an attribute of self: "Did you mean: 'self.radius'?"
class Circle:
    def __init__(self, radius):
        self.radius = radius

    def area(self):
        return 3.14159 * radius ** 2


print(Circle(2).radius)
print(Circle(2).area())

# ... of an instance: its own attributes and its class's, through the MRO.
class Base:
    def describe(self):
        return "base"


class Point(Base):
    def __init__(self):
        self.x_coord = 1


p = Point()
print(p.x_coord, p.describe())
print(p.descibe())

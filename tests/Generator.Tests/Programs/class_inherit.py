class Animal:
    sound = "..."
    count = 0
    def __init__(self, name):
        self.name = name
        Animal.count += 1
    def speak(self):
        return f"{self.name} says {self.sound}"
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"

class Dog(Animal):
    sound = "woof"
class Puppy(Dog):
    def speak(self):
        return super().speak() + "!"
class Cat(Animal):
    sound = "meow"
    def __init__(self, name, indoor=True):
        super().__init__(name)
        self.indoor = indoor

pets = [Dog("rex"), Puppy("bit"), Cat("tom", False), Animal("x")]
for p in pets:
    print(p, p.speak())
print(Animal.count, isinstance(pets[1], Dog), isinstance(pets[0], Puppy), issubclass(Puppy, Animal), issubclass(Cat, Dog))
print(Puppy.__mro__ if False else [c.__name__ for c in Puppy.__mro__], Puppy.__bases__[0].__name__)
print(pets[2].indoor, hasattr(pets[0], "indoor"), getattr(pets[0], "indoor", "n/a"))
class Base:
    def template(self):
        return self.hook() * 2
    def hook(self):
        return 1
class Derived(Base):
    def hook(self):
        return 21
print(Base().template(), Derived().template())
class A:
    def who(self):
        return "A"
class B(A):
    def who(self):
        return "B" + super().who()
class C(A):
    def who(self):
        return "C" + super().who()
class D(B, C):
    def who(self):
        return "D" + super().who()
print(D().who(), [k.__name__ for k in D.__mro__])

# The program the C# profiler in Program.cs observes: plain functions, methods, a generator, recursion.


class Account:
    def __init__(self, owner):
        self.owner = owner
        self.balance = 0

    def deposit(self, amount):
        self.balance += amount
        return self.balance


def evens(limit):
    for n in range(limit):
        if n % 2 == 0:
            yield n


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def main():
    acct = Account("ada")
    for amount in evens(10):
        acct.deposit(amount)
    print(acct.owner, acct.balance, fib(10))


if __name__ == "__main__":
    main()

class InsufficientFunds(Exception):
    pass

class Account:
    interest = 0.02
    _next_id = 1
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.history = []
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("amount must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))
        return self
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(f"{self.owner} has only {self.balance}")
        self.balance -= amount
        self.history.append(("withdraw", amount))
        return self
    def __repr__(self):
        return f"Account#{self.id}({self.owner!r}, {self.balance})"

class Savings(Account):
    interest = 0.05
    def add_interest(self):
        self.deposit(round(self.balance * self.interest, 2))

a = Account("ann", 100)
s = Savings("sam", 1000)
a.deposit(50).withdraw(30)
s.add_interest()
print(a, s, a.history, s.history)
for op in [lambda: a.withdraw(1000), lambda: a.deposit(-5)]:
    try:
        op()
    except (InsufficientFunds, ValueError) as e:
        print(type(e).__name__, e)
accounts = [a, s, Account("zed", 5)]
print(sorted(accounts, key=lambda x: x.balance), sum([x.balance for x in accounts]), max(accounts, key=lambda x: x.balance).owner)
print(Account.interest, Savings.interest, s.interest, isinstance(s, Account))

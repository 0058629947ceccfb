# Monitoring cost: a loop with an if and a method call per iteration. Part of benchmarks/Runner --monitoring.
from monitoring_tool import get_mode, tool_off, tool_on


class Account:
    def __init__(self):
        self.balance = 0
        self.moves = 0

    def move(self, amount):
        self.balance += amount
        self.moves += 1


def workload(n):
    acct = Account()
    for i in range(n):
        if i % 3 == 0:
            acct.move(i % 11)
        else:
            acct.move(-1)
    return acct.balance * 1000003 + acct.moves


mode = get_mode()
tool_on(mode)
result = workload(4000000)
tool_off(mode)
print("mon_methods", result)

def is_prime(n):
    if n < 2:
        return False
    i = 2
    while i * i <= n:
        if n % i == 0:
            return False
        i += 1
    return True

primes = [p for p in range(50) if is_prime(p)]
print(primes)
print(len(primes), sum(primes))

def sieve(limit):
    flags = [True] * (limit + 1)
    flags[0] = False
    flags[1] = False
    for i in range(2, limit + 1):
        if flags[i]:
            for j in range(i * i, limit + 1, i):
                flags[j] = False
    return [i for i in range(limit + 1) if flags[i]]

print(sieve(100) == [p for p in range(101) if is_prime(p)])
print(sieve(30))

# Sieve of Eratosthenes, repeated: list indexing, slice assignment and counted loops.


def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = is_prime[1] = False
    i = 2
    while i * i <= limit:
        if is_prime[i]:
            for j in range(i * i, limit + 1, i):
                is_prime[j] = False
        i += 1
    return [i for i in range(limit + 1) if is_prime[i]]


total = 0
count = 0
for _ in range(30):
    primes = sieve(300000)
    count += len(primes)
    total += sum(primes)
print(count, total, primes[-1])

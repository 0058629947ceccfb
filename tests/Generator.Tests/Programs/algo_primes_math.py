import math

def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0] = is_p[1] = False
    for i in range(2, math.isqrt(n) + 1):
        if is_p[i]:
            for j in range(i * i, n + 1, i):
                is_p[j] = False
    return [i for i, p in enumerate(is_p) if p]

def factorize(n):
    fs = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            fs.append(d)
            n //= d
        d += 1
    if n > 1:
        fs.append(n)
    return fs

primes = sieve(100)
print(primes, len(sieve(10000)))
print(factorize(360), factorize(97), factorize(2 ** 10 * 3 ** 5), factorize(600851475143))
print(math.gcd(48, 180), math.lcm(4, 6, 10), math.factorial(10), math.comb(52, 5), math.perm(10, 3))
def is_perfect(n):
    return sum([d for d in range(1, n) if n % d == 0]) == n
print([n for n in range(1, 1000) if is_perfect(n)])
print(sum([1 / math.factorial(k) for k in range(20)]), math.e)
print(math.sqrt(2) ** 2, math.isclose(math.sqrt(2) ** 2, 2), round(math.pi, 5), math.floor(-0.5), math.ceil(-0.5))
def newton_sqrt(x):
    g = x / 2
    for _ in range(20):
        g = (g + x / g) / 2
    return g
print(newton_sqrt(2), abs(newton_sqrt(2) - math.sqrt(2)) < 1e-12)
print(math.hypot(5, 12), math.dist([0, 0], [3, 4]), math.fsum([1e100, 1.0, -1e100]), sum([1e100, 1.0, -1e100]))
print(math.copysign(1, -0.0), math.trunc(2.9), math.modf(-2.5), math.fmod(-7, 3), -7 % 3)

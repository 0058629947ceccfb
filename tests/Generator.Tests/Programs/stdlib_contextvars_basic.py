# contextvars: ContextVar, Token, Context, copy_context (cases from CPython's test_context.py).
import contextvars
from contextvars import ContextVar, Context, Token, copy_context


def err(f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
    except Exception as e:
        msg = str(e)
        if ' at 0x' in msg:
            msg = msg[:msg.index('<')] + '<...>' + msg[msg.rindex('>') + 1:]
        print(type(e).__name__, msg)
    else:
        print('ok', r)


# the ContextVar constructor
c = ContextVar('a')
print(c.name, type(c).__name__, type(c).__module__)
err(ContextVar)
err(ContextVar, 1)
err(ContextVar, 'a', 1)
err(ContextVar, 'a', default=1, foo=2) if False else None
try:
    class MyVar(ContextVar):
        pass
except TypeError as e:
    print('TypeError', e)
try:
    class MyContext(Context):
        pass
except TypeError as e:
    print('TypeError', e)
try:
    class MyToken(Token):
        pass
except TypeError as e:
    print('TypeError', e)
err(setattr, c, 'name', 'b')
print(repr(ContextVar[int]), repr(Token[str]))
print(repr(Token.MISSING))
err(Token)

# get, set, reset
x = ContextVar('x')
try:
    x.get()
except LookupError as e:
    print('LookupError', e.args[0] is x)
print(x.get(None), x.get(5))
err(x.get, 1, 2)
d = ContextVar('d', default=10)
print(d.get(), d.get(20))
t = x.set(1)
print(x.get(), t.var is x, t.old_value is Token.MISSING)
t2 = x.set(2)
print(x.get(), t2.old_value)
x.reset(t2)
print(x.get())
err(x.reset, t2)
x.reset(t)
print(x.get('unset'))
err(x.reset, 1)
err(d.reset, x.set(3))
err(x.set)
err(x.set, 1, 2)
print(hash(x) == hash(x), x == x, x != d)

# Context as a mapping
ctx = Context()
err(Context, 1)
err(Context, a=1)
print(len(ctx), list(ctx), ctx.get(x), ctx.get(x, 'dflt'))
err(ctx.get)
err(ctx.get, 1)
err(ctx.__getitem__, 1)
err(lambda: 1 in ctx)
err(lambda: ctx[x])
err(hash, ctx)


def fill():
    x.set('in ctx')
    d.set('d in ctx')
    return sorted(v for v in ctx.values() if isinstance(v, str))


print(ctx.run(fill))
print(len(ctx), ctx[x], x in ctx, d in ctx, x.get('outside'))
print(sorted(k.name for k in ctx.keys()), sorted(str(v) for k, v in ctx.items()))
print(sorted(k.name for k in ctx))

# run: arguments, entering twice, exceptions leave the context
def f(a, b=None, *, c=None):
    return (a, b, c, x.get('none'))


print(ctx.run(f, 1, b=2, c=3))
err(ctx.run)


def reenter():
    ctx.run(lambda: None)


err(ctx.run, reenter)


def boom():
    x.set('boom')
    raise ZeroDivisionError('inside')


try:
    ctx.run(boom)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print(ctx[x], x.get('outside'))

# copies are independent
c1 = ctx.copy()
print(c1 == ctx, c1 is ctx, c1[x])
c1.run(x.set, 'c1')
print(c1[x], ctx[x], c1 == ctx)

# a token belongs to its context
tok = ctx.run(x.set, 'again')
err(x.reset, tok)
ctx.run(x.reset, tok)
print(ctx[x])

# copy_context copies the current context
y = ContextVar('y', default=0)
y.set(1)
snap = copy_context()
y.set(2)
print(y.get(), snap[y], snap.run(y.get))


def nested():
    y.set(10)
    inner = copy_context()
    inner.run(y.set, 20)
    return y.get(), inner[y]


print(copy_context().run(nested), y.get())

# many variables
vars_ = [ContextVar('v%d' % i) for i in range(50)]


def setall():
    for i, v in enumerate(vars_):
        v.set(i * i)
    return sum(v.get() for v in vars_)


c2 = Context()
print(c2.run(setall), len(c2), c2[vars_[7]], vars_[7].get('unset'))
print(sorted(contextvars.__all__))

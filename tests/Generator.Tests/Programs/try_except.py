def div(a, b):
    try:
        r = a // b
    except ZeroDivisionError as e:
        print("caught:", e, type(e).__name__)
        return None
    else:
        print("no error")
        return r
    finally:
        print("finally", a, b)

print(div(7, 2))
print(div(7, 0))

def parse(s):
    try:
        return int(s)
    except (ValueError, TypeError) as err:
        print("bad:", err)
        return -1

print(parse("12"), parse("x"), parse(None))

def nested():
    try:
        try:
            [][1]
        except KeyError:
            print("not here")
        finally:
            print("inner finally")
    except IndexError as e:
        print("outer caught", e)
    try:
        e
    except NameError as ne:
        print("e unbound after handler:", ne)

nested()

def reraise():
    try:
        raise ValueError("first")
    except ValueError:
        print("handling")
        raise

try:
    reraise()
except Exception as e:
    print("re-raised:", repr(e))

for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("loop", i)
    finally:
        print("cleanup", i)

try:
    raise KeyError("k")
except LookupError as e:
    print("lookup", repr(e), e.args)

try:
    x = undefined_thing
except NameError as e:
    print(e)
else:
    print("no")

def raise_from():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise RuntimeError("wrapped") from e

try:
    raise_from()
except RuntimeError as e:
    print(e, type(e.__cause__).__name__)

count = 0
while True:
    try:
        count += 1
        if count > 3:
            raise StopIteration
    except StopIteration:
        print("stop at", count)
        break

try:
    pass
except:
    print("never")
else:
    print("else ran")
finally:
    print("all done")

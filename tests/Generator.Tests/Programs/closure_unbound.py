def outer():
    def inner():
        return x
    print("calling inner")
    inner()
    x = 1

outer()

def outer():
    message = "hi"

    def inner():
        return {|#0:mesage|}

    return inner()


outer()

def main():
    return {|#0:helper|}(2)


def helpr(x):
    return x


main()

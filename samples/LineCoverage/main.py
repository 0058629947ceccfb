# Measures app.py with the sys.monitoring line-coverage tool in linecov.py, then prints the lines that ran.
import app
from linecov import LineCoverage


def main():
    cov = LineCoverage({"app.py"})
    cov.start()
    app.run()
    cov.stop()
    cov.report()


if __name__ == "__main__":
    main()

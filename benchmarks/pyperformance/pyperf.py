# A stand-in for the pyperf module that pyperformance's programs import, so that they run unmodified under
# benchmarks/Runner: each benchmark function runs a fixed number of loops (LOOPS, sized for about half a second to a
# second of CPython 3.12 CPU time), and the runner times the whole process. Only what the programs use is here.
# Written for PyAot; a module the programs import, not a program (it has no .expected).
import time

# Loops per benchmark name, as pyperf would calibrate them, but fixed so every implementation does the same work.
LOOPS = {
    "barnes_hut": 2,
    "chaos": 5,
    "comprehensions": 20000,
    "coroutines": 20,
    "deepcopy": 1500,
    "deepcopy_reduce": 15000,
    "deepcopy_memo": 6000,
    "deltablue": 150,
    "fannkuch": 1,
    "float": 5,
    "generators": 15,
    "go": 3,
    "hexiom": 100,
    "mdp": 1,
    "meteor_contest": 3,
    "nbody": 5,
    "nqueens": 4,
    "pidigits": 2,
    "quadtree_nbody": 1,
    "raytrace": 2,
    "regex_dna": 1,
    "regex_effbot": 4,
    "regex_v8": 2,
    "richards": 12,
    "richards_super": 10,
    "spectral_norm": 4,
    "scimark_fft": 1,
    "scimark_lu": 1,
    "scimark_monte_carlo": 1,
    "scimark_sor": 1,
    "scimark_sparse_mat_mult": 1,
    "unpack_sequence": 16000,
}


def perf_counter():
    return time.perf_counter()


class Namespace:
    pass


class ArgumentParser:
    """The options the programs declare, each taking its default (no command line is parsed)."""

    def __init__(self):
        self._defaults = []

    def add_argument(self, *names, **options):
        # argparse's dest: the first long option's name, else the first name's
        dest = options.get("dest")
        if dest is None:
            longs = [name for name in names if name.startswith("--")]
            dest = (longs or names)[0].lstrip("-").replace("-", "_")
        default = options.get("default")
        if default is None and options.get("action") == "store_true":
            default = False
        self._defaults.append((dest, default))


class Runner:
    def __init__(self, add_cmdline_args=None, **options):
        self.metadata = {}
        self.argparser = ArgumentParser()

    def parse_args(self):
        args = Namespace()
        for dest, default in self.argparser._defaults:
            setattr(args, dest, default)
        return args

    def bench_func(self, name, func, *args, inner_loops=None, metadata=None):
        result = None
        for _ in range(LOOPS[name]):
            result = func(*args)
        _report(name, result)

    def bench_time_func(self, name, time_func, *args, inner_loops=None, metadata=None):
        elapsed = time_func(LOOPS[name], *args)
        _report(name, None)


def _report(name, result):
    # What every implementation must print alike: the benchmark, and a summary of what it returned.
    if result is None:
        print(name, "done")
    else:
        text = repr(result)
        print(name, len(text), text[:200])

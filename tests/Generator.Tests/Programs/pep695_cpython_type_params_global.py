# The run_code snippet of CPython 3.12's test_type_params.py test_explicit_global_with_no_static_bound, as a module:
# no x at module level; pep695_cpython_type_params.py assigns it.
def outer():
    class Cls:
        global x
        type Alias = x
    Cls.x = "class"
    return Cls

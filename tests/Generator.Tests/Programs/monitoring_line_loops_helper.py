# Imported by monitoring_line_loops_and_declarations: its module code's PY_START.
def noop():
    return None


noop()

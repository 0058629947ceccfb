# A helper of import_star.py: __all__ lists a name the module does not have.
__all__ = ["present", "absent"]
present = "present"

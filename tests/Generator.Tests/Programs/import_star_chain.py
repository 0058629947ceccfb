# A helper of import_star.py, star-imported by import_star_noall.py: its names pass through that module.
__all__ = ["chained", "_chained_private"]
chained = "from the chain"
_chained_private = "listed, so exported, but dropped again by a module without __all__"

# The module of a class types.new_class makes: type.__new__ takes __module__ from the globals of the frame that calls
# the metaclass, here types.new_class's (so 'types'), as for any three-argument type() call. Compiled code has no
# frames: PyAot gives such a class the module __main__.
import types

Made = types.new_class("Made")
print(Made, Made.__module__)
Direct = type("Direct", (), {})
print(Direct, Direct.__module__)

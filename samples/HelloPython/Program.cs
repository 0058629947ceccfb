// The Python module hello.py is compiled to the C# class PyAot.Modules.hello at build time.
return PyAot.Modules.hello.Run(args);

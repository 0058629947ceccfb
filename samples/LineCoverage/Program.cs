// main.py runs app.py under the line-coverage tool of linecov.py; all three compile to C# at build time.
return PyAot.Modules.main.Run(args);

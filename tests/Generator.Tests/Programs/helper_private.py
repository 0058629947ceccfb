__hidden = "module __hidden"
_Importer__hidden = "module _Importer__hidden"

print({|#0:os|}.getcwd())

print({|#0:zzzzqqq|})

class ConfigError(Exception):
    pass

def load(name):
    if not name.endswith(".cfg"):
        raise ConfigError(f"bad config file name: {name!r}")
    return name

print(load("a.cfg"))
load("a.txt")

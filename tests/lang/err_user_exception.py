# An uncaught user-defined exception names its class.
class ConfigError(Exception):
    pass
raise ConfigError("missing key 'port'")

# Raising Exception with several arguments uncaught.
raise Exception("two", "args")

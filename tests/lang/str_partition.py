# partition, rpartition, expandtabs and removeprefix/removesuffix.
print("key=value=x".partition("="), "key=value=x".rpartition("="), "abc".partition("z"))
print("abc".rpartition("z"))
print("a\tbc\td".expandtabs(4), "x\ty".expandtabs())
print("prefix_name".removeprefix("prefix_"), "file.py".removesuffix(".py"), "a".removeprefix("b"))

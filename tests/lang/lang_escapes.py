# String escapes and raw strings.
print("tab:\t|")
print("newline:\nsecond line")
print("quote: \" and \' and \\")
print("hex \x41\x42 octal \101\102 unicode \u00e9\u4e2d \U0001F600")
print(r"raw \n stays \t")
print(len("\n"), len(r"\n"), len("\u00e9"))
print('it\'s', "say \"hi\"")
print(repr("\a\b\f\v\0"))
print("""triple "quoted" string
spanning lines""")
print('''single triple''')
print("line \
continued")

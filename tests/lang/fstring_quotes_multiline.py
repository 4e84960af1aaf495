# f-strings with different quote styles and triple quotes.
a = 1
b = "two"
print(f'{a} {b}', f"""{a}
{b}""", F"{a}", rf"\n{a}", fr"{b}\t")
print(f"{'single'}" + f'{"double"}')
print(f"{a}" f"{b}" "plain")

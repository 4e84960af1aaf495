# Triple-quoted strings keep newlines and indentation.
text = """first
  second
third"""
print(text)
print(len(text.splitlines()), repr(text[:7]))
doc = '''
leading newline'''
print(repr(doc))

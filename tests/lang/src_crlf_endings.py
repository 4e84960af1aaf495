# CRLF line endings (and a lone CR) read as newlines, as CPython does.
x = 1
if x:
    print('crlf', x)
s = '''a
b'''
print(repr(s))
print('lone cr')print('end')

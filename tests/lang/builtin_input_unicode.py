# input() decodes UTF-8 and strips only the newline.
s = input()
print(len(s), s[::-1], s.upper())

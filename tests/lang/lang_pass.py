# pass in every block position.
def nothing():
    pass

print(nothing())
for i in range(3):
    pass
print(i)
while False:
    pass
if True:
    pass
else:
    pass
try:
    pass
except Exception:
    pass
print("done")

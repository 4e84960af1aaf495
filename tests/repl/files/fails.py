half = 21
print("before")
raise ValueError("from the script")

print("this line is never run")
x = = 1

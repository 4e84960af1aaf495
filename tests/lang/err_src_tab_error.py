# Indentation mixing tabs and spaces inconsistently: TabError.
if True:
        x = 1
	print(x)

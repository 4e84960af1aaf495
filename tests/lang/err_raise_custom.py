# Uncaught exception raised by the program itself.
def validate(age):
    if age < 0:
        raise ValueError("age must be non-negative: " + str(age))
    return age
print(validate(5))
validate(-3)

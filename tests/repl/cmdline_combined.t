# Combined flags with the command glued on (-qic...), then the prompt with
# the command's names.
# oracle: python3.11
args -qic'x = 5; print("ran")'
type x
keys ^D

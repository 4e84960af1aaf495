# This program has only comments.
# It prints nothing and exits 0.

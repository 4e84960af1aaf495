# --dis of a file that cannot be opened gives the message running it would.
# oracle: own — python3.11 has no --dis.
args --dis files/missing.py

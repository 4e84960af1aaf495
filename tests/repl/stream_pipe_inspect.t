# -i with a script and stdin a pipe: no terminal input, so no readline and
# no greeting; the prompts go to stderr and stdout holds only the result
# (echo '2+3' | tally -i s.py prints just 5).
# oracle: python3.11
args -i files/inspect.py
stdin 2+3\n
stdout file

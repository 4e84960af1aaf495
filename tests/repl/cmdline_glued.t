# Code glued to -c, unknown -X options ignored (glued or not), and
# everything after the command goes to sys.argv.
# oracle: python3.11
args -X nosuchoption -Xanother=1 '-cimport sys; print(sys.argv)' -i --

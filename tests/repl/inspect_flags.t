# -i: the program runs, then the prompt, without the greeting; a SystemExit
# of the program is reported like any exception and the prompt follows;
# sys.flags.interactive is 1; an exit inside the prompt ends it with its
# status.
# oracle: python3.11
args -i -c import\ sys;\ print(sys.flags.interactive,\ sys.flags.inspect);\ sys.exit(4)
type sys.flags.interactive
type raise SystemExit(5)

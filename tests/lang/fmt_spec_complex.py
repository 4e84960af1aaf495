# format() and f-string specs for complex: no type (like str, with
# parentheses), e/f/g/n and upper case, sign, 'z', '#', grouping, width and
# alignment, and the errors for zero padding, '=' and unknown codes; %-format.
vals = [1+2j, 2j, -2j, -0j, 0j, complex(-0.0, 0.0), complex(1e16, 1e-5), complex(float('nan'), float('inf')), complex(-1.5, float('-inf')), 1.23456789+9.87654321j, complex(0.0, -0.0), 1e300*1e10j]
specs = ['', '#', '10', '<20', '^20', '>20', '*^24', '+', '-', ' ', '.2', '.2f', '.3e', 'g', 'G', 'E', 'F', 'f', 'n', '+.1f', ' .1f', '#.0f', '#g', ',.2f', '_.2f', '20.2f', 'z.1f', 'z', 'z.0f', '.0', '#.0', '.20g', '.2%', '0', '010', '=10', 'x', 'd', 's', '08.2f', '#x', ',', '_', ',g', '.1']
for v in vals:
    for s in specs:
        try:
            print(repr(v), repr(s), '->', repr(format(v, s)))
        except Exception as ex:
            print(repr(v), repr(s), '!', type(ex).__name__, ex)
print(f"{1+2j}", f"{1+2j!r:>12}", f"{1+2j:.1f}", f"{3j:10}|", f"{(1+2j)*1j=}")
print('%s %r' % (1j, 2j))
for f in ['%f', '%d', '%g', '%x', '%e', '%c']:
    try:
        print(f % 1j)
    except Exception as ex:
        print(f, '!', type(ex).__name__, ex)

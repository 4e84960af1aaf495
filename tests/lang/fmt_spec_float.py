# The format-spec mini-language for floats.
x = 12345.6789
print(f"{x:.2f} {x:,.2f} {x:e} {x:.3e} {x:E} {x:g} {x:.3g} {x:%} {x:.1%}")
print(f"{x:15.3f}| {x:<15.1f}| {x:^15.2f}| {x:+.0f} {x:015.2f}")
print(f"{0.000012345:g} {1e20:g} {1.5:g} {float('inf'):f} {float('nan'):e} {-0.0:f}")
print(f"{2.5:.0f} {3.5:.0f} {0.125:.2f} {1e16:,.0f} {x:_.1f}")
print(format(0.1, ".20f"), format(1/3, ".17g"), format(100.0, "n"))

# str.format specs: alignment, fill, width, precision and sign.
for v in [0, 7, -7, 123456]:
    print("[{:6d}] [{:<6d}] [{:^6d}] [{:>+6d}] [{:06d}]".format(v, v, v, v, v))
for f in [0.0, 3.14159, -2.5, 1234.5678]:
    print("[{:8.2f}] [{:<8.1f}] [{:.0f}] [{:08.3f}]".format(f, f, f, f))
print("[{:10}] [{:>10}] [{:.2}]".format("left", "right", "truncate"))
print("[{:5}] [{:<5}]".format(42, 42))

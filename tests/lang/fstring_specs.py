# f-string format specs: width, alignment, fill, precision, sign, zero padding.
x = 42
y = 3.14159
z = "hi"
print(f"[{x:>5}] [{x:<5}] [{x:^5}] [{x:05}] [{x:+}] [{-x:5}]")
print(f"[{y:.2f}] [{y:8.3f}] [{y:<8.1f}] [{y:.0f}] [{-y:09.2f}] [{y:+.1f}]")
print(f"[{z:>5}] [{z:*<5}] [{z:-^6}] [{z!r:>6}] [{z:.1}]")
print(f"[{x:d}] [{x:6d}] [{y:f}] [{2.5:.0f}] [{3.5:.0f}]")
print(f"[{True:>6}] [{None!r:>6}] [{1e20:.2f}]")

# inf and nan arithmetic and comparisons.
inf = float("inf")
nan = float("nan")
print(inf + 1, -inf * 2, inf - inf, inf * 0)
print(nan == nan, nan != nan, nan < 1, nan > 1, inf > 1e308)
print(1 / inf, -1 / inf, inf == inf, -inf < inf)
print(max(1.0, inf), min(-inf, 0))
print(5.0 // inf, -5.0 // inf)
print(float("nan") in [float("nan")])
lst = [nan]
print(nan in lst, lst == lst)

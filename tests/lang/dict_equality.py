# Dict equality ignores order; nested values compare deeply.
a = {"x": 1, "y": [1, 2]}
b = {"y": [1, 2], "x": 1}
print(a == b, a != b, {} == {}, {"x": 1} == {"x": 1.0}, {"x": 1} == {"x": 2})
print({1: {2: 3}} == {1: {2: 3}}, {1: 2} == [(1, 2)])

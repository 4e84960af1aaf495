# Dicts of lists and dicts of dicts, grouped and counted.
records = [("fruit", "apple"), ("veg", "kale"), ("fruit", "fig"), ("grain", "rye"), ("veg", "leek")]
groups = {}
for kind, name in records:
    groups.setdefault(kind, []).append(name)
print(groups)
tree = {}
for path in ["a/b/c", "a/b/d", "a/e", "f"]:
    node = tree
    for part in path.split("/"):
        node = node.setdefault(part, {})
print(tree)
print(tree["a"]["b"], len(tree["a"]))

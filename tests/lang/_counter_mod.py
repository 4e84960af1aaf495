# Helper for mod_import_once.py: prints when its body runs.
print("module body runs")
runs = 1

# CPython's keyword.py, imported from the standard library.
import keyword
print(keyword.__file__.endswith("keyword.py"))
print(keyword.iskeyword("if"), keyword.iskeyword("match"), keyword.iskeyword("print"))
print(keyword.issoftkeyword("match"), keyword.issoftkeyword("_"), keyword.issoftkeyword("if"))
print(len(keyword.kwlist), keyword.kwlist[:5], keyword.softkwlist)
print(sorted(keyword.__all__))

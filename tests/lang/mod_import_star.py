# from m import * imports public names (or __all__).
from _star_mod import *
print(public, helper())
try:
    _private
except NameError as e:
    print("NameError:", e)
try:
    not_in_all
except NameError as e:
    print("NameError:", e)

# CPython's __future__.py: its features as objects.
import __future__
print(__future__.all_feature_names)
print(__future__.annotations.getOptionalRelease(), __future__.annotations.getMandatoryRelease())
print(__future__.division, __future__.generator_stop.compiler_flag > 0)
print(repr(__future__.nested_scopes), __future__.CO_FUTURE_ANNOTATIONS > 0)

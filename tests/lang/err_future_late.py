"""A docstring may come first."""
from __future__ import annotations
print("ran")
from __future__ import division

# Case mapping beyond ASCII, including one-to-many mappings.
print("ÉCOLE straße".lower(), "straße".upper(), "ß".casefold())
print("ǅ".lower(), "ǆ".title(), "ﬁ".upper(), "İ".lower() == "i̇", "Σ".lower())
print("ÀÉÎÕÜ".lower().upper() == "ÀÉÎÕÜ", "éa".capitalize(), "ŉ".upper())

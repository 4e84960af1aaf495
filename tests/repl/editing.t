# Line editing and history through readline: the arrow keys recall and
# edit earlier lines, text with multi-byte characters is edited whole,
# and _ holds the last value shown.
# oracle: python3.11
args -q
type word = "日本語"
type word
type len(_)
keys \e[A\e[A\e[A\r
keys \e[A\e[D\e[D\e[Dx\r
keys 12\e[D\e[D0\x01-\x05\r
type _ * 2
keys ^D

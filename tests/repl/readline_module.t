# The readline module at the prompt: a completer set from Python takes over
# Tab, history functions see the lines typed, and input() after the import
# edits its line with readline (Ctrl-A moves to the start).
# oracle: python3.11
args -q
type import readline
type readline.set_completer(lambda text, state: ['zebra_one', 'zebra_two'][state] if state < 2 and text == 'ze' else None)
keys ze\t\t
keys \x15
type readline.get_history_item(readline.get_current_history_length())
keys x = input('? ')\r
keys bc\x01a\r
type x
type readline.set_completer(None)

# The readline module: history, completer and hook settings (stdin is no terminal here).
import readline, os, tempfile
print(type(readline._READLINE_VERSION).__name__, readline.__doc__)
readline.clear_history()
for line in ['first', 'second', 'third']:
    readline.add_history(line)
print(readline.get_current_history_length(), readline.get_history_item(1), readline.get_history_item(3), readline.get_history_item(4), readline.get_history_item(0))
readline.replace_history_item(1, 'SECOND'); readline.remove_history_item(0)
print([readline.get_history_item(i) for i in range(1, readline.get_current_history_length() + 1)])
for f in [lambda: readline.remove_history_item(-1), lambda: readline.remove_history_item(10), lambda: readline.replace_history_item(10, 'x'), lambda: readline.add_history(5), lambda: readline.set_completer(5)]:
    try: f()
    except Exception as e: print(type(e).__name__, e)
d = tempfile.mkdtemp(); path = os.path.join(d, 'hist')
readline.write_history_file(path); readline.clear_history(); print(readline.get_current_history_length())
readline.read_history_file(path); print(readline.get_current_history_length(), readline.get_history_item(2))
readline.add_history('ünï'); readline.append_history_file(1, path)
readline.clear_history(); readline.read_history_file(path); print(readline.get_history_item(readline.get_current_history_length()))
print(readline.get_history_length()); readline.set_history_length(2); print(readline.get_history_length())
readline.write_history_file(path); readline.clear_history(); readline.read_history_file(path); print(readline.get_current_history_length())
readline.set_history_length(-1)
try: readline.read_history_file(os.path.join(d, 'missing'))
except OSError as e: print(type(e).__name__, e.errno)
c = lambda text, state: None
readline.set_completer(c); print(readline.get_completer() is c); readline.set_completer(); print(readline.get_completer())
readline.set_completer_delims(' \t'); print(repr(readline.get_completer_delims()))
print(readline.get_begidx(), readline.get_endidx(), readline.get_line_buffer() == '')
readline.parse_and_bind('tab: complete'); readline.set_auto_history(False); readline.set_startup_hook(lambda: None); readline.set_startup_hook()
print(readline.get_completion_type())

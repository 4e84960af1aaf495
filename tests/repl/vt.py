"""A small terminal screen: the part of an xterm that readline and a REPL use.

The pseudo-terminal's output is fed in as bytes; `text()` gives the screen
as the user would read it, every line ever written (scrollback included),
trailing blanks removed.  It understands carriage return, line feed,
backspace, tab, bell (ignored) and the CSI sequences readline sends to an
xterm: cursor movement (A B C D G H), erase in line / display (K J),
insert / delete characters (@ P); mode and colour changes (h l m) and
other escapes are accepted and ignored.  Wide characters (East Asian
wide and fullwidth) take two cells, as on a real terminal.
"""

import codecs
import unicodedata


class Screen:
    def __init__(self, columns=200):
        self.columns = columns
        self.rows = [[]]
        self.row = 0
        self.col = 0
        self.decoder = codecs.getincrementaldecoder("utf-8")("replace")
        self.pending = ""  # an escape sequence not yet complete

    def feed(self, data):
        text = self.pending + self.decoder.decode(data)
        self.pending = ""
        i = 0
        while i < len(text):
            ch = text[i]
            if ch == "\x1b":
                end = self._escape_end(text, i)
                if end is None:
                    self.pending = text[i:]
                    return
                self._escape(text[i:end])
                i = end
                continue
            self._char(ch)
            i += 1

    @staticmethod
    def _escape_end(text, i):
        """Index just past the escape sequence starting at text[i], or None
        when the text ends inside it."""
        if i + 1 >= len(text):
            return None
        kind = text[i + 1]
        if kind == "[":
            j = i + 2
            while j < len(text) and not ("@" <= text[j] <= "~"):
                j += 1
            return j + 1 if j < len(text) else None
        if kind == "]":  # operating system command, ends at BEL or ST
            j = i + 2
            while j < len(text):
                if text[j] == "\x07":
                    return j + 1
                if text[j] == "\x1b" and j + 1 < len(text) and text[j + 1] == "\\":
                    return j + 2
                j += 1
            return None
        if kind in "()#":
            return i + 3 if i + 2 < len(text) else None
        return i + 2

    def _line(self):
        while len(self.rows) <= self.row:
            self.rows.append([])
        line = self.rows[self.row]
        while len(line) < self.col:
            line.append(" ")
        return line

    def _char(self, ch):
        if ch == "\r":
            self.col = 0
        elif ch == "\n":
            self.row += 1
            self._line()
        elif ch == "\b":
            self.col = max(0, self.col - 1)
        elif ch == "\t":
            self.col = min(self.columns - 1, (self.col // 8 + 1) * 8)
        elif ch == "\x07" or ord(ch) < 32:
            pass
        else:
            width = 2 if unicodedata.east_asian_width(ch) in "WF" else 1
            if self.col + width > self.columns:
                self.row += 1
                self.col = 0
            line = self._line()
            cells = [ch] + [""] * (width - 1)
            line[self.col:self.col + width] = cells
            self.col += width

    def _escape(self, seq):
        if not seq.startswith("\x1b[") or seq[2:3] == "?":
            return
        final = seq[-1]
        params = [int(p) if p.isdigit() else 0 for p in seq[2:-1].split(";")]
        n = max(params[0], 1)
        if final == "A":
            self.row = max(0, self.row - n)
        elif final == "B":
            self.row += n
        elif final == "C":
            self.col = min(self.columns - 1, self.col + n)
        elif final == "D":
            self.col = max(0, self.col - n)
        elif final == "G":
            self.col = n - 1
        elif final == "H":
            top = max(0, len(self.rows) - 1 - self.row)
            self.row = top + (params[0] or 1) - 1
            self.col = (params[1] if len(params) > 1 and params[1] else 1) - 1
        elif final == "K":
            line = self._line()
            if params[0] == 0:
                del line[self.col:]
            elif params[0] == 1:
                line[:self.col] = [" "] * self.col
            else:
                line.clear()
        elif final == "J":
            if params[0] == 0:
                del self._line()[self.col:]
                del self.rows[self.row + 1:]
        elif final == "P":
            del self._line()[self.col:self.col + n]
        elif final == "@":
            self._line()[self.col:self.col] = [" "] * n
        self._line()

    def text(self):
        lines = ["".join(cells).rstrip() for cells in self.rows]
        while lines and not lines[-1]:
            lines.pop()
        return "\n".join(lines) + "\n" if lines else ""

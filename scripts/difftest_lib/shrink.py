"""Shrinking a program while it keeps failing the same way.

Statement-level delta debugging on python3.11's AST: every statement list
(the module, function and class bodies, loop, with, try, handler and
finally bodies) loses chunks of statements, halving the chunk size down to
single statements; compound statements are replaced by one of their bodies
(a try by its body or its finally, a loop or a with by its body); a try
loses handlers, else and finally clauses; calls inside expression
statements lose arguments.  A candidate is kept when it still compiles and
the caller's test says the divergence is the same (run.py's signature),
until a whole pass changes nothing or the budget is spent.
"""

import ast
import time

# Fields of these nodes that hold statement lists, and whether the list
# must stay non-empty.
STMT_FIELDS = {
    ast.Module: (("body", False),),
    ast.FunctionDef: (("body", True),), ast.AsyncFunctionDef: (("body", True),),
    ast.ClassDef: (("body", True),),
    ast.For: (("body", True), ("orelse", False)), ast.AsyncFor: (("body", True), ("orelse", False)),
    ast.While: (("body", True), ("orelse", False)), ast.If: (("body", True), ("orelse", False)),
    ast.With: (("body", True),), ast.AsyncWith: (("body", True),),
    ast.Try: (("body", True), ("orelse", False), ("finalbody", False)),
    ast.ExceptHandler: (("body", True),),
    ast.match_case: (("body", True),),
}
if hasattr(ast, "TryStar"):
    STMT_FIELDS[ast.TryStar] = STMT_FIELDS[ast.Try]


class Shrinker:
    """Reduces one program; test(source) -> bool says whether a candidate
    still shows the divergence."""

    def __init__(self, source, test, seconds, max_tests):
        self.tree = ast.parse(source)
        self.test = test
        self.deadline = time.monotonic() + seconds
        self.max_tests = max_tests
        self.tests = 0
        self.seen = {}
        self.current = self.source()

    def out_of_budget(self):
        return self.tests >= self.max_tests or time.monotonic() > self.deadline

    def source(self):
        return ast.unparse(self.tree) + "\n"

    def accept(self):
        """Whether the tree as it stands now compiles and still fails."""
        src = self.source()
        if src == self.current:
            return False
        if src in self.seen:
            return self.seen[src]
        try:
            compile(src, "min.py", "exec")
        except (SyntaxError, ValueError):
            self.seen[src] = False
            return False
        if self.out_of_budget():
            return False
        self.tests += 1
        self.seen[src] = self.test(src)
        return self.seen[src]

    def attempt(self, owner, field, new):
        """Sets owner.field to new; keeps it when the result still fails,
        puts the old value back otherwise."""
        old = getattr(owner, field)
        setattr(owner, field, new)
        if self.accept():
            self.current = self.source()
            return True
        setattr(owner, field, old)
        return False

    def run(self):
        progress = True
        while progress and not self.out_of_budget():
            progress = False
            for owner, field, required in self.statement_lists():
                progress |= self.reduce_list(owner, field, required)
            for owner, field, required in self.statement_lists():
                progress |= self.hoist(owner, field)
            for node in list(ast.walk(self.tree)):
                if isinstance(node, (ast.Try, getattr(ast, "TryStar", ast.Try))):
                    progress |= self.prune_try(node)
                elif isinstance(node, ast.Call):
                    progress |= self.prune_call(node)
        return self.source()

    def statement_lists(self):
        """(node, field, must-be-non-empty) of every statement list,
        outermost first."""
        found = []
        for node in ast.walk(self.tree):
            for field, required in STMT_FIELDS.get(type(node), ()):
                if getattr(node, field):
                    found.append((node, field, required))
        return found

    def reduce_list(self, owner, field, required):
        changed = False
        chunk = max(1, len(getattr(owner, field)) // 2)
        while chunk >= 1 and not self.out_of_budget():
            i = 0
            while i < len(getattr(owner, field)) and not self.out_of_budget():
                stmts = getattr(owner, field)
                if required and len(stmts) == 1 and isinstance(stmts[0], ast.Pass):
                    break
                rest = stmts[:i] + stmts[i + chunk:]
                if required and not rest:
                    rest = [ast.Pass()]
                if self.attempt(owner, field, rest):
                    changed = True
                else:
                    i += chunk
            chunk //= 2
        return changed

    def hoist(self, owner, field):
        """Replaces compound statements in owner.field by one of their own
        statement lists."""
        changed = False
        i = 0
        while i < len(getattr(owner, field)) and not self.out_of_budget():
            stmts = getattr(owner, field)
            node = stmts[i]
            for replacement in inner_lists(node):
                if self.attempt(owner, field, stmts[:i] + replacement + stmts[i + 1:]):
                    changed = True
                    break
            i += 1
        return changed

    def prune_try(self, node):
        changed = False
        for j in range(len(node.handlers) - 1, -1, -1):
            if j < len(node.handlers) and (len(node.handlers) > 1 or node.finalbody):
                if self.attempt(node, "handlers", node.handlers[:j] + node.handlers[j + 1:]):
                    changed = True
        if node.orelse and self.attempt(node, "orelse", []):
            changed = True
        if node.finalbody and node.handlers and self.attempt(node, "finalbody", []):
            changed = True
        return changed

    def prune_call(self, node):
        changed = False
        j = len(node.args) - 1
        while j >= 0 and not self.out_of_budget():
            if self.attempt(node, "args", node.args[:j] + node.args[j + 1:]):
                changed = True
            j -= 1
        return changed


def inner_lists(node):
    """The statement lists a compound statement could be replaced by."""
    if isinstance(node, (ast.Try, getattr(ast, "TryStar", ast.Try))):
        options = [node.body, node.body + node.finalbody, node.finalbody]
        options += [h.body for h in node.handlers]
        return [o for o in options if o]
    if isinstance(node, (ast.For, ast.AsyncFor, ast.While, ast.If)):
        return [o for o in (node.body, node.orelse) if o]
    if isinstance(node, (ast.With, ast.AsyncWith)):
        return [node.body]
    return []


def shrink(source, test, seconds=120, max_tests=2000):
    """The smallest program found that still passes test, and how many
    candidates were run."""
    s = Shrinker(source, test, seconds, max_tests)
    return s.run(), s.tests

# The Python part of the `_ast` module (see astmodule.c): the AST base
# class and the node classes, made from the ASDL table in astnodes.h that
# the C part leaves in _table.

class AST:
    _fields = ()
    _attributes = ()
    __match_args__ = ()

    def __new__(cls, *args, **kwargs):
        # Any arguments, as CPython's AST (type.__new__ generic); __init__
        # reads them.
        return object.__new__(cls)

    def __init__(self, *args, **kwargs):
        cls = type(self)
        fields = cls._fields
        if len(args) > len(fields):
            raise TypeError(f"{cls.__name__} constructor takes at most "
                            f"{len(fields)} positional argument{'' if len(fields) == 1 else 's'}")
        for name, value in zip(fields, args):
            setattr(self, name, value)
        for name, value in kwargs.items():
            if name in fields[:len(args)]:
                raise TypeError(f"{cls.__name__} got multiple values for argument {name!r}")
            setattr(self, name, value)

    def __reduce__(self):
        return type(self), (), dict(self.__dict__)


AST.__module__ = 'ast'


def _names(asdl):
    """The names of an ASDL field list, and those of its optional fields."""
    names, optional = [], []
    for item in asdl.split(', ') if asdl else ():
        kind, name = item.split(' ')
        names.append(name)
        if kind.endswith('?'):
            optional.append(name)
    return tuple(names), optional


def _doc(name, fields):
    return f'{name}({fields})' if fields else name


def _typed(asdl):
    """An ASDL field list as ((name, type, '', '?' or '*'), ...)."""
    return tuple((name, kind.rstrip('?*'), kind[-1] if kind[-1] in '?*' else '')
                 for kind, name in (item.split(' ') for item in (asdl.split(', ') if asdl else ())))


# The ASDL shape of each class (its fields and position attributes), each
# sum type's alternatives and the product types: what compile() checks a
# program's tree against before it unparses it (see _check below).
_ASDL, _ATTRS, _SUMS, _PRODUCTS = {}, {}, {}, {}


def _make_classes(table):
    alternatives = {}
    for name, base, fields, attributes in table:
        if fields is not None:
            alternatives.setdefault(base, []).append(_doc(name, fields))
    made = {'AST': AST}
    for name, base, fields, attributes in table:
        ns = {'__module__': 'ast'}
        attr_names, optional = _names(attributes)
        if attr_names:
            ns['_attributes'] = attr_names
        if fields is None:
            docs = alternatives[name]
            simple = all('(' not in d for d in docs)
            sep = ' | ' if simple else '\n' + ' ' * (len(name) + 1) + '| '
            ns['__doc__'] = f'{name} = ' + sep.join(docs)
            ns['_fields'] = ns['__match_args__'] = ()
        else:
            field_names, opt_fields = _names(fields)
            optional += opt_fields
            ns['_fields'] = ns['__match_args__'] = field_names
            ns['__doc__'] = _doc(name, fields)
        for opt in optional:
            ns[opt] = None
        made[name] = type(name, (made[base],), ns)
        _ASDL[made[name]] = _typed(fields)
        _ATTRS[made[name]] = _typed(attributes)
        if fields is None:
            _SUMS[name] = []
        elif base in _SUMS:
            _SUMS[base].append(made[name])
        else:
            _PRODUCTS[name] = made[name]
    globals().update(made)


_make_classes(_table)
del _table, _names, _doc, _typed, _make_classes


# ---- compile()'s checks of a program's tree --------------------------------
#
# CPython converts a tree to its C form (which checks each field's type) and
# then validates it (contexts, empty bodies, positions) before compiling; a
# tree that fails raises there, not as a SyntaxError of its unparsed source.
# _check does the conversion's checks and _Validator the validation, with
# CPython 3.11's messages.

_MISSING = object()


def _check_builtin(value, kind):
    if kind in ('identifier', 'string'):
        if value is not None and type(value) is not str:
            raise TypeError(f'AST {kind} must be of type str')
    elif kind == 'int':
        if not isinstance(value, int):
            raise ValueError(f'invalid integer value: {value!r}')
        if not -2**31 <= value < 2**31:
            raise OverflowError('Python int too large to convert to C int')


def _check_fields(node, shape, owner):
    """Checks node's fields of the given shape; returns the names of
    required fields that hold None (the caller reports the first)."""
    empty = []
    for name, kind, qual in shape:
        value = getattr(node, name, _MISSING)
        if value is _MISSING and qual != '?':
            raise TypeError(f'required field "{name}" missing from {owner}')
        if qual == '*':
            if not isinstance(value, list):
                raise TypeError(f'{owner} field "{name}" must be a list, '
                                f'not a {type(value).__name__}')
            for item in value:
                _check(item, kind)
        elif qual == '?':
            if value is not _MISSING and value is not None:
                _check(value, kind)
        else:
            _check(value, kind)
            if value is None and kind not in ('int', 'constant'):
                empty.append(name)
    return empty


def _check(node, kind):
    """Raises what CPython's conversion of node as an ASDL `kind` raises."""
    if kind in ('identifier', 'string', 'int', 'constant'):
        return _check_builtin(node, kind)
    product = _PRODUCTS.get(kind)
    if product is not None:
        empty = _check_fields(node, _ASDL[product], kind)
        _check_fields(node, _ATTRS[product], kind)
    else:
        alternatives = _SUMS[kind]
        simple = all(not _ASDL[alt] for alt in alternatives)
        if node is None and not simple:
            return
        _check_fields(node, _ATTRS[globals()[kind]], kind)
        for cls in alternatives:
            if isinstance(node, cls):
                empty = _check_fields(node, _ASDL[cls], cls.__name__)
                product = cls
                break
        else:
            raise TypeError(f'expected some sort of {kind}, but got {node!r}')
    if empty:
        raise ValueError(f"field '{empty[0]}' is required for {product.__name__}")


def _asdl_class(node):
    """The ASDL class node is an instance of (a program may subclass)."""
    for cls in type(node).__mro__:
        if cls in _ASDL:
            return cls
    return None


def _ctx_name(ctx):
    for cls in (Load, Store, Del):
        if isinstance(ctx, cls):
            return cls.__name__


def _positions(node):
    lineno, col = node.lineno, node.col_offset
    end_lineno = lineno if node.end_lineno is None else node.end_lineno
    end_col = col if node.end_col_offset is None else node.end_col_offset
    if lineno > end_lineno:
        raise ValueError(f'AST node line range ({lineno}, {end_lineno}) is not valid')
    if (lineno < 0 and end_lineno != lineno) or (col < 0 and col != end_col):
        raise ValueError(f'AST node column range ({col}, {end_col}) for line range '
                         f'({lineno}, {end_lineno}) is not valid')
    if lineno == end_lineno and col > end_col:
        raise ValueError(f'line {lineno}, column {col}-{end_col} is not a valid range')


def _name(name):
    if name in ('None', 'True', 'False'):
        raise ValueError(f"identifier field can't represent '{name}' constant")


def _capture(name):
    if name == '_':
        raise ValueError("can't capture name '_' in patterns")
    _name(name)


def _nonempty(seq, what, owner):
    if not seq:
        raise ValueError(f'empty {what} on {owner}')


def _constant(value):
    if value is None or value is ... or type(value) in (int, float, complex, bool, str, bytes):
        return
    if type(value) in (tuple, frozenset):
        for item in value:
            _constant(item)
        return
    raise TypeError(f'got an invalid type in Constant: {type(value).__name__}')


class _Validator:
    """CPython's validation of a converted tree (Python/ast.c)."""

    def mod(self, node):
        if isinstance(node, Expression):
            self.expr(node.body)
        else:
            self.stmts(node.body)

    def stmts(self, seq):
        for s in seq:
            if s is None:
                raise ValueError('None disallowed in statement list')
            self.stmt(s)

    def body(self, seq, owner):
        _nonempty(seq, 'body', owner)
        self.stmts(seq)

    def exprs(self, seq, ctx='Load', null_ok=False):
        for e in seq:
            if e is not None:
                self.expr(e, ctx)
            elif not null_ok:
                raise ValueError('None disallowed in expression list')

    def optexpr(self, e):
        if e is not None:
            self.expr(e)

    def stmt(self, s):
        _positions(s)
        getattr(self, 's_' + _asdl_class(s).__name__, self.none)(s)

    def none(self, *node):
        pass

    def s_FunctionDef(self, s, owner='FunctionDef'):
        self.body(s.body, owner)
        self.arguments(s.args)
        self.exprs(s.decorator_list)
        self.optexpr(s.returns)

    def s_AsyncFunctionDef(self, s):
        self.s_FunctionDef(s, 'AsyncFunctionDef')

    def s_ClassDef(self, s):
        self.body(s.body, 'ClassDef')
        self.exprs(s.bases)
        self.keywords(s.keywords)
        self.exprs(s.decorator_list)

    def s_Return(self, s):
        self.optexpr(s.value)

    def s_Delete(self, s):
        _nonempty(s.targets, 'targets', 'Delete')
        self.exprs(s.targets, 'Del')

    def s_Assign(self, s):
        _nonempty(s.targets, 'targets', 'Assign')
        self.exprs(s.targets, 'Store')
        self.expr(s.value)

    def s_AugAssign(self, s):
        self.expr(s.target, 'Store')
        self.expr(s.value)

    def s_AnnAssign(self, s):
        if s.simple and not isinstance(s.target, Name):
            raise TypeError('AnnAssign with simple non-Name target')
        self.expr(s.target, 'Store')
        self.optexpr(s.value)
        self.expr(s.annotation)

    def s_For(self, s, owner='For'):
        self.expr(s.target, 'Store')
        self.expr(s.iter)
        self.body(s.body, owner)
        self.stmts(s.orelse)

    def s_AsyncFor(self, s):
        self.s_For(s, 'AsyncFor')

    def s_While(self, s, owner='While'):
        self.expr(s.test)
        self.body(s.body, owner)
        self.stmts(s.orelse)

    def s_If(self, s):
        self.s_While(s, 'If')

    def s_With(self, s, owner='With'):
        _nonempty(s.items, 'items', owner)
        for item in s.items:
            self.expr(item.context_expr)
            if item.optional_vars is not None:
                self.expr(item.optional_vars, 'Store')
        self.body(s.body, owner)

    def s_AsyncWith(self, s):
        self.s_With(s, 'AsyncWith')

    def s_Match(self, s):
        self.expr(s.subject)
        _nonempty(s.cases, 'cases', 'Match')
        for case in s.cases:
            self.pattern(case.pattern)
            self.optexpr(case.guard)
            self.body(case.body, 'match_case')

    def s_Raise(self, s):
        if s.exc is not None:
            self.expr(s.exc)
            self.optexpr(s.cause)
        elif s.cause is not None:
            raise ValueError('Raise with cause but no exception')

    def s_Try(self, s, owner='Try'):
        self.body(s.body, owner)
        if not s.handlers and not s.finalbody:
            raise ValueError(f'{owner} has neither except handlers nor finalbody')
        if not s.handlers and s.orelse:
            raise ValueError(f'{owner} has orelse but no except handlers')
        for handler in s.handlers:
            if owner == 'Try':
                _positions(handler)
            self.optexpr(handler.type)
            self.body(handler.body, 'ExceptHandler')
        self.stmts(s.finalbody)
        self.stmts(s.orelse)

    def s_TryStar(self, s):
        self.s_Try(s, 'TryStar')

    def s_Assert(self, s):
        self.expr(s.test)
        self.optexpr(s.msg)

    def s_Import(self, s):
        _nonempty(s.names, 'names', 'Import')

    def s_ImportFrom(self, s):
        if s.level is not None and s.level < 0:
            raise ValueError('Negative ImportFrom level')
        _nonempty(s.names, 'names', 'ImportFrom')

    def s_Global(self, s):
        _nonempty(s.names, 'names', 'Global')

    def s_Nonlocal(self, s):
        _nonempty(s.names, 'names', 'Nonlocal')

    def s_Expr(self, s):
        self.expr(s.value)

    def keywords(self, seq):
        for k in seq:
            self.expr(k.value)

    def args(self, seq):
        for a in seq:
            _positions(a)
            self.optexpr(a.annotation)

    def arguments(self, a):
        self.args(a.posonlyargs)
        self.args(a.args)
        if a.vararg is not None:
            self.optexpr(a.vararg.annotation)
        self.args(a.kwonlyargs)
        if a.kwarg is not None:
            self.optexpr(a.kwarg.annotation)
        if len(a.defaults) > len(a.posonlyargs) + len(a.args):
            raise ValueError('more positional defaults than args on arguments')
        if len(a.kw_defaults) != len(a.kwonlyargs):
            raise ValueError('length of kwonlyargs is not the same as kw_defaults on arguments')
        self.exprs(a.defaults)
        self.exprs(a.kw_defaults, null_ok=True)

    def comprehension(self, gens):
        if not gens:
            raise ValueError('comprehension with no generators')
        for g in gens:
            self.expr(g.target, 'Store')
            self.expr(g.iter)
            self.exprs(g.ifs)

    def expr(self, e, ctx='Load'):
        _positions(e)
        cls = _asdl_class(e)
        if cls in (Attribute, Subscript, Starred, Name, List, Tuple):
            if cls is Name:
                _name(e.id)
            actual = _ctx_name(e.ctx)
            if actual != ctx:
                raise ValueError(f'expression must have {ctx} context but has {actual} instead')
        elif ctx != 'Load':
            raise ValueError(f"expression which can't be assigned to in {ctx} context")
        getattr(self, 'e_' + cls.__name__, self.none)(e, ctx)

    def e_BoolOp(self, e, ctx):
        if len(e.values) < 2:
            raise ValueError('BoolOp with less than 2 values')
        self.exprs(e.values)

    def e_BinOp(self, e, ctx):
        self.expr(e.left)
        self.expr(e.right)

    def e_UnaryOp(self, e, ctx):
        self.expr(e.operand)

    def e_Lambda(self, e, ctx):
        self.arguments(e.args)
        self.expr(e.body)

    def e_IfExp(self, e, ctx):
        self.expr(e.test)
        self.expr(e.body)
        self.expr(e.orelse)

    def e_Dict(self, e, ctx):
        if len(e.keys) != len(e.values):
            raise ValueError("Dict doesn't have the same number of keys as values")
        self.exprs(e.keys, null_ok=True)
        self.exprs(e.values)

    def e_Set(self, e, ctx):
        self.exprs(e.elts)

    def e_ListComp(self, e, ctx):
        self.comprehension(e.generators)
        self.expr(e.elt)

    e_SetComp = e_GeneratorExp = e_ListComp

    def e_DictComp(self, e, ctx):
        self.comprehension(e.generators)
        self.expr(e.key)
        self.expr(e.value)

    def e_Yield(self, e, ctx):
        self.optexpr(e.value)

    def e_YieldFrom(self, e, ctx):
        self.expr(e.value)

    e_Await = e_YieldFrom

    def e_Compare(self, e, ctx):
        if not e.comparators:
            raise ValueError('Compare with no comparators')
        if len(e.comparators) != len(e.ops):
            raise ValueError('Compare has a different number of comparators and operands')
        self.exprs(e.comparators)
        self.expr(e.left)

    def e_Call(self, e, ctx):
        self.expr(e.func)
        self.exprs(e.args)
        self.keywords(e.keywords)

    def e_Constant(self, e, ctx):
        _constant(e.value)

    def e_JoinedStr(self, e, ctx):
        self.exprs(e.values)

    def e_FormattedValue(self, e, ctx):
        self.expr(e.value)
        self.optexpr(e.format_spec)

    def e_Attribute(self, e, ctx):
        self.expr(e.value)

    def e_Subscript(self, e, ctx):
        self.expr(e.slice)
        self.expr(e.value)

    def e_Starred(self, e, ctx):
        self.expr(e.value, ctx)

    def e_Slice(self, e, ctx):
        self.optexpr(e.lower)
        self.optexpr(e.upper)
        self.optexpr(e.step)

    def e_List(self, e, ctx):
        self.exprs(e.elts, ctx)

    e_Tuple = e_List

    def e_NamedExpr(self, e, ctx):
        self.expr(e.value)

    def match_value(self, e):
        self.expr(e)
        cls = _asdl_class(e)
        if cls is Constant:
            if type(e.value) in (int, float, bytes, complex, str):
                return
            raise ValueError('unexpected constant inside of a literal pattern')
        if cls in (Attribute, JoinedStr):
            return
        if cls is UnaryOp and self.negative(e, True, True):
            return
        if cls is BinOp and isinstance(e.op, (Add, Sub)):
            left, right = e.left, e.right
            if ((self.number(left, True, False) or
                 (_asdl_class(left) is UnaryOp and self.negative(left, True, False))) and
                    self.number(right, False, True)):
                return
        raise ValueError('patterns may only match literals and attribute lookups')

    def number(self, e, real, imaginary):
        if _asdl_class(e) is not Constant:
            return False
        kind = type(e.value)
        return (real and kind in (int, float)) or (imaginary and kind is complex)

    def negative(self, e, real, imaginary):
        return isinstance(e.op, USub) and self.number(e.operand, real, imaginary)

    def patterns(self, seq, star_ok=False):
        for p in seq:
            if p is None:
                raise ValueError('None disallowed in pattern list')
            self.pattern(p, star_ok)

    def pattern(self, p, star_ok=False):
        _positions(p)
        cls = _asdl_class(p)
        if cls is MatchValue:
            self.match_value(p.value)
        elif cls is MatchSingleton:
            if p.value is not None and type(p.value) is not bool:
                raise ValueError('MatchSingleton can only contain True, False and None')
        elif cls is MatchSequence:
            self.patterns(p.patterns, True)
        elif cls is MatchMapping:
            if len(p.keys) != len(p.patterns):
                raise ValueError("MatchMapping doesn't have the same number of keys as patterns")
            if p.rest is not None:
                _capture(p.rest)
            for key in p.keys:
                if key is None:
                    raise ValueError('None disallowed in expression list')
                if _asdl_class(key) is Constant and (key.value is None or type(key.value) is bool):
                    continue
                self.match_value(key)
            self.patterns(p.patterns)
        elif cls is MatchClass:
            if len(p.kwd_attrs) != len(p.kwd_patterns):
                raise ValueError("MatchClass doesn't have the same number of keyword attributes as patterns")
            self.expr(p.cls)
            c = p.cls
            while _asdl_class(c) is Attribute:
                c = c.value
            if _asdl_class(c) is not Name:
                raise ValueError('MatchClass cls field can only contain Name or Attribute nodes.')
            for attr in p.kwd_attrs:
                _name(attr)
            self.patterns(p.patterns)
            self.patterns(p.kwd_patterns)
        elif cls is MatchStar:
            if not star_ok:
                raise ValueError("can't use MatchStar here")
            if p.name is not None:
                _capture(p.name)
        elif cls is MatchAs:
            if p.name is not None:
                _capture(p.name)
            if p.pattern is not None:
                if p.name is None:
                    raise ValueError('MatchAs must specify a target name if a pattern is given')
                self.pattern(p.pattern)
        elif cls is MatchOr:
            if len(p.patterns) < 2:
                raise ValueError('MatchOr requires at least 2 patterns')
            self.patterns(p.patterns)


def _compile_tree(tree, filename, mode, optimize=0):
    """compile() of an AST: the source ast.unparse writes for the tree,
    compiled with the tree's own positions (see astmodule.c)."""
    expected = {'exec': Module, 'eval': Expression, 'single': Interactive}[mode]
    if not isinstance(tree, expected):
        raise TypeError(f'expected {expected.__name__} node, got {type(tree).__name__}')
    _check(tree, 'mod')
    _Validator().mod(tree)
    import ast
    source = ast.unparse(Module(tree.body, []) if mode == 'single' else tree)
    return _compile_source(source, tree, filename, mode, optimize)


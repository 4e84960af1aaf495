# The Python part of the `_ast` module (see astmodule.c): the AST base
# class and the node classes, made from the ASDL table in astnodes.h that
# the C part leaves in _table.

class AST:
    _fields = ()
    _attributes = ()
    __match_args__ = ()

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
    globals().update(made)


_make_classes(_table)
del _table, _names, _doc, _make_classes


def _compile_tree(tree, filename, mode):
    """compile() of an AST: the source ast.unparse writes for the tree,
    compiled with the tree's own positions (see astmodule.c)."""
    expected = {'exec': Module, 'eval': Expression, 'single': Interactive}[mode]
    if not isinstance(tree, expected):
        raise TypeError(f'expected {expected.__name__} node, got {type(tree).__name__}')
    import ast
    source = ast.unparse(Module(tree.body, []) if mode == 'single' else tree)
    return _compile_source(source, tree, filename, mode)

/*
** test_parser.c — the parser against CPython 3.11.
**
** The expected values below were produced by /usr/bin/python3.11
** (ast.dump(compile(src, "<string>", mode, ast.PyCF_ONLY_AST)) for trees,
** and the SyntaxError attributes of compiling / running each source for
** errors); regenerate them the same way rather than editing by hand.
*/
#include <criterion/criterion.h>
#include "tally.h"
#include "parser.h"
#include "lifecycle.h"

static void setup(void)
{
    cr_assert_eq(tyLife_init(0, NULL), 0);
}

static void teardown(void)
{
    tyLife_fini();
}

TestSuite(parser, .init = setup, .fini = teardown);

typedef struct DumpCase {
    const char *src;
    size_t len;
    TyParseMode mode;
    const char *expected;
} DumpCase;

#define SRC(s) s, sizeof(s) - 1

/* The input kind a test's filename stands for: compile()'s text for
** "<string>", a file otherwise. */
static TyParseInput input_of(const char *filename)
{
    return strcmp(filename, "<string>") == 0 ? TY_INPUT_TEXT : TY_INPUT_FILE;
}

/* Parse and dump; returns a malloc'd copy of the dump, or of the error. */
static char *parsedump(const char *src, size_t len, TyParseMode mode, const char *filename,
                       bool attributes)
{
    TyArena *arena = tyArena_new();
    TyModuleAST *m;
    TyObject *d;
    char *res;

    cr_assert_not_null(arena);
    m = tyParse_source(arena, src, len, filename, mode, input_of(filename), NULL);
    if (m == NULL) {
        /* The error's message (SyntaxError.msg, or str() of others). */
        TyObject *exc = tyErr_fetch();
        TyObject *s = NULL;
        if (exc && TY_IS_INSTANCE(exc, &TyExc_SyntaxError))
            s = tyObj_getAttrStr(exc, "msg");
        else if (exc)
            s = tyObj_str(exc);
        res = strdup(s ? TY_STR_UTF8(s) : "?");
        TY_XDECREF(s);
        TY_XDECREF(exc);
        tyArena_free(arena);
        return res;
    }
    d = attributes ? tyAst_dumpAttributes(m) : tyAst_dump(m);
    cr_assert_not_null(d);
    res = strdup(TY_STR_UTF8(d));
    TY_DECREF(d);
    tyArena_free(arena);
    return res;
}

static const DumpCase dump_cases[] = {
    {SRC("x = 1\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], ty"
        "pe_ignores=[])"},
    {SRC("x = y = z = 1\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store()), Name(id='y', ctx=Store()), Nam"
        "e(id='z', ctx=Store())], value=Constant(value=1))], type_ignores=[])"},
    {SRC("a, b = b, a\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Tuple(elts=[Name(id='a', ctx=Store()), Name(id='b', ctx=S"
        "tore())], ctx=Store())], value=Tuple(elts=[Name(id='b', ctx=Load()), Name(id='a', ctx="
        "Load())], ctx=Load()))], type_ignores=[])"},
    {SRC("a, *b = c\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Tuple(elts=[Name(id='a', ctx=Store()), Starred(value=Name"
        "(id='b', ctx=Store()), ctx=Store())], ctx=Store())], value=Name(id='c', ctx=Load()))],"
        " type_ignores=[])"},
    {SRC("[a, (b, c)] = d\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[List(elts=[Name(id='a', ctx=Store()), Tuple(elts=[Name(id"
        "='b', ctx=Store()), Name(id='c', ctx=Store())], ctx=Store())], ctx=Store())], value=Na"
        "me(id='d', ctx=Load()))], type_ignores=[])"},
    {SRC("x, = y\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Tuple(elts=[Name(id='x', ctx=Store())], ctx=Store())], va"
        "lue=Name(id='y', ctx=Load()))], type_ignores=[])"},
    {SRC("(x) = 1\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], ty"
        "pe_ignores=[])"},
    {SRC("x.y.z = 1\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Attribute(value=Attribute(value=Name(id='x', ctx=Load()),"
        " attr='y', ctx=Load()), attr='z', ctx=Store())], value=Constant(value=1))], type_ignor"
        "es=[])"},
    {SRC("x[0][1:2] = y\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Subscript(value=Subscript(value=Name(id='x', ctx=Load()),"
        " slice=Constant(value=0), ctx=Load()), slice=Slice(lower=Constant(value=1), upper=Cons"
        "tant(value=2)), ctx=Store())], value=Name(id='y', ctx=Load()))], type_ignores=[])"},
    {SRC("x += 1\n"), TY_MODE_FILE,
     "Module(body=[AugAssign(target=Name(id='x', ctx=Store()), op=Add(), value=Constant(valu"
        "e=1))], type_ignores=[])"},
    {SRC("x -= 1; x *= 2; x /= 3; x //= 4; x %= 5\n"), TY_MODE_FILE,
     "Module(body=[AugAssign(target=Name(id='x', ctx=Store()), op=Sub(), value=Constant(valu"
        "e=1)), AugAssign(target=Name(id='x', ctx=Store()), op=Mult(), value=Constant(value=2))"
        ", AugAssign(target=Name(id='x', ctx=Store()), op=Div(), value=Constant(value=3)), AugA"
        "ssign(target=Name(id='x', ctx=Store()), op=FloorDiv(), value=Constant(value=4)), AugAs"
        "sign(target=Name(id='x', ctx=Store()), op=Mod(), value=Constant(value=5))], type_ignor"
        "es=[])"},
    {SRC("x **= 2; x <<= 1; x >>= 1; x &= 1; x |= 1; x ^= 1; x @= m\n"), TY_MODE_FILE,
     "Module(body=[AugAssign(target=Name(id='x', ctx=Store()), op=Pow(), value=Constant(valu"
        "e=2)), AugAssign(target=Name(id='x', ctx=Store()), op=LShift(), value=Constant(value=1"
        ")), AugAssign(target=Name(id='x', ctx=Store()), op=RShift(), value=Constant(value=1)),"
        " AugAssign(target=Name(id='x', ctx=Store()), op=BitAnd(), value=Constant(value=1)), Au"
        "gAssign(target=Name(id='x', ctx=Store()), op=BitOr(), value=Constant(value=1)), AugAss"
        "ign(target=Name(id='x', ctx=Store()), op=BitXor(), value=Constant(value=1)), AugAssign"
        "(target=Name(id='x', ctx=Store()), op=MatMult(), value=Name(id='m', ctx=Load()))], typ"
        "e_ignores=[])"},
    {SRC("x.a += 1\n"), TY_MODE_FILE,
     "Module(body=[AugAssign(target=Attribute(value=Name(id='x', ctx=Load()), attr='a', ctx="
        "Store()), op=Add(), value=Constant(value=1))], type_ignores=[])"},
    {SRC("x[i] -= 1\n"), TY_MODE_FILE,
     "Module(body=[AugAssign(target=Subscript(value=Name(id='x', ctx=Load()), slice=Name(id="
        "'i', ctx=Load()), ctx=Store()), op=Sub(), value=Constant(value=1))], type_ignores=[])"},
    {SRC("x: int\n"), TY_MODE_FILE,
     "Module(body=[AnnAssign(target=Name(id='x', ctx=Store()), annotation=Name(id='int', ctx"
        "=Load()), simple=1)], type_ignores=[])"},
    {SRC("x: int = 1\n"), TY_MODE_FILE,
     "Module(body=[AnnAssign(target=Name(id='x', ctx=Store()), annotation=Name(id='int', ctx"
        "=Load()), value=Constant(value=1), simple=1)], type_ignores=[])"},
    {SRC("(x): int = 1\n"), TY_MODE_FILE,
     "Module(body=[AnnAssign(target=Name(id='x', ctx=Store()), annotation=Name(id='int', ctx"
        "=Load()), value=Constant(value=1), simple=0)], type_ignores=[])"},
    {SRC("x.y: List[int] = []\n"), TY_MODE_FILE,
     "Module(body=[AnnAssign(target=Attribute(value=Name(id='x', ctx=Load()), attr='y', ctx="
        "Store()), annotation=Subscript(value=Name(id='List', ctx=Load()), slice=Name(id='int',"
        " ctx=Load()), ctx=Load()), value=List(elts=[], ctx=Load()), simple=0)], type_ignores=["
        "])"},
    {SRC("x[0]: int\n"), TY_MODE_FILE,
     "Module(body=[AnnAssign(target=Subscript(value=Name(id='x', ctx=Load()), slice=Constant"
        "(value=0), ctx=Store()), annotation=Name(id='int', ctx=Load()), simple=0)], type_ignor"
        "es=[])"},
    {SRC("x: int = yield\n"), TY_MODE_FILE,
     "Module(body=[AnnAssign(target=Name(id='x', ctx=Store()), annotation=Name(id='int', ctx"
        "=Load()), value=Yield(), simple=1)], type_ignores=[])"},
    {SRC("x = yield\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Yield())], type_ignores"
        "=[])"},
    {SRC("x = yield a, b\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Yield(value=Tuple(elts="
        "[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], ctx=Load())))], type_ignores=[])"},
    {SRC("x = yield from g()\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=YieldFrom(value=Call(fu"
        "nc=Name(id='g', ctx=Load()), args=[], keywords=[])))], type_ignores=[])"},
    {SRC("del x\n"), TY_MODE_FILE,
     "Module(body=[Delete(targets=[Name(id='x', ctx=Del())])], type_ignores=[])"},
    {SRC("del x, y[0], z.a\n"), TY_MODE_FILE,
     "Module(body=[Delete(targets=[Name(id='x', ctx=Del()), Subscript(value=Name(id='y', ctx"
        "=Load()), slice=Constant(value=0), ctx=Del()), Attribute(value=Name(id='z', ctx=Load()"
        "), attr='a', ctx=Del())])], type_ignores=[])"},
    {SRC("del (x, y), [z]\n"), TY_MODE_FILE,
     "Module(body=[Delete(targets=[Tuple(elts=[Name(id='x', ctx=Del()), Name(id='y', ctx=Del"
        "())], ctx=Del()), List(elts=[Name(id='z', ctx=Del())], ctx=Del())])], type_ignores=[])"},
    {SRC("del (x)\n"), TY_MODE_FILE,
     "Module(body=[Delete(targets=[Name(id='x', ctx=Del())])], type_ignores=[])"},
    {SRC("del x,\n"), TY_MODE_FILE,
     "Module(body=[Delete(targets=[Name(id='x', ctx=Del())])], type_ignores=[])"},
    {SRC("pass\n"), TY_MODE_FILE,
     "Module(body=[Pass()], type_ignores=[])"},
    {SRC("break\ncontinue\n"), TY_MODE_FILE,
     "Module(body=[Break(), Continue()], type_ignores=[])"},
    {SRC("return\n"), TY_MODE_FILE,
     "Module(body=[Return()], type_ignores=[])"},
    {SRC("return x\n"), TY_MODE_FILE,
     "Module(body=[Return(value=Name(id='x', ctx=Load()))], type_ignores=[])"},
    {SRC("return x, *y\n"), TY_MODE_FILE,
     "Module(body=[Return(value=Tuple(elts=[Name(id='x', ctx=Load()), Starred(value=Name(id="
        "'y', ctx=Load()), ctx=Load())], ctx=Load()))], type_ignores=[])"},
    {SRC("raise\n"), TY_MODE_FILE,
     "Module(body=[Raise()], type_ignores=[])"},
    {SRC("raise E\n"), TY_MODE_FILE,
     "Module(body=[Raise(exc=Name(id='E', ctx=Load()))], type_ignores=[])"},
    {SRC("raise E from e\n"), TY_MODE_FILE,
     "Module(body=[Raise(exc=Name(id='E', ctx=Load()), cause=Name(id='e', ctx=Load()))], typ"
        "e_ignores=[])"},
    {SRC("assert x\n"), TY_MODE_FILE,
     "Module(body=[Assert(test=Name(id='x', ctx=Load()))], type_ignores=[])"},
    {SRC("assert x, 'msg'\n"), TY_MODE_FILE,
     "Module(body=[Assert(test=Name(id='x', ctx=Load()), msg=Constant(value='msg'))], type_i"
        "gnores=[])"},
    {SRC("global a\n"), TY_MODE_FILE,
     "Module(body=[Global(names=['a'])], type_ignores=[])"},
    {SRC("global a, b, c\n"), TY_MODE_FILE,
     "Module(body=[Global(names=['a', 'b', 'c'])], type_ignores=[])"},
    {SRC("nonlocal a, b\n"), TY_MODE_FILE,
     "Module(body=[Nonlocal(names=['a', 'b'])], type_ignores=[])"},
    {SRC("import a\n"), TY_MODE_FILE,
     "Module(body=[Import(names=[alias(name='a')])], type_ignores=[])"},
    {SRC("import a.b.c\n"), TY_MODE_FILE,
     "Module(body=[Import(names=[alias(name='a.b.c')])], type_ignores=[])"},
    {SRC("import a.b as c, d as e, f\n"), TY_MODE_FILE,
     "Module(body=[Import(names=[alias(name='a.b', asname='c'), alias(name='d', asname='e'),"
        " alias(name='f')])], type_ignores=[])"},
    {SRC("from a import b\n"), TY_MODE_FILE,
     "Module(body=[ImportFrom(module='a', names=[alias(name='b')], level=0)], type_ignores=[])"},
    {SRC("from a.b import c as d, e\n"), TY_MODE_FILE,
     "Module(body=[ImportFrom(module='a.b', names=[alias(name='c', asname='d'), alias(name='"
        "e')], level=0)], type_ignores=[])"},
    {SRC("from . import x\n"), TY_MODE_FILE,
     "Module(body=[ImportFrom(names=[alias(name='x')], level=1)], type_ignores=[])"},
    {SRC("from .. import (a, b,)\n"), TY_MODE_FILE,
     "Module(body=[ImportFrom(names=[alias(name='a'), alias(name='b')], level=2)], type_igno"
        "res=[])"},
    {SRC("from ...a.b import *\n"), TY_MODE_FILE,
     "Module(body=[ImportFrom(module='a.b', names=[alias(name='*')], level=3)], type_ignores"
        "=[])"},
    {SRC("from .a import b\n"), TY_MODE_FILE,
     "Module(body=[ImportFrom(module='a', names=[alias(name='b')], level=1)], type_ignores=[])"},
    {SRC("from .... import x\n"), TY_MODE_FILE,
     "Module(body=[ImportFrom(names=[alias(name='x')], level=4)], type_ignores=[])"},
    {SRC("f()\n"), TY_MODE_FILE,
     "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[], keywords=[]))], t"
        "ype_ignores=[])"},
    {SRC("f(a, b)\n"), TY_MODE_FILE,
     "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[Name(id='a', ctx=Loa"
        "d()), Name(id='b', ctx=Load())], keywords=[]))], type_ignores=[])"},
    {SRC("f(a, *b, c=1, **d)\n"), TY_MODE_FILE,
     "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[Name(id='a', ctx=Loa"
        "d()), Starred(value=Name(id='b', ctx=Load()), ctx=Load())], keywords=[keyword(arg='c',"
        " value=Constant(value=1)), keyword(value=Name(id='d', ctx=Load()))]))], type_ignores=["
        "])"},
    {SRC("f(*a, *b, c=1, *d, e=2, **f, g=3)\n"), TY_MODE_FILE,
     "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[Starred(value=Name(i"
        "d='a', ctx=Load()), ctx=Load()), Starred(value=Name(id='b', ctx=Load()), ctx=Load()), "
        "Starred(value=Name(id='d', ctx=Load()), ctx=Load())], keywords=[keyword(arg='c', value"
        "=Constant(value=1)), keyword(arg='e', value=Constant(value=2)), keyword(value=Name(id="
        "'f', ctx=Load())), keyword(arg='g', value=Constant(value=3))]))], type_ignores=[])"},
    {SRC("f(x for x in y)\n"), TY_MODE_FILE,
     "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[GeneratorExp(elt=Nam"
        "e(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), ite"
        "r=Name(id='y', ctx=Load()), ifs=[], is_async=0)])], keywords=[]))], type_ignores=[])"},
    {SRC("f((x for x in y), z)\n"), TY_MODE_FILE,
     "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[GeneratorExp(elt=Nam"
        "e(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), ite"
        "r=Name(id='y', ctx=Load()), ifs=[], is_async=0)]), Name(id='z', ctx=Load())], keywords"
        "=[]))], type_ignores=[])"},
    {SRC("f(a := 1)\n"), TY_MODE_FILE,
     "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[NamedExpr(target=Nam"
        "e(id='a', ctx=Store()), value=Constant(value=1))], keywords=[]))], type_ignores=[])"},
    {SRC("f(a,)\n"), TY_MODE_FILE,
     "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[Name(id='a', ctx=Loa"
        "d())], keywords=[]))], type_ignores=[])"},
    {SRC("a.b.c\n"), TY_MODE_FILE,
     "Module(body=[Expr(value=Attribute(value=Attribute(value=Name(id='a', ctx=Load()), attr"
        "='b', ctx=Load()), attr='c', ctx=Load()))], type_ignores=[])"},
    {SRC("a[1]\n"), TY_MODE_FILE,
     "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Constant(value"
        "=1), ctx=Load()))], type_ignores=[])"},
    {SRC("a[1:2]\n"), TY_MODE_FILE,
     "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Slice(lower=Co"
        "nstant(value=1), upper=Constant(value=2)), ctx=Load()))], type_ignores=[])"},
    {SRC("a[::2]\n"), TY_MODE_FILE,
     "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Slice(step=Con"
        "stant(value=2)), ctx=Load()))], type_ignores=[])"},
    {SRC("a[1:2:3]\n"), TY_MODE_FILE,
     "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Slice(lower=Co"
        "nstant(value=1), upper=Constant(value=2), step=Constant(value=3)), ctx=Load()))], type"
        "_ignores=[])"},
    {SRC("a[:]\n"), TY_MODE_FILE,
     "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Slice(), ctx=L"
        "oad()))], type_ignores=[])"},
    {SRC("a[1:2, 3]\n"), TY_MODE_FILE,
     "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Sl"
        "ice(lower=Constant(value=1), upper=Constant(value=2)), Constant(value=3)], ctx=Load())"
        ", ctx=Load()))], type_ignores=[])"},
    {SRC("a[1,]\n"), TY_MODE_FILE,
     "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Co"
        "nstant(value=1)], ctx=Load()), ctx=Load()))], type_ignores=[])"},
    {SRC("a[*b]\n"), TY_MODE_FILE,
     "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[St"
        "arred(value=Name(id='b', ctx=Load()), ctx=Load())], ctx=Load()), ctx=Load()))], type_i"
        "gnores=[])"},
    {SRC("a[b, *c]\n"), TY_MODE_FILE,
     "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Na"
        "me(id='b', ctx=Load()), Starred(value=Name(id='c', ctx=Load()), ctx=Load())], ctx=Load"
        "()), ctx=Load()))], type_ignores=[])"},
    {SRC("a[b:=1]\n"), TY_MODE_FILE,
     "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=NamedExpr(targ"
        "et=Name(id='b', ctx=Store()), value=Constant(value=1)), ctx=Load()))], type_ignores=[]"
        ")"},
    {SRC("a[(b:=1)]\n"), TY_MODE_FILE,
     "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=NamedExpr(targ"
        "et=Name(id='b', ctx=Store()), value=Constant(value=1)), ctx=Load()))], type_ignores=[]"
        ")"},
    {SRC("a()()[0].b(c)\n"), TY_MODE_FILE,
     "Module(body=[Expr(value=Call(func=Attribute(value=Subscript(value=Call(func=Call(func="
        "Name(id='a', ctx=Load()), args=[], keywords=[]), args=[], keywords=[]), slice=Constant"
        "(value=0), ctx=Load()), attr='b', ctx=Load()), args=[Name(id='c', ctx=Load())], keywor"
        "ds=[]))], type_ignores=[])"},
    {SRC("x = 1 + 2 * 3 - 4 / 5 // 6 % 7 @ 8\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=BinOp(left=C"
        "onstant(value=1), op=Add(), right=BinOp(left=Constant(value=2), op=Mult(), right=Const"
        "ant(value=3))), op=Sub(), right=BinOp(left=BinOp(left=BinOp(left=BinOp(left=Constant(v"
        "alue=4), op=Div(), right=Constant(value=5)), op=FloorDiv(), right=Constant(value=6)), "
        "op=Mod(), right=Constant(value=7)), op=MatMult(), right=Constant(value=8))))], type_ig"
        "nores=[])"},
    {SRC("x = 2 ** 3 ** 4\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=Constant(val"
        "ue=2), op=Pow(), right=BinOp(left=Constant(value=3), op=Pow(), right=Constant(value=4)"
        ")))], type_ignores=[])"},
    {SRC("x = -2 ** -3\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=UnaryOp(op=USub(), oper"
        "and=BinOp(left=Constant(value=2), op=Pow(), right=UnaryOp(op=USub(), operand=Constant("
        "value=3)))))], type_ignores=[])"},
    {SRC("x = -a + +b - ~c\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=BinOp(left=U"
        "naryOp(op=USub(), operand=Name(id='a', ctx=Load())), op=Add(), right=UnaryOp(op=UAdd()"
        ", operand=Name(id='b', ctx=Load()))), op=Sub(), right=UnaryOp(op=Invert(), operand=Nam"
        "e(id='c', ctx=Load()))))], type_ignores=[])"},
    {SRC("x = a << b >> c & d ^ e | f\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=BinOp(left=B"
        "inOp(left=BinOp(left=BinOp(left=Name(id='a', ctx=Load()), op=LShift(), right=Name(id='"
        "b', ctx=Load())), op=RShift(), right=Name(id='c', ctx=Load())), op=BitAnd(), right=Nam"
        "e(id='d', ctx=Load())), op=BitXor(), right=Name(id='e', ctx=Load())), op=BitOr(), righ"
        "t=Name(id='f', ctx=Load())))], type_ignores=[])"},
    {SRC("x = not a\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=UnaryOp(op=Not(), opera"
        "nd=Name(id='a', ctx=Load())))], type_ignores=[])"},
    {SRC("x = not not a\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=UnaryOp(op=Not(), opera"
        "nd=UnaryOp(op=Not(), operand=Name(id='a', ctx=Load()))))], type_ignores=[])"},
    {SRC("x = a and b and c\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BoolOp(op=And(), values"
        "=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load()), Name(id='c', ctx=Load())]))], ty"
        "pe_ignores=[])"},
    {SRC("x = a or b or c\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BoolOp(op=Or(), values="
        "[Name(id='a', ctx=Load()), Name(id='b', ctx=Load()), Name(id='c', ctx=Load())]))], typ"
        "e_ignores=[])"},
    {SRC("x = a and b or c and d\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BoolOp(op=Or(), values="
        "[BoolOp(op=And(), values=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())]), BoolOp"
        "(op=And(), values=[Name(id='c', ctx=Load()), Name(id='d', ctx=Load())])]))], type_igno"
        "res=[])"},
    {SRC("x = a or (b or c)\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BoolOp(op=Or(), values="
        "[Name(id='a', ctx=Load()), BoolOp(op=Or(), values=[Name(id='b', ctx=Load()), Name(id='"
        "c', ctx=Load())])]))], type_ignores=[])"},
    {SRC("x = a < b\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Compare(left=Name(id='a"
        "', ctx=Load()), ops=[Lt()], comparators=[Name(id='b', ctx=Load())]))], type_ignores=[]"
        ")"},
    {SRC("x = a < b <= c > d >= e == f != g\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Compare(left=Name(id='a"
        "', ctx=Load()), ops=[Lt(), LtE(), Gt(), GtE(), Eq(), NotEq()], comparators=[Name(id='b"
        "', ctx=Load()), Name(id='c', ctx=Load()), Name(id='d', ctx=Load()), Name(id='e', ctx=L"
        "oad()), Name(id='f', ctx=Load()), Name(id='g', ctx=Load())]))], type_ignores=[])"},
    {SRC("x = a in b not in c is d is not e\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Compare(left=Name(id='a"
        "', ctx=Load()), ops=[In(), NotIn(), Is(), IsNot()], comparators=[Name(id='b', ctx=Load"
        "()), Name(id='c', ctx=Load()), Name(id='d', ctx=Load()), Name(id='e', ctx=Load())]))],"
        " type_ignores=[])"},
    {SRC("x = not a in b\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=UnaryOp(op=Not(), opera"
        "nd=Compare(left=Name(id='a', ctx=Load()), ops=[In()], comparators=[Name(id='b', ctx=Lo"
        "ad())])))], type_ignores=[])"},
    {SRC("x = a if b else c\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=IfExp(test=Name(id='b',"
        " ctx=Load()), body=Name(id='a', ctx=Load()), orelse=Name(id='c', ctx=Load())))], type_"
        "ignores=[])"},
    {SRC("x = a if b else c if d else e\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=IfExp(test=Name(id='b',"
        " ctx=Load()), body=Name(id='a', ctx=Load()), orelse=IfExp(test=Name(id='d', ctx=Load()"
        "), body=Name(id='c', ctx=Load()), orelse=Name(id='e', ctx=Load()))))], type_ignores=[]"
        ")"},
    {SRC("x = (a if b else c) if d else e\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=IfExp(test=Name(id='d',"
        " ctx=Load()), body=IfExp(test=Name(id='b', ctx=Load()), body=Name(id='a', ctx=Load()),"
        " orelse=Name(id='c', ctx=Load())), orelse=Name(id='e', ctx=Load())))], type_ignores=[]"
        ")"},
    {SRC("x = lambda: 0\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Lambda(args=arguments(p"
        "osonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Constant(val"
        "ue=0)))], type_ignores=[])"},
    {SRC("x = lambda a: a\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Lambda(args=arguments(p"
        "osonlyargs=[], args=[arg(arg='a')], kwonlyargs=[], kw_defaults=[], defaults=[]), body="
        "Name(id='a', ctx=Load())))], type_ignores=[])"},
    {SRC("x = lambda a, b=1, *c, d, e=2, **f: 0\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Lambda(args=arguments(p"
        "osonlyargs=[], args=[arg(arg='a'), arg(arg='b')], vararg=arg(arg='c'), kwonlyargs=[arg"
        "(arg='d'), arg(arg='e')], kw_defaults=[None, Constant(value=2)], kwarg=arg(arg='f'), d"
        "efaults=[Constant(value=1)]), body=Constant(value=0)))], type_ignores=[])"},
    {SRC("x = lambda a, /, b: 0\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Lambda(args=arguments(p"
        "osonlyargs=[arg(arg='a')], args=[arg(arg='b')], kwonlyargs=[], kw_defaults=[], default"
        "s=[]), body=Constant(value=0)))], type_ignores=[])"},
    {SRC("x = lambda *, a: 0\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Lambda(args=arguments(p"
        "osonlyargs=[], args=[], kwonlyargs=[arg(arg='a')], kw_defaults=[None], defaults=[]), b"
        "ody=Constant(value=0)))], type_ignores=[])"},
    {SRC("x = lambda *a, **k: (a, k)\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Lambda(args=arguments(p"
        "osonlyargs=[], args=[], vararg=arg(arg='a'), kwonlyargs=[], kw_defaults=[], kwarg=arg("
        "arg='k'), defaults=[]), body=Tuple(elts=[Name(id='a', ctx=Load()), Name(id='k', ctx=Lo"
        "ad())], ctx=Load())))], type_ignores=[])"},
    {SRC("x = lambda: (yield)\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Lambda(args=arguments(p"
        "osonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Yield()))], "
        "type_ignores=[])"},
    {SRC("x = lambda: lambda: 1\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Lambda(args=arguments(p"
        "osonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Lambda(args="
        "arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=C"
        "onstant(value=1))))], type_ignores=[])"},
    {SRC("x = (a := 1)\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=NamedExpr(target=Name(i"
        "d='a', ctx=Store()), value=Constant(value=1)))], type_ignores=[])"},
    {SRC("while (line := f()):\n    pass\n"), TY_MODE_FILE,
     "Module(body=[While(test=NamedExpr(target=Name(id='line', ctx=Store()), value=Call(func"
        "=Name(id='f', ctx=Load()), args=[], keywords=[])), body=[Pass()], orelse=[])], type_ig"
        "nores=[])"},
    {SRC("x = [y := f(x), y**2]\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=List(elts=[NamedExpr(ta"
        "rget=Name(id='y', ctx=Store()), value=Call(func=Name(id='f', ctx=Load()), args=[Name(i"
        "d='x', ctx=Load())], keywords=[])), BinOp(left=Name(id='y', ctx=Load()), op=Pow(), rig"
        "ht=Constant(value=2))], ctx=Load()))], type_ignores=[])"},
    {SRC("x = ()\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Tuple(elts=[], ctx=Load"
        "()))], type_ignores=[])"},
    {SRC("x = (1,)\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Tuple(elts=[Constant(va"
        "lue=1)], ctx=Load()))], type_ignores=[])"},
    {SRC("x = (1, 2, 3)\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Tuple(elts=[Constant(va"
        "lue=1), Constant(value=2), Constant(value=3)], ctx=Load()))], type_ignores=[])"},
    {SRC("x = 1, 2\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Tuple(elts=[Constant(va"
        "lue=1), Constant(value=2)], ctx=Load()))], type_ignores=[])"},
    {SRC("x = 1,\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Tuple(elts=[Constant(va"
        "lue=1)], ctx=Load()))], type_ignores=[])"},
    {SRC("x = (1)\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], ty"
        "pe_ignores=[])"},
    {SRC("x = ((1, 2),)\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Tuple(elts=[Tuple(elts="
        "[Constant(value=1), Constant(value=2)], ctx=Load())], ctx=Load()))], type_ignores=[])"},
    {SRC("x = *a, *b\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Tuple(elts=[Starred(val"
        "ue=Name(id='a', ctx=Load()), ctx=Load()), Starred(value=Name(id='b', ctx=Load()), ctx="
        "Load())], ctx=Load()))], type_ignores=[])"},
    {SRC("x = (*a, b)\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Tuple(elts=[Starred(val"
        "ue=Name(id='a', ctx=Load()), ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()))], ty"
        "pe_ignores=[])"},
    {SRC("x = []\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=List(elts=[], ctx=Load("
        ")))], type_ignores=[])"},
    {SRC("x = [1, 2, *a]\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=List(elts=[Constant(val"
        "ue=1), Constant(value=2), Starred(value=Name(id='a', ctx=Load()), ctx=Load())], ctx=Lo"
        "ad()))], type_ignores=[])"},
    {SRC("x = [1,]\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=List(elts=[Constant(val"
        "ue=1)], ctx=Load()))], type_ignores=[])"},
    {SRC("x = {}\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Dict(keys=[], values=[]"
        "))], type_ignores=[])"},
    {SRC("x = {1: 2, 3: 4}\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Dict(keys=[Constant(val"
        "ue=1), Constant(value=3)], values=[Constant(value=2), Constant(value=4)]))], type_igno"
        "res=[])"},
    {SRC("x = {**a, 'b': 1, **c}\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Dict(keys=[None, Consta"
        "nt(value='b'), None], values=[Name(id='a', ctx=Load()), Constant(value=1), Name(id='c'"
        ", ctx=Load())]))], type_ignores=[])"},
    {SRC("x = {1, 2}\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Set(elts=[Constant(valu"
        "e=1), Constant(value=2)]))], type_ignores=[])"},
    {SRC("x = {*a, b}\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Set(elts=[Starred(value"
        "=Name(id='a', ctx=Load()), ctx=Load()), Name(id='b', ctx=Load())]))], type_ignores=[])"},
    {SRC("x = {1,}\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Set(elts=[Constant(valu"
        "e=1)]))], type_ignores=[])"},
    {SRC("x = [i for i in range(10)]\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=ListComp(elt=Name(id='i"
        "', ctx=Load()), generators=[comprehension(target=Name(id='i', ctx=Store()), iter=Call("
        "func=Name(id='range', ctx=Load()), args=[Constant(value=10)], keywords=[]), ifs=[], is"
        "_async=0)]))], type_ignores=[])"},
    {SRC("x = [i for i in a if i if not i]\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=ListComp(elt=Name(id='i"
        "', ctx=Load()), generators=[comprehension(target=Name(id='i', ctx=Store()), iter=Name("
        "id='a', ctx=Load()), ifs=[Name(id='i', ctx=Load()), UnaryOp(op=Not(), operand=Name(id="
        "'i', ctx=Load()))], is_async=0)]))], type_ignores=[])"},
    {SRC("x = [i * j for i in a for j in b if i != j]\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=ListComp(elt=BinOp(left"
        "=Name(id='i', ctx=Load()), op=Mult(), right=Name(id='j', ctx=Load())), generators=[com"
        "prehension(target=Name(id='i', ctx=Store()), iter=Name(id='a', ctx=Load()), ifs=[], is"
        "_async=0), comprehension(target=Name(id='j', ctx=Store()), iter=Name(id='b', ctx=Load("
        ")), ifs=[Compare(left=Name(id='i', ctx=Load()), ops=[NotEq()], comparators=[Name(id='j"
        "', ctx=Load())])], is_async=0)]))], type_ignores=[])"},
    {SRC("x = [(a, b) for a, b in c]\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=ListComp(elt=Tuple(elts"
        "=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()), generators=[compre"
        "hension(target=Tuple(elts=[Name(id='a', ctx=Store()), Name(id='b', ctx=Store())], ctx="
        "Store()), iter=Name(id='c', ctx=Load()), ifs=[], is_async=0)]))], type_ignores=[])"},
    {SRC("x = [a for (a, b) in c]\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=ListComp(elt=Name(id='a"
        "', ctx=Load()), generators=[comprehension(target=Tuple(elts=[Name(id='a', ctx=Store())"
        ", Name(id='b', ctx=Store())], ctx=Store()), iter=Name(id='c', ctx=Load()), ifs=[], is_"
        "async=0)]))], type_ignores=[])"},
    {SRC("x = [a for a, in c]\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=ListComp(elt=Name(id='a"
        "', ctx=Load()), generators=[comprehension(target=Tuple(elts=[Name(id='a', ctx=Store())"
        "], ctx=Store()), iter=Name(id='c', ctx=Load()), ifs=[], is_async=0)]))], type_ignores="
        "[])"},
    {SRC("x = [a for a.b in c]\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=ListComp(elt=Name(id='a"
        "', ctx=Load()), generators=[comprehension(target=Attribute(value=Name(id='a', ctx=Load"
        "()), attr='b', ctx=Store()), iter=Name(id='c', ctx=Load()), ifs=[], is_async=0)]))], t"
        "ype_ignores=[])"},
    {SRC("x = [a for a[0] in c]\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=ListComp(elt=Name(id='a"
        "', ctx=Load()), generators=[comprehension(target=Subscript(value=Name(id='a', ctx=Load"
        "()), slice=Constant(value=0), ctx=Store()), iter=Name(id='c', ctx=Load()), ifs=[], is_"
        "async=0)]))], type_ignores=[])"},
    {SRC("x = [a for *a, b in c]\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=ListComp(elt=Name(id='a"
        "', ctx=Load()), generators=[comprehension(target=Tuple(elts=[Starred(value=Name(id='a'"
        ", ctx=Store()), ctx=Store()), Name(id='b', ctx=Store())], ctx=Store()), iter=Name(id='"
        "c', ctx=Load()), ifs=[], is_async=0)]))], type_ignores=[])"},
    {SRC("x = {i for i in a}\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=SetComp(elt=Name(id='i'"
        ", ctx=Load()), generators=[comprehension(target=Name(id='i', ctx=Store()), iter=Name(i"
        "d='a', ctx=Load()), ifs=[], is_async=0)]))], type_ignores=[])"},
    {SRC("x = {k: v for k, v in d.items()}\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=DictComp(key=Name(id='k"
        "', ctx=Load()), value=Name(id='v', ctx=Load()), generators=[comprehension(target=Tuple"
        "(elts=[Name(id='k', ctx=Store()), Name(id='v', ctx=Store())], ctx=Store()), iter=Call("
        "func=Attribute(value=Name(id='d', ctx=Load()), attr='items', ctx=Load()), args=[], key"
        "words=[]), ifs=[], is_async=0)]))], type_ignores=[])"},
    {SRC("x = (i for i in a)\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=GeneratorExp(elt=Name(i"
        "d='i', ctx=Load()), generators=[comprehension(target=Name(id='i', ctx=Store()), iter=N"
        "ame(id='a', ctx=Load()), ifs=[], is_async=0)]))], type_ignores=[])"},
    {SRC("x = [x for x in (y for y in z)]\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=ListComp(elt=Name(id='x"
        "', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Gener"
        "atorExp(elt=Name(id='y', ctx=Load()), generators=[comprehension(target=Name(id='y', ct"
        "x=Store()), iter=Name(id='z', ctx=Load()), ifs=[], is_async=0)]), ifs=[], is_async=0)]"
        "))], type_ignores=[])"},
    {SRC("x = [a for b in c if d for e in f]\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=ListComp(elt=Name(id='a"
        "', ctx=Load()), generators=[comprehension(target=Name(id='b', ctx=Store()), iter=Name("
        "id='c', ctx=Load()), ifs=[Name(id='d', ctx=Load())], is_async=0), comprehension(target"
        "=Name(id='e', ctx=Store()), iter=Name(id='f', ctx=Load()), ifs=[], is_async=0)]))], ty"
        "pe_ignores=[])"},
    {SRC("x = ...\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=Ellipsis"
        "))], type_ignores=[])"},
    {SRC("x = None, True, False\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Tuple(elts=[Constant(va"
        "lue=None), Constant(value=True), Constant(value=False)], ctx=Load()))], type_ignores=["
        "])"},
    {SRC("x = 0\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=0))], ty"
        "pe_ignores=[])"},
    {SRC("x = 123456789012345678901234567890\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=12345678"
        "9012345678901234567890))], type_ignores=[])"},
    {SRC("x = 1_000_000\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1000000)"
        ")], type_ignores=[])"},
    {SRC("x = 0x1F, 0XaB, 0o17, 0O7, 0b101, 0B1_0\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Tuple(elts=[Constant(va"
        "lue=31), Constant(value=171), Constant(value=15), Constant(value=7), Constant(value=5)"
        ", Constant(value=2)], ctx=Load()))], type_ignores=[])"},
    {SRC("x = 00, 0_0\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Tuple(elts=[Constant(va"
        "lue=0), Constant(value=0)], ctx=Load()))], type_ignores=[])"},
    {SRC("x = 1.5, 1., .5, 1e10, 1E-5, 1.5e+3, 1_0.0_1e1_0\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Tuple(elts=[Constant(va"
        "lue=1.5), Constant(value=1.0), Constant(value=0.5), Constant(value=10000000000.0), Con"
        "stant(value=1e-05), Constant(value=1500.0), Constant(value=100100000000.0)], ctx=Load("
        ")))], type_ignores=[])"},
    {SRC("x = 1e400\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=inf))], "
        "type_ignores=[])"},
    {SRC("x = 0.1 + 0.2\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=Constant(val"
        "ue=0.1), op=Add(), right=Constant(value=0.2)))], type_ignores=[])"},
    {SRC("x = 'abc'\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='abc'))]"
        ", type_ignores=[])"},
    {SRC("x = \"abc\"\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='abc'))]"
        ", type_ignores=[])"},
    {SRC("x = '''abc\ndef'''\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='abc\\nd"
        "ef'))], type_ignores=[])"},
    {SRC("x = \"\"\"a\nb\"\"\"\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='a\\nb')"
        ")], type_ignores=[])"},
    {SRC("x = 'a' 'b' \"c\"\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='abc'))]"
        ", type_ignores=[])"},
    {SRC("x = ('a'\n     'b')\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='ab'))],"
        " type_ignores=[])"},
    {SRC("x = ''\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=''))], t"
        "ype_ignores=[])"},
    {SRC("x = '\\n\\t\\\\\\'\\\"\\a\\b\\f\\v\\r'\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='\\n\\t"
        "\\\\\\'\"\\x07\\x08\\x0c\\x0b\\r'))], type_ignores=[])"},
    {SRC("x = '\\0\\12\\123\\777'\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='\\x00\\"
        "nS\307\277'))], type_ignores=[])"},
    {SRC("x = '\\x41\\u00e9\\U0001F600'\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='A\303"
        "\251\360\237\230\200'))], type_ignores=[])"},
    {SRC("x = '\\q\\d'\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='\\\\q\\"
        "\\d'))], type_ignores=[])"},
    {SRC("x = 'a\\\nb'\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='ab'))],"
        " type_ignores=[])"},
    {SRC("x = r'\\n\\d'\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='\\\\n\\"
        "\\d'))], type_ignores=[])"},
    {SRC("x = R'\\''\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=\"\\\\'"
        "\"))], type_ignores=[])"},
    {SRC("x = '\303\251\342\202\254\360\237\230\200'\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='\303"
        "\251\342\202\254\360\237\230\200'))], type_ignores=[])"},
    {SRC("x = b'abc'\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=b'abc'))"
        "], type_ignores=[])"},
    {SRC("x = b'\\x00\\xff\\n\\q'\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=b'\\x00"
        "\\xff\\n\\\\q'))], type_ignores=[])"},
    {SRC("x = rb'\\n' Br'\\x' bR'a' RB'b'\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=b'\\\\n"
        "\\\\xab'))], type_ignores=[])"},
    {SRC("x = b'a' b'b'\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=b'ab'))]"
        ", type_ignores=[])"},
    {SRC("x = b'\\777'\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=b'\\xff'"
        "))], type_ignores=[])"},
    {SRC("x = f'abc'\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[Const"
        "ant(value='abc')]))], type_ignores=[])"},
    {SRC("x = f''\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[]))],"
        " type_ignores=[])"},
    {SRC("x = f'{a}'\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[Forma"
        "ttedValue(value=Name(id='a', ctx=Load()), conversion=-1)]))], type_ignores=[])"},
    {SRC("x = f'a{b}c{d}e'\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[Const"
        "ant(value='a'), FormattedValue(value=Name(id='b', ctx=Load()), conversion=-1), Constan"
        "t(value='c'), FormattedValue(value=Name(id='d', ctx=Load()), conversion=-1), Constant("
        "value='e')]))], type_ignores=[])"},
    {SRC("x = f'{a!r}{b!s}{c!a}'\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[Forma"
        "ttedValue(value=Name(id='a', ctx=Load()), conversion=114), FormattedValue(value=Name(i"
        "d='b', ctx=Load()), conversion=115), FormattedValue(value=Name(id='c', ctx=Load()), co"
        "nversion=97)]))], type_ignores=[])"},
    {SRC("x = f'{a:>10}'\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[Forma"
        "ttedValue(value=Name(id='a', ctx=Load()), conversion=-1, format_spec=JoinedStr(values="
        "[Constant(value='>10')]))]))], type_ignores=[])"},
    {SRC("x = f'{a:{b}.{c}f}'\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[Forma"
        "ttedValue(value=Name(id='a', ctx=Load()), conversion=-1, format_spec=JoinedStr(values="
        "[FormattedValue(value=Name(id='b', ctx=Load()), conversion=-1), Constant(value='.'), F"
        "ormattedValue(value=Name(id='c', ctx=Load()), conversion=-1), Constant(value='f')]))])"
        ")], type_ignores=[])"},
    {SRC("x = f'{a!r:^{w}}'\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[Forma"
        "ttedValue(value=Name(id='a', ctx=Load()), conversion=114, format_spec=JoinedStr(values"
        "=[Constant(value='^'), FormattedValue(value=Name(id='w', ctx=Load()), conversion=-1)])"
        ")]))], type_ignores=[])"},
    {SRC("x = f'{a=}'\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[Const"
        "ant(value='a='), FormattedValue(value=Name(id='a', ctx=Load()), conversion=114)]))], t"
        "ype_ignores=[])"},
    {SRC("x = f'{ a = }'\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[Const"
        "ant(value=' a = '), FormattedValue(value=Name(id='a', ctx=Load()), conversion=114)]))]"
        ", type_ignores=[])"},
    {SRC("x = f'{a=!s}'\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[Const"
        "ant(value='a='), FormattedValue(value=Name(id='a', ctx=Load()), conversion=115)]))], t"
        "ype_ignores=[])"},
    {SRC("x = f'{a=:>5}'\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[Const"
        "ant(value='a='), FormattedValue(value=Name(id='a', ctx=Load()), conversion=-1, format_"
        "spec=JoinedStr(values=[Constant(value='>5')]))]))], type_ignores=[])"},
    {SRC("x = f'{{}}'\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[Const"
        "ant(value='{}')]))], type_ignores=[])"},
    {SRC("x = f'{{{a}}}'\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[Const"
        "ant(value='{'), FormattedValue(value=Name(id='a', ctx=Load()), conversion=-1), Constan"
        "t(value='}')]))], type_ignores=[])"},
    {SRC("x = f'{a}' 'b' f'{c}'\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[Forma"
        "ttedValue(value=Name(id='a', ctx=Load()), conversion=-1), Constant(value='b'), Formatt"
        "edValue(value=Name(id='c', ctx=Load()), conversion=-1)]))], type_ignores=[])"},
    {SRC("x = 'a' f'b'\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[Const"
        "ant(value='ab')]))], type_ignores=[])"},
    {SRC("x = f'{x for x in y}'\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[Forma"
        "ttedValue(value=GeneratorExp(elt=Name(id='x', ctx=Load()), generators=[comprehension(t"
        "arget=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=0)]),"
        " conversion=-1)]))], type_ignores=[])"},
    {SRC("x = f'{a, b}'\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[Forma"
        "ttedValue(value=Tuple(elts=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], ctx=L"
        "oad()), conversion=-1)]))], type_ignores=[])"},
    {SRC("x = f'{(lambda: 1)()}'\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[Forma"
        "ttedValue(value=Call(func=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[]"
        ", kw_defaults=[], defaults=[]), body=Constant(value=1)), args=[], keywords=[]), conver"
        "sion=-1)]))], type_ignores=[])"},
    {SRC("x = f'{\"nested\"}'\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[Forma"
        "ttedValue(value=Constant(value='nested'), conversion=-1)]))], type_ignores=[])"},
    {SRC("x = f'''{a\n+ b}'''\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[Forma"
        "ttedValue(value=BinOp(left=Name(id='a', ctx=Load()), op=Add(), right=Name(id='b', ctx="
        "Load())), conversion=-1)]))], type_ignores=[])"},
    {SRC("x = f'{a:%Y-%m-%d}'\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[Forma"
        "ttedValue(value=Name(id='a', ctx=Load()), conversion=-1, format_spec=JoinedStr(values="
        "[Constant(value='%Y-%m-%d')]))]))], type_ignores=[])"},
    {SRC("x = f'{a!r:}'\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[Forma"
        "ttedValue(value=Name(id='a', ctx=Load()), conversion=114, format_spec=JoinedStr(values"
        "=[]))]))], type_ignores=[])"},
    {SRC("x = f'{d[\"k\"]}'\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[Forma"
        "ttedValue(value=Subscript(value=Name(id='d', ctx=Load()), slice=Constant(value='k'), c"
        "tx=Load()), conversion=-1)]))], type_ignores=[])"},
    {SRC("x = f'{a:=1}'\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[Forma"
        "ttedValue(value=Name(id='a', ctx=Load()), conversion=-1, format_spec=JoinedStr(values="
        "[Constant(value='=1')]))]))], type_ignores=[])"},
    {SRC("x = f'{(a:=1)}'\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[Forma"
        "ttedValue(value=NamedExpr(target=Name(id='a', ctx=Store()), value=Constant(value=1)), "
        "conversion=-1)]))], type_ignores=[])"},
    {SRC("x = rf'\\d{a}\\n'\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[Const"
        "ant(value='\\\\d'), FormattedValue(value=Name(id='a', ctx=Load()), conversion=-1), Con"
        "stant(value='\\\\n')]))], type_ignores=[])"},
    {SRC("x = f'\\n{a}\\t'\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[Const"
        "ant(value='\\n'), FormattedValue(value=Name(id='a', ctx=Load()), conversion=-1), Const"
        "ant(value='\\t')]))], type_ignores=[])"},
    {SRC("x = f'{a!=b}'\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[Forma"
        "ttedValue(value=Compare(left=Name(id='a', ctx=Load()), ops=[NotEq()], comparators=[Nam"
        "e(id='b', ctx=Load())]), conversion=-1)]))], type_ignores=[])"},
    {SRC("x = f'{a<b}{a>b}{a<=b}'\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[Forma"
        "ttedValue(value=Compare(left=Name(id='a', ctx=Load()), ops=[Lt()], comparators=[Name(i"
        "d='b', ctx=Load())]), conversion=-1), FormattedValue(value=Compare(left=Name(id='a', c"
        "tx=Load()), ops=[Gt()], comparators=[Name(id='b', ctx=Load())]), conversion=-1), Forma"
        "ttedValue(value=Compare(left=Name(id='a', ctx=Load()), ops=[LtE()], comparators=[Name("
        "id='b', ctx=Load())]), conversion=-1)]))], type_ignores=[])"},
    {SRC("x = f'{yield}'\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[Forma"
        "ttedValue(value=Yield(), conversion=-1)]))], type_ignores=[])"},
    {SRC("x = f\"{f'{a}'}\"\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[Forma"
        "ttedValue(value=JoinedStr(values=[FormattedValue(value=Name(id='a', ctx=Load()), conve"
        "rsion=-1)]), conversion=-1)]))], type_ignores=[])"},
    {SRC("if x:\n    pass\n"), TY_MODE_FILE,
     "Module(body=[If(test=Name(id='x', ctx=Load()), body=[Pass()], orelse=[])], type_ignore"
        "s=[])"},
    {SRC("if x: pass\n"), TY_MODE_FILE,
     "Module(body=[If(test=Name(id='x', ctx=Load()), body=[Pass()], orelse=[])], type_ignore"
        "s=[])"},
    {SRC("if x:\n    a\nelse:\n    b\n"), TY_MODE_FILE,
     "Module(body=[If(test=Name(id='x', ctx=Load()), body=[Expr(value=Name(id='a', ctx=Load("
        ")))], orelse=[Expr(value=Name(id='b', ctx=Load()))])], type_ignores=[])"},
    {SRC("if x:\n    a\nelif y:\n    b\nelif z:\n    c\nelse:\n    d\n"), TY_MODE_FILE,
     "Module(body=[If(test=Name(id='x', ctx=Load()), body=[Expr(value=Name(id='a', ctx=Load("
        ")))], orelse=[If(test=Name(id='y', ctx=Load()), body=[Expr(value=Name(id='b', ctx=Load"
        "()))], orelse=[If(test=Name(id='z', ctx=Load()), body=[Expr(value=Name(id='c', ctx=Loa"
        "d()))], orelse=[Expr(value=Name(id='d', ctx=Load()))])])])], type_ignores=[])"},
    {SRC("if x: a; b\n"), TY_MODE_FILE,
     "Module(body=[If(test=Name(id='x', ctx=Load()), body=[Expr(value=Name(id='a', ctx=Load("
        "))), Expr(value=Name(id='b', ctx=Load()))], orelse=[])], type_ignores=[])"},
    {SRC("while x:\n    pass\n"), TY_MODE_FILE,
     "Module(body=[While(test=Name(id='x', ctx=Load()), body=[Pass()], orelse=[])], type_ign"
        "ores=[])"},
    {SRC("while x:\n    break\nelse:\n    pass\n"), TY_MODE_FILE,
     "Module(body=[While(test=Name(id='x', ctx=Load()), body=[Break()], orelse=[Pass()])], t"
        "ype_ignores=[])"},
    {SRC("for x in y:\n    pass\n"), TY_MODE_FILE,
     "Module(body=[For(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), body"
        "=[Pass()], orelse=[])], type_ignores=[])"},
    {SRC("for x, y in z:\n    pass\nelse:\n    pass\n"), TY_MODE_FILE,
     "Module(body=[For(target=Tuple(elts=[Name(id='x', ctx=Store()), Name(id='y', ctx=Store("
        "))], ctx=Store()), iter=Name(id='z', ctx=Load()), body=[Pass()], orelse=[Pass()])], ty"
        "pe_ignores=[])"},
    {SRC("for x in *a, *b:\n    pass\n"), TY_MODE_FILE,
     "Module(body=[For(target=Name(id='x', ctx=Store()), iter=Tuple(elts=[Starred(value=Name"
        "(id='a', ctx=Load()), ctx=Load()), Starred(value=Name(id='b', ctx=Load()), ctx=Load())"
        "], ctx=Load()), body=[Pass()], orelse=[])], type_ignores=[])"},
    {SRC("for x in a, b:\n    pass\n"), TY_MODE_FILE,
     "Module(body=[For(target=Name(id='x', ctx=Store()), iter=Tuple(elts=[Name(id='a', ctx=L"
        "oad()), Name(id='b', ctx=Load())], ctx=Load()), body=[Pass()], orelse=[])], type_ignor"
        "es=[])"},
    {SRC("for (x, y) in z: pass\n"), TY_MODE_FILE,
     "Module(body=[For(target=Tuple(elts=[Name(id='x', ctx=Store()), Name(id='y', ctx=Store("
        "))], ctx=Store()), iter=Name(id='z', ctx=Load()), body=[Pass()], orelse=[])], type_ign"
        "ores=[])"},
    {SRC("for [x, *y] in z: pass\n"), TY_MODE_FILE,
     "Module(body=[For(target=List(elts=[Name(id='x', ctx=Store()), Starred(value=Name(id='y"
        "', ctx=Store()), ctx=Store())], ctx=Store()), iter=Name(id='z', ctx=Load()), body=[Pas"
        "s()], orelse=[])], type_ignores=[])"},
    {SRC("for x.y in z: pass\n"), TY_MODE_FILE,
     "Module(body=[For(target=Attribute(value=Name(id='x', ctx=Load()), attr='y', ctx=Store("
        ")), iter=Name(id='z', ctx=Load()), body=[Pass()], orelse=[])], type_ignores=[])"},
    {SRC("with a:\n    pass\n"), TY_MODE_FILE,
     "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()))], body=[Pass("
        ")])], type_ignores=[])"},
    {SRC("with a as b:\n    pass\n"), TY_MODE_FILE,
     "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars"
        "=Name(id='b', ctx=Store()))], body=[Pass()])], type_ignores=[])"},
    {SRC("with a as b, c as d, e:\n    pass\n"), TY_MODE_FILE,
     "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars"
        "=Name(id='b', ctx=Store())), withitem(context_expr=Name(id='c', ctx=Load()), optional_"
        "vars=Name(id='d', ctx=Store())), withitem(context_expr=Name(id='e', ctx=Load()))], bod"
        "y=[Pass()])], type_ignores=[])"},
    {SRC("with a as (b, c):\n    pass\n"), TY_MODE_FILE,
     "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars"
        "=Tuple(elts=[Name(id='b', ctx=Store()), Name(id='c', ctx=Store())], ctx=Store()))], bo"
        "dy=[Pass()])], type_ignores=[])"},
    {SRC("with (a, b):\n    pass\n"), TY_MODE_FILE,
     "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load())), withitem(con"
        "text_expr=Name(id='b', ctx=Load()))], body=[Pass()])], type_ignores=[])"},
    {SRC("with (a, b) as c:\n    pass\n"), TY_MODE_FILE,
     "Module(body=[With(items=[withitem(context_expr=Tuple(elts=[Name(id='a', ctx=Load()), N"
        "ame(id='b', ctx=Load())], ctx=Load()), optional_vars=Name(id='c', ctx=Store()))], body"
        "=[Pass()])], type_ignores=[])"},
    {SRC("with (a as b, c as d,):\n    pass\n"), TY_MODE_FILE,
     "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars"
        "=Name(id='b', ctx=Store())), withitem(context_expr=Name(id='c', ctx=Load()), optional_"
        "vars=Name(id='d', ctx=Store()))], body=[Pass()])], type_ignores=[])"},
    {SRC("with (a):\n    pass\n"), TY_MODE_FILE,
     "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()))], body=[Pass("
        ")])], type_ignores=[])"},
    {SRC("with (yield):\n    pass\n"), TY_MODE_FILE,
     "Module(body=[With(items=[withitem(context_expr=Yield())], body=[Pass()])], type_ignore"
        "s=[])"},
    {SRC("try:\n    a\nexcept:\n    b\n"), TY_MODE_FILE,
     "Module(body=[Try(body=[Expr(value=Name(id='a', ctx=Load()))], handlers=[ExceptHandler("
        "body=[Expr(value=Name(id='b', ctx=Load()))])], orelse=[], finalbody=[])], type_ignores"
        "=[])"},
    {SRC("try:\n    a\nexcept E:\n    b\n"), TY_MODE_FILE,
     "Module(body=[Try(body=[Expr(value=Name(id='a', ctx=Load()))], handlers=[ExceptHandler("
        "type=Name(id='E', ctx=Load()), body=[Expr(value=Name(id='b', ctx=Load()))])], orelse=["
        "], finalbody=[])], type_ignores=[])"},
    {SRC("try:\n    a\nexcept E as e:\n    b\n"), TY_MODE_FILE,
     "Module(body=[Try(body=[Expr(value=Name(id='a', ctx=Load()))], handlers=[ExceptHandler("
        "type=Name(id='E', ctx=Load()), name='e', body=[Expr(value=Name(id='b', ctx=Load()))])]"
        ", orelse=[], finalbody=[])], type_ignores=[])"},
    {SRC("try:\n    a\nexcept (E, F) as e:\n    b\nexcept G:\n    c\nelse:\n    d\nfinally:\n   "
        " e\n"), TY_MODE_FILE,
     "Module(body=[Try(body=[Expr(value=Name(id='a', ctx=Load()))], handlers=[ExceptHandler("
        "type=Tuple(elts=[Name(id='E', ctx=Load()), Name(id='F', ctx=Load())], ctx=Load()), nam"
        "e='e', body=[Expr(value=Name(id='b', ctx=Load()))]), ExceptHandler(type=Name(id='G', c"
        "tx=Load()), body=[Expr(value=Name(id='c', ctx=Load()))])], orelse=[Expr(value=Name(id="
        "'d', ctx=Load()))], finalbody=[Expr(value=Name(id='e', ctx=Load()))])], type_ignores=["
        "])"},
    {SRC("try:\n    a\nfinally:\n    b\n"), TY_MODE_FILE,
     "Module(body=[Try(body=[Expr(value=Name(id='a', ctx=Load()))], handlers=[], orelse=[], "
        "finalbody=[Expr(value=Name(id='b', ctx=Load()))])], type_ignores=[])"},
    {SRC("try:\n    a\nexcept* E:\n    b\n"), TY_MODE_FILE,
     "Module(body=[TryStar(body=[Expr(value=Name(id='a', ctx=Load()))], handlers=[ExceptHand"
        "ler(type=Name(id='E', ctx=Load()), body=[Expr(value=Name(id='b', ctx=Load()))])], orel"
        "se=[], finalbody=[])], type_ignores=[])"},
    {SRC("try:\n    a\nexcept *(E, F) as e:\n    b\nexcept* G:\n    c\n"
            "else:\n    d\nfinally:\n    e\n"), TY_MODE_FILE,
     "Module(body=[TryStar(body=[Expr(value=Name(id='a', ctx=Load()))], handlers=[ExceptHand"
        "ler(type=Tuple(elts=[Name(id='E', ctx=Load()), Name(id='F', ctx=Load())], ctx=Load()),"
        " name='e', body=[Expr(value=Name(id='b', ctx=Load()))]), ExceptHandler(type=Name(id='G"
        "', ctx=Load()), body=[Expr(value=Name(id='c', ctx=Load()))])], orelse=[Expr(value=Name"
        "(id='d', ctx=Load()))], finalbody=[Expr(value=Name(id='e', ctx=Load()))])], type_ignor"
        "es=[])"},
    {SRC("def f():\n    pass\n"), TY_MODE_FILE,
     "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs="
        "[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[])], type_ignores=[])"},
    {SRC("def f(a, b=1, *c, d, e=2, **f):\n    return a\n"), TY_MODE_FILE,
     "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='a'), "
        "arg(arg='b')], vararg=arg(arg='c'), kwonlyargs=[arg(arg='d'), arg(arg='e')], kw_defaul"
        "ts=[None, Constant(value=2)], kwarg=arg(arg='f'), defaults=[Constant(value=1)]), body="
        "[Return(value=Name(id='a', ctx=Load()))], decorator_list=[])], type_ignores=[])"},
    {SRC("def f(a, /, b, *, c):\n    pass\n"), TY_MODE_FILE,
     "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a')], args=[ar"
        "g(arg='b')], kwonlyargs=[arg(arg='c')], kw_defaults=[None], defaults=[]), body=[Pass()"
        "], decorator_list=[])], type_ignores=[])"},
    {SRC("def f(a=1, /, b=2, *, c=3):\n    pass\n"), TY_MODE_FILE,
     "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a')], args=[ar"
        "g(arg='b')], kwonlyargs=[arg(arg='c')], kw_defaults=[Constant(value=3)], defaults=[Con"
        "stant(value=1), Constant(value=2)]), body=[Pass()], decorator_list=[])], type_ignores="
        "[])"},
    {SRC("def f(a, /):\n    pass\n"), TY_MODE_FILE,
     "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a')], args=[],"
        " kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[])], type"
        "_ignores=[])"},
    {SRC("def f(*, a):\n    pass\n"), TY_MODE_FILE,
     "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs="
        "[arg(arg='a')], kw_defaults=[None], defaults=[]), body=[Pass()], decorator_list=[])], "
        "type_ignores=[])"},
    {SRC("def f(*args, **kwargs):\n    pass\n"), TY_MODE_FILE,
     "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], vararg=arg("
        "arg='args'), kwonlyargs=[], kw_defaults=[], kwarg=arg(arg='kwargs'), defaults=[]), bod"
        "y=[Pass()], decorator_list=[])], type_ignores=[])"},
    {SRC("def f(a,):\n    pass\n"), TY_MODE_FILE,
     "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='a')],"
        " kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[])], type"
        "_ignores=[])"},
    {SRC("def f(a: int, *b: str, c: bool = True, **d: dict) -> None:\n    pass\n"), TY_MODE_FILE,
     "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='a', a"
        "nnotation=Name(id='int', ctx=Load()))], vararg=arg(arg='b', annotation=Name(id='str', "
        "ctx=Load())), kwonlyargs=[arg(arg='c', annotation=Name(id='bool', ctx=Load()))], kw_de"
        "faults=[Constant(value=True)], kwarg=arg(arg='d', annotation=Name(id='dict', ctx=Load("
        "))), defaults=[]), body=[Pass()], decorator_list=[], returns=Constant(value=None))], t"
        "ype_ignores=[])"},
    {SRC("def f(*a: *Ts):\n    pass\n"), TY_MODE_FILE,
     "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], vararg=arg("
        "arg='a', annotation=Starred(value=Name(id='Ts', ctx=Load()), ctx=Load())), kwonlyargs="
        "[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[])], type_ignores=[])"},
    {SRC("def f(): return\n"), TY_MODE_FILE,
     "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs="
        "[], kw_defaults=[], defaults=[]), body=[Return()], decorator_list=[])], type_ignores=["
        "])"},
    {SRC("def f():\n    yield\n    yield x\n    yield from y\n"), TY_MODE_FILE,
     "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs="
        "[], kw_defaults=[], defaults=[]), body=[Expr(value=Yield()), Expr(value=Yield(value=Na"
        "me(id='x', ctx=Load()))), Expr(value=YieldFrom(value=Name(id='y', ctx=Load())))], deco"
        "rator_list=[])], type_ignores=[])"},
    {SRC("def f():\n    def g():\n        nonlocal x\n        return x\n    return g\n"), TY_MODE_FILE,
     "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs="
        "[], kw_defaults=[], defaults=[]), body=[FunctionDef(name='g', args=arguments(posonlyar"
        "gs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Nonlocal(names=['x'"
        "]), Return(value=Name(id='x', ctx=Load()))], decorator_list=[]), Return(value=Name(id="
        "'g', ctx=Load()))], decorator_list=[])], type_ignores=[])"},
    {SRC("@d\ndef f():\n    pass\n"), TY_MODE_FILE,
     "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs="
        "[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[Name(id='d', ctx=Load"
        "())])], type_ignores=[])"},
    {SRC("@d1\n@d2.x(1)\n@d3[0]\ndef f():\n    pass\n"), TY_MODE_FILE,
     "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs="
        "[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[Name(id='d1', ctx=Loa"
        "d()), Call(func=Attribute(value=Name(id='d2', ctx=Load()), attr='x', ctx=Load()), args"
        "=[Constant(value=1)], keywords=[]), Subscript(value=Name(id='d3', ctx=Load()), slice=C"
        "onstant(value=0), ctx=Load())])], type_ignores=[])"},
    {SRC("@(lambda f: f)\ndef f():\n    pass\n"), TY_MODE_FILE,
     "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs="
        "[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[Lambda(args=arguments"
        "(posonlyargs=[], args=[arg(arg='f')], kwonlyargs=[], kw_defaults=[], defaults=[]), bod"
        "y=Name(id='f', ctx=Load()))])], type_ignores=[])"},
    {SRC("@a := b\ndef f(): pass\n"), TY_MODE_FILE,
     "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs="
        "[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[NamedExpr(target=Name"
        "(id='a', ctx=Store()), value=Name(id='b', ctx=Load()))])], type_ignores=[])"},
    {SRC("class C:\n    pass\n"), TY_MODE_FILE,
     "Module(body=[ClassDef(name='C', bases=[], keywords=[], body=[Pass()], decorator_list=["
        "])], type_ignores=[])"},
    {SRC("class C():\n    pass\n"), TY_MODE_FILE,
     "Module(body=[ClassDef(name='C', bases=[], keywords=[], body=[Pass()], decorator_list=["
        "])], type_ignores=[])"},
    {SRC("class C(B):\n    x = 1\n"), TY_MODE_FILE,
     "Module(body=[ClassDef(name='C', bases=[Name(id='B', ctx=Load())], keywords=[], body=[A"
        "ssign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], decorator_list=["
        "])], type_ignores=[])"},
    {SRC("class C(A, B, metaclass=M, **kw):\n    def f(self):\n        return self\n"), TY_MODE_FILE,
     "Module(body=[ClassDef(name='C', bases=[Name(id='A', ctx=Load()), Name(id='B', ctx=Load"
        "())], keywords=[keyword(arg='metaclass', value=Name(id='M', ctx=Load())), keyword(valu"
        "e=Name(id='kw', ctx=Load()))], body=[FunctionDef(name='f', args=arguments(posonlyargs="
        "[], args=[arg(arg='self')], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Return("
        "value=Name(id='self', ctx=Load()))], decorator_list=[])], decorator_list=[])], type_ig"
        "nores=[])"},
    {SRC("class C(*bases):\n    pass\n"), TY_MODE_FILE,
     "Module(body=[ClassDef(name='C', bases=[Starred(value=Name(id='bases', ctx=Load()), ctx"
        "=Load())], keywords=[], body=[Pass()], decorator_list=[])], type_ignores=[])"},
    {SRC("@dataclass\nclass C:\n    x: int\n    y: int = 0\n"), TY_MODE_FILE,
     "Module(body=[ClassDef(name='C', bases=[], keywords=[], body=[AnnAssign(target=Name(id="
        "'x', ctx=Store()), annotation=Name(id='int', ctx=Load()), simple=1), AnnAssign(target="
        "Name(id='y', ctx=Store()), annotation=Name(id='int', ctx=Load()), value=Constant(value"
        "=0), simple=1)], decorator_list=[Name(id='dataclass', ctx=Load())])], type_ignores=[])"},
    {SRC("x = 1  # comment\n# another\n\n\ny = 2\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1)), Ass"
        "ign(targets=[Name(id='y', ctx=Store())], value=Constant(value=2))], type_ignores=[])"},
    {SRC("x = (1 +\n     2)\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=Constant(val"
        "ue=1), op=Add(), right=Constant(value=2)))], type_ignores=[])"},
    {SRC("x = 1 + \\\n    2\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=Constant(val"
        "ue=1), op=Add(), right=Constant(value=2)))], type_ignores=[])"},
    {SRC("if x:\n    if y:\n        a\n    b\nc\n"), TY_MODE_FILE,
     "Module(body=[If(test=Name(id='x', ctx=Load()), body=[If(test=Name(id='y', ctx=Load()),"
        " body=[Expr(value=Name(id='a', ctx=Load()))], orelse=[]), Expr(value=Name(id='b', ctx="
        "Load()))], orelse=[]), Expr(value=Name(id='c', ctx=Load()))], type_ignores=[])"},
    {SRC("if x:\n\tif y:\n\t\ta\n"), TY_MODE_FILE,
     "Module(body=[If(test=Name(id='x', ctx=Load()), body=[If(test=Name(id='y', ctx=Load()),"
        " body=[Expr(value=Name(id='a', ctx=Load()))], orelse=[])], orelse=[])], type_ignores=["
        "])"},
    {SRC("if x:\n  a\n\n  # c\n  b\n"), TY_MODE_FILE,
     "Module(body=[If(test=Name(id='x', ctx=Load()), body=[Expr(value=Name(id='a', ctx=Load("
        "))), Expr(value=Name(id='b', ctx=Load()))], orelse=[])], type_ignores=[])"},
    {SRC("x = 1\015\ny = 2\015\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1)), Ass"
        "ign(targets=[Name(id='y', ctx=Store())], value=Constant(value=2))], type_ignores=[])"},
    {SRC("x = 1\015y = 2\015"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1)), Ass"
        "ign(targets=[Name(id='y', ctx=Store())], value=Constant(value=2))], type_ignores=[])"},
    {SRC("x = 1"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], ty"
        "pe_ignores=[])"},
    {SRC(""), TY_MODE_FILE,
     "Module(body=[], type_ignores=[])"},
    {SRC("\n\n"), TY_MODE_FILE,
     "Module(body=[], type_ignores=[])"},
    {SRC("# only a comment"), TY_MODE_FILE,
     "Module(body=[], type_ignores=[])"},
    {SRC("\303\251 = 1\nna\303\257ve = \303\251\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='\303\251', ctx=Store())], value=Constant(value=1"
        ")), Assign(targets=[Name(id='na\303\257ve', ctx=Store())], value=Name(id='\303\251', c"
        "tx=Load()))], type_ignores=[])"},
    {SRC("x = a\\\n.b\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Attribute(value=Name(id"
        "='a', ctx=Load()), attr='b', ctx=Load()))], type_ignores=[])"},
    {SRC("match = 1\ncase = 2\n_ = match + case\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='match', ctx=Store())], value=Constant(value=1)),"
        " Assign(targets=[Name(id='case', ctx=Store())], value=Constant(value=2)), Assign(targe"
        "ts=[Name(id='_', ctx=Store())], value=BinOp(left=Name(id='match', ctx=Load()), op=Add("
        "), right=Name(id='case', ctx=Load())))], type_ignores=[])"},
    {SRC("print(match, case)\n"), TY_MODE_FILE,
     "Module(body=[Expr(value=Call(func=Name(id='print', ctx=Load()), args=[Name(id='match',"
        " ctx=Load()), Name(id='case', ctx=Load())], keywords=[]))], type_ignores=[])"},
    {SRC("x = 1if y else 2\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=IfExp(test=Name(id='y',"
        " ctx=Load()), body=Constant(value=1), orelse=Constant(value=2)))], type_ignores=[])"},
    {SRC("x = [0x1for x in y]\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=List(elts=[BoolOp(op=Or"
        "(), values=[Constant(value=31), Compare(left=Name(id='x', ctx=Load()), ops=[In()], com"
        "parators=[Name(id='y', ctx=Load())])])], ctx=Load()))], type_ignores=[])"},
    {SRC("x = a.if_\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Attribute(value=Name(id"
        "='a', ctx=Load()), attr='if_', ctx=Load()))], type_ignores=[])"},
    {SRC("1\n"), TY_MODE_EVAL,
     "Expression(body=Constant(value=1))"},
    {SRC("a + b\n"), TY_MODE_EVAL,
     "Expression(body=BinOp(left=Name(id='a', ctx=Load()), op=Add(), right=Name(id='b', ctx="
        "Load())))"},
    {SRC("a, b"), TY_MODE_EVAL,
     "Expression(body=Tuple(elts=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], ctx=L"
        "oad()))"},
    {SRC("lambda x: x"), TY_MODE_EVAL,
     "Expression(body=Lambda(args=arguments(posonlyargs=[], args=[arg(arg='x')], kwonlyargs="
        "[], kw_defaults=[], defaults=[]), body=Name(id='x', ctx=Load())))"},
    {SRC("[x for x in y]"), TY_MODE_EVAL,
     "Expression(body=ListComp(elt=Name(id='x', ctx=Load()), generators=[comprehension(targe"
        "t=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=0)]))"},
    {SRC("f(x)\n\n"), TY_MODE_EVAL,
     "Expression(body=Call(func=Name(id='f', ctx=Load()), args=[Name(id='x', ctx=Load())], k"
        "eywords=[]))"},
    {SRC("x = 1\n"), TY_MODE_SINGLE,
     "Interactive(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))])"},
    {SRC("x\n"), TY_MODE_SINGLE,
     "Interactive(body=[Expr(value=Name(id='x', ctx=Load()))])"},
    {SRC("x; y\n"), TY_MODE_SINGLE,
     "Interactive(body=[Expr(value=Name(id='x', ctx=Load())), Expr(value=Name(id='y', ctx=Lo"
        "ad()))])"},
    {SRC("if x:\n    y\n\n"), TY_MODE_SINGLE,
     "Interactive(body=[If(test=Name(id='x', ctx=Load()), body=[Expr(value=Name(id='y', ctx="
        "Load()))], orelse=[])])"},
    {SRC("def f():\n    return 1\n\n"), TY_MODE_SINGLE,
     "Interactive(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonly"
        "args=[], kw_defaults=[], defaults=[]), body=[Return(value=Constant(value=1))], decorat"
        "or_list=[])])"},
    {SRC("for i in x: print(i)\n\n"), TY_MODE_SINGLE,
     "Interactive(body=[For(target=Name(id='i', ctx=Store()), iter=Name(id='x', ctx=Load()),"
        " body=[Expr(value=Call(func=Name(id='print', ctx=Load()), args=[Name(id='i', ctx=Load("
        "))], keywords=[]))], orelse=[])])"},
    {SRC("async def f():\n    await x\n    async for a in b: pass\n    else: pass\n    async with c as d, e: pass\n    [i async for i in j if await i]\n"), TY_MODE_FILE,
     "Module(body=[AsyncFunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonly"
        "args=[], kw_defaults=[], defaults=[]), body=[Expr(value=Await(value=Name(id='x', ctx=L"
        "oad()))), AsyncFor(target=Name(id='a', ctx=Store()), iter=Name(id='b', ctx=Load()), bo"
        "dy=[Pass()], orelse=[Pass()]), AsyncWith(items=[withitem(context_expr=Name(id='c', ctx"
        "=Load()), optional_vars=Name(id='d', ctx=Store())), withitem(context_expr=Name(id='e',"
        " ctx=Load()))], body=[Pass()]), Expr(value=ListComp(elt=Name(id='i', ctx=Load()), gene"
        "rators=[comprehension(target=Name(id='i', ctx=Store()), iter=Name(id='j', ctx=Load()),"
        " ifs=[Await(value=Name(id='i', ctx=Load()))], is_async=1)]))], decorator_list=[])], ty"
        "pe_ignores=[])"},
    {SRC("@d\nasync def g(x) -> y: yield\n"), TY_MODE_FILE,
     "Module(body=[AsyncFunctionDef(name='g', args=arguments(posonlyargs=[], args=[arg(arg='"
        "x')], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Expr(value=Yield())], decorat"
        "or_list=[Name(id='d', ctx=Load())], returns=Name(id='y', ctx=Load()))], type_ignores=["
        "])"},
    {SRC("x = await a ** -await b\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=Await(value="
        "Name(id='a', ctx=Load())), op=Pow(), right=UnaryOp(op=USub(), operand=Await(value=Name"
        "(id='b', ctx=Load())))))], type_ignores=[])"},
    {SRC("match x:\n    case 1 | -2 | 3+4j | -1.5-2j | 'a' 'b' | None | True | False:\n        pass\n"), TY_MODE_FILE,
     "Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchOr(pat"
        "terns=[MatchValue(value=Constant(value=1)), MatchValue(value=UnaryOp(op=USub(), operand=Co"
        "nstant(value=2))), MatchValue(value=BinOp(left=Constant(value=3), op=Add(), right=Constant"
        "(value=4j))), MatchValue(value=BinOp(left=UnaryOp(op=USub(), operand=Constant(value=1.5)),"
        " op=Sub(), right=Constant(value=2j))), MatchValue(value=Constant(value='ab')), MatchSingle"
        "ton(value=None), MatchSingleton(value=True), MatchSingleton(value=False)]), body=[Pass()])"
        "])], type_ignores=[])"},
    {SRC("match x:\n    case [a, *_, b] | (a, b, *_) | [] | () | [*r]:\n        pass\n"), TY_MODE_FILE,
     "Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchOr(pat"
        "terns=[MatchSequence(patterns=[MatchAs(name='a'), MatchStar(), MatchAs(name='b')]), MatchS"
        "equence(patterns=[MatchAs(name='a'), MatchAs(name='b'), MatchStar()]), MatchSequence(patte"
        "rns=[]), MatchSequence(patterns=[]), MatchSequence(patterns=[MatchStar(name='r')])]), body"
        "=[Pass()])])], type_ignores=[])"},
    {SRC("match x:\n    case {1: y, 'k': z, a.b: _, **rest}:\n        pass\n    case {}:\n        pass\n    case {**r}:\n        pass\n"), TY_MODE_FILE,
     "Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchMappin"
        "g(keys=[Constant(value=1), Constant(value='k'), Attribute(value=Name(id='a', ctx=Load()), "
        "attr='b', ctx=Load())], patterns=[MatchAs(name='y'), MatchAs(name='z'), MatchAs()], rest='"
        "rest'), body=[Pass()]), match_case(pattern=MatchMapping(keys=[], patterns=[]), body=[Pass("
        ")]), match_case(pattern=MatchMapping(keys=[], patterns=[], rest='r'), body=[Pass()])])], t"
        "ype_ignores=[])"},
    {SRC("match x:\n    case P(1, x=y) as q if q:\n        pass\n    case a.b.C():\n        pass\n    case a.b:\n        pass\n    case (y):\n        pass\n    case _:\n        pass\n"), TY_MODE_FILE,
     "Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchAs(pat"
        "tern=MatchClass(cls=Name(id='P', ctx=Load()), patterns=[MatchValue(value=Constant(value=1)"
        ")], kwd_attrs=['x'], kwd_patterns=[MatchAs(name='y')]), name='q'), guard=Name(id='q', ctx="
        "Load()), body=[Pass()]), match_case(pattern=MatchClass(cls=Attribute(value=Attribute(value"
        "=Name(id='a', ctx=Load()), attr='b', ctx=Load()), attr='C', ctx=Load()), patterns=[], kwd_"
        "attrs=[], kwd_patterns=[]), body=[Pass()]), match_case(pattern=MatchValue(value=Attribute("
        "value=Name(id='a', ctx=Load()), attr='b', ctx=Load())), body=[Pass()]), match_case(pattern"
        "=MatchAs(name='y'), body=[Pass()]), match_case(pattern=MatchAs(), body=[Pass()])])], type_"
        "ignores=[])"},
    {SRC("match a, *b:\n    case x, y:\n        pass\n"), TY_MODE_FILE,
     "Module(body=[Match(subject=Tuple(elts=[Name(id='a', ctx=Load()), Starred(value=Name(id='b'"
        ", ctx=Load()), ctx=Load())], ctx=Load()), cases=[match_case(pattern=MatchSequence(patterns"
        "=[MatchAs(name='x'), MatchAs(name='y')]), body=[Pass()])])], type_ignores=[])"},
    {SRC("match = case = 1\nmatch(x)\nmatch[x]: int\ncase.x = _\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='match', ctx=Store()), Name(id='case', ctx=Store())],"
        " value=Constant(value=1)), Expr(value=Call(func=Name(id='match', ctx=Load()), args=[Name(i"
        "d='x', ctx=Load())], keywords=[])), AnnAssign(target=Subscript(value=Name(id='match', ctx="
        "Load()), slice=Name(id='x', ctx=Load()), ctx=Store()), annotation=Name(id='int', ctx=Load("
        ")), simple=0), Assign(targets=[Attribute(value=Name(id='case', ctx=Load()), attr='x', ctx="
        "Store())], value=Name(id='_', ctx=Load()))], type_ignores=[])"},
};

Test(parser, dumps_match_cpython)
{
    for (size_t i = 0; i < sizeof dump_cases / sizeof *dump_cases; i++) {
        const DumpCase *c = &dump_cases[i];
        char *got = parsedump(c->src, c->len, c->mode, "<string>", false);
        cr_expect_str_eq(got, c->expected, "source: %s", c->src);
        free(got);
    }
}

static const DumpCase attr_cases[] = {
    {SRC("try:\n    a\nexcept *(E, F) as e:\n    b\nexcept* G:\n    c\n"
            "else:\n    d\nfinally:\n    e\n"), TY_MODE_FILE,
     "Module(body=[TryStar(body=[Expr(value=Name(id='a', ctx=Load(), lineno=2, col_offset=4,"
        " end_lineno=2, end_col_offset=5), lineno=2, col_offset=4, end_lineno=2, end_col_offset"
        "=5)], handlers=[ExceptHandler(type=Tuple(elts=[Name(id='E', ctx=Load(), lineno=3, col_"
        "offset=9, end_lineno=3, end_col_offset=10), Name(id='F', ctx=Load(), lineno=3, col_off"
        "set=12, end_lineno=3, end_col_offset=13)], ctx=Load(), lineno=3, col_offset=8, end_lin"
        "eno=3, end_col_offset=14), name='e', body=[Expr(value=Name(id='b', ctx=Load(), lineno="
        "4, col_offset=4, end_lineno=4, end_col_offset=5), lineno=4, col_offset=4, end_lineno=4"
        ", end_col_offset=5)], lineno=3, col_offset=0, end_lineno=4, end_col_offset=5), ExceptH"
        "andler(type=Name(id='G', ctx=Load(), lineno=5, col_offset=8, end_lineno=5, end_col_off"
        "set=9), body=[Expr(value=Name(id='c', ctx=Load(), lineno=6, col_offset=4, end_lineno=6"
        ", end_col_offset=5), lineno=6, col_offset=4, end_lineno=6, end_col_offset=5)], lineno="
        "5, col_offset=0, end_lineno=6, end_col_offset=5)], orelse=[Expr(value=Name(id='d', ctx"
        "=Load(), lineno=8, col_offset=4, end_lineno=8, end_col_offset=5), lineno=8, col_offset"
        "=4, end_lineno=8, end_col_offset=5)], finalbody=[Expr(value=Name(id='e', ctx=Load(), l"
        "ineno=10, col_offset=4, end_lineno=10, end_col_offset=5), lineno=10, col_offset=4, end"
        "_lineno=10, end_col_offset=5)], lineno=1, col_offset=0, end_lineno=10, end_col_offset="
        "5)], type_ignores=[])"},
    {SRC("x = 1\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lin"
        "eno=1, end_col_offset=1)], value=Constant(value=1, lineno=1, col_offset=4, end_lineno="
        "1, end_col_offset=5), lineno=1, col_offset=0, end_lineno=1, end_col_offset=5)], type_i"
        "gnores=[])"},
    {SRC("x = (1)\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lin"
        "eno=1, end_col_offset=1)], value=Constant(value=1, lineno=1, col_offset=5, end_lineno="
        "1, end_col_offset=6), lineno=1, col_offset=0, end_lineno=1, end_col_offset=7)], type_i"
        "gnores=[])"},
    {SRC("(a) + (b)\n"), TY_MODE_FILE,
     "Module(body=[Expr(value=BinOp(left=Name(id='a', ctx=Load(), lineno=1, col_offset=1, en"
        "d_lineno=1, end_col_offset=2), op=Add(), right=Name(id='b', ctx=Load(), lineno=1, col_"
        "offset=7, end_lineno=1, end_col_offset=8), lineno=1, col_offset=0, end_lineno=1, end_c"
        "ol_offset=9), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)], type_ignores=["
        "])"},
    {SRC("a.b[c](d)\n"), TY_MODE_FILE,
     "Module(body=[Expr(value=Call(func=Subscript(value=Attribute(value=Name(id='a', ctx=Loa"
        "d(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), attr='b', ctx=Load(), li"
        "neno=1, col_offset=0, end_lineno=1, end_col_offset=3), slice=Name(id='c', ctx=Load(), "
        "lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), ctx=Load(), lineno=1, col_off"
        "set=0, end_lineno=1, end_col_offset=6), args=[Name(id='d', ctx=Load(), lineno=1, col_o"
        "ffset=7, end_lineno=1, end_col_offset=8)], keywords=[], lineno=1, col_offset=0, end_li"
        "neno=1, end_col_offset=9), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)], t"
        "ype_ignores=[])"},
    {SRC("f(x for x in y)\n"), TY_MODE_FILE,
     "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load(), lineno=1, col_offset=0, end"
        "_lineno=1, end_col_offset=1), args=[GeneratorExp(elt=Name(id='x', ctx=Load(), lineno=1"
        ", col_offset=2, end_lineno=1, end_col_offset=3), generators=[comprehension(target=Name"
        "(id='x', ctx=Store(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), iter=Na"
        "me(id='y', ctx=Load(), lineno=1, col_offset=13, end_lineno=1, end_col_offset=14), ifs="
        "[], is_async=0)], lineno=1, col_offset=1, end_lineno=1, end_col_offset=15)], keywords="
        "[], lineno=1, col_offset=0, end_lineno=1, end_col_offset=15), lineno=1, col_offset=0, "
        "end_lineno=1, end_col_offset=15)], type_ignores=[])"},
    {SRC("x = 1, 2,\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lin"
        "eno=1, end_col_offset=1)], value=Tuple(elts=[Constant(value=1, lineno=1, col_offset=4,"
        " end_lineno=1, end_col_offset=5), Constant(value=2, lineno=1, col_offset=7, end_lineno"
        "=1, end_col_offset=8)], ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offs"
        "et=9), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)], type_ignores=[])"},
    {SRC("x[1:2, ::3]\n"), TY_MODE_FILE,
     "Module(body=[Expr(value=Subscript(value=Name(id='x', ctx=Load(), lineno=1, col_offset="
        "0, end_lineno=1, end_col_offset=1), slice=Tuple(elts=[Slice(lower=Constant(value=1, li"
        "neno=1, col_offset=2, end_lineno=1, end_col_offset=3), upper=Constant(value=2, lineno="
        "1, col_offset=4, end_lineno=1, end_col_offset=5), lineno=1, col_offset=2, end_lineno=1"
        ", end_col_offset=5), Slice(step=Constant(value=3, lineno=1, col_offset=9, end_lineno=1"
        ", end_col_offset=10), lineno=1, col_offset=7, end_lineno=1, end_col_offset=10)], ctx=L"
        "oad(), lineno=1, col_offset=2, end_lineno=1, end_col_offset=10), ctx=Load(), lineno=1,"
        " col_offset=0, end_lineno=1, end_col_offset=11), lineno=1, col_offset=0, end_lineno=1,"
        " end_col_offset=11)], type_ignores=[])"},
    {SRC("f(a=1, *b, **c)\n"), TY_MODE_FILE,
     "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load(), lineno=1, col_offset=0, end"
        "_lineno=1, end_col_offset=1), args=[Starred(value=Name(id='b', ctx=Load(), lineno=1, c"
        "ol_offset=8, end_lineno=1, end_col_offset=9), ctx=Load(), lineno=1, col_offset=7, end_"
        "lineno=1, end_col_offset=9)], keywords=[keyword(arg='a', value=Constant(value=1, linen"
        "o=1, col_offset=4, end_lineno=1, end_col_offset=5), lineno=1, col_offset=2, end_lineno"
        "=1, end_col_offset=5), keyword(value=Name(id='c', ctx=Load(), lineno=1, col_offset=13,"
        " end_lineno=1, end_col_offset=14), lineno=1, col_offset=11, end_lineno=1, end_col_offs"
        "et=14)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=15), lineno=1, col_offse"
        "t=0, end_lineno=1, end_col_offset=15)], type_ignores=[])"},
    {SRC("def f(a: int = 1, *b, c, **d) -> x:\n    pass\n"), TY_MODE_FILE,
     "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='a', a"
        "nnotation=Name(id='int', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_off"
        "set=12), lineno=1, col_offset=6, end_lineno=1, end_col_offset=12)], vararg=arg(arg='b'"
        ", lineno=1, col_offset=19, end_lineno=1, end_col_offset=20), kwonlyargs=[arg(arg='c', "
        "lineno=1, col_offset=22, end_lineno=1, end_col_offset=23)], kw_defaults=[None], kwarg="
        "arg(arg='d', lineno=1, col_offset=27, end_lineno=1, end_col_offset=28), defaults=[Cons"
        "tant(value=1, lineno=1, col_offset=15, end_lineno=1, end_col_offset=16)]), body=[Pass("
        "lineno=2, col_offset=4, end_lineno=2, end_col_offset=8)], decorator_list=[], returns=N"
        "ame(id='x', ctx=Load(), lineno=1, col_offset=33, end_lineno=1, end_col_offset=34), lin"
        "eno=1, col_offset=0, end_lineno=2, end_col_offset=8)], type_ignores=[])"},
    {SRC("@d\nclass C(B):\n    x = 1\n"), TY_MODE_FILE,
     "Module(body=[ClassDef(name='C', bases=[Name(id='B', ctx=Load(), lineno=2, col_offset=8"
        ", end_lineno=2, end_col_offset=9)], keywords=[], body=[Assign(targets=[Name(id='x', ct"
        "x=Store(), lineno=3, col_offset=4, end_lineno=3, end_col_offset=5)], value=Constant(va"
        "lue=1, lineno=3, col_offset=8, end_lineno=3, end_col_offset=9), lineno=3, col_offset=4"
        ", end_lineno=3, end_col_offset=9)], decorator_list=[Name(id='d', ctx=Load(), lineno=1,"
        " col_offset=1, end_lineno=1, end_col_offset=2)], lineno=2, col_offset=0, end_lineno=3,"
        " end_col_offset=9)], type_ignores=[])"},
    {SRC("if x:\n    a\nelif y:\n    b\nelse:\n    c\n"), TY_MODE_FILE,
     "Module(body=[If(test=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, en"
        "d_col_offset=4), body=[Expr(value=Name(id='a', ctx=Load(), lineno=2, col_offset=4, end"
        "_lineno=2, end_col_offset=5), lineno=2, col_offset=4, end_lineno=2, end_col_offset=5)]"
        ", orelse=[If(test=Name(id='y', ctx=Load(), lineno=3, col_offset=5, end_lineno=3, end_c"
        "ol_offset=6), body=[Expr(value=Name(id='b', ctx=Load(), lineno=4, col_offset=4, end_li"
        "neno=4, end_col_offset=5), lineno=4, col_offset=4, end_lineno=4, end_col_offset=5)], o"
        "relse=[Expr(value=Name(id='c', ctx=Load(), lineno=6, col_offset=4, end_lineno=6, end_c"
        "ol_offset=5), lineno=6, col_offset=4, end_lineno=6, end_col_offset=5)], lineno=3, col_"
        "offset=0, end_lineno=6, end_col_offset=5)], lineno=1, col_offset=0, end_lineno=6, end_"
        "col_offset=5)], type_ignores=[])"},
    {SRC("try:\n    a\nexcept E as e:\n    b\nfinally:\n    c\n"), TY_MODE_FILE,
     "Module(body=[Try(body=[Expr(value=Name(id='a', ctx=Load(), lineno=2, col_offset=4, end"
        "_lineno=2, end_col_offset=5), lineno=2, col_offset=4, end_lineno=2, end_col_offset=5)]"
        ", handlers=[ExceptHandler(type=Name(id='E', ctx=Load(), lineno=3, col_offset=7, end_li"
        "neno=3, end_col_offset=8), name='e', body=[Expr(value=Name(id='b', ctx=Load(), lineno="
        "4, col_offset=4, end_lineno=4, end_col_offset=5), lineno=4, col_offset=4, end_lineno=4"
        ", end_col_offset=5)], lineno=3, col_offset=0, end_lineno=4, end_col_offset=5)], orelse"
        "=[], finalbody=[Expr(value=Name(id='c', ctx=Load(), lineno=6, col_offset=4, end_lineno"
        "=6, end_col_offset=5), lineno=6, col_offset=4, end_lineno=6, end_col_offset=5)], linen"
        "o=1, col_offset=0, end_lineno=6, end_col_offset=5)], type_ignores=[])"},
    {SRC("import a.b as c\nfrom .x import (y as z)\n"), TY_MODE_FILE,
     "Module(body=[Import(names=[alias(name='a.b', asname='c', lineno=1, col_offset=7, end_l"
        "ineno=1, end_col_offset=15)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=15)"
        ", ImportFrom(module='x', names=[alias(name='y', asname='z', lineno=2, col_offset=16, e"
        "nd_lineno=2, end_col_offset=22)], level=1, lineno=2, col_offset=0, end_lineno=2, end_c"
        "ol_offset=23)], type_ignores=[])"},
    {SRC("x = f'a{b!r:>{w}} {c=}' 'zz'\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lin"
        "eno=1, end_col_offset=1)], value=JoinedStr(values=[Constant(value='a', lineno=1, col_o"
        "ffset=4, end_lineno=1, end_col_offset=28), FormattedValue(value=Name(id='b', ctx=Load("
        "), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), conversion=114, format_spe"
        "c=JoinedStr(values=[Constant(value='>', lineno=1, col_offset=4, end_lineno=1, end_col_"
        "offset=28), FormattedValue(value=Name(id='w', ctx=Load(), lineno=1, col_offset=14, end"
        "_lineno=1, end_col_offset=15), conversion=-1, lineno=1, col_offset=4, end_lineno=1, en"
        "d_col_offset=28)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=23), lineno=1,"
        " col_offset=4, end_lineno=1, end_col_offset=28), Constant(value=' c=', lineno=1, col_o"
        "ffset=4, end_lineno=1, end_col_offset=28), FormattedValue(value=Name(id='c', ctx=Load("
        "), lineno=1, col_offset=19, end_lineno=1, end_col_offset=20), conversion=114, lineno=1"
        ", col_offset=4, end_lineno=1, end_col_offset=28), Constant(value='zz', lineno=1, col_o"
        "ffset=4, end_lineno=1, end_col_offset=28)], lineno=1, col_offset=4, end_lineno=1, end_"
        "col_offset=28), lineno=1, col_offset=0, end_lineno=1, end_col_offset=28)], type_ignore"
        "s=[])"},
    {SRC("x = (f'''a\n  {b +\n c}'''  f'{d}')\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lin"
        "eno=1, end_col_offset=1)], value=JoinedStr(values=[Constant(value='a\\n  ', lineno=1, "
        "col_offset=5, end_lineno=3, end_col_offset=14), FormattedValue(value=BinOp(left=Name(i"
        "d='b', ctx=Load(), lineno=2, col_offset=3, end_lineno=2, end_col_offset=4), op=Add(), "
        "right=Name(id='c', ctx=Load(), lineno=3, col_offset=1, end_lineno=3, end_col_offset=2)"
        ", lineno=2, col_offset=3, end_lineno=3, end_col_offset=2), conversion=-1, lineno=1, co"
        "l_offset=5, end_lineno=3, end_col_offset=14), FormattedValue(value=Name(id='d', ctx=Lo"
        "ad(), lineno=3, col_offset=11, end_lineno=3, end_col_offset=12), conversion=-1, lineno"
        "=1, col_offset=5, end_lineno=3, end_col_offset=14)], lineno=1, col_offset=5, end_linen"
        "o=3, end_col_offset=14), lineno=1, col_offset=0, end_lineno=3, end_col_offset=15)], ty"
        "pe_ignores=[])"},
    {SRC("lambda a, /, b=1: a\n"), TY_MODE_FILE,
     "Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[arg(arg='a', lineno=1, col_"
        "offset=7, end_lineno=1, end_col_offset=8)], args=[arg(arg='b', lineno=1, col_offset=13"
        ", end_lineno=1, end_col_offset=14)], kwonlyargs=[], kw_defaults=[], defaults=[Constant"
        "(value=1, lineno=1, col_offset=15, end_lineno=1, end_col_offset=16)]), body=Name(id='a"
        "', ctx=Load(), lineno=1, col_offset=18, end_lineno=1, end_col_offset=19), lineno=1, co"
        "l_offset=0, end_lineno=1, end_col_offset=19), lineno=1, col_offset=0, end_lineno=1, en"
        "d_col_offset=19)], type_ignores=[])"},
    {SRC("x = [i for i in y if i]\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lin"
        "eno=1, end_col_offset=1)], value=ListComp(elt=Name(id='i', ctx=Load(), lineno=1, col_o"
        "ffset=5, end_lineno=1, end_col_offset=6), generators=[comprehension(target=Name(id='i'"
        ", ctx=Store(), lineno=1, col_offset=11, end_lineno=1, end_col_offset=12), iter=Name(id"
        "='y', ctx=Load(), lineno=1, col_offset=16, end_lineno=1, end_col_offset=17), ifs=[Name"
        "(id='i', ctx=Load(), lineno=1, col_offset=21, end_lineno=1, end_col_offset=22)], is_as"
        "ync=0)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=23), lineno=1, col_offse"
        "t=0, end_lineno=1, end_col_offset=23)], type_ignores=[])"},
    {SRC("with a as b, c:\n    pass\n"), TY_MODE_FILE,
     "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load(), lineno=1, col_"
        "offset=5, end_lineno=1, end_col_offset=6), optional_vars=Name(id='b', ctx=Store(), lin"
        "eno=1, col_offset=10, end_lineno=1, end_col_offset=11)), withitem(context_expr=Name(id"
        "='c', ctx=Load(), lineno=1, col_offset=13, end_lineno=1, end_col_offset=14))], body=[P"
        "ass(lineno=2, col_offset=4, end_lineno=2, end_col_offset=8)], lineno=1, col_offset=0, "
        "end_lineno=2, end_col_offset=8)], type_ignores=[])"},
    {SRC("x = '\303\251' + f'{\303\251}'\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lin"
        "eno=1, end_col_offset=1)], value=BinOp(left=Constant(value='\303\251', lineno=1, col_o"
        "ffset=4, end_lineno=1, end_col_offset=8), op=Add(), right=JoinedStr(values=[FormattedV"
        "alue(value=Name(id='\303\251', ctx=Load(), lineno=1, col_offset=14, end_lineno=1, end_"
        "col_offset=16), conversion=-1, lineno=1, col_offset=11, end_lineno=1, end_col_offset=1"
        "8)], lineno=1, col_offset=11, end_lineno=1, end_col_offset=18), lineno=1, col_offset=4"
        ", end_lineno=1, end_col_offset=18), lineno=1, col_offset=0, end_lineno=1, end_col_offs"
        "et=18)], type_ignores=[])"},
    {SRC("x = not a < b and c or d\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lin"
        "eno=1, end_col_offset=1)], value=BoolOp(op=Or(), values=[BoolOp(op=And(), values=[Unar"
        "yOp(op=Not(), operand=Compare(left=Name(id='a', ctx=Load(), lineno=1, col_offset=8, en"
        "d_lineno=1, end_col_offset=9), ops=[Lt()], comparators=[Name(id='b', ctx=Load(), linen"
        "o=1, col_offset=12, end_lineno=1, end_col_offset=13)], lineno=1, col_offset=8, end_lin"
        "eno=1, end_col_offset=13), lineno=1, col_offset=4, end_lineno=1, end_col_offset=13), N"
        "ame(id='c', ctx=Load(), lineno=1, col_offset=18, end_lineno=1, end_col_offset=19)], li"
        "neno=1, col_offset=4, end_lineno=1, end_col_offset=19), Name(id='d', ctx=Load(), linen"
        "o=1, col_offset=23, end_lineno=1, end_col_offset=24)], lineno=1, col_offset=4, end_lin"
        "eno=1, end_col_offset=24), lineno=1, col_offset=0, end_lineno=1, end_col_offset=24)], "
        "type_ignores=[])"},
    {SRC("del x, (y)\n"), TY_MODE_FILE,
     "Module(body=[Delete(targets=[Name(id='x', ctx=Del(), lineno=1, col_offset=4, end_linen"
        "o=1, end_col_offset=5), Name(id='y', ctx=Del(), lineno=1, col_offset=8, end_lineno=1, "
        "end_col_offset=9)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)], type_ig"
        "nores=[])"},
    {SRC("global a, b\n"), TY_MODE_FILE,
     "Module(body=[Global(names=['a', 'b'], lineno=1, col_offset=0, end_lineno=1, end_col_of"
        "fset=11)], type_ignores=[])"},
    {SRC("x: int = 1\n"), TY_MODE_FILE,
     "Module(body=[AnnAssign(target=Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_li"
        "neno=1, end_col_offset=1), annotation=Name(id='int', ctx=Load(), lineno=1, col_offset="
        "3, end_lineno=1, end_col_offset=6), value=Constant(value=1, lineno=1, col_offset=9, en"
        "d_lineno=1, end_col_offset=10), simple=1, lineno=1, col_offset=0, end_lineno=1, end_co"
        "l_offset=10)], type_ignores=[])"},
    {SRC("x += 1\n"), TY_MODE_FILE,
     "Module(body=[AugAssign(target=Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_li"
        "neno=1, end_col_offset=1), op=Add(), value=Constant(value=1, lineno=1, col_offset=5, e"
        "nd_lineno=1, end_col_offset=6), lineno=1, col_offset=0, end_lineno=1, end_col_offset=6"
        ")], type_ignores=[])"},
    {SRC("assert x, y\n"), TY_MODE_FILE,
     "Module(body=[Assert(test=Name(id='x', ctx=Load(), lineno=1, col_offset=7, end_lineno=1"
        ", end_col_offset=8), msg=Name(id='y', ctx=Load(), lineno=1, col_offset=10, end_lineno="
        "1, end_col_offset=11), lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)], type"
        "_ignores=[])"},
    {SRC("raise E from e\n"), TY_MODE_FILE,
     "Module(body=[Raise(exc=Name(id='E', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, "
        "end_col_offset=7), cause=Name(id='e', ctx=Load(), lineno=1, col_offset=13, end_lineno="
        "1, end_col_offset=14), lineno=1, col_offset=0, end_lineno=1, end_col_offset=14)], type"
        "_ignores=[])"},
    {SRC("while x:\n    break\nelse:\n    pass\n"), TY_MODE_FILE,
     "Module(body=[While(test=Name(id='x', ctx=Load(), lineno=1, col_offset=6, end_lineno=1,"
        " end_col_offset=7), body=[Break(lineno=2, col_offset=4, end_lineno=2, end_col_offset=9"
        ")], orelse=[Pass(lineno=4, col_offset=4, end_lineno=4, end_col_offset=8)], lineno=1, c"
        "ol_offset=0, end_lineno=4, end_col_offset=8)], type_ignores=[])"},
    {SRC("for x in y:\n    continue\n"), TY_MODE_FILE,
     "Module(body=[For(target=Name(id='x', ctx=Store(), lineno=1, col_offset=4, end_lineno=1"
        ", end_col_offset=5), iter=Name(id='y', ctx=Load(), lineno=1, col_offset=9, end_lineno="
        "1, end_col_offset=10), body=[Continue(lineno=2, col_offset=4, end_lineno=2, end_col_of"
        "fset=12)], orelse=[], lineno=1, col_offset=0, end_lineno=2, end_col_offset=12)], type_"
        "ignores=[])"},
    {SRC("return\n"), TY_MODE_FILE,
     "Module(body=[Return(lineno=1, col_offset=0, end_lineno=1, end_col_offset=6)], type_ign"
        "ores=[])"},
    {SRC("x = {1: 2, **y}\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lin"
        "eno=1, end_col_offset=1)], value=Dict(keys=[Constant(value=1, lineno=1, col_offset=5, "
        "end_lineno=1, end_col_offset=6), None], values=[Constant(value=2, lineno=1, col_offset"
        "=8, end_lineno=1, end_col_offset=9), Name(id='y', ctx=Load(), lineno=1, col_offset=13,"
        " end_lineno=1, end_col_offset=14)], lineno=1, col_offset=4, end_lineno=1, end_col_offs"
        "et=15), lineno=1, col_offset=0, end_lineno=1, end_col_offset=15)], type_ignores=[])"},
    {SRC("async def f():\n    await x\n    async for a in b: pass\n    else: pass\n    async with c as d, e: pass\n    [i async for i in j if await i]\n"), TY_MODE_FILE,
     "Module(body=[AsyncFunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonly"
        "args=[], kw_defaults=[], defaults=[]), body=[Expr(value=Await(value=Name(id='x', ctx=L"
        "oad(), lineno=2, col_offset=10, end_lineno=2, end_col_offset=11), lineno=2, col_offset"
        "=4, end_lineno=2, end_col_offset=11), lineno=2, col_offset=4, end_lineno=2, end_col_of"
        "fset=11), AsyncFor(target=Name(id='a', ctx=Store(), lineno=3, col_offset=14, end_linen"
        "o=3, end_col_offset=15), iter=Name(id='b', ctx=Load(), lineno=3, col_offset=19, end_li"
        "neno=3, end_col_offset=20), body=[Pass(lineno=3, col_offset=22, end_lineno=3, end_col_"
        "offset=26)], orelse=[Pass(lineno=4, col_offset=10, end_lineno=4, end_col_offset=14)], "
        "lineno=3, col_offset=4, end_lineno=4, end_col_offset=14), AsyncWith(items=[withitem(co"
        "ntext_expr=Name(id='c', ctx=Load(), lineno=5, col_offset=15, end_lineno=5, end_col_off"
        "set=16), optional_vars=Name(id='d', ctx=Store(), lineno=5, col_offset=20, end_lineno=5"
        ", end_col_offset=21)), withitem(context_expr=Name(id='e', ctx=Load(), lineno=5, col_of"
        "fset=23, end_lineno=5, end_col_offset=24))], body=[Pass(lineno=5, col_offset=26, end_l"
        "ineno=5, end_col_offset=30)], lineno=5, col_offset=4, end_lineno=5, end_col_offset=30)"
        ", Expr(value=ListComp(elt=Name(id='i', ctx=Load(), lineno=6, col_offset=5, end_lineno="
        "6, end_col_offset=6), generators=[comprehension(target=Name(id='i', ctx=Store(), linen"
        "o=6, col_offset=17, end_lineno=6, end_col_offset=18), iter=Name(id='j', ctx=Load(), li"
        "neno=6, col_offset=22, end_lineno=6, end_col_offset=23), ifs=[Await(value=Name(id='i',"
        " ctx=Load(), lineno=6, col_offset=33, end_lineno=6, end_col_offset=34), lineno=6, col_"
        "offset=27, end_lineno=6, end_col_offset=34)], is_async=1)], lineno=6, col_offset=4, en"
        "d_lineno=6, end_col_offset=35), lineno=6, col_offset=4, end_lineno=6, end_col_offset=3"
        "5)], decorator_list=[], lineno=1, col_offset=0, end_lineno=6, end_col_offset=35)], typ"
        "e_ignores=[])"},
    {SRC("@d\nasync def g(x) -> y: yield\n"), TY_MODE_FILE,
     "Module(body=[AsyncFunctionDef(name='g', args=arguments(posonlyargs=[], args=[arg(arg='"
        "x', lineno=2, col_offset=12, end_lineno=2, end_col_offset=13)], kwonlyargs=[], kw_defa"
        "ults=[], defaults=[]), body=[Expr(value=Yield(lineno=2, col_offset=21, end_lineno=2, e"
        "nd_col_offset=26), lineno=2, col_offset=21, end_lineno=2, end_col_offset=26)], decorat"
        "or_list=[Name(id='d', ctx=Load(), lineno=1, col_offset=1, end_lineno=1, end_col_offset"
        "=2)], returns=Name(id='y', ctx=Load(), lineno=2, col_offset=18, end_lineno=2, end_col_"
        "offset=19), lineno=2, col_offset=0, end_lineno=2, end_col_offset=26)], type_ignores=[]"
        ")"},
    {SRC("x = await a ** -await b\n"), TY_MODE_FILE,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lin"
        "eno=1, end_col_offset=1)], value=BinOp(left=Await(value=Name(id='a', ctx=Load(), linen"
        "o=1, col_offset=10, end_lineno=1, end_col_offset=11), lineno=1, col_offset=4, end_line"
        "no=1, end_col_offset=11), op=Pow(), right=UnaryOp(op=USub(), operand=Await(value=Name("
        "id='b', ctx=Load(), lineno=1, col_offset=22, end_lineno=1, end_col_offset=23), lineno="
        "1, col_offset=16, end_lineno=1, end_col_offset=23), lineno=1, col_offset=15, end_linen"
        "o=1, end_col_offset=23), lineno=1, col_offset=4, end_lineno=1, end_col_offset=23), lin"
        "eno=1, col_offset=0, end_lineno=1, end_col_offset=23)], type_ignores=[])"},
    {SRC("match (x):\n    case [a, *b] | {'k': a, **b} if a:\n        pass\n    case P(1, k=v) as w:\n        pass\n"), TY_MODE_FILE,
     "Module(body=[Match(subject=Name(id='x', ctx=Load(), lineno=1, col_offset=7, end_lineno=1, "
        "end_col_offset=8), cases=[match_case(pattern=MatchOr(patterns=[MatchSequence(patterns=[Mat"
        "chAs(name='a', lineno=2, col_offset=10, end_lineno=2, end_col_offset=11), MatchStar(name='"
        "b', lineno=2, col_offset=13, end_lineno=2, end_col_offset=15)], lineno=2, col_offset=9, en"
        "d_lineno=2, end_col_offset=16), MatchMapping(keys=[Constant(value='k', lineno=2, col_offse"
        "t=20, end_lineno=2, end_col_offset=23)], patterns=[MatchAs(name='a', lineno=2, col_offset="
        "25, end_lineno=2, end_col_offset=26)], rest='b', lineno=2, col_offset=19, end_lineno=2, en"
        "d_col_offset=32)], lineno=2, col_offset=9, end_lineno=2, end_col_offset=32), guard=Name(id"
        "='a', ctx=Load(), lineno=2, col_offset=36, end_lineno=2, end_col_offset=37), body=[Pass(li"
        "neno=3, col_offset=8, end_lineno=3, end_col_offset=12)]), match_case(pattern=MatchAs(patte"
        "rn=MatchClass(cls=Name(id='P', ctx=Load(), lineno=4, col_offset=9, end_lineno=4, end_col_o"
        "ffset=10), patterns=[MatchValue(value=Constant(value=1, lineno=4, col_offset=11, end_linen"
        "o=4, end_col_offset=12), lineno=4, col_offset=11, end_lineno=4, end_col_offset=12)], kwd_a"
        "ttrs=['k'], kwd_patterns=[MatchAs(name='v', lineno=4, col_offset=16, end_lineno=4, end_col"
        "_offset=17)], lineno=4, col_offset=9, end_lineno=4, end_col_offset=18), name='w', lineno=4"
        ", col_offset=9, end_lineno=4, end_col_offset=23), body=[Pass(lineno=5, col_offset=8, end_l"
        "ineno=5, end_col_offset=12)])], lineno=1, col_offset=0, end_lineno=5, end_col_offset=12)],"
        " type_ignores=[])"},
};

/* Positions: ast.dump(tree, include_attributes=True). */
Test(parser, positions_match_cpython)
{
    for (size_t i = 0; i < sizeof attr_cases / sizeof *attr_cases; i++) {
        const DumpCase *c = &attr_cases[i];
        char *got = parsedump(c->src, c->len, c->mode, "x.py", true);
        cr_expect_str_eq(got, c->expected, "source: %s", c->src);
        free(got);
    }
}

typedef struct ErrorCase {
    const char *src;
    size_t len;
    TyParseMode mode;
    const char *filename;
    const char *type;
    const char *msg;
    int line, offset, end_line, end_offset;   /* -100: not checked (None) */
} ErrorCase;

static long intattr(TyObject *exc, const char *name)
{
    TyObject *v = tyObj_getAttrStr(exc, name);
    long r = -100;
    int64_t x;
    if (v == NULL) {
        tyErr_clear();
        return -200;
    }
    if (TY_INT_CHECK(v) && tyInt_asI64(v, &x) == 0)
        r = (long)x;
    TY_DECREF(v);
    return r;
}

/* Parse, expect the error, compare type, message and position. */
static void checkerror(const ErrorCase *c)
{
    TyArena *arena = tyArena_new();
    TyModuleAST *m = tyParse_source(arena, c->src, c->len, c->filename, c->mode,
                                    input_of(c->filename), NULL);
    TyObject *exc, *msg;

    cr_expect_null(m, "no error for: %s", c->src);
    exc = tyErr_fetch();
    cr_assert_not_null(exc, "no exception for: %s", c->src);
    cr_expect_str_eq(TY_TYPE(exc)->name, c->type, "source: %s", c->src);
    msg = tyObj_getAttrStr(exc, "msg");
    cr_assert_not_null(msg);
    cr_expect_str_eq(TY_STR_UTF8(msg), c->msg, "source: %s", c->src);
    TY_DECREF(msg);
    if (c->line != -100) {
        cr_expect_eq(intattr(exc, "lineno"), c->line, "lineno, source: %s", c->src);
        cr_expect_eq(intattr(exc, "offset"), c->offset, "offset, source: %s", c->src);
        cr_expect_eq(intattr(exc, "end_lineno"), c->end_line, "end_lineno, source: %s", c->src);
        cr_expect_eq(intattr(exc, "end_offset"), c->end_offset, "end_offset, source: %s", c->src);
    }
    TY_DECREF(exc);
    tyArena_free(arena);
}

static const ErrorCase error_cases[] = {
    {SRC("if x:\n    a\n  b\n"), TY_MODE_FILE, "x.py", "IndentationError",
     "unindent does not match any outer indentation level", 3, 4, 3, -1},
    {SRC("if x:\n    a\n  b\n"), TY_MODE_FILE, "<string>", "IndentationError",
     "unindent does not match any outer indentation level", 3, 4, 3, -1},
    {SRC("if x:\n\ta\n        b\n"), TY_MODE_FILE, "x.py", "TabError",
     "inconsistent use of tabs and spaces in indentation", 3, 1, 3, 0},
    {SRC("if x:\n\ta\n        b\n"), TY_MODE_FILE, "<string>", "TabError",
     "inconsistent use of tabs and spaces in indentation", 3, 1, 3, 0},
    {SRC("if x:\n        a\n\tb\n"), TY_MODE_FILE, "x.py", "TabError",
     "inconsistent use of tabs and spaces in indentation", 3, 1, 3, 0},
    {SRC("if x:\n        a\n\tb\n"), TY_MODE_FILE, "<string>", "TabError",
     "inconsistent use of tabs and spaces in indentation", 3, 1, 3, 0},
    {SRC("x = 1\ny = 2 \\ z\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "unexpected character after line continuation character", 2, 8, 2, 0},
    {SRC("x = 1\ny = 2 \\ z\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "unexpected character after line continuation character", 2, 8, 2, 0},
    {SRC("x = 1\n  y = 2\n"), TY_MODE_FILE, "x.py", "IndentationError",
     "unexpected indent", 2, 2, 2, -1},
    {SRC("x = 1\n  y = 2\n"), TY_MODE_FILE, "<string>", "IndentationError",
     "unexpected indent", 2, 2, 2, -1},
    {SRC("x = 1\ny = 2 \\"), TY_MODE_FILE, "x.py", "SyntaxError",
     "unexpected EOF while parsing", 2, 8, 2, -1},
    {SRC("x = 1\ny = 2 \\"), TY_MODE_FILE, "<string>", "SyntaxError",
     "unexpected EOF while parsing", 2, 8, 2, -1},
    {SRC("x = (1,\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "'(' was never closed", 1, 5, 1, 0},
    {SRC("x = (1,\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "'(' was never closed", 1, 5, 1, 0},
    {SRC("x = (1,\ny = 2\nz = )\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 2, 1, 2, 6},
    {SRC("x = (1,\ny = 2\nz = )\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 2, 1, 2, 6},
    {SRC("x = 1)\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "unmatched ')'", 1, 6, 1, 6},
    {SRC("x = 1)\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "unmatched ')'", 1, 6, 1, 6},
    {SRC("x = (1]\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "closing parenthesis ']' does not match opening parenthesis '('", 1, 7, 1, 7},
    {SRC("x = (1]\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "closing parenthesis ']' does not match opening parenthesis '('", 1, 7, 1, 7},
    {SRC("x = (1,\n2]\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "closing parenthesis ']' does not match opening parenthesis '(' on line 1", 2, 2, 2, 2},
    {SRC("x = (1,\n2]\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "closing parenthesis ']' does not match opening parenthesis '(' on line 1", 2, 2, 2, 2},
    {SRC("x = 1 $ 2\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "invalid syntax", 1, 7, 1, 8},
    {SRC("x = 1 $ 2\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "invalid syntax", 1, 7, 1, 8},
    {SRC("x = 1 ? 2\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "invalid syntax", 1, 7, 1, 8},
    {SRC("x = 1 ? 2\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "invalid syntax", 1, 7, 1, 8},
    {SRC("x = 1 ! 2\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "invalid syntax", 1, 7, 1, 8},
    {SRC("x = 1 ! 2\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "invalid syntax", 1, 7, 1, 8},
    {SRC("x = \342\202\254\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "invalid character '\342\202\254' (U+20AC)", 1, 5, 1, 5},
    {SRC("x = \342\202\254\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "invalid character '\342\202\254' (U+20AC)", 1, 5, 1, 5},
    {SRC("x = a\342\202\254\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "invalid character '\342\202\254' (U+20AC)", 1, 6, 1, 6},
    {SRC("x = a\342\202\254\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "invalid character '\342\202\254' (U+20AC)", 1, 6, 1, 6},
    {SRC("x = a\302\240b\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "invalid non-printable character U+00A0", 1, 6, 1, 6},
    {SRC("x = a\302\240b\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "invalid non-printable character U+00A0", 1, 6, 1, 6},
    {SRC("x = 0x\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "invalid hexadecimal literal", 1, 6, 1, 6},
    {SRC("x = 0x\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "invalid hexadecimal literal", 1, 6, 1, 6},
    {SRC("x = 0b102\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "invalid digit '2' in binary literal", 1, 9, 1, 9},
    {SRC("x = 0b102\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "invalid digit '2' in binary literal", 1, 9, 1, 9},
    {SRC("x = 0o8\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "invalid digit '8' in octal literal", 1, 7, 1, 7},
    {SRC("x = 0o8\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "invalid digit '8' in octal literal", 1, 7, 1, 7},
    {SRC("x = 012\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octa"
        "l integers", 1, 5, 1, 6},
    {SRC("x = 012\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octa"
        "l integers", 1, 5, 1, 6},
    {SRC("x = 1_\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "invalid decimal literal", 1, 6, 1, 6},
    {SRC("x = 1_\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "invalid decimal literal", 1, 6, 1, 6},
    {SRC("x = 1__0\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "invalid decimal literal", 1, 6, 1, 6},
    {SRC("x = 1__0\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "invalid decimal literal", 1, 6, 1, 6},
    {SRC("x = 1abc\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "invalid decimal literal", 1, 5, 1, 5},
    {SRC("x = 1abc\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "invalid decimal literal", 1, 5, 1, 5},
    {SRC("x = \"abc\ny = 2\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "unterminated string literal (detected at line 1)", 1, 5, 1, 5},
    {SRC("x = \"abc\ny = 2\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "unterminated string literal (detected at line 1)", 1, 5, 1, 5},
    {SRC("x = \"\"\"abc\ny = 2\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "unterminated triple-quoted string literal (detected at line 2)", 1, 5, 1, 5},
    {SRC("x = \"\"\"abc\ny = 2\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "unterminated triple-quoted string literal (detected at line 2)", 1, 5, 1, 5},
    {SRC("x = \"\"\"abc\ny = 2"), TY_MODE_FILE, "x.py", "SyntaxError",
     "unterminated triple-quoted string literal (detected at line 2)", 1, 5, 1, 5},
    {SRC("x = \"\"\"abc\ny = 2"), TY_MODE_FILE, "<string>", "SyntaxError",
     "unterminated triple-quoted string literal (detected at line 2)", 1, 5, 1, 5},
    {SRC("x = 'abc"), TY_MODE_FILE, "x.py", "SyntaxError",
     "unterminated string literal (detected at line 1)", 1, 5, 1, 5},
    {SRC("x = 'abc"), TY_MODE_FILE, "<string>", "SyntaxError",
     "unterminated string literal (detected at line 1)", 1, 5, 1, 5},
    {SRC("y = 1\nx = f\"abc"), TY_MODE_FILE, "x.py", "SyntaxError",
     "unterminated string literal (detected at line 2)", 2, 5, 2, 5},
    {SRC("y = 1\nx = f\"abc"), TY_MODE_FILE, "<string>", "SyntaxError",
     "unterminated string literal (detected at line 2)", 2, 5, 2, 5},
    {SRC("if x:\n  y\n    z\n"), TY_MODE_FILE, "x.py", "IndentationError",
     "unexpected indent", 3, 4, 3, -1},
    {SRC("if x:\n  y\n    z\n"), TY_MODE_FILE, "<string>", "IndentationError",
     "unexpected indent", 3, 4, 3, -1},
    {SRC("\n\n  x = 1\n"), TY_MODE_FILE, "x.py", "IndentationError",
     "unexpected indent", 3, 2, 3, -1},
    {SRC("\n\n  x = 1\n"), TY_MODE_FILE, "<string>", "IndentationError",
     "unexpected indent", 3, 2, 3, -1},
    {SRC("def f():\n  x\n\n  y\n z\n"), TY_MODE_FILE, "x.py", "IndentationError",
     "unindent does not match any outer indentation level", 5, 3, 5, -1},
    {SRC("def f():\n  x\n\n  y\n z\n"), TY_MODE_FILE, "<string>", "IndentationError",
     "unindent does not match any outer indentation level", 5, 3, 5, -1},
    {SRC("if x:\n"), TY_MODE_FILE, "x.py", "IndentationError",
     "expected an indented block after 'if' statement on line 1", 1, 0, 1, -1},
    {SRC("if x:\n"), TY_MODE_FILE, "<string>", "IndentationError",
     "expected an indented block after 'if' statement on line 1", 1, 6, 1, -1},
    {SRC("if x:\n\n"), TY_MODE_FILE, "x.py", "IndentationError",
     "expected an indented block after 'if' statement on line 1", 2, 0, 2, -1},
    {SRC("if x:\n\n"), TY_MODE_FILE, "<string>", "IndentationError",
     "expected an indented block after 'if' statement on line 1", 2, 1, 2, -1},
    {SRC("if x:\n  # c\n"), TY_MODE_FILE, "x.py", "IndentationError",
     "expected an indented block after 'if' statement on line 1", 2, 0, 2, -1},
    {SRC("if x:\n  # c\n"), TY_MODE_FILE, "<string>", "IndentationError",
     "expected an indented block after 'if' statement on line 1", 2, 6, 2, -1},
    {SRC("x = (\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "'(' was never closed", 1, 5, 1, 0},
    {SRC("x = (\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "'(' was never closed", 1, 5, 1, 0},
    {SRC("x = (\"\"\"abc\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "unterminated triple-quoted string literal (detected at line 1)", 1, 6, 1, 6},
    {SRC("x = (\"\"\"abc\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "unterminated triple-quoted string literal (detected at line 1)", 1, 6, 1, 6},
    {SRC("x = 1\n\001\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "invalid non-printable character U+0001", 2, 1, 2, 1},
    {SRC("x = 1\n\001\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "invalid non-printable character U+0001", 2, 1, 2, 1},
    {SRC("x = 1 # \303\242\302\202\302\254\ny = \342\202\254\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "invalid character '\342\202\254' (U+20AC)", 2, 5, 2, 5},
    {SRC("x = 1 # \303\242\302\202\302\254\ny = \342\202\254\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "invalid character '\342\202\254' (U+20AC)", 2, 5, 2, 5},
    {SRC("1 = x\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 1, 1, 2},
    {SRC("1 = x\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 1, 1, 2},
    {SRC("f() = 1\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1, 1, 4},
    {SRC("f() = 1\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1, 1, 4},
    {SRC("f() = x = 1\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "cannot assign to function call", 1, 1, 1, 4},
    {SRC("f() = x = 1\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "cannot assign to function call", 1, 1, 1, 4},
    {SRC("x = f() = 1\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "cannot assign to function call", 1, 5, 1, 8},
    {SRC("x = f() = 1\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "cannot assign to function call", 1, 5, 1, 8},
    {SRC("a, b() = x\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 4, 1, 7},
    {SRC("a, b() = x\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 4, 1, 7},
    {SRC("f(), a = 1\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 6, 1, 11},
    {SRC("f(), a = 1\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 6, 1, 11},
    {SRC("(a, 1) = x\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "cannot assign to literal", 1, 5, 1, 6},
    {SRC("(a, 1) = x\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "cannot assign to literal", 1, 5, 1, 6},
    {SRC("[a, f()] = x\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "cannot assign to function call", 1, 5, 1, 8},
    {SRC("[a, f()] = x\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "cannot assign to function call", 1, 5, 1, 8},
    {SRC("True = 1\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "cannot assign to True", 1, 1, 1, 5},
    {SRC("True = 1\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "cannot assign to True", 1, 1, 1, 5},
    {SRC("x + 1 = 2\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "cannot assign to expression here. Maybe you meant '==' instead of '='?", 1, 1, 1, 6},
    {SRC("x + 1 = 2\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "cannot assign to expression here. Maybe you meant '==' instead of '='?", 1, 1, 1, 6},
    {SRC("a < b = 1\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "cannot assign to comparison", 1, 1, 1, 6},
    {SRC("a < b = 1\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "cannot assign to comparison", 1, 1, 1, 6},
    {SRC("not a = 1\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "cannot assign to expression", 1, 1, 1, 6},
    {SRC("not a = 1\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "cannot assign to expression", 1, 1, 1, 6},
    {SRC("a and b = 1\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "cannot assign to expression", 1, 1, 1, 8},
    {SRC("a and b = 1\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "cannot assign to expression", 1, 1, 1, 8},
    {SRC("f() += 1\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "'function call' is an illegal expression for augmented assignment", 1, 1, 1, 4},
    {SRC("f() += 1\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "'function call' is an illegal expression for augmented assignment", 1, 1, 1, 4},
    {SRC("(a, b): int\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "only single target (not tuple) can be annotated", 1, 1, 1, 7},
    {SRC("(a, b): int\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "only single target (not tuple) can be annotated", 1, 1, 1, 7},
    {SRC("[a]: int\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "only single target (not list) can be annotated", 1, 1, 1, 4},
    {SRC("[a]: int\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "only single target (not list) can be annotated", 1, 1, 1, 4},
    {SRC("a, b: int\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "only single target (not tuple) can be annotated", 1, 1, 1, 2},
    {SRC("a, b: int\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "only single target (not tuple) can be annotated", 1, 1, 1, 2},
    {SRC("f(): int\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "illegal target for annotation", 1, 1, 1, 4},
    {SRC("f(): int\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "illegal target for annotation", 1, 1, 1, 4},
    {SRC("del f()\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "cannot delete function call", 1, 5, 1, 8},
    {SRC("del f()\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "cannot delete function call", 1, 5, 1, 8},
    {SRC("del x + 1\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "cannot delete expression", 1, 5, 1, 10},
    {SRC("del x + 1\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "cannot delete expression", 1, 5, 1, 10},
    {SRC("del *a\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "cannot delete starred", 1, 5, 1, 7},
    {SRC("del *a\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "cannot delete starred", 1, 5, 1, 7},
    {SRC("del (a, 1)\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "cannot delete literal", 1, 9, 1, 10},
    {SRC("del (a, 1)\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "cannot delete literal", 1, 9, 1, 10},
    {SRC("[x for x y]\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "invalid syntax. Perhaps you forgot a comma?", 1, 8, 1, 11},
    {SRC("[x for x y]\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "invalid syntax. Perhaps you forgot a comma?", 1, 8, 1, 11},
    {SRC("[x for 1 in y]\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "cannot assign to literal", 1, 8, 1, 9},
    {SRC("[x for 1 in y]\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "cannot assign to literal", 1, 8, 1, 9},
    {SRC("if x = 1: pass\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 4, 1, 9},
    {SRC("if x = 1: pass\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 4, 1, 9},
    {SRC("if x == 1\n  pass\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "expected ':'", 1, 10, 1, 10},
    {SRC("if x == 1\n  pass\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "expected ':'", 1, 10, 1, 10},
    {SRC("while x\n  pass\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "expected ':'", 1, 8, 1, 8},
    {SRC("while x\n  pass\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "expected ':'", 1, 8, 1, 8},
    {SRC("for x in y\n  pass\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "expected ':'", 1, 11, 1, 11},
    {SRC("for x in y\n  pass\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "expected ':'", 1, 11, 1, 11},
    {SRC("def f():\nreturn\n"), TY_MODE_FILE, "x.py", "IndentationError",
     "expected an indented block after function definition on line 1", 2, 1, 2, 7},
    {SRC("def f():\nreturn\n"), TY_MODE_FILE, "<string>", "IndentationError",
     "expected an indented block after function definition on line 1", 2, 1, 2, 7},
    {SRC("class C:\n\n"), TY_MODE_FILE, "x.py", "IndentationError",
     "expected an indented block after class definition on line 1", 2, 0, 2, -1},
    {SRC("class C:\n\n"), TY_MODE_FILE, "<string>", "IndentationError",
     "expected an indented block after class definition on line 1", 2, 1, 2, -1},
    {SRC("f(a b)\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "invalid syntax. Perhaps you forgot a comma?", 1, 3, 1, 6},
    {SRC("f(a b)\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "invalid syntax. Perhaps you forgot a comma?", 1, 3, 1, 6},
    {SRC("[1 2]\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "invalid syntax. Perhaps you forgot a comma?", 1, 2, 1, 5},
    {SRC("[1 2]\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "invalid syntax. Perhaps you forgot a comma?", 1, 2, 1, 5},
    {SRC("print \"x\"\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1, 1, 10},
    {SRC("print \"x\"\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1, 1, 10},
    {SRC("print x\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1, 1, 8},
    {SRC("print x\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1, 1, 8},
    {SRC("f(a=1, b)\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "positional argument follows keyword argument", 1, 9, 1, 10},
    {SRC("f(a=1, b)\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "positional argument follows keyword argument", 1, 9, 1, 10},
    {SRC("f(**a, *b)\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "iterable argument unpacking follows keyword argument unpacking", 1, 3, 1, 6},
    {SRC("f(**a, *b)\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "iterable argument unpacking follows keyword argument unpacking", 1, 3, 1, 6},
    {SRC("f(a for a in b, c)\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "Generator expression must be parenthesized", 1, 3, 1, 15},
    {SRC("f(a for a in b, c)\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "Generator expression must be parenthesized", 1, 3, 1, 15},
    {SRC("f(True=1)\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "cannot assign to True", 1, 3, 1, 8},
    {SRC("f(True=1)\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "cannot assign to True", 1, 3, 1, 8},
    {SRC("f(a.b=1)\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "expression cannot contain assignment, perhaps you meant \"==\"?", 1, 3, 1, 7},
    {SRC("f(a.b=1)\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "expression cannot contain assignment, perhaps you meant \"==\"?", 1, 3, 1, 7},
    {SRC("def f(a=1, b): pass\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "non-default argument follows default argument", 1, 12, 1, 13},
    {SRC("def f(a=1, b): pass\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "non-default argument follows default argument", 1, 12, 1, 13},
    {SRC("def f(*): pass\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "named arguments must follow bare *", 1, 7, 1, 8},
    {SRC("def f(*): pass\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "named arguments must follow bare *", 1, 7, 1, 8},
    {SRC("def f(*, **k): pass\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "named arguments must follow bare *", 1, 7, 1, 8},
    {SRC("def f(*, **k): pass\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "named arguments must follow bare *", 1, 7, 1, 8},
    {SRC("def f(**k, a): pass\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "arguments cannot follow var-keyword argument", 1, 12, 1, 13},
    {SRC("def f(**k, a): pass\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "arguments cannot follow var-keyword argument", 1, 12, 1, 13},
    {SRC("def f(a, /, b, /): pass\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "/ may appear only once", 1, 16, 1, 17},
    {SRC("def f(a, /, b, /): pass\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "/ may appear only once", 1, 16, 1, 17},
    {SRC("def f(*a=1): pass\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "var-positional argument cannot have default value", 1, 9, 1, 10},
    {SRC("def f(*a=1): pass\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "var-positional argument cannot have default value", 1, 9, 1, 10},
    {SRC("lambda a=1, b: 0\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "non-default argument follows default argument", 1, 13, 1, 14},
    {SRC("lambda a=1, b: 0\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "non-default argument follows default argument", 1, 13, 1, 14},
    {SRC("x = (*a)\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "cannot use starred expression here", 1, 6, 1, 8},
    {SRC("x = (*a)\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "cannot use starred expression here", 1, 6, 1, 8},
    {SRC("(a.b := 1)\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "cannot use assignment expressions with attribute", 1, 2, 1, 5},
    {SRC("(a.b := 1)\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "cannot use assignment expressions with attribute", 1, 2, 1, 5},
    {SRC("{a: *b}\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "cannot use a starred expression in a dictionary value", 1, 5, 1, 7},
    {SRC("{a: *b}\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "cannot use a starred expression in a dictionary value", 1, 5, 1, 7},
    {SRC("{a:}\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "expression expected after dictionary key and ':'", 1, 3, 1, 4},
    {SRC("{a:}\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "expression expected after dictionary key and ':'", 1, 3, 1, 4},
    {SRC("from a import b,\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "trailing comma not allowed without surrounding parentheses", 1, 17, 1, 17},
    {SRC("from a import b,\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "trailing comma not allowed without surrounding parentheses", 1, 17, 1, 17},
    {SRC("x = yield = 1\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "assignment to yield expression not possible", 1, 5, 1, 10},
    {SRC("x = yield = 1\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "assignment to yield expression not possible", 1, 5, 1, 10},
    {SRC("x = )\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "unmatched ')'", 1, 5, 1, 5},
    {SRC("x = )\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "unmatched ')'", 1, 5, 1, 5},
    {SRC("x = 08\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octa"
        "l integers", 1, 5, 1, 6},
    {SRC("x = 08\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octa"
        "l integers", 1, 5, 1, 6},
    {SRC("if x:\n  pass\n elif y: pass\n"), TY_MODE_FILE, "x.py", "IndentationError",
     "unindent does not match any outer indentation level", 3, 14, 3, -1},
    {SRC("if x:\n  pass\n elif y: pass\n"), TY_MODE_FILE, "<string>", "IndentationError",
     "unindent does not match any outer indentation level", 3, 14, 3, -1},
    {SRC("x = [*a for a in b]\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "iterable unpacking cannot be used in comprehension", 1, 6, 1, 8},
    {SRC("x = [*a for a in b]\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "iterable unpacking cannot be used in comprehension", 1, 6, 1, 8},
    {SRC("x = {**a for a in b}\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "dict unpacking cannot be used in dict comprehension", 1, 6, 1, 8},
    {SRC("x = {**a for a in b}\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "dict unpacking cannot be used in dict comprehension", 1, 6, 1, 8},
    {SRC("x = [a, b for a in c]\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "did you forget parentheses around the comprehension target?", 1, 6, 1, 10},
    {SRC("x = [a, b for a in c]\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "did you forget parentheses around the comprehension target?", 1, 6, 1, 10},
    {SRC("x = f\"{a b}\"\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "f-string: invalid syntax. Perhaps you forgot a comma?", 1, 2, 1, 5},
    {SRC("x = f\"{a b}\"\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "f-string: invalid syntax. Perhaps you forgot a comma?", 1, 2, 1, 5},
    {SRC("x = 1\ny = f\"{a b}\"\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "f-string: invalid syntax. Perhaps you forgot a comma?", 2, 2, 2, 5},
    {SRC("x = 1\ny = f\"{a b}\"\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "f-string: invalid syntax. Perhaps you forgot a comma?", 2, 2, 2, 5},
    {SRC("f\"{}\"\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "f-string: empty expression not allowed", 1, 6, 1, 6},
    {SRC("f\"{}\"\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "f-string: empty expression not allowed", 1, 6, 1, 6},
    {SRC("f\"{ }\"\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "f-string: empty expression not allowed", 1, 7, 1, 7},
    {SRC("f\"{ }\"\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "f-string: empty expression not allowed", 1, 7, 1, 7},
    {SRC("f\"{a!x}\"\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 9, 1, 9},
    {SRC("f\"{a!x}\"\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 9, 1, 9},
    {SRC("f\"{a!}\"\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 8, 1, 8},
    {SRC("f\"{a!}\"\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 8, 1, 8},
    {SRC("f\"{a\"\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "f-string: expecting '}'", 1, 6, 1, 6},
    {SRC("f\"{a\"\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "f-string: expecting '}'", 1, 6, 1, 6},
    {SRC("f\"}\"\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "f-string: single '}' is not allowed", 1, 5, 1, 5},
    {SRC("f\"}\"\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "f-string: single '}' is not allowed", 1, 5, 1, 5},
    {SRC("f\"{a}}\"\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "f-string: single '}' is not allowed", 1, 8, 1, 8},
    {SRC("f\"{a}}\"\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "f-string: single '}' is not allowed", 1, 8, 1, 8},
    {SRC("f\"{a:{b:{c}}}\"\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "f-string: expressions nested too deeply", 1, 15, 1, 15},
    {SRC("f\"{a:{b:{c}}}\"\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "f-string: expressions nested too deeply", 1, 15, 1, 15},
    {SRC("f\"{a!r=}\"\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "f-string: expecting '}'", 1, 10, 1, 10},
    {SRC("f\"{a!r=}\"\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "f-string: expecting '}'", 1, 10, 1, 10},
    {SRC("f\"{lambda x:1}\"\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "f-string: invalid syntax", 1, 10, 1, 11},
    {SRC("f\"{lambda x:1}\"\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "f-string: invalid syntax", 1, 10, 1, 11},
    {SRC("f\"{*a}\"\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "f-string: cannot use starred expression here", 1, 2, 1, 4},
    {SRC("f\"{*a}\"\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "f-string: cannot use starred expression here", 1, 2, 1, 4},
    {SRC("f\"{#}\"\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "f-string expression part cannot include '#'", 1, 7, 1, 7},
    {SRC("f\"{#}\"\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "f-string expression part cannot include '#'", 1, 7, 1, 7},
    {SRC("f\"{a)}\"\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "f-string: unmatched ')'", 1, 8, 1, 8},
    {SRC("f\"{a)}\"\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "f-string: unmatched ')'", 1, 8, 1, 8},
    {SRC("f\"{(a}\"\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "f-string: closing parenthesis '}' does not match opening parenthesis '('", 1, 8, 1, 8},
    {SRC("f\"{(a}\"\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "f-string: closing parenthesis '}' does not match opening parenthesis '('", 1, 8, 1, 8},
    {SRC("f\"{a[}\"\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "f-string: closing parenthesis '}' does not match opening parenthesis '['", 1, 8, 1, 8},
    {SRC("f\"{a[}\"\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "f-string: closing parenthesis '}' does not match opening parenthesis '['", 1, 8, 1, 8},
    {SRC("f\"{=}\"\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "f-string: expression required before '='", 1, 7, 1, 7},
    {SRC("f\"{=}\"\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "f-string: expression required before '='", 1, 7, 1, 7},
    {SRC("f\"{!r}\"\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "f-string: expression required before '!'", 1, 8, 1, 8},
    {SRC("f\"{!r}\"\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "f-string: expression required before '!'", 1, 8, 1, 8},
    {SRC("f\"{:x}\"\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "f-string: expression required before ':'", 1, 8, 1, 8},
    {SRC("f\"{:x}\"\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "f-string: expression required before ':'", 1, 8, 1, 8},
    {SRC("f\"{a:{}}\"\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "f-string: empty expression not allowed", 1, 10, 1, 10},
    {SRC("f\"{a:{}}\"\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "f-string: empty expression not allowed", 1, 10, 1, 10},
    {SRC("f\"{1 +}\"\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "f-string: invalid syntax", 1, 5, 1, 6},
    {SRC("f\"{1 +}\"\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "f-string: invalid syntax", 1, 5, 1, 6},
    {SRC("f\"{a$b}\"\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "f-string: invalid syntax", 1, 3, 1, 4},
    {SRC("f\"{a$b}\"\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "f-string: invalid syntax", 1, 3, 1, 4},
    {SRC("x = f\"{a}\" b\"x\"\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "cannot mix bytes and nonbytes literals", 1, 16, 1, 16},
    {SRC("x = f\"{a}\" b\"x\"\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "cannot mix bytes and nonbytes literals", 1, 16, 1, 16},
    {SRC("x = b\"x\" f\"{a}\"\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "cannot mix bytes and nonbytes literals", 1, 16, 1, 16},
    {SRC("x = b\"x\" f\"{a}\"\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "cannot mix bytes and nonbytes literals", 1, 16, 1, 16},
    {SRC("x = \"a\" b\"x\"\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "cannot mix bytes and nonbytes literals", 1, 13, 1, 13},
    {SRC("x = \"a\" b\"x\"\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "cannot mix bytes and nonbytes literals", 1, 13, 1, 13},
    {SRC("x = \"\\x1\"\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\"
        "xXX escape", 1, 10, 1, 10},
    {SRC("x = \"\\x1\"\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\"
        "xXX escape", 1, 10, 1, 10},
    {SRC("x = \"ab\\x1g\"\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "(unicode error) 'unicodeescape' codec can't decode bytes in position 2-4: truncated \\"
        "xXX escape", 1, 13, 1, 13},
    {SRC("x = \"ab\\x1g\"\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "(unicode error) 'unicodeescape' codec can't decode bytes in position 2-4: truncated \\"
        "xXX escape", 1, 13, 1, 13},
    {SRC("x = \"\303\251\\x1g\"\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "(unicode error) 'unicodeescape' codec can't decode bytes in position 10-12: truncated "
        "\\xXX escape", 1, 13, 1, 13},
    {SRC("x = \"\303\251\\x1g\"\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "(unicode error) 'unicodeescape' codec can't decode bytes in position 10-12: truncated "
        "\\xXX escape", 1, 12, 1, 12},
    {SRC("x = b\"\\x1\"\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "(value error) invalid \\x escape at position 0", 1, 11, 1, 11},
    {SRC("x = b\"\\x1\"\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "(value error) invalid \\x escape at position 0", 1, 11, 1, 11},
    {SRC("x = b\"a\\x1g\"\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "(value error) invalid \\x escape at position 1", 1, 13, 1, 13},
    {SRC("x = b\"a\\x1g\"\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "(value error) invalid \\x escape at position 1", 1, 13, 1, 13},
    {SRC("x = f\"\"\"{a\n+\nb c}\"\"\"\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "f-string: invalid syntax. Perhaps you forgot a comma?", 1, 2, 3, -4},
    {SRC("x = f\"\"\"{a\n+\nb c}\"\"\"\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "f-string: invalid syntax. Perhaps you forgot a comma?", 1, 2, 3, -4},
    {SRC("x = f\"{'a'}\" f\"{\"\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "f-string: expecting '}'", 1, 18, 1, 18},
    {SRC("x = f\"{'a'}\" f\"{\"\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "f-string: expecting '}'", 1, 18, 1, 18},
    {SRC("x = f\"{f'{}'}\"\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "f-string: f-string: empty expression not allowed", 1, 7, 1, 8},
    {SRC("x = f\"{f'{}'}\"\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "f-string: f-string: empty expression not allowed", 1, 7, 1, 8},
    {SRC("x = f\"{x:{y:{z}}}\"\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "f-string: expressions nested too deeply", 1, 19, 1, 19},
    {SRC("x = f\"{x:{y:{z}}}\"\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "f-string: expressions nested too deeply", 1, 19, 1, 19},
    {SRC("def f():\n\tx = 1\n        y = 2\n"), TY_MODE_FILE, "x.py", "TabError",
     "inconsistent use of tabs and spaces in indentation", 3, 1, 3, 0},
    {SRC("def f():\n\tx = 1\n        y = 2\n"), TY_MODE_FILE, "<string>", "TabError",
     "inconsistent use of tabs and spaces in indentation", 3, 1, 3, 0},
    {SRC("class A:\ndef f(self): pass\n"), TY_MODE_FILE, "x.py", "IndentationError",
     "expected an indented block after class definition on line 1", 2, 1, 2, 4},
    {SRC("class A:\ndef f(self): pass\n"), TY_MODE_FILE, "<string>", "IndentationError",
     "expected an indented block after class definition on line 1", 2, 1, 2, 4},
    {SRC("x = 0b\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "invalid binary literal", 1, 6, 1, 6},
    {SRC("x = 0b\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "invalid binary literal", 1, 6, 1, 6},
    {SRC("x = 0o\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "invalid octal literal", 1, 6, 1, 6},
    {SRC("x = 0o\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "invalid octal literal", 1, 6, 1, 6},
    {SRC("x = 0_7\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octa"
        "l integers", 1, 5, 1, 7},
    {SRC("x = 0_7\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octa"
        "l integers", 1, 5, 1, 7},
    {SRC("x = 0b_\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "invalid binary literal", 1, 7, 1, 7},
    {SRC("x = 0b_\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "invalid binary literal", 1, 7, 1, 7},
    {SRC("x = lambda *: 1\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "named arguments must follow bare *", 1, 13, 1, 14},
    {SRC("x = lambda *: 1\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "named arguments must follow bare *", 1, 13, 1, 14},
    {SRC("x = lambda **k, a: 1\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "arguments cannot follow var-keyword argument", 1, 17, 1, 18},
    {SRC("x = lambda **k, a: 1\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "arguments cannot follow var-keyword argument", 1, 17, 1, 18},
    {SRC("lambda x=1, y: 0\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "non-default argument follows default argument", 1, 13, 1, 14},
    {SRC("lambda x=1, y: 0\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "non-default argument follows default argument", 1, 13, 1, 14},
    {SRC("def f(*a, *b): pass\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "* argument may appear only once", 1, 11, 1, 12},
    {SRC("def f(*a, *b): pass\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "* argument may appear only once", 1, 11, 1, 12},
    {SRC("def f(**a, **b): pass\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "arguments cannot follow var-keyword argument", 1, 12, 1, 14},
    {SRC("def f(**a, **b): pass\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "arguments cannot follow var-keyword argument", 1, 12, 1, 14},
    {SRC("def f(a, **k=1): pass\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "var-keyword argument cannot have default value", 1, 13, 1, 14},
    {SRC("def f(a, **k=1): pass\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "var-keyword argument cannot have default value", 1, 13, 1, 14},
    {SRC("class C(a=1, b): pass\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "positional argument follows keyword argument", 1, 15, 1, 16},
    {SRC("class C(a=1, b): pass\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "positional argument follows keyword argument", 1, 15, 1, 16},
    {SRC("del (a + b)\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "cannot delete expression", 1, 6, 1, 11},
    {SRC("del (a + b)\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "cannot delete expression", 1, 6, 1, 11},
    {SRC("del [a, *b]\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "cannot delete starred", 1, 9, 1, 11},
    {SRC("del [a, *b]\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "cannot delete starred", 1, 9, 1, 11},
    {SRC("f(a=1, b, c)\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "positional argument follows keyword argument", 1, 12, 1, 13},
    {SRC("f(a=1, b, c)\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "positional argument follows keyword argument", 1, 12, 1, 13},
    {SRC("f'{\"x'"), TY_MODE_FILE, "x.py", "SyntaxError",
     "f-string: unterminated string", 1, 7, 1, 7},
    {SRC("f'{\"x'"), TY_MODE_FILE, "<string>", "SyntaxError",
     "f-string: unterminated string", 1, 7, 1, 7},
    {SRC("f'{\"x}'"), TY_MODE_FILE, "x.py", "SyntaxError",
     "f-string: unterminated string", 1, 8, 1, 8},
    {SRC("f'{\"x}'"), TY_MODE_FILE, "<string>", "SyntaxError",
     "f-string: unterminated string", 1, 8, 1, 8},
    {SRC("f'{(\"x'"), TY_MODE_FILE, "x.py", "SyntaxError",
     "f-string: unterminated string", 1, 8, 1, 8},
    {SRC("f'{(\"x'"), TY_MODE_FILE, "<string>", "SyntaxError",
     "f-string: unterminated string", 1, 8, 1, 8},
    {SRC("f'{((}'"), TY_MODE_FILE, "x.py", "SyntaxError",
     "f-string: closing parenthesis '}' does not match opening parenthesis '('", 1, 8, 1, 8},
    {SRC("f'{((}'"), TY_MODE_FILE, "<string>", "SyntaxError",
     "f-string: closing parenthesis '}' does not match opening parenthesis '('", 1, 8, 1, 8},
    {SRC("f'{1#}'"), TY_MODE_FILE, "x.py", "SyntaxError",
     "f-string expression part cannot include '#'", 1, 8, 1, 8},
    {SRC("f'{1#}'"), TY_MODE_FILE, "<string>", "SyntaxError",
     "f-string expression part cannot include '#'", 1, 8, 1, 8},
    {SRC("f'{3(#)}'"), TY_MODE_FILE, "x.py", "SyntaxError",
     "f-string expression part cannot include '#'", 1, 10, 1, 10},
    {SRC("f'{3(#)}'"), TY_MODE_FILE, "<string>", "SyntaxError",
     "f-string expression part cannot include '#'", 1, 10, 1, 10},
    {SRC("f'{)#}'"), TY_MODE_FILE, "x.py", "SyntaxError",
     "f-string: unmatched ')'", 1, 8, 1, 8},
    {SRC("f'{)#}'"), TY_MODE_FILE, "<string>", "SyntaxError",
     "f-string: unmatched ')'", 1, 8, 1, 8},
    {SRC("f'result: {value:{width:{0}}.{precision:1}}'"), TY_MODE_FILE, "x.py", "SyntaxError",
     "f-string: expressions nested too deeply", 1, 45, 1, 45},
    {SRC("f'result: {value:{width:{0}}.{precision:1}}'"), TY_MODE_FILE, "<string>", "SyntaxError",
     "f-string: expressions nested too deeply", 1, 45, 1, 45},
    {SRC("f'{\"s\"!{\"r\"}}'"), TY_MODE_FILE, "x.py", "SyntaxError",
     "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 15, 1, 15},
    {SRC("f'{\"s\"!{\"r\"}}'"), TY_MODE_FILE, "<string>", "SyntaxError",
     "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 15, 1, 15},
    {SRC("f'''{\302\240}'''"), TY_MODE_FILE, "x.py", "SyntaxError",
     "invalid non-printable character U+00A0", 1, 2, 1, 2},
    {SRC("f'''{\302\240}'''"), TY_MODE_FILE, "<string>", "SyntaxError",
     "invalid non-printable character U+00A0", 1, 2, 1, 2},
    {SRC("\302\240"), TY_MODE_FILE, "x.py", "SyntaxError",
     "invalid non-printable character U+00A0", 1, 1, 1, 1},
    {SRC("\302\240"), TY_MODE_FILE, "<string>", "SyntaxError",
     "invalid non-printable character U+00A0", 1, 1, 1, 1},
    {SRC("f'{3)+(4}'"), TY_MODE_FILE, "x.py", "SyntaxError",
     "f-string: unmatched ')'", 1, 11, 1, 11},
    {SRC("f'{3)+(4}'"), TY_MODE_FILE, "<string>", "SyntaxError",
     "f-string: unmatched ')'", 1, 11, 1, 11},
    {SRC("f'' = 3"), TY_MODE_FILE, "x.py", "SyntaxError",
     "cannot assign to f-string expression here. Maybe you meant '==' instead of '='?", 1, 1, 1, 4},
    {SRC("f'' = 3"), TY_MODE_FILE, "<string>", "SyntaxError",
     "cannot assign to f-string expression here. Maybe you meant '==' instead of '='?", 1, 1, 1, 4},
    {SRC("f'{0}' = x"), TY_MODE_FILE, "x.py", "SyntaxError",
     "cannot assign to f-string expression here. Maybe you meant '==' instead of '='?", 1, 1, 1, 7},
    {SRC("f'{0}' = x"), TY_MODE_FILE, "<string>", "SyntaxError",
     "cannot assign to f-string expression here. Maybe you meant '==' instead of '='?", 1, 1, 1, 7},
    {SRC("f'{x}' = x"), TY_MODE_FILE, "x.py", "SyntaxError",
     "cannot assign to f-string expression here. Maybe you meant '==' instead of '='?", 1, 1, 1, 7},
    {SRC("f'{x}' = x"), TY_MODE_FILE, "<string>", "SyntaxError",
     "cannot assign to f-string expression here. Maybe you meant '==' instead of '='?", 1, 1, 1, 7},
    {SRC("del f''"), TY_MODE_FILE, "x.py", "SyntaxError",
     "cannot delete f-string expression", 1, 5, 1, 8},
    {SRC("del f''"), TY_MODE_FILE, "<string>", "SyntaxError",
     "cannot delete f-string expression", 1, 5, 1, 8},
    {SRC("del '' f''"), TY_MODE_FILE, "x.py", "SyntaxError",
     "cannot delete f-string expression", 1, 5, 1, 11},
    {SRC("del '' f''"), TY_MODE_FILE, "<string>", "SyntaxError",
     "cannot delete f-string expression", 1, 5, 1, 11},
    {SRC("f'{{}'"), TY_MODE_FILE, "x.py", "SyntaxError",
     "f-string: single '}' is not allowed", 1, 7, 1, 7},
    {SRC("f'{{}'"), TY_MODE_FILE, "<string>", "SyntaxError",
     "f-string: single '}' is not allowed", 1, 7, 1, 7},
    {SRC("Python = \"\317\263\362\356\355\" +"), TY_MODE_FILE, "x.py", "SyntaxError",
     "Non-UTF-8 code starting with '\\xf2' in file x.py on line 1, but no encoding declared;"
        " see https://peps.python.org/pep-0263/ for details", -100, -100, -100, -100},
    {SRC("lambda x: x = 2"), TY_MODE_FILE, "x.py", "SyntaxError",
     "cannot assign to lambda", 1, 1, 1, 12},
    {SRC("lambda x: x = 2"), TY_MODE_FILE, "<string>", "SyntaxError",
     "cannot assign to lambda", 1, 1, 1, 12},
    {SRC("ages = {'Alice'=22, 'Bob'=23}"), TY_MODE_FILE, "x.py", "SyntaxError",
     "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 9, 1, 16},
    {SRC("ages = {'Alice'=22, 'Bob'=23}"), TY_MODE_FILE, "<string>", "SyntaxError",
     "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 9, 1, 16},
    {SRC("f(a for a in b, c)"), TY_MODE_FILE, "x.py", "SyntaxError",
     "Generator expression must be parenthesized", 1, 3, 1, 15},
    {SRC("f(a for a in b, c)"), TY_MODE_FILE, "<string>", "SyntaxError",
     "Generator expression must be parenthesized", 1, 3, 1, 15},
    {SRC("f(a for a in b if a, c)"), TY_MODE_FILE, "x.py", "SyntaxError",
     "Generator expression must be parenthesized", 1, 3, 1, 20},
    {SRC("f(a for a in b if a, c)"), TY_MODE_FILE, "<string>", "SyntaxError",
     "Generator expression must be parenthesized", 1, 3, 1, 20},
    {SRC("(0x+1)"), TY_MODE_FILE, "x.py", "SyntaxError",
     "invalid hexadecimal literal", 1, 3, 1, 3},
    {SRC("(0x+1)"), TY_MODE_FILE, "<string>", "SyntaxError",
     "invalid hexadecimal literal", 1, 3, 1, 3},
    {SRC("x = 0xI"), TY_MODE_FILE, "x.py", "SyntaxError",
     "invalid hexadecimal literal", 1, 6, 1, 6},
    {SRC("x = 0xI"), TY_MODE_FILE, "<string>", "SyntaxError",
     "invalid hexadecimal literal", 1, 6, 1, 6},
    {SRC("x = 0o9"), TY_MODE_FILE, "x.py", "SyntaxError",
     "invalid digit '9' in octal literal", 1, 7, 1, 7},
    {SRC("x = 0o9"), TY_MODE_FILE, "<string>", "SyntaxError",
     "invalid digit '9' in octal literal", 1, 7, 1, 7},
    {SRC("foo(1=2)"), TY_MODE_FILE, "x.py", "SyntaxError",
     "expression cannot contain assignment, perhaps you meant \"==\"?", 1, 5, 1, 7},
    {SRC("foo(1=2)"), TY_MODE_FILE, "<string>", "SyntaxError",
     "expression cannot contain assignment, perhaps you meant \"==\"?", 1, 5, 1, 7},
    {SRC("def f():\n  x, y: int"), TY_MODE_FILE, "x.py", "SyntaxError",
     "only single target (not tuple) can be annotated", 2, 3, 2, 4},
    {SRC("def f():\n  x, y: int"), TY_MODE_FILE, "<string>", "SyntaxError",
     "only single target (not tuple) can be annotated", 2, 3, 2, 4},
    {SRC("[*x for x in xs]"), TY_MODE_FILE, "x.py", "SyntaxError",
     "iterable unpacking cannot be used in comprehension", 1, 2, 1, 4},
    {SRC("[*x for x in xs]"), TY_MODE_FILE, "<string>", "SyntaxError",
     "iterable unpacking cannot be used in comprehension", 1, 2, 1, 4},
    {SRC("for 1 in []: pass"), TY_MODE_FILE, "x.py", "SyntaxError",
     "cannot assign to literal", 1, 5, 1, 6},
    {SRC("for 1 in []: pass"), TY_MODE_FILE, "<string>", "SyntaxError",
     "cannot assign to literal", 1, 5, 1, 6},
    {SRC("(yield i) = 2"), TY_MODE_FILE, "x.py", "SyntaxError",
     "cannot assign to yield expression here. Maybe you meant '==' instead of '='?", 1, 2, 1, 9},
    {SRC("(yield i) = 2"), TY_MODE_FILE, "<string>", "SyntaxError",
     "cannot assign to yield expression here. Maybe you meant '==' instead of '='?", 1, 2, 1, 9},
    {SRC("None = 1\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "cannot assign to None", 1, 1, 1, 5},
    {SRC("None = 1\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "cannot assign to None", 1, 1, 1, 5},
    {SRC("(True := 1)\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "cannot use assignment expressions with True", 1, 2, 1, 6},
    {SRC("(True := 1)\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "cannot use assignment expressions with True", 1, 2, 1, 6},
    {SRC("yield = 1\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "assignment to yield expression not possible", 1, 1, 1, 6},
    {SRC("yield = 1\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "assignment to yield expression not possible", 1, 1, 1, 6},
    {SRC("a + 1 = 2\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "cannot assign to expression here. Maybe you meant '==' instead of '='?", 1, 1, 1, 6},
    {SRC("a + 1 = 2\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "cannot assign to expression here. Maybe you meant '==' instead of '='?", 1, 1, 1, 6},
    {SRC("(x for x in x) = 1\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "cannot assign to generator expression", 1, 1, 1, 15},
    {SRC("(x for x in x) = 1\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "cannot assign to generator expression", 1, 1, 1, 15},
    {SRC("1 = 1\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 1, 1, 2},
    {SRC("1 = 1\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 1, 1, 2},
    {SRC("... = 1\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "cannot assign to ellipsis here. Maybe you meant '==' instead of '='?", 1, 1, 1, 4},
    {SRC("... = 1\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "cannot assign to ellipsis here. Maybe you meant '==' instead of '='?", 1, 1, 1, 4},
    {SRC("(a, True, c) = (1, 2, 3)\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "cannot assign to True", 1, 5, 1, 9},
    {SRC("(a, True, c) = (1, 2, 3)\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "cannot assign to True", 1, 5, 1, 9},
    {SRC("[a, b, c + 1] = [1, 2, 3]\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "cannot assign to expression", 1, 8, 1, 13},
    {SRC("[a, b, c + 1] = [1, 2, 3]\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "cannot assign to expression", 1, 8, 1, 13},
    {SRC("a if 1 else b = 1\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "cannot assign to conditional expression", 1, 1, 1, 14},
    {SRC("a if 1 else b = 1\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "cannot assign to conditional expression", 1, 1, 1, 14},
    {SRC("x = y = yield = 1\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "assignment to yield expression not possible", 1, 9, 1, 14},
    {SRC("x = y = yield = 1\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "assignment to yield expression not possible", 1, 9, 1, 14},
    {SRC("[x,y for x,y in range(100)]\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "did you forget parentheses around the comprehension target?", 1, 2, 1, 5},
    {SRC("[x,y for x,y in range(100)]\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "did you forget parentheses around the comprehension target?", 1, 2, 1, 5},
    {SRC("{x,y for x,y in range(100)}\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "did you forget parentheses around the comprehension target?", 1, 2, 1, 5},
    {SRC("{x,y for x,y in range(100)}\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "did you forget parentheses around the comprehension target?", 1, 2, 1, 5},
    {SRC("def foo(/,a,b=,c):\n   pass\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "at least one argument must precede /", 1, 9, 1, 10},
    {SRC("def foo(/,a,b=,c):\n   pass\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "at least one argument must precede /", 1, 9, 1, 10},
    {SRC("def foo(a,/,/,b,c):\n   pass\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "/ may appear only once", 1, 13, 1, 14},
    {SRC("def foo(a,/,/,b,c):\n   pass\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "/ may appear only once", 1, 13, 1, 14},
    {SRC("def foo(a,/,a1,/,b,c):\n   pass\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "/ may appear only once", 1, 16, 1, 17},
    {SRC("def foo(a,/,a1,/,b,c):\n   pass\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "/ may appear only once", 1, 16, 1, 17},
    {SRC("def foo(a,*b,c,/,d,e):\n   pass\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "/ must be ahead of *", 1, 16, 1, 17},
    {SRC("def foo(a,*b,c,/,d,e):\n   pass\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "/ must be ahead of *", 1, 16, 1, 17},
    {SRC("def foo(a=1,*b,c=3,/,d,e):\n   pass\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "/ must be ahead of *", 1, 20, 1, 21},
    {SRC("def foo(a=1,*b,c=3,/,d,e):\n   pass\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "/ must be ahead of *", 1, 20, 1, 21},
    {SRC("def foo(a,*b=3,c):\n   pass\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "var-positional argument cannot have default value", 1, 13, 1, 14},
    {SRC("def foo(a,*b=3,c):\n   pass\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "var-positional argument cannot have default value", 1, 13, 1, 14},
    {SRC("def foo(a,*b: int=,c):\n   pass\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "var-positional argument cannot have default value", 1, 18, 1, 19},
    {SRC("def foo(a,*b: int=,c):\n   pass\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "var-positional argument cannot have default value", 1, 18, 1, 19},
    {SRC("def foo(a,**b=3):\n   pass\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "var-keyword argument cannot have default value", 1, 14, 1, 15},
    {SRC("def foo(a,**b=3):\n   pass\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "var-keyword argument cannot have default value", 1, 14, 1, 15},
    {SRC("def foo(a,**b: int=3):\n   pass\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "var-keyword argument cannot have default value", 1, 19, 1, 20},
    {SRC("def foo(a,**b: int=3):\n   pass\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "var-keyword argument cannot have default value", 1, 19, 1, 20},
    {SRC("def foo(*b,*d):\n   pass\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "* argument may appear only once", 1, 12, 1, 13},
    {SRC("def foo(*b,*d):\n   pass\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "* argument may appear only once", 1, 12, 1, 13},
    {SRC("def foo(a,*b,c,*d,*e,c):\n   pass\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "* argument may appear only once", 1, 16, 1, 17},
    {SRC("def foo(a,*b,c,*d,*e,c):\n   pass\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "* argument may appear only once", 1, 16, 1, 17},
    {SRC("def foo(a=1,/*,b,c):\n   pass\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "expected comma between / and *", 1, 14, 1, 15},
    {SRC("def foo(a=1,/*,b,c):\n   pass\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "expected comma between / and *", 1, 14, 1, 15},
    {SRC("def foo(a=1,d=,c):\n   pass\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "expected default value expression", 1, 14, 1, 15},
    {SRC("def foo(a=1,d=,c):\n   pass\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "expected default value expression", 1, 14, 1, 15},
    {SRC("def foo(a,d=,c):\n   pass\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "expected default value expression", 1, 12, 1, 13},
    {SRC("def foo(a,d=,c):\n   pass\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "expected default value expression", 1, 12, 1, 13},
    {SRC("def foo(a,d: int=,c):\n   pass\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "expected default value expression", 1, 17, 1, 18},
    {SRC("def foo(a,d: int=,c):\n   pass\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "expected default value expression", 1, 17, 1, 18},
    {SRC("lambda /,a,b,c: None\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "at least one argument must precede /", 1, 8, 1, 9},
    {SRC("lambda /,a,b,c: None\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "at least one argument must precede /", 1, 8, 1, 9},
    {SRC("lambda a,*b,c,/,d,e: None\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "/ must be ahead of *", 1, 15, 1, 16},
    {SRC("lambda a,*b,c,/,d,e: None\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "/ must be ahead of *", 1, 15, 1, 16},
    {SRC("lambda a=1,/*,b,c: None\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "expected comma between / and *", 1, 13, 1, 14},
    {SRC("lambda a=1,/*,b,c: None\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "expected comma between / and *", 1, 13, 1, 14},
    {SRC("f(lambda x: x[0] = 3)\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "expression cannot contain assignment, perhaps you meant \"==\"?", 1, 3, 1, 19},
    {SRC("f(lambda x: x[0] = 3)\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "expression cannot contain assignment, perhaps you meant \"==\"?", 1, 3, 1, 19},
    {SRC("f(False=1)\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "cannot assign to False", 1, 3, 1, 9},
    {SRC("f(False=1)\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "cannot assign to False", 1, 3, 1, 9},
    {SRC("f(None=1)\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "cannot assign to None", 1, 3, 1, 8},
    {SRC("f(None=1)\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "cannot assign to None", 1, 3, 1, 8},
    {SRC("if 1:\n  x() = 1\nelif 1:\n  pass\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "cannot assign to function call here. Maybe you meant '==' instead of '='?", 2, 3, 2, 6},
    {SRC("if 1:\n  x() = 1\nelif 1:\n  pass\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "cannot assign to function call here. Maybe you meant '==' instead of '='?", 2, 3, 2, 6},
    {SRC("if x.a = 3:\n   pass\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "cannot assign to attribute here. Maybe you meant '==' instead of '='?", 1, 4, 1, 7},
    {SRC("if x.a = 3:\n   pass\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "cannot assign to attribute here. Maybe you meant '==' instead of '='?", 1, 4, 1, 7},
    {SRC("while x.a = 3:\n   pass\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "cannot assign to attribute here. Maybe you meant '==' instead of '='?", 1, 7, 1, 10},
    {SRC("while x.a = 3:\n   pass\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "cannot assign to attribute here. Maybe you meant '==' instead of '='?", 1, 7, 1, 10},
    {SRC("def f(x, (y, z), w):\n   pass\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "Function parameters cannot be parenthesized", 1, 10, 1, 16},
    {SRC("def f(x, (y, z), w):\n   pass\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "Function parameters cannot be parenthesized", 1, 10, 1, 16},
    {SRC("def f((x, y, z, w)):\n   pass\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "Function parameters cannot be parenthesized", 1, 7, 1, 19},
    {SRC("def f((x, y, z, w)):\n   pass\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "Function parameters cannot be parenthesized", 1, 7, 1, 19},
    {SRC("def f(x, (y, z, w)):\n   pass\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "Function parameters cannot be parenthesized", 1, 10, 1, 19},
    {SRC("def f(x, (y, z, w)):\n   pass\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "Function parameters cannot be parenthesized", 1, 10, 1, 19},
    {SRC("lambda x, (y, z), w: None\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "Lambda expression parameters cannot be parenthesized", 1, 11, 1, 17},
    {SRC("lambda x, (y, z), w: None\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "Lambda expression parameters cannot be parenthesized", 1, 11, 1, 17},
    {SRC("lambda (x, y, z, w): None\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "Lambda expression parameters cannot be parenthesized", 1, 8, 1, 20},
    {SRC("lambda (x, y, z, w): None\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "Lambda expression parameters cannot be parenthesized", 1, 8, 1, 20},
    {SRC("lambda x, (y, z, w): None\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "Lambda expression parameters cannot be parenthesized", 1, 11, 1, 20},
    {SRC("lambda x, (y, z, w): None\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "Lambda expression parameters cannot be parenthesized", 1, 11, 1, 20},
    {SRC("{1:2, 3:4, 5:}\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "expression expected after dictionary key and ':'", 1, 13, 1, 14},
    {SRC("{1:2, 3:4, 5:}\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "expression expected after dictionary key and ':'", 1, 13, 1, 14},
    {SRC("{1: *12+1, 23: 1}\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "cannot use a starred expression in a dictionary value", 1, 5, 1, 10},
    {SRC("{1: *12+1, 23: 1}\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "cannot use a starred expression in a dictionary value", 1, 5, 1, 10},
    {SRC("{1: *12+1}\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "cannot use a starred expression in a dictionary value", 1, 5, 1, 10},
    {SRC("{1: *12+1}\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "cannot use a starred expression in a dictionary value", 1, 5, 1, 10},
    {SRC("{1:}\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "expression expected after dictionary key and ':'", 1, 3, 1, 4},
    {SRC("{1:}\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "expression expected after dictionary key and ':'", 1, 3, 1, 4},
    {SRC("def foo(x, /, y, *, z=2):\npass\n"), TY_MODE_FILE, "x.py", "IndentationError",
     "expected an indented block after function definition on line 1", 2, 1, 2, 5},
    {SRC("def foo(x, /, y, *, z=2):\npass\n"), TY_MODE_FILE, "<string>", "IndentationError",
     "expected an indented block after function definition on line 1", 2, 1, 2, 5},
    {SRC("class Blech(A):\npass\n"), TY_MODE_FILE, "x.py", "IndentationError",
     "expected an indented block after class definition on line 1", 2, 1, 2, 5},
    {SRC("class Blech(A):\npass\n"), TY_MODE_FILE, "<string>", "IndentationError",
     "expected an indented block after class definition on line 1", 2, 1, 2, 5},
    {SRC("try:\n  pass\nexcept A, B:\n  pass\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "multiple exception types must be parenthesized", 3, 8, 3, 12},
    {SRC("try:\n  pass\nexcept A, B:\n  pass\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "multiple exception types must be parenthesized", 3, 8, 3, 12},
    {SRC("try:\n  pass\nexcept A, B, C:\n  pass\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "multiple exception types must be parenthesized", 3, 8, 3, 15},
    {SRC("try:\n  pass\nexcept A, B, C:\n  pass\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "multiple exception types must be parenthesized", 3, 8, 3, 15},
    {SRC("try:\n  pass\nexcept A, B, C as blech:\n  pass\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "multiple exception types must be parenthesized", 3, 8, 3, 24},
    {SRC("try:\n  pass\nexcept A, B, C as blech:\n  pass\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "multiple exception types must be parenthesized", 3, 8, 3, 24},
    {SRC("{1, 2, 3} = 42\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "cannot assign to set display here. Maybe you meant '==' instead of '='?", 1, 1, 1, 10},
    {SRC("{1, 2, 3} = 42\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "cannot assign to set display here. Maybe you meant '==' instead of '='?", 1, 1, 1, 10},
    {SRC("{1: 2, 3: 4} = 42\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "cannot assign to dict literal here. Maybe you meant '==' instead of '='?", 1, 1, 1, 13},
    {SRC("{1: 2, 3: 4} = 42\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "cannot assign to dict literal here. Maybe you meant '==' instead of '='?", 1, 1, 1, 13},
    {SRC("from t import x,\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "trailing comma not allowed without surrounding parentheses", 1, 17, 1, 17},
    {SRC("from t import x,\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "trailing comma not allowed without surrounding parentheses", 1, 17, 1, 17},
    {SRC("from t import x,y,\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "trailing comma not allowed without surrounding parentheses", 1, 19, 1, 19},
    {SRC("from t import x,y,\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "trailing comma not allowed without surrounding parentheses", 1, 19, 1, 19},
    {SRC("[]: int\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "only single target (not list) can be annotated", 1, 1, 1, 3},
    {SRC("[]: int\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "only single target (not list) can be annotated", 1, 1, 1, 3},
    {SRC("([]): int\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "only single target (not list) can be annotated", 1, 2, 1, 4},
    {SRC("([]): int\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "only single target (not list) can be annotated", 1, 2, 1, 4},
    {SRC("A[:(*b)]\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "cannot use starred expression here", 1, 5, 1, 7},
    {SRC("A[:(*b)]\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "cannot use starred expression here", 1, 5, 1, 7},
    {SRC("A[(*b):]\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "cannot use starred expression here", 1, 4, 1, 6},
    {SRC("A[(*b):]\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "cannot use starred expression here", 1, 4, 1, 6},
    {SRC("b\"\304\200\"\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "bytes can only contain ASCII literal characters", 1, 6, 1, 6},
    {SRC("b\"\304\200\"\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "bytes can only contain ASCII literal characters", 1, 5, 1, 5},
    {SRC("b\"\320\260\320\261\320\262\320\263\320\264\320\265\"\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "bytes can only contain ASCII literal characters", 1, 16, 1, 16},
    {SRC("b\"\320\260\320\261\320\262\320\263\320\264\320\265\"\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "bytes can only contain ASCII literal characters", 1, 10, 1, 10},
    {SRC("b\"abc \321\212\321\216\321\211\321\213\320\271\"  # first 3 letters are ascii\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "bytes can only contain ASCII literal characters", 1, 20, 1, 47},
    {SRC("b\"abc \321\212\321\216\321\211\321\213\320\271\"  # first 3 letters are ascii\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "bytes can only contain ASCII literal characters", 1, 15, 1, 42},
    {SRC("f(**x, *y)\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "iterable argument unpacking follows keyword argument unpacking", 1, 3, 1, 6},
    {SRC("f(**x, *y)\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "iterable argument unpacking follows keyword argument unpacking", 1, 3, 1, 6},
    {SRC("f(**x, *)\n"), TY_MODE_FILE, "x.py", "SyntaxError",
     "iterable argument unpacking follows keyword argument unpacking", 1, 3, 1, 6},
    {SRC("f(**x, *)\n"), TY_MODE_FILE, "<string>", "SyntaxError",
     "iterable argument unpacking follows keyword argument unpacking", 1, 3, 1, 6},
};

/* SyntaxErrors: CPython's message, line and offsets, for files ("x.py":
** offsets from the parser count bytes) and for strings ("<string>"). */
Test(parser, errors_match_cpython)
{
    for (size_t i = 0; i < sizeof error_cases / sizeof *error_cases; i++)
        checkerror(&error_cases[i]);
}

/* ---- the REPL: when is input complete? ---- */

typedef struct ReplCase {
    const char *src;
    bool ok;            /* parses */
    bool incomplete;    /* else: the REPL should read another line */
} ReplCase;

static const ReplCase repl_cases[] = {
    {"x = 1\n", true, false},
    {"\n", true, false},
    {"", true, false},
    {"# comment\n", true, false},
    {"if x:\n", false, true},
    {"if x:\n    y\n", false, true},
    {"if x:\n    y\n    \n", false, true},
    {"if x:\n    y\n\n", true, false},
    {"if x:\n    y\nelse:\n", false, true},
    {"if x:\n    pass\nelif y:\n", false, true},
    {"for x in y:\n    pass\nelse:\n", false, true},
    {"def f():\n    return 1\n", false, true},
    {"def f():\n    return 1\n\n", true, false},
    {"class C:\n    def f(self):\n        pass\n\n", true, false},
    {"try:\n    pass\n", false, true},
    {"@d\n", false, true},
    {"x = (\n", false, true},
    {"x = [1,\n2\n", false, true},
    {"f(a,\n  b)\n", true, false},
    {"x = \"\"\"abc\n", false, true},
    {"x = 1 \\\n", false, true},
    {"x = 'abc\\\n", false, true},
    {"x = 1 +\n", false, false},
    {"x = 'abc\n", false, false},
    {"if x:\n\n", false, false},
    {"if x:\n    y\n  z\n", false, false},
    {"if x:\n    y\nz\n", false, false},
    {"x = 1\ny = 2\n", false, false},
    {"  x = 1\n", false, false},
    /* A block header ending a nested block asks for its body. */
    {"for i in x:\n    if i:\n", false, true},
    {"class C:\n    def f(self):\n", false, true},
    {"class C:\n    @property\n", false, true},
    {"def f():\n    try:\n        pass\n    except E:\n", false, true},
    /* Inside a bracket a line that cannot fit is an error at once, as
    ** python3.11 reports it before the next line. */
    {"[1,\n        z = 3\n", false, false},
    {"x = [\n[1,\ndel x\n", false, false},
    {"(\ny = 1 + \\\n", false, false},
    {"s = '''a\nb''' c '''\n", false, false},
    {"x = [1,\n2,\n", false, true},
};

Test(parser, repl_incomplete_input)
{
    for (size_t i = 0; i < sizeof repl_cases / sizeof *repl_cases; i++) {
        const ReplCase *c = &repl_cases[i];
        TyArena *arena = tyArena_new();
        bool incomplete = true;
        TyModuleAST *m = tyParse_source(arena, c->src, strlen(c->src), "<stdin>",
                                        TY_MODE_SINGLE, TY_INPUT_TEXT, &incomplete);
        cr_expect_eq(m != NULL, c->ok, "parses: %s", c->src);
        cr_expect_eq(incomplete, c->incomplete, "incomplete: %s", c->src);
        if (m == NULL) {
            cr_expect_not_null(tyErr_occurred(), "no exception: %s", c->src);
            tyErr_clear();
        }
        tyArena_free(arena);
    }
}

/* The REPL's statement forms. */
Test(parser, repl_trees)
{
    static const struct { const char *src, *dump; } cases[] = {
        {"\n", "Interactive(body=[Pass()])"},
        {"", "Interactive(body=[])"},
        {"x; y\n", "Interactive(body=[Expr(value=Name(id='x', ctx=Load())), "
                   "Expr(value=Name(id='y', ctx=Load()))])"},
        {"if x:\n    y\n\n", "Interactive(body=[If(test=Name(id='x', ctx=Load()), "
                            "body=[Expr(value=Name(id='y', ctx=Load()))], orelse=[])])"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        TyArena *arena = tyArena_new();
        bool incomplete;
        TyModuleAST *m = tyParse_source(arena, cases[i].src, strlen(cases[i].src), "<stdin>",
                                        TY_MODE_SINGLE, TY_INPUT_TEXT, &incomplete);
        TyObject *d;
        cr_assert_not_null(m, "source: %s", cases[i].src);
        d = tyAst_dump(m);
        cr_expect_str_eq(TY_STR_UTF8(d), cases[i].dump);
        TY_DECREF(d);
        tyArena_free(arena);
    }
}

/* ---- input that is not plain text ---- */

/* A file: a NUL byte cuts the rest of its line, newline included (so
** "y = \0 junk\nz = 3" reads "y = z = 3"). */
Test(parser, nul_in_file_cuts_line)
{
    static const char src[] = "x = 1\ny = \0 junk\nz = 3\n";
    char *got = parsedump(src, sizeof src - 1, TY_MODE_FILE, "x.py", false);
    cr_expect_str_eq(got, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], "
                          "value=Constant(value=1)), Assign(targets=[Name(id='y', ctx=Store()), "
                          "Name(id='z', ctx=Store())], value=Constant(value=3))], type_ignores=[])");
    free(got);
}

Test(parser, nul_in_string_is_value_error)
{
    static const char src[] = "x = 1\0\n";
    TyArena *arena = tyArena_new();
    cr_expect_null(tyParse_source(arena, src, sizeof src - 1, "<string>", TY_MODE_FILE, TY_INPUT_TEXT,
                                  NULL));
    cr_expect(tyErr_exceptionMatches(&TyExc_ValueError));
    tyErr_clear();
    tyArena_free(arena);
}

Test(parser, invalid_utf8)
{
    static const char src[] = "x = 1\ny = '\xff'\n";
    char *got = parsedump(src, sizeof src - 1, TY_MODE_FILE, "x.py", false);
    cr_expect_str_eq(got, "Non-UTF-8 code starting with '\\xff' in file x.py on line 2, "
                          "but no encoding declared; see https://peps.python.org/pep-0263/ "
                          "for details");
    free(got);
    /* An error on an earlier line is found first. */
    static const char src2[] = "x = 'a\ny = '\xff'\n";
    got = parsedump(src2, sizeof src2 - 1, TY_MODE_FILE, "x.py", false);
    cr_expect(strstr(got, "unterminated string literal") != NULL, "%s", got);
    free(got);
}

Test(parser, bom_and_line_endings)
{
    static const char src[] = "\xef\xbb\xbfx = 1\r\nif x:\r  y\r\n";
    char *got = parsedump(src, sizeof src - 1, TY_MODE_FILE, "x.py", false);
    cr_expect_str_eq(got, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], "
                          "value=Constant(value=1)), If(test=Name(id='x', ctx=Load()), "
                          "body=[Expr(value=Name(id='y', ctx=Load()))], orelse=[])], "
                          "type_ignores=[])");
    free(got);
}

/* ---- limits: no crash on deep nesting ---- */

static char *repeat(const char *head, const char *unit, int n, const char *tail)
{
    size_t hl = strlen(head), ul = strlen(unit), tl = strlen(tail);
    char *s = malloc(hl + ul * (size_t)n + tl + 1), *q = s;
    memcpy(q, head, hl);
    q += hl;
    for (int i = 0; i < n; i++, q += ul)
        memcpy(q, unit, ul);
    memcpy(q, tail, tl + 1);
    return s;
}

Test(parser, deep_nesting)
{
    static const struct { const char *head, *unit, *tail, *type; } cases[] = {
        {"x = ", "-", "1\n", "MemoryError"},
        {"x = ", "not ", "1\n", "MemoryError"},
        {"x = ", "lambda:", "1\n", "MemoryError"},
        {"x = 2", "**2", "\n", "MemoryError"},
        {"x = a", ".b", "\n", "RecursionError"},
        {"x = a", "+a", "\n", "RecursionError"},
        {"x = a", "[0]", "\n", "RecursionError"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char *src = repeat(cases[i].head, cases[i].unit, 100000, cases[i].tail);
        TyArena *arena = tyArena_new();
        TyObject *exc;
        cr_expect_null(tyParse_source(arena, src, strlen(src), "x.py", TY_MODE_FILE, TY_INPUT_FILE, NULL));
        exc = tyErr_fetch();
        cr_assert_not_null(exc);
        cr_expect_str_eq(TY_TYPE(exc)->name, cases[i].type, "%s%s...", cases[i].head, cases[i].unit);
        TY_DECREF(exc);
        tyArena_free(arena);
        free(src);
    }
    /* 200 open brackets is CPython's limit. */
    char *src = repeat("x = ", "(", 201, "\n");
    char *got = parsedump(src, strlen(src), TY_MODE_FILE, "x.py", false);
    cr_expect_str_eq(got, "too many nested parentheses");
    free(got);
    free(src);
}

/* ---- the objects in the tree ---- */

Test(parser, identifiers_are_interned_and_owned)
{
    static const char src[] = "spam = spam + 1\n";
    TyArena *arena = tyArena_new();
    TyModuleAST *m = tyParse_source(arena, src, sizeof src - 1, "x.py", TY_MODE_FILE, TY_INPUT_FILE, NULL);
    TyStmt *s;
    TyObject *target, *load, *c;

    cr_assert_not_null(m);
    s = m->body.items[0];
    target = s->v.assign.targets.items[0]->v.name.id;
    load = s->v.assign.value->v.binop.left->v.name.id;
    cr_expect_eq(target, load, "the same interned str");
    cr_expect(((TyStr *)target)->interned);
    c = s->v.assign.value->v.binop.right->v.constant.value;
    cr_expect(TY_INT_CHECK(c) && TY_INT_VALUE(c) == 1);
    tyArena_free(arena);
}


# complex expressions: arithmetic with int, float and complex on either side,
# comparisons, pow and its errors, abs, hash, bool, sum, and complex() with
# every argument form and string syntax CPython accepts or rejects.
for e in ["1j // 1", "1j % 1", "divmod(1j, 1)", "int(1j)", "float(1j)", "round(1j)", "~1j", "1j < 1", "1 < 1j", "1j >= 1j",
          "complex(1,2,3)", "complex(x=1)", "complex(real=1, imag=2)", "complex(imag=2)", "complex(None)", "complex(1, None)",
          "complex('1', 2)", "complex(1, '2')", "complex(b'1')", "complex('')", "complex('1+')", "complex(' ( 1+2j ) ')",
          "complex('j')", "complex('-J')", "complex('1_0j')", "complex('1__0j')", "complex('nan-infj')", "complex('(1+2j')",
          "complex('1e5j')", "complex('+1.5e-3-2.5E+2J')", "complex('1+2j ')", "complex('\\u0661+\\u0662j')", "complex('1 + 2j')",
          "complex('  1')", "complex('infj')", "complex('-inf')", "complex('()')", "complex('1j+2')", "complex('0x1j')",
          "complex(1j, 1j)", "complex(1+2j, 3+4j)", "complex(2**2000)", "complex(1, 2**2000)", "pow(1j, 2, 3)", "pow(1j, 'a', 3)",
          "pow(2, 1j, 3)", "0j ** -1", "0j ** 1j", "0j ** 0", "(1e300+1e300j) ** 2", "complex(float('inf'), 0) ** 2",
          "1j / 0", "1 / 0j", "1.0 / 0j", "0j / 0j", "(-8) ** (1/3)", "(-8.0) ** 0.5", "(-1) ** 0.5", "pow(-8, 1/3)", "(-2.0) ** 1.5",
          "abs(complex(1e308, 1e308))", "abs(3+4j)", "abs(complex('nan+infj'))", "hash(1+2j)", "hash(2j)", "hash(complex(1,0))", "hash(-1j)",
          "(1j).real", "(1j).imag", "(1+2j).conjugate()", "(1j).__complex__()", "bool(0j)", "bool(-0j)", "bool(1e-300j)",
          "sum([1j, 2, 3.5])", "sum([1j], 1j)", "isinstance(1j, complex)", "1j == 1j", "1 == 1+0j", "1.0 == complex(1)", "1j != 1",
          "(2**2000) == 1j", "(2**2000) + 1j", "1j * 2**2000", "(1+2j) * 3", "(1+2j) - 3.5", "3 - (1+2j)", "(1+2j) ** 2", "(1+2j) ** -2",
          "(1+2j) ** 0.5", "2 ** (1+1j)", "(1+2j) ** 101", "(1+2j) ** 2.5", "-(1+2j)", "+(1+2j)", "-0j", "0j", "complex(0.0, -0.0)",
          "complex(-0.0, 0.0)", "complex(-0.0, -0.0)", "complex(float('nan'), float('inf'))", "complex(1, float('nan'))", "complex(float('-inf'), -1)",
          "1e16j", "1e-5j", "123456789012345678j", "1.5j", "complex(1e16, 1e-5)", "str(1+2j)", "repr(2j)", "(1j).real.__class__",
          "complex.__name__", "type(1j)", "(1+2j).__getnewargs__()", "1j.real", "(1j).__class__.__mro__", "complex('1e1000j')", "complex('1e-1000j')",
          "(1+1j) ** (2**63)", "1j ** 2", "1j ** -1", "1j ** 100", "1j ** 1000", "(1+1j) ** -101"]:
    try:
        print(e, '->', repr(eval(e)))
    except Exception as ex:
        print(e, '!', type(ex).__name__, ex)

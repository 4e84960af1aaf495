# xml.parsers.expat over tally's pyexpat (libexpat): handlers, buffering, interning,
# errors, encodings, external entities.
import pyexpat, sys
from xml.parsers import expat
print(sorted(n for n in dir(pyexpat) if n != 'expat_CAPI'))
print(expat.ExpatError, expat.error is expat.ExpatError, expat.errors.__name__, expat.model.XML_CTYPE_SEQ)
print(pyexpat.XMLParserType, pyexpat.native_encoding, pyexpat.version_info)
print(len(expat.errors.codes), expat.errors.messages[4], expat.errors.XML_ERROR_TAG_MISMATCH)
print(pyexpat.ErrorString(4), pyexpat.ErrorString(0), pyexpat.ErrorString(999))
p = expat.ParserCreate()
print(sorted(n for n in dir(p) if not n.startswith('__')))
events = []
def h(name):
    def f(*a):
        events.append((name,) + a)
    return f
for n in ['StartElementHandler','EndElementHandler','CharacterDataHandler','ProcessingInstructionHandler','CommentHandler',
          'StartNamespaceDeclHandler','EndNamespaceDeclHandler','StartCdataSectionHandler','EndCdataSectionHandler',
          'XmlDeclHandler','StartDoctypeDeclHandler','EndDoctypeDeclHandler','EntityDeclHandler','ElementDeclHandler',
          'AttlistDeclHandler','NotationDeclHandler','UnparsedEntityDeclHandler','SkippedEntityHandler']:
    setattr(p, n, h(n[:-7]))
doc = b'''<?xml version="1.0" encoding="iso-8859-1" standalone="no"?>
<!DOCTYPE root [
<!ELEMENT root (a|b)*>
<!ELEMENT a (#PCDATA)>
<!ATTLIST a x CDATA "dflt" y (p|q) #REQUIRED>
<!ENTITY e "entity text">
<!NOTATION n SYSTEM "notation.sys">
<!ENTITY u SYSTEM "unparsed.bin" NDATA n>
]>
<root xmlns:z="http://z/">
<?pi some data?>
<!-- a comment -->
<a y="p">t\xe9xt &e; &amp; <![CDATA[<raw>]]></a>
<z:b z:k="v"/>
</root>'''
print(p.Parse(doc, True))
for e in events: print(e)
print(p.ErrorCode, p.CurrentLineNumber, p.CurrentColumnNumber, p.buffer_text, p.buffer_size, p.buffer_used, p.intern is not None)
try:
    p.Parse(b'<x/>')
except expat.ExpatError as e:
    print('E', e, e.code, e.lineno, e.offset, expat.errors.messages[e.code])
p2 = expat.ParserCreate(namespace_separator='!')
p2.ordered_attributes = True
p2.StartElementHandler = lambda n, a: print('start', n, a)
p2.Parse('<r xmlns="urn:x" b="2" a="1"><s/></r>', 1)
for bad in ['<a><b></a>', '<a x="1" x="2"/>', '<a>&nope;</a>', '', '<a>', 'junk']:
    q = expat.ParserCreate()
    try:
        q.Parse(bad, True)
    except expat.ExpatError as e:
        print(repr(bad), '->', e, e.code, e.lineno, e.offset)
q = expat.ParserCreate()
def boom(name, attrs): raise ValueError('boom ' + name)
q.StartElementHandler = boom
try: q.Parse('<a><b/></a>', True)
except ValueError as e: print('VE', e, q.StartElementHandler)
q = expat.ParserCreate()
q.buffer_text = True
out = []
q.CharacterDataHandler = out.append
q.StartElementHandler = lambda n, a: out.append('<%s>' % n)
q.Parse('<a>one &amp; two<b/>three\nfour</a>', True)
print(out)
q = expat.ParserCreate()
out = []
q.CharacterDataHandler = out.append
q.Parse('<a>one &amp; two<b/>three\nfour</a>', True)
print(out)
for args in [dict(encoding=1), dict(namespace_separator='ab'), dict(intern=[]), dict(namespace_separator=3)]:
    try: expat.ParserCreate(**args)
    except Exception as e: print(type(e).__name__, e)
q = expat.ParserCreate()
for attr, val in [('buffer_size', 0), ('buffer_size', 'x'), ('buffer_size', 2**40), ('buffer_used', 1)]:
    try: setattr(q, attr, val)
    except Exception as e: print(type(e).__name__, e)
try: del q.StartElementHandler
except Exception as e: print(type(e).__name__, e)
import io
q = expat.ParserCreate()
q.StartElementHandler = lambda n, a: print('file start', n, a)
print(q.ParseFile(io.BytesIO(b'<a k="v"><b/></a>')))
try: expat.ParserCreate().ParseFile(io.StringIO('<a/>'))
except Exception as e: print(type(e).__name__, e)
try: expat.ParserCreate().ParseFile(3)
except Exception as e: print(type(e).__name__, e)
try: pyexpat.XMLParserType()
except Exception as e: print(type(e).__name__, e)
q = expat.ParserCreate()
q.SetBase('http://base/'); print(q.GetBase())
ctx = []
q.StartElementHandler = lambda n, a: ctx.append(q.GetInputContext())
q.Parse('<a><b x="1"/></a>', True); print(ctx, q.GetInputContext())
print(expat.ParserCreate().SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_ALWAYS))
q = expat.ParserCreate(); q.UseForeignDTD(); q.UseForeignDTD(False)
# intern
d = {}
q = expat.ParserCreate(intern=d)
names = []
q.StartElementHandler = lambda n, a: names.append(n)
q.Parse('<a><a/><a/></a>', True)
print(sorted(d), names[0] is names[1] is names[2], q.intern is d)
q = expat.ParserCreate(intern=None); print(q.intern)
# unknown encoding
q = expat.ParserCreate(); out = []
q.CharacterDataHandler = out.append
q.Parse(b'<?xml version="1.0" encoding="cp1252"?><a>\x80\x93</a>', True); print(out)
q = expat.ParserCreate()
try: q.Parse(b'<?xml version="1.0" encoding="nonesuch"?><a/>', True)
except Exception as e: print(type(e).__name__, e)
q = expat.ParserCreate()
try: q.Parse(b'<?xml version="1.0" encoding="utf-7"?><a/>', True)
except Exception as e: print(type(e).__name__, e)
# external entity
q = expat.ParserCreate()
q.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_ALWAYS)
def ext(context, base, sysid, pubid):
    print('ext', context, base, sysid, pubid)
    c = q.ExternalEntityParserCreate(context)
    c.Parse(b'<inner>hi</inner>', True)
    return 1
q.ExternalEntityRefHandler = ext
q.StartElementHandler = lambda n, a: print('el', n)
q.Parse(b'<!DOCTYPE r [<!ENTITY x SYSTEM "x.xml">]><r>&x;</r>', True)
# a parser whose handler is a bound method of its owner: a cycle the collector frees
import gc, weakref
class Holder:
    def __init__(self):
        self.p = expat.ParserCreate()
        self.p.StartElementHandler = self.start
        self.child = self.p.ExternalEntityParserCreate(None)
    def start(self, n, a): pass
h = Holder(); r = weakref.ref(h); del h
gc.collect(); print(r())

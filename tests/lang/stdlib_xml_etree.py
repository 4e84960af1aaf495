# The modules over pyexpat: ElementTree, minidom, sax, pulldom, plistlib, xmlrpc.
import xml.etree.ElementTree as ET
from xml.dom import minidom
import xml.sax, xml.sax.handler, io, plistlib, xmlrpc.client, datetime
root = ET.fromstring('<root a="1"><item id="x">one</item><item id="y">two<sub/>tail</item><!-- c --></root>')
print(root.tag, root.attrib, [(i.tag, i.get('id'), i.text, i.tail) for i in root])
print(ET.tostring(root, encoding='unicode'))
tree = ET.ElementTree(ET.fromstring('<a xmlns:h="http://h"><h:b>x</h:b></a>'))
print([e.tag for e in tree.iter()])
for ev, el in ET.iterparse(io.BytesIO(b'<r><c>1</c><c>2</c></r>'), events=('start', 'end')):
    print(ev, el.tag, el.text)
pp = ET.XMLPullParser(['start', 'end'])
pp.feed('<a><b>'); print([(e, x.tag) for e, x in pp.read_events()])
pp.feed('</b></a>'); print([(e, x.tag) for e, x in pp.read_events()])
try: ET.fromstring('<a><b></a>')
except ET.ParseError as e: print('ParseError', e, e.position, e.code)
doc = minidom.parseString('<doc><p class="x">Hello <b>world</b></p></doc>')
print(doc.documentElement.toxml(), doc.getElementsByTagName('b')[0].firstChild.data)
print(doc.toprettyxml(indent='  '))
class H(xml.sax.handler.ContentHandler):
    def startElement(self, name, attrs): print('sax start', name, dict(attrs))
    def characters(self, c): print('sax chars', repr(c))
    def endElement(self, name): print('sax end', name)
xml.sax.parseString(b'<a k="v">t<b/></a>', H())
data = {'name': 'x', 'n': 3, 'f': 1.5, 'l': [1, 'a'], 'd': datetime.datetime(2020, 1, 2, 3, 4, 5), 'b': b'\x00\x01', 't': True}
s = plistlib.dumps(data)
print(s.decode())
print(plistlib.loads(s) == data)
x = xmlrpc.client.dumps((1, 'two', [3.0], {'k': None}), 'meth', allow_none=True)
print(x)
print(xmlrpc.client.loads(x, use_builtin_types=True))
import xml.dom.pulldom
for ev, node in xml.dom.pulldom.parseString('<a><b>t</b></a>'):
    print(ev, getattr(node, 'tagName', None))

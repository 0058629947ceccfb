# gettext's lookup of catalogs: locale.normalize (the small locale module gettext uses), _expand_lang, find(),
# translation() with fallbacks and languages, NullTranslations and its fallback chain, the module-level functions,
# and GNUTranslations read from a .mo file written here. Deterministic: the locale tree is named with the process id.
import gettext
import locale
import os
import shutil
import struct

for name in ['en', 'en_US', 'en_us.utf8', 'de_DE@euro', 'de_de.iso88591@euro', 'ja_jp.eucjp', 'sr@latin',
             'C', 'POSIX', 'pt_BR.UTF-8', 'zh_CN.gb2312', 'uk_ua.koi8u', 'xx_YY.latin1', 'ca_ES.UTF-8@valencia',
             'ca_es@valencia', 'ru_ru.koi8-r', 'fr_FR.ISO8859-15@euro', 'nonsense', 'en_IE.utf8@euro', 'tt_ru@iqtelif']:
    print(repr(name), repr(locale.normalize(name)), gettext._expand_lang(name))

root = 'gettext_locale_%d' % os.getpid()


def write_mo(path, messages, info):
    # A little-endian .mo file as msgfmt writes it: the header entry (empty msgid) holds the metadata.
    entries = dict(messages)
    entries[''] = ''.join('%s: %s\n' % kv for kv in info)
    keys = sorted(entries)
    ids = b''
    strs = b''
    offsets = []
    for k in keys:
        kb = k.encode('utf-8')
        vb = entries[k].encode('utf-8')
        offsets.append((len(ids), len(kb), len(strs), len(vb)))
        ids += kb + b'\0'
        strs += vb + b'\0'
    n = len(keys)
    keystart = 7 * 4 + 16 * n
    valuestart = keystart + len(ids)
    koffsets = []
    voffsets = []
    for o1, l1, o2, l2 in offsets:
        koffsets += [l1, o1 + keystart]
        voffsets += [l2, o2 + valuestart]
    data = struct.pack('Iiiiiii', 0x950412de, 0, n, 7 * 4, 7 * 4 + n * 8, 0, 0)
    data += struct.pack('%di' % len(koffsets), *koffsets)
    data += struct.pack('%di' % len(voffsets), *voffsets)
    data += ids + strs
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'wb') as f:
        f.write(data)


write_mo(os.path.join(root, 'de', 'LC_MESSAGES', 'app.mo'),
         {'Hello': 'Hallo', 'apple\x00apples': 'Apfel\x00Äpfel', 'menu\x04Open': 'Öffnen',
          'menu\x04file\x00files': 'Datei\x00Dateien'},
         [('Content-Type', 'text/plain; charset=UTF-8'), ('Plural-Forms', 'nplurals=2; plural=(n != 1);'),
          ('Language', 'de'), ('Project-Id-Version', 'app 1.0')])
write_mo(os.path.join(root, 'fr', 'LC_MESSAGES', 'app.mo'),
         {'Hello': 'Bonjour', 'Bye': 'Au revoir', 'apple\x00apples': 'pomme\x00pommes'},
         [('Content-Type', 'text/plain; charset=UTF-8'), ('Plural-Forms', 'nplurals=2; plural=n>1;')])
write_mo(os.path.join(root, 'pl', 'LC_MESSAGES', 'app.mo'),
         {'file\x00files': 'plik\x00pliki\x00plików'},
         [('Content-Type', 'text/plain; charset=UTF-8'),
          ('Plural-Forms', 'nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);')])

print(gettext.find('app', root, ['de']) == os.path.join(root, 'de', 'LC_MESSAGES', 'app.mo'))
print(gettext.find('app', root, ['xx', 'fr', 'de']) == os.path.join(root, 'fr', 'LC_MESSAGES', 'app.mo'))
print(len(gettext.find('app', root, ['de_DE.UTF-8', 'fr'], all=True)))
print(gettext.find('app', root, ['es']), gettext.find('nope', root, ['de'], all=True))
print(gettext.find('app', root, ['de_AT.ISO8859-1@euro']) is not None)

t = gettext.translation('app', root, ['de'])
print(type(t).__name__, t.gettext('Hello'), t.gettext('Missing'), t.charset(), sorted(t.info().items()))
for n in (0, 1, 2, 5):
    print(n, t.ngettext('apple', 'apples', n), t.npgettext('menu', 'file', 'files', n), t.ngettext('pear', 'pears', n))
print(t.pgettext('menu', 'Open'), t.pgettext('other', 'Open'))

fr = gettext.translation('app', root, ['fr'])
t.add_fallback(fr)
print(t.gettext('Bye'), t.gettext('nothing'), [fr.ngettext('apple', 'apples', n) for n in (0, 1, 2)])

pl = gettext.translation('app', root, ['pl'])
print([pl.ngettext('file', 'files', n) for n in (1, 2, 3, 4, 5, 12, 21, 22, 25, 102, 112)])

try:
    gettext.translation('app', root, ['es'])
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
nt = gettext.translation('app', root, ['es'], fallback=True)
print(type(nt).__name__, nt.gettext('Hello'), nt.ngettext('a', 'b', 2), nt.pgettext('c', 'm'), nt.info(), nt.charset())

gettext.bindtextdomain('app', root)
print(gettext.bindtextdomain('app') == root, gettext.textdomain(), gettext.textdomain('app'), gettext.textdomain())
os.environ['LANGUAGE'] = 'fr:de'
for k in ('LC_ALL', 'LC_MESSAGES', 'LANG'):
    os.environ.pop(k, None)
print(gettext.gettext('Hello'), gettext.dgettext('app', 'Bye'), gettext.ngettext('apple', 'apples', 1),
      gettext.dngettext('app', 'apple', 'apples', 3), gettext.pgettext('menu', 'Open'),
      gettext.dpgettext('app', 'menu', 'Open'), gettext.npgettext('menu', 'file', 'files', 2),
      gettext.dnpgettext('app', 'menu', 'file', 'files', 1))
print(gettext.dgettext('nodomain', 'Hello'), gettext.dngettext('nodomain', 'x', 'xs', 2))
os.environ['LANGUAGE'] = 'de'
print(gettext.dgettext('app', 'Hello'), gettext.dpgettext('app', 'menu', 'Open'))

null = gettext.NullTranslations()
print(null.gettext('x'), null.ngettext('x', 'xs', 1), null.ngettext('x', 'xs', 0), null.npgettext('c', 'x', 'xs', 2))

for expr in ['n != 1', 'n>1', 'n%10==1 && n%100!=11 ? 0 : n != 0 ? 1 : 2', '(n==1) ? 0 : (n>=2 && n<=4) ? 1 : 2',
             '!n', '!!n', 'n==0 || n==1 ? 0 : 1', 'n/2', 'n%3', '1 ? n : 0']:
    f = gettext.c2py(expr)
    print(repr(expr), [f(i) for i in range(8)])
for bad in ['n ==', 'n ? 1', '(n', 'n)', 'x', '1 ? 2 : ', 'n & 1']:
    try:
        gettext.c2py(bad)
        print('accepted', repr(bad))
    except ValueError as e:
        print('ValueError', repr(bad), e)

shutil.rmtree(root)

import sys, zipfile, os
out = sys.argv[1]
def actor(code, name, country, group='', type1=''):
    return [code, name, country, group, '', '', '', type1, '', '']
def geo(layout, type_, full, cc, adm1, lat, lon, fid):
    if layout == 61:
        return [type_, full, cc, adm1, adm1 + '1', lat, lon, fid]
    return [type_, full, cc, adm1, lat, lon, fid]
def row(layout, gid, date, a1, a2, code, quad, gold, m, s, a, tone, place, lat, lon, url):
    f = [gid, date, date[:6], date[:4], '%s.%04d' % (date[:4], 100)]
    f += a1 + a2
    f += ['1', code, code[:3], code[:2], quad, gold, m, s, a, tone]
    g = geo(layout, '4', place, 'TU', 'TU34', lat, lon, '-755')
    f += g + g + g
    f += [date + ('000000' if layout == 61 else '')] if layout == 61 else [date]
    if layout != 57:
        f += [url]
    assert len(f) == layout, (len(f), layout)
    return '\t'.join(f)
RUSGOV = actor('RUSGOV', 'RUSSIA', 'RUS', '', 'GOV')
UKR = actor('UKR', 'KIEV', 'UKR')
PUTIN = actor('RUSGOV', 'VLADIMIR PUTIN', 'RUS', '', 'GOV')
TUR = actor('TURGOV', 'TURKEY', 'TUR', '', 'GOV')
UN = actor('IGOUNO', 'UNITED NATIONS', '', 'UNO', 'IGO')
FIDAN = actor('TURGOV', 'HAKAN FIDAN', 'TUR', '', 'GOV')
NONE = actor('', '', '')
def rows(layout):
    r = []
    r.append(row(layout, '1100000001', '20220329', TUR, UKR, '043', '1', '2.8', '12', '3', '12', '1.5', 'Istanbul, Istanbul, Turkey', '41.0186', '28.9647', 'https://www.dailysabah.com/politics/istanbul-talks'))
    r.append(row(layout, '1100000002', '20220329', RUSGOV, UKR, '046', '1', '7', '30', '6', '30', '-0.8', 'Istanbul, Istanbul, Turkey', '41.0186', '28.9647', 'https://www.reuters.com/world/europe/talks-1'))
    r.append(row(layout, '1100000003', '20220329', RUSGOV, UKR, '046', '1', '7', '10', '2', '10', '-1.2', 'Istanbul, Istanbul, Turkey', '41.0186', '28.9647', 'https://apnews.com/article/talks-2'))
    r.append(row(layout, '1100000004', '20220330', PUTIN, UKR, '0871', '2', '9', '4', '1', '4', '2.1', 'Moscow, Moskva, Russia', '55.7522', '37.6156', 'https://www.bbc.co.uk/news/world-europe-ceasefire'))
    r.append(row(layout, '1100000005', '20220330', UN, RUSGOV, '036', '1', '4', '2', '1', '2', '0', '', '', '', 'BBC Monitoring'))
    r.append(row(layout, '1100000006', '20220331', UKR, RUSGOV, '125', '3', '-5', '8', '2', '8', '-4.5', 'Kyiv, Kyyiv, Ukraine', '50.4333', '30.5167', 'https://www.reuters.com/world/europe/reject'))
    r.append(row(layout, '1100000007', '20220331', FIDAN, NONE, '057', '1', '8', '3', '1', '3', '3.3', 'Ankara, Ankara, Turkey', '39.9272', '32.8644', 'https://www.aa.com.tr/en/agreement'))
    r.append(row(layout, '1100000008', '20220401', RUSGOV, UKR, '190', '4', '-10', '50', '9', '50', '-9', 'Kharkiv, Kharkivs\'ka Oblast\', Ukraine', '49.9808', '36.2527', 'https://www.reuters.com/world/europe/fight'))
    return r
name = {57: 'gdelt-v1-57.export.CSV', 58: 'gdelt-v1-58.export.CSV', 61: 'gdelt-v2.export.CSV'}
for layout in (57, 58, 61):
    open(os.path.join(out, name[layout]), 'w').write('\n'.join(rows(layout)) + '\n')
good = rows(61)
# Zipped, as GDELT serves it.
with zipfile.ZipFile(os.path.join(out, 'gdelt-v2.export.CSV.zip'), 'w', zipfile.ZIP_DEFLATED) as z:
    z.writestr('20220329000000.export.CSV', '\n'.join(good) + '\n')
# A zip cut short, as an interrupted download leaves it.
data = open(os.path.join(out, 'gdelt-v2.export.CSV.zip'), 'rb').read()
open(os.path.join(out, 'gdelt-truncated.zip'), 'wb').write(data[: len(data) // 2])
# A short row (line 3), a non-numeric code (line 5).
bad = list(good)
bad[2] = '\t'.join(bad[2].split('\t')[:40])
f = bad[4].split('\t'); f[26] = '04X'; bad[4] = '\t'.join(f)
open(os.path.join(out, 'gdelt-broken.export.CSV'), 'w').write('\n'.join(bad) + '\n')

import csv, io, os, sys, zipfile
out = sys.argv[1]
header = ('id,relid,year,active_year,code_status,type_of_violence,conflict_dset_id,conflict_new_id,conflict_name,'
          'dyad_dset_id,dyad_new_id,dyad_name,side_a_dset_id,side_a_new_id,side_a,side_b_dset_id,side_b_new_id,side_b,'
          'number_of_sources,source_article,source_office,source_date,source_headline,source_original,where_prec,'
          'where_coordinates,where_description,adm_1,adm_2,latitude,longitude,geom_wkt,priogrid_gid,country,country_id,'
          'region,event_clarity,date_prec,date_start,date_end,deaths_a,deaths_b,deaths_civilians,deaths_unknown,best,'
          'high,low,gwnoa,gwnob').split(',')
assert len(header) == 49
def row(i, prec, start, end, side_a, side_b, articles, where, country, cid, da, db, dc, du, best, high, low, type_=1):
    d = dict.fromkeys(header, '')
    d.update(id=str(i), relid='UKR-2022-1-%d' % i, year=start[:4], active_year='1', code_status='Clear',
             type_of_violence=str(type_), conflict_name='Russia - Ukraine', dyad_name=side_a + ' - ' + side_b,
             side_a=side_a, side_b=side_b, number_of_sources=str(articles.count(';') + 1 if articles else 0),
             source_article=articles, where_prec='1', where_description=where, latitude='50.45', longitude='30.52',
             country=country, country_id=cid, region='Europe', event_clarity='1', date_prec=str(prec),
             date_start=start, date_end=end, deaths_a=str(da), deaths_b=str(db), deaths_civilians=str(dc),
             deaths_unknown=str(du), best=str(best), high=str(high), low=str(low))
    return d
rows = [
    row(400001, 1, '2022-03-29 00:00:00.000', '2022-03-29 00:00:00.000', 'Government of Russia (Soviet Union)',
        'Government of Ukraine', 'Reuters News,2022-03-30,Shelling near Kyiv;BBC Monitoring,2022-03-31',
        'Kyiv city', 'Ukraine', '369', 2, 1, 3, 0, 6, 9, 5),
    row(400002, 2, '2022-04-02', '2022-04-05', 'Government of Russia (Soviet Union)', 'Government of Ukraine',
        'Agence France Presse,2022-04-06,Fighting around Kharkiv', 'Kharkiv', 'Ukraine', '369', 10, 12, 0, 4, 26, 30, 20),
    row(400003, 4, '2022-05-01', '2022-05-31', 'Government of Russia (Soviet Union)', 'Civilians',
        'UN OHCHR report', 'Mariupol', 'Ukraine', '369', 0, 0, 40, 0, 40, 60, 35, 3),
    row(400004, 5, '2022-01-01', '2022-12-31', 'DPR', 'Government of Ukraine', '', 'Donetsk oblast', 'Ukraine', '369',
        1, 1, 0, 0, 2, 2, 2),
]
def write(path, rows, cols=header):
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=cols, extrasaction='ignore', lineterminator='\n')
    w.writeheader()
    for r in rows:
        w.writerow(r)
    return buf.getvalue()
text = write(None, rows)
open(os.path.join(out, 'ucdp-ged.csv'), 'w').write(text)
with zipfile.ZipFile(os.path.join(out, 'ucdp-ged.csv.zip'), 'w', zipfile.ZIP_DEFLATED) as z:
    z.writestr('GEDEvent_v23_1.csv', text)
# Without date_prec: a missing column.
open(os.path.join(out, 'ucdp-missing-column.csv'), 'w').write(write(None, rows, [c for c in header if c != 'date_prec']))
# A non-numeric death count (line 4) and a short row (line 5).
lines = text.splitlines()
lines[4] = ','.join(lines[4].split(',')[:20])
lines[3] = lines[3].replace(',40,60,35,', ',forty,60,35,')
open(os.path.join(out, 'ucdp-broken.csv'), 'w').write('\n'.join(lines) + '\n')

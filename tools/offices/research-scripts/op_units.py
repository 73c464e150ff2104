"""Join lblod/app-organization-portal migration data into one table of Flemish
administrative units (gemeente / OCMW): KBO, OVO, name, classification, NIS (refnis2019),
primary-site address (Wegwijs/KBO 'maatschappelijke zetel', 2022-09).
Writes work/op_units.tsv"""
import subprocess, csv, re
from rdflib import Graph, URIRef, Namespace
REPO = "/work/.mirror/lblod+app-organization-portal/repo"
def show(rev, path):
    return subprocess.run(["git","-C",REPO,"show",f"{rev}:{path}"],capture_output=True,text=True,check=True).stdout
FILES = [
 ("a67a14c1adf5b650a3218dd8bec76a343864e5a9","config/migrations/2022/20220617120000-district-gemeente-ocmw-provincie-lf-wegwijs.ttl"),
 ("bc9af5faad680ea68fca6538bffec7496c54e990","config/migrations/2022/20220719100022-add-district-and-ocmw-properties.ttl"),
 ("68146e3506c29a16aaa60a382fb6e6cc3e7814c5","config/migrations/2022/20220816085700-lblod_to_nis.ttl"),
 ("68146e3506c29a16aaa60a382fb6e6cc3e7814c5","config/migrations/2022/20220816085800-werkingsgebieden.ttl"),
]
g = Graph()
for rev, p in FILES:
    g.parse(data=show(rev, p), format="turtle")
print(len(g), "triples")
ADMS=Namespace("http://www.w3.org/ns/adms#"); SKOS=Namespace("http://www.w3.org/2004/02/skos/core#")
GEN=Namespace("https://data.vlaanderen.be/ns/generiek#"); ORG=Namespace("http://www.w3.org/ns/org#")
BES=Namespace("http://data.vlaanderen.be/ns/besluit#"); LOCN=Namespace("http://www.w3.org/ns/locn#")
ADRES=Namespace("https://data.vlaanderen.be/ns/adres#"); ORGA=Namespace("https://data.vlaanderen.be/ns/organisatie#")
OWL=Namespace("http://www.w3.org/2002/07/owl#")
CLS = {"5ab0e9b8a3b2ca7c5e000001":"Gemeente","5ab0e9b8a3b2ca7c5e000002":"OCMW","5ab0e9b8a3b2ca7c5e000003":"District","5ab0e9b8a3b2ca7c5e000000":"Provincie"}
units = set(g.subjects(ADMS.identifier, None)) | set(g.subjects(BES.werkingsgebied, None))
out=[]
for u in units:
    ids={}
    for i in g.objects(u, ADMS.identifier):
        n=str(g.value(i, SKOS.notation)); gi=g.value(i, GEN.gestructureerdeIdentificator)
        ids[n]=str(g.value(gi, GEN.lokaleIdentificator)) if gi else ""
    cls=[CLS.get(str(c).rsplit('/',1)[-1], str(c).rsplit('/',1)[-1]) for c in g.objects(u, ORG.classification)]
    wg=g.value(u, BES.werkingsgebied)
    nis=""
    for src in ([wg] if wg else [])+[u]:
        m=g.value(src, SKOS.exactMatch)
        if m: nis=str(m).rsplit('/',1)[-1]; break
    site=g.value(u, ORG.hasPrimarySite); addr=g.value(site, ORGA.bestaatUit) if site else None
    a={}
    if addr:
        a=dict(full=str(g.value(addr,LOCN.fullAddress) or ""), street=str(g.value(addr,LOCN.thoroughfare) or ""),
               nr=str(g.value(addr,ADRES["Adresvoorstelling.huisnummer"]) or ""), bus=str(g.value(addr,ADRES["Adresvoorstelling.busnummer"]) or ""),
               pc=str(g.value(addr,LOCN.postCode) or ""), city=str(g.value(addr,ADRES.gemeentenaam) or ""))
    out.append(dict(uri=str(u), werkingsgebied=str(wg or ""), name=str(g.value(u, SKOS.prefLabel) or ""), cls="|".join(sorted(set(cls))), nis2019=nis,
        kbo=ids.get("KBO nummer",""), ovo=ids.get("OVO-nummer",""), ovo_sameas=str(g.value(u, OWL.sameAs) or "").rsplit('/',1)[-1],
        addr_full=a.get("full",""), street=a.get("street",""), nr=a.get("nr",""), bus=a.get("bus",""), pc=a.get("pc",""), city=a.get("city","")))
with open("/tmp/research/work/op_units.tsv","w",newline="") as f:
    w=csv.DictWriter(f, fieldnames=list(out[0]), delimiter="\t"); w.writeheader(); w.writerows(sorted(out,key=lambda r:(r['cls'],r['name'])))
from collections import Counter
print(Counter(r['cls'] for r in out)); print("with kbo",sum(1 for r in out if r['kbo']),"with nis",sum(1 for r in out if r['nis2019']),"with addr",sum(1 for r in out if r['addr_full']))

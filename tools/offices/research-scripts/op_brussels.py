"""Parse the 19 Brussels municipality INSERT DATA migrations of lblod/app-organization-portal
(config/migrations-triggering-indexing/2025/20251009123057-remove-province-for-address-in-brussels-gewest/,
commit 96160b56659c9d45ece001d8b1bf0f1bd35de239, 2025-10-23, PR #574 "OP-3668").
Turns each INSERT DATA body into Turtle and reads it with rdflib. Writes work/op_brussels.tsv"""
import subprocess, re, csv
from rdflib import Graph, Namespace, URIRef
REPO="/work/.mirror/lblod+app-organization-portal/repo"
COMMIT="96160b56659c9d45ece001d8b1bf0f1bd35de239"
D="config/migrations-triggering-indexing/2025/20251009123057-remove-province-for-address-in-brussels-gewest"
files=subprocess.run(["git","-C",REPO,"ls-tree","--name-only",f"{COMMIT}:{D}"],capture_output=True,text=True,check=True).stdout.split()
S=Namespace("http://schema.org/"); FOAF=Namespace("http://xmlns.com/foaf/0.1/"); LOCN=Namespace("http://www.w3.org/ns/locn#")
ADRES=Namespace("https://data.vlaanderen.be/ns/adres#"); ORG=Namespace("http://www.w3.org/ns/org#"); ORGA=Namespace("https://data.vlaanderen.be/ns/organisatie#")
SKOS=Namespace("http://www.w3.org/2004/02/skos/core#"); BES=Namespace("http://data.vlaanderen.be/ns/besluit#"); GEN=Namespace("https://data.vlaanderen.be/ns/generiek#"); ADMS=Namespace("http://www.w3.org/ns/adms#")
rows=[]
for fn in files:
    path=f"{D}/{fn}"
    txt=subprocess.run(["git","-C",REPO,"show",f"{COMMIT}:{path}"],capture_output=True,text=True,check=True).stdout
    body=re.sub(r'INSERT DATA\s*\{','',txt,count=1)
    body=re.sub(r'GRAPH\s*<[^>]+>\s*\{','',body)
    body=body.replace('}','')
    g=Graph(); g.parse(data=body, format="turtle")
    for u in g.subjects(BES.werkingsgebied, None):
        wg=g.value(u,BES.werkingsgebied); nis=str(g.value(wg,SKOS.exactMatch)).rsplit('/',1)[-1]
        site=g.value(u,ORG.hasPrimarySite); cp=g.value(site,ORG.siteAddress); ad=g.value(site,ORGA.bestaatUit)
        ids={}
        for i in g.objects(u,ADMS.identifier):
            ids[str(g.value(i,SKOS.notation))]=str(g.value(g.value(i,GEN.gestructureerdeIdentificator),GEN.lokaleIdentificator))
        rows.append(dict(file=path, uri=str(u), name=str(g.value(u,SKOS.prefLabel)), nis2025=nis, kbo=ids.get("KBO nummer",""), ovo=ids.get("OVO-nummer",""),
            page=str(g.value(cp,FOAF.page) or ""), telephone=str(g.value(cp,S.telephone) or ""), email=str(g.value(cp,S.email) or ""),
            addr_full=str(g.value(ad,LOCN.fullAddress) or ""), street=str(g.value(ad,LOCN.thoroughfare) or ""), nr=str(g.value(ad,ADRES["Adresvoorstelling.huisnummer"]) or ""),
            bus=str(g.value(ad,ADRES["Adresvoorstelling.busnummer"]) or ""), pc=str(g.value(ad,LOCN.postCode) or ""), city=str(g.value(ad,ADRES.gemeentenaam) or "")))
with open("/tmp/research/work/op_brussels.tsv","w",newline="") as f:
    w=csv.DictWriter(f,fieldnames=list(rows[0]),delimiter="\t"); w.writeheader(); w.writerows(rows)
print(len(rows))

"""Parse lblod/app-organization-portal
config/migrations/2024/20241009143404-update-contact-data-from-clb/20241009161800-clb-prod-contactdata-administrative-units.ttl
(commit d687463c0dba2ed2cee0b56fe99ea7191b531799, 2024-10-16 "feat: import modified CLB data"; removed again in
d66b0b5 2024-11-20 "removed migrations that were executed locally"). Writes work/op_clb_2024.tsv"""
import subprocess, csv
from rdflib import Graph, Namespace
REPO="/work/.mirror/lblod+app-organization-portal/repo"; C="d687463c0dba2ed2cee0b56fe99ea7191b531799"
P="config/migrations/2024/20241009143404-update-contact-data-from-clb/20241009161800-clb-prod-contactdata-administrative-units.ttl"
g=Graph(); g.parse(data=subprocess.run(["git","-C",REPO,"show",f"{C}:{P}"],capture_output=True,text=True,check=True).stdout,format="turtle")
ORG=Namespace("http://www.w3.org/ns/org#"); ORGA=Namespace("https://data.vlaanderen.be/ns/organisatie#"); S=Namespace("http://schema.org/")
FOAF=Namespace("http://xmlns.com/foaf/0.1/"); LOCN=Namespace("http://www.w3.org/ns/locn#"); ADRES=Namespace("https://data.vlaanderen.be/ns/adres#")
rows=[]
for u,site in g.subject_objects(ORG.hasPrimarySite):
    ad=g.value(site,ORGA.bestaatUit); prim=[c for c in g.objects(site,ORG.siteAddress) if str(g.value(c,S.contactType))=="Primary"]
    cp=prim[0] if prim else None
    rows.append(dict(uri=str(u), page=str(g.value(cp,FOAF.page) or "") if cp else "", telephone=str(g.value(cp,S.telephone) or "") if cp else "",
        email=str(g.value(cp,S.email) or "") if cp else "", addr_full=str(g.value(ad,LOCN.fullAddress) or "") if ad else "",
        street=str(g.value(ad,LOCN.thoroughfare) or "") if ad else "", nr=str(g.value(ad,ADRES["Adresvoorstelling.huisnummer"]) or "") if ad else "",
        bus=str(g.value(ad,ADRES["Adresvoorstelling.busnummer"]) or "") if ad else "", pc=str(g.value(ad,LOCN.postCode) or "") if ad else "",
        city=str(g.value(ad,ADRES.gemeentenaam) or "") if ad else "", path=P))
with open("/tmp/research/work/op_clb_2024.tsv","w",newline="") as f:
    w=csv.DictWriter(f,fieldnames=list(rows[0]),delimiter="\t"); w.writeheader(); w.writerows(rows)
print(len(rows))

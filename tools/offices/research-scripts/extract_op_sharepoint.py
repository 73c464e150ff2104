"""Extract the contact points (phone, website, e-mail) keyed by KBO number from
lblod/app-organization-portal config/migrations/2023/20231212101609-import-sharepoint-data/*.sparql
(commit 17f7c04065d7a38257a7d691af9ee35e03e16114, 2023-12-12, "Import contact data from sharepoint (#360)").
Reads the files with `git show` from the fetched mirror; writes work/op_sharepoint_contacts.tsv."""
import re, subprocess, csv, sys
REPO = "/work/.mirror/lblod+app-organization-portal/repo"
COMMIT = "17f7c04065d7a38257a7d691af9ee35e03e16114"
D = "config/migrations/2023/20231212101609-import-sharepoint-data"
rows = []
for p in (1, 2, 3, 4):
    path = f"{D}/20231212101609-import-sharepoint-data-part-{p}.sparql"
    txt = subprocess.run(["git", "-C", REPO, "show", f"{COMMIT}:{path}"], capture_output=True, text=True, check=True).stdout
    # each DELETE/INSERT/WHERE block ends with the WHERE clause; split on 'DELETE {'
    for blk in txt.split("DELETE {")[1:]:
        kbo = re.search(r'lokaleIdentificator> "([^"]+)"', blk)
        def val(pred):
            m = re.search(r'<' + re.escape(pred) + r'> "((?:[^"\\]|\\.)*)"', blk)
            return m.group(1) if m else ""
        ct = re.findall(r'contactType> "([^"]+)"', blk)
        rows.append(dict(part=p, kbo=kbo.group(1) if kbo else "",
                         telephone=val("http://schema.org/telephone"),
                         page=val("http://xmlns.com/foaf/0.1/page"),
                         email=val("http://schema.org/email"),
                         contactType=ct[0] if ct else "", path=path))
with open("/tmp/research/work/op_sharepoint_contacts.tsv", "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=list(rows[0]), delimiter="\t")
    w.writeheader(); w.writerows(rows)
print(len(rows), "blocks;", len({r['kbo'] for r in rows}), "distinct KBO")

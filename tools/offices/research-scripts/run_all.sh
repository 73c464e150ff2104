#!/bin/sh
# Rebuild /tmp/research/municipal-offices.tsv.
# Needs: the fetched mirror /work/.mirror/lblod+app-organization-portal/repo (search tool `fetch github:lblod/app-organization-portal`),
#        python3 with rdflib (pip install rdflib), /tmp/research/manual_sources.tsv, the Dalil gazetteer.
set -e
cd "$(dirname "$0")"
mkdir -p ../work
python3 extract_op_sharepoint.py
python3 op_units.py
python3 op_clb_2024.py
python3 op_brussels.py
python3 build.py | tee ../work/coverage.txt

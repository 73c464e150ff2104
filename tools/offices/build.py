#!/usr/bin/env python3
"""Builds knowledge/src/main/resources/data/actors/municipal-offices.json: the town hall
(population service) and the CPAS/OCMW of every municipality of today in Brussels and Flanders,
and the town hall of the Walloon towns in the gazetteer.

Contact details come only from municipal-offices-source.tsv (provenance in SOURCES.md); where it
has none, the record still names the office, is flagged contact_unverified, and the card offers a
map search instead of a contact. Run: python3 tools/offices/build.py (no network, no packages).
"""
import csv, json, os, re

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
GAZ = os.path.join(ROOT, 'knowledge/src/main/resources/data/gazetteer/municipalities.json')
SRC = os.path.join(ROOT, 'tools/offices/municipal-offices-source.tsv')
OUT = os.path.join(ROOT, 'knowledge/src/main/resources/data/actors/municipal-offices.json')

ONE_DIGIT_AREAS = set('2349')


def phone(value):
    """+3225580800 -> +32 2 558 08 00; short municipal numbers (1777) as they are."""
    digits = re.sub(r'[^0-9+]', '', value or '')
    if not digits.startswith('+32'):
        return digits
    n = digits[3:]
    if len(n) == 8 and n[0] in ONE_DIGIT_AREAS:
        return '+32 %s %s %s %s' % (n[0], n[1:4], n[4:6], n[6:8])
    if len(n) == 8:
        return '+32 %s %s %s %s' % (n[0:2], n[2:4], n[4:6], n[6:8])
    if len(n) == 9:  # mobile or 0800 numbers
        return '+32 %s %s %s %s' % (n[0:3], n[3:5], n[5:7], n[7:9])
    return digits


def website(value):
    value = (value or '').strip()
    if value and not re.match(r'^https?://', value):
        # Some sources print bare domains ("www.mons.be"); the domain is the fact, http the
        # scheme every web server answers (and redirects from).
        value = 'http://' + value
    return value


def french_de(name):
    if name.startswith('Le '):
        return 'du ' + name[3:]
    first = name[:1].lower()
    return ("d'" if first in 'aeiouyéèêâî' else 'de ') + name


def dutch_name(m):
    return m['names'].get('nl') or m['names']['fr']


TEXT = {
    'town_hall': {
        'en': "The population service of the town hall of {en}. Register here when you come to live in {en} "
              "(within 8 working days of arriving; citizens of the European Union within 3 months), and collect "
              "your residence card here. A foreign driving licence is exchanged here too. Check the website for "
              "opening hours and appointments.",
        'fr': "Le service Population de la commune {fr_de}. Inscrivez-vous ici quand vous venez habiter {fr_a} "
              "(dans les 8 jours ouvrables après votre arrivée ; citoyens de l'Union européenne : dans les 3 mois), "
              "et retirez ici votre carte de séjour. C'est aussi ici que vous échangez un permis de conduire étranger. "
              "Consultez le site pour les heures d'ouverture et les rendez-vous.",
        'nl': "De dienst Burgerzaken (bevolking) van het gemeentehuis van {nl}. Schrijf je hier in als je in {nl} "
              "komt wonen (binnen 8 werkdagen na je aankomst; burgers van de Europese Unie binnen 3 maanden), en haal "
              "hier je verblijfskaart af. Ook een buitenlands rijbewijs ruil je hier om. Kijk op de website voor de "
              "openingsuren en afspraken.",
        'ar': "مصلحة السكان في بلدية {ar}. سجّل نفسك هنا عندما تأتي للسكن في {ar} "
              "(خلال 8 أيام عمل من وصولك؛ ومواطنو الاتحاد الأوروبي خلال 3 أشهر)، واستلم بطاقة الإقامة من هنا. "
              "وهنا أيضًا تستبدل رخصة القيادة الأجنبية. "
              "راجع الموقع لمعرفة أوقات العمل والمواعيد.",
    },
    'social_welfare': {
        'en': "The public centre for social welfare (CPAS/OCMW, in Flanders often called the 'Sociaal Huis') of {en}: "
              "social and financial help for people who live in {en}, such as the living wage, urgent medical aid "
              "and advice on housing, energy and debts.",
        'fr': "Le centre public d'action sociale (CPAS) {fr_de} : aide sociale et financière pour les personnes qui "
              "habitent {fr_a}, comme le revenu d'intégration, l'aide médicale urgente et des conseils pour le "
              "logement, l'énergie et les dettes.",
        'nl': "Het OCMW (het openbaar centrum voor maatschappelijk welzijn, vaak 'Sociaal Huis') van {nl}: sociale "
              "en financiële hulp voor wie in {nl} woont, zoals het leefloon, dringende medische hulp en advies over "
              "wonen, energie en schulden.",
        'ar': "المركز العمومي للرعاية الاجتماعية (CPAS/OCMW، ويسمى في فلاندر غالبًا 'Sociaal Huis') في {ar}: "
              "مساعدة اجتماعية ومالية لمن يسكن في {ar}، مثل دخل الإدماج والمساعدة الطبية المستعجلة "
              "والنصائح حول السكن والطاقة والديون.",
    },
}


def french_a(name):
    # "habiter à Anvers" but "habiter au Coq"; "dans" is not needed for Belgian municipalities.
    return ('au ' + name[3:]) if name.startswith('Le ') else 'à ' + name


def name_of(m, office):
    fr, nl = m['names']['fr'], dutch_name(m)
    if m['region'] == 'brussels':
        if office == 'town_hall':
            local_fr = 'Ville de Bruxelles' if m['id'] == 'bruxelles' else 'Commune ' + french_de(fr)
            local_nl = 'Stad Brussel' if m['id'] == 'bruxelles' else 'Gemeente ' + nl
            return '%s / %s - Population / Bevolking' % (local_fr, local_nl)
        return 'CPAS %s / OCMW %s' % (french_de(fr), nl)
    if m['region'] == 'flanders':
        return ('%s - Burgerzaken' % nl) if office == 'town_hall' else 'OCMW %s' % nl
    return 'Administration communale ' + french_de(fr)


def main():
    gaz = json.load(open(GAZ, encoding='utf-8'))['municipalities']
    rows = {}
    with open(SRC, encoding='utf-8') as f:
        for row in csv.DictReader(f, delimiter='\t'):
            rows[(row['id'], row['office'])] = row
    out = []
    for m in gaz:
        if m.get('kind', 'municipality') != 'municipality' or m.get('mergedInto'):
            continue
        offices = ['town_hall'] if m['region'] == 'wallonia' else ['town_hall', 'social_welfare']
        for office in offices:
            row = rows.get((m['id'], office), {})
            names = {'en': m['names']['en'], 'fr': m['names']['fr'], 'nl': dutch_name(m),
                     'ar': m['names']['ar'], 'fr_de': french_de(m['names']['fr']),
                     'fr_a': french_a(m['names']['fr'])}
            desc = {lang: TEXT[office][lang].format(**names) for lang in ('en', 'fr', 'nl', 'ar')}
            notes = (row.get('notes') or '').strip()
            email = (row.get('email') or '').strip()
            if 'differs from website domain' in notes:
                email = ''  # the source's e-mail may be stale: the website and phone are enough
            site, tel = website(row.get('website')), phone(row.get('phone'))
            address = (row.get('address') or '').strip()
            postcode = (row.get('postcode') or '').strip()
            if address and postcode:
                address = '%s, %s %s' % (address, postcode, m['names']['nl'] if m['region'] == 'flanders'
                                         else m['names']['fr'])
            verified = bool(site or tel)
            flags = ['municipal_office'] \
                + (['driving_licence'] if office == 'town_hall' else ['urgent_medical_aid']) \
                + ([] if verified else ['contact_unverified'])
            date = (row.get('source_date') or '')[:4]
            out.append({
                'id': ('town-hall-' if office == 'town_hall' else 'social-welfare-') + m['id'],
                'name': name_of(m, office),
                'description': desc,
                # The town hall also exchanges driving licences: shown for transport only to someone
                # who asks about one (the flag), never for a bus ticket. The CPAS/OCMW grants urgent
                # medical aid to people without a residence permit: shown for care only to someone who
                # says they have no papers.
                'topics': ['register_municipality', 'residence_permit', 'transport'] if office == 'town_hall'
                else ['social_welfare', 'healthcare'],
                'domain': 'public_service',
                'province': m['province'] if m['region'] != 'wallonia' else '',
                'municipality': m['names']['nl'] if m['region'] == 'flanders' else m['names']['fr'],
                'postcode': postcode,
                'address': address,
                'website': site,
                'email': email,
                'phone': tel,
                'audience': 'People who live in the municipality',
                'accessibility': {'websiteLanguages': [], 'cost': '', 'registration': ''},
                'notes': notes[:3900],
                'languages': {'brussels': ['fr', 'nl'], 'flanders': ['nl'], 'wallonia': ['fr']}[m['region']],
                'scope': 'local',
                'source': (row.get('source') or 'gazetteer only: no contact source found')[:3900],
                'lastVerified': int(date) if date.isdigit() else 0,
                'flags': flags,
                'serviceArea': ['municipality:' + m['id']],
                'referenceFor': [],
            })
    with open(OUT, 'w', encoding='utf-8') as f:
        f.write(json.dumps(out, ensure_ascii=False, indent=2) + '\n')
    unverified = sum(1 for r in out if 'contact_unverified' in r['flags'])
    print('%d offices, %d without a verified contact -> %s' % (len(out), unverified, OUT))


if __name__ == '__main__':
    main()

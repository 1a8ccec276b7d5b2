#!/usr/bin/env python3
"""Writes each shipped country's name in the languages Digest ships site texts for (fr, de, es, it, pt, nl) into
src/Digest/Entities/Resources/gazetteer.yml as a `names:` mapping, from the i18n-iso-countries package (MIT, names
from the Unicode CLDR and ISO 3166 translations):

    npm pack i18n-iso-countries@7.14.0 && tar xzf i18n-iso-countries-7.14.0.tgz
    tools/gazetteer-names.py package        # rewrites the gazetteer's names: lines in place

A news site names a country by its short form ("États-Unis", not "États-Unis d'Amérique"): of the package's forms
the shortest without a parenthesis or a comma is taken, unless OVERRIDES below says otherwise (official forms that
the package gives alone, and the few it gives wrongly); every other form of the package becomes an alias, so reports
that write it fold into the same entity. Only countries are rewritten: the names of organisations are written by hand
in the gazetteer and left as they are.
"""
import json
import re
import sys
from pathlib import Path

LANGUAGES = ["fr", "de", "es", "it", "pt", "nl"]
GAZETTEER = Path(__file__).resolve().parent.parent / "src/Digest/Entities/Resources/gazetteer.yml"

# (language, ISO code) -> (display name, extra aliases): where the package's forms are official names news does not use,
# or name another state (pt "República Popular do Congo" was the Republic of the Congo's name, not the DR Congo's).
OVERRIDES = {
    ("fr", "US"): ("États-Unis", ["États-Unis d'Amérique"]),
    ("it", "US"): ("Stati Uniti", ["Stati Uniti d'America"]),
    ("es", "CD"): ("República Democrática del Congo", []),
    ("pt", "CD"): ("República Democrática do Congo", []),
    ("de", "CD"): ("Demokratische Republik Kongo", []),
    ("es", "KR"): ("Corea del Sur", ["República de Corea"]),
    ("es", "KP"): ("Corea del Norte", []),
    ("pt", "KP"): ("Coreia do Norte", []),
    ("it", "MM"): ("Myanmar", ["Birmania"]),
    ("pt", "MM"): ("Mianmar", ["Birmânia", "Myanmar"]),
    ("de", "PS"): ("Palästina", []),
    ("it", "PS"): ("Palestina", []),
    ("pt", "PS"): ("Palestina", []),
    ("de", "SY"): ("Syrien", []),
    ("es", "SY"): ("Siria", []),
    ("fr", "TZ"): ("Tanzanie", []),
    ("fr", "CZ"): ("République tchèque", ["Tchéquie"]),
    ("fr", "AE"): ("Émirats arabes unis", []),
    ("fr", "SA"): ("Arabie saoudite", []),
}

# Gazetteer names the package's English list does not hold as they are.
CODES = {"Moldova": "MD"}


def forms(value):
    return value if isinstance(value, list) else [value]


def display(candidates):
    plain = [c for c in candidates if "(" not in c and "," not in c]
    return min(plain or candidates, key=lambda c: (len(c), c))


def main(package):
    english = json.loads((Path(package) / "langs/en.json").read_text())["countries"]
    code_of = {}
    for code, value in english.items():
        for form in forms(value):
            code_of.setdefault(form.lower(), code)
    languages = {l: json.loads((Path(package) / f"langs/{l}.json").read_text())["countries"] for l in LANGUAGES}

    text = GAZETTEER.read_text()
    out = []
    entries = re.split(r'(?m)^(?="[^"]+":\n)', text)
    for entry in entries:
        head = re.match(r'"([^"]+)":\n', entry)
        if not head or "type: place" not in entry or "Country" not in entry:
            out.append(entry)
            continue
        name = head.group(1)
        aliases = re.findall(r"aliases: \[(.*)\]", entry)
        candidates = [name] + ([a.strip().strip('"') for a in aliases[0].split(",")] if aliases else [])
        code = CODES.get(name) or next((code_of[c.lower()] for c in candidates if c.lower() in code_of), None)
        if code is None:
            print(f"no ISO code for {name}: left in English", file=sys.stderr)
            out.append(entry)
            continue
        # The names: block a previous run wrote goes; other entries' names (written by hand) stay as they are.
        entry = re.sub(r"  names:\n(?:    .*\n)+", "", entry)
        lines = ["  names:\n"]
        for language in LANGUAGES:
            all_forms = forms(languages[language][code])
            shown, extra = OVERRIDES.get((language, code), (display(all_forms), []))
            # Inverted and bracketed forms ("Syrien, Arabische Republik") are list entries, not what a text writes.
            others = [f for f in all_forms + extra if f != shown and "(" not in f and "," not in f]
            others = list(dict.fromkeys(others))
            value = json.dumps(shown, ensure_ascii=False)
            if others:
                value = "[" + ", ".join(json.dumps(f, ensure_ascii=False) for f in [shown] + others) + "]"
            lines.append(f"    {language}: {value}\n")
        out.append(entry.rstrip("\n") + "\n" + "".join(lines))
    GAZETTEER.write_text("".join(out))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "package")

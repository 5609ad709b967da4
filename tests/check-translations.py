#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks that every language is complete and that po/POTFILES.in names every source with
translatable strings. Fails (exit 1) with one line per problem.

    check-translations.py SOURCE_ROOT
"""

import os
import re
import subprocess
import sys
import tempfile

root = sys.argv[1]
po_dir = os.path.join(root, "po")
problems = []

# --- POTFILES.in is complete -----------------------------------------------------------------
with open(os.path.join(po_dir, "POTFILES.in"), encoding="utf-8") as f:
    listed = {line.strip() for line in f if line.strip() and not line.startswith("#")}

c_marker = re.compile(r'\b(?:_|N_|C_|NC_|ngettext|g_dngettext)\s*\(')
ui_marker = re.compile(r'translatable="yes"')
wanted = set()
for top in ("src", "data"):
    for dirpath, _, files in os.walk(os.path.join(root, top)):
        for name in files:
            path = os.path.join(dirpath, name)
            rel = os.path.relpath(path, root)
            if name.endswith(".c"):
                with open(path, encoding="utf-8") as f:
                    if c_marker.search(f.read()):
                        wanted.add(rel)
            elif name.endswith(".ui"):
                with open(path, encoding="utf-8") as f:
                    if ui_marker.search(f.read()):
                        wanted.add(rel)
            elif name.endswith((".desktop.in", ".metainfo.xml.in", ".gschema.xml")):
                wanted.add(rel)

for rel in sorted(wanted - listed):
    problems.append(f"po/POTFILES.in: {rel} has translatable strings but is not listed")
for rel in sorted(listed):
    if not os.path.exists(os.path.join(root, rel)):
        problems.append(f"po/POTFILES.in: {rel} does not exist")

# --- every language in LINGUAS is complete against the current sources -------------------------
with open(os.path.join(po_dir, "LINGUAS"), encoding="utf-8") as f:
    linguas = [w for line in f if not line.startswith("#") for w in line.split()]

with tempfile.TemporaryDirectory() as tmp:
    pot = os.path.join(tmp, "kartu.pot")
    sources = sorted(listed & wanted)
    # The same extraction as meson's i18n 'glib' preset.
    args = ["xgettext", "--from-code=UTF-8", "--add-comments", "--keyword=_", "--keyword=N_",
            "--keyword=C_:1c,2", "--keyword=NC_:1c,2", "--keyword=g_dcgettext:2",
            "--keyword=g_dngettext:2,3", "--keyword=g_dpgettext2:2c,3",
            "--flag=N_:1:pass-c-format", "--flag=C_:2:pass-c-format",
            "--flag=NC_:2:pass-c-format", "--flag=g_dngettext:2:pass-c-format",
            "--flag=g_strdup_printf:1:c-format", "--flag=g_string_printf:2:c-format",
            "--flag=g_string_append_printf:2:c-format", "--flag=g_error_new:3:c-format",
            "--flag=g_set_error:4:c-format", "--flag=g_markup_printf_escaped:1:c-format",
            "--flag=g_log:3:c-format", "--flag=g_print:1:c-format",
            "--flag=g_printerr:1:c-format", "--flag=g_printf:1:c-format",
            "--flag=g_fprintf:2:c-format", "--flag=g_sprintf:2:c-format",
            "--flag=g_snprintf:3:c-format", "--flag=g_prefix_error:2:c-format",
            "-o", pot, "--directory", root] + sources
    subprocess.run(args, check=True)

    for lang in linguas:
        po = os.path.join(po_dir, f"{lang}.po")
        if not os.path.exists(po):
            problems.append(f"po/{lang}.po is missing")
            continue
        check = subprocess.run(["msgfmt", "--check", "--statistics", "-o", os.devnull, po],
                               capture_output=True, text=True, env=dict(os.environ, LC_ALL="C"))
        if check.returncode != 0:
            problems.append(f"po/{lang}.po: msgfmt --check failed:\n{check.stderr.strip()}")
        stats = check.stderr.strip().splitlines()[-1] if check.stderr.strip() else ""
        if "untranslated" in stats or "fuzzy" in stats:
            problems.append(f"po/{lang}.po is not complete: {stats}")
        cmp = subprocess.run(["msgcmp", "--use-untranslated", po, pot],
                             capture_output=True, text=True, env=dict(os.environ, LC_ALL="C"))
        if cmp.returncode != 0:
            missing = [l for l in cmp.stderr.splitlines() if "this message" in l]
            problems.append(f"po/{lang}.po lacks {len(missing)} message(s) of the sources; "
                            f"run: meson compile -C build kartu-update-po\n{cmp.stderr.strip()[:2000]}")

for p in problems:
    print(p)
sys.exit(1 if problems else 0)

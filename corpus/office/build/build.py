#!/usr/bin/python3
"""Rebuild the held-out office-suite set: .docx (python-docx) -> PDF (LibreOffice headless).

Usage: /usr/bin/python3 build/build.py        (needs python-docx, soffice, fonts-crosextra-carlito,
                                              fonts-crosextra-caladea, hyphen-sv for auto-hyphenation)
"""

import glob
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import docs_a
import docs_b
import docs_c
import docs_d
from lib import HERE, ROOT

FILTER = 'pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"}}'


def main():
    for f in glob.glob(os.path.join(HERE, "docx", "*.docx")):
        os.remove(f)
    stems = []
    for fn in docs_a.DOCS + docs_b.DOCS + docs_c.DOCS + docs_d.DOCS:
        d, truth = fn()
        d.save(truth)
        stems.append(d.stem)
    files = [os.path.join(HERE, "docx", s + ".docx") for s in stems]
    subprocess.run(
        [
            "soffice",
            "-env:UserInstallation=file:///tmp/lo-profile-heldout",
            "--headless",
            "--convert-to",
            FILTER,
            "--outdir",
            os.path.join(ROOT, "pdf"),
        ]
        + files,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    print("built", len(stems), "documents")


if __name__ == "__main__":
    main()

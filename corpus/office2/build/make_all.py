"""Build every document of the set: docx -> PDF (LibreOffice) -> optional scan -> truth JSON.

/usr/bin/python3 build/make_all.py [stem-substring ...]
"""

import glob
import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from assets_and_scan import make_logos, scan_pages  # noqa: E402
from kmdoc import to_pdf, write_truth  # noqa: E402


def main(filters):
    logos = make_logos()
    for path in sorted(glob.glob(os.path.join(HERE, "docs", "d*.py"))):
        spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        if filters and not any(f in mod.STEM or f in path for f in filters):
            continue
        doc, meta, post = mod.build(logos)
        docx_path = doc.save()
        pdf = to_pdf(docx_path)
        extra = []
        if post.get("scan_pages"):
            scan_pages(pdf, post["scan_pages"], seed=len(mod.STEM), angle=post.get("angle", 0.35))
            extra.append(
                "scanned image-only page(s) %s at 200 dpi" % ",".join(map(str, post["scan_pages"]))
            )
        write_truth(doc, meta, extra_features=extra + post.get("features", []))
        print("built", mod.STEM)


if __name__ == "__main__":
    main(sys.argv[1:])

"""Logos (drawn, fictional-looking emblems) and the 'scanner': turn PDF pages into
image-only pages at 200 dpi."""

import os
import random
import shutil
import subprocess
import tempfile

from kmdoc import ASSETS
from PIL import Image, ImageDraw, ImageFilter, ImageFont

F = "/usr/share/fonts/truetype/"
SANS_B = F + "liberation/LiberationSans-Bold.ttf"
SANS = F + "liberation/LiberationSans-Regular.ttf"
SERIF_B = F + "liberation/LiberationSerif-Bold.ttf"
CARLITO_B = F + "crosextra/Carlito-Bold.ttf"


def _logo(name, lines, color, shape, font=SANS_B, size=44, w=640, h=140):
    img = Image.new("RGB", (w, h), "white")
    d = ImageDraw.Draw(img)
    if shape == "shield":
        d.polygon([(10, 12), (110, 12), (110, 80), (60, 128), (10, 80)], fill=color)
        d.ellipse((40, 40, 80, 80), fill="white")
    elif shape == "circle":
        d.ellipse((10, 12, 126, 128), fill=color)
        d.rectangle((48, 50, 88, 90), fill="white")
    elif shape == "crown":
        d.polygon(
            [(10, 110), (10, 40), (40, 75), (65, 25), (90, 75), (120, 40), (120, 110)], fill=color
        )
    elif shape == "square":
        d.rectangle((10, 12, 126, 128), fill=color)
        d.polygon([(30, 110), (68, 30), (106, 110)], fill="white")
    elif shape == "bars":
        for i in range(4):
            d.rectangle((10 + i * 28, 30 + i * 12, 30 + i * 28, 128), fill=color)
    fnt = ImageFont.truetype(font, size)
    y = (h - len(lines) * (size + 6)) // 2
    for ln in lines:
        d.text((150, y), ln, fill=color if len(lines) > 1 and ln is lines[0] else "black", font=fnt)
        y += size + 6
    path = os.path.join(ASSETS, name + ".png")
    img.save(path, dpi=(300, 300))
    return path


def make_logos():
    os.makedirs(ASSETS, exist_ok=True)
    return {
        "uppsala": _logo("uppsala", ["Uppsala", "kommun"], (0, 84, 150), "shield"),
        "stockholm": _logo(
            "stockholm", ["Stockholms", "stad"], (0, 60, 120), "crown", font=SERIF_B
        ),
        "goteborg": _logo("goteborg", ["Göteborgs", "Stad"], (0, 101, 173), "circle"),
        "linkoping": _logo(
            "linkoping", ["Linköpings", "kommun"], (0, 112, 60), "square", font=CARLITO_B, size=48
        ),
        "umea": _logo("umea", ["UMEÅ KOMMUN"], (30, 30, 30), "bars", size=46),
        "lund": _logo("lund", ["Lunds", "kommun"], (150, 20, 40), "shield", font=SERIF_B),
        "riksdag": _logo(
            "riksdag", ["SVERIGES", "RIKSDAG"], (20, 45, 90), "crown", font=SERIF_B, size=40
        ),
        "regering": _logo(
            "regering", ["Regeringskansliet"], (20, 45, 90), "crown", font=SERIF_B, size=40
        ),
    }


def _degrade(png, seed, angle, noise=0.012, gray=True):
    rnd = random.Random(seed)
    img = Image.open(png).convert("L" if gray else "RGB")
    # scanner glass: slightly off-white paper, a faint shadow at one edge
    img = img.point(lambda v: int(v * 0.93 + 8)) if gray else img
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=245)
    img = img.filter(ImageFilter.GaussianBlur(0.45))
    px = img.load()
    w, h = img.size
    for _ in range(int(w * h * noise)):
        x, y = rnd.randrange(w), rnd.randrange(h)
        px[x, y] = rnd.choice((40, 90, 200, 255))
    d = ImageDraw.Draw(img)
    for x in range(0, 18):
        d.line([(x, 0), (x, h)], fill=int(150 + x * 5))
    img.save(png, dpi=(200, 200))


def scan_pages(pdf, pages, seed=1, angle=0.35):
    """Replace the given 1-based pages of pdf by 200-dpi grayscale image-only pages."""
    tmp = tempfile.mkdtemp(prefix="scan-")
    n = int(
        [
            l
            for l in subprocess.run(
                ["pdfinfo", pdf], capture_output=True, text=True
            ).stdout.splitlines()
            if l.startswith("Pages:")
        ][0].split()[1]
    )
    subprocess.run(["pdfseparate", pdf, os.path.join(tmp, "p-%d.pdf")], check=True)
    out_pages = []
    for i in range(1, n + 1):
        if i in pages:
            base = os.path.join(tmp, f"img-{i}")
            subprocess.run(
                [
                    "pdftoppm",
                    "-r",
                    "200",
                    "-f",
                    str(i),
                    "-l",
                    str(i),
                    "-png",
                    "-singlefile",
                    pdf,
                    base,
                ],
                check=True,
            )
            _degrade(base + ".png", seed + i, angle if i % 2 else -angle)
            # img2pdf at 200 dpi gives an A4 page again
            subprocess.run(["img2pdf", "-o", base + ".pdf", base + ".png"], check=True)
            out_pages.append(base + ".pdf")
        else:
            out_pages.append(os.path.join(tmp, f"p-{i}.pdf"))
    if len(out_pages) == 1:
        shutil.copy(out_pages[0], pdf)
    else:
        subprocess.run(["pdfunite", *out_pages, pdf + ".new"], check=True)
        os.replace(pdf + ".new", pdf)
    shutil.rmtree(tmp)

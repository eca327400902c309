"""Small builder around python-docx for the Kommunminne held-out office set 2.

Every document is written through a Doc object: the same call that puts a
paragraph, list, table or signature into the .docx also records what the
paragraph contributes to the ground-truth `text` (headers, footers, page
numbers and footnotes are never recorded there).

Inline markup accepted by Doc.p() and friends:
  **bold**  __italic__  [^footnote text]  \u00ad (soft hyphen -> <w:softHyphen/>)
  {-}   hand hyphenation: a typed "-" followed by a manual line break; the
        truth text joins the word (no hyphen, no break)
  {br}  manual line break (truth: newline)
  \t    tab (truth: one space)
"""

import json
import os
import re
import subprocess

import docx
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Mm, Pt, RGBColor

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCX_DIR = os.path.join(ROOT, "build", "docx")
PDF_DIR = os.path.join(ROOT, "pdf")
TRUTH_DIR = os.path.join(ROOT, "truth")
ASSETS = os.path.join(ROOT, "build", "assets")

ALIGN = {
    None: None,
    "left": WD_ALIGN_PARAGRAPH.LEFT,
    "center": WD_ALIGN_PARAGRAPH.CENTER,
    "right": WD_ALIGN_PARAGRAPH.RIGHT,
    "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
}

_TOKEN = re.compile(r"(\*\*|__|\[\^[^\]]*\]|\{-\}|\{br\}|\t|\u00ad)")


def plain(s):
    """The truth reading of a marked-up string."""
    s = re.sub(r"\[\^[^\]]*\]", "", s)
    s = s.replace("**", "").replace("__", "").replace("\u00ad", "")
    s = s.replace("{-}", "").replace("{br}", "\n").replace("\t", " ")
    s = re.sub(r"[ ]{2,}", " ", s)
    return "\n".join(line.strip() for line in s.split("\n"))


def person(name, party=None, role=None):
    return {"name": name, "party": party, "role": role}


def _set_rfonts(rpr, font):
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    for a in list(rf.attrib):
        del rf.attrib[a]
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rf.set(qn(a), font)


def _style_rpr(style):
    return style.element.get_or_add_rPr()


class Doc:
    def __init__(
        self,
        stem,
        font="Carlito",
        size=11,
        margins=(2.5, 2.5, 2.5, 2.5),
        after=6,
        line=None,
        align=None,
        hyphenate=True,
        heading_font=None,
        core_title=None,
        core_author=None,
    ):
        self.stem = stem
        self.d = docx.Document()
        self.truth_lines = []
        self.alt_blocks = []  # parallel list used for an alternative text reading
        self.footnotes = []
        self.features = set()
        self.default_align = align
        d = self.d
        # --- page: A4
        sec = d.sections[0]
        sec.page_width, sec.page_height = Mm(210), Mm(297)
        top, right, bottom, left = margins
        sec.top_margin, sec.right_margin = Cm(top), Cm(right)
        sec.bottom_margin, sec.left_margin = Cm(bottom), Cm(left)
        sec.header_distance, sec.footer_distance = Cm(1.0), Cm(1.0)
        # --- defaults: font, Swedish language
        styles_el = d.styles.element
        rpr_def = styles_el.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
        _set_rfonts(rpr_def, font)
        lang = rpr_def.find(qn("w:lang"))
        lang.set(qn("w:val"), "sv-SE")
        normal = d.styles["Normal"]
        _set_rfonts(_style_rpr(normal), font)
        normal.font.size = Pt(size)
        pf = normal.paragraph_format
        pf.space_after = Pt(after)
        pf.space_before = Pt(0)
        if line:
            pf.line_spacing = line
        hf = heading_font or font
        for name in ("Heading 1", "Heading 2", "Heading 3", "Title"):
            st = d.styles[name]
            rpr = _style_rpr(st)
            _set_rfonts(rpr, hf)
            for tag in ("w:color",):
                for el in rpr.findall(qn(tag)):
                    rpr.remove(el)
            st.font.color.rgb = RGBColor(0, 0, 0)
            ppr = st.element.get_or_add_pPr()
            for el in ppr.findall(qn("w:pBdr")):
                ppr.remove(el)
        d.styles["Heading 1"].font.size = Pt(size + 5)
        d.styles["Heading 2"].font.size = Pt(size + 1)
        d.styles["Heading 3"].font.size = Pt(size)
        d.styles["Heading 1"].paragraph_format.space_before = Pt(0)
        d.styles["Heading 1"].paragraph_format.space_after = Pt(10)
        d.styles["Heading 2"].paragraph_format.space_before = Pt(10)
        d.styles["Heading 2"].paragraph_format.space_after = Pt(3)
        d.styles["Heading 3"].paragraph_format.space_before = Pt(8)
        d.styles["Heading 3"].paragraph_format.space_after = Pt(2)
        for name in ("Heading 2", "Heading 3"):
            d.styles[name].font.italic = False
        for name in ("Header", "Footer"):
            _set_rfonts(_style_rpr(d.styles[name]), font)
            d.styles[name].font.size = Pt(max(size - 2, 8))
            d.styles[name].paragraph_format.space_after = Pt(0)
        # --- settings: hyphenation
        if hyphenate:
            st = d.settings.element
            dts = st.find(qn("w:defaultTabStop"))
            ah = OxmlElement("w:autoHyphenation")
            hz = OxmlElement("w:hyphenationZone")
            hz.set(qn("w:val"), "357")
            dts.addnext(ah)
            ah.addnext(hz)
            self.features.add("sv-SE language, w:autoHyphenation")
        cp = d.core_properties
        cp.title = core_title or ""
        cp.author = core_author or ""
        cp.last_modified_by = core_author or ""
        cp.language = "sv-SE"
        cp.comments = ""
        self._num_cache = {}

    # ------------------------------------------------------------------ inline
    def _run(self, p, bold=False, italic=False, size=None, font=None, color=None, caps=False):
        r = p.add_run()
        if bold:
            r.bold = True
        if italic:
            r.italic = True
        if size:
            r.font.size = Pt(size)
        if font:
            r.font.name = font
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
        if caps:
            r.font.all_caps = True
        return r

    def inline(
        self, p, text, bold=False, italic=False, size=None, font=None, color=None, caps=False
    ):
        b, i = bold, italic
        for tok in _TOKEN.split(text):
            if not tok:
                continue
            if tok == "**":
                b = not b
                continue
            if tok == "__":
                i = not i
                continue
            r = self._run(p, b, i, size, font, color, caps)
            if tok.startswith("[^"):
                self._footnote_ref(r, tok[2:-1])
            elif tok == "{-}":
                r._r.append(_t("-"))
                r._r.append(OxmlElement("w:br"))
                self.features.add("hand hyphenation (typed hyphen + manual line break)")
            elif tok == "{br}":
                r._r.append(OxmlElement("w:br"))
            elif tok == "\t":
                r._r.append(OxmlElement("w:tab"))
            elif tok == "\u00ad":
                r._r.append(OxmlElement("w:softHyphen"))
                self.features.add("soft hyphens (w:softHyphen)")
            else:
                r._r.append(_t(tok))
        return p

    def _footnote_ref(self, run, text):
        self.footnotes.append(text)
        fid = len(self.footnotes)
        rpr = run._r.get_or_add_rPr()
        va = OxmlElement("w:vertAlign")
        va.set(qn("w:val"), "superscript")
        rpr.append(va)
        ref = OxmlElement("w:footnoteReference")
        ref.set(qn("w:id"), str(fid))
        run._r.append(ref)
        self.features.add("footnotes")

    # ------------------------------------------------------------------ blocks
    def record(self, text, alt=None):
        t = plain(text).strip("\n")
        if t.strip():
            self.truth_lines.append(t)
            self.alt_blocks.append(plain(alt).strip("\n") if alt is not None else t)

    def p(
        self,
        text="",
        style=None,
        bold=False,
        italic=False,
        size=None,
        align="default",
        after=None,
        before=None,
        indent=None,
        first=None,
        keep=False,
        font=None,
        tabs=None,
        truth=True,
        color=None,
        caps=False,
        container=None,
        alt=None,
    ):
        cont = container if container is not None else self.d
        para = cont.add_paragraph(style=style) if style else cont.add_paragraph()
        fmt = para.paragraph_format
        a = self.default_align if align == "default" else align
        if a:
            para.alignment = ALIGN[a]
        if after is not None:
            fmt.space_after = Pt(after)
        if before is not None:
            fmt.space_before = Pt(before)
        if indent is not None:
            fmt.left_indent = Cm(indent)
        if first is not None:
            fmt.first_line_indent = Cm(first)
        if keep:
            fmt.keep_with_next = True
        for pos, kind in tabs or []:
            fmt.tab_stops.add_tab_stop(
                Cm(pos),
                {
                    "left": WD_TAB_ALIGNMENT.LEFT,
                    "right": WD_TAB_ALIGNMENT.RIGHT,
                    "center": WD_TAB_ALIGNMENT.CENTER,
                }[kind],
            )
        self.inline(para, text, bold, italic, size, font, color, caps)
        if truth and container is None:
            self.record(text, alt)
        return para

    def blank(self, n=1, size=None):
        for _ in range(n):
            para = self.d.add_paragraph()
            if size:
                para.paragraph_format.space_after = Pt(0)
                r = para.add_run()
                r.font.size = Pt(size)

    def h(self, text, level=1, truth=True, align=None, keep=True):
        para = self.d.add_paragraph(style=f"Heading {level}")
        if align:
            para.alignment = ALIGN[align]
        self.inline(para, text)
        if truth:
            self.record(text)
        self.features.add("heading styles")
        return para

    def page_break(self):
        para = self.d.add_paragraph()
        para.add_run().add_break(WD_BREAK.PAGE)
        para.paragraph_format.space_after = Pt(0)

    # numbering ----------------------------------------------------------------
    def _new_num(self, fmt, lvltext, indent=0.63, hanging=0.63, font=None, start=1):
        numbering = self.d.part.numbering_part.element
        abs_ids = [
            int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))
        ]
        num_ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
        aid = max(abs_ids + [0]) + 1
        nid = max(num_ids + [0]) + 1
        left = (
            int(Cm(indent + hanging).twips)
            if hasattr(Cm(1), "twips")
            else int((indent + hanging) * 567)
        )
        hang = int(hanging * 567)
        left = int((indent + hanging) * 567)
        rfonts = (
            f'<w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:hint="default"/></w:rPr>'
            if font
            else ""
        )
        abs_xml = (
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{aid}">'
            f'<w:multiLevelType w:val="singleLevel"/>'
            f'<w:lvl w:ilvl="0"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
            f'<w:lvlText w:val="{lvltext}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="{left}" w:hanging="{hang}"/></w:pPr>{rfonts}</w:lvl>'
            f"</w:abstractNum>"
        )
        abs_el = parse_xml(abs_xml)
        first_num = numbering.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(abs_el)
        else:
            numbering.append(abs_el)
        num_el = parse_xml(
            f'<w:num {nsdecls("w")} w:numId="{nid}"><w:abstractNumId w:val="{aid}"/></w:num>'
        )
        numbering.append(num_el)
        return nid

    def items(
        self,
        items,
        kind="bullet",
        glyph="\u2022",
        fmt="%1.",
        indent=0.63,
        hanging=0.63,
        after=3,
        align="default",
        bold_prefix=None,
        start=1,
        number_in_truth=True,
    ):
        """Real Word list. kind: bullet | decimal | lowerLetter.
        Truth: bullets dropped; numbers kept as printed when number_in_truth."""
        if kind == "bullet":
            nid = self._new_num(
                "bullet", glyph, indent, hanging, font="Symbol" if glyph == "\uf0b7" else None
            )
            self.features.add("bulleted list (w:numPr)")
        else:
            nid = self._new_num(kind, fmt, indent, hanging, start=start)
            self.features.add("numbered list (w:numPr)")
        paras = []
        for k, it in enumerate(items):
            para = self.d.add_paragraph(style="List Paragraph")
            ppr = para._p.get_or_add_pPr()
            numpr = parse_xml(
                f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="{nid}"/></w:numPr>'
            )
            ppr.append(numpr)
            para.paragraph_format.space_after = Pt(after)
            a = self.default_align if align == "default" else align
            if a:
                para.alignment = ALIGN[a]
            self.inline(para, it)
            if kind == "bullet" or not number_in_truth:
                self.record(it)
            else:
                n = start + k
                label = fmt.replace("%1", _fmt_num(n, kind))
                self.record(f"{label} {it}", alt=it)
            paras.append(para)
        return paras

    # tables ---------------------------------------------------------------------
    def table(
        self,
        rows,
        widths=None,
        style="Table Grid",
        header_bold=True,
        size=None,
        align_cols=None,
        truth=True,
        container=None,
        autofit=False,
    ):
        cont = container if container is not None else self.d
        if container is not None and hasattr(container, "add_table") and widths:
            t = cont.add_table(len(rows), len(rows[0]), Cm(sum(widths)))
        else:
            t = cont.add_table(len(rows), len(rows[0]))
        if style:
            t.style = self.d.styles[style]
        t.autofit = autofit
        if widths:
            for ci, w in enumerate(widths):
                t.columns[ci].width = Cm(w)
        for ri, row in enumerate(rows):
            for ci, val in enumerate(row):
                cell = t.cell(ri, ci)
                if widths:
                    cell.width = Cm(widths[ci])
                parts = val.split("\n") if isinstance(val, str) else val
                first = True
                for part in parts:
                    para = cell.paragraphs[0] if first else cell.add_paragraph()
                    first = False
                    para.paragraph_format.space_after = Pt(0)
                    if align_cols and align_cols[ci]:
                        para.alignment = ALIGN[align_cols[ci]]
                    self.inline(para, part, bold=(header_bold and ri == 0), size=size)
        if truth and container is None:
            for row in rows:
                cells = [plain(c).replace("\n", " ") for c in row]
                cells = [c for c in cells if c.strip()]
                if cells:
                    self.record(" ".join(cells))
        self.features.add("table")
        return t

    def sig_columns(self, cols, tab=8.5, before=None, after=0, truth=True):
        """Side-by-side signatures separated by a tab stop.
        cols: list of lists of lines. Truth reads row by row; alternative reads
        person by person."""
        n = max(len(c) for c in cols)
        rows = []
        for i in range(n):
            cells = [c[i] if i < len(c) else "" for c in cols]
            rows.append("\t".join(cells))
        tabs = [
            (tab * (k + 1) / (len(cols) - 1) if len(cols) > 2 else tab, "left")
            for k in range(len(cols) - 1)
        ]
        tabs = (
            [(tab * (k + 1), "left") for k in range(len(cols) - 1)]
            if len(cols) > 2
            else [(tab, "left")]
        )
        paras = []
        for i, r in enumerate(rows):
            para = self.p(
                r, tabs=tabs, after=after, before=(before if i == 0 else None), truth=False
            )
            paras.append(para)
        if truth:
            row_text = "\n".join(plain(r) for r in rows if plain(r).strip())
            col_text = "\n".join(plain(x) for c in cols for x in c if plain(x).strip())
            self.record(row_text, alt=col_text)
        self.features.add("tabbed side-by-side signature lines")
        return paras

    # sections -------------------------------------------------------------------
    def columns(self, num=2, space_cm=0.8, continuous=True, sep=False):
        sec = self.d.add_section(WD_SECTION.CONTINUOUS if continuous else WD_SECTION.NEW_PAGE)
        sp = sec._sectPr
        cols = sp.find(qn("w:cols"))
        if cols is None:
            cols = OxmlElement("w:cols")
            sp.append(cols)
        cols.set(qn("w:num"), str(num))
        cols.set(qn("w:space"), str(int(space_cm * 567)))
        if sep:
            cols.set(qn("w:sep"), "1")
        self.features.add(f"{num}-column section (continuous section break)")
        return sec

    # headers / footers ----------------------------------------------------------
    def field(self, para, instr, shown, bold=False, size=None):
        def run_with(el):
            r = para.add_run()
            if bold:
                r.bold = True
            if size:
                r.font.size = Pt(size)
            r._r.append(el)
            return r

        b = OxmlElement("w:fldChar")
        b.set(qn("w:fldCharType"), "begin")
        run_with(b)
        it = OxmlElement("w:instrText")
        it.set(qn("xml:space"), "preserve")
        it.text = f" {instr} "
        run_with(it)
        s = OxmlElement("w:fldChar")
        s.set(qn("w:fldCharType"), "separate")
        run_with(s)
        run_with(_t(shown))
        e = OxmlElement("w:fldChar")
        e.set(qn("w:fldCharType"), "end")
        run_with(e)

    def page_field_text(self, para, pattern, size=None, bold=False):
        """pattern like 'Sida {PAGE} ({NUMPAGES})'."""
        for tok in re.split(r"(\{PAGE\}|\{NUMPAGES\})", pattern):
            if tok == "{PAGE}":
                self.field(para, "PAGE", "1", bold, size)
            elif tok == "{NUMPAGES}":
                self.field(para, "NUMPAGES", "1", bold, size)
            elif tok:
                self.inline(para, tok, bold=bold, size=size)
        self.features.add(
            f'PAGE/NUMPAGES fields "{pattern.replace("{PAGE}", "n").replace("{NUMPAGES}", "N")}"'
        )

    def hf_para(
        self, part, text="", align=None, tabs=None, size=None, bold=False, first=True, color=None
    ):
        para = (
            part.paragraphs[0]
            if (
                first
                and part.paragraphs
                and not part.paragraphs[0].text
                and len(part.paragraphs) == 1
                and not part.tables
            )
            else part.add_paragraph()
        )
        if align:
            para.alignment = ALIGN[align]
        for pos, kind in tabs or []:
            para.paragraph_format.tab_stops.add_tab_stop(
                Cm(pos),
                {
                    "left": WD_TAB_ALIGNMENT.LEFT,
                    "right": WD_TAB_ALIGNMENT.RIGHT,
                    "center": WD_TAB_ALIGNMENT.CENTER,
                }[kind],
            )
        if text:
            self.inline(para, text, bold=bold, size=size, color=color)
        return para

    def hf_table(
        self, part, rows, widths, size=None, bold_first_row=False, borders=False, align_cols=None
    ):
        t = part.add_table(len(rows), len(rows[0]), Cm(sum(widths)))
        if borders:
            t.style = self.d.styles["Table Grid"]
        for ri, row in enumerate(rows):
            for ci, val in enumerate(row):
                cell = t.cell(ri, ci)
                cell.width = Cm(widths[ci])
                first = True
                for line in val.split("\n"):
                    para = cell.paragraphs[0] if first else cell.add_paragraph()
                    first = False
                    para.paragraph_format.space_after = Pt(0)
                    if align_cols and align_cols[ci]:
                        para.alignment = ALIGN[align_cols[ci]]
                    if "{PAGE}" in line:
                        self.page_field_text(para, line, size=size)
                    else:
                        self.inline(para, line, bold=(bold_first_row and ri == 0), size=size)
        # drop the empty paragraph python-docx leaves before a table in a fresh header
        if part.paragraphs and part.paragraphs[0].text == "" and len(part.paragraphs) >= 1:
            first_p = part.paragraphs[0]._p
            if first_p.getnext() is t._tbl:
                first_p.getparent().remove(first_p)
                part._element.append(OxmlElement("w:p"))
        self.features.add("table in page header/footer")
        return t

    def logo(self, part, path, width_cm, align="left"):
        para = self.hf_para(part, align=align)
        para.add_run().add_picture(path, width=Cm(width_cm))
        self.features.add("logo image in header")
        return para

    # ------------------------------------------------------------------ save
    def _write_footnotes(self):
        if not self.footnotes:
            return
        w = nsdecls("w")
        parts = [
            f"<w:footnotes {w}>",
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>',
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>',
        ]
        for i, txt in enumerate(self.footnotes, 1):
            esc = txt.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            parts.append(
                f'<w:footnote w:id="{i}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
                f'<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="18"/></w:rPr><w:footnoteRef/></w:r>'
                f'<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> {esc}</w:t></w:r></w:p></w:footnote>'
            )
        parts.append("</w:footnotes>")
        xml = "".join(parts).encode("utf-8")
        part = Part(
            PackURI("/word/footnotes.xml"),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
            xml,
            self.d.part.package,
        )
        self.d.part.relate_to(part, RT.FOOTNOTES)

    def save(self):
        self._write_footnotes()
        os.makedirs(DOCX_DIR, exist_ok=True)
        path = os.path.join(DOCX_DIR, self.stem + ".docx")
        self.d.save(path)
        return path

    def truth_text(self):
        return "\n".join(self.truth_lines)

    def alt_text(self):
        return "\n".join(self.alt_blocks)


def _fmt_num(n, kind):
    if kind == "lowerLetter":
        return "abcdefghijklmnopqrstuvwxyz"[n - 1]
    if kind == "upperLetter":
        return "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[n - 1]
    return str(n)


def _t(text):
    t = OxmlElement("w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    return t


def to_pdf(docx_path, outdir=PDF_DIR):
    os.makedirs(outdir, exist_ok=True)
    subprocess.run(
        [
            "soffice",
            "-env:UserInstallation=file:///tmp/lo-profile-office2",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            outdir,
            docx_path,
        ],
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return os.path.join(outdir, os.path.splitext(os.path.basename(docx_path))[0] + ".pdf")


def write_truth(doc, meta, text_alternatives=True, extra_features=()):
    """meta: doc_type, date, reference, title, authors, addressed, questions, proposals,
    and optional *_alternatives."""
    out = {"source": doc.stem + ".pdf"}
    keys = [
        "doc_type",
        "date",
        "reference",
        "title",
        "authors",
        "addressed",
        "questions",
        "proposals",
    ]
    for k in keys:
        v = meta.get(k, [] if k in ("authors", "addressed", "questions", "proposals") else None)
        if k in ("questions", "proposals", "title") and v is not None:
            v = [plain(x) for x in v] if isinstance(v, list) else plain(v)
        out[k] = v
    out["text"] = doc.truth_text()
    for k, v in meta.items():
        if k.endswith("_alternatives"):
            out[k] = v
    alt = doc.alt_text()
    if text_alternatives and alt != out["text"]:
        out.setdefault("text_alternatives", []).append(alt)
    feats = set(doc.features) | set(extra_features)
    if any(sec.different_first_page_header_footer for sec in doc.d.sections):
        feats.add("different first-page header/footer (w:titlePg) and running header")
    core_title = doc.d.core_properties.title
    if core_title and core_title != out["title"]:
        feats.add(f"PDF metadata Title '{core_title}' differs from the document title")
    out["features"] = sorted(feats)
    os.makedirs(TRUTH_DIR, exist_ok=True)
    with open(os.path.join(TRUTH_DIR, doc.stem + ".json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    return out

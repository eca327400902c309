"""Small builder around python-docx that writes a .docx with real Word features
and, in parallel, the ground-truth body text of the main flow.

Inline markup accepted by Doc.p() and friends:
  **bold**   __italic__
  \n         manual line break (w:br)          -> kept as newline in truth
  {-}        hand hyphenation: "-" + w:br       -> removed in truth (word joined)
  {shy}      soft hyphen (w:softHyphen)         -> removed in truth
  {fn:TEXT}  footnote (footnotes.xml part)      -> removed from truth body (kept in truth.footnotes)
  {PAGE} {NUMPAGES}  complex fields (fldChar)   (headers/footers only)
  {sPAGE} {sNUMPAGES} simple fields (w:fldSimple)
"""

import json
import os
import re

import docx
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

ALIGN = {
    None: None,
    "l": WD_ALIGN_PARAGRAPH.LEFT,
    "r": WD_ALIGN_PARAGRAPH.RIGHT,
    "c": WD_ALIGN_PARAGRAPH.CENTER,
    "j": WD_ALIGN_PARAGRAPH.JUSTIFY,
}

TOKEN = re.compile(r"(\*\*|__|\{-\}|\{shy\}|\{fn:[^}]*\}|\n|\{s?PAGE\}|\{s?NUMPAGES\})")


def plain(text):
    """Ground-truth rendering of marked-up text."""
    text = re.sub(r"\{fn:[^}]*\}", "", text)
    text = text.replace("**", "").replace("__", "")
    text = text.replace("{-}", "").replace("{shy}", "")
    return text


def _el(tag, **attrs):
    e = OxmlElement(tag)
    for k, v in attrs.items():
        e.set(qn(k), v)
    return e


class Doc:
    def __init__(
        self,
        stem,
        font="Calibri",
        size=11,
        justify=False,
        autohyphen=False,
        margins=(2.5, 2.5, 2.5, 2.5),
        space_after=6,
        line=None,
        heading_font=None,
    ):
        self.stem = stem
        self.d = docx.Document()
        self.body = []  # ground-truth paragraphs of the main flow
        self.footnotes = []
        self.furniture = []  # header/footer strings ('#' = page-number field)
        self.justify = justify
        self.font = font
        self.size = size
        self._fn_next = 2
        self._fn_xml = []
        sec = self.d.sections[0]
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
        sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = [
            Cm(x) for x in margins
        ]
        sec.header_distance = Cm(1.0)
        sec.footer_distance = Cm(1.0)
        st = self.d.styles["Normal"]
        st.font.name = font
        st.font.size = Pt(size)
        rpr = st.element.get_or_add_rPr()
        rfonts = rpr.find(qn("w:rFonts"))
        for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            rfonts.set(qn(a), font)
        lang = rpr.find(qn("w:lang"))
        if lang is None:
            lang = _el("w:lang")
            rpr.append(lang)
        lang.set(qn("w:val"), "sv-SE")
        lang.set(qn("w:eastAsia"), "sv-SE")
        # docDefaults language too
        dd = self.d.styles.element.find(qn("w:docDefaults"))
        if dd is not None:
            for l in dd.iter(qn("w:lang")):
                l.set(qn("w:val"), "sv-SE")
        st.paragraph_format.space_after = Pt(space_after)
        if line:
            st.paragraph_format.line_spacing = line
        hf = heading_font or font
        for name, sz in (
            ("Heading 1", size + 5),
            ("Heading 2", size + 2),
            ("Heading 3", size + 1),
            ("Title", size + 11),
        ):
            hs = self.d.styles[name]
            hs.font.name = hf
            hs.font.size = Pt(sz)
            hs.font.bold = True
            hs.font.italic = False
            hs.font.color.rgb = RGBColor(0, 0, 0)
            hr = hs.element.get_or_add_rPr()
            rf = hr.find(qn("w:rFonts"))
            if rf is None:
                rf = _el("w:rFonts")
                hr.insert(0, rf)
            for a in list(rf.attrib):
                del rf.attrib[a]
            for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
                rf.set(qn(a), hf)
            hs.paragraph_format.space_before = Pt(12)
            hs.paragraph_format.space_after = Pt(6)
        if autohyphen:
            s = self.d.settings.element
            ah = _el("w:autoHyphenation")
            dts = s.find(qn("w:defaultTabStop"))
            dts.addnext(ah)
            ah.addnext(_el("w:hyphenationZone", **{"w:val": "357"}))

    # ------------------------------------------------------------ inline text
    def _runs(
        self, par, text, size=None, bold=False, italic=False, color=None, font=None, caps=False
    ):
        b, i = bold, italic
        for tok in TOKEN.split(text):
            if tok == "":
                continue
            if tok == "**":
                b = not b
                continue
            if tok == "__":
                i = not i
                continue
            r = par.add_run()
            r.bold, r.italic = b, i
            if size:
                r.font.size = Pt(size)
            if color:
                r.font.color.rgb = RGBColor.from_string(color)
            if font:
                r.font.name = font
            if caps:
                r.font.all_caps = True
            if tok == "\n":
                r.add_break()
            elif tok == "{-}":
                r.text = "-"
                r.add_break()
            elif tok == "{shy}":
                r._r.append(_el("w:softHyphen"))
            elif tok.startswith("{fn:"):
                self._footnote(r, tok[4:-1])
            elif tok in ("{PAGE}", "{NUMPAGES}"):
                self._complex_field(par, r, tok[1:-1], size)
            elif tok in ("{sPAGE}", "{sNUMPAGES}"):
                par._p.remove(r._r)
                fld = _el("w:fldSimple", **{"w:instr": " %s \\* MERGEFORMAT " % tok[2:-1]})
                rr = par.add_run("1")
                if size:
                    rr.font.size = Pt(size)
                par._p.remove(rr._r)
                fld.append(rr._r)
                par._p.append(fld)
            else:
                r.text = tok
        return par

    def _complex_field(self, par, r0, instr, size):
        par._p.remove(r0._r)

        def run():
            rr = par.add_run()
            if size:
                rr.font.size = Pt(size)
            return rr

        run()._r.append(_el("w:fldChar", **{"w:fldCharType": "begin"}))
        it = _el("w:instrText")
        it.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        it.text = " %s " % instr
        run()._r.append(it)
        run()._r.append(_el("w:fldChar", **{"w:fldCharType": "separate"}))
        run().text = "1"
        run()._r.append(_el("w:fldChar", **{"w:fldCharType": "end"}))

    def _footnote(self, r, text):
        fid = self._fn_next
        self._fn_next += 1
        rpr = r._r.get_or_add_rPr()
        rpr.append(_el("w:vertAlign", **{"w:val": "superscript"}))
        r._r.append(_el("w:footnoteReference", **{"w:id": str(fid)}))
        self.footnotes.append(text)
        esc = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        self._fn_xml.append(
            '<w:footnote w:id="%d"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
            '<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="18"/></w:rPr><w:footnoteRef/></w:r>'
            '<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> %s</w:t></w:r></w:p></w:footnote>'
            % (fid, esc)
        )

    # ------------------------------------------------------------ main flow
    def p(
        self,
        text="",
        align=None,
        size=None,
        bold=False,
        italic=False,
        style=None,
        truth=True,
        before=None,
        after=None,
        indent=None,
        keep_next=False,
        color=None,
        font=None,
        caps=False,
        first_indent=None,
        page_break_before=False,
    ):
        par = self.d.add_paragraph(style=style)
        a = align if align is not None else ("j" if self.justify and style is None else None)
        if ALIGN.get(a) is not None:
            par.alignment = ALIGN[a]
        pf = par.paragraph_format
        if before is not None:
            pf.space_before = Pt(before)
        if after is not None:
            pf.space_after = Pt(after)
        if indent is not None:
            pf.left_indent = Cm(indent)
        if first_indent is not None:
            pf.first_line_indent = Cm(first_indent)
        if keep_next:
            pf.keep_with_next = True
        if page_break_before:
            pf.page_break_before = True
        self._runs(
            par, text, size=size, bold=bold, italic=italic, color=color, font=font, caps=caps
        )
        if truth and text.strip():
            t = plain(text)
            if caps:
                t = t.upper()
            self.body.append(t)
        return par

    def h(self, text, level=1, truth=True, **kw):
        par = self.d.add_paragraph(style="Heading %d" % level if level else "Title")
        kw.setdefault("bold", True)
        self._runs(par, text, **kw)
        if truth:
            self.body.append(plain(text))
        return par

    def bullets(self, items, style="List Bullet", truth=True, align=None):
        for it in items:
            self.p(it, style=style, truth=truth, align=align, after=3)

    def numbered(self, items, truth=True, fmt="{n}. "):
        """Word auto-numbered list (List Number style). Truth shows the rendered number."""
        for n, it in enumerate(items, 1):
            par = self.p(it, style="List Number", truth=False, after=3)
            if truth:
                self.body.append(fmt.format(n=n) + plain(it))

    def table(
        self,
        rows,
        widths=None,
        borders=True,
        truth=True,
        size=None,
        bold_rows=(),
        container=None,
        align_cols=None,
        shade_rows=(),
    ):
        cont = container if container is not None else self.d
        if container is not None:
            t = cont.add_table(
                rows=len(rows), cols=len(rows[0]), width=Cm(sum(widths) if widths else 16)
            )
        else:
            t = cont.add_table(rows=len(rows), cols=len(rows[0]))
        if borders:
            t.style = self.d.styles["Table Grid"]
        for ri, row in enumerate(rows):
            for ci, val in enumerate(row):
                cell = t.cell(ri, ci)
                if widths:
                    cell.width = Cm(widths[ci])
                lines = val.split("\n\n")
                par = cell.paragraphs[0]
                for li, ln in enumerate(lines):
                    if li:
                        par = cell.add_paragraph()
                    par.paragraph_format.space_after = Pt(0)
                    if align_cols and ALIGN.get(align_cols[ci]) is not None:
                        par.alignment = ALIGN[align_cols[ci]]
                    self._runs(par, ln, size=size, bold=ri in bold_rows)
                if ri in shade_rows:
                    tcpr = cell._tc.get_or_add_tcPr()
                    tcpr.append(
                        _el("w:shd", **{"w:val": "clear", "w:color": "auto", "w:fill": "D9E2F3"})
                    )
        if truth:
            lines = []
            for row in rows:
                cells = [plain(c).replace("\n\n", " ").replace("\n", " ").strip() for c in row]
                lines.append(" ".join(c for c in cells if c))
            self.body.append("\n".join(l for l in lines if l))
        if container is None:
            # a small gap after tables, as Word users add
            pass
        return t

    def page_break(self):
        self.d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def columns(self, n, space_cm=1.0, separator=False):
        """Start a new continuous section with n columns (w:cols)."""
        sec = self.d.add_section(WD_SECTION.CONTINUOUS)
        cols = sec._sectPr.find(qn("w:cols"))
        if cols is None:
            cols = _el("w:cols")
            sec._sectPr.append(cols)
        cols.set(qn("w:num"), str(n))
        cols.set(qn("w:space"), str(int(space_cm * 567)))
        if separator:
            cols.set(qn("w:sep"), "1")
        return sec

    # ------------------------------------------------------------ header/footer
    @property
    def sec(self):
        return self.d.sections[0]

    def first_page_different(self):
        self.sec.different_first_page_header_footer = True

    def hp(
        self,
        container,
        text,
        align=None,
        size=9,
        bold=False,
        color=None,
        first=True,
        font=None,
        after=0,
        tabs=None,
    ):
        par = (
            container.paragraphs[0]
            if first
            and container.paragraphs
            and not container.paragraphs[0].text
            and len(container.paragraphs[0]._p) <= 1
            else container.add_paragraph()
        )
        if ALIGN.get(align) is not None:
            par.alignment = ALIGN[align]
        par.paragraph_format.space_after = Pt(after)
        if tabs:
            for pos, kind in tabs:
                from docx.enum.text import WD_TAB_ALIGNMENT

                par.paragraph_format.tab_stops.add_tab_stop(
                    Cm(pos),
                    {
                        "r": WD_TAB_ALIGNMENT.RIGHT,
                        "c": WD_TAB_ALIGNMENT.CENTER,
                        "l": WD_TAB_ALIGNMENT.LEFT,
                    }[kind],
                )
        self._runs(par, text, size=size, bold=bold, color=color, font=font)
        self._furn(text)
        return par

    def _furn(self, text):
        t = re.sub(r"\{s?(PAGE|NUMPAGES)\}", "#", plain(text))
        for part in re.split(r"[\t\n]+", t):
            if part.strip():
                self.furniture.append(part.strip())

    def htable(self, container, rows, widths, size=9, borders=False, bold_rows=(), align_cols=None):
        t = self.table(
            rows,
            widths=widths,
            borders=borders,
            truth=False,
            size=size,
            bold_rows=bold_rows,
            container=container,
            align_cols=align_cols,
        )
        for row in rows:
            for c in row:
                self._furn(c)
        return t

    # ------------------------------------------------------------ save
    def _write_footnotes(self):
        if not self._fn_xml:
            return
        ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
        xml = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes %s>'
            '<w:footnote w:type="separator" w:id="0"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
            '<w:footnote w:type="continuationSeparator" w:id="1"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
            "%s</w:footnotes>" % (ns, "".join(self._fn_xml))
        )
        part = Part(
            PackURI("/word/footnotes.xml"),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
            xml.encode("utf-8"),
            self.d.part.package,
        )
        self.d.part.relate_to(part, RT.FOOTNOTES)

    def save(self, truth):
        self._write_footnotes()
        path = os.path.join(HERE, "docx", self.stem + ".docx")
        self.d.save(path)
        t = dict(source=self.stem + ".pdf")
        t.update(truth)
        for k in ("questions", "proposals"):
            t.setdefault(k, [])
        t["proposals_convention"] = (
            "verbatim, including the leading 'att' and trailing punctuation as printed"
        )
        t["text"] = "\n\n".join(self.body)
        t["footnotes"] = self.footnotes
        t["header_footer_strings"] = sorted(set(self.furniture))
        with open(os.path.join(ROOT, "truth", self.stem + ".json"), "w", encoding="utf-8") as f:
            json.dump(t, f, ensure_ascii=False, indent=2)
        return path


def person(name, party=None, role=None):
    return {"name": name, "party": party, "role": role}


POSTAL_UPPSALA = (
    "Postadress: Uppsala kommun, kommunledningskontoret, 753 75 Uppsala · Telefon 018-727 00 00 · "
    "kommunledningskontoret@uppsala.se · www.uppsala.se"
)

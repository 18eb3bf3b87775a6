#!/usr/bin/env python3
"""Turn a site built by `bti nettside` into an equivalent Hugo project, for
the side-by-side benchmark in scripts/bench.sh: one Markdown page per HTML
page (the same headings, paragraphs, lists, tables and links, as Markdown),
and layouts that wrap them in the same header, menu and footer.

    scripts/nettside-hugo.py SITE_DIR HUGO_DIR
"""
import os
import sys
from html.parser import HTMLParser


class Md(HTMLParser):
    """The text of <main> as Markdown: headings, paragraphs, list items, links, table rows."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.inside = False
        self.out = []
        self.line = ""
        self.href = None
        self.title = ""
        self.in_title = False
        self.row = None

    def flush(self):
        if self.line.strip():
            self.out.append(self.line.strip())
        self.line = ""

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "title":
            self.in_title = True
        if tag == "main":
            self.inside = True
        if not self.inside:
            return
        if tag in ("h1", "h2", "h3", "h4"):
            self.flush()
            self.line = "#" * int(tag[1]) + " "
        elif tag in ("p", "dt", "dd"):
            self.flush()
        elif tag == "li":
            self.flush()
            self.line = "- "
        elif tag == "tr":
            self.flush()
            self.row = []
        elif tag in ("td", "th") and self.row is not None:
            self.line = ""
        elif tag == "a":
            self.href = a.get("href", "")
            self.line += "["
        elif tag == "br":
            self.line += " "

    def handle_endtag(self, tag):
        if tag == "title":
            self.in_title = False
        if not self.inside:
            return
        if tag == "main":
            self.flush()
            self.inside = False
        elif tag == "a" and self.href is not None:
            self.line += f"]({self.href})"
            self.href = None
        elif tag in ("td", "th") and self.row is not None:
            self.row.append(self.line.strip().replace("|", "\\|"))
            self.line = ""
        elif tag == "tr" and self.row is not None:
            self.out.append("| " + " | ".join(self.row) + " |")
            if len(self.out) == 1 or not self.out[-2].startswith("|"):
                self.out.append("|" + "---|" * len(self.row))
            self.row = None
        elif tag in ("h1", "h2", "h3", "h4", "p", "li", "dt", "dd"):
            self.flush()

    def handle_data(self, data):
        if self.in_title:
            self.title += data
        if self.inside:
            self.line += " ".join(data.split()) if data.strip() else (" " if data else "")


BASEOF = """<!DOCTYPE html>
<html lang="{{ .Params.lang | default "nb" }}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }}</title><link rel="stylesheet" href="{{ "stil.css" | relURL }}"></head>
<body><a class="hopp" href="#innhald">Hopp til hovedinnholdet</a>
<header class="topp"><p class="merke"><a href="{{ "index.html" | relURL }}">{{ .Params.kommune }}</a></p>
<p><a class="akutt" href="{{ "veileder/akutt.html" | relURL }}">Akutt: fare for liv eller helse</a></p>
<nav aria-label="Hovedmeny"><ul>
{{ range slice "index.html" "tjenester.html" "arenaer.html" "roller.html" "framdrift.html" }}<li><a href="{{ . | relURL }}">{{ . }}</a></li>{{ end }}
</ul></nav></header>
<main id="innhald">{{ block "main" . }}{{ end }}</main>
<footer><p>Laget med Hugo fra de samme dataene.</p></footer>
</body></html>
"""
SINGLE = '{{ define "main" }}{{ .Content }}{{ end }}\n'


def main():
    site, hugo = sys.argv[1], sys.argv[2]
    os.makedirs(os.path.join(hugo, "layouts", "_default"), exist_ok=True)
    os.makedirs(os.path.join(hugo, "static"), exist_ok=True)
    with open(os.path.join(hugo, "hugo.toml"), "w") as f:
        f.write('baseURL = "/"\nrelativeURLs = true\nuglyURLs = true\n'
                'disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]\n'
                '[markup.goldmark.renderer]\nunsafe = false\n')
    for name, text in (("baseof.html", BASEOF), ("single.html", SINGLE), ("list.html", SINGLE)):
        with open(os.path.join(hugo, "layouts", "_default", name), "w") as f:
            f.write(text)
    n = 0
    for root, _, files in os.walk(site):
        for fn in files:
            src = os.path.join(root, fn)
            rel = os.path.relpath(src, site)
            if not fn.endswith(".html"):
                if fn == "stil.css" and rel == "stil.css":
                    with open(src) as a, open(os.path.join(hugo, "static", "stil.css"), "w") as b:
                        b.write(a.read())
                continue
            p = Md()
            with open(src, encoding="utf-8") as f:
                p.feed(f.read())
            lang = "nn" if 'lang="nn"' in open(src, encoding="utf-8").read(200) else "nb"
            stem = rel[:-5]
            if os.path.basename(stem) == "index":
                stem = os.path.join(os.path.dirname(stem), "_index")
            dst = os.path.join(hugo, "content", stem + ".md")
            os.makedirs(os.path.dirname(dst), exist_ok=True)
            title = p.title.replace('"', "'")
            with open(dst, "w", encoding="utf-8") as f:
                f.write(f'+++\ntitle = "{title}"\nlang = "{lang}"\nkommune = "{title}"\n+++\n\n')
                f.write("\n\n".join(p.out) + "\n")
            n += 1
    print(f"{n} Markdown pages in {hugo}/content", file=sys.stderr)


if __name__ == "__main__":
    main()

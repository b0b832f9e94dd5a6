"""Plain text from an HTML-only message, with the standard library's HTML parser.

The text keeps what an agent needs and what the rest of the mail gateway reads: paragraphs
and line breaks (labelled fields are read line by line), list items, link targets, and
``<blockquote>`` turned into "> " lines so that quoted earlier mail is cut the same way as
in a plain-text message. Scripts, styles and the document head are dropped.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

__all__ = ["html_to_text"]

_BLOCK_TAGS = """address article aside center dd div dl dt fieldset figcaption figure footer form h1 h2 h3
h4 h5 h6 header hr li main nav ol p pre section table tbody tfoot thead tr ul"""
_BLOCKS = frozenset(_BLOCK_TAGS.split())
_SKIPPED = frozenset({"script", "style", "head", "title", "template", "noscript", "object"})
_VOID = frozenset({"br", "hr", "img", "meta", "link", "input", "col", "area", "base", "wbr", "source"})
_SPACES = re.compile(r"[ \t\r\n\f\v\u00a0]+")


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.current: list[str] = []
        self.quote_depth = 0
        self.skip_depth = 0
        self.pre_depth = 0
        self.list_depth = 0
        self.link_target: str | None = None
        self.link_text: list[str] = []

    # A block boundary ends the current line; several boundaries in a row make one blank line.
    def _break(self, blank: bool = False) -> None:
        text = "".join(self.current)
        text = text.rstrip(" ") if self.pre_depth else text.strip(" ")
        self.current = []
        if text:
            self.lines.append("> " * self.quote_depth + text)
        if blank and self.lines and self.lines[-1] != "> " * self.quote_depth:
            self.lines.append("> " * self.quote_depth)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            if tag not in _VOID:
                self.skip_depth += 1
            return
        if self.skip_depth:
            return
        if tag == "br":
            self._break()
        elif tag == "blockquote":
            self._break(blank=True)
            self.quote_depth += 1
        elif tag in ("ul", "ol"):
            self._break()
            self.list_depth += 1
        elif tag == "li":
            self._break()
            self.current.append("  " * max(self.list_depth - 1, 0) + "- ")
        elif tag in ("p", "div", "table", "h1", "h2", "h3", "h4", "h5", "h6"):
            self._break(blank=tag == "p")
        elif tag == "pre":
            self._break(blank=True)
            self.pre_depth += 1
        elif tag in ("td", "th"):
            if self.current:
                self.current.append("  ")
        elif tag == "hr":
            self._break()
            self.lines.append("-" * 20)
        elif tag in _BLOCKS:
            self._break()
        elif tag == "a":
            self.link_target = dict(attrs).get("href")
            self.link_text = []
        elif tag == "img":
            alt = (dict(attrs).get("alt") or "").strip()
            if alt:
                self.current.append(f"[{alt}]")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self.skip_depth = max(self.skip_depth - 1, 0)
            return
        if self.skip_depth:
            return
        if tag == "blockquote":
            self._break()
            self.quote_depth = max(self.quote_depth - 1, 0)
            self._break(blank=True)
        elif tag in ("ul", "ol"):
            self._break()
            self.list_depth = max(self.list_depth - 1, 0)
        elif tag == "pre":
            self._break(blank=True)
            self.pre_depth = max(self.pre_depth - 1, 0)
        elif tag == "p":
            self._break(blank=True)
        elif tag == "a":
            self._end_link()
        elif tag in _BLOCKS:
            self._break()

    def _end_link(self) -> None:
        target, self.link_target = self.link_target, None
        shown = "".join(self.link_text).strip()
        # A link whose text hides its target shows both: the agent must see where it goes.
        if target and target.startswith(("http://", "https://")) and target.rstrip("/") != shown.rstrip("/"):
            self.current.append(f" <{target}>" if shown else target)

    def handle_data(self, data: str) -> None:
        if self.skip_depth:
            return
        if self.pre_depth:
            first, *rest = data.split("\n")
            self.current.append(first)
            for line in rest:
                self._break()
                self.current.append(line)
            return
        text = _SPACES.sub(" ", data)
        if not self.current or "".join(self.current).endswith((" ", "- ")):
            text = text.lstrip(" ")
        self.current.append(text)
        if self.link_target is not None:
            self.link_text.append(text)

    def text(self) -> str:
        if self.link_target is not None:
            self._end_link()
        self._break()
        lines = [line.rstrip() for line in self.lines]
        while lines and not lines[-1].strip(" >"):
            lines.pop()
        while lines and not lines[0].strip(" >"):
            lines.pop(0)
        return "\n".join(lines)


def html_to_text(html: str) -> str:
    """The readable text of an HTML document, one block per line, blockquotes as "> "."""
    collector = _TextCollector()
    try:
        collector.feed(html)
        collector.close()
    except (AssertionError, ValueError):  # html.parser's last-resort errors on broken markup
        pass
    return collector.text()

"""Text for the screen: user text made safe, and the keys line. No widgets, so the screens
import it without loading the dialogs."""

from __future__ import annotations

from rich.text import Text

from deskcli.output import clean_text
from deskcli.tui import keys as key_table


def plain(text: object, *, single_line: bool = True, style: str = "") -> Text:
    """User text as shown: control characters and escapes made visible, never markup."""
    return Text(clean_text("" if text is None else str(text), single_line=single_line), style=style)


def keys_text(view: str) -> Text:
    """The keys line at the bottom of a view (a plain line: Textual's Footer builds a
    widget per key, which costs a tenth of a second at start-up)."""
    text = Text(" ", no_wrap=True, overflow="crop")
    for key, word in key_table.keys_line(view):
        text += Text(key, style="bold") + Text(f" {word}  ")
    return text

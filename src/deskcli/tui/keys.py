"""Every key of the screen, in one table: the bindings and the help screen are made from it,
so ``?`` always lists exactly the keys that work."""

from __future__ import annotations

from typing import Any

from deskcli.domain.named import NamedTuple


class Key(NamedTuple):
    keys: str          # Textual key names, comma-separated
    shown: str         # as the help screen and the footer write it
    action: str
    description: str
    where: str         # "queue", "request" or "anywhere"
    footer: bool = False


#: Actions on the request under the cursor (queue) or on screen (request view).
REQUEST_ACTIONS = (
    Key("r", "r", "reply", "reply to the customer (inline editor; ctrl+e there opens $EDITOR)", "anywhere", True),
    Key("R", "R", "reply_in_editor", "reply to the customer in $EDITOR", "anywhere"),
    Key("c", "c", "clarification", "record the customer's clarification (back of the queue, 2.7)", "anywhere"),
    Key("n", "n", "note", "add an internal note (the customer never sees it)", "anywhere"),
    Key("T", "T", "canned", "answer with a canned answer (template)", "anywhere"),
    Key("e", "e", "escalate", "escalate to another support line", "anywhere", True),
    Key("a", "a", "assign", "assign to an agent", "anywhere"),
    Key("t", "t", "tag", "add or remove tags (+vip -old)", "anywhere"),
    Key("x", "x", "close", "close with a resolution", "anywhere", True),
    Key("X", "X", "reject", "reject with a reason (2.8, 2.10, eligibility)", "anywhere"),
    Key("O", "O", "reopen", "reopen a resolved or rejected request (in its category or another)", "anywhere"),
    Key("C", "C", "recategorise", "change the category (the deadline follows)", "anywhere"),
    Key("at", "@", "mail_to", "send the request's mail to another address (desk edit --email)", "anywhere"),
    Key("v", "v", "access", "show the temporary access in clear (recorded in the history)", "anywhere"),
    Key("M", "M", "merge", "merge into another request of the license (its thread joins that one)", "anywhere"),
)

NAVIGATION = (
    Key("enter", "enter", "open", "open the request under the cursor", "queue", True),
    Key("slash", "/", "filter", "filter as you type (see below); enter keeps it, escape clears it", "queue", True),
    Key("o", "o", "toggle_overdue", "only overdue requests, or all again", "queue"),
    Key("number_sign", "#", "go_to", "open a request by its number (also resolved and rejected ones)", "anywhere"),
    Key("s", "s", "search", "search every message, closed requests too (desk search), and open one", "anywhere"),
    Key("up,k", "↑ k", "cursor_up", "previous request", "queue"),
    Key("down,j", "↓ j", "cursor_down", "next request", "queue"),
    Key("pageup", "pgup", "page_up", "a screen up", "anywhere"),
    Key("pagedown,space", "pgdn space", "page_down", "a screen down", "anywhere"),
    Key("home,g", "home g", "first", "first request / top", "anywhere"),
    Key("end,G", "end G", "last", "last request / bottom", "anywhere"),
    Key("escape", "escape", "back", "back to the request opened before, or to the queue", "request", True),
)

APPLICATION = (
    Key("question_mark", "?", "help", "this list of keys", "anywhere", True),
    Key("q", "q", "quit", "quit", "anywhere", True),
    Key("ctrl+c", "ctrl+c", "quit", "quit", "anywhere"),
)

ALL_KEYS = REQUEST_ACTIONS + NAVIGATION + APPLICATION


def keys_line(view: str) -> list[tuple[str, str]]:
    """(key, word) pairs for the line at the bottom of a view: moving first, then the
    commonest actions, then help and quit; ``?`` shows the rest."""
    shown = [key for key in NAVIGATION + REQUEST_ACTIONS + APPLICATION
             if key.footer and key.where in (view, "anywhere")]
    return [(key.shown.replace("escape", "esc"), key.action) for key in shown]


def screen_bindings(view: str) -> list:
    """Textual bindings for a screen: the request actions, ``#``, ``?`` and ``q``. They live
    on the screens, not the application, so a dialog on top never triggers them."""
    from textual.binding import Binding

    wanted = [key for key in REQUEST_ACTIONS + APPLICATION + NAVIGATION
              if key.action not in NAVIGATION_ACTIONS and key.keys != "ctrl+c"
              and key.where in (view, "anywhere")]
    return [Binding(key.keys, _action(key), key.action.replace("_", " ").replace("reply in editor", "$EDITOR"),
                    show=key.footer) for key in wanted]


#: Moving around is bound by the widgets that move (the queue, the request view).
NAVIGATION_ACTIONS = {"cursor_up", "cursor_down", "page_up", "page_down", "first", "last", "open", "back",
                      "filter", "toggle_overdue"}


def _action(key: Key) -> str:
    return f"request('{key.action}')" if key in REQUEST_ACTIONS else key.action


class ScreenKeys:
    """The actions behind ``screen_bindings``, mixed into the queue and request screens."""

    app: Any

    def current_request(self) -> int | None:
        raise NotImplementedError

    def action_request(self, name: str) -> None:
        self.app.start(name, self.current_request())

    def action_go_to(self) -> None:
        from deskcli.tui.flows import go_to

        self.app.report("")
        self.app.run_worker(go_to(self.app), group="go_to", exclusive=True)

    def action_search(self) -> None:
        from deskcli.tui.flows import search

        self.app.report("")
        self.app.run_worker(search(self.app), group="go_to", exclusive=True)

    def action_help(self) -> None:
        from deskcli.tui.dialogs import HelpScreen

        self.app.push_screen(HelpScreen())

    def action_quit(self) -> None:
        self.app.quit()

"""The live queue behind the screen: its order, the rows on screen, and what changed.

It holds the order of the open requests (ids and deadlines) and a few pages of rows;
rows are read when drawn. When the file changes (``PRAGMA data_version``), the requests
named by new history events are moved to their new places; only a large change (a
policy change recalculating every deadline, an import) re-reads the order. Typed words
are matched against a folded text per request, read once on first use.

Textual-free, so it is tested and measured on its own.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left, bisect_right
from collections import OrderedDict
from collections.abc import Iterable

from deskcli.store import live_queue
from deskcli.store.live_queue import QueueFilter, QueueRow
from deskcli.store.repository import Repository
from deskcli.tui.query import Query

#: Rows are read a page at a time; a screen shows at most a page or two.
PAGE = 64
PAGES_KEPT = 32
#: Up to this many changed requests are moved in place; more re-read the order.
INCREMENTAL_LIMIT = 200
#: Below this many open requests the search texts are read at once, not in the background.
SMALL_QUEUE = 5000


class QueueModel:
    """``first_page``: read only that many requests now, so a big desk shows at once, and
    the rest on ``complete`` (the screen calls it right after its first paint)."""

    def __init__(self, repo: Repository, *, first_page: int | None = None) -> None:
        self.repo = repo
        self.query = Query()
        self._filter = QueueFilter()
        self._ids = array("q")
        self._dues: list[str] = []
        self._shown_ids = self._ids
        self._shown_dues = self._dues
        self._pages: OrderedDict[int, dict[int, QueueRow]] = OrderedDict()
        #: Folded search text per open request, None until a word is first typed.
        self._texts: dict[int, str] | None = None
        self._words_applied: tuple[str, ...] = ()
        self._version = live_queue.data_version(repo)
        self._event = live_queue.last_event(repo)
        self._top = live_queue.highest_request(repo)
        self.partial = False
        #: Until ``complete``, a new filter too reads only its first page.
        self._first_page = first_page
        self.reload(limit=first_page)

    # -- reading -------------------------------------------------------------------

    def reload(self, *, limit: int | None = None) -> None:
        """Read the order afresh (start, a new structured filter, a large change)."""
        self._event = live_queue.last_event(self.repo)
        self._top = live_queue.highest_request(self.repo)
        self.open_total = live_queue.open_count(self.repo)
        self._ids, self._dues = live_queue.positions(self.repo, self._filter, limit=limit)
        self.partial = limit is not None and len(self._ids) == limit
        if self._texts is not None:
            self._texts = None  # read again on demand: the large change touched them too
        self._apply_words(fresh=True)

    def complete(self) -> None:
        """Read the whole order, if only the first page was read."""
        self._first_page = None
        if self.partial:
            self.reload()

    def set_query(self, query: Query) -> None:
        if query == self.query:
            return
        structured = QueueFilter(query.line, query.category, query.assignee, query.tag)
        if query.words:
            self.complete()
        refine = self._refines(query.words)
        self.query = query
        if structured != self._filter:
            self._filter = structured
            self._ids, self._dues = live_queue.positions(self.repo, structured, limit=self._first_page)
            self.partial = self._first_page is not None and len(self._ids) == self._first_page
            self._apply_words(fresh=True)
        else:
            self._apply_words(fresh=not refine)

    def _refines(self, words: tuple[str, ...]) -> bool:
        """True when every earlier word is inside one of ``words``: the new matches are
        then a subset of the shown ones, so typing one more letter filters what is shown."""
        return bool(self._words_applied) and all(any(old in new for new in words) for old in self._words_applied)

    @property
    def needs_texts(self) -> bool:
        return bool(self.query.words) and self._texts is None

    @property
    def searching(self) -> bool:
        """Words are typed but the texts to match them against are still being read."""
        return self.needs_texts

    def load_texts(self) -> None:
        self.adopt_texts(*read_texts(self.repo))

    def adopt_texts(self, texts: dict[int, str], as_of_event: int) -> None:
        """Take texts read (maybe in another thread) as of an event; catch up since then."""
        changed, _ = live_queue.changed_requests(self.repo, as_of_event, limit=INCREMENTAL_LIMIT)
        if changed is None:
            texts, as_of_event = read_texts(self.repo)
        elif changed:
            texts.update(_folded(live_queue.search_texts(self.repo, changed)))
        self._texts = texts
        self._apply_words(fresh=True)

    def _apply_words(self, *, fresh: bool) -> None:
        self._pages.clear()
        words = self.query.words
        if not words or self._texts is None:
            self._shown_ids, self._shown_dues = self._ids, self._dues
            self._words_applied = ()
            return
        source_ids, source_dues = (self._ids, self._dues) if fresh else (self._shown_ids, self._shown_dues)
        texts = self._texts
        kept = [(i, d) for i, d in zip(source_ids, source_dues, strict=True) if _matches(texts.get(i, ""), words)]
        self._shown_ids = array("q", [i for i, _ in kept])
        self._shown_dues = [d for _, d in kept]
        self._words_applied = words

    # -- what the screen asks -----------------------------------------------------

    def count(self, now_text: str) -> int:
        """How many rows show at ``now`` (UTC text): with is:overdue, the overdue prefix."""
        if self.query.overdue:
            return bisect_left(self._shown_dues, now_text)
        return len(self._shown_ids)

    @property
    def total(self) -> int:
        """Open requests the structured filter keeps, before words and is:overdue."""
        return len(self._ids)

    @property
    def filtered(self) -> bool:
        return self.query != Query()

    @property
    def highest(self) -> int:
        """The highest request number on the desk: how wide the number column must be."""
        return self._top

    def id_at(self, index: int) -> int | None:
        return self._shown_ids[index] if 0 <= index < len(self._shown_ids) else None

    def index_of(self, request_id: int) -> int | None:
        try:
            return self._shown_ids.index(request_id)
        except ValueError:
            return None

    def row(self, index: int) -> QueueRow | None:
        request_id = self.id_at(index)
        if request_id is None:
            return None
        page = index // PAGE
        rows = self._pages.get(page)
        if rows is None or request_id not in rows:
            rows = live_queue.rows(self.repo, self._shown_ids[page * PAGE:(page + 1) * PAGE])
            self._pages[page] = rows
            while len(self._pages) > PAGES_KEPT:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page)
        return rows.get(request_id)

    # -- changes ------------------------------------------------------------------

    def poll(self) -> bool:
        """True when another connection committed since the last look (and the queue
        was brought up to date). A few cheap statements when nothing changed."""
        version = live_queue.data_version(self.repo)
        if version == self._version:
            return False
        self._version = version
        self.sync()
        return True

    def sync(self) -> None:
        """Bring the order up to date with the history written since the last look; used
        after this screen's own actions too (SQLite does not count a connection's own
        commits in its data_version)."""
        if self.partial:
            self.complete()
            return
        changed, last = live_queue.changed_requests(self.repo, self._event, limit=INCREMENTAL_LIMIT)
        top = live_queue.highest_request(self.repo)
        if changed is not None and top - self._top > INCREMENTAL_LIMIT:
            changed = None
        if changed is None:
            self.reload()
            return
        ids = set(changed) | set(range(self._top + 1, top + 1))
        self._event, self._top = last, top
        if ids:
            self.open_total = live_queue.open_count(self.repo)
            self._move(ids)

    def _move(self, ids: set[int]) -> None:
        if any(i in ids for i in self._ids):
            kept = [(i, d) for i, d in zip(self._ids, self._dues, strict=True) if i not in ids]
            self._ids = array("q", [i for i, _ in kept])
            self._dues = [d for _, d in kept]
        for request_id, due, place in sorted(live_queue.placed(self.repo, self._filter, sorted(ids)),
                                             key=lambda found: (found[1], found[2], found[0])):
            self._insert(request_id, due, place)
        if self._texts is not None:
            for request_id in ids:
                self._texts.pop(request_id, None)
            self._texts.update(_folded(live_queue.search_texts(self.repo, sorted(ids))))
        self._apply_words(fresh=True)

    def _insert(self, request_id: int, due: str, place: tuple[int, str]) -> None:
        """Into the queue's order (``due_at``, then ``place``: emergencies first, then
        arrival, then id); ties on the deadline are few."""
        low, high = bisect_left(self._dues, due), bisect_right(self._dues, due)
        position = low
        if high > low:
            tied = self._ids[low:high]
            place_of = live_queue.tie_break(self.repo, tied)
            while position < high and (place_of[self._ids[position]], self._ids[position]) < (place, request_id):
                position += 1
        self._ids.insert(position, request_id)
        self._dues.insert(position, due)

    def order(self) -> list[int]:
        """The shown ids, in order (for tests and the benchmark)."""
        return list(self._shown_ids)


def _matches(text: str, words: Iterable[str]) -> bool:
    return all(word in text for word in words)


def _folded(texts: dict[int, str]) -> dict[int, str]:
    return {request_id: text.casefold() for request_id, text in texts.items()}


def read_texts(repo: Repository) -> tuple[dict[int, str], int]:
    """Every open request's folded search text, and the event they are current as of.

    The event is read first: a change made during the read is caught up by ``adopt_texts``.
    """
    as_of = live_queue.last_event(repo)
    return _folded(live_queue.search_texts(repo)), as_of

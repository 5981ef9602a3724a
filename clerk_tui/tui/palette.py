"""The command palette (ctrl+p): every app-wide command, then the active screen's own, from
the registry (`tui.commands`); choosing one runs its action on the app or on that screen."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from textual.command import DiscoveryHit, Hit, Hits, Provider

from clerk_tui.tui.commands import APP, palette

Entry = tuple[str, str, Callable[[], Any]]


class ClerkCommands(Provider):
    """Lists the app's commands and those of the screen the palette was opened from."""

    def commands(self) -> list[Entry]:
        screen = self.screen
        found: list[Entry] = [
            (c.title or "", c.help, partial(self.app.run_action, c.action)) for c in palette(APP)
        ]
        scope = getattr(type(screen), "SCOPE", None)
        if scope:
            found += [
                (c.title or "", c.help, partial(screen.run_action, c.action))
                for c in palette(scope)
            ]
        return found

    async def discover(self) -> Hits:
        for title, help_text, callback in self.commands():
            yield DiscoveryHit(title, callback, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, help_text, callback in self.commands():
            score = matcher.match(title)
            if score > 0:
                yield Hit(score, matcher.highlight(title), callback, help=help_text)

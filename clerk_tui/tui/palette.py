"""The command palette (ctrl+p): every app-wide command, then the active screen's own.

A screen adds its commands with a class attribute
`COMMANDS_FOR_PALETTE = (("Title", "help line", "action_name"), ...)`; choosing one runs
`screen.run_action("action_name")` on that screen.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from textual.command import DiscoveryHit, Hit, Hits, Provider

Command = tuple[str, str, Callable[[], Any]]


class ClerkCommands(Provider):
    """Lists the app's commands and those of the screen the palette was opened from."""

    def commands(self) -> list[Command]:
        from clerk_tui.tui.app import MODE_SCREENS

        app: Any = self.app
        found: list[Command] = [
            (f"Go to {title}", f"The {title.lower()} screen", partial(app.action_go, mode))
            for mode, (_, _, title) in MODE_SCREENS.items()
        ]
        found += [
            ("Import minutes file", "Open a minutes file from disk", app.action_import_file),
            ("Export follow-up sheet", "Actions and follow-ups to a file", app.action_export),
            ("Prepare chasers", "A message to each owner of open actions", app.action_chase),
            (
                "Settings: your name, title, email and signature",
                "What signs the chasers",
                app.action_settings,
            ),
            (
                "Remove the sample minutes",
                "Take the samples (and their actions) out; your own minutes stay",
                app.action_remove_samples,
            ),
            ("Sync now", "Exchange changes with the team's server (S)", app.action_sync),
            ("Sync server", "Set or change the team's sync server", app.action_sync_server),
            ("Sync conflicts", "Edits another clerk replaced", app.action_sync_conflicts),
            ("Show keys", "Help: every key of every screen", app.action_help),
            ("Toggle light/dark theme", "Light or dark colours", app.action_toggle_theme),
            ("Quit", "Leave clerk", app.action_quit),
        ]
        screen = self.screen
        for title, help_text, action in getattr(type(screen), "COMMANDS_FOR_PALETTE", ()):
            found.append((title, help_text, partial(screen.run_action, action)))
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

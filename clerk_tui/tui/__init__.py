"""The Textual app. Screens call `clerk_tui.store` and `clerk_tui.core`; they hold no SQL."""

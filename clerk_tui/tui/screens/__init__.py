"""One screen per app mode; see `clerk_tui.tui.app` for the conventions they share."""

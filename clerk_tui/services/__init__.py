"""What a clerk does, one function each, for the CLI and the screens alike.

Each service takes a `Database` (opened by the caller on the thread that uses it) and owns
its transaction; none imports Textual, so the CLI runs them headless and the app runs them in
worker threads. See ARCHITECTURE.md.
"""

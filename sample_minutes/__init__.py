"""Sample minutes of a fictional council (Riverside), in many styles: the app offers them on
an empty database. pyproject.toml ships this folder inside the package as
`clerk_tui.sample_minutes`, so an installed clerk finds them too."""

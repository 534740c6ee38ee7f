"""Administration of a branch: the `bpu-branch` CLI, `init`, the officer roster, devices and codes.

`roster` holds the keyword-only functions over a session; `cli` parses and prints. May import
every other part of `branch` (the CLI starts the server and runs imports and exports).
"""

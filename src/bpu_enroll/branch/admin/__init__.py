"""Administration of a branch: the `bpu-branch` CLI, `init`, the officer roster, devices and codes.

`roster` holds the keyword-only functions over a session; `cli` parses and prints; `keys_cli`
is the master key's commands and `adopt` brings a branch of 0.1.0 under it; `reference` and
`settings_cli` publish reference packages and branch settings. May import
every other part of `branch` (the CLI starts the server and runs imports and exports).
"""

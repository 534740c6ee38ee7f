"""Administration of a branch: the `bpu-branch` CLI, `init`, the officer roster, devices and codes.

`roster` holds the keyword-only functions over a session; `cli` is the entry point (the parser, and
every refusal said); the commands live by group: `roster_cli` (init, officers, devices),
`server_cli` (serve), `records_cli` (status, audit, receipts, import, tally, export), `keys_cli`
(the master key; `adopt` brings a branch of 0.1.0 under it), `reference_cli` (with `reference`) and
`settings_cli`; `cli_common` is what they share. May import every other part of `branch` (the CLI
starts the server and runs imports and exports).
"""

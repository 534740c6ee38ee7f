"""The branch's storage: tables (`models`), engine and migrations (`db`, `migrations/`), key
material (`keys`), set-based statements (`bulk`) and the participant registry (`registry`).

Imports nothing else of `branch`; may import `sync.protocol` and `domain`.
"""

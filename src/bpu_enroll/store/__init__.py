"""The laptop's encrypted SQLite store (SQLCipher): models, migrations, officers and keys, the
keyring, the audit chain, the lock and the raw hot paths.

May import `domain` only (of `bpu_enroll`).
"""

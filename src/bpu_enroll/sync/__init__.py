"""The laptop's side of the branch protocol: the wire format (`protocol`), the HTTP client, the
sync runner, enrolment exchange, USB batch files, the laptop report and the staff client.

May import `store`, `documents` and `domain`; never `services` (the layer above).
"""

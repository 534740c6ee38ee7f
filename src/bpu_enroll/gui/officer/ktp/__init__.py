"""The "KTP photo" button of the registration page: `prefill` (file or camera → the reader off
the GUI thread → the form filled as marked suggestions) and `camera` (the capture dialog).

May import `gui.common`, `gui.forms`, `gui.officer.registration.form` and `services.ktp`.
"""

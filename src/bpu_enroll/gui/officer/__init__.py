"""The field officer's app: sign-in, the main window and its pages (new registration with its
pickers and quote, registrations, daily tally, sync), the lock screen, drafts, receipt preview,
void, and enrolling the laptop at a branch.

May import `gui.common` and `gui.forms`; never `gui.workspace`.
"""

"""The Registrations page: the laptop's registrations, their states and receipts."""

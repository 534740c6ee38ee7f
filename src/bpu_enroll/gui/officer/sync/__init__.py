"""The Sync page: sending the laptop's registrations to the branch and pulling its decisions."""

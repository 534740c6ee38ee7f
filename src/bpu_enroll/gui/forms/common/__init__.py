"""Python forms generated from `ui/common/*.ui` by scripts/build_forms.py: do not edit."""

"""Qt pages shown from the sidebar, one per module."""

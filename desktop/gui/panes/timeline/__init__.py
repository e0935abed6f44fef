"""The timeline pane's drawing widget and its Qt-free data, axis and viewport modules."""

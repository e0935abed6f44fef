"""The Qt application: composition root, main window, panes, models, dialogs, undo commands, tasks."""

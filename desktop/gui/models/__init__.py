"""Qt item models over the archive's plain-data queries (lazy, refreshed by change sets)."""

from desktop.gui.models.event_table import EventColumn, EventTableModel
from desktop.gui.models.id_table import ID_ROLE, UID_ROLE
from desktop.gui.models.named_table import NamedTableModel

__all__ = ["ID_ROLE", "UID_ROLE", "EventColumn", "EventTableModel", "NamedTableModel"]
